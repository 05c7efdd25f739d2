// Seeded, coverage-guided random playthroughs, for stories with too many
// distinct states to walk exhaustively. Each walk prefers the choice taken
// least often so far, so every option is tried early.
import { InkStory } from '../../src/story/story-runner.ts';
import { begin, step } from '../../src/play/advance.ts';
import type { Step } from '../../src/play/advance.ts';
import { atTag, declaredKnots, lastLine, markReached, problemCollector, words } from './story-walker.ts';
import type { WalkOptions } from './story-walker.ts';
import type { PathStats, WalkReport } from './story-walker.ts';

/** A small seeded generator (mulberry32), so a sample can be repeated exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sampleStory(json: string, walks: number, seed = 1, { shipped = false }: WalkOptions = {}): WalkReport {
  const story = new InkStory(json);
  story.trackPaths = true;
  const random = seededRandom(seed);
  const taken = new Map<string, number>();
  const { problems, report, checkChoices, checkLines, checkNotes } = problemCollector(story, { shipped });
  const endings = new Set<string>();
  const stats: PathStats = { minWords: Infinity, maxWords: 0, minDecisions: Infinity, maxDecisions: 0 };
  for (let walk = 0; walk < walks; walk += 1) {
    let current: Step;
    try {
      current = begin(story, seed + walk);
    } catch (error) {
      report({ kind: 'runtime', message: String(error), at: 'start' });
      break;
    }
    checkLines(current.lines, null, current.model.present);
    checkNotes(current);
    let read = current.lines.reduce((n, l) => n + words(l.text), 0);
    let decisions = 0;
    while (!current.ended && decisions < 500) {
      for (const choice of current.choices) {
        for (const e of choice.tagErrors)
          report({ kind: choice.tags ? 'unknown-tag' : 'untagged-choice', message: e.message, at: `choice "${choice.text}"` });
      }
      checkChoices(current.choices);
      const available = current.choices.filter((c) => c.available);
      if (!available.length) {
        report({ kind: 'dead-end', message: 'every choice here is unavailable', at: story.position() });
        break;
      }
      const fewest = Math.min(...available.map((c) => taken.get(c.text) ?? 0));
      const candidates = available.filter((c) => (taken.get(c.text) ?? 0) === fewest);
      const choice = candidates[Math.floor(random() * candidates.length)] ?? available[0]!;
      taken.set(choice.text, (taken.get(choice.text) ?? 0) + 1);
      try {
        const before = story.lineTagErrors.length;
        const sceneBefore = current.model.scene;
        current = step(story, current, choice.index);
        checkLines(current.lines, sceneBefore, current.model.present);
        checkNotes(current);
        for (const { text, errors } of story.lineTagErrors.slice(before)) {
          for (const e of errors) report({ kind: 'unknown-tag', message: e.message, at: atTag(e.tag) ?? `line "${text.slice(0, 60)}"` });
        }
      } catch (error) {
        report({ kind: 'runtime', message: String(error), at: `choice "${choice.text}"` });
        break;
      }
      decisions += 1;
      read += current.lines.reduce((n, l) => n + words(l.text), 0);
    }
    if (current.ended) {
      if (current.model.ending) endings.add(current.model.ending);
      else
        report({
          kind: 'dead-end',
          message: 'the story stops here without an #ending: tag',
          at: lastLine(current.lines) ?? (story.position() || 'end'),
        });
      stats.minWords = Math.min(stats.minWords, read);
      stats.maxWords = Math.max(stats.maxWords, read);
      stats.minDecisions = Math.min(stats.minDecisions, decisions);
      stats.maxDecisions = Math.max(stats.maxDecisions, decisions);
    }
  }
  if (!Number.isFinite(stats.minWords)) Object.assign(stats, { minWords: 0, minDecisions: 0 });
  const reached = new Set<string>();
  for (const path of story.pathsRead) markReached(path, reached);
  for (const name of declaredKnots(json)) {
    if (!reached.has(name)) report({ kind: 'unreached', message: `no path reaches "${name}"`, at: name });
  }
  return { states: 0, endings: [...endings].sort(), stats, reached: [...reached].sort(), problems, longestPath: [], paths: 0 };
}
