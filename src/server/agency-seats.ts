// The agency seats a phone may take: the agencies that come to a
// multi-agency away-day (police, education, health, youth work, social
// care, community safety, the voluntary sector, residents), named as the
// game's content names them (assets/agencies.json), so a relabelled agency
// reads the same on the projector and in the game.
import { SHIPPED_CONTENT } from '../content/shipped-content.ts';
import { agencyLabel } from '../content/lookups.ts';
import type { AgencySeat } from '../room/room-state.ts';

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

export const agencySeats = (): AgencySeat[] => AWAY_DAY_AGENCIES.map((id) => ({ id, label: agencyLabel(SHIPPED_CONTENT, id) }));
