// Story loaders for the game machine in tests: the host's part, played by a
// promise that answers at once, so tests load stories the way the shell does
// (through the invoked actor) without a page.
import { fromPromise, waitFor } from 'xstate';
import type { AnyActorRef } from 'xstate';
import type { LoadStoryInput } from '../../src/machines/game-machine.ts';
import type { GameMachine } from '../../src/machines/game-machine.ts';

/** Loads each scenario from the JSON given for its id; an id with none fails as a missing file would. */
export function storyLoader(stories: Record<string, string>) {
  return fromPromise<string, LoadStoryInput>(async ({ input }) => {
    const json = stories[input.id];
    if (json === undefined) throw new Error('The file is missing.');
    return json;
  });
}

/** The machine, given a loader that answers with these stories. */
export const withStories = (machine: GameMachine, stories: Record<string, string>): GameMachine =>
  machine.provide({ actors: { loadStory: storyLoader(stories) } });

/** Waits until the story the machine asked for has loaded (or failed to). */
export const loaded = (actor: AnyActorRef) =>
  waitFor(actor, (snapshot: { matches: (state: string) => boolean }) => !snapshot.matches('loading'), { timeout: 4000 });
