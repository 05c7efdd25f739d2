// The story checker trainers run: every problem in every story, with file
// and line, in plain words. Used by `npm run stories:check` and by the tests.
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileInk } from './compile-ink.ts';
import { listStoryFiles } from './ink-stories-plugin.ts';
import { walkStory } from './story-walker.ts';
import type { PathStats, WalkProblem } from './story-walker.ts';
import { sampleStory } from './story-sampler.ts';
import { SHIPPED_CONTENT_DIR, contentProblems, readContentDir } from './content-rules.ts';
import type { ScenarioContent } from '../../src/content/content-types.ts';
import { InkStory } from '../../src/story/story-runner.ts';

/** The game's own assets/ content, read afresh for each call (three small files, beside a walk of every path). */
const shippedContent = (): ScenarioContent => readContentDir(SHIPPED_CONTENT_DIR).content;

export interface Finding {
  file: string;
  line: number;
  message: string;
}

export interface StoryCheck {
  file: string;
  /** How the paths were covered. */
  coverage: { kind: 'every-path'; states: number } | { kind: 'sampled'; walks: number };
  stats: PathStats;
  endings: string[];
  /** The choice indexes of one path with the most decisions; empty when sampled. */
  longestPath: number[];
  /** How many sequences of decisions lead from the start to an end; 0 when sampled. */
  paths: number;
  errors: Finding[];
  /** Below what a shipped scenario needs (length, decisions, endings); a draft may still play. */
  warnings: Finding[];
}

export const SHIPPED = { minWords: 2500, minDecisions: 8, minEndings: 2 };

const PLAIN: Record<WalkProblem['kind'], (p: WalkProblem) => string> = {
  'dead-end': () => 'a path stops here without an #ending: tag, so the game cannot tell which ending the player reached',
  'untagged-choice': (p) =>
    `this choice is missing a tag: ${p.message}. Put the tags inside the square brackets, e.g. [Move the shelter #where:context #how:ecological]`,
  'unknown-tag': (p) => p.message,
  unreached: (p) => `no choice the player can make leads to "${p.at}", so nobody will ever read it`,
  meta: (p) => p.message,
  runtime: (p) => `the story stopped with an error while being played: ${p.message}`,
  'too-large': (p) => p.message,
  authoring: (p) => p.message,
  advice: (p) => p.message,
};

function lineOf(lines: string[], predicate: (line: string) => boolean): number {
  const index = lines.findIndex(predicate);
  return index < 0 ? 0 : index + 1;
}

/** Finds where in the source a problem the walk reported comes from. */
export function locate(source: string, problem: WalkProblem): number {
  const lines = source.split('\n');
  // A facilitator note's tag sits on its own line: find the tag itself.
  const tag = /^tag "(.*)"$/.exec(problem.at)?.[1];
  if (tag) return lineOf(lines, (l) => l.includes(tag));
  const quoted = /^(?:choice|line) "(.*)"$/.exec(problem.at)?.[1];
  if (quoted) {
    const needle = quoted.slice(0, 50);
    return lineOf(lines, (l) => l.includes(needle));
  }
  const variable = /^VAR (\w+)$/.exec(problem.at)?.[1];
  if (variable) return lineOf(lines, (l) => new RegExp(`^\\s*VAR\\s+${variable}\\b`).test(l));
  if (problem.kind === 'meta') {
    const key = /"# (\w+):"/.exec(problem.message)?.[1] ?? /"(\w+)"/.exec(problem.message)?.[1];
    return key ? lineOf(lines, (l) => l.trim().startsWith(`# ${key}`)) || 1 : 1;
  }
  const [knot, stitch] = problem.at.split('.');
  if (knot) {
    const knotLine = lineOf(lines, (l) => new RegExp(`^\\s*={2,}\\s*${knot}\\b`).test(l));
    if (!stitch) return knotLine;
    const after = lines.slice(knotLine);
    const offset = lineOf(after, (l) => new RegExp(`^\\s*=\\s*${stitch}\\b`).test(l));
    return offset ? knotLine + offset : knotLine;
  }
  return 0;
}

export interface CheckOptions {
  maxStates?: number;
  sampleWalks?: number;
  /** The agencies, places and section titles to check against; the game's own assets/ by default. */
  content?: ScenarioContent;
  /** Shipped with the game (in its stories/ folder, by default): a missing facilitator note is an error. */
  shipped?: boolean;
}

