// The shipped stories, compiled from stories/*.ink by the same Vite plugin
// that builds the game, when the server is built: the server bundle carries
// the compiled JSON, so it compiles nothing at start and plays exactly the
// stories the game in dist/ plays.
import { catalogue } from 'virtual:story-catalogue';
import { storyLibrary } from './story-library.ts';
import type { StoryLibrary } from './services.ts';

export async function shippedStories(): Promise<StoryLibrary> {
  const entries = await Promise.all(catalogue.map(async (entry) => [entry.id, await entry.load()] as const));
  return storyLibrary(new Map(entries));
}
