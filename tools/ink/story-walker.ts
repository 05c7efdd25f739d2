// Walks every path through a compiled story, merging paths that reach the
// same story state, and reports what a trainer needs to fix: dead ends,
// untagged choices, unknown tags, knots no path reaches. It also measures
// each path's reading length and decision count (shortest and longest).
import type { InkStory } from '../../src/story/story-runner.ts';
import { begin, step } from '../../src/play/advance.ts';
import type { Step } from '../../src/play/advance.ts';
import type { ScenarioState } from '../../src/model/scenario-state.ts';
import type { StoryChoice, StoryLine } from '../../src/play/story-port.ts';
import { choiceProblems, lineFactProblems, metaProblems, noteProblems, speakerProblems } from './authoring-rules.ts';
import type { AuthoringProblem } from './authoring-rules.ts';
import { WalkedStory } from './walked-story.ts';

export interface WalkProblem {
  kind: 'dead-end' | 'untagged-choice' | 'unknown-tag' | 'unreached' | 'meta' | 'runtime' | 'too-large' | 'authoring' | 'advice';
  message: string;
  /** The ink path where the problem was seen, if any. */
  at: string;
}

export interface PathStats {
  minWords: number;
  maxWords: number;
  minDecisions: number;
  maxDecisions: number;
}

export interface WalkReport {
  states: number;
  endings: string[];
  stats: PathStats;
  reached: string[];
  problems: WalkProblem[];
  /** The choice indexes of one path with the most decisions (for sizing what a save of it takes); empty when sampled. */
  longestPath: number[];
  /** How many different sequences of decisions lead from the start to an end (what merging states saves walking one by one); 0 when sampled. */
  paths: number;
}

/** What \s matches: ASCII and Unicode spaces, line breaks, the byte-order mark. */
function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Counts words without building an array of them: the walk counts every line of every path. */
export function words(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // Whitespace as \s sees it in text a story prints: spaces, tabs, line breaks, no-break and other Unicode spaces.
    if (isSpace(code)) inWord = false;
    else if (!inWord) {
      inWord = true;
      count += 1;
    }
  }
  return count;
}

/** A facilitator note's mistake is found by its own tag, which sits on a line of its own above the text. */
export function atTag(raw: string): string | null {
  return raw.trim().startsWith('facilitator') ? `tag "${raw.trim()}"` : null;
}

/** Names the last line read, so the checker can point at it in the source. */
export function lastLine(lines: readonly { text: string }[]): string | null {
  const last = lines[lines.length - 1];
  return last ? `line "${last.text.slice(0, 60)}"` : null;
}

export interface Collector {
  problems: WalkProblem[];
  report: (problem: WalkProblem) => void;
  /** The authoring rules for the choices offered at one point. */
  checkChoices: (choices: readonly StoryChoice[]) => void;
  /** The authoring rules for the lines one step read, starting in the given scene. */
  checkLines: (lines: readonly StoryLine[], sceneBefore: string | null, present: readonly string[]) => void;
  /** Facilitator notes at the decision or time skips one step reached. */
  checkNotes: (step: Step) => void;
}

const asWalkProblem = (problem: AuthoringProblem, at: string): WalkProblem => ({
  kind: problem.severity === 'error' ? 'authoring' : 'advice',
  message: problem.message,
  at,
});

/** Collects problems once each, starting with the story's own metadata errors. */
export function problemCollector(story: InkStory, { shipped = false } = {}): Collector {
  const problems: WalkProblem[] = story.metaErrors.map((e) => ({ kind: 'meta', message: e.message, at: 'top of file' }));
  const seen = new Set<string>();
  const report = (problem: WalkProblem) => {
    const id = `${problem.kind}|${problem.at}|${problem.message}`;
    if (!seen.has(id)) {
      seen.add(id);
      problems.push(problem);
    }
  };
  for (const problem of metaProblems(story.meta)) report(asWalkProblem(problem, 'top of file'));
  const checkChoices = (choices: readonly StoryChoice[]) => {
    for (const choice of choices) {
      for (const problem of choiceProblems(choice, story.meta)) report(asWalkProblem(problem, `choice "${choice.text}"`));
    }
  };
  const checkLines = (lines: readonly StoryLine[], sceneBefore: string | null, present: readonly string[]) => {
    for (const { text, problem } of speakerProblems(lines, sceneBefore, present))
      report(asWalkProblem(problem, `line "${text.slice(0, 60)}"`));
    for (const line of lines) {
      for (const problem of lineFactProblems(line, story.meta)) report(asWalkProblem(problem, `line "${line.text.slice(0, 60)}"`));
    }
  };
  const checkNotes = (step: Step) => {
    for (const { at, problem } of noteProblems(step, shipped)) report(asWalkProblem(problem, at));
  };
  return { problems, report, checkChoices, checkLines, checkNotes };
}

function hasText(container: unknown): boolean {
  if (typeof container === 'string') return container.startsWith('^') && container.trim().length > 1;
  if (Array.isArray(container)) return container.some(hasText);
  if (container && typeof container === 'object') {
    return Object.entries(container).some(([key, value]) => !key.startsWith('#') && /^[cg]-\d+$/.test(key) && hasText(value));
  }
  return false;
}

