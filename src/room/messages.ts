// Everything a client sends is unknown until read here: each reader returns
// a typed message or an error in plain words, and never throws. A client
// sends a message as `room.send(type, payload)`; the payload may repeat the
// type (`{ type: 'vote', option: 1 }`) or leave it out (`{ option: 1 }`), and
// may hold nothing else, so a message never carries more than it says.
import { HOW_VALUES, WHERE_VALUES } from '../model/orientation.ts';
import type { How, Where } from '../model/orientation.ts';
import type { ConsoleMessage, JoinOptions, PhoneMessage } from './protocol.ts';
import { MAX_PART_SCREENS } from './debrief-parts.ts';

/** Longest message, as JSON characters: the largest real one is under 100. */
export const MAX_MESSAGE_CHARS = 512;
/** The longest discussion timer, in seconds. */
export const MAX_TIMER_SECONDS = 60 * 60;

export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

const fail = <T>(error: string): Read<T> => ({ ok: false, error });
const ok = <T>(value: T): Read<T> => ({ ok: true, value });

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const KEY_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;
const isId = (value: unknown): value is string => typeof value === 'string' && ID.test(value);
const isOption = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) < 100;

const CONSOLE_TYPES = [
  'start',
  'open-vote',
  'reveal',
  'decide',
  'continue',
  'timer',
  'take-back',
  'remove-seat',
  'show-part',
  'close',
] as const;
const PHONE_TYPES = ['seat', 'vote', 'name'] as const;
type ConsoleType = (typeof CONSOLE_TYPES)[number];
type PhoneType = (typeof PHONE_TYPES)[number];

export const isConsoleType = (type: unknown): type is ConsoleType => (CONSOLE_TYPES as readonly unknown[]).includes(type);
export const isPhoneType = (type: unknown): type is PhoneType => (PHONE_TYPES as readonly unknown[]).includes(type);

function sizeOf(value: unknown): number {
  try {
    return JSON.stringify(value ?? null)?.length ?? 0;
  } catch {
    return Infinity;
  }
}

/** The payload as a plain record holding only `allowed` keys (and a matching `type`), or an error. */
function fields(type: string, payload: unknown, allowed: readonly string[]): Read<Record<string, unknown>> {
  if (sizeOf(payload) > MAX_MESSAGE_CHARS) return fail('That message is too large to be read.');
  if (payload === undefined || payload === null) return ok({});
  if (typeof payload !== 'object' || Array.isArray(payload)) return fail('That message could not be read.');
  const record = payload as Record<string, unknown>;
  if ('type' in record && record.type !== type) return fail('That message names two different actions.');
  const unknown = Object.keys(record).filter((key) => key !== 'type' && !allowed.includes(key));
  if (unknown.length) return fail('That message holds something the room does not accept.');
  return ok(record);
}

export function readConsoleMessage(type: unknown, payload: unknown): Read<ConsoleMessage> {
  if (!isConsoleType(type)) return fail('The room does not know that action.');
  const read = fields(
    type,
    payload,
    type === 'decide'
      ? ['option']
      : type === 'timer'
        ? ['seconds']
        : type === 'remove-seat'
          ? ['seat']
          : type === 'show-part'
            ? ['part', 'screen']
            : [],
  );
  if (!read.ok) return read;
  const body = read.value;
  switch (type) {
    case 'decide':
      if (body.option === undefined) return ok({ type });
      return isOption(body.option) ? ok({ type, option: body.option }) : fail('That option is not one of the choices.');
    case 'timer':
      if (body.seconds === null || body.seconds === undefined) return ok({ type, seconds: null });
      return Number.isInteger(body.seconds) && (body.seconds as number) > 0 && (body.seconds as number) <= MAX_TIMER_SECONDS
        ? ok({ type, seconds: body.seconds as number })
        : fail(`A discussion timer runs from 1 second to ${MAX_TIMER_SECONDS / 60} minutes.`);
    case 'remove-seat':
      return isId(body.seat) ? ok({ type, seat: body.seat }) : fail('There is no such seat.');
    case 'show-part':
      if (!isId(body.part)) return fail('There is no such part of the debrief.');
      if (body.screen === undefined) return ok({ type, part: body.part });
      return Number.isInteger(body.screen) && (body.screen as number) >= 0 && (body.screen as number) <= MAX_PART_SCREENS
        ? ok({ type, part: body.part, screen: body.screen as number })
        : fail(`The projector scrolls a part from its top down ${MAX_PART_SCREENS} screens at most.`);
    default:
      return ok({ type });
  }
}

export function readPhoneMessage(type: unknown, payload: unknown): Read<PhoneMessage> {
  if (!isPhoneType(type)) return fail('The room does not know that action.');
  const read = fields(type, payload, type === 'seat' ? ['agency'] : type === 'vote' ? ['option'] : ['where', 'how']);
  if (!read.ok) return read;
  const body = read.value;
  switch (type) {
    case 'seat':
      return isId(body.agency) ? ok({ type, agency: body.agency }) : fail('Pick one of the agencies listed.');
    case 'vote':
      return isOption(body.option) ? ok({ type, option: body.option }) : fail('That option is not one of the choices.');
    case 'name':
      return (WHERE_VALUES as readonly unknown[]).includes(body.where) && (HOW_VALUES as readonly unknown[]).includes(body.how)
        ? ok({ type, where: body.where as Where, how: body.how as How })
        : fail('Name it with one WHERE and one HOW.');
  }
}

export function readJoinOptions(raw: unknown): Read<JoinOptions> {
  if (sizeOf(raw) > MAX_MESSAGE_CHARS) return fail('Those join details are too large to be read.');
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('Say whether this is a console, a projector or a phone.');
  const options = raw as Record<string, unknown>;
  const only = (...keys: string[]) => Object.keys(options).every((key) => key === 'audience' || keys.includes(key));
  switch (options.audience) {
    case 'console':
      if (typeof options.facilitatorKey === 'string' && only('facilitatorKey'))
        return KEY_PATTERN.test(options.facilitatorKey)
          ? ok({ audience: 'console', facilitatorKey: options.facilitatorKey })
          : fail('That facilitator key is not right.');
      if (isId(options.scenarioId) && only('scenarioId')) return ok({ audience: 'console', scenarioId: options.scenarioId });
      return fail('A console opens a scenario or brings the facilitator key.');
    case 'projector':
      return only() ? ok({ audience: 'projector' }) : fail('A projector joins with nothing else.');
    case 'phone': {
      const agency = options.agency ?? null;
      if (!only('agency')) return fail('A phone joins with an agency seat at most.');
      return agency === null || isId(agency) ? ok({ audience: 'phone', agency }) : fail('Pick one of the agencies listed.');
    }
    default:
      return fail('Say whether this is a console, a projector or a phone.');
  }
}
