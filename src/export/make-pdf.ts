// Sends PDF jobs to one module worker, kept by the maker for as long as the
// maker lives (the page makes one, so one worker serves the session). If no
// worker can run (an old browser, a worker blocked by policy, its file failed
// to load), the PDF is made on the page instead: slower to the eye, but still made.
import type { PdfJob, PdfReply, PdfRequest } from './pdf-job.ts';

type Waiting = { request: PdfRequest; resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void };

async function onThisThread(request: PdfRequest): Promise<Uint8Array> {
  const { certificatePdf, recordPdf } = await import('./pdf-writer.ts');
  return request.kind === 'record' ? recordPdf(request.doc, request.fonts) : certificatePdf(request.certificate, request.fonts);
}

export class PdfMaker {
  private worker: Worker | null = null;
  private broken = typeof Worker === 'undefined';
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();

  make(request: PdfRequest): Promise<Uint8Array> {
    const target = this.theWorker();
    if (!target) return onThisThread(request);
    return new Promise((resolve, reject) => {
      const id = this.nextId;
      this.nextId += 1;
      this.waiting.set(id, { request, resolve, reject });
      const job: PdfJob = { ...request, id };
      target.postMessage(job);
    });
  }

  /** The worker could not run: finish what it was given here, and use no worker from now on. */
  private giveUp(): void {
    this.broken = true;
    this.worker?.terminate();
    this.worker = null;
    const jobs = [...this.waiting.values()];
    this.waiting.clear();
    for (const job of jobs) onThisThread(job.request).then(job.resolve, job.reject);
  }

  private theWorker(): Worker | null {
    if (this.worker || this.broken) return this.worker;
    let worker: Worker;
    try {
      worker = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'pdf' });
    } catch {
      this.broken = true;
      return null;
    }
    worker.addEventListener('message', (event: MessageEvent<PdfReply>) => {
      const reply = event.data;
      const job = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.ok) job?.resolve(reply.bytes);
      else job?.reject(new Error(reply.message));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.giveUp();
    });
    worker.addEventListener('messageerror', () => this.giveUp());
    this.worker = worker;
    return worker;
  }
}
