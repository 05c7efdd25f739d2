// Vite plugin: the built index.html paints its title from the HTML alone.
// Its stylesheet is put in the page (no request before the first paint), and
// its scripts and module preloads start only after the first frame, from a
// small inline script: the words show before any script is fetched or run,
// then the scripts make the title's buttons work. Each inline part's hash is
// added to the page's content security policy, which otherwise allows no
// inline code. Build only; the development server keeps the page as written.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CSP_META, allowing } from '../../src/server/page-policy.ts';

/** The CSP source that allows exactly this inline text. */
export const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const STYLESHEET = /<link rel="stylesheet"[^>]*? href="([^"]+)"[^>]*>/g;
const MODULE_SCRIPT = /<script type="module"[^>]*? src="([^"]+)"[^>]*><\/script>\s*/g;
const CLASSIC_SCRIPT = /<script src="([^"]+)"><\/script>\s*/g;
const MODULE_PRELOAD = /<link rel="modulepreload"[^>]*? href="([^"]+)"[^>]*>\s*/g;

interface Script {
  src: string;
  module: boolean;
}

/**
 * The inline script that starts the page's scripts once the browser reports
 * the first contentful paint (the paint timing entry comes after the frame is
 * on screen, where an animation frame callback comes before it is drawn).
 * A browser without paint timing starts them after the next frame; a page
 * in a background tab, which draws nothing, starts them at once; and if no
 * paint is reported within a second they start all the same. A press on a
 * title button before then starts them too, and is carried out once they
 * are in (window.takeEarlyPress, read by src/main.ts).
 */
export function startScript(scripts: readonly Script[], preloads: readonly string[]): string {
  return `(function () {
  var preloads = ${JSON.stringify(preloads)};
  var scripts = ${JSON.stringify(scripts)};
  var started = false;
  function start() {
    if (started) return;
    started = true;
    preloads.forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    });
    scripts.forEach(function (s) {
      var script = document.createElement('script');
      if (s.module) {
        script.type = 'module';
        script.crossOrigin = '';
      }
      script.src = s.src;
      document.body.appendChild(script);
    });
  }
  // A press on the title before its scripts are in is kept (the button's words) and carried out
  // once they are (src/main.ts takes it with takeEarlyPress); it also starts the scripts at once.
  function early(event) {
    var button = event.target && event.target.closest ? event.target.closest('button') : null;
    if (!button) return;
    window.rulesAtPlayEarlyPress = (button.textContent || '').trim();
    start();
  }
  document.addEventListener('click', early, true);
  window.takeEarlyPress = function () {
    document.removeEventListener('click', early, true);
    var pressed = window.rulesAtPlayEarlyPress || null;
    window.rulesAtPlayEarlyPress = null;
    return pressed;
  };
  var observer = window.PerformanceObserver;
  if (document.visibilityState === 'hidden') start();
  else if (observer && (observer.supportedEntryTypes || []).indexOf('paint') >= 0) {
    new observer(function (list, self) {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      self.disconnect();
      start();
    }).observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
  }
  setTimeout(start, 1000);
})();`;
}

const all = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!);

/**
 * The page with its stylesheets inline (`css` gives each one's text by its
 * address), its scripts started by the inline start script, and its policy
 * allowing exactly those inline parts.
 */
export function inlineStart(html: string, css: (href: string) => string | undefined): string {
  if (!CSP_META.test(html)) throw new Error('The page has no Content-Security-Policy meta tag to add its inline hashes to.');
  const styles: string[] = [];
  let page = html.replace(STYLESHEET, (_tag, href: string) => {
    const text = css(href);
    if (text === undefined) throw new Error(`The page's stylesheet ${href} is not in the build.`);
    if (/<\/style/i.test(text)) throw new Error(`The stylesheet ${href} contains "</style", which would end it early inline.`);
    styles.push(text);
    // The disabled link is neither fetched nor applied: it tells Vite's
    // loader for later chunks that the page has this stylesheet already,
    // so they do not fetch it again and wait for it.
    return `<style>${text}</style><link rel="stylesheet" href="${href}" disabled>`;
  });
  const scripts: Script[] = [
    ...all(page, MODULE_SCRIPT).map((src) => ({ src, module: true })),
    ...all(page, CLASSIC_SCRIPT).map((src) => ({ src, module: false })),
  ];
  const start = startScript(scripts, all(page, MODULE_PRELOAD));
  page = page.replace(MODULE_SCRIPT, '').replace(CLASSIC_SCRIPT, '').replace(MODULE_PRELOAD, '');
  page = page.replace('</body>', `  <script>${start}</script>\n  </body>`);
  return page.replace(CSP_META, (_m, open: string, policy: string, close: string) => {
    const withStyles = styles.length ? allowing(policy, 'style-src', styles.map(cspHash)) : policy;
    return `${open}${allowing(withStyles, 'script-src', [cspHash(start)])}${close}`;
  });
}

/** `page` is the game's index.html; the other pages are left as they are. */
export function inlineStartPlugin(page: string): Plugin {
  return {
    name: 'rules-at-play:inline-start',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has put the built chunks' tags in.
      order: 'post',
      handler(html, context) {
        if (resolve(context.filename) !== resolve(page) || !context.bundle) return html;
        const assets = Object.values(context.bundle).filter((file) => file.type === 'asset' && file.fileName.endsWith('.css'));
        return inlineStart(html, (href) => {
          const asset = assets.find((file) => href === file.fileName || href.endsWith(`/${file.fileName}`));
          if (!asset || asset.type !== 'asset') return undefined;
          return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        });
      },
    },
  };
}
