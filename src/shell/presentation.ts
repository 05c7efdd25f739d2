// What the player sees and hears besides the text: the stage (panel room or
// context map), ambient sound, cues and captions. Driven by the game's
// emitted events and snapshots; it never carries meaning the text lacks.
import type { GameContext } from '../machines/game-machine.ts';
import type { StoryLine } from '../play/story-port.ts';
import { CAPTIONS, NullAudio } from '../audio/audio-port.ts';
import type { AudioPort, Cue } from '../audio/audio-port.ts';
import type { Settings } from '../model/settings.ts';
import { atThePlace } from '../model/where-we-are.ts';
import { openStage } from '../scenes/stage.ts';
import type { Stage } from '../scenes/stage.ts';
import { hideCaption, showCaption } from '../ui/settings-dialog.ts';

const lastSpeaker = (lines: StoryLine[]) => [...lines].reverse().find((l) => l.tags.speaker)?.tags.speaker ?? null;

export class Presentation {
  private audio: AudioPort = new NullAudio();
  private place: string | null = null;
  private stage: Stage | null = null;
  private presentBefore: readonly string[] = [];

  constructor(
    private readonly stageElement: HTMLElement | null,
    private readonly settings: () => Settings,
    private readonly reducedMotion: () => boolean,
  ) {}

  /** Sound starts only after the player's first gesture, as browsers require; it is optional. */
  startSoundOnFirstGesture(target: Window, audioBase: string): void {
    const start = () => {
      target.removeEventListener('pointerdown', start);
      target.removeEventListener('keydown', start);
      import('../audio/howler-audio.ts')
        .then(({ HowlerAudio }) => {
          this.audio = new HowlerAudio(audioBase);
          this.applySettings(this.settings());
          this.audio.ambience(this.place);
        })
        .catch(() => {
          /* Sound is optional: play goes on without it. */
        });
    };
    target.addEventListener('pointerdown', start);
    target.addEventListener('keydown', start);
  }

  applySettings(settings: Settings): void {
    this.audio.setMuted(settings.muted);
    this.audio.setVolume(settings.volume);
  }

  cue(cue: Cue): void {
    this.audio.play(cue);
    const caption = CAPTIONS[cue];
    const { captions, muted } = this.settings();
    if (caption && captions && !muted) showCaption(caption);
  }

  /** Off the scenario's screens the stage closes and the place goes quiet. */
  screen(name: string): void {
    if (name !== 'playing') hideCaption();
    if (['title', 'prebrief', 'journal', 'reflection'].includes(name)) {
      this.place = null;
      this.audio.ambience(null);
      this.stage?.close();
      this.stage = null;
      this.presentBefore = [];
    }
  }

  /** Keeps the picture and the sound in step with the story. */
  follow(context: GameContext): void {
    if (!context.step || !context.selected) return;
    this.stage ??= openStage(this.stageElement);
    this.stage.show({
      meta: context.selected.meta,
      model: context.step.model,
      scene: context.scene,
      timeskip: context.step.lines.some((l) => l.tags.timeskip),
      speaker: lastSpeaker(context.step.lines),
      previouslyPresent: this.presentBefore,
      reducedMotion: this.reducedMotion(),
    });
    this.presentBefore = context.step.model.present;
    this.place = atThePlace(context.scene) ? context.selected.meta.place || context.scene : 'room';
    this.audio.ambience(this.place);
  }
}
