// Agencies, places and section titles are data: a trainer adds an agency or a
// place by editing assets/*.json alone, the checker holds stories to them, and
// a typo in a place or agency is a plain error instead of the park.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory, formatFinding } from '../../tools/ink/check-stories.ts';
import { readContentDir } from '../../tools/ink/content-rules.ts';
import { agencyColour, ambienceOf, gatheringOf, hasSeat, layoutOf, placeOf, sectionTitle, BARE_LAYOUT } from '../../src/content/lookups.ts';
import { SHIPPED_CONTENT, SHIPPED_PROBLEMS } from '../../src/content/shipped-content.ts';
import { seatsOf } from '../../src/scenes/stage.ts';
import { COMPILE_BUDGET, TOOL_BUDGET } from '../budgets.ts';

const ASSETS = join(import.meta.dirname, '../../assets');
const asset = (name: string) => JSON.parse(readFileSync(join(ASSETS, name), 'utf8'));

const story = (top: string, body: string) => `# title: The Allotments
# summary: A short test scenario.
# themes: none
# minutes: 5
# research: A paraphrase.
# cite: Owens & Lloyd 2023, Findings
${top}
${body}
`;

const NEW_STORY = story(
  `# place: allotments
# present: probation, police
# cast: probation = Sam Okoro, probation officer
# cast: police = Inspector Gail Mercer, neighbourhood policing`,
  `"Three of them sleep in the sheds." #speaker:probation #section:handover
The lane by the sheds. #scene:allotments
* [Open the community shed after school #where:context #how:ecological #adopt #agency:probation #guardianship:+1] The shed opens. #ending:open
  -> END
* [Lock the gates #where:context #how:behaviour #adopt #agency:police #harm:-1] The gates are locked. #ending:locked
  -> END`,
);

/** A content folder: the shipped files plus what a trainer adds. */
function contentWith(add: { agencies?: object; places?: object; sections?: object }): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  const agencies = asset('agencies.json');
  const places = asset('places.json');
  Object.assign(agencies.agencies, add.agencies);
  Object.assign(places.places, add.places);
  writeFileSync(join(dir, 'agencies.json'), JSON.stringify(agencies));
  writeFileSync(join(dir, 'places.json'), JSON.stringify(places));
  writeFileSync(join(dir, 'sections.json'), JSON.stringify({ ...asset('sections.json'), ...add.sections }));
  return dir;
}

function storyFile(text: string): { dir: string; path: string } {
  const dir = join(mkdtempSync(join(tmpdir(), 'stories-')), 'stories');
  mkdirSync(dir);
  writeFileSync(join(dir, 'allotments.ink'), text);
  return { dir, path: join(dir, 'allotments.ink') };
}

const ALLOTMENTS = {
  label: 'The allotments',
  ambience: 'ambience-park.wav',
  layout: {
    background: '#4f6b3a',
    gathering: [
      { when: 'shed-open', x: 600, y: 240 },
      { x: 300, y: 260 },
    ],
    edge: { x: 900, y: 395 },
    shapes: [
      { draw: 'rect', x: 560, y: 180, w: 90, h: 50, colour: 'building', when: 'shed-open' },
      { draw: 'label', x: 605, y: 160, text: 'the community shed' },
      { draw: 'lamp', x: 300, y: 350, litBy: 'lights' },
    ],
  },
};

describe('the shipped content', () => {
  it('reads without a problem, and holds every place and agency it had in code', () => {
    expect(SHIPPED_PROBLEMS).toEqual([]);
    expect(Object.keys(SHIPPED_CONTENT.places).sort()).toEqual(['city-centre', 'estate', 'park', 'school']);
    expect(SHIPPED_CONTENT.agencies.police).toMatchObject({ label: 'Police', colour: 0x2f4f8f, seat: true });
    // Every agency carries the words its role card needs.
    for (const agency of Object.values(SHIPPED_CONTENT.agencies))
      expect([agency.remit, agency.reachesFor, agency.accountableFor].every((text) => text.length > 20)).toBe(true);
    expect(hasSeat(SHIPPED_CONTENT, 'resident')).toBe(false);
    expect(sectionTitle(SHIPPED_CONTENT, 'weighting')).toBe('Weighing the contexts');
    expect(ambienceOf(SHIPPED_CONTENT, 'room')).toBe('ambience-room.wav');
  });
});

