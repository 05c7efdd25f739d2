// Small measuring tools shared by the bench: frame times from
// requestAnimationFrame, CPU time of the browser's processes, percentiles.
import { readFileSync, readdirSync } from 'node:fs';

/** p50, p95 and max of a list of numbers. */
export function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? NaN };
}

/**
 * Starts recording the time between animation frames in the page for `ms`;
 * resolves with the deltas. Start it, then do the thing to be measured.
 */
export function frameTimes(page, ms) {
  return page.evaluate(
    (ms) =>
      new Promise((done) => {
        const deltas = [];
        requestAnimationFrame((first) => {
          let last = first;
          const end = first + ms;
          const frame = (now) => {
            deltas.push(now - last);
            last = now;
            if (now < end) requestAnimationFrame(frame);
            else done(deltas);
          };
          requestAnimationFrame(frame);
        });
      }),
    ms,
  );
}

/** CPU time (ms) used so far by every process descended from `root` (Linux /proc; null elsewhere). */
export function treeCpuMs(root = process.pid) {
  let entries;
  try {
    entries = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  const children = new Map();
  const ticks = new Map();
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      if (!children.has(parent)) children.set(parent, []);
      children.get(parent).push(Number(pid));
      ticks.set(Number(pid), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [...(children.get(root) ?? [])];
  while (stack.length) {
    const pid = stack.pop();
    total += ticks.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total * 10; // USER_HZ is 100 on Linux
}

/** Share of one core the browser used over `ms` of waiting. */
export async function cpuShare(page, ms) {
  const before = treeCpuMs();
  const started = Date.now();
  await page.waitForTimeout(ms);
  const after = treeCpuMs();
  return before === null || after === null ? null : (after - before) / (Date.now() - started);
}
