// The agency seats a phone may take: every agency in assets/agencies.json,
// in the file's order. Several people may hold the same one.
import { SHIPPED_CONTENT } from '../content/shipped-content.ts';

export interface SeatChoice {
  agency: string;
  label: string;
}

export const SEAT_CHOICES: readonly SeatChoice[] = Object.entries(SHIPPED_CONTENT.agencies).map(([agency, { label }]) => ({
  agency,
  label,
}));
