// Makes and downloads a journal entry's files. The code that makes them
// (pdf-lib, the fonts, the framework data) loads when the first file is asked
// for; the maker it creates keeps its fonts and its PDF worker inside this
// object, which main.ts makes once for the page.
import type { FileMaker } from '../export/exports.ts';
import type { ExportActions } from '../ui/export-panel.ts';
import { download } from '../ui/download.ts';

export function createFileExports(): ExportActions {
  let maker: Promise<FileMaker> | null = null;
  // A failed load is not kept: the next file asked for tries again.
  const files = () =>
    (maker ??= import('../export/exports.ts').then(
      ({ FileMaker: Maker }) => new Maker(),
      () => {
        maker = null;
        throw new Error('the part of the game that makes files could not be loaded. Check the connection to the page and try again.');
      },
    ));
  return {
    async exportRecord(entry, format, choice) {
      const made = await files();
      const file = format === 'pdf' ? await made.recordPdfFile(entry, choice) : made.recordMarkdown(entry, choice);
      download(file);
      return file.name;
    },
    async exportCertificate(entry, name) {
      const file = await (await files()).certificateFile(entry, name);
      download(file);
      return file.name;
    },
  };
}
