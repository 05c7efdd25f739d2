// The layer rules are real: lint fails when the model imports an engine or
// touches the page, and when a library is imported outside its one module.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint();

async function lintAs(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules', () => {
  it.each([
    ['src/model/x.ts', "import Phaser from 'phaser';\nexport const p = Phaser;\n", /no-restricted-imports/],
    ['src/model/x.ts', "import { Story } from 'inkjs';\nexport const s = Story;\n", /no-restricted-imports/],
    ['src/model/x.ts', "import { createActor } from 'xstate';\nexport const a = createActor;\n", /no-restricted-imports/],
    ['src/model/x.ts', 'export const w = window.innerWidth;\n', /no-restricted-globals/],
    ['src/model/x.ts', "import { el } from '../ui/dom.ts';\nexport const e = el;\n", /no-restricted-imports/],
    ['src/machines/x.ts', "import { Howl } from 'howler';\nexport const h = Howl;\n", /no-restricted-imports/],
    ['src/machines/x.ts', 'export const d = document.title;\n', /no-restricted-globals/],
    ['src/ui/x.ts', "import Phaser from 'phaser';\nexport const p = Phaser;\n", /no-restricted-imports/],
    ['src/ui/x.ts', "import { Story } from 'inkjs';\nexport const s = Story;\n", /no-restricted-imports/],
    ['src/story/tag-parser-2.ts', "import { Story } from 'inkjs';\nexport const s = Story;\n", /no-restricted-imports/],
    ['src/ui/x.ts', "import { PDFDocument } from 'pdf-lib';\nexport const p = PDFDocument;\n", /no-restricted-imports/],
    ['src/export/exports-2.ts', "import fontkit from '@pdf-lib/fontkit';\nexport const f = fontkit;\n", /no-restricted-imports/],
    ['src/model/x.ts', "import { recordPdf } from '../export/pdf-writer.ts';\nexport const r = recordPdf;\n", /no-restricted-imports/],
    ['src/machines/x.ts', "import { JournalStore } from '../persistence/journal-store.ts';\nexport const j = JournalStore;\n", /no-restricted-imports/],
  ])('rejects %s with %s', async (path, code, rule) => {
    expect((await lintAs(path, code)).join('\n')).toMatch(rule);
  });

  it.each([
    ['src/scenes/x.ts', "import Phaser from 'phaser';\nexport const p = Phaser;\n"],
    ['src/story/story-runner.ts', "import { Story } from 'inkjs';\nexport const s = Story;\n"],
    ['src/audio/howler-audio.ts', "import { Howl } from 'howler';\nexport const h = Howl;\n"],
    ['src/machines/x.ts', "import { setup } from 'xstate';\nexport const s = setup;\n"],
    ['src/export/pdf-writer.ts', "import { PDFDocument } from 'pdf-lib';\nexport const p = PDFDocument;\n"],
  ])('allows %s its own library', async (path, code) => {
    expect(await lintAs(path, code)).toEqual([]);
  });
});
