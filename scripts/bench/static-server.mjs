// One static server for everything the bench loads, so the game and the plain
// ink page it is compared with are served alike: gzip for text, as vite
// preview does, and no caching between Lighthouse runs.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wav': 'audio/wav',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESS = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest']);

/** Serves each directory under its prefix ('/' last); resolves with the base URL and a close(). */
export async function serve(mounts) {
  const zipped = new Map();
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
      const [prefix, dir] = Object.entries(mounts).find(([p]) => path.startsWith(p)) ?? [];
      if (!dir) throw new Error('not found');
      let file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(normalize(dir))) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const type = extname(file);
      let body = await readFile(file);
      const headers = { 'Content-Type': TYPES[type] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
      if (COMPRESS.has(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        if (!zipped.has(file)) zipped.set(file, gzipSync(body));
        body = zipped.get(file);
        headers['Content-Encoding'] = 'gzip';
        headers.Vary = 'Accept-Encoding';
      }
      response.writeHead(200, { ...headers, 'Content-Length': body.length });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('Not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
}
