// The content security policy lives in index.html and is the strict one the
// built game ships. Only the development server relaxes it: Vite injects
// CSS as <style> elements and reloads through a WebSocket, neither of which
// the built game needs, so neither is allowed there.
import type { Plugin } from 'vite';
import { CSP_META, allowing, pagePolicy } from '../../src/server/page-policy.ts';

export { pagePolicy };

const DEV_NEEDS: Record<string, string[]> = {
  'style-src': ["'unsafe-inline'"],
  'connect-src': ['ws://127.0.0.1:*', 'ws://localhost:*'],
};

/** The policy with what the development server needs added to its directives. */
export const relaxForDev = (policy: string): string =>
  Object.entries(DEV_NEEDS).reduce((relaxed, [directive, sources]) => allowing(relaxed, directive, sources), policy);

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
