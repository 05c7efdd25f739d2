// The away-day's agency seats (src/room/away-day-agencies.ts), named as the
// game's content names them.
import { SHIPPED_CONTENT } from '../content/shipped-content.ts';
import { agencyLabel } from '../content/lookups.ts';
import { awayDayAgencies } from '../room/away-day-agencies.ts';
import type { AgencySeat } from '../room/room-state.ts';

export const agencySeats = (): AgencySeat[] => awayDayAgencies((id) => agencyLabel(SHIPPED_CONTENT, id));
