// The journal backup file: what it holds, what it refuses (each with a plain
// reason), and what restoring it would change on a device.
import { describe, expect, it } from 'vitest';
import { BACKUP_MAX_BYTES, backupFileName, makeBackup, readBackup, writeBackup } from '../../src/model/backup.ts';
import type { BackupContents } from '../../src/model/backup.ts';
import { asideKey, mergeCopies, planChanges, planRestore, restoredTag } from '../../src/model/backup-plan.ts';
import type { DeviceHolding } from '../../src/model/backup-plan.ts';
import type { JournalEntry } from '../../src/model/journal.ts';
import { SAVE_VERSION } from '../../src/model/save-schema.ts';
import type { SaveGame } from '../../src/model/save-schema.ts';
import { DEFAULT_SETTINGS } from '../../src/model/settings.ts';
import { COMPILE_BUDGET } from '../budgets.ts';
import { finishedShelter } from './journal-fixture.ts';

const save = (scenarioId: string, events: SaveGame['events'], savedAt: string, rev: string): SaveGame => ({
  version: SAVE_VERSION,
  scenarioId,
  title: scenarioId.replace(/-/g, ' '),
  seed: 7,
  events,
  savedAt,
  activeMs: 60_000,
  build: 'abc123',
  rev,
});
const choose = (index: number) => ({ type: 'choose' as const, index });

let shelter: JournalEntry;
const entry = (id: string, changes: Partial<JournalEntry> = {}): JournalEntry => ({ ...shelter, id, ...changes });
const withReflection = (e: JournalEntry, stage: keyof JournalEntry['reflection'], text: string, updatedAt: string): JournalEntry => ({
  ...e,
  reflection: { ...e.reflection, [stage]: text },
  updatedAt,
});

const contents = (): BackupContents => ({
  journal: [entry('a-1'), withReflection(entry('b-2'), 'feelings', 'Uneasy about the dispersal order.', '2026-11-26T12:00:00.000Z')],
  saves: [save('the-shelter', [choose(0), choose(1)], '2026-11-26T11:00:00.000Z', 'r1')],
  settings: { ...DEFAULT_SETTINGS, captions: false },
});
const fileText = () => writeBackup(makeBackup(contents(), new Date('2026-11-27T09:00:00Z')));

