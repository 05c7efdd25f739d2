// Text files (pages, scripts, styles, JSON, SVG) are sent gzipped to a
// browser that accepts it: on venue Wi-Fi, forty phones downloading the
// phone page at once is the first wait of an away-day, and gzip cuts the
// script about threefold. Each file is compressed once and kept in memory
// (built files do not change while the server runs; a file whose size or
// time changes is compressed again), within a bound so a large dist/ cannot
// fill the memory.
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { promisify } from 'node:util';
import { gzip, constants } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** Below this, gzip's header costs more than it saves. */
const SMALLEST = 1024;
/** The most compressed bytes kept in memory. */
const CACHE_BYTES = 32 * 1024 * 1024;

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|javascript)|image\/svg\+xml)/;

/** Whether the request names gzip as acceptable (and not with q=0). */
export function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers['accept-encoding'];
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  return text.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name !== 'gzip' && name !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

export const compressible = (type: string): boolean => COMPRESSIBLE.test(type);

interface Compressed {
  stamp: string;
  bytes: Buffer;
}

/** One server's store of gzipped files. */
export class CompressedFiles {
  private readonly kept = new Map<string, Compressed>();
  private total = 0;

  /** The file gzipped, or null when it is too small to be worth it. */
  async gzipped(path: string): Promise<Buffer | null> {
    const info = await stat(path);
    if (info.size < SMALLEST) return null;
    const stamp = `${info.size}:${info.mtimeMs}`;
    const hit = this.kept.get(path);
    if (hit?.stamp === stamp) return hit.bytes;
    const bytes = await gzipAsync(await readFile(path), { level: constants.Z_BEST_COMPRESSION });
    this.keep(path, { stamp, bytes });
    return bytes;
  }

  private keep(path: string, entry: Compressed): void {
    const old = this.kept.get(path);
    if (old) this.total -= old.bytes.length;
    this.kept.delete(path);
    // The oldest entries go first (a Map iterates in insertion order).
    for (const [oldest, { bytes }] of this.kept) {
      if (this.total + entry.bytes.length <= CACHE_BYTES) break;
      this.kept.delete(oldest);
      this.total -= bytes.length;
    }
    if (entry.bytes.length > CACHE_BYTES) return;
    this.kept.set(path, entry);
    this.total += entry.bytes.length;
  }
}
