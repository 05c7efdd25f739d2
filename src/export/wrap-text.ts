// Breaks text into lines that fit a width, given a way to measure a string.
// Each piece of text is measured once, and a piece longer than a line once per
// character, so the time grows with the length of the text: re-measuring a
// growing line instead made one long unbroken field freeze the page for
// minutes. Lines break at spaces, and anywhere between Chinese, Japanese or
// Korean characters, which are written without spaces.

export type Measure = (s: string) => number;

// CJK ideographs, kana, hangul, their punctuation and full-width forms.
const BREAK_AROUND =
  /[\u1100-\u11ff\u2e80-\u303f\u3040-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3ffff}]/u;
// Closing marks that may not start a line (kinsoku): they stay with what is before them.
const NO_LINE_START = /[\p{Pe}\p{Pf}、。，．！？：；・ー…‥〜ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ,.!?:;%]/u;
// Opening marks that may not end one: they stay with what follows them.
const NO_LINE_END = /[\p{Ps}\p{Pi}]$/u;
// A character with the marks that combine with it, so a cut never separates them.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

interface Piece {
  text: string;
  width: number;
  spaced: boolean;
}

/** Splits a space-free word where a line may break: around each CJK character. */
function breakable(word: string): string[] {
  const parts: string[] = [];
  let current = '';
  let afterCjk = false;
  for (const c of word.match(CLUSTER) ?? []) {
    const cjk = BREAK_AROUND.test(c);
    if (current && (cjk || afterCjk) && !NO_LINE_START.test(c) && !NO_LINE_END.test(current)) {
      parts.push(current);
      current = '';
    }
    current += c;
    afterCjk = cjk;
  }
  if (current) parts.push(current);
  return parts;
}

export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const widths = new Map<string, number>();
  const width = (s: string): number => {
    let w = widths.get(s);
    if (w === undefined) {
      w = measure(s);
      widths.set(s, w);
    }
    return w;
  };
  const space = width(' ');
  const lines: string[] = [];
  for (const rawLine of text.split('\n')) {
    const pieces: Piece[] = rawLine
      .split(/ +/)
      .filter(Boolean)
      .flatMap((word) => breakable(word).map((part, i) => ({ text: part, width: width(part), spaced: i === 0 })));
    let line = '';
    let lineWidth = 0;
    for (const piece of pieces) {
      const gap = line && piece.spaced ? space : 0;
      if (lineWidth + gap + piece.width <= maxWidth) {
        line += (gap ? ' ' : '') + piece.text;
        lineWidth += gap + piece.width;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      lineWidth = 0;
      if (piece.width <= maxWidth) {
        line = piece.text;
        lineWidth = piece.width;
        continue;
      }
      // Longer than a line (a pasted link, say): cut between characters.
      for (const c of piece.text.match(CLUSTER) ?? []) {
        const w = width(c);
        if (line && lineWidth + w > maxWidth) {
          lines.push(line);
          line = '';
          lineWidth = 0;
        }
        line += c;
        lineWidth += w;
      }
    }
    lines.push(line);
  }
  return lines;
}
