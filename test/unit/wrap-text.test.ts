// Wrapping for the PDFs: lines fit, nothing is lost, CJK text breaks between
// characters, and the work grows with the text, not with its square.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wrapText } from '../../src/export/wrap-text.ts';

/** A monospaced measure that counts the characters it is asked to measure. */
function counting(width = 10) {
  const seen = { calls: 0, chars: 0 };
  const measure = (s: string) => {
    seen.calls += 1;
    seen.chars += [...s].length;
    return [...s].length * width;
  };
  return { seen, measure };
}

describe('wrapText', () => {
  it.each([
    ['short text', 'a b c', 100, ['a b c']],
    ['at spaces', 'one two three four', 90, ['one two', 'three', 'four']],
    ['runs of spaces collapse', 'one    two', 200, ['one two']],
    ['kept line breaks and blank lines', 'one\n\ntwo', 200, ['one', '', 'two']],
    ['a long word cut between characters', 'abcdefghij', 40, ['abcd', 'efgh', 'ij']],
    ['CJK between characters', '社会工作者和警察', 30, ['社会工', '作者和', '警察']],
    ['closing marks stay with what is before them', '我们来了。你好', 30, ['我们来', '了。你', '好']],
    ['opening marks stay with what follows them', '我们「来」了', 30, ['我们', '「来」', '了']],
    ['CJK next to Latin', '我们meet了', 50, ['我们', 'meet了']],
  ])('%s', (_name, text, max, lines) => {
    expect(wrapText(text, max, counting().measure)).toEqual(lines);
  });

  it.each([
    ['2,000 characters with no spaces', 'a'.repeat(1999) + 'b'],
    ['2,000 CJK characters', '漢字かなカナ한글'.repeat(250)],
    ['2,000 different characters', Array.from({ length: 2000 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('')],
  ])('measures %s a bounded number of times, and keeps every character', (_name, text) => {
    const { seen, measure } = counting();
    const lines = wrapText(text, 400, measure);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect([...line].length * 10).toBeLessThanOrEqual(400);
    // Linear: each character measured about twice at most (as a piece, then alone when cut).
    expect(seen.chars).toBeLessThanOrEqual(2 * text.length + 1);
  });

  it('never separates a letter from its combining marks', () => {
    const text = 'e\u0301'.repeat(30);
    for (const line of wrapText(text, 50, counting().measure)) expect(line.startsWith('\u0301')).toBe(false);
  });

  it('fits every line and loses no word, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '字', '。', '\n', 'é') }),
        fc.integer({ min: 10, max: 200 }),
        (text, max) => {
          const lines = wrapText(text, max, (s) => [...s].length * 10);
          for (const line of lines) expect([...line].length === 1 || [...line].length * 10 <= max).toBe(true);
          const words = (t: string) => t.split(/[\s]+/).join('');
          expect(words(lines.join(''))).toBe(words(text));
        },
      ),
    );
  });
});
