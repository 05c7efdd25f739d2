// The tags that make a decision an honest dilemma: the author's reading,
// contested readings, pressure, unscored choices, goals, what is known, and
// each option's cost and benefit.
import { describe, expect, it } from 'vitest';
import { parseChoiceTags, parseLineTags, parseStoryTags } from '../../src/story/tag-parser.ts';

describe('choice tags for dilemmas', () => {
  it.each([
    {
      name: "the author's reading, contested",
      tags: ['where:context', 'how:behaviour', 'why:It acts on the park by sanctioning people in it.', 'contested'],
      value: { reading: 'It acts on the park by sanctioning people in it.', contested: true, pressure: false },
    },
    {
      name: 'a pressed, costed action',
      tags: [
        'where:individual',
        'how:behaviour',
        'adopt',
        'pressure',
        'cost:Mia loses her friends',
        'benefit:She is away from the stop this week',
        'cost:Two buses a day',
      ],
      value: { pressure: true, costs: ['Mia loses her friends', 'Two buses a day'], benefits: ['She is away from the stop this week'] },
    },
    {
      name: 'a goal',
      tags: ['where:context', 'how:ecological', 'goal', 'domain:measure'],
      value: { goal: true, adopt: false, domains: ['measure'] },
    },
    {
      name: 'finding out, unscored',
      tags: ['unscored', 'learns:timetables', 'time:-10'],
      value: { where: null, how: null, reading: null, learns: ['timetables'], effects: { time: -10 } },
    },
    {
      name: 'needing a fact',
      tags: ['where:context', 'how:ecological', 'needs-known:timetables', 'needs-known:bus-times'],
      value: { needsKnown: ['timetables', 'bus-times'] },
    },
  ])('$name', ({ tags, value }) => {
    const parsed = parseChoiceTags(tags);
    expect(parsed.errors).toEqual([]);
    expect(parsed.value).toMatchObject(value);
  });

  it.each([
    ['an unscored choice with an axis', ['unscored', 'where:context'], /has no #where, #how, #why or #contested/],
    ['an unscored choice with a reading', ['unscored', 'why:because'], /has no #where, #how, #why or #contested/],
    ['an adopted action left unscored', ['unscored', 'adopt'], /always scored/],
    ['a goal left unscored', ['unscored', 'goal'], /always scored/],
    ['an empty reading', ['where:context', 'how:ecological', 'why:'], /"why" needs a few words/],
    ['an empty cost', ['where:context', 'how:ecological', 'cost'], /"cost" needs a few words/],
    ['a flag with a value', ['where:context', 'how:ecological', 'pressure:yes'], /"pressure" takes no value/],
    ['a fact with a bad name', ['where:context', 'how:ecological', 'learns:Time Tables'], /lower-case name with dashes/],
    ['no axis and not unscored', ['adopt'], /or #unscored for information gathering/],
  ])('rejects %s', (_name, tags, message) => {
    const messages = parseChoiceTags(tags)
      .errors.map((e) => e.message)
      .join(' | ');
    expect(messages).toMatch(message);
  });
});

describe('line tags for dilemmas', () => {
  it("reads a name-it with the author's reason, and facts learned on a line", () => {
    const parsed = parseLineTags([
      'name-it:individual-behaviour',
      'why:Each pupil is asked to choose differently.',
      'contested',
      'learns:hotspots',
    ]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.value).toMatchObject({
      nameIt: { where: 'individual', how: 'behaviour' },
      reading: 'Each pupil is asked to choose differently.',
      contested: true,
      learns: ['hotspots'],
    });
  });

  it('refuses a reading on a line with nothing to name', () => {
    expect(parseLineTags(['why:because']).errors[0]?.message).toMatch(/go with #name-it/);
  });
});

describe("a scenario's objectives and facts", () => {
  it('reads objectives in order and facts by name', () => {
    const parsed = parseStoryTags([
      'title: T',
      'summary: S',
      'themes: a',
      'minutes: 5',
      'research: R',
      'cite: C',
      'objectives: Tell WHERE from HOW',
      "objectives: Notice the room's pressure",
      'fact: timetables = how many pupils are on part-time timetables',
    ]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.value.objectives).toEqual(['Tell WHERE from HOW', "Notice the room's pressure"]);
    expect(parsed.value.facts).toEqual({ timetables: 'how many pupils are on part-time timetables' });
  });

  it('explains a fact it cannot read', () => {
    expect(
      parseStoryTags(['fact: timetables'])
        .errors.map((e) => e.message)
        .join(),
    ).toMatch(/fact: name-with-dashes = what the panel finds out/);
  });
});
