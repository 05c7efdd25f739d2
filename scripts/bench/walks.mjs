// The exhaustive story walks (target 6 of issue 19): how long the checker
// takes to walk every path of each shipped story, one after another in this
// process (the test suite runs them in two files, one per core).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';

export async function measureWalks(projectRoot) {
  const { module } = await runnerImport(join(projectRoot, 'tools/ink/check-stories.ts'), { configFile: false, logLevel: 'error' });
  const storiesDir = join(projectRoot, 'stories');
  const files = readdirSync(storiesDir).filter((f) => f.endsWith('.ink') && !f.startsWith('_'));
  const walks = [];
  for (const file of files) {
    const started = performance.now();
    const check = module.checkStory(join(storiesDir, file));
    walks.push({ file, ms: performance.now() - started, coverage: check.coverage, errors: check.errors.length });
  }
  return walks;
}
