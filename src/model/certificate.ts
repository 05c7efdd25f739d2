// A certificate of completion for a finished scenario: the name as the player
// types it, the scenario, the date and the time spent. It records what the
// game saw on this device; it does not verify anyone's identity.
import type { JournalEntry } from './journal.ts';
import { oneLine } from './player-text.ts';
import { fileStem, longDate } from './record-document.ts';

export interface Certificate {
  heading: string;
  name: string;
  lines: string[];
  footer: string[];
  fileStem: string;
}

export const NAME_MAX = 120;

export function buildCertificate(entry: JournalEntry, typedName: string): Certificate {
  const name = oneLine(typedName, NAME_MAX);
  return {
    heading: 'Certificate of completion',
    name,
    lines: [
      'completed the Rules at Play scenario',
      `"${entry.scenarioTitle}"`,
      `on ${longDate(entry.finishedAt)}, spending ${entry.minutes} minute${entry.minutes === 1 ? '' : 's'} in the scenario.`,
    ],
    footer: [
      'Rules at Play is a reflective-practice simulation of a multi-agency safeguarding panel responding to harm outside the family,',
      'based on Owens, R. and Lloyd, J. (2023) "From behaviour-based to ecological: Multi-agency partnership responses to extra-familial harm", Journal of Social Work.',
      "Issued by the game on the learner's own device; it records completion of the scenario and does not verify identity.",
    ],
    fileStem: fileStem('certificate', entry.scenarioTitle, entry.finishedAt.slice(0, 10)),
  };
}
