// Orders a line that mixes left-to-right and right-to-left writing (Hebrew,
// Arabic) for drawing, following the Unicode bidirectional algorithm in its
// simple form: no explicit embeddings (the player's text has those removed),
// numbers kept left-to-right, punctuation taking the direction around it.
// A PDF draws glyphs in the order it is given, so without this a Hebrew word
// in an English sentence, or English in a Hebrew one, prints mirrored.

export interface Run {
  /** The run's characters in reading (logical) order. */
  text: string;
  /** Read right to left. */
  rtl: boolean;
}

type Type = 'L' | 'R' | 'EN' | 'ON';

const RTL_CHAR = /[\u0590-\u05ff\u0600-\u065f\u066a-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
// Between two digits these belong to the number (3.5, 1,000, 10:30).
const NUMBER_SEPARATOR = /[.,:/]/;
// Next to a number these belong to it (50%, £20).
const NUMBER_AFFIX = /[%‰$£€¥#°+\-−]/;

export const hasRtl = (text: string): boolean => RTL_CHAR.test(text);

/** The direction of a paragraph: that of its first letter. */
export function isRtlParagraph(text: string): boolean {
  for (const c of text) {
    if (RTL_CHAR.test(c)) return true;
    if (LETTER.test(c)) return false;
  }
  return false;
}

function classify(chars: string[]): Type[] {
  const types: Type[] = chars.map((c) => (RTL_CHAR.test(c) ? 'R' : DIGIT.test(c) ? 'EN' : LETTER.test(c) ? 'L' : 'ON'));
  // A combining mark goes with the character it marks.
  chars.forEach((c, i) => {
    if (i > 0 && MARK.test(c)) types[i] = types[i - 1] as Type;
  });
  types.forEach((t, i) => {
    if (t !== 'ON') return;
    const c = chars[i] as string;
    if (NUMBER_SEPARATOR.test(c) && types[i - 1] === 'EN' && types[i + 1] === 'EN') types[i] = 'EN';
    else if (NUMBER_AFFIX.test(c) && (types[i - 1] === 'EN' || types[i + 1] === 'EN')) types[i] = 'EN';
  });
  return types;
}

/** Embedding levels: even reads left to right, odd right to left. */
function levels(types: Type[], rtlParagraph: boolean): number[] {
  const base: Type = rtlParagraph ? 'R' : 'L';
  // A number after left-to-right letters is simply part of that text.
  let strong: Type = base;
  const resolved = types.map((t) => {
    if (t === 'L' || t === 'R') strong = t;
    return t === 'EN' && strong === 'L' ? 'L' : t;
  });
  // Punctuation and spaces take the direction on both sides when it agrees, else the paragraph's.
  const direction = (t: Type | undefined): Type => (t === undefined ? base : t === 'EN' ? 'R' : t);
  for (let i = 0; i < resolved.length; i += 1) {
    if (resolved[i] !== 'ON') continue;
    let end = i;
    while (resolved[end] === 'ON') end += 1;
    const before = direction(i > 0 ? resolved[i - 1] : undefined);
    const after = direction(resolved[end]);
    resolved.fill(before === after ? before : base, i, end);
    i = end - 1;
  }
  return resolved.map((t) => {
    if (rtlParagraph) return t === 'R' ? 1 : 2;
    return t === 'L' ? 0 : t === 'R' ? 1 : 2;
  });
}

/** The line as runs in visual order, left to right; each run's text in reading order. */
export function visualRuns(line: string, rtlParagraph: boolean): Run[] {
  if (!rtlParagraph && !hasRtl(line)) return line ? [{ text: line, rtl: false }] : [];
  const chars = [...line];
  const level = levels(classify(chars), rtlParagraph);
  // Reverse every stretch at or above each level, from the highest down to 1.
  const order = chars.map((_c, i) => i);
  for (let k = Math.max(...level, 0); k >= 1; k -= 1) {
    for (let i = 0; i < order.length; i += 1) {
      if ((level[order[i] as number] as number) < k) continue;
      let end = i;
      while (end < order.length && (level[order[end] as number] as number) >= k) end += 1;
      order.splice(i, end - i, ...order.slice(i, end).reverse());
      i = end - 1;
    }
  }
  const runs: Run[] = [];
  let group: number[] = [];
  const flush = () => {
    if (!group.length) return;
    const rtl = (level[group[0] as number] as number) % 2 === 1;
    // Visual order back to reading order, so the drawer gets the text as written.
    const logical = rtl ? [...group].reverse() : group;
    runs.push({ text: logical.map((i) => chars[i]).join(''), rtl });
    group = [];
  };
  for (const i of order) {
    if (group.length && level[group[0] as number] !== level[i]) flush();
    group.push(i);
  }
  flush();
  return runs;
}
