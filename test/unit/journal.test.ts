// The journal's rules: hints drawn from the playthrough, entries built from the
// debrief, stored entries read safely, time spent, and the player's text kept
// as plain text.
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/model/debrief.ts';
import { recordChoice, recordNameIt, startScenario } from '../../src/model/scenario-state.ts';
import type { ScenarioState } from '../../src/model/scenario-state.ts';
import { gibbsHints, GIBBS_STAGES } from '../../src/model/reflection-hints.ts';
import { agencyName, minutesOf, stagesWritten } from '../../src/model/journal.ts';
import { readJournalEntry, writeJournalEntry } from '../../src/model/journal-schema.ts';
import { IDLE_CAP_MS, startActiveTime, tick } from '../../src/model/active-time.ts';
import { oneLine, paragraphs } from '../../src/model/player-text.ts';
import { MemoryStore } from '../../src/persistence/key-value-store.ts';
import { JournalStore } from '../../src/persistence/journal-store.ts';
import { meta, tags } from './fixtures.ts';
import { finishedShelter } from './journal-fixture.ts';
import { COMPILE_BUDGET } from '../budgets.ts';

const plan = (...steps: ((s: ScenarioState) => ScenarioState)[]) =>
  buildDebrief(
    steps.reduce((s, f) => f(s), startScenario({})),
    meta({ title: 'The Park', place: 'park' }),
  );
const adopt =
  (where: 'context' | 'individual', how: 'behaviour' | 'ecological', text = `${where} ${how}`, extra = {}) =>
  (s: ScenarioState) =>
    recordChoice(s, text, tags(where, how, extra));

describe('Gibbs hints come from what happened in this playthrough', () => {
  it.each([
    [
      'a park plan, mostly behaviour-based',
      [adopt('context', 'behaviour'), adopt('context', 'behaviour'), adopt('context', 'behaviour'), adopt('context', 'ecological')],
      /targeted the context \(the park\) in 4 of its 4 actions, and 3 of those were behaviour-based/,
    ],
    [
      'a plan about the young person',
      [adopt('individual', 'behaviour'), adopt('individual', 'ecological'), adopt('context', 'ecological')],
      /targeted the young people in 2 of its 3 actions, and 1 of those was behaviour-based/,
    ],
    ['no plan at all', [], /adopted no actions/],
  ])('analysis: %s', (_name, steps, hint) => {
    expect(gibbsHints(plan(...steps)).analysis).toMatch(hint);
  });

  it.each([
    ['met none', [adopt('individual', 'behaviour')], /met none of the four domains/, /missed "targets the social conditions of harm"/],
    [
      'met all',
      [adopt('context', 'ecological', 'x', { domains: ['welfare', 'partnership', 'measure'] })],
      /met 4 of the four domains/,
      /met all four domains/,
    ],
  ])('evaluation and action plan: %s', (_name, steps, evaluation, action) => {
    const hints = gibbsHints(plan(...steps));
    expect(hints.evaluation).toMatch(evaluation);
    expect(hints.actionPlan).toMatch(action);
  });

  it.each([
    ['skipped every time', [(s: ScenarioState) => recordNameIt(s, 'p', { where: 'context', how: 'behaviour' }, null)], /chose not to name/],
    [
      'named once, agreeing on WHERE only',
      [(s: ScenarioState) => recordNameIt(s, 'p', { where: 'context', how: 'behaviour' }, { where: 'context', how: 'ecological' })],
      /named 1 proposal: your WHERE matched the scenario author's reading 1 time, your HOW 0/,
    ],
  ])('conclusion: %s', (_name, steps, hint) => {
    expect(gibbsHints(plan(...steps)).conclusion).toMatch(hint);
  });

  it('feelings: says when the room pressed hard', () => {
    const pressed = (s: ScenarioState) => recordChoice(s, 'Disperse them', tags('context', 'behaviour'), { pressed: true });
    expect(gibbsHints(plan(adopt('context', 'ecological'), pressed)).feelings).toMatch(/At decision 2 the room was pressing hard/);
    expect(gibbsHints(plan(adopt('context', 'ecological'))).feelings).toMatch(/never pressed hard/);
  });

  it(
    'gives a hint for every stage of a real playthrough, with its real numbers',
    () => {
      const { debrief, entry } = finishedShelter();
      for (const stage of GIBBS_STAGES) expect(entry.hints[stage].length).toBeGreaterThan(20);
      expect(entry.hints.description).toContain(`You made ${debrief.decisions.length} decisions`);
      expect(entry.hints.description).toContain(debrief.planName);
    },
    COMPILE_BUDGET,
  );
});