describe('a new agency and a new place, added by data alone', () => {
  const contentDir = contentWith({
    agencies: {
      probation: {
        label: 'Probation',
        colour: '#6a4c93',
        remit: 'Supervising adults on licence or community orders, and managing the risk they pose.',
        'reaches-for': 'Licence conditions, recall to prison and joint work with the police.',
        'accountable-for': 'Public protection, to the Probation Service and the courts.',
      },
    },
    places: { allotments: ALLOTMENTS },
    sections: { handover: 'The handover' },
  });
  const { content, problems } = readContentDir(contentDir);
  const { dir, path } = storyFile(NEW_STORY);

  it(
    'are accepted by the checker',
    () => {
      expect(problems).toEqual([]);
      const check = checkStory(path, { content });
      expect(check.errors.map((e) => formatFinding(e, 'error'))).toEqual([]);
      expect(check.endings).toEqual(['locked', 'open']);
    },
    COMPILE_BUDGET,
  );

  it("are found by the game's lookups", () => {
    const seats = seatsOf(
      { probation: { name: 'Sam Okoro', role: 'probation officer' }, 'young-person': { name: 'Jay', role: 'a young person' } },
      content,
    );
    expect(seats.map((s) => s.id)).toEqual(['you', 'probation']);
    expect(seats[1]?.label).toBe('Sam\nProbation');
    expect(agencyColour(content, 'probation')).toBe(0x6a4c93);
    expect(placeOf(content, 'allotments')?.label).toBe('The allotments');
    const layout = layoutOf(content, 'allotments');
    expect(layout).not.toBe(BARE_LAYOUT);
    expect(layout.shapes.map((s) => s.draw)).toEqual(['rect', 'label', 'lamp']);
    expect(gatheringOf(layout, ['shed-open'])).toEqual({ x: 600, y: 240 });
    expect(gatheringOf(layout, [])).toEqual({ x: 300, y: 260 });
    expect(ambienceOf(content, 'allotments')).toBe('ambience-park.wav');
    expect(sectionTitle(content, 'handover')).toBe('The handover');
  });

  it(
    'are accepted by npm run stories:check given the content folder',
    () => {
      const output = execFileSync('node', ['scripts/check-stories.mjs', dir, contentDir], { encoding: 'utf8' });
      expect(output).toMatch(/✓ .*allotments\.ink: every path checked/);
    },
    TOOL_BUDGET,
  );
});

describe('a story that names an unknown place or agency', () => {
  const typo = story(
    `# place: allotment
# present: probaton, police
# cast: police = Inspector Gail Mercer, neighbourhood policing`,
    `"Three of them sleep in the sheds." #speaker:police
The lane by the sheds. #scene:the-lane
* [Open the shed #where:context #how:ecological #adopt #agency:probation #guardianship:+1] The shed opens. #ending:open
  -> END
* [Bring in youth work #unscored #brings:youth-wrok] They come. #ending:locked
  -> END`,
  );

  it(
    'is an error with file, line and what to do, never the park',
    () => {
      const check = checkStory(storyFile(typo).path);
      const errors = check.errors.map((e) => formatFinding(e, 'error')).join('\n');
      expect(errors).toMatch(
        /allotments\.ink:7: error: "allotment" in "# place:" is not a place in assets\/places\.json \(known: park, city-centre, estate, school\)/,
      );
      expect(errors).toMatch(/allotments\.ink:8: error: "probaton" in "# present:" is not an agency in assets\/agencies\.json/);
      expect(errors).toMatch(/allotments\.ink:12: error: "probation" in #agency: is not an agency/);
      expect(errors).toMatch(/allotments\.ink:14: error: "youth-wrok" in #brings: is not an agency/);
      expect(layoutOf(SHIPPED_CONTENT, 'allotment')).toBe(BARE_LAYOUT);
    },
    COMPILE_BUDGET,
  );

  it('a content file with a mistake is named with the problem', () => {
    const dir = contentWith({
      places: {
        marsh: {
          label: 'The marsh',
          ambience: 'ambience-park.wav',
          layout: { ...ALLOTMENTS.layout, shapes: [{ draw: 'rect', x: 1, y: 2, w: 3, h: 4, colour: 'mauve' }] },
        },
      },
    });
    expect(readContentDir(dir).problems).toEqual([
      'places.json: place "marsh", shape 1: a "rect" needs x, y, w, h and a "colour" (a palette name or "#rrggbb")',
    ]);
    expect(readContentDir(join(dir, 'nowhere')).problems).toHaveLength(3);
  });
});
