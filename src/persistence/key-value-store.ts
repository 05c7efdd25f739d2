// Storage on the device behind a small port. Browsers can refuse storage
// (private modes, full quota, a locked-down profile); then the game keeps
// working in memory and says so, and nothing already saved is touched.

export interface KeyValueStore {
  get(key: string): string | null;
  /** False when the value could not be stored. */
  set(key: string, value: string): boolean;
  remove(key: string): void;
  keys(): string[];
  /** True while writes are reaching the device's storage. */
  readonly durable: boolean;
}

export class MemoryStore implements KeyValueStore {
  private readonly values = new Map<string, string>();
  readonly durable: boolean = false;
  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  set(key: string, value: string): boolean {
    this.values.set(key, value);
    return true;
  }
  remove(key: string): void {
    this.values.delete(key);
  }
  keys(): string[] {
    return [...this.values.keys()];
  }
}

const PREFIX = 'rules-at-play:';

/**
 * localStorage when it works. A write that fails (full, or refused for a
 * moment) is held in memory and retried; reads and erasing keep using the
 * real storage, so nothing stored vanishes from lists and "erase" erases.
 */
export class DeviceStore implements KeyValueStore {
  /** Values the device refused, newest per key, waiting for a retry. */
  private readonly pending = new MemoryStore();
  private readonly storage: Storage | null;

  constructor(storage: () => Storage | null) {
    let found: Storage | null;
    try {
      found = storage();
      found?.getItem(`${PREFIX}probe`);
    } catch {
      found = null;
    }
    this.storage = found;
  }

  get durable(): boolean {
    return this.storage !== null && this.pending.keys().length === 0;
  }

  /** False when the browser refuses storage altogether (no retry can help). */
  get available(): boolean {
    return this.storage !== null;
  }

  /** Keys whose latest value is only in memory. */
  unsaved(): string[] {
    return this.pending.keys();
  }

  get(key: string): string | null {
    const held = this.pending.get(key);
    if (held !== null || !this.storage) return held;
    try {
      return this.storage.getItem(PREFIX + key);
    } catch {
      return null;
    }
  }

  set(key: string, value: string): boolean {
    this.pending.set(key, value);
    // Older refused writes go first, so the device never holds a newer value under an older one.
    this.retry();
    return this.pending.get(key) === null;
  }

  /** Tries every held write again; true when nothing is left only in memory. */
  retry(): boolean {
    if (!this.storage) return false;
    for (const key of this.pending.keys()) {
      try {
        this.storage.setItem(PREFIX + key, this.pending.get(key) as string);
        this.pending.remove(key);
      } catch {
        // Still full or refused: keep it in memory and try again later.
      }
    }
    return this.pending.keys().length === 0;
  }

  /** Forgets writes waiting in memory without touching storage (another tab erased everything). */
  dropUnsaved(): void {
    for (const key of this.pending.keys()) this.pending.remove(key);
  }

  remove(key: string): void {
    this.pending.remove(key);
    try {
      this.storage?.removeItem(PREFIX + key);
    } catch {
      /* nothing to do: the value is gone from memory either way */
    }
  }

  keys(): string[] {
    const found = new Set(this.pending.keys());
    try {
      for (let i = 0; this.storage && i < this.storage.length; i += 1) {
        const key = this.storage.key(i);
        if (key?.startsWith(PREFIX)) found.add(key.slice(PREFIX.length));
      }
    } catch {
      /* memory keys are still listed */
    }
    return [...found];
  }
}

/**
 * Erases everything the game keeps on this device: saves, the journal and
 * settings alike. It belongs to the device, not to any one store of it.
 */
export function eraseDevice(store: KeyValueStore): void {
  for (const key of store.keys()) store.remove(key);
}
