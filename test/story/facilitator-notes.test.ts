// Every shipped scenario carries a facilitator note at every decision and
// every time skip, read by the console from each Step and listed in order for
// the guide; and the notes are never text and never change a path (the story
// with its notes stripped plays exactly the same). The full walk of every
// path (story-shards.ts) checks the same rule through stories:check.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listStoryFiles } from '../../tools/ink/ink-stories-plugin.ts';
import { compileInk } from '../../tools/ink/compile-ink.ts';
import { InkStory } from '../../src/story/story-runner.ts';
import { storyNotes } from '../../src/story/story-notes.ts';
import { begin, step } from '../../src/play/advance.ts';
import type { Step } from '../../src/play/advance.ts';
import { decisionNote } from '../../src/model/facilitator-notes.ts';
import { seededRandom } from '../../tools/ink/story-sampler.ts';
import { COMPILE_BUDGET } from '../budgets.ts';

const WALKS = 8;

function compile(source: string, name: string): string {
  const result = compileInk(source, name);
  if (!result.json) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.json;
}

/** Plays one seeded walk, handing each step to `visit`; returns what a player read and chose. */
function walk(json: string, seed: number, visit: (s: Step) => void = () => {}): string[] {
  const story = new InkStory(json);
  const random = seededRandom(seed);
  const transcript: string[] = [];
  let current = begin(story, seed);
  for (let turns = 0; ; turns += 1) {
    visit(current);
    transcript.push(...current.lines.map((l) => l.text));
    if (current.ended || turns > 200) return transcript;
    const open = current.choices.filter((c) => c.available);
    const choice = open[Math.floor(random() * open.length)]!;
    transcript.push(`> ${choice.text}`);
    current = step(story, current, choice.index);
  }
}

describe.each(listStoryFiles('stories').map((path) => [basename(path), path]))('%s', (name, path) => {
  const source = readFileSync(path, 'utf8');
  const json = compile(source, name);

  it(
    'has a note at every decision and every time skip on sampled playthroughs, all listed for the guide',
    () => {
      const { notes, errors } = storyNotes(json);
      expect(errors).toEqual([]);
      const listed = new Set(notes.map((n) => n.note.title));
      let decisions = 0;
      let skips = 0;
      for (let seed = 1; seed <= WALKS; seed += 1) {
        walk(json, seed, (current) => {
          for (const line of current.lines.filter((l) => l.tags.timeskip)) {
            skips += 1;
            expect(line.tags.facilitator, `time skip "${line.text}"`).not.toBeNull();
            expect(listed.has(line.tags.facilitator!.title)).toBe(true);
          }
          for (const line of current.lines) expect(line.text).not.toMatch(/facilitator/i);
          if (current.ended) return;
          decisions += 1;
          const note = decisionNote(current.notes);
          expect(note, `the decision after "${current.lines.at(-1)?.text.slice(0, 60)}"`).not.toBeNull();
          expect(listed.has(note!.title)).toBe(true);
          expect(note!.questions.length).toBeGreaterThanOrEqual(1);
        });
      }
      expect(decisions).toBeGreaterThanOrEqual(WALKS * 8);
      expect(skips).toBeGreaterThanOrEqual(WALKS * 2);
    },
    COMPILE_BUDGET,
  );

  it(
    'plays exactly the same with its notes taken out',
    () => {
      const stripped = source
        .split('\n')
        .filter((line) => !/^\s*(- )?# facilitator/.test(line))
        .join('\n');
      expect(stripped.length).toBeLessThan(source.length);
      const bare = compile(stripped, name);
      expect(storyNotes(bare).notes).toEqual([]);
      for (let seed = 1; seed <= 3; seed += 1) expect(walk(json, seed)).toEqual(walk(bare, seed));
    },
    COMPILE_BUDGET,
  );
});
