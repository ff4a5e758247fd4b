import { engine as msg } from '../../messages/engine.js';
import { isIsoDate } from './calendar.js';
import { UNKNOWN, type AnswerValue, type QuestionNode } from './types.js';

/**
 * Why a value does not fit a question, or undefined if it does. Shared by the engine (which
 * treats a bad answer as unanswered), lint (scenarios) and the prompts (asking again).
 */
export function answerProblem(node: QuestionNode, value: AnswerValue): string | undefined {
  if (value === UNKNOWN) return node.unknown ? undefined : msg.answer.unknownNotAllowed;
  switch (node.type) {
    case 'single': {
      const allowed = node.options.map((o) => o.value);
      return typeof value === 'string' && allowed.includes(value) ? undefined : msg.answer.notOption(allowed);
    }
    case 'yesno':
      return value === 'yes' || value === 'no' ? undefined : msg.answer.notOption(['yes', 'no']);
    case 'multi': {
      const allowed = node.options.map((o) => o.value);
      if (!Array.isArray(value) || value.some((v) => !allowed.includes(v))) return msg.answer.notOptionList(allowed);
      if (new Set(value).size !== value.length) return msg.answer.duplicate;
      const exclusive = node.options.find((o) => o.exclusive && value.includes(o.value));
      return exclusive && value.length > 1 ? msg.answer.exclusive(exclusive.label) : undefined;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return msg.answer.notNumber;
      if (node.integer !== false && !Number.isInteger(value)) return msg.answer.notInteger;
      if (node.min !== undefined && value < node.min) return msg.answer.tooSmall(node.min, node.unit);
      if (node.max !== undefined && value > node.max) return msg.answer.tooLarge(node.max, node.unit);
      return undefined;
    }
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? undefined : msg.answer.badDate;
    case 'text':
      if (typeof value !== 'string') return msg.answer.notText;
      if (value.trim() === '') return msg.answer.emptyText;
      return node.max_length !== undefined && [...value].length > node.max_length ? msg.answer.tooLong(node.max_length) : undefined;
  }
}

export { isIsoDate };

// Built on first use: creating a Japanese-calendar formatter costs ~30 ms, which commands that
// never show a date should not pay at start-up.
let eraDate: Intl.DateTimeFormat | undefined;

/** An ISO date in the 元号 form offices use: 2026-11-22 → 令和8年11月22日. */
export function formatEraDate(iso: string): string {
  eraDate ??= new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  return eraDate.format(new Date(`${iso}T00:00:00Z`));
}

/** How an answer reads on screen and on the sheet. */
export function displayAnswer(node: QuestionNode, value: AnswerValue): string {
  if (value === UNKNOWN) return msg.unknown;
  switch (node.type) {
    case 'single':
      return node.options.find((o) => o.value === value)?.label ?? String(value);
    case 'multi': {
      const values = Array.isArray(value) ? value : [String(value)];
      if (values.length === 0) return msg.none;
      return values.map((v) => node.options.find((o) => o.value === v)?.label ?? v).join(msg.listSeparator);
    }
    case 'yesno':
      return value === 'yes' ? node.yes?.label ?? msg.yes : node.no?.label ?? msg.no;
    case 'number':
      return `${value}${node.unit ?? ''}`;
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? formatEraDate(value) : String(value);
    case 'text':
      return String(value);
  }
}
