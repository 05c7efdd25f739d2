// The walker's faster look-ahead (tools/ink/walk-continue.ts) must decide
// where each line ends exactly as ink does, or the walk would read other
// lines than a player sees. Its whitespace rule is checked against ink's
// own, and a walk of a story full of tags, glue and odd spacing checks every
// single step against ink's getters (a difference stops the walk with a
// runtime problem).
import { describe, expect, it } from 'vitest';
import { cleanOutputWhitespace } from '../../tools/ink/walk-continue.ts';
import { walkStory } from '../../tools/ink/story-walker.ts';
import { InkStory } from '../../src/story/story-runner.ts';
import { COMPILE_BUDGET } from '../budgets.ts';
import { inkStory } from './story-fixture.ts';

/** ink's own CleanOutputWhitespace, reached through the story it belongs to. */
class InkWhitespace extends InkStory {
  clean(text: string): string {
    return (this.story.state as unknown as { CleanOutputWhitespace: (t: string) => string }).CleanOutputWhitespace(text);
  }
}

/** A story's compiled JSON, under the fixture's metadata. */
const compiled = (body: string): string => inkStory(body).json;

describe("the walker's whitespace rule", () => {
  it.each([
    ['plain words', 'One two three.'],
    ['nothing', ''],
    ['only spaces', '   '],
    ['a space before a line break', 'One. \nTwo.'],
    ['spaces after a line break', 'One.\n   Two.'],
    ['a doubled space and a tab', 'One  two\tthree'],
    ['a run of spaces and tabs', 'One \t \ttwo'],
    ['leading and trailing spaces', '  One two  '],
    ['blank lines with spaces', 'One\n \t \n\nTwo \n'],
    ['a tab at the start', '\tOne'],
    ['a lone space', ' '],
    ['a line break only', '\n'],
    ['a no-break space, which ink keeps', 'One\u00a0 two'],
  ])('matches ink on %s', (_what, text) => {
    const ink = new InkWhitespace(compiled('Hi.\n-> END\n'));
    expect(cleanOutputWhitespace(text)).toBe(ink.clean(text));
  });
});

describe("the walker's look-ahead", () => {
  it(
    'ends every line where ink does, on a story of tags, glue, functions and odd spacing',
    () => {
      const json = compiled(
        [
          'VAR mood = 0',
          '-> start',
          '=== start ===',
          '# speaker:you',
          'First line,\twith a tab   and spaces. #scene:room',
          'Glued <>',
          '   on here. {aside(1)}',
          '# facilitator: Reading the referral',
          '# facilitator-minutes: 5',
          '# facilitator-point: Each reading is reasonable.',
          '* [Ask  twice #where:context #how:ecological #why:w]',
          '  ~ mood = 1',
          '  Asked. #speaker:you',
          '  -> next',
          '* [Wait #where:individual #how:behaviour #why:w] -> next',
          '=== next ===',
          '{mood > 0: It helped.|Nothing changed.} #section:after',
          '',
          '   ',
          '* [End #unscored] Done. #ending:a',
          '  -> END',
          '* {mood > 0} [Also end #unscored] Also done. #ending:b',
          '  -> END',
          '=== function aside(x) ===',
          '~ return "an aside {x}"',
          '',
        ].join('\n'),
      );
      const report = walkStory(json, 1000, { check: true });
      expect(report.problems.filter((p) => p.kind === 'runtime')).toEqual([]);
      expect(report.endings).toEqual(['a', 'b']);
      expect(report.states).toBeGreaterThan(2);
    },
    COMPILE_BUDGET,
  );
});
