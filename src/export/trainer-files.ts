// The trainer's files for a scenario: its facilitator guide and its role
// cards, as Markdown and PDF, made on this device from the compiled story
// (its notes and tags) and the agencies file. Loaded only when a trainer asks.
import type { ScenarioContent } from '../content/content-types.ts';
import { buildFacilitatorGuide } from '../model/facilitator-guide.ts';
import { seatsOf } from '../model/facilitator-seats.ts';
import { toMarkdown } from '../model/markdown.ts';
import type { RecordDocument } from '../model/record-document.ts';
import { buildRoleCards } from '../model/role-cards.ts';
import type { ScenarioMeta } from '../model/scenario.ts';
import { storyNotes } from '../story/story-notes.ts';
import { FileMaker } from './exports.ts';
import type { MadeFile } from './exports.ts';

export type TrainerFile = 'guide' | 'cards';
export type TrainerFormat = 'pdf' | 'markdown';

/** The document for one scenario; the guide needs the compiled story for its notes. */
export function trainerDocument(kind: TrainerFile, meta: ScenarioMeta, storyJson: string, content: ScenarioContent): RecordDocument {
  const seats = seatsOf(meta, content.agencies);
  return kind === 'guide' ? buildFacilitatorGuide(meta, storyNotes(storyJson).notes, seats) : buildRoleCards(meta, seats);
}

/** Makes a trainer's files; keeps one FileMaker (fonts, PDF worker) for the page. */
export class TrainerFiles {
  constructor(private readonly files: FileMaker = new FileMaker()) {}

  make(kind: TrainerFile, format: TrainerFormat, meta: ScenarioMeta, storyJson: string, content: ScenarioContent): Promise<MadeFile> {
    return trainerFile(this.files, kind, format, meta, storyJson, content);
  }
}

async function trainerFile(
  files: FileMaker,
  kind: TrainerFile,
  format: TrainerFormat,
  meta: ScenarioMeta,
  storyJson: string,
  content: ScenarioContent,
): Promise<MadeFile> {
  const doc = trainerDocument(kind, meta, storyJson, content);
  if (format === 'markdown') return { name: `${doc.fileStem}.md`, type: 'text/markdown;charset=utf-8', data: toMarkdown(doc) };
  const layout = kind === 'cards' ? 'cards' : 'document';
  return {
    name: `${doc.fileStem}.pdf`,
    type: 'application/pdf',
    data: await files.documentPdf(doc, layout),
  };
}
