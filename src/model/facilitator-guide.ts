// A facilitator guide for one scenario, as a record document (Markdown and
// PDF from the same structure): objectives, timings for a 60- and a 90-minute
// session scaled from the notes' suggested minutes, the seats to fill, every
// note in the order the story has them, the paper's findings used, and how to
// run the debrief.
import { scaleMinutes } from './facilitator-notes.ts';
import type { MomentNote } from './facilitator-notes.ts';
import type { Seat } from './facilitator-seats.ts';
import type { ScenarioMeta } from './scenario.ts';
import { fileStem, list, paragraph, subheading } from './record-document.ts';
import type { Block, RecordDocument, RecordSection } from './record-document.ts';

/** A session's fixed parts: an opening (seats, ground rules) and the debrief; the moments share the rest. */
export const SESSIONS = [
  { minutes: 60, opening: 5, debrief: 15 },
  { minutes: 90, opening: 10, debrief: 20 },
] as const;

const momentLabel = (moment: MomentNote['moment']) => (moment === 'decision' ? 'decision' : 'time skip');

function timings(notes: readonly MomentNote[]): Block[] {
  const suggested = notes.reduce((sum, n) => sum + n.note.minutes, 0);
  const blocks: Block[] = [
    paragraph(
      `The notes suggest ${suggested} minutes of discussion across ${notes.length} moments. Each session below keeps its opening and its debrief and shares the rest between the moments in proportion; where the room is absorbed, let a moment run and shorten a later one.`,
    ),
  ];
  for (const session of SESSIONS) {
    const share = scaleMinutes(
      notes.map((n) => n.note.minutes),
      session.minutes - session.opening - session.debrief,
    );
    blocks.push(
      subheading(`A ${session.minutes}-minute session`),
      list([
        `Opening: seats, roles and ground rules, ${session.opening} minutes`,
        ...notes.map((n, i) => `${n.note.title} (${momentLabel(n.moment)}): ${share[i]} minutes`),
        `Debrief: ${session.debrief} minutes`,
      ]),
    );
  }
  return blocks;
}

function seatsSection(meta: ScenarioMeta, seats: readonly Seat[]): Block[] {
  return [
    paragraph(
      `Give each table or person one seat and its role card. ${meta.cast.you ? `The room as a whole plays you: ${meta.cast.you.role}.` : ''}`.trim(),
    ),
    list(seats.map((s) => `${s.agency}: ${s.name}, ${s.role}`)),
  ];
}

function momentsSection(notes: readonly MomentNote[]): Block[] {
  return notes.flatMap(({ moment, note }, i) => [
    subheading(`${i + 1}. ${note.title} (${momentLabel(moment)}, about ${note.minutes} minutes)`),
    list(note.points),
    paragraph(`From the paper: ${note.finding} (${note.cite})`),
    list([
      ...note.questions.map((q) => `Ask the room: ${q}`),
      ...(note.nameItAsk ? [`If the room reads the "Name it" differently from the author: ${note.nameItAsk}`] : []),
    ]),
  ]);
}

function findingsSection(meta: ScenarioMeta, notes: readonly MomentNote[]): Block[] {
  const byCite = new Map<string, string[]>();
  for (const { note } of notes) {
    const findings = byCite.get(note.cite) ?? [];
    if (!findings.includes(note.finding)) findings.push(note.finding);
    byCite.set(note.cite, findings);
  }
  return [
    ...meta.research.map((text) => paragraph(text)),
    ...(meta.cite.length ? [paragraph(`Sources in the paper: ${meta.cite.join('; ')}.`)] : []),
    ...[...byCite].flatMap(([cite, findings]) => [subheading(cite), list(findings)]),
    paragraph(
      'Owens, R. & Lloyd, J. (2023). From behaviour-based to ecological: multi-agency partnership responses to extra-familial harm. Journal of Social Work. The findings above are paraphrased; read the paper for its own words.',
    ),
  ];
}

const DEBRIEF: Block[] = [
  list([
    'Start with the ending the room reached, and ask each seat what its agency would report about it, and to whom.',
    'Put the plan on the WHERE × HOW cross: which actions acted on a young person and which on the place, group or institution; which worked by changing behaviour and which by changing conditions.',
    'Go back to the decision where the room split most. Ask each side what they were protecting, not which side was right.',
    'Compare the goal the room set with what its plan measured.',
    'Ask where pressure in the room shaped a choice, and what would have helped the room hold it.',
    'Close with the learning objectives: ask each person for one thing they would do differently in their own agency on Monday.',
  ]),
  paragraph(
    'There is no right answer to give. Readings of WHERE and HOW marked as contested are points for discussion; let practitioners disagree, and ask what their agency would need from the others to act differently.',
  ),
];

export function buildFacilitatorGuide(meta: ScenarioMeta, notes: readonly MomentNote[], seats: readonly Seat[]): RecordDocument {
  const sections: RecordSection[] = [
    {
      heading: 'The scenario',
      blocks: [paragraph(meta.summary), paragraph(`Themes: ${meta.themes.join(', ')}. Played alone it takes ${meta.minutes} minutes.`)],
    },
    { heading: 'Learning objectives', blocks: [list(meta.objectives)] },
    { heading: 'Timings', blocks: timings(notes) },
    { heading: 'Seats to fill', blocks: seatsSection(meta, seats) },
    { heading: 'The moments, in order', blocks: momentsSection(notes) },
    { heading: "The paper's findings used", blocks: findingsSection(meta, notes) },
    { heading: 'How to debrief', blocks: DEBRIEF },
  ];
  return {
    title: `Facilitator guide: ${meta.title}`,
    subtitle: 'Rules at Play · for trainers running the scenario with a room · made on this device',
    sections,
    fileStem: fileStem('facilitator-guide', meta.title),
  };
}