/** The game's own stories folder: scenarios there ship with the game. */
export const SHIPPED_STORIES_DIR = resolve(fileURLToPath(new URL('../../stories/', import.meta.url)));

export function checkStory(
  path: string,
  {
    maxStates = 80_000,
    sampleWalks = 1500,
    content = shippedContent(),
    shipped = dirname(resolve(path)) === SHIPPED_STORIES_DIR,
  }: CheckOptions = {},
): StoryCheck {
  const near = relative(process.cwd(), path);
  const file = near && !near.startsWith('..') ? near : path || basename(path);
  const source = readFileSync(path, 'utf8');
  const compiled = compileInk(source, file);
  const warnings: Finding[] = [];
  const errors: Finding[] = compiled.problems.map((p) => ({
    file,
    line: p.line,
    message: p.severity === 'error' ? `ink could not read this: ${p.message}` : `ink warns: ${p.message}`,
  }));
  const empty: PathStats = { minWords: 0, maxWords: 0, minDecisions: 0, maxDecisions: 0 };
  if (!compiled.json)
    return {
      file,
      coverage: { kind: 'every-path', states: 0 },
      stats: empty,
      endings: [],
      longestPath: [],
      paths: 0,
      errors,
      warnings: [],
    };

  let report = walkStory(compiled.json, maxStates, { shipped });
  let coverage: StoryCheck['coverage'] = { kind: 'every-path', states: report.states };
  if (report.problems.some((p) => p.kind === 'too-large')) {
    report = sampleStory(compiled.json, sampleWalks, 1, { shipped });
    coverage = { kind: 'sampled', walks: sampleWalks };
  }
  for (const { warning, ...problem } of contentProblems(source, new InkStory(compiled.json).meta, content))
    (warning ? warnings : errors).push({ file, ...problem });
  for (const problem of report.problems) {
    const finding = { file, line: locate(source, problem), message: PLAIN[problem.kind](problem) };
    (problem.kind === 'advice' ? warnings : errors).push(finding);
  }
  const { stats, endings, longestPath, paths } = report;
  if (stats.minWords < SHIPPED.minWords)
    warnings.push({
      file,
      line: 0,
      message: `the shortest path has ${stats.minWords} words; scenarios shipped with the game need at least ${SHIPPED.minWords}`,
    });
  if (stats.minDecisions < SHIPPED.minDecisions)
    warnings.push({
      file,
      line: 0,
      message: `the shortest path has ${stats.minDecisions} decisions; scenarios shipped with the game need at least ${SHIPPED.minDecisions}`,
    });
  if (endings.length < SHIPPED.minEndings)
    warnings.push({
      file,
      line: 0,
      message: `the story reaches ${endings.length} ending(s); scenarios shipped with the game need at least ${SHIPPED.minEndings}`,
    });
  return { file, coverage, stats, endings, longestPath, paths, errors, warnings };
}

export function formatFinding(f: Finding, kind: 'error' | 'warning'): string {
  return `${f.line > 0 ? `${f.file}:${f.line}` : f.file}: ${kind}: ${f.message}`;
}

/** Checks every story in a folder, printing a report; returns false if any has an error. */
export function runCheck(storiesDir: string, print: (line: string) => void, contentDir = SHIPPED_CONTENT_DIR): boolean {
  const files = listStoryFiles(storiesDir);
  if (!files.length) {
    print(`No .ink files found in ${storiesDir}.`);
    return false;
  }
  const { content, problems } = readContentDir(contentDir);
  // A mistake in the content files is an error for every story that names it.
  for (const problem of problems) print(`✗ ${join(relative(process.cwd(), contentDir), problem)}`);
  let ok = !problems.length;
  for (const path of files) {
    const started = Date.now();
    const check = checkStory(path, { content });
    const how =
      check.coverage.kind === 'every-path'
        ? `every path checked (${check.coverage.states} story states)`
        : `${check.coverage.walks} sampled playthroughs`;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    print(
      `${check.errors.length ? '✗' : '✓'} ${check.file}: ${how} in ${seconds} s; shortest path ${check.stats.minWords} words and ${check.stats.minDecisions} decisions; endings: ${check.endings.join(', ') || 'none'}`,
    );
    for (const e of check.errors) print(`  ${formatFinding(e, 'error')}`);
    for (const w of check.warnings) print(`  ${formatFinding(w, 'warning')}`);
    if (check.errors.length) ok = false;
  }
  print(ok ? 'No errors.' : 'Some stories have errors: fix them before they can be played.');
  return ok;
}
