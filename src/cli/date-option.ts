import { usageError } from '../core/diagnostics/errors.js';
import { common } from '../messages/common.js';
import { isIsoDate } from '../core/model/calendar.js';

/** `--date YYYY-MM-DD`: the interview date for a case run without prompts. Refused unless a real date. */
export function dateOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = value.normalize('NFKC').trim();
  if (!isIsoDate(v)) throw usageError('USAGE_BAD_DATE', common.usage.badDate(value.length > 20 ? `${value.slice(0, 20)}…` : value), common.usage.badDateHint);
  return v;
}
