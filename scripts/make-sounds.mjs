// Generates every sound the game plays, so nothing is downloaded from
// anywhere: two UI cues and a quiet ambience loop for each kind of place.
// Run: node scripts/make-sounds.mjs (writes public/audio/*.wav)
import { mkdirSync, writeFileSync } from 'node:fs';

const RATE = 11025;

function wav(samples) {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** A seeded generator, so the files are the same every time the script runs. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  };
}

function tone(frequencies, seconds, decay) {
  const n = Math.round(RATE * seconds);
  return Array.from({ length: n }, (_, i) => {
    const t = i / RATE;
    const envelope = Math.min(1, t * 200) * Math.exp(-t * decay);
    return ((envelope * frequencies.reduce((sum, f) => sum + Math.sin(2 * Math.PI * f * t), 0)) / frequencies.length) * 0.6;
  });
}

/** Low-passed noise: wind, traffic, a room's hum. Smoothing sets how deep it sounds. */
function noise(seconds, smoothing, gain, seed) {
  const next = random(seed);
  const n = Math.round(RATE * seconds);
  const out = new Array(n);
  let y = 0;
  for (let i = 0; i < n; i += 1) {
    y += (next() - y) * smoothing;
    out[i] = y * gain;
  }
  // Fade the ends so the loop joins without a click.
  const fade = Math.round(RATE * 0.3);
  for (let i = 0; i < fade; i += 1) {
    out[i] *= i / fade;
    out[n - 1 - i] *= i / fade;
  }
  return out;
}

function mix(base, events) {
  const out = base.slice();
  for (const { at, samples } of events) {
    const start = Math.round(at * RATE);
    samples.forEach((s, i) => {
      if (start + i < out.length) out[start + i] += s;
    });
  }
  return out;
}

function chirp(from, to, seconds, gain) {
  const n = Math.round(RATE * seconds);
  let phase = 0;
  return Array.from({ length: n }, (_, i) => {
    const f = from + ((to - from) * i) / n;
    phase += (2 * Math.PI * f) / RATE;
    return Math.sin(phase) * Math.sin((Math.PI * i) / n) * gain;
  });
}

const SECONDS = 6;
const ambience = {
  park: mix(noise(SECONDS, 0.02, 1.6, 1), [
    { at: 1.1, samples: chirp(2600, 3400, 0.12, 0.12) },
    { at: 1.3, samples: chirp(2800, 3600, 0.1, 0.1) },
    { at: 4.2, samples: chirp(3000, 2400, 0.15, 0.1) },
  ]),
  'city-centre': mix(noise(SECONDS, 0.01, 2.4, 2), [{ at: 2.5, samples: noise(1.2, 0.3, 0.25, 9) }]),
  estate: mix(noise(SECONDS, 0.008, 2.2, 3), [{ at: 3.5, samples: tone([180, 240], 0.8, 4).map((s) => s * 0.15) }]),
  school: mix(noise(SECONDS, 0.08, 0.5, 4), [{ at: 4.5, samples: tone([880, 1320], 1, 3).map((s) => s * 0.12) }]),
  room: noise(SECONDS, 0.004, 1.5, 5),
};

mkdirSync('public/audio', { recursive: true });
writeFileSync('public/audio/choice.wav', wav(tone([660, 990], 0.12, 30)));
writeFileSync('public/audio/timeskip.wav', wav(tone([330, 415, 494], 1.2, 3)));
for (const [name, samples] of Object.entries(ambience)) writeFileSync(`public/audio/ambience-${name}.wav`, wav(samples));
console.log(`wrote public/audio: choice, timeskip, and ambience for ${Object.keys(ambience).join(', ')}`);
