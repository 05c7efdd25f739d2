// A trainer's path: a new .ink file is checked, listed and playable with no
// code change, and a broken one fails the checker with the right file and line.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { Rollup } from 'vite';
import { inkStories, compileStoryFile } from '../../tools/ink/ink-stories-plugin.ts';
import { checkStory } from '../../tools/ink/check-stories.ts';
import { InkStory } from '../../src/story/story-runner.ts';
import { begin, step } from '../../src/play/advance.ts';
import { BUILD_BUDGET, COMPILE_BUDGET, TOOL_BUDGET } from '../budgets.ts';
import { MINIMAL_STORY } from './story-fixture.ts';

function folderWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'stories-'));
  mkdirSync(join(root, 'stories'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'stories', name), text);
  return root;
}

function runChecker(folder: string): { status: number; output: string } {
  try {
    return { status: 0, output: execFileSync('node', ['scripts/check-stories.mjs', folder], { encoding: 'utf8' }) };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { status: e.status, output: e.stdout };
  }
}

describe('a new scenario dropped into the stories folder', () => {
  const root = folderWith({ 'bus-station.ink': MINIMAL_STORY });

  it(
    'is checked',
    () => {
      const check = checkStory(join(root, 'stories', 'bus-station.ink'));
      expect(check.errors).toEqual([]);
      expect(check.endings).toEqual(['moved', 'trained']);
      const { status, output } = runChecker(join(root, 'stories'));
      expect(status).toBe(0);
      expect(output).toMatch(/✓ .*bus-station\.ink: every path checked/);
    },
    TOOL_BUDGET,
  );

  it(
    'is listed in the scenario list by the build, with no code change',
    async () => {
      writeFileSync(join(root, 'index.html'), '<script type="module" src="./main.js"></script>');
      writeFileSync(
        join(root, 'main.js'),
        "import { catalogue } from 'virtual:story-catalogue';\nexport const titles = catalogue.map((s) => s.meta.title);\nconsole.log(titles);\n",
      );
      const output = (await build({
        root,
        logLevel: 'silent',
        configFile: false,
        plugins: [inkStories(join(root, 'stories'))],
        build: { write: false },
      })) as Rollup.RollupOutput;
      const code = output.output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
      expect(code).toContain('The Bus Station');
    },
    BUILD_BUDGET,
  );

  it(
    'plays from start to an ending',
    () => {
      const story = new InkStory(compileStoryFile(join(root, 'stories', 'bus-station.ink')).json);
      const start = begin(story);
      expect(start.lines[0]?.text).toBe('Girls wait at the bus station at night.');
      const end = step(story, start, start.choices[0]!.index);
      expect(end.ended).toBe(true);
      expect(end.model.ending).toBe('trained');
    },
    COMPILE_BUDGET,
  );
});

describe('a broken scenario', () => {
  it.each([
    [
      'an ink error',
      MINIMAL_STORY.replace('  -> END\n* [Move', '  -> nowhere\n* [Move'),
      /broken\.ink:9: error: ink could not read this: Divert target not found/,
    ],
    [
      'an untagged choice',
      MINIMAL_STORY.replace('[Move the girls on #where:context #how:behaviour #adopt]', '[Move the girls on]'),
      /broken\.ink:10: error: this choice is missing a tag/,
    ],
    ['an unknown tag', MINIMAL_STORY.replace('#section:referral', '#mood:grim'), /broken\.ink:7: error: unknown tag "mood"/],
    ['a dead end', MINIMAL_STORY.replace(' #ending:moved', ''), /broken\.ink:10: error: a path stops here without an #ending: tag/],
    [
      'missing debrief metadata',
      MINIMAL_STORY.replace('# cite: Owens & Lloyd 2023, Findings\n', ''),
      /broken\.ink:1: error: the story needs a "# cite:" tag/,
    ],
    [
      'a knot nobody reaches',
      `${MINIMAL_STORY}=== lost ===\nNobody reads this.\n-> END\n`,
      /broken\.ink:12: error: no choice the player can make leads to "lost"/,
    ],
  ])(
    'fails the checker with the file and line for %s',
    (_name, text, expected) => {
      const { status, output } = runChecker(join(folderWith({ 'broken.ink': text }), 'stories'));
      expect(status).toBe(1);
      expect(output).toMatch(expected);
    },
    TOOL_BUDGET,
  );
});
