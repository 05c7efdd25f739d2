// A view frame is the shared view packed once with a client's own fields
// appended: decoded, it is exactly the object the view functions make, for
// small and large maps alike.
import { describe, expect, it } from 'vitest';
import { unpack } from 'msgpackr';
import { Protocol } from '@colyseus/core';
import { ViewFrames } from '../../src/server/view-frames.ts';

/** [ROOM_DATA][type as a short string][msgpack]: the message a client's SDK decodes. */
function decode(frame: Buffer, type: string): unknown {
  expect(frame[0]).toBe(Protocol.ROOM_DATA);
  expect(frame[1]).toBe(0xa0 | type.length);
  expect(frame.subarray(2, 2 + type.length).toString()).toBe(type);
  return unpack(frame.subarray(2 + type.length));
}

describe('view frames', () => {
  const shared = Object.fromEntries(
    Array.from({ length: 15 }, (_, i) => [`field${i}`, i % 2 ? `text ${'é'.repeat(i * 40)}` : { n: i, list: [i, null] }]),
  );

  it.each([
    ['a phone (15 + 4 fields)', { audience: 'phone', agency: 'police', vote: 2, named: { where: 'context', how: 'ecological' } }],
    ['a projector (15 + 2 fields)', { audience: 'projector', joinUrl: 'http://192.168.1.20:4173/phone#ACDEF' }],
    ['no own fields', {}],
  ])('decode to the shared view and the own fields of %s', (_name, own) => {
    const frames = new ViewFrames('view', shared);
    expect(decode(frames.frame(own), 'view')).toEqual({ ...shared, ...own });
  });

  it('packs a small shared map (under 16 fields) and a large one (over 65 kB) alike', () => {
    expect(decode(new ViewFrames('view', { a: 1 }).frame({ b: 2 }), 'view')).toEqual({ a: 1, b: 2 });
    const large = { lines: Array.from({ length: 2000 }, (_, i) => `line ${i} ${'x'.repeat(40)}`) };
    expect(decode(new ViewFrames('view', large).frame({ vote: null }), 'view')).toEqual({ ...large, vote: null });
  });

  it('gives each client its own frame from one packing', () => {
    const frames = new ViewFrames('view', shared);
    const first = frames.frame({ vote: 1 });
    const second = frames.frame({ vote: 0 });
    expect(decode(first, 'view')).toMatchObject({ vote: 1 });
    expect(decode(second, 'view')).toMatchObject({ vote: 0 });
  });
});
