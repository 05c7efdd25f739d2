// How the game gets a scenario's compiled story: as a JSON file of its own,
// fetched when its briefing is read. A story imported as a JS module
// (`export default "<json>"`) stays in the browser's module map, source and
// string both, for the life of the page, so every scenario played in a tab
// added its story to the heap for good (issue 19, target 5); a fetched
// string is garbage once the scenario is over.
//
// The build emits each story as assets/<id>-<hash>.json (a new hash when the
// story changes, so caches and the service worker's precache stay right);
// the development server answers the same request from the .ink file as it
// is now; the room server's build (SSR) has no page to fetch from and keeps
// the stories in its bundle.
import type { Connect, Rollup } from 'vite';

/** What this needs of a compiled story. */
interface StoryFile {
  id: string;
  json: string;
}

/** The module that exports a story's JSON as its default (the room server's build and the bench's plain ink page use it). */
export const STORY_PREFIX = 'virtual:story/';

/** Where the development server answers for a story's JSON, under the base. */
export const DEV_STORY_PATH = '@ink-story/';

/** How the catalogue module gets its stories in this build. */
export type StorySource = { kind: 'asset' } | { kind: 'dev'; base: string } | { kind: 'module' };

/**
 * Put at the top of the catalogue module: fetches a story's JSON. A failed
 * request or a file that is not JSON rejects, so the game can say plainly
 * that the story did not arrive (an HTML error page must not reach ink).
 */
export const FETCH_STORY = `const fetchStory = (url) =>
  fetch(url).then(async (response) => {
    if (!response.ok) throw new Error(\`The story file answered \${response.status}.\`);
    const json = await response.text();
    JSON.parse(json);
    return json;
  });`;

/** What the catalogue module starts with: the fetcher, where stories are fetched. */
export const catalogueHeader = (source: StorySource): string => (source.kind === 'module' ? '' : FETCH_STORY);

/** The catalogue entry's `load:` for a story: a function returning a promise of its JSON. */
export function storyLoad(context: Pick<Rollup.PluginContext, 'emitFile'>, story: StoryFile, source: StorySource): string {
  if (source.kind === 'module') return `() => import(${JSON.stringify(STORY_PREFIX + story.id)}).then((m) => m.default)`;
  if (source.kind === 'dev') return `() => fetchStory(${JSON.stringify(`${source.base}${DEV_STORY_PATH}${story.id}.json`)})`;
  const reference = context.emitFile({ type: 'asset', name: `${story.id}.json`, source: story.json });
  return `() => fetchStory(import.meta.ROLLUP_FILE_URL_${reference})`;
}

/**
 * The development server's answer for a story's JSON: compiled from the .ink
 * file as it is at that moment, so an edited story is played after the page
 * reloads (the plugin reloads it when a .ink file changes).
 */
export function devStoryMiddleware(compile: (id: string) => StoryFile | null): Connect.NextHandleFunction {
  return (request, response) => {
    const id = /^\/([a-z0-9][a-z0-9-]*)\.json$/.exec((request.url ?? '').split('?')[0] ?? '')?.[1];
    const missing = () => {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('There is no story of that name in the stories folder.');
    };
    if (!id) return missing();
    try {
      const story = compile(id);
      if (!story) return missing();
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' });
      response.end(story.json);
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(error instanceof Error ? error.message : String(error));
    }
  };
}
