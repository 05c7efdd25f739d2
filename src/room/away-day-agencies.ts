// The agency seats of an away-day: the agencies that come to a multi-agency
// away-day (police, education, health, youth work, social care, community
// safety, the voluntary sector, residents). The room server and a show of
// hands in the facilitator's browser seat the same agencies; each names them
// as the game's content does (assets/agencies.json), so a relabelled agency
// reads the same on the projector and in the game.
import type { AgencySeat } from './room-state.ts';

const AWAY_DAY_AGENCIES = [
  'police',
  'school',
  'health',
  'social-care',
  'youth-work',
  'community-safety',
  'vcs',
  'housing',
  'early-help',
  'youth-justice',
  'resident',
];

export const awayDayAgencies = (label: (id: string) => string): AgencySeat[] => AWAY_DAY_AGENCIES.map((id) => ({ id, label: label(id) }));
