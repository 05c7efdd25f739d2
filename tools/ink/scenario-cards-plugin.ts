// Vite plugin: `virtual:scenario-cards`, the scenario list the title screen
// needs (id, title, summary, minutes, setting, order) and nothing more. The
// whole of each scenario's meta (research, cast, pressures, objectives,
// facts: about nine times as many bytes) stays in `virtual:story-catalogue`,
// which the game fetches once the title is drawn, so it is not in the
// scripts the title waits for. Built from the same compile as the catalogue.
import type { Plugin, ViteDevServer } from 'vite';
import { listStoryFiles, storyCompiler } from './ink-stories-plugin.ts';
import type { StoryCompiler } from './ink-stories-plugin.ts';
import { cardOf } from '../../src/model/scenario.ts';
import type { ScenarioCard } from '../../src/model/scenario.ts';

const CARDS_ID = 'virtual:scenario-cards';

/** The module's source: every shipped scenario's id and card. */
export function cardsModule(scenarios: readonly { id: string; meta: ScenarioCard }[]): string {
  const cards = scenarios.map(({ id, meta }) => ({ id, meta: cardOf(meta) }));
  return `export const cards = ${JSON.stringify(cards)};`;
}

export function scenarioCards(storiesDir: string, compile: StoryCompiler = storyCompiler()): Plugin {
  return {
    name: 'rules-at-play:scenario-cards',
    resolveId: (id) => (id === CARDS_ID ? `\0${CARDS_ID}` : null),
    load(id) {
      if (id !== `\0${CARDS_ID}`) return null;
      // A story that does not compile fails in the ink plugin, which names the file and line.
      const paths = listStoryFiles(storiesDir);
      for (const path of paths) this.addWatchFile(path);
      return cardsModule(paths.map(compile));
    },
    configureServer(server: ViteDevServer) {
      // The ink plugin reloads the page when a story changes; this drops the cards it was built from.
      const drop = (path: string) => {
        const module = path.endsWith('.ink') ? server.moduleGraph.getModuleById(`\0${CARDS_ID}`) : undefined;
        if (module) server.moduleGraph.invalidateModule(module);
      };
      for (const event of ['change', 'add', 'unlink'] as const) server.watcher.on(event, drop);
    },
  };
}
