// Storage that fills up and frees again, tabs that write the same save, and
// two tabs editing one journal entry: the pure and port-level parts.
import { describe, expect, it } from 'vitest';
import { DeviceStore, MemoryStore, eraseDevice } from '../../src/persistence/key-value-store.ts';
import { SaveStore } from '../../src/persistence/save-store.ts';
import { JournalShell } from '../../src/shell/journal-shell.ts';
import { mergeEntry, changedElsewhere } from '../../src/model/journal-merge.ts';
import { finishedShelter } from './journal-fixture.ts';

/** A Storage with a byte budget, like a browser's quota. */
function quotaStorage(budget: number): Storage & { budget: number; data: Map<string, string> } {
  const data = new Map<string, string>();
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    data,
    budget,
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem(k: string, v: string) {
      if (used() - (data.get(k)?.length ?? 0) + k.length + v.length > this.budget) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => {
      data.delete(k);
    },
    clear: () => data.clear(),
  };
}

describe('device storage that fills up', () => {
  it('keeps reading real storage after a failed write, retries, and erase empties it', () => {
    const storage = quotaStorage(200);
    const store = new DeviceStore(() => storage);
    expect(store.set('journal:old', 'an older entry')).toBe(true);
    storage.setItem('filler', 'x'.repeat(150));
    expect(store.set('save:a', 'y'.repeat(60))).toBe(false);
    expect(store.unsaved()).toEqual(['save:a']);
    // Nothing stored vanishes from reads or lists after the failure.
    expect(store.get('journal:old')).toBe('an older entry');
    expect(store.keys().sort()).toEqual(['journal:old', 'save:a']);
    expect(store.retry()).toBe(false);
    storage.removeItem('filler');
    expect(store.retry()).toBe(true);
    expect(storage.getItem('rules-at-play:save:a')).toBe('y'.repeat(60));
    expect(store.durable).toBe(true);
    eraseDevice(store);
    expect([...storage.data.keys()]).toEqual([]);
  });

  it('erases what is held in memory and what is stored, even while full', () => {
    const storage = quotaStorage(60);
    const store = new DeviceStore(() => storage);
    store.set('journal:x', 'z'.repeat(20));
    expect(store.set('save:b', 'w'.repeat(50))).toBe(false);
    eraseDevice(store);
    expect([...storage.data.keys()]).toEqual([]);
    expect(store.keys()).toEqual([]);
  });
});

describe('two tabs writing one save', () => {
  const play = (n: number) => ({
    scenarioId: 'the-shelter',
    title: 'The Shelter',
    seed: 1,
    build: 'b1',
    activeMs: 0,
    events: Array.from({ length: n }, () => ({ type: 'choose' as const, index: 0 })),
  });

  it('writes only over the revision a tab last saw, and never brings back a removed save', () => {
    const saves = new SaveStore(new MemoryStore());
    const a = saves.save(play(1));
    if (a.result !== 'saved') throw new Error(a.result);
    // Tab B resumes: writing the same progress does not take the save over.
    const b = saves.save(play(1), a.rev);
    expect(b).toEqual({ result: 'saved', rev: a.rev });
    const a2 = saves.save(play(4), a.rev);
    expect(a2.result).toBe('saved');
    expect(saves.save(play(2), a.rev)).toMatchObject({ result: 'conflict', stored: { events: play(4).events } });
    expect(saves.get('the-shelter')?.events).toHaveLength(4);
    saves.remove('the-shelter');
    expect(saves.save(play(5), a2.result === 'saved' ? a2.rev : '')).toEqual({ result: 'gone', stored: null });
    expect(saves.get('the-shelter')).toBeNull();
  });
});

describe('two tabs editing one journal entry', () => {
  const { entry } = finishedShelter(() => 'first reason');

  it("merges field by field: each tab's change survives the other's", () => {
    const mine = { ...entry, reflection: { ...entry.reflection, feelings: 'Pressed' } };
    const theirs = { ...entry, reflection: { ...entry.reflection, conclusion: 'Ask first' }, cpd: { ...entry.cpd, relevance: 'My role' } };
    const merged = mergeEntry(entry, mine, theirs);
    expect(merged.reflection).toMatchObject({ feelings: 'Pressed', conclusion: 'Ask first' });
    expect(merged.cpd.relevance).toBe('My role');
    expect(changedElsewhere(mine, merged)).toBe(2);
  });

  it('merges reasons decision by decision', () => {
    const mine = { ...entry, decisions: entry.decisions.map((d, i) => (i === 0 ? { ...d, why: 'mine' } : d)) };
    const theirs = { ...entry, decisions: entry.decisions.map((d, i) => (i === 1 ? { ...d, why: 'theirs' } : d)) };
    expect(
      mergeEntry(entry, mine, theirs)
        .decisions.slice(0, 2)
        .map((d) => d.why),
    ).toEqual(['mine', 'theirs']);
  });

  it('does not bring back an entry deleted in another tab', () => {
    const store = new MemoryStore();
    const shell = new JournalShell(store, () => undefined, {
      exportRecord: () => Promise.reject(new Error('no files in this test')),
      exportCertificate: () => Promise.reject(new Error('no files in this test')),
    });
    shell.keep(entry);
    const mine = { ...entry, reflection: { ...entry.reflection, feelings: 'x' } };
    expect(shell.edit(entry, mine)).toBe('saved');
    store.remove(`journal:${entry.id}`);
    expect(shell.edit(mine, { ...mine, reflection: { ...mine.reflection, feelings: 'xy' } })).toBe('gone');
    expect(store.keys()).toEqual([]);
  });
});
