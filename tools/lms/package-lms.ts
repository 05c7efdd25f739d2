// npm run package:lms: builds the game for learning systems (vite --mode lms,
// relative paths, no service worker) and zips it as SCORM 1.2, SCORM 2004
// 4th Edition, cmi5 and plain xAPI packages, one per scenario and one with
// the scenario list. A SCORM package has an imsmanifest.xml made from the
// templates beside this file and the ADL schema files at its root (as ADL's
// packaging guidance asks); a cmi5 package a cmi5.xml course structure; a
// plain xAPI package a tincan.xml. A package for one scenario carries only
// that scenario's story.
import { readFileSync, readdirSync, statSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { Deflater, zipFiles } from './zip-files.ts';

export type ScormEdition = 'scorm12' | 'scorm2004';
export type LmsEdition = ScormEdition | 'cmi5' | 'xapi';
export const EDITIONS: readonly LmsEdition[] = ['scorm12', 'scorm2004', 'cmi5', 'xapi'];

const HERE = fileURLToPath(new URL('.', import.meta.url));
const SCHEMA_DIRS: Record<ScormEdition, string> = { scorm12: 'scorm12', scorm2004: 'scorm2004-4th' };
const EDITION_NAMES: Record<LmsEdition, string> = {
  scorm12: 'scorm12',
  scorm2004: 'scorm2004-4th-edition',
  cmi5: 'cmi5',
  xapi: 'xapi',
};
/** Each edition's manifest: its template and the name it has in the zip. */
const MANIFESTS: Record<LmsEdition, { template: string; file: string }> = {
  scorm12: { template: 'imsmanifest-scorm12.xml', file: 'imsmanifest.xml' },
  scorm2004: { template: 'imsmanifest-scorm2004.xml', file: 'imsmanifest.xml' },
  cmi5: { template: 'cmi5.xml', file: 'cmi5.xml' },
  xapi: { template: 'tincan.xml', file: 'tincan.xml' },
};

export interface LmsTarget {
  /** null: the package with the scenario list. */
  scenarioId: string | null;
  title: string;
}

export interface BuiltPackage {
  file: string;
  edition: LmsEdition;
  target: LmsTarget;
  bytes: number;
  manifest: string;
}

export const schemaDir = (edition: ScormEdition): string => join(HERE, 'schemas', SCHEMA_DIRS[edition]);

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** Every scenario in the stories folder, by its file name and its "# title:" tag. */
export function lmsTargets(storiesDir: string): LmsTarget[] {
  const scenarios = readdirSync(storiesDir)
    .filter((name) => name.endsWith('.ink') && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const title = /^#\s*title:\s*(.+)$/m.exec(readFileSync(join(storiesDir, name), 'utf8'))?.[1]?.trim();
      return { scenarioId: basename(name, '.ink'), title: `Rules at Play: ${title ?? basename(name, '.ink')}` };
    });
  return [{ scenarioId: null, title: 'Rules at Play: every scenario' }, ...scenarios];
}

/** The package's file name tells a trainer what is in it and for which standard. */
export const packageName = (target: LmsTarget, edition: LmsEdition): string =>
  `rules-at-play_${target.scenarioId ?? 'all-scenarios'}_${EDITION_NAMES[edition]}.zip`;

/** The IRI a cmi5 or plain xAPI package names its activity by (the game uses the same when a launch names none). */
export const packageIri = (target: LmsTarget): string => `urn:rules-at-play:package:${target.scenarioId ?? 'all-scenarios'}`;

export function manifestFor(edition: LmsEdition, target: LmsTarget, files: readonly string[], version: string): string {
  const template = readFileSync(join(HERE, 'templates', MANIFESTS[edition].template), 'utf8');
  const scorm = edition === 'scorm12' || edition === 'scorm2004';
  const identifier = scorm ? `rules-at-play.${target.scenarioId ?? 'all-scenarios'}.${edition}` : packageIri(target);
  const values: Record<string, string> = {
    identifier,
    version: escapeXml(version),
    title: escapeXml(target.title),
    description: escapeXml(
      `${target.scenarioId ? 'A safeguarding panel scenario' : 'Safeguarding panel scenarios'} read on WHERE and HOW. There is no score: it is completed at the debrief.`,
    ),
    files: files.map((file) => `      <file href="${escapeXml(file)}"/>`).join('\n'),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_all, name: string) => values[name] ?? '');
}

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, root) : [relative(root, path).split('\\').join('/')];
  });
}

/** What an LMS build must not hold: a service worker, or a page that registers one. */
export function serviceWorkerTraces(files: Record<string, Uint8Array>): string[] {
  const decoder = new TextDecoder();
  return Object.entries(files)
    .filter(
      ([name, bytes]) =>
        /(^|\/)(sw|service-worker|workbox-[^/]*)\.js$/.test(name) ||
        (/\.(js|html)$/.test(name) && /serviceWorker\s*\.\s*register/.test(decoder.decode(bytes))),
    )
    .map(([name]) => name);
}

