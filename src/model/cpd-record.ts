// The CPD record: one journal entry laid out for Social Work England or for
// Social Care Wales, with the decisions, the debrief's findings, the
// reflection and the framework mapping. What the player wrote goes in as
// plain text; each writer escapes it for its own format.
import { DEFAULT_ACTIVITY_TYPE, orientationText } from './journal.ts';
import type { JournalEntry } from './journal.ts';
import { GIBBS_PROMPTS, GIBBS_STAGES, PEER_PROMPTS } from './reflection-hints.ts';

export { PEER_PROMPTS };
import { evidenceOf, frameworksInForce, mapToFramework } from './frameworks.ts';
import type { Framework, Jurisdiction } from './frameworks.ts';
import { field, fileStem, list, longDate, paragraph, subheading } from './record-document.ts';
import type { Block, RecordDocument, RecordSection } from './record-document.ts';

export interface RecordOptions {
  jurisdiction: Jurisdiction;
  frameworks: readonly Framework[];
  /** Wales: hours are optional, so the player chooses whether to include time spent. */
  includeTime: boolean;
}

function description(entry: JournalEntry): string {
  return `A reflective simulation (Rules at Play, scenario "${entry.scenarioTitle}") in which I sat on a multi-agency safeguarding panel responding to harm young people faced outside their families. I made ${entry.decisions.length} decisions, then reviewed where and how the panel's plan acted, using research by Owens and Lloyd (2023) on multi-agency responses to extra-familial harm.`;
}

const timeSpent = (entry: JournalEntry) =>
  `${entry.minutes} minute${entry.minutes === 1 ? '' : 's'} in the scenario (time spent reflecting and writing is not counted).`;

function decisionsSection(entry: JournalEntry): RecordSection {
  return {
    heading: 'Decisions and my reasons',
    blocks: entry.decisions.length
      ? entry.decisions.map((d) =>
          field(
            `Decision ${d.turn}: ${d.text}`,
            `${orientationText(d)}. ${d.adopted ? 'Adopted into the plan' : 'Not an action in the plan'}${d.agency ? `; proposed by ${d.agency}` : ''}. My reason: ${d.why ?? 'none given'}`,
            Boolean(d.why),
          ),
        )
      : [paragraph('No decisions were recorded.')],
  };
}

function findingsSection(entry: JournalEntry): RecordSection {
  const f = entry.findings;
  return {
    heading: 'What the debrief found',
    blocks: [
      field('The plan', `${f.planName}. ${f.planDescription}`),
      subheading('Domains of contextual safeguarding met'),
      f.domainsMet.length ? list(f.domainsMet) : paragraph('None.'),
      subheading('Domains missed'),
      f.domainsMissed.length ? list(f.domainsMissed) : paragraph('None.'),
      field(
        'Naming where and how',
        f.labels
          ? `I labelled ${f.labels} proposals; WHERE matched the scenario author's reading ${f.whereAgreed} times and HOW ${f.howAgreed} times.`
          : 'I did not label any proposals.',
      ),
      subheading('What the research found'),
      ...f.research.map(paragraph),
    ],
  };
}

function reflectionSection(entry: JournalEntry): RecordSection {
  return {
    heading: "Reflection (Gibbs' reflective cycle)",
    blocks: GIBBS_STAGES.map((s) => field(GIBBS_PROMPTS[s].label, entry.reflection[s], true)),
  };
}

function mappingSection(entry: JournalEntry, options: RecordOptions, day: string): RecordSection {
  const evidence = evidenceOf(entry);
  const blocks: Block[] = [];
  for (const framework of frameworksInForce(options.frameworks, options.jurisdiction, day)) {
    const mapping = mapToFramework(framework, evidence);
    const shown = mapping.items.filter((i) => i.shownBy.length);
    const notYet = mapping.items.filter((i) => !i.shownBy.length);
    blocks.push(subheading(mapping.name));
    blocks.push(
      shown.length ? list(shown.map((i) => `${i.label}: ${i.shownBy.join('; ')}.`)) : paragraph('Nothing in this record maps to it yet.'),
    );
    if (notYet.length) blocks.push(paragraph(`Not shown by this record: ${notYet.map((i) => i.label).join('; ')}.`));
    blocks.push(paragraph(`${mapping.source} ${mapping.note}`.trim()));
  }
  if (!blocks.length) blocks.push(paragraph('No framework files apply to this country on this date.'));
  return { heading: 'How this maps to professional frameworks', blocks };
}

function sourceSection(entry: JournalEntry): RecordSection {
  return {
    heading: 'Source',
    blocks: [
      list(entry.cite),
      paragraph(
        "Rules at Play is a simulation: its people, places and programmes are invented. This record was made on the learner's own device and has not been verified by anyone else.",
      ),
    ],
  };
}

export function buildCpdRecord(entry: JournalEntry, options: RecordOptions): RecordDocument {
  const day = entry.finishedAt.slice(0, 10);
  const activity = entry.cpd.activityType.trim() || DEFAULT_ACTIVITY_TYPE;
  const shared = [
    reflectionSection(entry),
    decisionsSection(entry),
    findingsSection(entry),
    mappingSection(entry, options, day),
    sourceSection(entry),
  ];
  if (options.jurisdiction === 'wales') {
    return {
      title: `Reflective learning record: ${entry.scenarioTitle}`,
      subtitle: `For Social Care Wales registration. Made with Rules at Play on ${longDate(entry.finishedAt)}. Read it through and edit it before you use it.`,
      fileStem: fileStem('reflective-record', entry.scenarioTitle, day),
      sections: [
        {
          heading: 'The learning activity',
          blocks: [
            field('What the activity was', activity, true),
            field('Date', longDate(entry.finishedAt)),
            field('Description', description(entry)),
            ...(options.includeTime ? [field('Time spent (optional)', timeSpent(entry))] : []),
            field('Why it matters for my practice', entry.cpd.relevance, true),
          ],
        },
        shared[0] as RecordSection,
        {
          heading: 'What I learned and what I will do',
          blocks: [
            field('What I learned', entry.reflection.conclusion, true),
            field('How it will change my practice', entry.cpd.impactOnPractice, true),
            field('The difference for the people I support', entry.cpd.impactOnPeople, true),
            field('Discussion with a colleague (optional)', entry.cpd.peerDiscussion, true),
          ],
        },
        ...shared.slice(1),
      ],
    };
  }
  return {
    title: `CPD record: ${entry.scenarioTitle}`,
    subtitle: `For Social Work England. Made with Rules at Play on ${longDate(entry.finishedAt)}. Read it through and edit it before you copy it to your online account.`,
    fileStem: fileStem('cpd-record', entry.scenarioTitle, day),
    sections: [
      {
        heading: 'CPD record',
        blocks: [
          field('Type of activity', activity, true),
          field('Date', longDate(entry.finishedAt)),
          field('Time spent', timeSpent(entry)),
          field('Short description', description(entry)),
          field('Why it is relevant to my practice', entry.cpd.relevance, true),
          field('What I learned', entry.reflection.conclusion, true),
          field('The impact on my practice', entry.cpd.impactOnPractice, true),
          field('The impact on the people I work with', entry.cpd.impactOnPeople, true),
        ],
      },
      {
        heading: 'Peer reflection',
        blocks: [
          paragraph(
            'Social Work England asks that at least one record in each registration year includes learning from a discussion with a peer. Prompts for that discussion:',
          ),
          list(PEER_PROMPTS),
          field('What I learned from discussing it with a peer', entry.cpd.peerDiscussion, true),
        ],
      },
      ...shared,
    ],
  };
}
