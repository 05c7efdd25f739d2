// For load tests only: a process started by a parent over IPC (the bench, the
// tests) may loosen the per-address limits with ROOM_LIMITS (JSON of
// RoomLimits), because every bot comes from 127.0.0.1. `npm start` ignores it.
import type { RoomLimits } from './services.ts';

export function benchLimits(): { limits: Partial<RoomLimits> } | Record<string, never> {
  const text = process.env.ROOM_LIMITS;
  if (!process.send || !text) return {};
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null) return {};
  const limits: Partial<Record<keyof RoomLimits, number>> = {};
  for (const [name, value] of Object.entries(parsed)) if (typeof value === 'number' && value > 0) limits[name as keyof RoomLimits] = value;
  return { limits };
}
