// Generates the game's UI cues as small WAV files, so no sound is downloaded
// from anywhere. Run: node scripts/make-sounds.mjs
import { mkdirSync, writeFileSync } from 'node:fs';

const RATE = 22050;

function wav(samples) {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0); header.writeUInt32LE(36 + data.length, 4); header.write('WAVE', 8);
  header.write('fmt ', 12); header.writeUInt32LE(16, 16); header.writeUInt16LE(1, 20); header.writeUInt16LE(1, 22);
  header.writeUInt32LE(RATE, 24); header.writeUInt32LE(RATE * 2, 28); header.writeUInt16LE(2, 32); header.writeUInt16LE(16, 34);
  header.write('data', 36); header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

function tone(frequencies, seconds, decay) {
  const n = Math.round(RATE * seconds);
  return Array.from({ length: n }, (_, i) => {
    const t = i / RATE;
    const envelope = Math.min(1, t * 200) * Math.exp(-t * decay);
    return envelope * frequencies.reduce((sum, f) => sum + Math.sin(2 * Math.PI * f * t), 0) / frequencies.length * 0.6;
  });
}

mkdirSync('public/audio', { recursive: true });
writeFileSync('public/audio/choice.wav', wav(tone([660, 990], 0.12, 30)));
writeFileSync('public/audio/timeskip.wav', wav(tone([330, 415, 494], 1.2, 3)));
console.log('wrote public/audio/choice.wav and public/audio/timeskip.wav');
