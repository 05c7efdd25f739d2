// A zip archive (PKZIP APPNOTE 6.3: local headers, deflate or stored data,
// central directory; no data descriptors, no zip64), deflated by Node's zlib
// at level 9. The 28 LMS packages carry the same built files again and
// again: a Deflater compresses each file once (by identity) and every
// package reuses it, where compressing each package whole took 12 s of CPU.
import { crc32, deflateRawSync } from 'node:zlib';

interface Compressed {
  crc: number;
  method: 0 | 8;
  data: Uint8Array;
}

/** Compresses each distinct file (the same Uint8Array) once, however many archives carry it. */
export class Deflater {
  private readonly done = new WeakMap<Uint8Array, Compressed>();

  compress(bytes: Uint8Array): Compressed {
    let found = this.done.get(bytes);
    if (!found) {
      const deflated = deflateRawSync(bytes, { level: 9 });
      // Stored when deflate would not make it smaller (an empty or already-compressed file).
      found =
        deflated.length < bytes.length ? { crc: crc32(bytes), method: 8, data: deflated } : { crc: crc32(bytes), method: 0, data: bytes };
      this.done.set(bytes, found);
    }
    return found;
  }
}

/** 1 January 2026, 00:00, in MS-DOS date and time: every entry has it, so the same files make the same zip. */
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const UTF8_NAME = 0x800;

/** A zip of the files, in the order given, each compressed by the deflater. */
export function zipFiles(files: Record<string, Uint8Array>, deflater: Deflater): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, bytes] of Object.entries(files)) {
    const path = encoder.encode(name);
    const { crc, method, data } = deflater.compress(bytes);
    if (offset > 0xffffffff || data.length > 0xffffffff)
      throw new Error('A package over 4 GB needs zip64, which this writer does not make.');
    const flags = path.length === name.length ? 0 : UTF8_NAME;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, flags, true);
    local.setUint16(8, method, true);
    local.setUint16(10, DOS_TIME, true);
    local.setUint16(12, DOS_DATE, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, bytes.length, true);
    local.setUint16(26, path.length, true);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    for (let i = 4; i < 28; i += 1) central.setUint8(i + 2, local.getUint8(i));
    central.setUint32(42, offset, true);
    locals.push(new Uint8Array(local.buffer), path, data);
    centrals.push(new Uint8Array(central.buffer), path);
    offset += 30 + path.length + data.length;
  }
  const directorySize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, Object.keys(files).length, true);
  end.setUint16(10, Object.keys(files).length, true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, new Uint8Array(end.buffer)];
  const zip = new Uint8Array(offset + directorySize + 22);
  let at = 0;
  for (const part of parts) {
    zip.set(part, at);
    at += part.length;
  }
  return zip;
}
