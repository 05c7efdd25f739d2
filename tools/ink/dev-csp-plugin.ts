// The content security policy lives in index.html and is the strict one the
// built game ships. Only the development server relaxes it: Vite injects
// CSS as <style> elements and reloads through a WebSocket, neither of which
// the built game needs, so neither is allowed there.
import type { Plugin } from 'vite';

const DEV_NEEDS: Record<string, string> = {
  'style-src': "'unsafe-inline'",
  'connect-src': 'ws://127.0.0.1:* ws://localhost:*',
};

/** The policy with what the development server needs added to its directives. */
export function relaxForDev(policy: string): string {
  return policy
    .split(';')
    .map((directive) => {
      const trimmed = directive.trim();
      const name = trimmed.split(/\s+/)[0] ?? '';
      return DEV_NEEDS[name] ? `${trimmed} ${DEV_NEEDS[name]}` : trimmed;
    })
    .join('; ');
}

/** The policy's meta tag, its attributes on one line or (as Prettier writes it) one per line. */
const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/;

/** The policy index.html ships, or '' if the page has none. */
export const pagePolicy = (html: string): string => CSP_META.exec(html)?.[2] ?? '';

/** index.html as the development server serves it: the same page, its policy relaxed. */
export const relaxPageForDev = (html: string): string =>
  html.replace(CSP_META, (_m, start: string, policy: string, end: string) => `${start}${relaxForDev(policy)}${end}`);

export function devCsp(): Plugin {
  return {
    name: 'rules-at-play:dev-csp',
    apply: 'serve',
    transformIndexHtml: relaxPageForDev,
  };
}