/**
 * What a package carries: the built site less the other scenarios' stories
 * (each story is a JSON file named after its scenario), so a one-scenario
 * package holds only its own. Every story must be found, or the build's
 * naming changed and this would silently keep them all.
 */
export function siteFor(site: Record<string, Uint8Array>, target: LmsTarget, scenarioIds: readonly string[]): Record<string, Uint8Array> {
  if (!target.scenarioId) return site;
  const storyFileOf = (id: string) => {
    const found = Object.keys(site).filter((file) => new RegExp(`^assets/${id}-[\\w-]{8}\\.json$`).test(file));
    if (found.length !== 1) throw new Error(`The story of "${id}" should be one file in assets/, but ${found.length} files match.`);
    return found[0]!;
  };
  const others = new Set(scenarioIds.filter((id) => id !== target.scenarioId).map(storyFileOf));
  return Object.fromEntries(Object.entries(site).filter(([file]) => !others.has(file)));
}

/**
 * The LRS a cmi5 or xAPI launch names is only known at launch, so those
 * packages' pages may connect to any https address (and to this machine, for
 * a local LRS); the game itself asks only the one the launch gave. SCORM
 * packages talk to the LMS through a script API and connect nowhere.
 */
export const LRS_CONNECT = "connect-src 'self' https: http://127.0.0.1:* http://localhost:*";

/**
 * A page as a package carries it: a one-scenario page names the scenario on
 * the html element (the game offers only that one); an LRS package's page
 * may connect to the LRS.
 */
export function pageFor(html: string, target: LmsTarget, edition: LmsEdition = 'scorm12'): string {
  let page = html;
  if (edition === 'cmi5' || edition === 'xapi') {
    if (!page.includes("connect-src 'self';"))
      throw new Error("The page's Content-Security-Policy has no connect-src 'self' to widen for the LRS.");
    page = page.replace("connect-src 'self';", `${LRS_CONNECT};`);
  }
  if (!target.scenarioId) return page;
  return page.replace(/<html([^>]*)>/, `<html$1 data-lms-scenario="${escapeXml(target.scenarioId)}">`);
}

export async function buildLmsSite(root: string, outDir: string): Promise<void> {
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    mode: 'lms',
    // An LMS serves the package from a folder of its own choosing.
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

export function zipPackages(siteDir: string, outDir: string, targets: LmsTarget[], version: string): BuiltPackage[] {
  const site: Record<string, Uint8Array> = {};
  for (const file of listFiles(siteDir)) site[file] = readFileSync(join(siteDir, file));
  const traces = serviceWorkerTraces(site);
  if (traces.length) throw new Error(`An LMS build must not have a service worker, but it holds: ${traces.join(', ')}`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const built: BuiltPackage[] = [];
  const encoder = new TextEncoder();
  const scenarioIds = targets.flatMap((t) => (t.scenarioId ? [t.scenarioId] : []));
  const schemasOf = (edition: LmsEdition): Record<string, Uint8Array> => {
    if (edition !== 'scorm12' && edition !== 'scorm2004') return {};
    const dir = schemaDir(edition);
    return Object.fromEntries(
      readdirSync(dir)
        .filter((f) => f.endsWith('.xsd') && f !== 'validate.xsd')
        .map((f) => [f, readFileSync(join(dir, f))]),
    );
  };
  // Each built file is compressed once for all the packages that carry it.
  const deflater = new Deflater();
  for (const edition of EDITIONS) {
    const schemas = schemasOf(edition);
    for (const target of targets) {
      const pages = Object.fromEntries(
        ['index.html', 'trainers.html'].map((name) => [
          name,
          encoder.encode(pageFor(new TextDecoder().decode(site[name]), target, edition)),
        ]),
      );
      const content = { ...siteFor(site, target, scenarioIds), ...pages };
      const manifest = manifestFor(edition, target, Object.keys(content).sort(), version);
      const zip = zipFiles({ [MANIFESTS[edition].file]: encoder.encode(manifest), ...schemas, ...content }, deflater);
      const file = join(outDir, packageName(target, edition));
      writeFileSync(file, zip);
      built.push({ file, edition, target, bytes: zip.length, manifest });
    }
  }
  return built;
}

export async function packageLms(root: string, print: (line: string) => void = () => {}): Promise<BuiltPackage[]> {
  const siteDir = join(root, 'dist-lms', 'site');
  await buildLmsSite(root, siteDir);
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const built = zipPackages(siteDir, join(root, 'dist-lms', 'packages'), lmsTargets(join(root, 'stories')), version);
  for (const p of built) print(`${relative(root, p.file)}  ${(p.bytes / 1024 / 1024).toFixed(2)} MB`);
  return built;
}
