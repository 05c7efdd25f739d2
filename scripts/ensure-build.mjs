// Builds dist/ again when any source is newer than it, so the browser tests
// never play yesterday's game. Run directly (`node scripts/ensure-build.mjs`)
// or from test/browser/global-setup.ts; `npm test` builds first anyway.
// `node scripts/ensure-build.mjs --check [folder]` only says whether it would.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SOURCES = [
  'src',
  'stories',
  'assets',
  'public',
  'tools',
  'index.html',
  'trainers.html',
  'phone.html',
  'console.html',
  'projector.html',
  'vite.config.ts',
];
const BUILT = join(ROOT, 'dist', 'index.html');

/** The newest modification time under a file or folder (0 if it does not exist). */
function newest(path) {
  if (!existsSync(path)) return { time: 0, path };
  const stat = statSync(path);
  if (!stat.isDirectory()) return { time: stat.mtimeMs, path };
  let best = { time: stat.mtimeMs, path };
  for (const entry of readdirSync(path)) {
    // The layer test writes probe files into src for a moment; they are not the game.
    if (/^layer-probe-/.test(entry)) continue;
    const found = newest(join(path, entry));
    if (found.time > best.time) best = found;
  }
  return best;
}

/** Why dist/ must be rebuilt, or null when it is up to date. */
export function staleReason(root = ROOT) {
  const built = join(root, 'dist', 'index.html');
  if (!existsSync(built)) return 'dist/ has not been built';
  const builtAt = statSync(built).mtimeMs;
  for (const source of SOURCES) {
    const found = newest(join(root, source));
    if (found.time > builtAt) return `${found.path.slice(root.length + 1)} is newer than dist/`;
  }
  return null;
}

export async function ensureBuild() {
  const reason = staleReason();
  if (!reason) return false;
  console.log(`Building the game: ${reason}`);
  const { build } = await import('vite');
  await build({ root: ROOT, logLevel: 'warn' });
  // The away-day pages: a second build into the same dist/, sharing no chunk with the game.
  await build({ root: ROOT, logLevel: 'warn', mode: 'away-day' });
  if (!existsSync(BUILT)) throw new Error('The build finished without dist/index.html');
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--check') console.log(staleReason(resolve(process.argv[3] ?? ROOT)) ?? 'dist/ is up to date');
  else await ensureBuild();
}
