// The built page's stylesheet goes inline and its scripts start from one
// inline script after the first paint; its policy allows exactly those two
// inline parts by their hashes (tools/page/inline-start-plugin.ts).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash, inlineStart, startScript } from '../../tools/page/inline-start-plugin.ts';
import { pagePolicy } from '../../src/server/page-policy.ts';

const CSS = ':root{color:#1c1f24}';
const PAGE = `<!doctype html>
<html><head>
<meta
  http-equiv="Content-Security-Policy"
  content="default-src 'self'; style-src 'self'; connect-src 'self'"
/>
<script type="module" crossorigin src="/assets/index-abc.js"></script>
<link rel="modulepreload" crossorigin href="/assets/shared-def.js">
<link rel="stylesheet" crossorigin href="/assets/shared-ghi.css">
</head><body><h1>Title</h1>
<script src="file-notice.js"></script>
</body></html>`;

const inlineOf = (html: string, tag: 'style' | 'script') =>
  [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1);

describe('the page made to paint from its HTML alone', () => {
  const built = inlineStart(PAGE, (href) => (href === '/assets/shared-ghi.css' ? CSS : undefined));

  it('carries its stylesheet inline, and fetches no script or stylesheet of its own accord', () => {
    expect(inlineOf(built, 'style')).toEqual([CSS]);
    expect(built).not.toMatch(/<script[^>]* src=/);
    expect(built).not.toContain('modulepreload" crossorigin');
    // Kept, disabled (so neither fetched nor applied), so later chunks know the page has it.
    expect(built).toContain('<link rel="stylesheet" href="/assets/shared-ghi.css" disabled>');
  });

  it('starts the module, its preloads and the classic script from one inline script', () => {
    const [start] = inlineOf(built, 'script');
    expect(inlineOf(built, 'script')).toHaveLength(1);
    expect(start).toBe(
      startScript(
        [
          { src: '/assets/index-abc.js', module: true },
          { src: 'file-notice.js', module: false },
        ],
        ['/assets/shared-def.js'],
      ),
    );
    expect(start).toContain("getEntriesByName('first-contentful-paint')");
  });

  it('allows exactly those inline parts in its policy, by their SHA-256 hashes', () => {
    const policy = pagePolicy(built);
    const [start] = inlineOf(built, 'script');
    expect(directive(policy, 'style-src')).toEqual(["'self'", cspHash(CSS)]);
    expect(directive(policy, 'script-src')).toEqual(["'self'", cspHash(start!)]);
    expect(cspHash('a')).toBe(`'sha256-${createHash('sha256').update('a').digest('base64')}'`);
    expect(directive(policy, 'connect-src')).toEqual(["'self'"]);
    expect(policy).not.toContain('unsafe-inline');
  });

  it.each([
    ['a page with no policy to add the hashes to', PAGE.replace(/<meta[\s\S]*?\/>/, ''), () => CSS, /no Content-Security-Policy/],
    ['a stylesheet the build does not have', PAGE, () => undefined, /not in the build/],
    ['a stylesheet that would end its <style> early', PAGE, () => 'a::after{content:"</style>"}', /<\/style/],
  ])('refuses %s', (_what, html, css, message) => {
    expect(() => inlineStart(html, css)).toThrow(message);
  });
});
