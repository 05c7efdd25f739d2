// What the ink compiler made of a source, kept on disk for the rest of a
// test run. The unit tests compile the six shipped stories in a dozen test
// files, each in its own worker, so each story was compiled a dozen times a
// run; now the first file to need it compiles it. The cache is on only where
// INK_COMPILE_CACHE names a folder (the unit tests' config sets it, under
// node_modules/.cache, which a fresh clone does not have). An entry is
// named by everything the compiler's output depends on: the source, the
// name it is compiled under, the option, and the compiler's version. It
// keeps the compiler's own messages, which are read as today each time.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const COMPILE_CACHE_ENV = 'INK_COMPILE_CACHE';

/** What one run of the compiler gave: its JSON, its messages, and what it threw, if anything. */
export interface RawCompile {
  json: string | null;
  messages: string[];
  thrown: string | null;
}

function compilerVersion(): string {
  const require = createRequire(import.meta.url);
  const main = require.resolve('inkjs/full');
  // inkjs's package.json is not among its exports: it sits above its dist/ folder.
  return (JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** The compile, from the cache folder when one is set and holds it; otherwise compiled (and kept there). */
export function cachedCompile(
  folder: string | undefined,
  key: { source: string; fileName: string; countAllVisits: boolean },
  compile: () => RawCompile,
): RawCompile {
  if (!folder) return compile();
  const name = createHash('sha256')
    .update(JSON.stringify([compilerVersion(), key.fileName, key.countAllVisits, key.source]))
    .digest('hex');
  const file = join(folder, `${name}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RawCompile;
  } catch {
    // Not kept yet (or unreadable): compile it.
  }
  const raw = compile();
  mkdirSync(folder, { recursive: true });
  // Written whole under another name, then renamed: a worker reading at the same time sees all of it or none.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(raw));
  renameSync(partial, file);
  return raw;
}
