// A view is the shared view plus a few fields of the client's own. The shared
// part is packed (msgpack, as Colyseus sends messages) once per change, and
// each client's frame is that packed map with its own fields appended: forty
// phones cost one packing of the story text and the decisions, not forty.
// The frame decodes, in the SDK, to exactly the object the view functions make.
import { Protocol, getMessageBytes } from '@colyseus/core';
import { Packr } from 'msgpackr';

// As Colyseus packs: plain maps that any msgpack decoder reads.
const packr = new Packr({ useRecords: false });

interface PackedMap {
  count: number;
  body: Buffer;
}

function packMap(value: object): PackedMap {
  // packr reuses its buffer: the bytes are copied before the next pack.
  const bytes = Buffer.from(packr.pack(value));
  const first = bytes[0]!;
  if (first >= 0x80 && first <= 0x8f) return { count: first & 0x0f, body: bytes.subarray(1) };
  if (first === 0xde) return { count: bytes.readUInt16BE(1), body: bytes.subarray(3) };
  if (first === 0xdf) return { count: bytes.readUInt32BE(1), body: bytes.subarray(5) };
  throw new Error('A view did not pack as a map.');
}

function mapHeader(count: number): Buffer {
  if (count < 16) return Buffer.from([0x80 | count]);
  const header = Buffer.alloc(3);
  header[0] = 0xde;
  header.writeUInt16BE(count, 1);
  return header;
}

export class ViewFrames {
  private readonly shared: PackedMap;

  /** `type` is the Colyseus message type the frames are sent as. */
  constructor(
    private readonly type: string,
    shared: object,
  ) {
    this.shared = packMap(shared);
  }

  /** The message `{ ...shared, ...own }`, ready for client.enqueueRaw; `own` must not repeat a shared key. */
  frame(own: object): Buffer {
    const extra = packMap(own);
    const message = Buffer.concat([mapHeader(this.shared.count + extra.count), this.shared.body, extra.body]);
    return getMessageBytes.raw(Protocol.ROOM_DATA, this.type, undefined, message);
  }
}
