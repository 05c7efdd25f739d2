// Turning a journal entry into files: the CPD record (PDF and Markdown) and a
// certificate. Loaded only when the player asks for a file, so pdf-lib, the
// fonts and the framework data cost nothing until then. PDFs are made in a
// worker (make-pdf.ts). Everything is made here on the device; nothing is
// sent anywhere. A FileMaker keeps the fonts and the PDF worker once fetched;
// the page makes one (src/shell/file-exports.ts) and keeps it.
import regularFontUrl from '../../assets/fonts/DejaVuSans.ttf?url';
import boldFontUrl from '../../assets/fonts/DejaVuSans-Bold.ttf?url';
import { buildCpdRecord } from '../model/cpd-record.ts';
import { buildCertificate } from '../model/certificate.ts';
import { parseFramework } from '../model/frameworks.ts';
import type { Framework, Jurisdiction } from '../model/frameworks.ts';
import type { JournalEntry } from '../model/journal.ts';
import { toMarkdown } from '../model/markdown.ts';
import { PdfMaker } from './make-pdf.ts';
import type { PdfFonts } from './pdf-writer.ts';

// Every framework file in assets/frameworks is picked up at build time:
// adding or replacing one needs no code.
const frameworkFiles = import.meta.glob<unknown>('../../assets/frameworks/*.json', { eager: true, import: 'default' });

export function loadFrameworks(): { frameworks: Framework[]; problems: string[] } {
  const frameworks: Framework[] = [];
  const problems: string[] = [];
  for (const [path, data] of Object.entries(frameworkFiles).sort(([a], [b]) => a.localeCompare(b))) {
    const read = parseFramework(data, path.split('/').pop() ?? path);
    if (read.ok) frameworks.push(read.framework);
    else problems.push(read.problem);
  }
  return { frameworks, problems };
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const unavailable = (why: string) =>
    new Error(
      `the font for PDFs could not be loaded (${why}). Check the connection to the page and try again; the Markdown record does not need it.`,
    );
  const response = await fetch(url).catch(() => {
    throw unavailable("no answer from the page's server");
  });
  if (!response.ok) throw unavailable(`the server answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export interface MadeFile {
  name: string;
  type: string;
  data: Uint8Array | string;
}

export interface RecordChoice {
  jurisdiction: Jurisdiction;
  includeTime: boolean;
}

function record(entry: JournalEntry, choice: RecordChoice) {
  return buildCpdRecord(entry, { ...choice, frameworks: loadFrameworks().frameworks });
}

export class FileMaker {
  /** Both fonts, fetched on the first PDF and kept; a failed fetch is tried again next time. */
  private fonts: Promise<PdfFonts> | null = null;

  constructor(private readonly pdfs: PdfMaker = new PdfMaker()) {}

  recordMarkdown(entry: JournalEntry, choice: RecordChoice): MadeFile {
    const doc = record(entry, choice);
    return { name: `${doc.fileStem}.md`, type: 'text/markdown;charset=utf-8', data: toMarkdown(doc) };
  }

  async recordPdfFile(entry: JournalEntry, choice: RecordChoice): Promise<MadeFile> {
    const doc = record(entry, choice);
    return {
      name: `${doc.fileStem}.pdf`,
      type: 'application/pdf',
      data: await this.pdfs.make({ kind: 'record', doc, fonts: await this.loadFonts() }),
    };
  }

  async certificateFile(entry: JournalEntry, name: string): Promise<MadeFile> {
    const certificate = buildCertificate(entry, name);
    return {
      name: `${certificate.fileStem}.pdf`,
      type: 'application/pdf',
      data: await this.pdfs.make({ kind: 'certificate', certificate, fonts: await this.loadFonts() }),
    };
  }

  private loadFonts(): Promise<PdfFonts> {
    this.fonts ??= Promise.all([fetchBytes(regularFontUrl), fetchBytes(boldFontUrl)])
      .then(([regular, bold]) => ({ regular, bold }))
      .catch((error: unknown) => {
        this.fonts = null;
        throw error;
      });
    return this.fonts;
  }
}
