// The room server as a real child process (the built dist-server/main.js, as
// `npm start` runs it), on a free 127.0.0.1 port, answering its parent over
// IPC (src/server/stats.ts). The server bundle is rebuilt when a source is newer.
import { execFileSync, fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stopChild } from './redis-server.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BUNDLE = join(ROOT, 'dist-server', 'main.js');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds dist-server/ when it is missing or older than the sources it bundles. */
export function ensureServerBuild(): void {
  let built = 0;
  try {
    built = statSync(BUNDLE).mtimeMs;
  } catch {
    built = 0;
  }
  const sources = Math.max(...['src', 'stories'].map((dir) => newest(join(ROOT, dir))));
  if (built > sources) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'vite.server.config.ts'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
}

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Memory and rooms, as the process reports them. */
  stats(): Promise<{ memory: NodeJS.MemoryUsage; rooms: number; cpu: NodeJS.CpuUsage }>;
  stop(): Promise<void>;
}

export async function startServerProcess(env: Record<string, string>, execArgv: string[] = []): Promise<ServerProcess> {
  const child = fork(BUNDLE, ['--port', '0', '--host', '127.0.0.1'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    execArgv,
  });
  const ready = await new Promise<{ port: number; url: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The room server process did not start in 15 s.')), 15_000);
    child.on('message', (message: { type?: string; port?: number; url?: string }) => {
      if (message.type !== 'ready') return;
      clearTimeout(timer);
      resolve({ port: message.port!, url: message.url! });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The room server process stopped (${code}).`));
    });
  });
  return {
    ...ready,
    child,
    stats: () =>
      new Promise((resolve) => {
        const listen = (message: { type?: string }) => {
          if (message.type !== 'stats') return;
          child.off('message', listen);
          resolve(message as never);
        };
        child.on('message', listen);
        child.send({ type: 'stats' });
      }),
    stop: () => stopChild(child),
  };
}
