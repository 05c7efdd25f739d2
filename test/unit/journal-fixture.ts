// A finished playthrough of a real story, turned into a journal entry, for
// the tests of reflection, records and exports.
import { readFileSync } from 'node:fs';
import { begin } from '../../src/play/advance.ts';
import { applyEvent } from '../../src/play/playthrough.ts';
import { buildDebrief } from '../../src/model/debrief.ts';
import type { Debrief } from '../../src/model/debrief.ts';
import { entryFromDebrief } from '../../src/model/journal.ts';
import type { JournalEntry } from '../../src/model/journal.ts';
import { parseFramework } from '../../src/model/frameworks.ts';
import type { Framework } from '../../src/model/frameworks.ts';
import type { PdfFonts } from '../../src/export/pdf-writer.ts';
import { openShelter } from './story-fixture.ts';

/** Plays The Shelter with a simple policy; `why` gives a reason for some turns. */
export function finishedShelter(
  why: (turn: number) => string | undefined = () => undefined,
  pick = 0,
): { debrief: Debrief; entry: JournalEntry } {
  const story = openShelter();
  let step = begin(story, 3);
  while (!step.ended) {
    if (step.nameIt) {
      step = applyEvent(story, step, { type: 'name', given: step.nameIt.author });
      continue;
    }
    const available = step.choices.filter((c) => c.available);
    const choice = available[Math.min(pick, available.length - 1)];
    if (!choice) throw new Error('stuck');
    const reason = why(step.model.decisions.length + 1);
    step = applyEvent(
      story,
      step,
      reason === undefined ? { type: 'choose', index: choice.index } : { type: 'choose', index: choice.index, why: reason },
    );
  }
  const debrief = buildDebrief(step.model, story.meta);
  const entry = entryFromDebrief(debrief, {
    id: 'the-shelter-1',
    scenarioId: 'the-shelter',
    finishedAt: new Date('2026-11-26T10:00:00Z'),
    minutes: 34,
    cast: story.meta.cast,
  });
  return { debrief, entry };
}

export function frameworkFiles(): Framework[] {
  const names = ['pcf', 'swe-standard-4', 'kss-child-family', 'cfsw-early-career-standards', 'scw-code-of-practice'];
  return names.map((name) => {
    const read = parseFramework(JSON.parse(readFileSync(`assets/frameworks/${name}.json`, 'utf8')), `${name}.json`);
    if (!read.ok) throw new Error(read.problem);
    return read.framework;
  });
}

export const fonts = (): PdfFonts => ({
  regular: new Uint8Array(readFileSync('assets/fonts/DejaVuSans.ttf')),
  bold: new Uint8Array(readFileSync('assets/fonts/DejaVuSans-Bold.ttf')),
});

/** Every piece of text in a PDF, page by page, as pdf.js reads it. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join(''));
  }
  return pages.join('\n');
}
