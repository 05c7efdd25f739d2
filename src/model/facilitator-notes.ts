// What a facilitator needs at each moment of a scenario: talking points, the
// paper's finding behind the moment, questions for the room and a suggested
// time. Written by the story's author as tags; never shown in solo play.

export interface FacilitatorNote {
  /** The moment in a few words, as the guide and the console title it. */
  title: string;
  /** Suggested minutes of discussion at this moment. */
  minutes: number;
  points: string[];
  /** The paper's finding behind the moment, in the author's own words. */
  finding: string;
  /** Where in the paper the finding is, e.g. "Owens & Lloyd 2023, Findings". */
  cite: string;
  /** One or two questions for the room, between agencies. */
  questions: string[];
  /**
   * Optional: the question to ask at this moment's "Name it" when the room
   * reads the proposal differently from the author. Without it the console
   * words a question from the two readings (src/room/naming-question.ts).
   */
  nameItAsk?: string;
}

/** A decision's notes come before its options; a time skip's sit on its banner line. */
export type NoteMoment = 'decision' | 'time-skip';

export interface MomentNote {
  moment: NoteMoment;
  note: FacilitatorNote;
}

export const NOTE_LIMITS = { minMinutes: 1, maxMinutes: 30, maxPoints: 4, minQuestions: 1, maxQuestions: 2 } as const;

/** The note for the decision the story waits on, if its author wrote one: the last decision note read since the previous decision. */
export function decisionNote(notes: readonly MomentNote[]): FacilitatorNote | null {
  for (let i = notes.length - 1; i >= 0; i -= 1) if (notes[i]!.moment === 'decision') return notes[i]!.note;
  return null;
}

/**
 * Suggested minutes shared out over a session of another length: in
 * proportion, at least one minute each, whole minutes summing exactly to the
 * target (when it allows a minute each). Largest remainders get the spare minutes.
 */
export function scaleMinutes(minutes: readonly number[], target: number): number[] {
  const total = minutes.reduce((sum, m) => sum + m, 0);
  if (!total || target < minutes.length) return minutes.map(() => (target < minutes.length ? 1 : 0));
  const exact = minutes.map((m) => (m * target) / total);
  const shares = exact.map((x) => Math.max(1, Math.floor(x)));
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  let spare = target - shares.reduce((sum, m) => sum + m, 0);
  for (let k = 0; spare > 0; k = (k + 1) % byRemainder.length, spare -= 1) shares[byRemainder[k]!.i]! += 1;
  // Minimums can overshoot: take the extra from the largest shares.
  while (spare < 0) {
    const largest = shares.indexOf(Math.max(...shares));
    shares[largest]! -= 1;
    spare += 1;
  }
  return shares;
}
