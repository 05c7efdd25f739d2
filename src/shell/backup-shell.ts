// Wires the journal backup: gathers what the device keeps into one file, and
// restores a file after the player has seen what it would add. The plan is
// worked out again at the moment of restoring (another tab may have written
// since the preview), and every write goes through the stores' own rules:
// journal entries merged field by field, saves compare-and-set on their
// revision, settings only where this device has none.
import { backupFileName, makeBackup, readBackup, writeBackup } from '../model/backup.ts';
import type { BackupContents } from '../model/backup.ts';
import { asideKey, planRestore } from '../model/backup-plan.ts';
import type { DeviceHolding, RestorePlan } from '../model/backup-plan.ts';
import { parseSettings } from '../model/settings.ts';
import type { Settings } from '../model/settings.ts';
import type { KeyValueStore } from '../persistence/key-value-store.ts';
import type { JournalShell } from './journal-shell.ts';
import type { SaveShell } from './save-shell.ts';

export type BackupPreview = { ok: false; problem: string } | { ok: true; madeAt: string; plan: RestorePlan; restore: () => RestorePlan };

export class BackupShell {
  constructor(
    private readonly store: KeyValueStore,
    private readonly journal: JournalShell,
    private readonly saves: SaveShell,
    private readonly useSettings: (settings: Settings) => void,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private contents(): BackupContents {
    const stored = this.store.get('settings');
    return {
      journal: this.journal.entries(),
      saves: this.saves.saves.list().saves,
      settings: stored === null ? null : parseSettings(stored),
    };
  }

  private holding(): DeviceHolding {
    return {
      entries: this.journal.entries(),
      saves: this.saves.saves.list().saves,
      hasSettings: this.store.get('settings') !== null,
      asideKeys: new Set(this.saves.saves.asideKeys()),
    };
  }

  /** The whole journal as one file: its name and text. */
  file(): { name: string; type: string; data: string } {
    const madeAt = this.now();
    return { name: backupFileName(madeAt), type: 'application/json', data: writeBackup(makeBackup(this.contents(), madeAt)) };
  }

  /** What restoring `text` would change; nothing is written until `restore` is called. */
  preview(text: string, size: number): BackupPreview {
    const read = readBackup(text, size);
    if (!read.ok) return read;
    const file = read.backup.contents;
    return { ok: true, madeAt: read.backup.madeAt, plan: planRestore(file, this.holding()), restore: () => this.restore(file) };
  }

  private restore(file: BackupContents): RestorePlan {
    const plan = planRestore(file, this.holding());
    for (const entry of [...plan.addEntries, ...plan.mergeEntries]) this.journal.keep(entry);
    for (const save of plan.addSaves) this.saves.saves.restore(save, null);
    for (const { save, expectedRev } of plan.replaceSaves) {
      const here = this.saves.saves.get(save.scenarioId);
      if (here?.rev !== expectedRev) continue;
      this.saves.saves.keepAside(here);
      this.saves.saves.restore(save, expectedRev);
    }
    for (const { save, tag } of plan.asideSaves) {
      if (!this.store.get(asideKey(save.scenarioId, tag))) this.saves.saves.keepAside(save, tag);
    }
    if (plan.settings) this.useSettings(plan.settings);
    // Other open tabs draw their lists again.
    this.saves.tabs.announce({ type: 'changed' });
    this.saves.report();
    return plan;
  }
}
