// The summary a learner may choose to send to their learning system (SCORM
// comments): the scenario, the plan the debrief named, and the reflection
// they wrote, stage by stage. Their reasons and CPD notes are left out: the
// journal is theirs, and this is only what they agree to share.
import type { JournalEntry } from './journal.ts';
import { GIBBS_PROMPTS, GIBBS_STAGES } from './reflection-hints.ts';

export function lmsSummary(entry: JournalEntry): string {
  const written = GIBBS_STAGES.filter((stage) => entry.reflection[stage].trim()).map(
    (stage) => `${GIBBS_PROMPTS[stage].label}: ${entry.reflection[stage].trim()}`,
  );
  return [
    `${entry.scenarioTitle}. Plan: ${entry.findings.planName}.`,
    ...(written.length ? written : ['(No reflection written yet.)']),
  ].join('\n');
}
