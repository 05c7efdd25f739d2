// A show of hands kept between reloads of the facilitator's window: the room
// as plain JSON without the engine's step (the story replayed from the
// playthrough makes it again).
import { replay } from '../play/playthrough.ts';
import type { StoryPort } from '../play/story-port.ts';
import { isHandsCode } from './hands-input.ts';
import type { RoomState } from './room-state.ts';

const VERSION = 1;
export function savedHands(state: RoomState): string {
  const rest: Partial<RoomState> = { ...state };
  delete rest.step;
  return JSON.stringify({ version: VERSION, state: rest });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Which scenario a saved session plays, so its story can be loaded; null when the text is not a saved session. */
export function savedScenario(text: string | null): string | null {
  const state = parse(text);
  return state && typeof state.config.scenarioId === 'string' ? state.config.scenarioId : null;
}

function parse(text: string | null): Omit<RoomState, 'step'> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (!isRecord(value) || value.version !== VERSION || !isRecord(value.state)) return null;
    const state = value.state;
    if (!isRecord(state.config) || state.config.hands !== true || typeof state.config.code !== 'string') return null;
    if (!isHandsCode(state.config.code) || !isRecord(state.playthrough) || !Array.isArray(state.seats)) return null;
    return state as unknown as Omit<RoomState, 'step'>;
  } catch {
    return null;
  }
}

/** The saved session with its story replayed to the same line; null when it cannot be read or replayed (another story version). */
export function restoreHands(text: string | null, story: StoryPort): RoomState | null {
  const state = parse(text);
  if (!state) return null;
  try {
    return { ...state, step: replay(story, state.playthrough) };
  } catch {
    return null;
  }
}
