// Vite plugin: the built index.html carries the title screen itself, drawn
// at build time by the game's own screen code (src/ui/title-screen.ts and
// nav.ts, run in Node against a small HTML document), so the first words
// arrive with the page and paint before any script has loaded. The scripts
// then draw the same screen over it, with its buttons working and with the
// player's saves and journal. Build only: the development server keeps
// showing ink errors in the page, which needs the scripts to run first.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import type { Plugin } from 'vite';
import { shippedScenarios } from '../ink/ink-stories-plugin.ts';
import type { StoryCompiler } from '../ink/ink-stories-plugin.ts';
import { byScenarioOrder } from '../../src/model/scenario.ts';
import type { ScenarioMeta } from '../../src/model/scenario.ts';
import { withHtmlDocument } from './html-document.ts';
import type { HtmlElement } from './html-document.ts';

// Loaded through Vite's module runner rather than imported, so the tools'
// typecheck (Node, no DOM) does not take in the page's DOM code.
const TITLE_SCREEN = fileURLToPath(new URL('../../src/ui/title-screen.ts', import.meta.url));
const NAV = fileURLToPath(new URL('../../src/ui/nav.ts', import.meta.url));

interface Screen {
  main: HtmlElement;
  nav: HtmlElement;
  announcer: HtmlElement;
}
interface TitleScreenModule {
  renderTitle(screen: Screen, view: object): void;
}
interface NavModule {
  renderNav(screen: Screen, view: object): void;
}

const nothing = () => undefined;

/** The title screen and the game's menu as a first-time player sees them: no saves, no journal entries. */
export async function titleHtml(
  scenarios: { id: string; meta: ScenarioMeta }[],
  reporting: 'nothing' | 'learning-system' = 'nothing',
): Promise<{ main: string; nav: string; title: string }> {
  const options = { configFile: false as const, logLevel: 'error' as const };
  const [{ module: title }, { module: nav }] = await Promise.all([
    runnerImport<TitleScreenModule>(TITLE_SCREEN, options),
    runnerImport<NavModule>(NAV, options),
  ]);
  let screen: Screen | null = null;
  const document = withHtmlDocument((doc) => {
    screen = { main: doc.createElement('main'), nav: doc.createElement('nav'), announcer: doc.createElement('div') };
    nav.renderNav(screen, { inScenario: false, leave: nothing, settings: nothing, pause: nothing });
    title.renderTitle(screen, {
      scenarios: [...scenarios].sort(byScenarioOrder),
      error: null,
      inProgress: [],
      problems: [],
      journalEntries: 0,
      select: nothing,
      resume: nothing,
      restart: nothing,
      deleteSave: nothing,
      openJournal: nothing,
      reporting,
    });
  });
  const drawn = screen as Screen | null;
  if (!drawn) throw new Error('The title screen was not drawn.');
  return { main: drawn.main.innerHTML, nav: drawn.nav.innerHTML, title: document.title };
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Puts the drawn title into the page: its <main> (keeping the <noscript> note), its menu and its <title>. */
export function withTitle(html: string, drawn: { main: string; nav: string; title: string }): string {
  const main = /(<main id="main"[^>]*>)([\s\S]*?)(<\/main>)/;
  const nav = /(<nav aria-label="Game" id="game-nav"[^>]*>)(<\/nav>)/;
  if (!main.test(html) || !nav.test(html))
    throw new Error('index.html has no <main id="main"> or <nav id="game-nav"> to draw the title into.');
  const noscript = /<noscript>[\s\S]*?<\/noscript>/.exec(html)?.[0] ?? '';
  return html
    .replace(main, (_m, open: string, _content: string, close: string) => `${open}${drawn.main}${noscript}${close}`)
    .replace(nav, (_m, open: string, close: string) => `${open}${drawn.nav}${close}`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(drawn.title)}</title>`);
}

/**
 * `page` is the game's index.html; any other page built with this config is
 * left as it is. `compile` is the ink plugin's, so no story compiles twice.
 */
export function prerenderTitle(storiesDir: string, page: string, compile: StoryCompiler): Plugin {
  // An LMS build (`--mode lms`) reports to its learning system, and its first words say so.
  let reporting: 'nothing' | 'learning-system' = 'nothing';
  return {
    name: 'rules-at-play:prerender-title',
    apply: 'build',
    configResolved(config) {
      reporting = config.mode === 'lms' ? 'learning-system' : 'nothing';
    },
    async transformIndexHtml(html, context) {
      if (resolve(context.filename) !== resolve(page)) return html;
      return withTitle(html, await titleHtml(shippedScenarios(storiesDir, compile), reporting));
    },
  };
}
