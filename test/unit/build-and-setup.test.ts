// A broken story fails the build with its file and line; a missing Chromium
// is reported in one plain line.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { inkStories } from '../../tools/ink/ink-stories-plugin.ts';
import { INSTALL_HINT, findChromium } from '../browser/find-chromium.ts';
import { BUILD_BUDGET } from '../budgets.ts';

function projectWith(story: string): string {
  const root = mkdtempSync(join(tmpdir(), 'rules-at-play-'));
  mkdirSync(join(root, 'stories'));
  writeFileSync(join(root, 'stories', 'broken.ink'), story);
  writeFileSync(join(root, 'index.html'), '<script type="module" src="./main.js"></script>');
  writeFileSync(join(root, 'main.js'), "import { catalogue } from 'virtual:story-catalogue';\nconsole.log(catalogue);\n");
  return root;
}

describe('the ink build step', () => {
  it(
    'fails the build on an ink error, naming the file and line',
    async () => {
      const root = projectWith('# title: T\nHello.\n* [Go #where:context #how:ecological] -> nowhere\n');
      await expect(
        build({ root, logLevel: 'silent', configFile: false, plugins: [inkStories(join(root, 'stories'))], build: { write: false } }),
      ).rejects.toThrow(/broken\.ink:3: error: Divert target not found/);
    },
    BUILD_BUDGET,
  );

  it(
    'fails the build when the story lacks its required top tags',
    async () => {
      const root = projectWith('Hello.\n-> END\n');
      await expect(
        build({ root, logLevel: 'silent', configFile: false, plugins: [inkStories(join(root, 'stories'))], build: { write: false } }),
      ).rejects.toThrow(/the story needs a "# title:" tag/);
    },
    BUILD_BUDGET,
  );
});

describe('finding Chromium', () => {
  it('returns the first candidate that exists', () => {
    expect(findChromium(['/no/such/chromium', process.execPath])).toBe(process.execPath);
  });

  it('returns null when none exists, and the hint is one line that says how to get one', () => {
    expect(findChromium(['/no/such/chromium', undefined])).toBeNull();
    expect(INSTALL_HINT).not.toContain('\n');
    expect(INSTALL_HINT).toMatch(/apt-get install -y chromium/);
    expect(INSTALL_HINT).toMatch(/CHROME_PATH/);
  });
});
