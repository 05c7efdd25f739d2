// The checker's view of the content files: reads assets/agencies.json,
// places.json and sections.json (or a trainer's own folder), and checks that
// a story's place and the agencies it names are ones they hold, so a typo is
// an error with file and line instead of a picture of some other place.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARD_FIELDS, CONTENT_FILES } from '../../src/content/content-types.ts';
import type { RawContent, ScenarioContent } from '../../src/content/content-types.ts';
import { readContent } from '../../src/content/read-content.ts';
import { agencyOf } from '../../src/content/lookups.ts';
import type { ScenarioMeta } from '../../src/model/scenario.ts';

export const SHIPPED_CONTENT_DIR = fileURLToPath(new URL('../../assets/', import.meta.url));

/** Reads the three files from a folder; a missing or unreadable file is a problem, not a crash. */
export function readContentDir(dir: string): { content: ScenarioContent; problems: string[] } {
  const problems: string[] = [];
  // A file that cannot be read is one problem; it then counts as empty, so its absence is not reported again entry by entry.
  const load = (name: string, empty: object): unknown => {
    try {
      return JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      problems.push(`${name}: could not be read as JSON from ${dir} (${error instanceof Error ? error.message : String(error)})`);
      return empty;
    }
  };
  const raw: RawContent = {
    agencies: load(CONTENT_FILES.agencies, { agencies: {} }),
    places: load(CONTENT_FILES.places, { places: {} }),
    sections: load(CONTENT_FILES.sections, {}),
  };
  const read = readContent(raw);
  return { content: read.content, problems: [...problems, ...read.problems] };
}

export interface ContentFinding {
  line: number;
  message: string;
  /** What a shipped scenario still needs, rather than an error that stops play. */
  warning?: boolean;
}

// Agencies at or joining the table. #scene: is not checked: it may name anywhere a line
// happens (an office, a hospital), and away from the room the map shows the story's # place:.
const TAG = /#\s*(agency|brings|needs)\s*:\s*([^#\]\n]*)/g;

function unknownAgency(id: string, content: ScenarioContent, where: string): string {
  return `"${id}" in ${where} is not an agency in assets/agencies.json (known: ${Object.keys(content.agencies).join(', ')}). Fix the spelling, or add it there with a label (see assets/README.md)`;
}

function unknownPlace(id: string, content: ScenarioContent, where: string): string {
  return `"${id}" in ${where} is not a place in assets/places.json (known: ${Object.keys(content.places).join(', ')}). Fix the spelling, or add the place there with its layout and sound (see assets/README.md)`;
}

/**
 * What a role card needs: each agency at a seat in the cast has a remit,
 * what it reaches for and what it answers for in assets/agencies.json, and
 * the story says what presses on it here (# pressures:).
 */
function roleCardProblems(meta: ScenarioMeta, content: ScenarioContent, topLine: (key: string) => number): ContentFinding[] {
  const found: ContentFinding[] = [];
  for (const id of Object.keys(meta.cast)) {
    const agency = agencyOf(content, id);
    if (!agency?.seat) continue;
    for (const [field, key] of Object.entries(CARD_FIELDS)) {
      if (!agency[field as keyof typeof CARD_FIELDS])
        found.push({
          line: 0,
          message: `assets/agencies.json: agency "${id}" needs "${key}" (a sentence in plain words) for its role card (see assets/README.md)`,
        });
    }
    if (!meta.pressures[id])
      found.push({
        line: topLine('cast'),
        warning: true,
        message: `"${id}" has a seat but no "# pressures: ${id} = ..." line saying what presses on it in this scenario (printed on its role card)`,
      });
  }
  for (const id of Object.keys(meta.pressures)) {
    if (!meta.cast[id] || !agencyOf(content, id)?.seat)
      found.push({ line: topLine('pressures'), message: `"# pressures: ${id}" names no agency with a seat in this story's cast` });
  }
  return found;
}

/** Every place and agency a story names, checked against the content. */
export function contentProblems(source: string, meta: ScenarioMeta, content: ScenarioContent): ContentFinding[] {
  const lines = source.split('\n');
  const topLine = (key: string) => lines.findIndex((l) => new RegExp(`^\\s*#\\s*${key}\\s*:`).test(l)) + 1;
  const found: ContentFinding[] = [];
  if (meta.place && !content.places[meta.place])
    found.push({ line: topLine('place'), message: unknownPlace(meta.place, content, '"# place:"') });
  for (const id of meta.present) {
    if (!agencyOf(content, id)) found.push({ line: topLine('present'), message: unknownAgency(id, content, '"# present:"') });
  }
  found.push(...roleCardProblems(meta, content, topLine));
  lines.forEach((text, index) => {
    if (/^\s*\/\//.test(text)) return;
    for (const [, key, rawValue] of text.matchAll(TAG)) {
      const id = (rawValue ?? '').trim();
      if (!id) continue;
      if (!agencyOf(content, id)) found.push({ line: index + 1, message: unknownAgency(id, content, `#${key}:`) });
    }
  });
  return found;
}