describe('a journal entry', () => {
  it('keeps each decision with its WHERE, HOW, proposer and the reason given', () => {
    const { debrief, entry } = finishedShelter((turn) => (turn === 2 ? 'The councillor holds the ward budget' : undefined));
    expect(entry.decisions).toHaveLength(debrief.decisions.length);
    expect(entry.decisions[1]?.why).toBe('The councillor holds the ward budget');
    expect(entry.decisions.filter((d) => d.why)).toHaveLength(1);
    expect(entry.decisions.every((d, i) => d.where === debrief.decisions[i]?.where && d.how === debrief.decisions[i]?.how)).toBe(true);
    expect(entry.findings.metDomains.length + entry.findings.domainsMissed.length).toBe(4);
    expect(entry.minutes).toBe(34);
    expect(stagesWritten(entry)).toBe(0);
  });

  it.each([
    ['police', 'Inspector Gail Mercer, neighbourhood policing'],
    ['community-safety', 'community safety'],
    [null, null],
  ])('names the agency %s in words', (agency, expected) => {
    expect(agencyName(agency, { police: { name: 'Inspector Gail Mercer', role: 'neighbourhood policing' } })).toBe(expected);
  });

  it('reads back what was written', () => {
    const { entry } = finishedShelter();
    expect(readJournalEntry(writeJournalEntry(entry))).toEqual({ ok: true, entry });
  });

  const good = () => JSON.parse(writeJournalEntry(finishedShelter().entry)) as Record<string, unknown>;
  it.each([
    ['nothing', () => null, /no entry/],
    ['truncated JSON', () => writeJournalEntry(finishedShelter().entry).slice(0, 50), /damaged/],
    ['a newer version', () => JSON.stringify({ ...good(), version: 2 }), /newer version/],
    ['an id with a path in it', () => JSON.stringify({ ...good(), id: '../x' }), /damaged name/],
    ['a broken date', () => JSON.stringify({ ...good(), finishedAt: 'last week' }), /date/],
    ['negative minutes', () => JSON.stringify({ ...good(), minutes: -1 }), /time spent/],
    [
      'a decision with a made-up axis',
      () =>
        JSON.stringify({
          ...good(),
          decisions: [{ turn: 1, text: 't', where: 'moon', how: 'ecological', adopted: true, agency: null, why: null }],
        }),
      /decisions/,
    ],
    [
      'a reflection that is not text',
      () => JSON.stringify({ ...good(), reflection: { ...(good().reflection as object), feelings: 7 } }),
      /reflection/,
    ],
    ['a huge entry', () => JSON.stringify({ ...good(), scenarioTitle: 'x'.repeat(500_000) }), /far larger/],
  ])('reports %s in plain words', (_name, raw, problem) => {
    const read = readJournalEntry(raw());
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatch(problem);
  });
});

describe('the journal store', () => {
  const clock = () => new Date('2026-11-27T08:00:00.000Z');

  it('lists entries newest first and stamps each change', () => {
    const journal = new JournalStore(new MemoryStore(), clock);
    const { entry } = finishedShelter();
    journal.put(entry);
    journal.put({ ...entry, id: 'later', finishedAt: '2026-11-26T18:00:00.000Z' });
    expect(journal.list().entries.map((e) => e.id)).toEqual(['later', 'the-shelter-1']);
    expect(journal.get('later')?.updatedAt).toBe('2026-11-27T08:00:00.000Z');
  });

  it('moves an unreadable entry aside, unchanged, and reports it', () => {
    const store = new MemoryStore();
    store.set('journal:broken', '{"version":1,');
    const { entries, problems } = new JournalStore(store, clock).list();
    expect(entries).toEqual([]);
    expect(problems).toEqual([
      { id: 'broken', problem: expect.stringMatching(/damaged/), keptAs: 'aside:journal-broken:2026-11-27T08:00:00.000Z' },
    ]);
    expect(store.get('aside:journal-broken:2026-11-27T08:00:00.000Z')).toBe('{"version":1,');
  });
});

describe('time spent', () => {
  it.each([
    ['starts at the first action', [1000], 0],
    ['adds the gaps between actions', [0, 60_000, 90_000], 90_000],
    ['caps a long idle gap', [0, IDLE_CAP_MS * 5], IDLE_CAP_MS],
    ['ignores a clock that went backwards', [50_000, 10_000, 20_000], 10_000],
  ])('%s', (_name, times, expected) => {
    expect(times.reduce(tick, startActiveTime()).activeMs).toBe(expected);
  });

  it.each([
    [0, 0],
    [1, 1],
    [29_999, 1],
    [90_000, 2],
    [34 * 60_000, 34],
  ])('%i ms is %i minutes', (ms, minutes) => {
    expect(minutesOf(ms)).toBe(minutes);
  });
});

describe('what the player writes', () => {
  it.each([
    ['  two\nlines  ', 'two lines'],
    ['tab\tand\u0000null\u202ereversed', 'tab andnullreversed'],
    ['x'.repeat(300), 'x'.repeat(200)],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
  ])('one line: %j', (input, expected) => {
    expect(oneLine(input)).toBe(expected);
  });

  it.each([
    ['first\r\n\r\n\r\n\r\nsecond  \nthird', 'first\n\nsecond\nthird'],
    ['  padded  ', 'padded'],
  ])('paragraphs: %j', (input, expected) => {
    expect(paragraphs(input)).toBe(expected);
  });
});
