// The built index.html carries the title screen, drawn at build time by the
// game's own screen code, so the first words need no script.
import { describe, expect, it } from 'vitest';
import { shippedScenarios } from '../../tools/ink/ink-stories-plugin.ts';
import { titleHtml, withTitle } from '../../tools/page/prerender-title-plugin.ts';
import { byScenarioOrder } from '../../src/model/scenario.ts';
import type { ScenarioMeta } from '../../src/model/scenario.ts';
import { COMPILE_BUDGET } from '../budgets.ts';

const PAGE = `<html><head><title>Rules at Play</title><script type="module" src="/src/main.ts"></script></head><body>
<nav aria-label="Game" id="game-nav"></nav>
<main id="main" tabindex="-1"><h1>Old</h1><p id="loading-note">Loading</p><noscript><p>Needs JavaScript.</p></noscript></main></body></html>`;

describe('the title screen drawn at build time', () => {
  it(
    "lists every shipped scenario in the game's order, each with its briefing button, and the menu",
    async () => {
      const scenarios = shippedScenarios('stories');
      const drawn = await titleHtml(scenarios);
      expect(drawn.main).toMatch(/^<h1 tabindex="-1">Rules at Play<\/h1>/);
      const buttons = [...drawn.main.matchAll(/<button type="button" class="primary">Read the briefing for ([^<]*)<\/button>/g)].map(
        (m) => m[1],
      );
      const expected = [...scenarios].sort(byScenarioOrder).map((s) => s.meta.title.replace(/&/g, '&amp;'));
      expect(buttons).toEqual(expected);
      expect(drawn.nav).toContain('>Pause</button>');
      expect(drawn.nav).toContain('>Settings</button>');
      expect(drawn.title).toBe('Rules at Play · Rules at Play');
    },
    COMPILE_BUDGET,
  );

  it(
    'says nothing leaves the device in the web game, and what goes to the learning system in an LMS package',
    async () => {
      const meta = { title: 'One', summary: 'S', minutes: '5', setting: 'Here', order: 1 } as unknown as ScenarioMeta;
      const web = await titleHtml([{ id: 'x', meta }]);
      expect(web.main).toContain('Nothing is sent anywhere.');
      const lms = await titleHtml([{ id: 'x', meta }], 'learning-system');
      expect(lms.main).not.toContain('Nothing is sent anywhere');
      expect(lms.main).toContain('reports to the learning system that opened it');
      expect(lms.main).toContain('stay on this device unless you choose to send a summary');
    },
    COMPILE_BUDGET,
  );

  it(
    'writes story text as text, never as markup',
    async () => {
      const meta = { title: 'A <b>bold</b> & "quoted" one', summary: '<script>alert(1)</script>', minutes: '5', setting: 'Here', order: 1 };
      const drawn = await titleHtml([{ id: 'x', meta: meta as unknown as ScenarioMeta }]);
      expect(drawn.main).toContain('<h3>A &lt;b&gt;bold&lt;/b&gt; &amp; "quoted" one</h3>');
      expect(drawn.main).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
      expect(drawn.main).not.toContain('<script');
    },
    COMPILE_BUDGET,
  );

  it('goes into <main>, the menu and <title>, keeping the <noscript> note and adding no script', () => {
    const page = withTitle(PAGE, { main: '<h1>Rules at Play</h1>', nav: '<button>Pause</button>', title: 'T & U' });
    expect(page).toContain('<main id="main" tabindex="-1"><h1>Rules at Play</h1><noscript><p>Needs JavaScript.</p></noscript></main>');
    expect(page).toContain('<nav aria-label="Game" id="game-nav"><button>Pause</button></nav>');
    expect(page).toContain('<title>T &amp; U</title>');
    expect(page).not.toContain('loading-note');
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(() => withTitle('<html><body></body></html>', { main: '', nav: '', title: '' })).toThrow(/no <main id="main">/);
  });
});
