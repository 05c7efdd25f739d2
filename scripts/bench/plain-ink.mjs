// The bar a text game should clear (target 1 of issue 19): the simplest way to
// publish an ink story, inkjs and a few lines of DOM, showing the opening of
// the smallest shipped story up to its first choices. Built here with the
// game's own ink plugin (the same compiled JSON), into a temporary folder.
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { build } from 'vite';

const PAGE = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Plain ink</title>
  </head>
  <body>
    <main id="story"></main>
    <script type="module" src="./main.js"></script>
  </body>
</html>
`;

const script = (id) => `import { Story } from 'inkjs';
import json from 'virtual:story/${id}';

const story = new Story(json);
const out = document.getElementById('story');
while (story.canContinue) {
  const p = document.createElement('p');
  p.textContent = story.Continue();
  out.append(p);
}
for (const choice of story.currentChoices) {
  const button = document.createElement('button');
  button.textContent = choice.text;
  out.append(button);
}
`;

/** The smallest shipped story by the size of its ink source. */
export function smallestStory(storiesDir) {
  const files = readdirSync(storiesDir).filter((f) => f.endsWith('.ink') && !f.startsWith('_'));
  return files.map((f) => ({ id: basename(f, '.ink'), size: statSync(join(storiesDir, f)).size })).sort((a, b) => a.size - b.size)[0].id;
}

/** Builds the plain page for story `id`; resolves with the folder to serve. */
export async function buildPlainInk(projectRoot, id) {
  // Inside the project, so 'inkjs' resolves from its node_modules.
  const source = join(projectRoot, 'node_modules', '.cache', 'bench-plain-ink');
  mkdirSync(source, { recursive: true });
  writeFileSync(join(source, 'index.html'), PAGE);
  writeFileSync(join(source, 'main.js'), script(id));
  const outDir = mkdtempSync(join(tmpdir(), 'plain-ink-'));
  await build({
    root: source,
    configFile: join(projectRoot, 'vite.config.ts'),
    base: './',
    logLevel: 'warn',
    // Only this page: the game's config names the game's own pages as its inputs.
    build: { outDir, emptyOutDir: true, target: 'es2022', rolldownOptions: { input: join(source, 'index.html') } },
  });
  return outDir;
}
