// Sends PDF jobs to one module worker, kept for the session. If no worker can
// run (an old browser, a worker blocked by policy, its file failed to load),
// the PDF is made on the page instead: slower to the eye, but still made.
import type { PdfJob, PdfReply, PdfRequest } from './pdf-job.ts';

type Waiting = { request: PdfRequest; resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let broken = typeof Worker === 'undefined';
let nextId = 1;
const waiting = new Map<number, Waiting>();

async function onThisThread(request: PdfRequest): Promise<Uint8Array> {
  const { certificatePdf, recordPdf } = await import('./pdf-writer.ts');
  return request.kind === 'record'
    ? recordPdf(request.doc, request.fonts, request.layout)
    : certificatePdf(request.certificate, request.fonts);
}

/** The worker could not run: finish what it was given here, and use no worker from now on. */
function giveUp(): void {
  broken = true;
  worker?.terminate();
  worker = null;
  const jobs = [...waiting.values()];
  waiting.clear();
  for (const job of jobs) onThisThread(job.request).then(job.resolve, job.reject);
}

function theWorker(): Worker | null {
  if (worker || broken) return worker;
  try {
    worker = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'pdf' });
  } catch {
    broken = true;
    return null;
  }
  worker.addEventListener('message', (event: MessageEvent<PdfReply>) => {
    const reply = event.data;
    const job = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.ok) job?.resolve(reply.bytes);
    else job?.reject(new Error(reply.message));
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    giveUp();
  });
  worker.addEventListener('messageerror', giveUp);
  return worker;
}

export function makePdf(request: PdfRequest): Promise<Uint8Array> {
  const target = theWorker();
  if (!target) return onThisThread(request);
  return new Promise((resolve, reject) => {
    const id = nextId;
    nextId += 1;
    waiting.set(id, { request, resolve, reject });
    const job: PdfJob = { ...request, id };
    target.postMessage(job);
  });
}
