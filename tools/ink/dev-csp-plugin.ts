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

export function devCsp(): Plugin {
  return {
    name: 'rules-at-play:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(
        /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/,
        (_m, start: string, policy: string, end: string) => `${start}${relaxForDev(policy)}${end}`,
      );
    },
  };
}
