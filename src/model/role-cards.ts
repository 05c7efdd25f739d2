// A role card for each agency seat in a scenario, as a record document: one
// section per card (the PDF prints each on its own A5 page). Everything on a
// card is data: the agency's remit, what it reaches for and what it answers
// for from the agencies file, the pressures from the story's own tags.
import type { Seat } from './facilitator-seats.ts';
import type { ScenarioMeta } from './scenario.ts';
import { field, fileStem, paragraph } from './record-document.ts';
import type { RecordDocument } from './record-document.ts';

export const CARD_REMINDER =
  'Argue for what your agency would really argue for, under these pressures. There is no right answer; the debrief is about how the room decided.';

/** Data written as a phrase still prints as a sentence. */
const sentence = (text: string) => (text && !/[.!?]$/.test(text) ? `${text}.` : text);

export function buildRoleCards(meta: ScenarioMeta, seats: readonly Seat[]): RecordDocument {
  return {
    title: `Role cards: ${meta.title}`,
    subtitle: `Rules at Play · one card for each seat at the table · ${seats.length} cards`,
    sections: seats.map((seat) => ({
      heading: seat.agency,
      blocks: [
        paragraph(`Your seat: ${seat.name}, ${seat.role}.`),
        field("Your agency's remit", seat.remit),
        field(`What presses on you in ${meta.title}`, sentence(seat.pressures)),
        field('What your agency usually reaches for', seat.reachesFor),
        field('What your agency is accountable for', seat.accountableFor),
        paragraph(CARD_REMINDER),
      ],
    })),
    fileStem: fileStem('role-cards', meta.title),
  };
}
