// npm run package:lms: builds the game for learning systems (vite --mode lms,
// relative paths, no service worker) and zips it as SCORM 1.2 and SCORM 2004
// 4th Edition packages, one per scenario and one with the scenario list, each
// with an imsmanifest.xml made from the templates beside this file and the
// ADL schema files at its root (as ADL's packaging guidance asks).
import { readFileSync, readdirSync, statSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { build } from 'vite';

export type ScormEdition = 'scorm12' | 'scorm2004';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const SCHEMA_DIRS: Record<ScormEdition, string> = { scorm12: 'scorm12', scorm2004: 'scorm2004-4th' };
const EDITION_NAMES: Record<ScormEdition, string> = { scorm12: 'scorm12', scorm2004: 'scorm2004-4th-edition' };

export interface LmsTarget {
  /** null: the package with the scenario list. */
  scenarioId: string | null;
  title: string;
}

export interface BuiltPackage {
  file: string;
  edition: ScormEdition;
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
export const packageName = (target: LmsTarget, edition: ScormEdition): string =>
  `rules-at-play_${target.scenarioId ?? 'all-scenarios'}_${EDITION_NAMES[edition]}.zip`;

export function manifestFor(edition: ScormEdition, target: LmsTarget, files: readonly string[], version: string): string {
  const template = readFileSync(join(HERE, 'templates', `imsmanifest-${edition}.xml`), 'utf8');
  const identifier = `rules-at-play.${target.scenarioId ?? 'all-scenarios'}.${edition}`;
  const values: Record<string, string> = {
    identifier,
    version: escapeXml(version),
    title: escapeXml(target.title),
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

/** The one-scenario page: the game reads which scenario it holds from the html element. */
export function pageFor(indexHtml: string, target: LmsTarget): string {
  if (!target.scenarioId) return indexHtml;
  return indexHtml.replace(/<html([^>]*)>/, `<html$1 data-lms-scenario="${escapeXml(target.scenarioId)}">`);
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
  for (const edition of ['scorm12', 'scorm2004'] as const) {
    const schemas: Record<string, Uint8Array> = {};
    for (const file of readdirSync(schemaDir(edition)).filter((f) => f.endsWith('.xsd') && f !== 'validate.xsd'))
      schemas[file] = readFileSync(join(schemaDir(edition), file));
    for (const target of targets) {
      const page = encoder.encode(pageFor(new TextDecoder().decode(site['index.html']), target));
      const content = { ...site, 'index.html': page };
      const manifest = manifestFor(edition, target, Object.keys(content).sort(), version);
      const zip = zipSync({ 'imsmanifest.xml': encoder.encode(manifest), ...schemas, ...content }, { level: 9, mtime: '2026-01-01' });
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
