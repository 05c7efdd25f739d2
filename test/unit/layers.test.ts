// The layer rules are real: each forbidden import below is written into the
// source tree for a moment and handed to the same tools `npm run lint` uses,
// and to the tsconfig files `npm run typecheck` reads (through TypeScript
// 5.9's API here; the typecheck runs TypeScript 7 on the same files), and
// each must fail; each allowed one must pass.
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { TOOL_BUDGET } from '../budgets.ts';

const ROOT = join(import.meta.dirname, '../..');
const run = promisify(execFile);

// [file it stands as, code, the rule it must break]
const FORBIDDEN: [string, string, string][] = [
  ['src/machines/x.ts', "import { InkStory } from '../story/story-runner.ts';\nexport const s = InkStory;\n", 'machines-import-rules-only'],
  ['src/machines/x.ts', "import { InkStory } from '../story/story-runner';\nexport const s = InkStory;\n", 'machines-import-rules-only'],
  ['src/machines/x.ts', "import type { Howl } from 'howler';\nexport type H = Howl;\n", 'only-one-home-for-howler'],
  [
    'src/machines/x.ts',
    "import { JournalStore } from '../persistence/journal-store.ts';\nexport const j = JournalStore;\n",
    'machines-import-rules-only',
  ],
  ['src/machines/x.ts', "import { el } from '../ui/dom.ts';\nexport const e = el;\n", 'machines-import-rules-only'],
  ['src/model/x.ts', "export const load = () => import('phaser');\n", 'model-is-pure'],
  ['src/model/x.ts', "import { Story } from 'inkjs';\nexport const s = Story;\n", 'model-is-pure'],
  ['src/model/x.ts', "import { createActor } from 'xstate';\nexport const a = createActor;\n", 'model-is-pure'],
  ['src/model/x.ts', "import { recordPdf } from '../export/pdf-writer.ts';\nexport const r = recordPdf;\n", 'model-is-pure'],
  ['src/model/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'model-is-pure'],
  ['src/ui/x.ts', "import { SaveStore } from '../persistence/save-store.ts';\nexport const s = SaveStore;\n", 'ui-not-persistence'],
  ['src/ui/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'no-node-in-app'],
  ['src/ui/x.ts', "import Phaser from 'phaser';\nexport const p = Phaser;\n", 'only-one-home-for-phaser'],
  ['src/ui/x.ts', "import { PDFDocument } from 'pdf-lib';\nexport const p = PDFDocument;\n", 'only-one-home-for-pdf-lib'],
  ['src/ui/x.ts', "import { describe } from 'vitest';\nexport const d = describe;\n", 'no-dev-dependencies-in-app'],
  ['src/story/x.ts', "import { Story } from 'inkjs';\nexport const s = Story;\n", 'only-one-home-for-inkjs'],
  ['src/export/x.ts', "import fontkit from '@pdf-lib/fontkit';\nexport const f = fontkit;\n", 'only-one-home-for-pdf-lib'],
  ['src/audio/x.ts', "import { Howl } from 'howler';\nexport const h = Howl;\n", 'only-one-home-for-howler'],
  ['src/content/x.ts', "import { el } from '../ui/dom.ts';\nexport const e = el;\n", 'content-is-data'],
  [
    'src/machines/x.ts',
    "import { parseLineTags } from '../story/tag-parser.ts';\nexport const p = parseLineTags;\n",
    'machines-import-rules-only',
  ],
  ['src/play/x.ts', "import { createActor } from 'xstate';\nexport const a = createActor;\n", 'play-engine-runs-anywhere'],
  ['src/play/x.ts', "import { InkStory } from '../story/story-runner.ts';\nexport const s = InkStory;\n", 'play-engine-runs-anywhere'],
  ['src/play/x.ts', "import { el } from '../ui/dom.ts';\nexport const e = el;\n", 'play-engine-runs-anywhere'],
  ['src/ui/x.ts', "import { compileInk } from '../../tools/ink/compile-ink.ts';\nexport const c = compileInk;\n", 'app-not-tools'],
  ['src/room/x.ts', "import { InkStory } from '../story/story-runner.ts';\nexport const s = InkStory;\n", 'room-is-pure'],
  ['src/room/x.ts', "import { randomInt } from 'node:crypto';\nexport const r = randomInt;\n", 'room-is-pure'],
  ['src/room/x.ts', "import { Room } from '@colyseus/core';\nexport const r = Room;\n", 'room-is-pure'],
  ['src/ui/x.ts', "import { Server } from '@colyseus/core';\nexport const s = Server;\n", 'only-one-home-for-colyseus-server'],
  ['src/ui/x.ts', "import { RoomCodes } from '../server/room-codes.ts';\nexport const r = RoomCodes;\n", 'server-stays-on-the-server'],
  ['src/ui/x.ts', "import { Client } from '@colyseus/sdk';\nexport const c = Client;\n", 'only-one-home-for-colyseus-sdk'],
  ['src/lms/x.ts', "import { el } from '../ui/dom.ts';\nexport const e = el;\n", 'lms-speaks-scorm-only'],
  ['src/lms/x.ts', "import { begin } from '../play/advance.ts';\nexport const b = begin;\n", 'lms-speaks-scorm-only'],
];

// Each library from its one home: the rules must not be so wide they forbid these.
const ALLOWED: [string, string][] = [
  ['src/scenes/x.ts', "import Phaser from 'phaser';\nexport const p = Phaser;\n"],
  ['src/machines/x.ts', "import { setup } from 'xstate';\nimport { begin } from '../play/advance.ts';\nexport const s = [setup, begin];\n"],
  ['src/play/x.ts', "import { recordChoice } from '../model/scenario-state.ts';\nexport const r = recordChoice;\n"],
  ['src/ui/x.ts', "import type { SaveProblem } from '../model/stored-problems.ts';\nexport type P = SaveProblem;\n"],
  ['src/content/x.ts', "import places from '../../assets/places.json';\nexport const p = places;\n"],
  [
    'src/room/x.ts',
    "import { begin } from '../play/advance.ts';\nimport { VIEW } from './protocol.ts';\nexport const b = [begin, VIEW];\n",
  ],
  [
    'src/server/x.ts',
    "import { Room } from '@colyseus/core';\nimport { randomInt } from 'node:crypto';\nimport { InkStory } from '../story/story-runner.ts';\nexport const r = [Room, randomInt, InkStory];\n",
  ],
];

/** The probe files get unique names beside real modules, so imports resolve as theirs would. */
const probes = [...FORBIDDEN.map(([at, code]) => ({ at, code })), ...ALLOWED.map(([at, code]) => ({ at, code }))].map((probe, i) => ({
  ...probe,
  file: probe.at.replace(/x\.ts$/, `layer-probe-${process.pid}-${i}.ts`),
}));

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}
let violations: Violation[] = [];

beforeAll(async () => {
  for (const probe of probes) writeFileSync(join(ROOT, probe.file), probe.code);
  try {
    const bin = join(ROOT, 'node_modules/.bin/depcruise');
    const args = [...probes.map((p) => p.file), '--config', '.dependency-cruiser.cjs', '--output-type', 'json', '--max-depth', '1'];
    // depcruise exits non-zero when it finds violations, which is the point here.
    const output = await run(bin, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }).catch((error: { stdout?: string }) => ({
      stdout: error.stdout ?? '',
    }));
    violations = (JSON.parse(output.stdout) as { summary: { violations: Violation[] } }).summary.violations;
  } finally {
    for (const probe of probes) rmSync(join(ROOT, probe.file), { force: true });
  }
}, TOOL_BUDGET);

