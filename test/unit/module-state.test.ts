// No state at module level outside src/main.ts: `npm run lint` refuses it
// (eslint.config.js), and each probe below is linted by the same config as if
// it were a file in the tree. Those that keep state between calls must fail;
// constants, state inside functions and objects, and main.ts itself must pass.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { TOOL_BUDGET } from '../budgets.ts';

const ROOT = join(import.meta.dirname, '../..');

// The probes are not files on disk, so no tsconfig holds them: lint them
// without type information and without the typed rules (this rule needs none).
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
});

async function moduleStateFindings(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => `${m.line}: ${m.message}`);
}

describe('module-level state', () => {
  it.each([
    // What this rule was written for: the field counter writing-fields.ts kept.
    ['src/ui/x.ts', 'let counter = 0;\nexport const nextId = () => `field-${(counter += 1)}`;\n'],
    ['src/export/x.ts', 'let worker: Worker | null = null;\nexport const theWorker = () => (worker ??= new Worker("w.js"));\n'],
    ['src/persistence/x.ts', 'export let revision = 0;\n'],
    ['src/model/x.ts', 'var seen = 0;\nexport const see = () => (seen += 1);\n'],
    ['src/export/x.ts', 'const waiting = new Map<number, string>();\nexport const wait = (id: number) => waiting.set(id, "job");\n'],
    ['src/shell/x.ts', 'export const seen = new Set<string>();\n'],
    ['src/ui/x.ts', 'export class Ids {\n  static next = 1;\n}\n'],
    ['tools/ink/x.ts', 'let shipped: string | null = null;\nexport const content = () => (shipped ??= "read");\n'],
  ])(
    'lint refuses %s: %s',
    async (path, code) => {
      const findings = await moduleStateFindings(path, code);
      expect(findings.length).toBeGreaterThan(0);
      expect(findings[0]).toMatch(/No state at module level outside src\/main\.ts/);
    },
    TOOL_BUDGET,
  );

  it.each([
    ['src/main.ts', 'let settings = 1;\nexport const set = (n: number) => (settings = n);\n'],
    ['src/ui/x.ts', 'export function ids() {\n  let counter = 0;\n  return () => (counter += 1);\n}\n'],
    ['src/export/x.ts', 'export class Maker {\n  private waiting = new Map<number, string>();\n  static readonly KIND = "pdf";\n}\n'],
    ['src/model/x.ts', "export const LABELS: Record<string, string> = { a: 'A' };\nexport const KEYS = ['a', 'b'] as const;\n"],
  ])(
    'lint allows %s: %s',
    async (path, code) => {
      expect(await moduleStateFindings(path, code)).toEqual([]);
    },
    TOOL_BUDGET,
  );
});