/**
 * Knot and knot.stitch names declared in the compiled story that hold text a
 * player reads. Knots made only of logic and diverts are left out: the walk
 * sees where text is read, and such knots have none.
 */
export function declaredKnots(json: string): string[] {
  const root = JSON.parse(json).root as unknown[];
  const named = (root[root.length - 1] ?? {}) as Record<string, unknown>;
  const names: string[] = [];
  for (const [knot, body] of Object.entries(named)) {
    if (knot.startsWith('#') || knot === 'global decl' || !Array.isArray(body)) continue;
    if (hasText(body.slice(0, -1))) names.push(knot);
    const last = body[body.length - 1];
    if (last && typeof last === 'object') {
      for (const [stitch, content] of Object.entries(last)) {
        if (!stitch.startsWith('#') && !/^[cg]-\d+$/.test(stitch) && hasText(content)) names.push(`${knot}.${stitch}`);
      }
    }
  }
  return names;
}

/**
 * Two paths that reach the same story state have the same future, so the walk
 * merges them. Parts of ink's saved state that differ between such paths
 * without changing what can happen next are left out of the key: turn and
 * thread counters, the text just printed, and the once-only marks of choices
 * in knots the story has already left (the story cannot offer those again
 * unless it diverts back, and knot visit counts are kept for that).
 */
export function stateKey(inkState: string): string {
  const state = JSON.parse(inkState);
  const flow = state.flows?.[state.currentFlowName];
  const threads = flow?.callstack?.threads ?? [];
  const here = String(threads[threads.length - 1]?.previousContentObject ?? '').split('.')[0];
  const visits: Record<string, number> = {};
  for (const [path, count] of Object.entries((state.visitCounts ?? {}) as Record<string, number>)) {
    const isChoiceMark = /\.c-\d+$/.test(path);
    if (!isChoiceMark || path.split('.')[0] === here) visits[path] = count;
  }
  const choices = (flow?.currentChoices ?? []).map((c: { targetPath: string; text: string }) => [c.targetPath, c.text]);
  const callstacks = threads.map((t: { callstack: unknown }) => t.callstack);
  return JSON.stringify([here, callstacks, choices, state.variablesState, visits, state.evalStack]);
}

export function markReached(path: string, reached: Set<string>): void {
  const [knot, stitch] = path.split('.');
  if (knot) reached.add(knot);
  if (knot && stitch && !/^\d+$/.test(stitch) && !/^[cg]-\d+$/.test(stitch)) reached.add(`${knot}.${stitch}`);
}

/**
 * Facts some option needs (#needs-known). Only these can open or close a
 * later option; a fact nothing needs changes the future only through ink's own
 * variables, which the story state already holds.
 */
export function neededFacts(json: string): Set<string> {
  return new Set([...json.matchAll(/needs-known:\s*([a-z0-9]+(?:-[a-z0-9]+)*)/g)].map((m) => m[1]!));
}

/** The parts of the model's state that can change what happens next. */
export function modelKey(model: ScenarioState, needed: Set<string>): string {
  const known = model.known.filter((f) => needed.has(f)).sort();
  return JSON.stringify([model.dynamics, model.place, [...model.present].sort(), known, model.placeApplied, model.timeskips.length]);
}

// Variables the game keeps up to date itself (stories/README.md, "Reading the model's numbers").
const FED_BY_THE_GAME = /^(risk|anxiety|trust|youth_trust|time|plan_\w+|outcome_\w+|goal_where|goal_how|present_\w+|known_\w+)$/;

/** The story's own variables that its text or logic reads. */
export function storyOwnReads(json: string): string[] {
  const declared = new Set([...json.matchAll(/"VAR=":"(\w+)"/g)].map((m) => m[1]!));
  const read = new Set([...json.matchAll(/"VAR\?":"(\w+)"/g)].map((m) => m[1]!));
  return [...declared].filter((name) => read.has(name) && !FED_BY_THE_GAME.test(name)).sort();
}

export interface WalkOptions {
  /** A scenario shipped with the game: a missing facilitator note is an error, not a warning. */
  shipped?: boolean;
  /** Checks every look-ahead step against ink's own getters (walk-continue.ts) and every kept state against ink's save (walk-snapshot.ts), for the tests. */
  check?: boolean;
}

