import { describe, expect, it } from 'vitest';
import { parseChoiceTags, parseLineTags, parseStoryTags, splitTag } from '../../src/story/tag-parser.ts';

describe('splitTag', () => {
  it.each([
    ['where:context', { key: 'where', value: 'context' }],
    [' where : context ', { key: 'where', value: 'context' }],
    ['adopt', { key: 'adopt', value: '' }],
    ['WHERE:context', { key: 'where', value: 'context' }],
    ['research: a: b', { key: 'research', value: 'a: b' }],
  ])('%s', (raw, expected) => {
    expect(splitTag(raw)).toMatchObject(expected);
  });
});

describe('parseChoiceTags', () => {
  it.each([
    {
      name: 'orientation only',
      tags: ['where:context', 'how:ecological'],
      value: { where: 'context', how: 'ecological', adopt: false, agency: null, domains: [], effects: {} },
    },
    {
      name: 'a full action',
      tags: [
        'where:context',
        'how:behaviour',
        'adopt',
        'agency:police',
        'domain:welfare',
        'domain:partnership',
        'anxiety:-2',
        'youth-trust:-1',
      ],
      value: {
        where: 'context',
        how: 'behaviour',
        adopt: true,
        agency: 'police',
        domains: ['welfare', 'partnership'],
        effects: { anxiety: -2, youthTrust: -1 },
      },
    },
    {
      name: 'repeated effects add up',
      tags: ['where:individual', 'how:behaviour', 'trust:+1', 'trust:+2', 'time:-10'],
      value: { where: 'individual', how: 'behaviour', effects: { trust: 3, time: -10 } },
    },
  ])('reads $name', ({ tags, value }) => {
    const parsed = parseChoiceTags(tags);
    expect(parsed.errors).toEqual([]);
    expect(parsed.value).toMatchObject(value);
  });

  it.each([
    { name: 'no tags', tags: [], messages: [/#where:/, /#how:/] },
    { name: 'missing how', tags: ['where:context'], messages: [/#how:/] },
    { name: 'a bad where', tags: ['where:park', 'how:ecological'], messages: [/"where" must be one of individual, context/, /#where:/] },
    { name: 'a bad how', tags: ['where:context', 'how:nice'], messages: [/"how" must be one of behaviour, ecological/, /#how:/] },
    { name: 'an unknown key', tags: ['where:context', 'how:ecological', 'colour:red'], messages: [/unknown tag "colour"/] },
    { name: 'a bad number', tags: ['where:context', 'how:ecological', 'risk:lots'], messages: [/"risk" needs a whole number/] },
    { name: 'a bad domain', tags: ['where:context', 'how:ecological', 'domain:vibes'], messages: [/"domain" must be one of/] },
    { name: 'a bad agency name', tags: ['where:context', 'how:ecological', 'agency:Youth Work'], messages: [/lower-case name/] },
    { name: 'adopt with a value', tags: ['where:context', 'how:ecological', 'adopt:yes'], messages: [/"adopt" takes no value/] },
  ])('reports $name', ({ tags, messages }) => {
    const parsed = parseChoiceTags(tags);
    expect(parsed.errors.map((e) => e.message)).toHaveLength(messages.length);
    messages.forEach((pattern, i) => expect(parsed.errors[i]?.message).toMatch(pattern));
  });

  it('returns no value when an axis is missing', () => {
    expect(parseChoiceTags(['where:context']).value).toBeNull();
  });
});

describe('parseLineTags', () => {
  it.each([
    { tags: [], value: { speaker: null, scene: null, section: null, timeskip: null, ending: null, effects: {} } },
    { tags: ['speaker:youth-work'], value: { speaker: 'youth-work' } },
    { tags: ['section:referral', 'scene:room'], value: { section: 'referral', scene: 'room' } },
    { tags: ['timeskip:Six weeks later'], value: { timeskip: 'Six weeks later' } },
    { tags: ['ending:out-of-sight'], value: { ending: 'out-of-sight' } },
    { tags: ['risk:+2', 'anxiety:+2'], value: { effects: { risk: 2, anxiety: 2 } } },
  ])('reads $tags', ({ tags, value }) => {
    const parsed = parseLineTags(tags);
    expect(parsed.errors).toEqual([]);
    expect(parsed.value).toMatchObject(value);
  });

  it.each([
    [['where:context'], /unknown tag "where"/],
    [['speaker:Gail Mercer'], /lower-case name/],
    [['timeskip'], /"timeskip" needs a label/],
  ])('reports %s', (tags, pattern) => {
    expect(parseLineTags(tags).errors[0]?.message).toMatch(pattern);
  });
});

describe('parseStoryTags', () => {
  const minimal = ['title: T', 'summary: S', 'themes: a, b', 'minutes: 20', 'research: R', 'cite: C'];

  it('reads the metadata a scenario declares', () => {
    const parsed = parseStoryTags([
      ...minimal,
      'site: C',
      'order: 2',
      'cast: police = Inspector Gail Mercer, neighbourhood policing',
      'start: risk 6, anxiety 5, youth-trust 3',
      'research: R2',
    ]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.value).toMatchObject({
      title: 'T',
      themes: ['a', 'b'],
      site: 'C',
      order: 2,
      research: ['R', 'R2'],
      cast: { police: { name: 'Inspector Gail Mercer', role: 'neighbourhood policing' } },
      start: { risk: 6, anxiety: 5, youthTrust: 3 },
    });
  });

  it.each([
    [['title: T'], /"# summary:"/],
    [[...minimal, 'cast: police'], /cast: id = Name, role/],
    [[...minimal, 'start: risk lots'], /could not read "risk lots"/],
    [[...minimal, 'order: first'], /"order" needs a whole number/],
    [[...minimal, 'author: me'], /unknown tag "author"/],
  ])('reports %s', (tags, pattern) => {
    expect(
      parseStoryTags(tags)
        .errors.map((e) => e.message)
        .join('\n'),
    ).toMatch(pattern);
  });
});

describe('map tags', () => {
  it('collects the features a line adds to the context map', () => {
    expect(parseLineTags(['map:shelter-moved', 'map:youth-worker']).value.map).toEqual(['shelter-moved', 'youth-worker']);
    expect(parseLineTags(['map:Shelter Moved']).errors[0]?.message).toMatch(/lower-case name/);
  });
});
