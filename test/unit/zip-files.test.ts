// The zip writer the LMS packages are made with: what goes in comes out
// (read back by fflate, an independent reader), each entry's CRC-32 is the
// one its bytes have, and a file carried by many packages is compressed once.
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { Deflater, zipFiles } from '../../tools/lms/zip-files.ts';

const text = (s: string) => new TextEncoder().encode(s);
const shared = text('const story = "the same chunk in every package";\n'.repeat(200));
const FILES: Record<string, Uint8Array> = {
  'imsmanifest.xml': text('<manifest identifier="x"/>'),
  'assets/index-AbCd_123.js': shared,
  'empty.txt': new Uint8Array(0),
  'noise.bin': Uint8Array.from({ length: 300 }, (_, i) => (i * 7919) % 251),
  'assets/café-notes.txt': text('A name outside ASCII is stored as UTF-8.'),
};

/** Each central directory entry's name and CRC-32, read from the bytes as an unzip tool would. */
function centralEntries(zip: Uint8Array): { name: string; crc: number; offset: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const entries = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i += 1) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, crc: view.getUint32(at + 16, true), offset: view.getUint32(at + 42, true) });
    at += 46 + nameLength;
  }
  return entries;
}

describe('zipFiles', () => {
  const zip = zipFiles(FILES, new Deflater());

  it('gives back every file, byte for byte, to another reader', () => {
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(Object.keys(FILES));
    for (const [name, bytes] of Object.entries(FILES)) expect(back[name]).toEqual(bytes);
  });

  it('writes each entry with the CRC-32 of its bytes, in order, each local header where the directory says', () => {
    const entries = centralEntries(zip);
    expect(entries.map((e) => e.name)).toEqual(Object.keys(FILES));
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (const entry of entries) {
      expect(entry.crc).toBe(crc32(FILES[entry.name]!));
      expect(view.getUint32(entry.offset, true)).toBe(0x04034b50);
      expect(view.getUint32(entry.offset + 14, true)).toBe(entry.crc);
    }
  });

  it('compresses text, and stores what deflate cannot shrink', () => {
    expect(zip.length).toBeLessThan(shared.length);
    const deflater = new Deflater();
    expect(deflater.compress(shared).method).toBe(8);
    expect(deflater.compress(new Uint8Array(0)).method).toBe(0);
  });

  it('compresses a file once however many archives carry it, and makes the same archive from the same files', () => {
    const deflater = new Deflater();
    const first = deflater.compress(shared);
    zipFiles({ 'a.js': shared }, deflater);
    expect(deflater.compress(shared)).toBe(first);
    expect(zipFiles(FILES, deflater)).toEqual(zip);
  });
});
