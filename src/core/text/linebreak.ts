// Japanese line breaking with 禁則処理 (after JIS X 4051, simplified). Pure: widths come from a
// measure function, so the rules are tested without a PDF.

/** May not begin a line (行頭禁則): closing brackets, punctuation, small kana, ー, ・, 々 … */
const NO_START = new Set(
  [
    '、。，．,.:;：；!?！？‼⁇⁈⁉)）]］}｝」』】〕〉》〙〗〟’”｠»',
    'ゝゞヽヾーｰァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｯｬｭｮ',
    '々〻‐゠–〜～・･…‥％%‰℃°′″¢',
  ].join(''),
);

/** May not end a line (行末禁則): opening brackets, and currency signs that lead a number. */
const NO_END = new Set('(（[［{｛「『【〔〈《〘〖〝‘“｟«￥＄＃¥$£'.split(''));

/** Pairs that stay together (分離禁止): ……, ‥‥, ――. */
const INSEPARABLE = new Set(['…', '‥', '―', '—']);

/** Units that should not be separated from the number before them: 118,800円, 16歳, 3か月. */
const AFTER_NUMBER = new Set('円歳才日月年時分秒個件回人枚週％%か'.split(''));

/** Runs that break only at spaces: Latin words, numbers, URLs, full-width numbers. */
const WORD = /(?:[0-9A-Za-z\u00C0-\u024F'’.,:;!?%&@#$/_+\-=*~^()[\]{}<>"|\\]+|[０-９，．]+)/uy;

export interface Unit {
  /** The text of the unit; empty for non-text units (boxes, blanks). */
  text: string;
  width: number;
  kind: 'text' | 'space' | 'object';
  /** An object that sticks to what follows it (a check box to its label). */
  glueAfter?: boolean;
}

/** Splits text into the smallest pieces a line may break between. Spaces are units of their own. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    if (word) {
      out.push(word[0]);
      i += word[0].length;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const n = cp > 0xffff ? 2 : 1;
    out.push(text.slice(i, i + n));
    i += n;
  }
  return out;
}

function firstChar(s: string): string {
  if (!s) return '';
  const c = s.charCodeAt(0);
  return c >= 0xd800 && c < 0xdc00 ? s.slice(0, 2) : s[0]!;
}

function lastChar(s: string): string {
  if (!s) return '';
  const c = s.charCodeAt(s.length - 1);
  return c >= 0xdc00 && c < 0xe000 ? s.slice(-2) : s[s.length - 1]!;
}

function isDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** Whether a line may end after `a` and the next begin with `b`. */
export function canBreakBetween(a: Unit, b: Unit): boolean {
  if (b.kind === 'space') return false; // break after the space instead, and drop it
  if (a.kind === 'space') return true;
  if (a.glueAfter) return false;
  const last = lastChar(a.text);
  const first = firstChar(b.text);
  if (NO_START.has(first) || NO_END.has(last)) return false;
  if (first === last && INSEPARABLE.has(first)) return false;
  return !(isDigit(last) && AFTER_NUMBER.has(first));
}

/**
 * Greedy line filling over units. A unit that does not fit ends the line at the last place where
 * breaking is allowed (追い出し), so punctuation never starts a line. A unit wider than a whole
 * line is split by `split` (long URLs, numbers); a line with no legal break at all is broken
 * where it overflows, so layout always makes progress and nothing is clipped.
 */
export function fitUnits<U extends Unit>(units: readonly U[], firstWidth: number, width: number, split: (u: U, max: number) => U[]): U[][] {
  const items = [...units];
  const lines: U[][] = [];
  let i = 0;
  while (i < items.length) {
    const max = lines.length === 0 ? firstWidth : width;
    if (lines.length > 0 && items[i]!.kind === 'space') {
      i++;
      continue;
    }
    let w = 0;
    let j = i;
    let lastBreak = -1;
    while (j < items.length && w + items[j]!.width <= max + 1e-6) {
      w += items[j]!.width;
      j++;
      if (j < items.length && breakable(items, j)) lastBreak = j;
    }
    if (j === items.length) {
      lines.push(trimEnd(items.slice(i)));
      break;
    }
    let end: number;
    if (j === i) {
      // One unit wider than the line: an empty first line (when the line started mid-way) or a split.
      if (lines.length === 0 && firstWidth < width) {
        lines.push([]);
        continue;
      }
      const parts = split(items[i]!, max);
      if (parts.length <= 1) {
        end = i + 1; // cannot split (a single glyph wider than the column): let it overflow
      } else {
        items.splice(i, 1, ...parts);
        continue;
      }
    } else if (breakable(items, j)) {
      end = j;
    } else if (lastBreak > i) {
      end = lastBreak;
    } else if (lines.length === 0 && firstWidth < width && i === 0) {
      lines.push([]); // nothing legal fits after the text before: start on a fresh line
      continue;
    } else {
      // No legal break fits: break anyway, but rather after 「（」 than before 「、」.
      end = j;
      for (let k = j; k > i; k--) {
        if (items[k]!.kind !== 'space' && !NO_START.has(firstChar(items[k]!.text))) {
          end = k;
          break;
        }
      }
    }
    lines.push(trimEnd(items.slice(i, end)));
    i = end;
  }
  return lines;
}

/**
 * Whether a line may break before items[k]. Spaces before a break are dropped, so the rules look
 * past them: 「（ あ」 must not leave （ at the end of a line.
 */
function breakable(items: Unit[], k: number): boolean {
  const next = items[k]!;
  if (next.kind === 'space') return false;
  let p = k - 1;
  while (p >= 0 && items[p]!.kind === 'space') p--;
  if (p < 0) return true;
  return p === k - 1 ? canBreakBetween(items[p]!, next) : canBreakBetween({ ...items[p]!, glueAfter: false }, next);
}

function trimEnd<U extends Unit>(line: U[]): U[] {
  let n = line.length;
  while (n > 0 && line[n - 1]!.kind === 'space') n--;
  return line.slice(0, n);
}

/** Splits one text unit into per-character units (for a word longer than a line). */
export function splitByChars(u: Unit, measure: (s: string) => number): Unit[] {
  if (u.kind !== 'text') return [u];
  const chars = [...u.text];
  return chars.length <= 1 ? [u] : chars.map((c) => ({ text: c, width: measure(c), kind: 'text' as const, glueAfter: false }));
}

/** Plain text to lines: hard breaks at \n, 禁則 elsewhere. The form tests and simple callers use. */
export function breakText(text: string, width: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    const units: Unit[] = tokenize(paragraph).map((t) => ({ text: t, width: measure(t), kind: t === ' ' ? 'space' : 'text', glueAfter: false }));
    const lines = fitUnits(units, width, width, (u) => splitByChars(u, measure));
    if (lines.length === 0) out.push('');
    for (const line of lines) out.push(line.map((u) => u.text).join(''));
  }
  return out;
}
