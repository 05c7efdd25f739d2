// The only importer of howler. A missing or broken file is ignored: sound is
// atmosphere, never something the player needs.
import { Howl, Howler } from 'howler';
import type { AudioPort, Cue } from './audio-port.ts';
import { ambienceOf } from '../content/lookups.ts';
import { SHIPPED_CONTENT } from '../content/shipped-content.ts';

export class HowlerAudio implements AudioPort {
  private readonly cues = new Map<Cue, Howl>();
  private readonly loops = new Map<string, Howl>();
  private current: string | null = null;

  constructor(private readonly base: string) {
    for (const cue of ['choice', 'timeskip'] as Cue[])
      this.cues.set(
        cue,
        this.load(`${cue}.wav`, false, () => this.cues.delete(cue)),
      );
  }

  private load(file: string, loop: boolean, onFail: () => void): Howl {
    return new Howl({
      src: [`${this.base}${file}`],
      loop,
      volume: loop ? 0 : 0.5,
      preload: true,
      onloaderror: onFail,
      onplayerror: onFail,
    });
  }

  play(cue: Cue): void {
    this.cues.get(cue)?.play();
  }

  ambience(place: string | null): void {
    // The sound file for the room or the place (assets/places.json); loops are kept by file.
    const next = ambienceOf(SHIPPED_CONTENT, place);
    if (next === this.current) return;
    if (this.current) {
      const old = this.loops.get(this.current);
      old?.fade(old.volume(), 0, 800);
    }
    this.current = next;
    if (!next) return;
    let loop = this.loops.get(next);
    if (!loop) {
      loop = this.load(next, true, () => this.loops.delete(next));
      this.loops.set(next, loop);
    }
    if (!loop.playing()) loop.play();
    loop.fade(0, 0.35, 1200);
  }

  setMuted(muted: boolean): void {
    Howler.mute(muted);
  }

  setVolume(volume: number): void {
    Howler.volume(Math.max(0, Math.min(1, volume / 100)));
  }
}
