// Downloads for a journal entry: the CPD record for England or Wales, as PDF
// or Markdown, and a certificate with the name the player types (used for
// that file only, never kept).
import type { JournalEntry } from '../model/journal.ts';
import type { Jurisdiction } from '../model/frameworks.ts';
import { NAME_MAX } from '../model/certificate.ts';
import { button, el } from './dom.ts';

export type RecordFormat = 'pdf' | 'markdown';

export interface ExportActions {
  /** Makes and downloads the file; resolves to its name, or rejects with a reason in plain words. */
  exportRecord: (
    entry: JournalEntry,
    format: RecordFormat,
    choice: { jurisdiction: Jurisdiction; includeTime: boolean },
  ) => Promise<string>;
  exportCertificate: (entry: JournalEntry, name: string) => Promise<string>;
}

function radio(name: string, value: string, label: string, checked: boolean): HTMLElement {
  const id = `${name}-${value}`;
  return el('label', { for: id }, el('input', { type: 'radio', name, id, value, checked }), ` ${label}`);
}

export function renderExportPanel(current: () => JournalEntry, actions: ExportActions): HTMLElement {
  const status = el('p', { class: 'export-status', role: 'status' });
  const includeTime = el('input', { type: 'checkbox', id: 'include-time', checked: true });
  // Social Care Wales no longer asks for hours, so there the time is the player's choice.
  const timeOption = el('label', { for: 'include-time', hidden: true }, includeTime, ' Include the time spent (optional in Wales)');
  const country = el(
    'fieldset',
    {},
    el('legend', {}, 'Which regulator is the record for?'),
    radio('jurisdiction', 'england', 'England: Social Work England', true),
    radio('jurisdiction', 'wales', 'Wales: Social Care Wales', false),
    timeOption,
  );
  const jurisdiction = (): Jurisdiction =>
    country.querySelector<HTMLInputElement>('input[name="jurisdiction"]:checked')?.value === 'wales' ? 'wales' : 'england';
  country.addEventListener('change', () => {
    timeOption.hidden = jurisdiction() !== 'wales';
  });

  const run = async (making: string, job: () => Promise<string>) => {
    status.textContent = `Making ${making} on this device…`;
    try {
      const name = await job();
      status.textContent = `Made ${name}. Look in your downloads.`;
    } catch (error) {
      status.textContent = `The ${making} could not be made: ${error instanceof Error ? error.message : String(error)} Nothing you wrote has been lost.`;
    }
  };
  const record = (format: RecordFormat) =>
    run(format === 'pdf' ? 'the PDF record' : 'the Markdown record', () =>
      actions.exportRecord(current(), format, {
        jurisdiction: jurisdiction(),
        includeTime: jurisdiction() === 'england' || includeTime.checked,
      }),
    );

  const name = el('input', {
    id: 'certificate-name',
    type: 'text',
    maxlength: NAME_MAX,
    autocomplete: 'name',
    'aria-describedby': 'certificate-name-note',
  });
  return el(
    'section',
    { 'aria-labelledby': 'export-heading', class: 'reflection-part export' },
    el('h2', { id: 'export-heading' }, 'Download your record'),
    el('p', {}, 'The files are made here, on this device, from what is in your journal now. Read them through before you use them.'),
    country,
    el(
      'div',
      { class: 'actions' },
      button('Download the CPD record (PDF)', () => void record('pdf'), { class: 'primary' }),
      button('Download the CPD record (Markdown)', () => void record('markdown')),
    ),
    el('h3', {}, 'Certificate of completion'),
    el('label', { for: 'certificate-name' }, 'Your name, as it should appear on the certificate'),
    name,
    el('p', { id: 'certificate-name-note', class: 'privacy-hint' }, 'Used only to make the certificate on this device; it is not kept.'),
    el(
      'div',
      { class: 'actions' },
      button('Download the certificate (PDF)', () => {
        if (!name.value.trim()) {
          status.textContent = 'Type the name to print on the certificate first.';
          name.focus();
          return;
        }
        void run('the certificate', () => actions.exportCertificate(current(), name.value));
      }),
    ),
    status,
  );
}
