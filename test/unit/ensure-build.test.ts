// `npm run test:browser` plays what the sources say: dist/ is built again
// when any source is newer than it, and left alone otherwise.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const check = (root: string) => execFileSync(process.execPath, ['scripts/ensure-build.mjs', '--check', root], { encoding: 'utf8' }).trim();

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'ensure-build-'));
  for (const dir of ['src/ui', 'stories', 'assets', 'dist']) mkdirSync(join(root, dir), { recursive: true });
  for (const file of ['src/ui/view.ts', 'stories/a.ink', 'assets/places.json', 'index.html', 'vite.config.ts'])
    writeFileSync(join(root, file), '');
  writeFileSync(join(root, 'dist/index.html'), '');
  const past = new Date(Date.now() - 60_000);
  for (const path of [
    'src/ui/view.ts',
    'src/ui',
    'src',
    'stories/a.ink',
    'stories',
    'assets/places.json',
    'assets',
    'index.html',
    'vite.config.ts',
  ])
    utimesSync(join(root, path), past, past);
  return root;
}

describe('scripts/ensure-build.mjs', () => {
  it('leaves a build newer than every source alone', () => {
    expect(check(project())).toBe('dist/ is up to date');
  }, 30_000);

  it.each([['src/ui/view.ts'], ['stories/a.ink'], ['assets/places.json'], ['index.html'], ['vite.config.ts']])(
    'builds again when %s is newer than dist/',
    (file) => {
      const root = project();
      const future = new Date(Date.now() + 60_000);
      utimesSync(join(root, file), future, future);
      expect(check(root)).toBe(`${file} is newer than dist/`);
    },
    30_000,
  );

  it('builds when there is no build', () => {
    const root = project();
    rmSync(join(root, 'dist'), { recursive: true });
    expect(check(root)).toBe('dist/ has not been built');
  }, 30_000);
});
