// Compiled stories by scenario id. One InkStory per scenario serves every
// room playing it: the engine loads the room's own story state before each
// step and finishes the step before anything else runs, so rooms never see
// each other's place in the story, and a room costs its state, not a story.
import { InkStory } from '../story/story-runner.ts';
import type { StoryLibrary } from './services.ts';

export function storyLibrary(compiled: ReadonlyMap<string, string>): StoryLibrary {
  const opened = new Map<string, InkStory>();
  return {
    ids: [...compiled.keys()],
    open(scenarioId) {
      const json = compiled.get(scenarioId);
      if (json === undefined) return null;
      let story = opened.get(scenarioId);
      if (!story) {
        story = new InkStory(json);
        opened.set(scenarioId, story);
      }
      return story;
    },
  };
}
