// node scripts/parallel.mjs "<command>" "<command>" …: runs the commands at
// once, as many at a time as there are cores, and prints each one's output
// whole when it ends (so two outputs never interleave), with its time. Exits
// non-zero if any failed, after all have ended. `npm run lint` runs its
// checkers this way: each is one process on one core, so one after another
// they leave the other core idle.
import { availableParallelism } from 'node:os';
import { runCommand } from './run-command.mjs';

const commands = process.argv.slice(2);
const lanes = Math.min(availableParallelism(), commands.length);
const queue = [...commands];
const failed = [];

async function lane() {
  for (let command = queue.shift(); command; command = queue.shift()) {
    if (!(await runCommand(command))) failed.push(command);
  }
}

await Promise.all(Array.from({ length: lanes }, lane));
if (failed.length) {
  console.error(`\nFailed: ${failed.join('; ')}`);
  process.exit(1);
}
