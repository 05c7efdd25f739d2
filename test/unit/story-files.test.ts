// Each story reaches the game as a JSON file of its own, fetched when it is
// played, so the page keeps no story it has finished with (issue 19): the
// build emits the files with a content hash, the development server answers
// for them from the .ink files as they are now, and the room server's build
// keeps them in its bundle.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { build } from 'vite';
import type { Rollup } from 'vite';
import { compileStoryFile, inkStories } from '../../tools/ink/ink-stories-plugin.ts';
import { FETCH_STORY, devStoryMiddleware } from '../../tools/ink/story-files.ts';
import { BUILD_BUDGET, COMPILE_BUDGET } from '../budgets.ts';
import { MINIMAL_STORY } from './story-fixture.ts';

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'story-files-'));
  mkdirSync(join(root, 'stories'));
  writeFileSync(join(root, 'stories', 'bus-station.ink'), MINIMAL_STORY);
  writeFileSync(join(root, 'index.html'), '<script type="module" src="./main.js"></script>');
  writeFileSync(
    join(root, 'main.js'),
    "import { catalogue } from 'virtual:story-catalogue';\ncatalogue[0].load().then((json) => console.log(json.length));\n",
  );
  return root;
}

/** Builds the project (for the room server when given `ssr`), in memory: each file's name and text. */
async function builtFiles(root: string, options: { ssr?: string }) {
  const output = (await build({
    root,
    logLevel: 'silent',
    configFile: false,
    plugins: [inkStories(join(root, 'stories'))],
    build: { ...options, write: false },
  })) as Rollup.RollupOutput;
  return output.output.map((file) => ({ name: file.fileName, text: 'code' in file ? file.code : String(file.source) }));
}

/** The catalogue's story fetcher, run with the given answer to its request. */
const fetchWith = (answer: () => Promise<Response>) =>
  (new Function('fetch', `${FETCH_STORY}\nreturn fetchStory;`) as (f: typeof fetch) => (url: string) => Promise<string>)(answer);

describe('a story in the built game', () => {
  it(
    'is a JSON file named after it with a content hash, and no script holds its text',
    async () => {
      const root = project();
      const built = await builtFiles(root, {});
      const json = compileStoryFile(join(root, 'stories', 'bus-station.ink'), 'stories/bus-station.ink').json;
      const story = built.find((f) => /^assets\/bus-station-[\w-]{8}\.json$/.test(f.name));
      expect(story?.text).toBe(json);
      const scripts = built.filter((f) => f.name.endsWith('.js'));
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((f) => f.text.includes('Girls wait at the bus station'))).toEqual([]);
      // The catalogue fetches the file by the name the build gave it.
      expect(scripts.some((f) => f.text.includes(story!.name.slice('assets/'.length)))).toBe(true);
    },
    BUILD_BUDGET,
  );

  it(
    "is bundled in the room server's build, which has no page to fetch it from",
    async () => {
      const root = project();
      const built = await builtFiles(root, { ssr: join(root, 'main.js') });
      expect(built.filter((f) => f.name.endsWith('.json'))).toEqual([]);
      expect(built.some((f) => f.text.includes('Girls wait at the bus station'))).toBe(true);
    },
    BUILD_BUDGET,
  );
});

describe('fetching a story', () => {
  it('answers with the file as it came', async () => {
    const load = fetchWith(() => Promise.resolve(new Response('{"inkVersion":21}')));
    expect(await load('/assets/x.json')).toBe('{"inkVersion":21}');
  });

  it.each([
    ['a missing file', () => Promise.resolve(new Response('Not found', { status: 404 })), /answered 404/],
    ['a page in place of the story', () => Promise.resolve(new Response('<!doctype html><title>Sign in</title>')), /JSON/],
    ['a file cut short', () => Promise.resolve(new Response('{"inkVersion":21,"root":[')), /JSON/],
    ['no connection', () => Promise.reject(new TypeError('Failed to fetch')), /Failed to fetch/],
  ])('fails on %s, so the game can say so in plain words', async (_name, answer, message) => {
    await expect(fetchWith(answer)('/assets/x.json')).rejects.toThrow(message);
  });
});

describe("the development server's answer for a story", () => {
  function ask(url: string, compile: Parameters<typeof devStoryMiddleware>[0]) {
    const answer = { status: 0, headers: {} as Record<string, string>, body: '' };
    const response = {
      writeHead: (status: number, headers: Record<string, string>) => Object.assign(answer, { status, headers }),
      end: (body: string) => Object.assign(answer, { body }),
    } as unknown as ServerResponse;
    devStoryMiddleware(compile)({ url } as IncomingMessage, response, () => {
      throw new Error('Every request under the path is answered here.');
    });
    return answer;
  }

  it(
    'is the story compiled from its .ink file as it is now',
    () => {
      const root = project();
      const compile = (id: string) => (id === 'bus-station' ? compileStoryFile(join(root, 'stories', `${id}.ink`)) : null);
      const first = ask('/bus-station.json', compile);
      expect(first.status).toBe(200);
      expect(first.headers['Content-Type']).toBe('application/json');
      expect(JSON.parse(first.body)).toHaveProperty('inkVersion');
      writeFileSync(join(root, 'stories', 'bus-station.ink'), MINIMAL_STORY.replace('at night', 'after dark'));
      expect(ask('/bus-station.json?t=1', compile).body).toContain('after dark');
    },
    COMPILE_BUDGET,
  );

  it('answers "not found" for what is not a story, and names a story that does not compile', () => {
    expect(ask('/no-such-story.json', () => null).status).toBe(404);
    expect(ask('/../secrets.json', () => 'never' as never).status).toBe(404);
    const broken = ask('/bus-station.json', () => {
      throw new Error('stories/bus-station.ink:3: error: Divert target not found');
    });
    expect(broken.status).toBe(500);
    expect(broken.body).toContain('bus-station.ink:3');
  });
});
