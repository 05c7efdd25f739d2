// Facilitator notes: parsed from tags into the model's types, handed to the
// console by each Step, listed in order for the guide, and checked by the
// story checker (missing and malformed notes, with file and line).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseLineTags } from '../../src/story/tag-parser.ts';
import { storyNotes } from '../../src/story/story-notes.ts';
import { begin, step } from '../../src/play/advance.ts';
import { decisionNote, scaleMinutes } from '../../src/model/facilitator-notes.ts';
import { checkStory } from '../../tools/ink/check-stories.ts';
import { compileInk } from '../../tools/ink/compile-ink.ts';
import { InkStory } from '../../src/story/story-runner.ts';
import { COMPILE_BUDGET, TOOL_BUDGET } from '../budgets.ts';

const NOTE = (title: string, minutes = '5') => [
  `facilitator: ${title}`,
  `facilitator-minutes: ${minutes}`,
  'facilitator-point: Nobody has a right answer here.',
  'facilitator-finding: Panels chose the right place and kept a behaviour method.',
  'facilitator-cite: Owens & Lloyd 2023, Implications',
  'facilitator-ask: Which agency would feel this cost first?',
];

const HEADER = `# title: The Bus Station
# summary: A short test scenario.
# themes: none
# minutes: 5
# research: A paraphrase.
# cite: Owens & Lloyd 2023, Findings
`;
const tagLines = (tags: string[]) => tags.map((t) => `# ${t}`).join('\n');

// Tags above the story's first line are its top tags, so the first note follows a line of text.
const FIXTURE = `${HEADER}It is Friday night.
${tagLines(NOTE('The first call'))}
Girls wait at the bus station at night. #section:referral
* [Train the night staff #where:context #how:ecological] Staff are trained.
* [Move the girls on #where:context #how:behaviour] The girls move on.
- ${tagLines(NOTE('Half a term on', '3'))}
Half a term later. #timeskip:Half a term later
It is quiet. #ending:quiet
-> END
`;

describe('a facilitator note in tags', () => {
  it('parses into the model type, and is never part of the text', () => {
    const { value, errors } = parseLineTags([...NOTE('The first call'), 'speaker:police']);
    expect(errors).toEqual([]);
    expect(value.facilitator).toEqual({
      title: 'The first call',
      minutes: 5,
      points: ['Nobody has a right answer here.'],
      finding: 'Panels chose the right place and kept a behaviour method.',
      cite: 'Owens & Lloyd 2023, Implications',
      questions: ['Which agency would feel this cost first?'],
    });
    expect(value.speaker).toBe('police');
  });

  it('says plainly what a malformed note lacks', () => {
    const { value, errors } = parseLineTags(['facilitator: Broken', 'facilitator-minutes: ten', 'facilitator-ask: Is this a question']);
    expect(value.facilitator).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]!.tag).toBe('facilitator: Broken');
    for (const part of ['minutes', 'talking points', "paper's finding", 'Owens & Lloyd', 'end with "?"'])
      expect(errors[0]!.message).toContain(part);
  });

  it('may carry the question for a "Name it" the room reads differently, which must be a question', () => {
    const ask = 'What would make this read as acting on the place?';
    expect(parseLineTags([...NOTE('Asked'), `facilitator-name-it-ask: ${ask}`]).value.facilitator?.nameItAsk).toBe(ask);
    expect(parseLineTags(NOTE('Not asked')).value.facilitator).not.toHaveProperty('nameItAsk');
    const { value, errors } = parseLineTags([...NOTE('Not a question'), 'facilitator-name-it-ask: Ask about the place']);
    expect(value.facilitator).toBeNull();
    expect(errors[0]!.message).toContain('end with "?"');
  });

  it('is read twice in one note as a mistake', () => {
    const { errors } = parseLineTags([...NOTE('Twice'), 'facilitator-cite: Owens & Lloyd 2023, Findings']);
    expect(errors.map((e) => e.message).join()).toContain('written twice');
  });

  it('scales suggested minutes to a session', () => {
    expect(scaleMinutes([5, 10, 5], 40)).toEqual([10, 20, 10]);
    expect(scaleMinutes([1, 30], 10)).toEqual([1, 9]);
    // Whole minutes that add up to the session, at least one each.
    const shares = scaleMinutes([6, 4, 6, 7, 8, 8, 6, 8, 6, 10, 4, 8, 5], 40);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(40);
    expect(Math.min(...shares)).toBeGreaterThanOrEqual(1);
    expect(scaleMinutes([30, 1, 1, 1], 4)).toEqual([1, 1, 1, 1]);
  });
});

