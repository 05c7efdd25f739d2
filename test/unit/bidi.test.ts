// Lines mixing left-to-right and right-to-left writing come out in the order
// a reader sees them, so the PDF can draw them run by run.
import { describe, expect, it } from 'vitest';
import { isRtlParagraph, visualRuns } from '../../src/export/bidi.ts';

const show = (line: string, rtl: boolean) => visualRuns(line, rtl).map((r) => (r.rtl ? `<${r.text}>` : r.text));

describe('visualRuns', () => {
  it.each([
    ['plain English', 'The panel met.', false, ['The panel met.']],
    ['a Hebrew word in English', 'I met שלום today', false, ['I met ', '<שלום>', ' today']],
    ['two Hebrew words together in English', 'we said שלום עולם then left', false, ['we said ', '<שלום עולם>', ' then left']],
    ['English in Hebrew', 'שלום world', true, ['world', '<שלום >']],
    ['English between Hebrew', 'אבג abc דהו', true, ['< דהו>', 'abc', '<אבג >']],
    ['a number in Hebrew stays left to right', 'בשנת 2023 היה', true, ['< היה>', '2023', '<בשנת >']],
    ['a decimal and a percentage in Arabic', 'نسبة 12.5% فقط', true, ['< فقط>', '12.5%', '<نسبة >']],
    ['Arabic in English', 'The word سلام means peace.', false, ['The word ', '<سلام>', ' means peace.']],
  ] as const)('%s', (_name, line, rtl, expected) => {
    expect(show(line, rtl)).toEqual(expected);
  });

  it('keeps every character once', () => {
    const line = 'Ask (אבג, 12) then سلام: 3.5% — done';
    for (const rtl of [false, true])
      expect(
        visualRuns(line, rtl)
          .map((r) => r.text)
          .join('').length,
      ).toBe(line.length);
  });

  it.each([
    ['English first', 'Hello שלום', false],
    ['Hebrew first', 'שלום hello', true],
    ['numbers and punctuation before Arabic', '12. سلام', true],
    ['no letters', '123 ...', false],
  ])('finds the paragraph direction from the first letter: %s', (_name, text, rtl) => {
    expect(isRtlParagraph(text)).toBe(rtl);
  });
});
