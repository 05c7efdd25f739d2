// Opens the panel room without holding up the text: Phaser is fetched in its
// own chunk, and if it cannot load (blocked, offline, no WebGL or canvas) the
// game simply goes on without the picture.
import type { CastMember } from '../model/scenario.ts';
import type { RoomHandle } from './start-game.ts';

export interface Room {
  setSpeaker(id: string | null): void;
  close(): void;
}

function initials(name: string): string {
  const words = name.replace(/^(Inspector|Councillor|Mr|Mrs|Ms|Dr)\s+/, '').split(/\s+/);
  return words.slice(0, 2).map((w) => w[0] ?? '').join('').toUpperCase();
}

const AGENCY_LABELS: Record<string, string> = {
  police: 'Police',
  'community-safety': 'Community safety',
  'youth-work': 'Youth work',
  vcs: 'Voluntary sector',
  school: 'School',
  councillor: 'Councillor',
  housing: 'Housing',
  health: 'Health',
  'social-care': 'Social care',
  'early-help': 'Early Help',
  'youth-justice': 'Youth justice',
  'head-teacher': 'Head teacher',
  coordinator: 'Conferences',
  education: 'Inclusion',
  community: 'Community',
  placements: 'Placements',
  business: 'Business',
  transport: 'Transport',
  mentor: 'Mentor',
};

/** People the story talks about who do not sit at the panel's table. */
const NOT_AT_TABLE = /^(you|young-person.*|resident|parent)$/;

function seatLabel(id: string, member: CastMember): string {
  const agency = AGENCY_LABELS[id] ?? id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  const first = member.name.replace(/^(Inspector|Councillor|Mr|Mrs|Ms|Dr)\s+/, '').split(/\s+/)[0] ?? '';
  return `${first} · ${agency}`;
}

export function openRoom(stage: HTMLElement | null, cast: Record<string, CastMember>): Room {
  let handle: RoomHandle | null = null;
  let closed = false;
  let speaker: string | null = null;
  const seats = Object.entries(cast)
    .filter(([id]) => !NOT_AT_TABLE.test(id))
    .map(([id, member]) => ({ id, initials: initials(member.name), label: seatLabel(id, member) }));
  seats.unshift({ id: 'you', initials: 'You', label: 'You · Chair' });
  if (stage) {
    import('./start-game.ts')
      .then(({ startGame }) => {
        if (closed) return;
        stage.classList.add('has-room');
        handle = startGame(stage, seats);
        handle.setSpeaker(speaker);
      })
      .catch(() => {
        // The room is atmosphere only; all meaning is already in the text.
        stage.classList.remove('has-room');
        stage.dataset.room = 'unavailable';
      });
  }
  return {
    setSpeaker(id) {
      speaker = id;
      handle?.setSpeaker(id);
    },
    close() {
      closed = true;
      handle?.destroy();
      handle = null;
      stage?.classList.remove('has-room');
      stage?.replaceChildren();
    },
  };
}
