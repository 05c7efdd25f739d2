// A page's content security policy, as its <meta> tag states it. The built
// game's page adds the hashes of its inline style and start-up script at
// build time (tools/page/inline-start-plugin.ts), so the room server sends
// each page's own policy as a header too: a header without those hashes
// would refuse the page's own inline code.

/** The policy's meta tag, its attributes on one line or (as Prettier writes it) one per line. */
export const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/;

/** The policy a page's meta tag states, or '' if it has none. */
export const pagePolicy = (html: string): string => CSP_META.exec(html)?.[2] ?? '';

/**
 * The policy with `sources` allowed for `directive`. A directive the policy
 * does not name starts from its default-src, as the browser would read it.
 */
export function allowing(policy: string, directive: string, sources: readonly string[]): string {
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  const named = (name: string) => directives.findIndex((d) => d.split(/\s+/)[0] === name);
  const at = named(directive);
  if (at >= 0) {
    directives[at] = [directives[at], ...sources].join(' ');
    return directives.join('; ');
  }
  const fallback = directives[named('default-src')]?.split(/\s+/).slice(1) ?? [];
  const defaultAt = named('default-src');
  directives.splice(defaultAt + 1, 0, [directive, ...fallback, ...sources].join(' '));
  return directives.join('; ');
}
