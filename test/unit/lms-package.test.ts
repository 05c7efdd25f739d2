// What each package carries, decided before anything is zipped: the page
// (the scenario it holds, and for cmi5 and xAPI the LRS it may connect to)
// and the files (a one-scenario package leaves the other stories out).
import { describe, expect, it } from 'vitest';
import { LRS_CONNECT, manifestFor, packageIri, pageFor, siteFor } from '../../tools/lms/package-lms.ts';

const PAGE = `<html lang="en-GB"><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self'; base-uri 'none'"></head></html>`;
const bytes = new Uint8Array(1);
const SITE = {
  'index.html': bytes,
  'assets/index-AbCd_123.js': bytes,
  'assets/the-shelter-DO7JsmtU.json': bytes,
  'assets/city-centre-FUNbIBdP.json': bytes,
  'assets/city-centre-extra-AAAAAAAA.json': bytes,
};
const shelter = { scenarioId: 'the-shelter', title: 'Rules at Play: The Shelter' };
const all = { scenarioId: null, title: 'Rules at Play: every scenario' };

describe('the page a package carries', () => {
  it.each([
    ['SCORM 1.2, one scenario', shelter, 'scorm12', true, false],
    ['SCORM 2004, the list', all, 'scorm2004', false, false],
    ['cmi5, one scenario', shelter, 'cmi5', true, true],
    ['plain xAPI, the list', all, 'xapi', false, true],
  ] as const)('%s', (_name, target, edition, named, lrs) => {
    const page = pageFor(PAGE, target, edition);
    expect(page.includes('data-lms-scenario="the-shelter"')).toBe(named);
    expect(page.includes(LRS_CONNECT)).toBe(lrs);
    expect(page.includes("connect-src 'self';")).toBe(!lrs);
  });

  it('refuses to build an LRS package from a page whose policy it cannot read', () => {
    expect(() => pageFor('<html><head></head></html>', shelter, 'cmi5')).toThrow(/connect-src/);
  });
});

describe('the files a package carries', () => {
  it('a one-scenario package leaves out the other stories, and nothing else', () => {
    const ids = ['the-shelter', 'city-centre', 'city-centre-extra'];
    expect(Object.keys(siteFor(SITE, shelter, ids)).sort()).toEqual([
      'assets/index-AbCd_123.js',
      'assets/the-shelter-DO7JsmtU.json',
      'index.html',
    ]);
    expect(Object.keys(siteFor(SITE, { ...shelter, scenarioId: 'city-centre' }, ids))).toContain('assets/city-centre-FUNbIBdP.json');
    expect(Object.keys(siteFor(SITE, { ...shelter, scenarioId: 'city-centre' }, ids))).not.toContain(
      'assets/city-centre-extra-AAAAAAAA.json',
    );
    expect(siteFor(SITE, all, ids)).toBe(SITE);
  });

  it('stops when a story file is not where the build names it', () => {
    expect(() => siteFor(SITE, shelter, ['the-shelter', 'where-and-how'])).toThrow(/"where-and-how" should be one file/);
  });

  it('names a cmi5 course and AU, and a plain xAPI activity, by the package IRI', () => {
    expect(packageIri(all)).toBe('urn:rules-at-play:package:all-scenarios');
    expect(manifestFor('cmi5', shelter, [], '1.0.0')).toContain('<au id="urn:rules-at-play:package:the-shelter:au"');
    expect(manifestFor('xapi', shelter, [], '1.0.0')).toContain('<activity id="urn:rules-at-play:package:the-shelter"');
  });
});
