// The built game ships index.html's strict content security policy; only the
// development server adds what it needs (inline styles, its reload socket).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pagePolicy, relaxForDev, relaxPageForDev } from '../../tools/ink/dev-csp-plugin.ts';

const page = readFileSync('index.html', 'utf8');
const policy = pagePolicy(page);
const directives = (text: string) =>
  Object.fromEntries(
    text
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values]),
  );

describe('the content security policy', () => {
  it('in index.html is strict: no inline styles, no sockets, no base, objects or forms', () => {
    const csp = directives(policy);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('ws:');
    expect(csp).toMatchObject({
      'default-src': ["'self'"],
      'style-src': ["'self'"],
      'connect-src': ["'self'"],
      'base-uri': ["'none'"],
      'object-src': ["'none'"],
      'form-action': ["'none'"],
    });
  });

  it('is relaxed for the development server only by what that server needs', () => {
    const dev = directives(relaxForDev(policy));
    expect(dev['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev['connect-src']).toEqual(["'self'", 'ws://127.0.0.1:*', 'ws://localhost:*']);
    expect({ ...dev, 'style-src': [], 'connect-src': [] }).toEqual({ ...directives(policy), 'style-src': [], 'connect-src': [] });
  });

  it('is relaxed in the page the development server serves, however the tag is laid out', () => {
    expect(policy).toContain("default-src 'self'");
    expect(pagePolicy(relaxPageForDev(page))).toBe(relaxForDev(policy));
    const oneLine = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
    expect(pagePolicy(relaxPageForDev(oneLine))).toBe(relaxForDev(policy));
  });
});
