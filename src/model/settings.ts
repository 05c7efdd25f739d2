// The player's settings, and how a stored copy is read back: anything
// missing or malformed falls back to the default rather than breaking play.

export interface Settings {
  muted: boolean;
  /** 0–100. */
  volume: number;
  captions: boolean;
  /** A high-contrast colour theme. */
  contrast: boolean;
}

export const DEFAULT_SETTINGS: Settings = { muted: false, volume: 60, captions: true, contrast: false };

export function parseSettings(stored: string | null): Settings {
  if (!stored) return { ...DEFAULT_SETTINGS };
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    muted: typeof value.muted === 'boolean' ? value.muted : DEFAULT_SETTINGS.muted,
    volume:
      typeof value.volume === 'number' && Number.isFinite(value.volume)
        ? Math.min(100, Math.max(0, Math.round(value.volume)))
        : DEFAULT_SETTINGS.volume,
    captions: typeof value.captions === 'boolean' ? value.captions : DEFAULT_SETTINGS.captions,
    contrast: typeof value.contrast === 'boolean' ? value.contrast : DEFAULT_SETTINGS.contrast,
  };
}
