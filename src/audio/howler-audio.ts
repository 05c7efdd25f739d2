// The only importer of howler. A missing or broken file is ignored: sound is
// atmosphere, never something the player needs.
import { Howl, Howler } from 'howler';
import type { AudioPort, Cue } from './audio-port.ts';

export class HowlerAudio implements AudioPort {
  private readonly sounds = new Map<Cue, Howl>();

  constructor(urls: Record<Cue, string>) {
    for (const [cue, url] of Object.entries(urls) as [Cue, string][]) {
      this.sounds.set(cue, new Howl({ src: [url], volume: 0.4, preload: true, onloaderror: () => this.sounds.delete(cue) }));
    }
  }

  play(cue: Cue): void {
    this.sounds.get(cue)?.play();
  }

  setMuted(muted: boolean): void {
    Howler.mute(muted);
  }
}
