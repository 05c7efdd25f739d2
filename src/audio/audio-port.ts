// Sound behind a small port: the game never depends on sound working.
export type Cue = 'choice' | 'timeskip';

export interface AudioPort {
  play(cue: Cue): void;
  setMuted(muted: boolean): void;
}

export class NullAudio implements AudioPort {
  play(): void {}
  setMuted(): void {}
}
