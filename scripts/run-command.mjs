// Runs one shell command with its output held back and printed whole when it
// ends (so the outputs of commands run side by side never interleave), with
// the seconds it took. Used by scripts/parallel.mjs and scripts/test.mjs.
import { spawn } from 'node:child_process';

/**
 * Resolves true when the command exits 0. `background` runs it at a lower
 * CPU priority (nice 10, inherited by everything it starts): it takes only
 * the CPU that work at normal priority leaves idle. Not on Windows, which
 * has no `nice`; there it runs at normal priority.
 */
export function runCommand(command, { background = false } = {}) {
  const started = performance.now();
  const line = background && process.platform !== 'win32' ? `nice -n 10 ${command}` : command;
  return new Promise((resolve) => {
    const child = spawn(line, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n${code === 0 ? '✓' : '✗'} ${command} (${seconds} s)\n${Buffer.concat(output).toString()}`);
      resolve(code === 0);
    });
  });
}