afterAll(() => {
  for (const probe of probes) rmSync(join(ROOT, probe.file), { force: true });
});

describe('dependency-cruiser refuses each forbidden import', () => {
  it.each(FORBIDDEN.map(([at, code, rule], i) => [at, code.split('\n')[0], rule, i] as const))(
    '%s: %s breaks %s',
    (_at, _line, rule, i) => {
      const file = probes[i]!.file;
      expect(violations.filter((v) => v.from === file).map((v) => v.rule.name)).toContain(rule);
    },
  );

  it.each(ALLOWED.map(([at, code], i) => [at, code.split('\n')[0], FORBIDDEN.length + i] as const))('allows %s: %s', (_at, _line, i) => {
    const file = probes[i]!.file;
    expect(violations.filter((v) => v.from === file)).toEqual([]);
  });
});

describe('the page stays out of the rules and machines', () => {
  // The probe is not a file on disk, so no tsconfig holds it: lint it without
  // type information (the globals rule needs none) and without the typed rules.
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false } },
      rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
    },
  });
  const lint = async (path: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
    return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`).join('\n');
  };

  it.each([
    ['src/machines/x.ts', 'export const d = globalThis.document.title;\n'],
    ['src/machines/x.ts', 'export const d = document.title;\n'],
    ['src/model/x.ts', 'export const w = window.innerWidth;\n'],
    ['src/model/x.ts', "export const s = self.localStorage.getItem('x');\n"],
  ])(
    'lint rejects %s: %s',
    async (path, code) => {
      expect(await lint(path, code)).toMatch(/no-restricted-globals/);
    },
    TOOL_BUDGET,
  );

  // tsconfig.model.json: ES2022 only, no DOM or Node types.
  const typecheck = (path: string, code: string, tsconfig = 'tsconfig.model.json'): string[] => {
    const config = ts.getParsedCommandLineOfConfigFile(
      join(ROOT, tsconfig),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
    );
    if (!config) throw new Error(`${tsconfig} could not be read`);
    const file = join(ROOT, path);
    const host = ts.createCompilerHost(config.options);
    const readFile = host.readFile.bind(host);
    host.readFile = (name) => (name === file ? code : readFile(name));
    host.fileExists = (name) => name === file || ts.sys.fileExists(name);
    const program = ts.createProgram([file], config.options, host);
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  };

  it.each([
    // Without DOM types, globalThis has no `document` at all.
    ['src/machines/x.ts', 'export const d = globalThis.document.title;\n', /globalThis/],
    ['src/model/x.ts', "export const b = Buffer.from('x');\n", /Buffer/],
  ])(
    'the ES2022-only typecheck rejects %s: %s',
    (path, code, message) => {
      expect(typecheck(path, code).join('\n')).toMatch(message);
    },
    TOOL_BUDGET,
  );

  // tsconfig.json: the page has the DOM but no Node types (those are for tools/ and test/).
  it.each([
    ['src/ui/x.ts', 'export const e = process.env.NODE_ENV;\n', /process/],
    ['src/ui/x.ts', "export const b = Buffer.from('x');\n", /Buffer/],
  ])(
    'the app typecheck (DOM, no Node) rejects %s: %s',
    (path, code, message) => {
      expect(typecheck(path, code, 'tsconfig.json').join('\n')).toMatch(message);
    },
    30_000,
  );

  it(
    'the typecheck accepts plain ES2022',
    () => {
      expect(typecheck('src/machines/x.ts', 'export const d = [1, 2].at(-1) ?? Object.hasOwn({}, "x");\n')).toEqual([]);
    },
    TOOL_BUDGET,
  );
});

describe('a promise is awaited or marked as ignored', () => {
  // Typed rules need the file's project, so the probe stands in for a real file.
  const eslint = new ESLint({ cwd: ROOT });
  it.each(['src/main.ts', 'tools/ink/compile-ink.ts'])(
    'lint rejects a floating promise in %s',
    async (path) => {
      const code =
        'export async function later(): Promise<number> { return 1; }\nlater();\nexport const each = (): void => { [1].forEach(async () => { await later(); }); };\n';
      const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
      const rules = (result?.messages ?? []).map((m) => m.ruleId);
      expect(rules).toContain('@typescript-eslint/no-floating-promises');
      expect(rules).toContain('@typescript-eslint/no-misused-promises');
    },
    60_000,
  );
});