describe('the backup file', () => {
  it('is made once from a real entry (the fixture plays The Shelter)', { timeout: COMPILE_BUDGET }, () => {
    shelter = finishedShelter((turn) => (turn === 1 ? 'Start with the facts' : undefined)).entry;
    expect(shelter.decisions.length).toBeGreaterThan(0);
  });

  it('names the game and its format, and reads back exactly what was written', () => {
    const text = fileText();
    const read = readBackup(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.backup).toMatchObject({ game: 'rules-at-play', kind: 'journal-backup', format: 1, madeAt: '2026-11-27T09:00:00.000Z' });
    expect(read.backup.contents).toEqual(contents());
    expect(read.backup.note).toMatch(/personal reflections/);
    expect(backupFileName(new Date('2026-11-27T09:00:00Z'))).toBe('rules-at-play-journal-2026-11-27.json');
  });

  const good = () => JSON.parse(fileText()) as Record<string, unknown>;
  const bad: [string, () => string, RegExp][] = [
    ['an empty file', () => '', /empty/],
    ['a file cut short', () => fileText().slice(0, Math.floor(fileText().length * 0.6)), /damaged or incomplete/],
    ['a text file that is not JSON', () => 'Dear diary,\nToday the panel met.', /damaged or incomplete/],
    ['another program’s JSON', () => JSON.stringify({ name: 'my-app', version: '1.0.0' }), /not a Rules at Play journal backup/],
    ['a single journal entry, not a backup', () => JSON.stringify(shelter), /not a Rules at Play journal backup/],
    ['a backup from a newer version', () => JSON.stringify({ ...good(), format: 2 }), /newer version of the game \(backup format 2\)/],
    ['a backup with no format', () => JSON.stringify({ ...good(), format: 'one' }), /does not say which format/],
    ['a backup of format 0', () => JSON.stringify({ ...good(), format: 0 }), /format \(0\) is not one this game can read/],
    ['a reflection edited by hand', () => fileText().replace('Uneasy about', 'Calm about'), /changed since the game made it/],
    ['a save edited by hand', () => fileText().replace('"index": 1', '"index": 2'), /changed since the game made it/],
    ['an entry removed by hand', () => JSON.stringify({ ...good(), contents: { ...contents(), journal: [] } }), /changed since/],
    ['a checksum removed', () => JSON.stringify({ ...good(), checksum: undefined }), /its check is missing/],
    ['no contents', () => JSON.stringify({ ...good(), contents: null }), /holds no journal/],
  ];
  it.each(bad)('refuses %s, with a plain reason, and says nothing was changed', (_name, make, reason) => {
    const read = readBackup(make());
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problem).toMatch(reason);
    expect(read.problem).toMatch(/Nothing was changed/);
  });

  it('refuses a damaged entry or a duplicated one even when its check matches (a file made by something else)', () => {
    const remade = (c: BackupContents) => writeBackup(makeBackup(c, new Date()));
    const damaged = { ...contents(), journal: [{ ...shelter, minutes: -4 }] };
    const twice = { ...contents(), journal: [entry('a-1'), entry('a-1')] };
    const twoSaves = { ...contents(), saves: [save('x', [], '2026-01-01T00:00:00Z', 'a'), save('x', [], '2026-01-01T00:00:00Z', 'b')] };
    expect(readBackup(remade(damaged))).toEqual({
      ok: false,
      problem: 'Journal entry 1 in the file cannot be read. The entry has a damaged time spent. Nothing was changed.',
    });
    expect(readBackup(remade(twice))).toMatchObject({ ok: false, problem: expect.stringMatching(/journal entry 2 twice/) });
    expect(readBackup(remade(twoSaves))).toMatchObject({ ok: false, problem: expect.stringMatching(/two saved games of "x"/) });
  });

  it('refuses an oversized file by its size, before reading it', () => {
    expect(readBackup(fileText(), BACKUP_MAX_BYTES + 1)).toMatchObject({ ok: false, problem: expect.stringMatching(/far larger/) });
    expect(readBackup('x'.repeat(BACKUP_MAX_BYTES + 1))).toMatchObject({ ok: false, problem: expect.stringMatching(/far larger/) });
  });
});

