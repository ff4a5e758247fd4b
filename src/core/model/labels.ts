import { engine as engineWords } from '../../messages/engine.js';
import type { ProgramNode, Scalar } from './types.js';

/**
 * How nodes and answers are named wherever a caseworker or a trainer reads them: the walk, the
 * result and its 根拠, sheets, `show`, flowcharts, diffs. One rule, with its variants named by
 * the callers that need them, so that a question is called the same everywhere.
 */
export interface LabelOptions {
  /**
   * At most this many characters, the last one 「…」 (a flowchart's boxes, a diff's lines). The
   * label is trimmed before it is measured, a title too.
   */
  max?: number;
  /**
   * Questions and info screens by the first line of their text even when they have a title
   * (`show` lists what is asked, as the program is written); outcomes keep their title.
   */
  byText?: boolean;
}

/** A node's label: its title, else the first line of its text. */
export function nodeLabel(node: ProgramNode, options: LabelOptions = {}): string {
  const title = options.byText && node.type !== 'outcome' ? undefined : node.title;
  const label = title ?? node.text.split('\n')[0]!.trim();
  if (options.max === undefined) return label;
  const chars = [...label.trim()];
  return chars.length > options.max ? chars.slice(0, options.max - 1).join('') + '…' : chars.join('');
}

/** The label a caseworker saw for an answer value: the option's label, はい／いいえ (or the branch's label), or the value. */
export function answerLabel(node: ProgramNode | undefined, value: Scalar): string {
  if (node?.type === 'single' || node?.type === 'multi') return node.options.find((o) => o.value === String(value))?.label ?? String(value);
  if (node?.type === 'yesno') return value === 'yes' ? (node.yes?.label ?? engineWords.yes) : value === 'no' ? (node.no?.label ?? engineWords.no) : String(value);
  return String(value);
}
