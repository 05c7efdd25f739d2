// Saves never lose work: bad saves are reported in plain words and kept
// aside, storage failures fall back to memory, and a save replays exactly.
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SAVE_VERSION, readSave, withoutLastDecision, writeSave } from '../../src/model/save-schema.ts';
import type { SavedEvent } from '../../src/model/save-schema.ts';
import { DeviceStore, MemoryStore, eraseDevice } from '../../src/persistence/key-value-store.ts';
import { SaveStore } from '../../src/persistence/save-store.ts';
import { parseSettings } from '../../src/model/settings.ts';
import { replay } from '../../src/play/playthrough.ts';
import { openShelter } from './story-fixture.ts';
import { COMPILE_BUDGET } from '../budgets.ts';

const good = {
  scenarioId: 'the-shelter',
  title: 'The Shelter',
  seed: 7,
  events: [{ type: 'choose', index: 1, id: 'referral#Start from the complaints' }] as SavedEvent[],
  savedAt: '2026-11-26T10:00:00.000Z',
  activeMs: 60_000,
  build: 'abc123',
  rev: 'r1',
};

describe('reading a save', () => {
  it('reads back what was written', () => {
    expect(readSave(writeSave(good))).toEqual({ ok: true, save: { version: SAVE_VERSION, ...good } });
  });

  it.each([
    ['nothing', null, /no save/],
    ['truncated JSON', writeSave(good).slice(0, 30), /damaged \(it is not complete/],
    ['not an object', '[1,2,3]', /not a saved game/],
    ['no version', JSON.stringify({ ...good }), /no version/],
    ['a newer version', JSON.stringify({ ...good, version: SAVE_VERSION + 1 }), /newer version of the game/],
    ['an older version with no migration', JSON.stringify({ ...good, version: 0 }), /not one this game can upgrade/],
    ['a wrong scenario type', JSON.stringify({ ...good, version: 1, scenarioId: 42 }), /which scenario/],
    ['a scenario id with markup', JSON.stringify({ ...good, version: 1, scenarioId: '<script>' }), /which scenario/],
    ['a wrong seed type', JSON.stringify({ ...good, version: 1, seed: 'seven' }), /seed/],
    ['events that are not events', JSON.stringify({ ...good, version: 1, events: [{ type: 'jump' }] }), /decisions/],
    ['a choice index out of range', JSON.stringify({ ...good, version: 1, events: [{ type: 'choose', index: -1 }] }), /decisions/],
    [
      'a naming with a made-up axis',
      JSON.stringify({ ...good, version: 1, events: [{ type: 'name', given: { where: 'moon', how: 'ecological' } }] }),
      /decisions/,
    ],
    ['a broken date', JSON.stringify({ ...good, version: 1, savedAt: 'yesterday' }), /date/],
    ['a huge string', JSON.stringify({ ...good, version: 1, title: 'x'.repeat(300_000) }), /far larger than any real save/],
    ['an overlong title', JSON.stringify({ ...good, version: 1, title: 'x'.repeat(500) }), /title/],
  ])('reports %s in plain words', (_name, raw, problem) => {
    const read = readSave(raw);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatch(problem);
  });

  it('keeps HTML and script in a title as plain text, to be rendered inert', () => {
    const read = readSave(writeSave({ ...good, title: '<img src=x onerror=alert(1)>' }));
    expect(read.ok && read.save.title).toBe('<img src=x onerror=alert(1)>');
  });

  it.each([
    ['a reason that is not text', { ...good, events: [{ type: 'choose', index: 0, why: 42 }] }, /decisions/],
    ['a reason far longer than one line', { ...good, events: [{ type: 'choose', index: 0, why: 'x'.repeat(500) }] }, /decisions/],
    ['a negative time spent', { ...good, activeMs: -5 }, /time spent/],
    ['a time spent of more than a day', { ...good, activeMs: 1e12 }, /time spent/],
    ['no time spent in a current save', { ...good, activeMs: undefined }, /time spent/],
    ['a choice id that is not text', { ...good, events: [{ type: 'choose', index: 0, id: 7 }] }, /decisions/],
    ['a build that is not a hash', { ...good, build: '<b>' }, /story it was made on/],
    ['no revision mark', { ...good, rev: undefined }, /revision/],
  ])('reports %s (format 3)', (_name, value, problem) => {
    const read = readSave(JSON.stringify({ ...value, version: 3 }));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatch(problem);
  });

  it('upgrades a version 1 save: decisions kept, time spent starts from nothing', () => {
    const v1 = {
      version: 1,
      scenarioId: 'the-shelter',
      title: 'The Shelter',
      seed: 7,
      events: [
        { type: 'choose', index: 1 },
        { type: 'name', given: null },
      ],
      savedAt: '2026-11-20T09:00:00.000Z',
    };
    expect(readSave(JSON.stringify(v1))).toEqual({ ok: true, save: { ...v1, version: SAVE_VERSION, activeMs: 0, build: null, rev: '' } });
  });

  it('still loads a save written today (format 2): no build, decisions by index', () => {
    // Exactly what the game wrote before format 3.
    const today =
      '{"version":2,"scenarioId":"the-shelter","title":"The Shelter","seed":482113,"events":[{"type":"choose","index":0,"why":"Their park"},{"type":"choose","index":1},{"type":"name","given":null}],"savedAt":"2026-11-26T18:02:11.000Z","activeMs":93000}';
    const read = readSave(today);
    expect(read).toEqual({ ok: true, save: { ...JSON.parse(today), version: SAVE_VERSION, build: null, rev: '' } });
  });

  it('has a migration for every earlier version', () => {
    for (let version = 1; version < SAVE_VERSION; version += 1) expect(MIGRATIONS[version]).toBeTypeOf('function');
  });
});

describe('taking back the last decision', () => {
  it.each([
    [[], []],
    [[{ type: 'choose', index: 0 }], []],
    [
      [
        { type: 'choose', index: 0 },
        { type: 'choose', index: 1 },
      ],
      [{ type: 'choose', index: 0 }],
    ],
    [
      [
        { type: 'choose', index: 0 },
        { type: 'name', given: null },
        { type: 'choose', index: 2 },
      ],
      [{ type: 'choose', index: 0 }],
    ],
    [
      [
        { type: 'choose', index: 0 },
        { type: 'name', given: null },
      ],
      [],
    ],
  ] as [SavedEvent[], SavedEvent[]][])('%j becomes %j', (events, expected) => {
    expect(withoutLastDecision(events)).toEqual(expected);
  });
});

describe('the save store', () => {
  const clock = () => new Date('2026-11-26T12:00:00.000Z');

  it('keeps several scenarios in progress at once', () => {
    const saves = new SaveStore(new MemoryStore(), clock);
    saves.save({ ...good });
    saves.save({ ...good, scenarioId: 'city-centre', title: 'City Centre' });
    expect(saves.list().saves.map((s) => s.scenarioId)).toEqual(['city-centre', 'the-shelter']);
  });

  it('moves an unreadable save aside, unchanged, and reports it', () => {
    const store = new MemoryStore();
    store.set('save:the-shelter', '{"version": 1, "scenarioId": "the-sh');
    const saves = new SaveStore(store, clock);
    const { saves: list, problems } = saves.list();
    expect(list).toEqual([]);
    expect(problems).toEqual([
      { scenarioId: 'the-shelter', problem: expect.stringMatching(/damaged/), keptAs: 'aside:the-shelter:2026-11-26T12:00:00.000Z' },
    ]);
    expect(store.get('aside:the-shelter:2026-11-26T12:00:00.000Z')).toBe('{"version": 1, "scenarioId": "the-sh');
    // A new save does not touch what was kept aside.
    saves.save({ ...good });
    expect(store.get('aside:the-shelter:2026-11-26T12:00:00.000Z')).toBe('{"version": 1, "scenarioId": "the-sh');
  });

  it('erases everything when asked', () => {
    const store = new MemoryStore();
    const saves = new SaveStore(store, clock);
    saves.save({ ...good });
    store.set('settings', '{}');
    eraseDevice(store);
    expect(store.keys()).toEqual([]);
  });

  it(
    'replays a save to the same line and the same numbers',
    () => {
      const first = replay(openShelter(), {
        scenarioId: 'the-shelter',
        seed: 3,
        events: [
          { type: 'choose', index: 0, why: 'It is their park too' },
          { type: 'choose', index: 0 },
          { type: 'choose', index: 1 },
        ],
      });
      const saves = new SaveStore(new MemoryStore(), clock);
      saves.save({
        scenarioId: 'the-shelter',
        title: 'The Shelter',
        seed: 3,
        events: [
          { type: 'choose', index: 0, why: 'It is their park too' },
          { type: 'choose', index: 0 },
          { type: 'choose', index: 1 },
        ],
        activeMs: 90_000,
        build: null,
      });
      const [save] = saves.list().saves;
      const again = replay(openShelter(), { scenarioId: save!.scenarioId, seed: save!.seed, events: save!.events });
      expect(again.lines).toEqual(first.lines);
      expect(again.model).toEqual(first.model);
      // The reason travels with the decision it explains, and the time spent with the save.
      expect(again.model.decisions.map((d) => d.why)).toEqual(['It is their park too', null, null]);
      expect(save!.activeMs).toBe(90_000);
    },
    COMPILE_BUDGET,
  );
});

describe('device storage', () => {
  const failing = (failOn: 'set' | 'all'): Storage => ({
    length: 0,
    key: () => null,
    getItem: () => {
      if (failOn === 'all') throw new Error('SecurityError');
      return null;
    },
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
    removeItem: () => undefined,
    clear: () => undefined,
  });

  it('keeps playing in memory when storage is full, and says it is not durable', () => {
    const store = new DeviceStore(() => failing('set'));
    expect(store.durable).toBe(true);
    expect(store.set('save:a', 'value')).toBe(false);
    expect(store.durable).toBe(false);
    expect(store.get('save:a')).toBe('value');
  });

  it('works in memory when storage is disabled altogether', () => {
    const store = new DeviceStore(() => failing('all'));
    expect(store.durable).toBe(false);
    expect(store.set('k', 'v')).toBe(false);
    expect(store.get('k')).toBe('v');
  });

  it('works in memory when there is no storage at all', () => {
    const store = new DeviceStore(() => {
      throw new Error('denied');
    });
    expect(store.durable).toBe(false);
    expect(store.set('k', 'v')).toBe(false);
    expect(store.keys()).toEqual(['k']);
  });
});

describe('settings', () => {
  it.each([
    [null, { muted: false, volume: 60, captions: true, contrast: false }],
    ['not json', { muted: false, volume: 60 }],
    ['{"muted":true,"volume":250,"captions":"yes"}', { muted: true, volume: 100, captions: true }],
    ['{"volume":-5,"contrast":true}', { volume: 0, contrast: true }],
  ])('reads %s safely', (stored, expected) => {
    expect(parseSettings(stored)).toMatchObject(expected);
  });
});
