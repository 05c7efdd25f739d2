// The room's record as files, made in the facilitator's browser from the
// console's view: Markdown at once, PDF in the PDF worker. Loaded only when
// the facilitator asks for the record; the room server never sees it.
import { toMarkdown } from '../model/markdown.ts';
import { roomRecord } from '../room/room-record.ts';
import type { RecordSource } from '../room/room-record.ts';
import { FileMaker } from './exports.ts';
import type { MadeFile } from './exports.ts';

export type RoomRecordFormat = 'markdown' | 'pdf';

/** Keeps one FileMaker (fonts, PDF worker) for the console page. */
export class RoomFiles {
  constructor(private readonly files: FileMaker = new FileMaker()) {}

  async make(format: RoomRecordFormat, source: RecordSource, isoDate: string): Promise<MadeFile> {
    const doc = roomRecord(source, isoDate);
    if (format === 'markdown') return { name: `${doc.fileStem}.md`, type: 'text/markdown;charset=utf-8', data: toMarkdown(doc) };
    return { name: `${doc.fileStem}.pdf`, type: 'application/pdf', data: await this.files.documentPdf(doc, 'document') };
  }
}
