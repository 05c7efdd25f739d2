// Opens the stage without holding up the text: Phaser is fetched in its own
// chunk, and if it cannot load (blocked, offline, no WebGL or canvas) the game
// simply goes on without the picture.
import { atThePlace } from '../model/where-we-are.ts';
import type { CastMember, ScenarioMeta } from '../model/scenario.ts';
import type { ScenarioState } from '../model/scenario-state.ts';
import { mapCounts } from '../model/map-view.ts';
import type { StageHandle, StageView } from './start-game.ts';
import type { Seat } from './panel-room-scene.ts';
import type { ScenarioContent } from '../content/content-types.ts';
import { agencyLabel, hasSeat } from '../content/lookups.ts';
import { SHIPPED_CONTENT } from '../content/shipped-content.ts';

function initials(name: string): string {
  const words = name.replace(/^(Inspector|Councillor|Mr|Mrs|Ms|Dr)\s+/, '').split(/\s+/);
  return words
    .slice(0, 2)
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

function seatLabel(id: string, member: CastMember, content: ScenarioContent): string {
  const agency = agencyLabel(content, id);
  const first =
    member.name.replace(/^(Inspector|Councillor|Detective Sergeant|Detective Constable|Sergeant|PC|Dr)\s+/, '').split(/\s+/)[0] ?? '';
  return `${first}\n${agency}`;
}

/** A seat for each cast member who is an agency at the table (assets/agencies.json); people the story talks about have none. */
export function seatsOf(cast: Record<string, CastMember>, content: ScenarioContent = SHIPPED_CONTENT): Seat[] {
  const seats = Object.entries(cast)
    .filter(([id]) => hasSeat(content, id))
    .map(([id, member]) => ({ id, initials: initials(member.name), label: seatLabel(id, member, content) }));
  return [{ id: 'you', initials: 'You', label: 'You\nChair' }, ...seats];
}

export interface StageInput {
  meta: ScenarioMeta;
  model: ScenarioState;
  /** The story's latest #scene: "room", or a place such as "park". */
  scene: string | null;
  /** This step passed a time skip: show its consequences on the map. */
  timeskip: boolean;
  speaker: string | null;
  /** Partners at the table before this step, to fade in the ones who arrive. */
  previouslyPresent: readonly string[];
  reducedMotion: boolean;
}

/** What the stage should show for a step of the story. Pure, so it can be tested without Phaser. */
export function stageViewOf(input: StageInput): StageView {
  const { meta, model } = input;
  if (atThePlace(input.scene, input.timeskip)) {
    const when = model.timeskips[model.timeskips.length - 1] ?? 'Now';
    return {
      kind: 'map',
      map: {
        place: meta.place || input.scene || '',
        ...mapCounts(model.place),
        features: model.mapFeatures,
        caption: `${meta.title}: ${when}`,
        reducedMotion: input.reducedMotion,
      },
    };
  }
  return {
    kind: 'room',
    room: {
      seats: seatsOf(meta.cast),
      present: model.present,
      arrived: model.present.filter((id) => !input.previouslyPresent.includes(id)),
      speaker: input.speaker,
      anxiety: model.dynamics.anxiety,
      reducedMotion: input.reducedMotion,
    },
  };
}

export interface Stage {
  show(input: StageInput): void;
  close(): void;
}

export function openStage(element: HTMLElement | null): Stage {
  let handle: StageHandle | null = null;
  let closed = false;
  let latest: StageView | null = null;
  let loading = false;
  const load = () => {
    if (!element || loading || !latest) return;
    loading = true;
    import('./start-game.ts')
      .then(({ startGame }) => {
        if (closed || !latest) return;
        element.classList.add('has-room');
        handle = startGame(element, latest);
      })
      .catch(() => {
        // The stage is atmosphere only; all meaning is already in the text.
        element.classList.remove('has-room');
        element.dataset.room = 'unavailable';
      });
  };
  return {
    show(input) {
      latest = stageViewOf(input);
      if (handle) handle.show(latest);
      else load();
    },
    close() {
      closed = true;
      handle?.destroy();
      handle = null;
      element?.classList.remove('has-room');
      element?.replaceChildren();
    },
  };
}
