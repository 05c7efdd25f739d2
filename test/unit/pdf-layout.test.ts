// The PDF writer with hard text: long fields without spaces, CJK text the
// font cannot draw, and lines mixing left-to-right and right-to-left writing.
import { describe, expect, it } from 'vitest';
import { MISSING_CHARACTERS, recordPdf } from '../../src/export/pdf-writer.ts';
import type { RecordDocument } from '../../src/model/record-document.ts';
import { fonts, pdfText } from './journal-fixture.ts';

const record = (...texts: string[]): RecordDocument => ({
  title: 'CPD record',
  subtitle: 'Made on this device.',
  fileStem: 'cpd-record',
  sections: [{ heading: 'Reflection', blocks: texts.map((text, i) => ({ kind: 'field', label: `Field ${i + 1}`, text, byPlayer: true })) }],
});
const squash = (text: string) => text.replace(/\s+/g, '');

/** Each piece of text pdf.js finds, with where it starts on its page. */
async function placed(bytes: Uint8Array): Promise<{ str: string; x: number; y: number }[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const content = await (await pdf.getPage(1)).getTextContent();
  return content.items.flatMap((item) =>
    'str' in item && item.str.trim() ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number }] : [],
  );
}

describe('long fields', () => {
  it.each([
    ['2,000 characters with no spaces', 'a'.repeat(1000) + 'b'.repeat(1000)],
    ['2,000 words', 'word '.repeat(400).trim()],
  ])(
    '%s: made in seconds, every character kept',
    async (_name, text) => {
      const started = performance.now();
      const bytes = await recordPdf(record(text), fonts());
      expect(performance.now() - started).toBeLessThan(15_000);
      expect(squash(await pdfText(bytes))).toContain(squash(text));
    },
    30_000,
  );

  it('2,000 CJK characters: made in seconds, and the record says plainly that its font cannot show them', async () => {
    const started = performance.now();
    const bytes = await recordPdf(record('社会工作者和警察一起讨论。'.repeat(154).slice(0, 2000)), fonts());
    expect(performance.now() - started).toBeLessThan(15_000);
    const text = await pdfText(bytes);
    expect(squash(text)).toContain(squash(MISSING_CHARACTERS));
    expect(squash(text)).toContain('?'.repeat(2000));
  }, 30_000);

  it('says nothing about missing characters when the font has them all', async () => {
    expect(squash(await pdfText(await recordPdf(record('Łódź, Caerdydd, ŵ ŷ, שלום, سلام'), fonts())))).not.toContain(
      squash(MISSING_CHARACTERS),
    );
  }, 30_000);
});

describe('lines mixing directions', () => {
  it('draws an English line with a Hebrew word in reading order, run by run', async () => {
    const items = await placed(await recordPdf(record('I met שלום today'), fonts()));
    const at = (pattern: RegExp) => items.find((i) => pattern.test(i.str))?.x ?? NaN;
    expect(at(/I met/)).toBeLessThan(at(/[א-ת]/));
    expect(at(/[א-ת]/)).toBeLessThan(at(/today/));
  }, 30_000);

  it('draws a Hebrew line with an English word right-aligned, the English on the left', async () => {
    const items = await placed(await recordPdf(record('שלום world'), fonts()));
    const world = items.find((i) => /world/.test(i.str));
    const hebrew = items.find((i) => /[א-ת]/.test(i.str) && i.y === world?.y);
    expect(world?.str.trim()).toBe('world');
    expect(world?.x).toBeLessThan(hebrew?.x ?? NaN);
    // Right-aligned: the line starts well to the right of the margin.
    expect(world?.x).toBeGreaterThan(400);
  }, 30_000);
});
