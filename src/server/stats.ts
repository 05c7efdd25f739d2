// For `npm run bench:room` only: when this process was started by a parent
// over an IPC channel, it answers { type: 'stats' } with its CPU time, memory
// and room count. Started any other way (npm start), it listens for nothing.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { RunningServer } from './room-server.ts';

export function answerStats(server: RunningServer): void {
  const send = process.send?.bind(process);
  if (!send) return;
  // How late the event loop runs what is due: how long a message waits before the room reads it.
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  process.on('message', (message: { type?: string }) => {
    if (message?.type !== 'stats') return;
    const loopDelay = { p50: delay.percentile(50) / 1e6, p95: delay.percentile(95) / 1e6 };
    delay.reset();
    // Collect first (when node runs with --expose-gc), so memory is what the rooms hold.
    (globalThis as { gc?: () => void }).gc?.();
    send({ type: 'stats', cpu: process.cpuUsage(), memory: process.memoryUsage(), rooms: server.liveRooms(), loopDelay });
  });
  send({ type: 'ready', port: server.port, url: server.url });
}
