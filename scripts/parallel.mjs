// node scripts/parallel.mjs "<command>" "<command>" …: runs the commands at
// once, as many at a time as there are cores, and prints each one's output
// whole when it ends (so two outputs never interleave), with its time. Exits
// non-zero if any failed, after all have ended. `npm test` runs the
// typecheck, the lint and the build this way: each is one process on one
// core, so one after another they leave the other core idle.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const commands = process.argv.slice(2);
const lanes = Math.min(availableParallelism(), commands.length);
const queue = [...commands];
const failed = [];

function run(command) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n${code === 0 ? '✓' : '✗'} ${command} (${seconds} s)\n${Buffer.concat(output).toString()}`);
      if (code !== 0) failed.push(command);
      resolve();
    });
  });
}

async function lane() {
  for (let command = queue.shift(); command; command = queue.shift()) await run(command);
}

await Promise.all(Array.from({ length: lanes }, lane));
if (failed.length) {
  console.error(`\nFailed: ${failed.join('; ')}`);
  process.exit(1);
}
