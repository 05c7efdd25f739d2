// The trainer's files for every shipped scenario, read back as text: the
// facilitator guide (objectives, both session timings, seats, every note in
// order, the findings, the debrief) and a role card per agency seat, as
// Markdown and as PDF (through pdfjs). And the data behind the cards: the
// agencies file's new fields and the story's # pressures: lines are checked.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listStoryFiles } from '../../tools/ink/ink-stories-plugin.ts';
import { compileInk } from '../../tools/ink/compile-ink.ts';
import { contentProblems } from '../../tools/ink/content-rules.ts';
import { InkStory } from '../../src/story/story-runner.ts';
import { storyNotes } from '../../src/story/story-notes.ts';
import { parseStoryTags } from '../../src/story/tag-parser.ts';
import { SHIPPED_CONTENT } from '../../src/content/shipped-content.ts';
import { readContent } from '../../src/content/read-content.ts';
import { seatsOf } from '../../src/model/facilitator-seats.ts';
import { toMarkdown } from '../../src/model/markdown.ts';
import { trainerDocument } from '../../src/export/trainer-files.ts';
import { recordPdf } from '../../src/export/pdf-writer.ts';
import { pdfText } from './journal-fixture.ts';
import { COMPILE_BUDGET } from '../budgets.ts';

const fonts = { regular: readFileSync('assets/fonts/DejaVuSans.ttf'), bold: readFileSync('assets/fonts/DejaVuSans-Bold.ttf') };
// PDF text comes back in pieces and lines; Markdown escapes some marks. Compare words only.
// Page footers are dropped, since one can fall mid-sentence.
const words = (text: string) =>
  text
    .replace(/Rules at Play · [a-z ]+ · page \d+ of \d+/g, ' ')
    .replace(/\\/g, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ');

describe.each(listStoryFiles('stories').map((path) => [basename(path), path]))('%s', (name, path) => {
  const json = compileInk(readFileSync(path, 'utf8'), name).json!;
  const meta = new InkStory(json).meta;
  const seats = seatsOf(meta, SHIPPED_CONTENT.agencies);
  const { notes } = storyNotes(json);

  it(
    'has a facilitator guide whose Markdown and PDF carry the objectives, timings, seats, notes in order, findings and debrief',
    async () => {
      const doc = trainerDocument('guide', meta, json, SHIPPED_CONTENT);
      const markdown = words(toMarkdown(doc));
      const pdf = words(await pdfText(await recordPdf(doc, fonts)));
      for (const text of [markdown, pdf]) {
        for (const objective of meta.objectives) expect(text).toContain(words(objective));
        expect(text).toContain('A 60-minute session');
        expect(text).toContain('A 90-minute session');
        for (const seat of seats) expect(text).toContain(words(`${seat.agency}: ${seat.name}`));
        let from = 0;
        for (const { note } of notes) {
          const at = text.indexOf(words(note.title), from);
          expect(at, `note "${note.title}" in order`).toBeGreaterThanOrEqual(0);
          from = at;
          expect(text).toContain(words(note.questions[0]!));
          expect(text).toContain(words(note.cite));
          if (note.nameItAsk) expect(text).toContain(words(note.nameItAsk));
        }
        expect(text).toContain("The paper's findings used");
        expect(text).toContain('How to debrief');
      }
      expect(notes.length).toBeGreaterThanOrEqual(10);
    },
    COMPILE_BUDGET,
  );

  it(
    'has a role card for each agency seat, one to an A5 page, with remit, pressures, what it reaches for and what it answers for',
    async () => {
      expect(seats.length).toBeGreaterThanOrEqual(5);
      const doc = trainerDocument('cards', meta, json, SHIPPED_CONTENT);
      const markdown = words(toMarkdown(doc));
      const bytes = await recordPdf(doc, fonts, 'cards');
      const pdf = words(await pdfText(bytes));
      const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const file = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
      expect(file.numPages).toBe(seats.length);
      const [, , width, height] = (await file.getPage(1)).view;
      expect([Math.round(width!), Math.round(height!)]).toEqual([420, 595]);
      for (const text of [markdown, pdf]) {
        for (const seat of seats) {
          expect(seat.pressures.length).toBeGreaterThan(20);
          for (const part of [seat.name, seat.remit, seat.pressures, seat.reachesFor, seat.accountableFor])
            expect(text).toContain(words(part));
        }
      }
    },
    COMPILE_BUDGET,
  );
});

describe('the data behind the role cards', () => {
  it('reads remit, reaches-for and accountable-for from agencies.json, and names a field that is not words', () => {
    const raw = (agency: object) => ({
      agencies: { agencies: { probation: { label: 'Probation', ...agency } } },
      places: { places: {} },
      sections: {},
    });
    const read = readContent(
      raw({ remit: 'Supervising adults on licence.', 'reaches-for': 'Licence conditions.', 'accountable-for': 'Public protection.' }),
    );
    expect(read.content.agencies.probation).toMatchObject({ remit: 'Supervising adults on licence.', reachesFor: 'Licence conditions.' });
    expect(readContent(raw({ remit: 5 })).problems.join()).toContain('agency "probation" has a "remit" that is not a few words of text');
  });

  it('asks for the card fields of a seated agency, and for its pressures in the story', () => {
    const meta = parseStoryTags([
      'title: T',
      'summary: S',
      'themes: a',
      'minutes: 5',
      'research: R',
      'cite: C',
      'cast: police = Inspector Gail Mercer, neighbourhood policing',
      'cast: probation = Sam Okoro, probation officer',
      'pressures: police = A petition and a live operation',
      'pressures: nobody = Nothing',
    ]).value;
    expect(meta.pressures.police).toBe('A petition and a live operation');
    const content = readContent({
      agencies: {
        agencies: {
          police: { label: 'Police', remit: 'r', 'reaches-for': 'f', 'accountable-for': 'a' },
          probation: { label: 'Probation' },
        },
      },
      places: { places: {} },
      sections: {},
    }).content;
    const found = contentProblems('# pressures: nobody = Nothing\n', meta, content);
    const messages = found.map((f) => `${f.warning ? 'warning' : 'error'}: ${f.message}`).join('\n');
    expect(messages).toContain('error: assets/agencies.json: agency "probation" needs "remit"');
    expect(messages).toContain('error: assets/agencies.json: agency "probation" needs "accountable-for"');
    expect(messages).toContain('warning: "probation" has a seat but no "# pressures: probation = ..."');
    expect(messages).toContain('error: "# pressures: nobody" names no agency with a seat');
    expect(messages).not.toContain('"police"');
  });
});
