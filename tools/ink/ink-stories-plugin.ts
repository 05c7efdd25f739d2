// Vite plugin: compiles every stories/*.ink at build time. A compile error
// fails the build, and the dev server shows it with file and line.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { Story } from 'inkjs/full';
import { compileInk, formatProblem } from './compile-ink.ts';
import type { InkProblem } from './compile-ink.ts';
import { parseStoryTags } from '../../src/story/tag-parser.ts';
import type { ScenarioMeta } from '../../src/model/scenario.ts';
import { DEV_STORY_PATH, STORY_PREFIX, catalogueHeader, devStoryMiddleware, storyLoad } from './story-files.ts';
import type { StorySource } from './story-files.ts';

const CATALOGUE_ID = 'virtual:story-catalogue';

export interface CompiledStory {
  id: string;
  file: string;
  json: string;
  meta: ScenarioMeta;
}

export class StoryBuildError extends Error {
  constructor(readonly problems: InkProblem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

export function listStoryFiles(storiesDir: string): string[] {
  return readdirSync(storiesDir)
    .filter((name) => name.endsWith('.ink') && !name.startsWith('_'))
    .sort()
    .map((name) => join(storiesDir, name));
}

export function compileStoryFile(path: string, displayName = basename(path), countAllVisits = false): CompiledStory {
  return compileSource(readFileSync(path, 'utf8'), displayName, countAllVisits, path);
}

/** Compiles a story file as the build names it; a compiler made by `storyCompiler` compiles each source once. */
export type StoryCompiler = (path: string) => CompiledStory;

const rootRelative = (path: string) => relative(process.cwd(), path);

/**
 * The catalogue, each story's file and the prerendered title all need the
 * same compiled story in one build: this compiles each source once (again
 * only when the file changes). Made by the Vite config and given to each plugin.
 */
export function storyCompiler(): StoryCompiler {
  const compiled = new Map<string, { source: string; story: CompiledStory }>();
  return (path) => {
    const source = readFileSync(path, 'utf8');
    const known = compiled.get(path);
    if (known?.source === source) return known.story;
    const story = compileSource(source, rootRelative(path), false, path);
    compiled.set(path, { source, story });
    return story;
  };
}

function compileSource(source: string, displayName: string, countAllVisits: boolean, path: string): CompiledStory {
  const { json, problems } = compileInk(source, displayName, { countAllVisits });
  const errors = problems.filter((p) => p.severity === 'error');
  if (!json || errors.length) throw new StoryBuildError(errors);
  const meta = parseStoryTags(new Story(json).globalTags ?? []);
  if (meta.errors.length) {
    throw new StoryBuildError(
      meta.errors.map((e) => ({
        severity: 'error',
        file: displayName,
        line: 1,
        message: `${e.message}${e.tag ? ` (in "# ${e.tag}")` : ''}`,
      })),
    );
  }
  return { id: basename(path, '.ink'), file: displayName, json, meta: meta.value };
}

/** Every shipped scenario's id and meta, compiled as the build compiles them. */
export function shippedScenarios(storiesDir: string, compile: StoryCompiler = storyCompiler()): { id: string; meta: ScenarioMeta }[] {
  return listStoryFiles(storiesDir).map((path) => {
    const { id, meta } = compile(path);
    return { id, meta };
  });
}

export function inkStories(storiesDir: string, compile: StoryCompiler = storyCompiler()): Plugin {
  const compileOrFail = (
    path: string,
    fail: (error: { message: string; id: string; loc?: { file: string; line: number; column: number } }) => never,
  ) => {
    try {
      return compile(path);
    } catch (error) {
      if (error instanceof StoryBuildError) {
        const first = error.problems[0];
        fail({
          message: `Story could not be compiled:\n${error.message}`,
          id: path,
          ...(first ? { loc: { file: path, line: first.line, column: 0 } } : {}),
        });
      }
      throw error;
    }
  };
  let config: ResolvedConfig | null = null;
  /** Stories are fetched files in the game's pages, and bundled modules in the room server's build. */
  const storySource = (ssr: boolean | undefined): StorySource =>
    ssr ? { kind: 'module' } : config?.command === 'serve' ? { kind: 'dev', base: config.base } : { kind: 'asset' };
  return {
    name: 'rules-at-play:ink-stories',
    configResolved(resolved) {
      config = resolved;
    },
    resolveId(id) {
      if (id === CATALOGUE_ID || id.startsWith(STORY_PREFIX)) return `\0${id}`;
      return null;
    },
    load(id, options) {
      if (id === `\0${CATALOGUE_ID}`) {
        const source = storySource(options?.ssr);
        const entries = listStoryFiles(storiesDir).map((path) => {
          this.addWatchFile(path);
          const story = compileOrFail(path, (e) => this.error(e));
          return `{ id: ${JSON.stringify(story.id)}, meta: ${JSON.stringify(story.meta)}, load: ${storyLoad(this, story, source)} }`;
        });
        return `${catalogueHeader(source)}\nexport const catalogue = [${entries.join(',\n')}];`;
      }
      if (id.startsWith(`\0${STORY_PREFIX}`)) {
        const path = join(storiesDir, `${id.slice(STORY_PREFIX.length + 1)}.ink`);
        this.addWatchFile(path);
        const story = compileOrFail(path, (e) => this.error(e));
        return `export default ${JSON.stringify(story.json)};`;
      }
      return null;
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(join(storiesDir, '*.ink'));
      const known = (id: string) => listStoryFiles(storiesDir).find((path) => basename(path, '.ink') === id);
      server.middlewares.use(
        `${server.config.base}${DEV_STORY_PATH}`,
        devStoryMiddleware((id) => {
          const path = known(id);
          return path ? compile(path) : null;
        }),
      );
      const reload = (path: string) => {
        if (!path.endsWith('.ink')) return;
        for (const id of [`\0${CATALOGUE_ID}`, `\0${STORY_PREFIX}${basename(path, '.ink')}`]) {
          const module = server.moduleGraph.getModuleById(id);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
