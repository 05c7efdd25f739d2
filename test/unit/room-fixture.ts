// The room the away-day unit tests open: three agencies, a fixed seed.
import type { RoomConfig } from '../../src/room/room-state.ts';

export const roomConfig: RoomConfig = {
  code: 'ACDEF',
  scenarioId: 'the-shelter',
  seed: 7,
  agencies: [
    { id: 'police', label: 'Police' },
    { id: 'school', label: 'School' },
    { id: 'health', label: 'Health' },
  ],
};
