// What a shipped scenario owes its players beyond a walkable story: the
// author's reading on every scored choice, a real cost and benefit on every
// action, place effects that fit the action, declared facts and objectives,
// and speakers who are actually at the table. Used by the walker and the
// sampler, so both report the same problems.
import type { StoryChoice, StoryLine } from '../../src/play/story-port.ts';
import type { ScenarioMeta } from '../../src/model/scenario.ts';
import type { MomentNote } from '../../src/model/facilitator-notes.ts';

export interface AuthoringProblem {
  /** Errors stop a story being played; warnings are what a shipped scenario still needs. */
  severity: 'error' | 'warning';
  message: string;
}

/** Checks one choice's tags against the story's declarations. */
export function choiceProblems(choice: StoryChoice, meta: ScenarioMeta): AuthoringProblem[] {
  const tags = choice.tags;
  if (!tags) return [];
  const problems: AuthoringProblem[] = [];
  for (const fact of [...tags.learns, ...tags.needsKnown]) {
    if (!meta.facts[fact])
      problems.push({
        severity: 'error',
        message: `the fact "${fact}" is not declared: add "# fact: ${fact} = what the panel finds out" at the top`,
      });
  }
  if (tags.where && !tags.reading) {
    problems.push({
      severity: 'warning',
      message: 'this scored choice has no #why: tag: one sentence on why you read it as this WHERE and HOW (shown in the debrief)',
    });
  }
  if ((tags.adopt || tags.goal) && (!tags.costs.length || !tags.benefits.length)) {
    problems.push({
      severity: 'warning',
      message: 'an action or goal needs a real #cost: and a real #benefit:, so no option is free and none is only wrong',
    });
  }
  if (tags.adopt && tags.where === 'context' && !Object.keys(tags.place).length) {
    problems.push({
      severity: 'warning',
      message:
        'say what this action does to the place (#guardianship, #welcome, #pull, #harm, #displacement); write #harm:0 if it changes nothing there',
    });
  }
  return problems;
}

/** Facts learned on lines must be declared too. */
export function lineFactProblems(line: StoryLine, meta: ScenarioMeta): AuthoringProblem[] {
  return line.tags.learns
    .filter((fact) => !meta.facts[fact])
    .map((fact) => ({
      severity: 'error',
      message: `the fact "${fact}" is not declared: add "# fact: ${fact} = what the panel finds out" at the top`,
    }));
}

const IN_THE_ROOM = (scene: string | null) => scene === null || scene === 'room';

/**
 * A speaker in the panel room must be at the table (present from the start,
 * or brought by a choice), or be the player. The scene is followed line by
 * line from where the step began.
 */
export function speakerProblems(
  lines: readonly StoryLine[],
  sceneBefore: string | null,
  present: readonly string[],
): { text: string; problem: AuthoringProblem }[] {
  const found: { text: string; problem: AuthoringProblem }[] = [];
  let scene = sceneBefore;
  for (const line of lines) {
    scene = line.tags.scene ?? scene;
    const speaker = line.tags.speaker;
    if (!speaker || speaker === 'you' || !IN_THE_ROOM(scene) || present.includes(speaker)) continue;
    found.push({
      text: line.text,
      problem: {
        severity: 'error',
        message: `"${speaker}" speaks in the panel room but is not at the table here: bring them with #brings:${speaker}, list them in # present:, or set the #scene: to where this happens`,
      },
    });
  }
  return found;
}

/** What the top of a shipped scenario must declare for the prebrief and debrief. */
export function metaProblems(meta: ScenarioMeta): AuthoringProblem[] {
  const problems: AuthoringProblem[] = [];
  if (meta.objectives.length < 2)
    problems.push({
      severity: 'warning',
      message: 'a shipped scenario declares 2 to 4 learning objectives with "# objectives:" (shown in the prebrief and the debrief)',
    });
  if (!meta.cast.you)
    problems.push({ severity: 'warning', message: 'declare the player\'s role with "# cast: you = You, <role>" (the prebrief states it)' });
  return problems;
}

/**
 * Every decision and every time skip carries a facilitator note (the console
 * shows it to whoever runs a room). Missing notes are errors in a shipped
 * scenario and warnings in a trainer's draft.
 */
export function noteProblems(
  step: { lines: readonly StoryLine[]; notes: readonly MomentNote[]; ended: boolean },
  shipped: boolean,
): { at: string; problem: AuthoringProblem }[] {
  const severity = shipped ? 'error' : 'warning';
  const found: { at: string; problem: AuthoringProblem }[] = [];
  const lastText = step.lines[step.lines.length - 1]?.text ?? '';
  for (const line of step.lines) {
    if (line.tags.timeskip && !line.tags.facilitator)
      found.push({
        at: `line "${line.text.slice(0, 60)}"`,
        problem: {
          severity,
          message: `the time skip "${line.tags.timeskip}" has no facilitator note: write "# facilitator: ..." and its parts on the lines above it (stories/README.md, "Facilitator notes")`,
        },
      });
  }
  const decisionNotes = step.notes.filter((n) => n.moment === 'decision');
  if (!step.ended && !decisionNotes.length)
    found.push({
      at: `line "${lastText.slice(0, 60)}"`,
      problem: {
        severity,
        message:
          'the decision after this line has no facilitator note: write "# facilitator: ..." and its parts on the lines above its lead line (stories/README.md, "Facilitator notes")',
      },
    });
  if (!step.ended && decisionNotes.length > 1)
    found.push({
      at: `tag "${decisionNotes[0]!.note.title}"`,
      problem: {
        severity: 'error',
        message: `${decisionNotes.length} facilitator notes (${decisionNotes.map((n) => `"${n.note.title}"`).join(', ')}) come before one decision; the console shows only the last: keep one`,
      },
    });
  if (step.ended && decisionNotes.length)
    found.push({
      at: `tag "${decisionNotes[0]!.note.title}"`,
      problem: {
        severity: 'error',
        message: `the facilitator note "${decisionNotes[0]!.note.title}" comes before no decision: the story ends first`,
      },
    });
  return found;
}