export function walkStory(json: string, maxStates = 400_000, { shipped = false, check = false }: WalkOptions = {}): WalkReport {
  const story = new WalkedStory(json, { check });
  story.trackPaths = true;
  const ownReads = storyOwnReads(json);
  const assigned = new Set<string>();
  story.watchAssignments(ownReads, assigned);
  const { problems, report, checkChoices, checkLines, checkNotes } = problemCollector(story, { shipped });
  const reached = new Set<string>();
  const endings = new Set<string>();
  const memo = new Map<string, PathStats>();
  const pathsFrom = new Map<string, number>();
  const needed = neededFacts(json);
  const noMore: PathStats = { minWords: 0, maxWords: 0, minDecisions: 0, maxDecisions: 0 };
  // Beside each merged state, the choices of its longest way to an end.
  const longest = new Map<string, number[]>();
  const keyOf = (node: Step) => (node.ended ? '' : stateKey(node.storyState) + modelKey(node.model, needed));

  // Checks what a step read, and returns the words read.
  const inspect = (next: Step, lineErrorsBefore: number, sceneBefore: string | null): number => {
    checkLines(next.lines, sceneBefore, next.model.present);
    checkNotes(next);
    for (const { text, errors } of story.lineTagErrors.slice(lineErrorsBefore)) {
      for (const e of errors) report({ kind: 'unknown-tag', message: e.message, at: atTag(e.tag) ?? `line "${text.slice(0, 60)}"` });
    }
    if (next.ended) {
      if (next.model.ending) endings.add(next.model.ending);
      else
        report({
          kind: 'dead-end',
          message: 'the story stops here without an #ending: tag',
          at: lastLine(next.lines) ?? (story.position() || 'end'),
        });
    }
    return next.lines.reduce((sum, line) => sum + words(line.text), 0);
  };

  const visit = (node: Step, key: string): PathStats => {
    if (node.ended) return noMore;
    const known = memo.get(key);
    if (known) return known;
    if (memo.size >= maxStates) {
      report({
        kind: 'too-large',
        message: `more than ${maxStates} distinct story states; declare fewer VARs or simplify branching`,
        at: '',
      });
      return noMore;
    }
    const stats: PathStats = { minWords: Infinity, maxWords: 0, minDecisions: Infinity, maxDecisions: 0 };
    let paths = 0;
    const available = node.choices.filter((c) => c.available);
    if (!available.length) report({ kind: 'dead-end', message: 'every choice here is unavailable', at: story.position() });
    for (const choice of node.choices) {
      const at = `choice "${choice.text}"`;
      for (const e of choice.tagErrors) report({ kind: choice.tags ? 'unknown-tag' : 'untagged-choice', message: e.message, at });
    }
    checkChoices(node.choices);
    // The story is in this state now, and comes back to it for each further option.
    if (available.length > 1) story.keep(node.storyState);
    for (const choice of available) {
      let next: Step;
      let read: number;
      try {
        const before = story.lineTagErrors.length;
        next = step(story, node, choice.index);
        read = inspect(next, before, node.model.scene);
      } catch (error) {
        report({ kind: 'runtime', message: String(error), at: `choice "${choice.text}"` });
        continue;
      }
      const nextKey = keyOf(next);
      const rest = visit(next, nextKey);
      paths += next.ended ? 1 : (pathsFrom.get(nextKey) ?? 0);
      if (1 + rest.maxDecisions > stats.maxDecisions) longest.set(key, [choice.index, ...(longest.get(nextKey) ?? [])]);
      stats.minWords = Math.min(stats.minWords, read + rest.minWords);
      stats.maxWords = Math.max(stats.maxWords, read + rest.maxWords);
      stats.minDecisions = Math.min(stats.minDecisions, 1 + rest.minDecisions);
      stats.maxDecisions = Math.max(stats.maxDecisions, 1 + rest.maxDecisions);
    }
    story.forget(node.storyState);
    if (!Number.isFinite(stats.minWords)) Object.assign(stats, { minWords: 0, minDecisions: 0 });
    memo.set(key, stats);
    pathsFrom.set(key, paths);
    return stats;
  };

  let stats: PathStats = noMore;
  let paths = 0;
  try {
    const first = begin(story);
    const read = inspect(first, 0, null);
    const firstKey = keyOf(first);
    const rest = visit(first, firstKey);
    paths = first.ended ? 1 : (pathsFrom.get(firstKey) ?? 0);
    stats = {
      minWords: read + rest.minWords,
      maxWords: read + rest.maxWords,
      minDecisions: rest.minDecisions,
      maxDecisions: rest.maxDecisions,
    };
  } catch (error) {
    report({ kind: 'runtime', message: String(error), at: 'start' });
  }

  for (const path of story.pathsRead) markReached(path, reached);
  for (const name of declaredKnots(json)) {
    if (!reached.has(name)) report({ kind: 'unreached', message: `no path reaches "${name}"`, at: name });
  }
  // A variable the story reads but no path ever sets: whatever reads it is decided by its default every time.
  if (!problems.some((p) => p.kind === 'too-large')) {
    for (const name of ownReads.filter((n) => !assigned.has(n))) {
      report({
        kind: 'authoring',
        message: `the story reads VAR ${name}, but no path ever sets it, so text that depends on it always follows its starting value`,
        at: `VAR ${name}`,
      });
    }
  }
  const start = (() => {
    try {
      return longest.get(keyOf(begin(story))) ?? [];
    } catch {
      return [];
    }
  })();
  return { states: memo.size, endings: [...endings].sort(), stats, reached: [...reached].sort(), problems, longestPath: start, paths };
}
