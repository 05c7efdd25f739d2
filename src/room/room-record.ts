// The room's record: what the facilitator downloads at the end (Markdown and
// PDF, made in the console's browser from the console's view). It holds the
// scenario, the date, how many took part per agency, each decision with the
// room's totals and how it was decided, and the debrief's findings. Totals
// only: no seat, no vote of a person, no group of one (agencies with fewer
// than two people are counted with "other seats"). The server keeps nothing.
import { HOW_LABELS, QUADRANTS, WHERE_LABELS } from '../model/orientation.ts';
import type { Quadrant } from '../model/orientation.ts';
import { field, fileStem, list, longDate, paragraph, subheading } from '../model/record-document.ts';
import type { Block, RecordDocument, RecordSection } from '../model/record-document.ts';
import type { PathOutcome } from '../play/playthrough.ts';
import type { DecisionVotes, RoomDebrief } from './room-debrief.ts';

export interface RecordSource {
  title: string;
  scenarioId: string;
  debrief: RoomDebrief;
}

export const PRIVACY_NOTE =
  'Totals only: no vote or seat in this record can be traced to a person, and agencies with fewer than two people are counted with other seats. Nothing about the room is kept on the server once it closes.';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function decisionBlocks(d: DecisionVotes): Block[] {
  const byGroup = (index: number) =>
    d.groups
      .filter((g) => (g.votes[index] ?? 0) > 0)
      .map((g) => `${g.label} ${g.votes[index]}`)
      .join(', ');
  return [
    subheading(`Decision ${d.turn}: ${d.chosen}`),
    paragraph(
      d.decidedBy === 'majority' ? "Decided by the room's majority." : "Decided by the facilitator's call, after a tie or discussion.",
    ),
    list(
      d.options.map((o) => {
        const groups = byGroup(o.index);
        return `${o.text}: ${plural(o.votes, 'vote')}${groups ? ` (${groups})` : ''}`;
      }),
    ),
  ];
}

const outcomeWords = (label: string, o: PathOutcome) =>
  `${label}: ${o.planName}; trust between agencies ${o.dynamics.trust}, young people's trust ${o.dynamics.youthTrust}.`;

function findings(room: RoomDebrief): RecordSection[] {
  const { debrief, split } = room;
  const profileLine = (p: RoomDebrief['profiles'][number]) =>
    `${p.label} (${plural(p.votes, 'vote')}): ${(Object.keys(QUADRANTS) as Quadrant[])
      .map((q) => `${QUADRANTS[q].name} ${p.byQuadrant[q]}`)
      .join(', ')}, off the map ${p.offMap}`;
  const splitBlocks: Block[] = split
    ? [
        paragraph(
          `Decision ${split.turn} split the room most: the most-voted option had ${Math.round(split.winningShare * 100)}% of ${plural(split.votes, 'vote')}. The room chose "${split.chosen}"; "${split.alternative.text}" had ${plural(split.alternative.votes, 'vote')}.`,
        ),
        ...(split.road
          ? [
              paragraph(
                split.road.changedLittle
                  ? `Replayed with "${split.alternative.text}" instead, the session ends with the same plan, consequences and trust.`
                  : `Replayed with "${split.alternative.text}" instead:`,
              ),
              ...(split.road.changedLittle
                ? []
                : [list([outcomeWords('As the room chose', split.road.actual), outcomeWords('The road not taken', split.road.other)])]),
            ]
          : []),
      ]
    : [paragraph('The room never split: at every decision the votes went to one option.')];
  return [
    {
      heading: "The room's plan",
      blocks: [
        field('Plan', `${debrief.planName}. ${debrief.planDescription}`),
        field(
          'Actions adopted',
          `${debrief.orientation.actions}: ${debrief.orientation.context} acting on the context, ${debrief.orientation.actions - debrief.orientation.context} on a young person; ${debrief.orientation.ecological} ecological, ${debrief.orientation.actions - debrief.orientation.ecological} behaviour-based.`,
        ),
        list(debrief.plan.map((a) => `${a.text} (${WHERE_LABELS[a.where]} · ${HOW_LABELS[a.how]})`)),
        field('Goal', debrief.goal.summary),
        subheading('The four domains'),
        list(debrief.domains.map((d) => `${d.met ? 'Met' : 'Missed'}: ${d.label}. ${d.reason}`)),
      ],
    },
    { heading: "Each agency's votes on the WHERE × HOW map", blocks: [list(room.profiles.map(profileLine))] },
    { heading: 'Where the room split most', blocks: splitBlocks },
    {
      heading: 'The pressure the game applied',
      blocks: room.pressure.length
        ? [
            list(
              room.pressure.map(
                (p) =>
                  `Decision ${p.turn}: the game pressed for ${p.pressed.map((t) => `"${t}"`).join(' and ')}; ${p.pressedVotes} of ${plural(p.votes, 'vote')} went to pressed options, and the room ${p.followed ? 'went with the pressure' : 'chose otherwise'} ("${p.chose}").`,
              ),
            ),
          ]
        : [paragraph('The game pressed no option hard in this session.')],
    },
    {
      heading: 'Naming it',
      blocks: [
        paragraph(
          debrief.nameIts.length
            ? `The room named ${plural(debrief.awareness.labels, 'proposal')}; its most common reading matched the author's on where ${debrief.awareness.whereAgreed} times and on how ${debrief.awareness.howAgreed} times.`
            : 'The room was not asked to name any proposals.',
        ),
      ],
    },
    { heading: 'Questions for the conversation', blocks: [list(room.prompts), field('One thing to take into practice', debrief.practice)] },
  ];
}

export function roomRecord(source: RecordSource, isoDate: string): RecordDocument {
  const { debrief: room } = source;
  const people = room.participants.reduce((sum, g) => sum + g.people, 0);
  return {
    title: `Away-day record: ${source.title}`,
    subtitle: longDate(isoDate),
    fileStem: fileStem('away-day', source.scenarioId, isoDate.slice(0, 10)),
    sections: [
      {
        heading: 'The session',
        blocks: [
          field('Scenario', source.title),
          field('Date', longDate(isoDate)),
          field('Participants', plural(people, 'person', 'people')),
          list(room.participants.map((g) => `${g.label}: ${g.people}`)),
          paragraph(PRIVACY_NOTE),
        ],
      },
      { heading: 'Decisions and the room’s totals', blocks: room.votes.flatMap(decisionBlocks) },
      ...findings(room),
    ],
  };
}
