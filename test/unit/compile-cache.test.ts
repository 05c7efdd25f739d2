// The unit tests' config keeps each compile on disk for the rest of the run
// (tools/ink/compile-ink.ts, compile-cache.ts): a kept compile must be what
// the compiler gives, problems and all, and a change to anything the output
// depends on must compile again.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMPILE_CACHE_ENV, cachedCompile } from '../../tools/ink/compile-cache.ts';
import type { RawCompile } from '../../tools/ink/compile-cache.ts';
import { compileInk } from '../../tools/ink/compile-ink.ts';
import { COMPILE_BUDGET } from '../budgets.ts';

const folders: string[] = [];
const newFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'ink-compile-'));
  folders.push(folder);
  return folder;
};
afterEach(() => {
  vi.unstubAllEnvs();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const KEY = { source: 'Hello.\n-> END\n', fileName: 'a.ink', countAllVisits: false };
const RAW: RawCompile = { json: '{"inkVersion":21}', messages: ["WARNING: 'a.ink' line 1: odd"], thrown: null };

describe('the compile cache', () => {
  it('compiles once, then reads what it kept', () => {
    const folder = newFolder();
    let compiles = 0;
    const compile = () => ((compiles += 1), RAW);
    expect(cachedCompile(folder, KEY, compile)).toEqual(RAW);
    expect(cachedCompile(folder, KEY, compile)).toEqual(RAW);
    expect(compiles).toBe(1);
    expect(readdirSync(folder)).toHaveLength(1);
  });

  it.each([
    ['the source', { ...KEY, source: 'Hello!\n-> END\n' }],
    ['the file name', { ...KEY, fileName: 'b.ink' }],
    ['the option to count every visit', { ...KEY, countAllVisits: true }],
  ])('compiles again when %s changes', (_what, changed) => {
    const folder = newFolder();
    let compiles = 0;
    const compile = () => ((compiles += 1), RAW);
    cachedCompile(folder, KEY, compile);
    cachedCompile(folder, changed, compile);
    expect(compiles).toBe(2);
  });

  it('keeps nothing without a folder', () => {
    let compiles = 0;
    const compile = () => ((compiles += 1), RAW);
    cachedCompile(undefined, KEY, compile);
    cachedCompile(undefined, KEY, compile);
    expect(compiles).toBe(2);
  });

  it(
    'gives a story with errors and warnings the same result kept as compiled',
    () => {
      const source = 'VAR unused = 1\nHello.\n* [Go] -> nowhere\n';
      vi.stubEnv(COMPILE_CACHE_ENV, undefined);
      const fresh = compileInk(source, 'broken.ink');
      const folder = newFolder();
      vi.stubEnv(COMPILE_CACHE_ENV, folder);
      const first = compileInk(source, 'broken.ink');
      const kept = compileInk(source, 'broken.ink');
      expect(fresh.problems.length).toBeGreaterThan(0);
      expect(first).toEqual(fresh);
      expect(kept).toEqual(fresh);
      expect(readdirSync(folder)).toHaveLength(1);
    },
    COMPILE_BUDGET,
  );
});
