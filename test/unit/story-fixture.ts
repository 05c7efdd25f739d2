// Compiles real stories in-process for tests that play them.
import { readFileSync } from 'node:fs';
import { compileInk } from '../../tools/ink/compile-ink.ts';
import { InkStory } from '../../src/story/story-runner.ts';

const cache = new Map<string, string>();

export function compiledStory(path: string): string {
  let json = cache.get(path);
  if (!json) {
    const result = compileInk(readFileSync(path, 'utf8'), path);
    if (!result.json) throw new Error(result.problems.map((p) => p.message).join('\n'));
    json = result.json;
    cache.set(path, json);
  }
  return json;
}

export const openShelter = () => new InkStory(compiledStory('stories/the-shelter.ink'));

export function inkStory(source: string): InkStory {
  const header = ['# title: T', '# summary: S', '# themes: a', '# minutes: 5', '# research: R', '# cite: C', ''].join('\n');
  const result = compileInk(header + source, 'inline.ink');
  if (!result.json) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return new InkStory(result.json);
}

/** Opens stories from JSON for the game machine, reusing the one opened last, as the shell does. */
export function inkOpener(): (json: string) => InkStory {
  let last: InkStory | null = null;
  return (json) => {
    if (last?.json !== json) last = new InkStory(json);
    return last;
  };
}

/** The smallest story a trainer could add: two tagged choices, each to an ending. */
export const MINIMAL_STORY = `# title: The Bus Station
# summary: A short test scenario.
# themes: none
# minutes: 5
# research: A paraphrase.
# cite: Owens & Lloyd 2023, Findings
Girls wait at the bus station at night. #section:referral
* [Train the night staff #where:context #how:ecological #adopt] Staff are trained. #ending:trained
  -> END
* [Move the girls on #where:context #how:behaviour #adopt] The girls move on. #ending:moved
  -> END
`;
