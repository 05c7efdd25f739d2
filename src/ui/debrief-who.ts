// Who the debrief speaks of: the player in the solo game ("You chose…"), or
// the room at an away-day ("The room chose…"), where the same sections are
// read back to a whole panel of people from different agencies.

export type Who = 'you' | 'room';

export interface WhoWords {
  chose: string;
  named: string;
  reading: string;
  labels: string;
  /** "…talk over why ___ read them differently." */
  readers: string;
  notAsked: string;
  /** What one run through the story is called. */
  run: string;
  /** "Each comparison replays ___ with one key decision made differently". */
  theRun: string;
  otherDecisions: string;
  goalSet: string;
  goal: string;
  plan: string;
}

export const WHO_WORDS: Record<Who, WhoWords> = {
  you: {
    chose: 'You chose',
    named: 'You named',
    reading: 'Your reading',
    labels: 'Your labels',
    readers: 'you',
    notAsked: 'You were not asked',
    run: 'playthrough',
    theRun: 'your playthrough',
    otherDecisions: 'your other decisions',
    goalSet: 'the goal you set',
    goal: 'Your goal',
    plan: 'Your plan',
  },
  room: {
    chose: 'The room chose',
    named: 'The room named',
    reading: "The room's reading",
    labels: "The room's labels",
    readers: 'the room',
    notAsked: 'The room was not asked',
    run: 'session',
    theRun: "the room's session",
    otherDecisions: "the room's other decisions",
    goalSet: 'the goal the room set',
    goal: "The room's goal",
    plan: "The room's plan",
  },
};

/** The line over the "Name it" table: how many were named, and how often the reading matched the author's. */
export function namingSummary(awareness: { labels: number; whereAgreed: number; howAgreed: number }, asked: boolean, who: Who): string {
  const words = WHO_WORDS[who];
  return asked
    ? `${words.named} ${awareness.labels} proposals. ${words.reading} matched the scenario author's on where ${awareness.whereAgreed} times and on how ${awareness.howAgreed} times. Disagreeing is not failing: talk over why ${words.readers} read them differently.`
    : `${words.notAsked} to name any proposals in this ${words.run}.`;
}

/** A road not taken that ended the same way: say so, and why. */
export function changedLittleText(road: { taken: string; alternative: string }, who: Who): string {
  const words = WHO_WORDS[who];
  return `${words.chose} "${road.taken}". Had the panel chosen "${road.alternative}" instead, this ${words.run} would have ended with the same plan shape, the same consequences and the same trust. Here that choice changed little: the story's later decisions, and the place's own drift, weighed more than it did. Which later decision do you think carried the weight?`;
}
