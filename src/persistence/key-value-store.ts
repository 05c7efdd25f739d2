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

/** localStorage when it works; falls back to memory, for good, the first time it fails. */
export class DeviceStore implements KeyValueStore {
  private readonly memory = new MemoryStore();
  private storage: Storage | null;

  constructor(storage: () => Storage | null) {
    try {
      this.storage = storage();
      this.storage?.getItem(`${PREFIX}probe`);
    } catch {
      this.storage = null;
    }
  }

  get durable(): boolean {
    return this.storage !== null;
  }

  get(key: string): string | null {
    const held = this.memory.get(key);
    if (held !== null || !this.storage) return held;
    try {
      return this.storage.getItem(PREFIX + key);
    } catch {
      return null;
    }
  }

  set(key: string, value: string): boolean {
    this.memory.set(key, value);
    if (!this.storage) return false;
    try {
      this.storage.setItem(PREFIX + key, value);
      return true;
    } catch {
      // Full or refused: keep playing in memory from now on.
      this.storage = null;
      return false;
    }
  }

  remove(key: string): void {
    this.memory.remove(key);
    try {
      this.storage?.removeItem(PREFIX + key);
    } catch {
      /* nothing to do: the value is gone from memory either way */
    }
  }

  keys(): string[] {
    const found = new Set(this.memory.keys());
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