describe('restoring a backup', () => {
  const empty: DeviceHolding = { entries: [], saves: [], hasSettings: false, asideKeys: new Set() };

  it('on an empty device adds every entry, save and the settings', () => {
    const plan = planRestore(contents(), empty);
    expect(plan.addEntries.map((e) => e.id)).toEqual(['a-1', 'b-2']);
    expect(plan.addSaves.map((s) => s.scenarioId)).toEqual(['the-shelter']);
    expect(plan.settings).toEqual({ ...DEFAULT_SETTINGS, captions: false });
    expect(planChanges(plan)).toBe(4);
  });

  it('onto the device it came from changes nothing (restoring twice adds nothing)', () => {
    const c = contents();
    const plan = planRestore(c, { entries: c.journal, saves: c.saves, hasSettings: true, asideKeys: new Set() });
    expect(plan).toMatchObject({ unchangedEntries: 2, unchangedSaves: 1, settings: null });
    expect(planChanges(plan)).toBe(0);
  });

  const newer = '2026-11-27T08:00:00.000Z';
  const older = '2026-11-20T08:00:00.000Z';
  // Made when each case runs: the fixture entry exists only once the first test has played The Shelter.
  const cases: [string, () => JournalEntry, () => JournalEntry, Partial<JournalEntry['reflection']>][] = [
    [
      'the file fills a step this device left blank',
      () => withReflection(entry('c'), 'analysis', 'Here', newer),
      () => withReflection(entry('c'), 'feelings', 'From the file', older),
      { analysis: 'Here', feelings: 'From the file' },
    ],
    [
      'where both wrote the same step, the more recently edited copy wins (the file)',
      () => withReflection(entry('c'), 'feelings', 'Old words', older),
      () => withReflection(entry('c'), 'feelings', 'New words', newer),
      { feelings: 'New words' },
    ],
    [
      'where both wrote the same step, the more recently edited copy wins (this device)',
      () => withReflection(entry('c'), 'feelings', 'New words', newer),
      () => withReflection(entry('c'), 'feelings', 'Old words', older),
      { feelings: 'New words' },
    ],
    [
      'a step the newer copy left blank keeps the older copy’s writing',
      () => withReflection(entry('c'), 'description', 'Written long ago', older),
      () => withReflection(entry('c'), 'conclusion', 'Written today', newer),
      { description: 'Written long ago', conclusion: 'Written today' },
    ],
  ];
  it.each(cases)('merges an entry both hold: %s', (_name, makeHere, makeFromFile, expected) => {
    const [here, fromFile] = [makeHere(), makeFromFile()];
    const merged = mergeCopies(here, fromFile);
    expect(merged.reflection).toMatchObject(expected);
    const plan = planRestore({ journal: [fromFile], saves: [], settings: null }, { ...empty, entries: [here] });
    expect(plan.addEntries).toEqual([]);
    if (JSON.stringify(merged.reflection) === JSON.stringify(here.reflection)) expect(plan.unchangedEntries).toBe(1);
    else expect(plan.mergeEntries).toEqual([merged]);
    // Restoring again onto the merged entry finds nothing more to do.
    const again = planRestore({ journal: [fromFile], saves: [], settings: null }, { ...empty, entries: [{ ...merged, updatedAt: newer }] });
    expect(planChanges(again)).toBe(0);
  });

  it('merges the reasons given at decisions the same way', () => {
    const here = { ...entry('d'), updatedAt: newer, decisions: shelter.decisions.map((d, i) => ({ ...d, why: i === 0 ? null : d.why })) };
    const fromFile = {
      ...entry('d'),
      updatedAt: older,
      decisions: shelter.decisions.map((d, i) => ({ ...d, why: i === 0 ? 'From the file' : d.why })),
    };
    expect(mergeCopies(here, fromFile).decisions[0]?.why).toBe('From the file');
  });

  it('of two different saves of one scenario: the newer takes the slot, the other is kept aside, once', () => {
    const here = save('the-shelter', [choose(0)], '2026-11-26T10:00:00.000Z', 'mine');
    const newerInFile = save('the-shelter', [choose(1), choose(0)], '2026-11-26T12:00:00.000Z', 'theirs');
    const olderInFile = save('the-shelter', [choose(2)], '2026-11-26T09:00:00.000Z', 'old');
    const device = { ...empty, saves: [here] };
    expect(planRestore({ journal: [], saves: [newerInFile], settings: null }, device).replaceSaves).toEqual([
      { save: newerInFile, expectedRev: 'mine' },
    ]);
    const aside = planRestore({ journal: [], saves: [olderInFile], settings: null }, device).asideSaves;
    expect(aside).toEqual([{ save: olderInFile, tag: restoredTag(olderInFile) }]);
    const keptAlready = { ...device, asideKeys: new Set([asideKey('the-shelter', restoredTag(olderInFile))]) };
    expect(planChanges(planRestore({ journal: [], saves: [olderInFile], settings: null }, keptAlready))).toBe(0);
    // The same decisions under another revision are the same save.
    const same = { ...here, rev: 'other', savedAt: '2026-11-27T00:00:00.000Z' };
    expect(planRestore({ journal: [], saves: [same], settings: null }, device).unchangedSaves).toBe(1);
  });

  it("keeps this device's own settings", () => {
    expect(planRestore(contents(), { ...empty, hasSettings: true }).settings).toBeNull();
  });
});