describe('notes in a played story', () => {
  it(
    'come with the step that waits on their decision, and with the time skip',
    () => {
      const story = new InkStory(compileInk(FIXTURE, 'fixture.ink').json!);
      const first = begin(story);
      expect(decisionNote(first.notes)?.title).toBe('The first call');
      expect(first.lines.map((l) => l.text).join(' ')).not.toContain('facilitator');
      const last = step(story, first, 0);
      expect(last.ended).toBe(true);
      expect(last.notes).toEqual([{ moment: 'time-skip', note: expect.objectContaining({ title: 'Half a term on', minutes: 3 }) }]);
      expect(decisionNote(last.notes)).toBeNull();
    },
    COMPILE_BUDGET,
  );

  it(
    'are listed in order from the compiled story, each as a decision or a time skip',
    () => {
      const { notes, errors } = storyNotes(compileInk(FIXTURE, 'fixture.ink').json!);
      expect(errors).toEqual([]);
      expect(notes.map((n) => [n.moment, n.note.title])).toEqual([
        ['decision', 'The first call'],
        ['time-skip', 'Half a term on'],
      ]);
    },
    COMPILE_BUDGET,
  );
});

function storyFile(source: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'notes-')), 'bus-station.ink');
  writeFileSync(path, source);
  return path;
}

describe('the story checker and notes', () => {
  it(
    'passes a story with a note at every decision and time skip',
    () => {
      const check = checkStory(storyFile(FIXTURE), { shipped: true });
      expect(check.errors.filter((e) => e.message.includes('facilitator'))).toEqual([]);
    },
    TOOL_BUDGET,
  );

  it(
    'reports a missing note as an error in a shipped story, a warning in a draft, with the line',
    () => {
      const missing = FIXTURE.replace(tagLines(NOTE('The first call')), '').replace(tagLines(NOTE('Half a term on', '3')), '');
      const path = storyFile(missing);
      const shipped = checkStory(path, { shipped: true });
      const lines = missing.split('\n');
      const decision = shipped.errors.find((e) => e.message.includes('the decision after this line has no facilitator note'));
      expect(lines[decision!.line - 1]).toContain('Girls wait at the bus station');
      const skip = shipped.errors.find((e) => e.message.includes('time skip "Half a term later" has no facilitator note'));
      expect(lines[skip!.line - 1]).toContain('#timeskip:Half a term later');
      const draft = checkStory(path, { shipped: false });
      expect(draft.errors.filter((e) => e.message.includes('facilitator'))).toEqual([]);
      expect(draft.warnings.filter((e) => e.message.includes('facilitator'))).toHaveLength(2);
    },
    TOOL_BUDGET,
  );

  it(
    'reports a malformed note plainly, at the line of its tag',
    () => {
      const broken = FIXTURE.replace('# facilitator-minutes: 3', '# facilitator-minutes: soon');
      const check = checkStory(storyFile(broken), { shipped: true });
      const error = check.errors.find((e) => e.message.includes('this facilitator note needs'));
      expect(error?.message).toContain('whole number of minutes');
      expect(broken.split('\n')[error!.line - 1]).toBe('- # facilitator: Half a term on');
      expect(error!.file).toMatch(/bus-station\.ink$/);
    },
    TOOL_BUDGET,
  );
});
