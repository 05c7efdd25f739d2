// For `npm run bench:room` only: when this process was started by a parent
// over an IPC channel, it answers { type: 'stats' } with its CPU time, memory
// and room count. Started any other way (npm start), it listens for nothing.
import type { RunningServer } from './room-server.ts';

export function answerStats(server: RunningServer): void {
  const send = process.send?.bind(process);
  if (!send) return;
  process.on('message', (message: { type?: string }) => {
    if (message?.type !== 'stats') return;
    // Collect first (when node runs with --expose-gc), so memory is what the rooms hold.
    (globalThis as { gc?: () => void }).gc?.();
    send({ type: 'stats', cpu: process.cpuUsage(), memory: process.memoryUsage(), rooms: server.liveRooms(), port: server.port });
  });
  send({ type: 'ready', port: server.port, url: server.url });
}
