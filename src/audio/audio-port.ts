// Sound behind a small port: the game never depends on sound working.
export type Cue = 'choice' | 'timeskip';

export interface AudioPort {
  play(cue: Cue): void;
  /** Loops the ambience of a place ("park", "room"...), or stops it with null. */
  ambience(place: string | null): void;
  setMuted(muted: boolean): void;
  /** 0–100. */
  setVolume(volume: number): void;
}

export class NullAudio implements AudioPort {
  play(): void {}
  ambience(): void {}
  setMuted(): void {}
  setVolume(): void {}
}

/** Words for sounds that carry meaning, shown when captions are on. */
export const CAPTIONS: Partial<Record<Cue, string>> = {
  timeskip: '[A low chime: time passes]',
};
