// The checks themselves must be able to fail: each broken story here must be
// caught, with the right kind of problem.
import { describe, expect, it } from 'vitest';
import { compileInk, parseInkMessage } from '../../tools/ink/compile-ink.ts';
import { walkStory } from '../../tools/ink/story-walker.ts';
import { COMPILE_BUDGET } from '../budgets.ts';

const HEADER = [
  '# title: T',
  '# summary: S',
  '# themes: a',
  '# minutes: 5',
  '# research: R',
  '# cite: C',
  '# objectives: One',
  '# objectives: Two',
  '# cast: you = You, chair',
  '',
].join('\n');

function walk(body: string) {
  const { json, problems } = compileInk(HEADER + body, 'test.ink');
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  const report = walkStory(json as string);
  // Facilitator notes have their own tests (facilitator-notes.test.ts); a draft without them only gets warnings.
  return { ...report, problems: report.problems.filter((p) => !p.message.includes('facilitator note')) };
}

describe('compileInk', () => {
  it(
    'reports an error with file and line',
    () => {
      const { json, problems } = compileInk('Hello\n* [Go #where:context #how:ecological] -> nowhere\n', 'broken.ink');
      expect(json).toBeNull();
      expect(problems).toContainEqual(
        expect.objectContaining({
          severity: 'error',
          file: 'broken.ink',
          line: 2,
          message: expect.stringMatching(/Divert target not found/),
        }),
      );
    },
    COMPILE_BUDGET,
  );

  it.each([
    ["ERROR: 'a.ink' line 12: Unresolved variable: x", { severity: 'error', file: 'a.ink', line: 12, message: 'Unresolved variable: x' }],
    ["WARNING: 'b.ink' line 3: Apparent loose end", { severity: 'warning', file: 'b.ink', line: 3 }],
    ['something odd', { severity: 'error', file: 'fallback.ink', line: 0, message: 'something odd' }],
  ])('parses %s', (raw, expected) => {
    expect(parseInkMessage(raw, 'fallback.ink')).toMatchObject(expected);
  });
});

describe('walkStory', () => {
  it(
    'passes a small well-formed story',
    () => {
      const report = walk(
        'Start.\n* [A #where:context #how:ecological #why:It changes the place.] A. #ending:a\n  -> END\n* [B #where:individual #how:behaviour #why:It asks her to change.] B. #ending:b\n  -> END\n',
      );
      expect(report.problems).toEqual([]);
      expect(report.endings).toEqual(['a', 'b']);
      expect(report.stats).toMatchObject({ minDecisions: 1, maxDecisions: 1 });
    },
    COMPILE_BUDGET,
  );

  it.each([
    ['an untagged choice', 'Start.\n* [A] A. #ending:a\n  -> END\n', 'untagged-choice'],
    ['an unknown choice tag', 'Start.\n* [A #where:context #how:ecological #colour:red] A. #ending:a\n  -> END\n', 'unknown-tag'],
    ['an unknown line tag', 'Start. #mood:grim\n* [A #where:context #how:ecological] A. #ending:a\n  -> END\n', 'unknown-tag'],
    ['a dead end', 'Start.\n* [A #where:context #how:ecological] A.\n  -> END\n', 'dead-end'],
    [
      'an unreached knot',
      'Start.\n* [A #where:context #how:ecological] A. #ending:a\n  -> END\n=== lost ===\nNobody reads this.\n-> END\n',
      'unreached',
    ],
  ])(
    'catches %s',
    (_name, body, kind) => {
      expect(walk(body).problems.map((p) => p.kind)).toContain(kind);
    },
    COMPILE_BUDGET,
  );

  it('catches a variable the story reads but no path ever sets, and not one that some path sets', () => {
    const report = walk(
      'VAR cctv = false\nVAR seen = false\nStart.\n* [A #where:context #how:ecological #why:w]\n  ~ seen = true\n  A. -> next\n* [B #where:individual #how:behaviour #why:w] B. -> next\n=== next ===\n{cctv: The cameras are up.} {seen: You saw it.}\n* [End #unscored] Done. #ending:a\n  -> END\n',
    );
    expect(report.problems.map((p) => [p.kind, p.at])).toEqual([['authoring', 'VAR cctv']]);
  });

  it(
    'catches missing story metadata',
    () => {
      const { json } = compileInk('Hi.\n* [A #where:context #how:ecological] #ending:a\n  -> END\n', 'bare.ink');
      expect(walkStory(json as string).problems.map((p) => p.kind)).toContain('meta');
    },
    COMPILE_BUDGET,
  );

  it(
    'merges paths that reach the same state',
    () => {
      const report = walk(
        '-> hub\n=== hub ===\n* [A #where:context #how:ecological] -> next\n* [B #where:context #how:ecological] -> next\n=== next ===\nNext.\n* [C #where:context #how:ecological] C. #ending:c\n  -> END\n',
      );
      expect(report.states).toBe(2);
      expect(report.stats).toMatchObject({ minDecisions: 2, maxDecisions: 2 });
    },
    COMPILE_BUDGET,
  );

  it(
    'counts words on the shortest and longest paths',
    () => {
      const report = walk(
        'Start here.\n* [Short #where:context #how:ecological] One. #ending:a\n  -> END\n* [Long #where:context #how:ecological] One two three four. #ending:b\n  -> END\n',
      );
      expect(report.stats).toMatchObject({ minWords: 3, maxWords: 6 });
    },
    COMPILE_BUDGET,
  );
});

describe('sampled checking, for stories too large to walk', () => {
  it(
    'falls back to seeded, coverage-guided playthroughs and still finds problems',
    async () => {
      const { sampleStory } = await import('../../tools/ink/story-sampler.ts');
      const { json } = compileInk(
        `${HEADER}Start.\n* [A #where:context #how:ecological] A.\n  ** [A1 #where:context #how:ecological] #ending:a1\n     -> END\n  ** [A2] #ending:a2\n     -> END\n* [B #where:individual #how:behaviour] B. #ending:b\n  -> END\n`,
        'sampled.ink',
      );
      const report = sampleStory(json as string, 20);
      expect(report.endings).toEqual(['a1', 'a2', 'b']);
      expect(report.problems.map((p) => p.kind)).toContain('untagged-choice');
      expect(sampleStory(json as string, 20)).toEqual(report);
    },
    COMPILE_BUDGET,
  );

  it(
    'is what the checker uses when the state budget runs out',
    async () => {
      const { checkStory } = await import('../../tools/ink/check-stories.ts');
      const check = checkStory('stories/where-and-how.ink', { maxStates: 10, sampleWalks: 40 });
      expect(check.coverage).toEqual({ kind: 'sampled', walks: 40 });
      expect(check.errors).toEqual([]);
      expect(check.endings.length).toBeGreaterThanOrEqual(2);
    },
    COMPILE_BUDGET,
  );
});
