// The exhaustive story walks (target 6 of issue 19): the checker walks every
// path of every shipped story, in as many child processes as the machine has
// cores, each taking one shard of the stories (tools/ink/walk-shards.ts), as
// the test suite's two story files do. Reports the time from start to the
// last walk's end, the CPU time of all of them, and each story's own time.
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const options = { configFile: false, logLevel: 'error' };

/** In a child: walks shard `index` of `of` and sends back each story's time and coverage. */
async function walkShard(projectRoot, index, of) {
  const load = (path) => runnerImport(join(projectRoot, path), options).then((m) => m.module);
  const [{ checkStory }, { shard }] = await Promise.all([load('tools/ink/check-stories.ts'), load('tools/ink/walk-shards.ts')]);
  const walks = [];
  for (const path of shard(index, of, join(projectRoot, 'stories'))) {
    const started = performance.now();
    const check = checkStory(path);
    walks.push({
      file: path.split('/').pop(),
      ms: performance.now() - started,
      coverage: check.coverage,
      paths: check.paths,
      errors: check.errors.length,
    });
  }
  const cpu = process.cpuUsage();
  process.send({ walks, cpuMs: (cpu.user + cpu.system) / 1000 });
}

export async function measureWalks(projectRoot, shards = availableParallelism()) {
  const started = performance.now();
  const results = await Promise.all(
    Array.from(
      { length: shards },
      (_, index) =>
        new Promise((resolve, reject) => {
          const child = fork(fileURLToPath(import.meta.url), [projectRoot, String(index), String(shards)]);
          child.once('message', resolve);
          child.once('exit', (code) => code && reject(new Error(`A story walker stopped (${code}).`)));
        }),
    ),
  );
  return {
    ms: performance.now() - started,
    cpuMs: results.reduce((n, r) => n + r.cpuMs, 0),
    shards,
    walks: results.flatMap((r) => r.walks),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await walkShard(process.argv[2], Number(process.argv[3]), Number(process.argv[4]));
