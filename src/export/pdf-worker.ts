// Makes PDFs in a module worker, off the page's main thread: laying out and
// embedding a long record takes seconds on a slow device, and the page must
// keep painting and answering keys meanwhile.
import { certificatePdf, recordPdf } from './pdf-writer.ts';
import type { PdfJob, PdfReply } from './pdf-job.ts';

self.addEventListener('message', (event: MessageEvent<PdfJob>) => {
  const job = event.data;
  const made = job.kind === 'record' ? recordPdf(job.doc, job.fonts, job.layout) : certificatePdf(job.certificate, job.fonts);
  made.then(
    (bytes) => {
      const reply: PdfReply = { id: job.id, ok: true, bytes };
      // Handing over the buffer instead of copying it.
      self.postMessage(reply, { transfer: [bytes.buffer] });
    },
    (error: unknown) => {
      const reply: PdfReply = { id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) };
      self.postMessage(reply);
    },
  );
});
