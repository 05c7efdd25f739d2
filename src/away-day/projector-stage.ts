// The projector's picture: which Phaser view to show for a room view (pure,
// tested), and the loader that fetches Phaser in its own chunk. The picture
// is atmosphere and emphasis only; everything it shows is in the page's text
// and table, so if Phaser cannot load the projector goes on without it.
import type { SharedView } from '../room/protocol.ts';
import type { RoomStageHandle, RoomStageView } from '../scenes/start-room-stage.ts';
import { voteDots } from './room-model.ts';

/** A short label drawn on a vote: a single word's first three letters, or the initials of several. */
export function shortLabel(label: string): string {
  const words = label.split(/\s+/).filter(Boolean);
  return words.length > 1
    ? words
        .map((w) => w[0]!.toUpperCase())
        .join('')
        .slice(0, 3)
    : label.slice(0, 3);
}

export function roomStageView(view: SharedView, reducedMotion: boolean, previouslyPresent: readonly string[]): RoomStageView {
  if (view.tally && view.phase === 'revealed') {
    return {
      kind: 'votes',
      votes: {
        marks: voteDots(view, view.tally).map((d) => ({ agency: d.agency, short: shortLabel(d.label), where: d.where, how: d.how })),
        reducedMotion,
      },
    };
  }
  const seats = view.seats.filter((s) => s.people > 0);
  const present = seats.map((s) => s.agency);
  return {
    kind: 'room',
    room: {
      seats: seats.map((s) => ({
        id: s.agency,
        initials: shortLabel(s.label),
        label: `${s.label}\n${s.people} ${s.people === 1 ? 'person' : 'people'}`,
      })),
      present,
      arrived: present.filter((id) => !previouslyPresent.includes(id)),
      speaker: null,
      anxiety: 0,
      reducedMotion,
    },
  };
}

export function openRoomStage(element: HTMLElement): (view: RoomStageView) => void {
  let handle: RoomStageHandle | null = null;
  let latest: RoomStageView | null = null;
  let loading = false;
  let shownKey = '';
  return (view) => {
    // Votes arriving as numbers re-send the same picture; only a new picture restarts the scene.
    const key = JSON.stringify(view);
    if (key === shownKey) return;
    shownKey = key;
    latest = view;
    if (handle) return handle.show(view);
    if (loading) return;
    loading = true;
    import('../scenes/start-room-stage.ts')
      .then(({ startRoomStage }) => {
        element.classList.add('has-room');
        handle = startRoomStage(element, latest!);
      })
      .catch(() => {
        element.dataset.room = 'unavailable';
      });
  };
}
