// What the page asks the PDF worker to make, and what comes back: plain data,
// so it crosses to the worker as a structured clone.
import type { Certificate } from '../model/certificate.ts';
import type { RecordDocument } from '../model/record-document.ts';
import type { PdfFonts, RecordLayout } from './pdf-writer.ts';

export type PdfRequest =
  | { kind: 'record'; doc: RecordDocument; fonts: PdfFonts; layout?: RecordLayout }
  | { kind: 'certificate'; certificate: Certificate; fonts: PdfFonts };

export type PdfJob = PdfRequest & { id: number };

export type PdfReply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };
