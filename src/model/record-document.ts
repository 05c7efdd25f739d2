// A document the game exports (a CPD record, a certificate) as plain
// structure: headings, labelled fields, paragraphs and lists. One structure,
// several writers (Markdown here, PDF in src/export), so both files always
// carry the same content.

export type Block =
  | { kind: 'field'; label: string; text: string; byPlayer: boolean }
  | { kind: 'paragraph'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'list'; items: string[] };

export interface RecordSection {
  heading: string;
  blocks: Block[];
}

export interface RecordDocument {
  title: string;
  subtitle: string;
  sections: RecordSection[];
  /** A safe file name without extension. */
  fileStem: string;
}

export const NOT_WRITTEN = 'Not written yet.';

export const field = (label: string, text: string, byPlayer = false): Block => ({
  kind: 'field',
  label,
  text: text.trim() || NOT_WRITTEN,
  byPlayer: byPlayer && text.trim().length > 0,
});
export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const list = (items: string[]): Block => ({ kind: 'list', items });
export const subheading = (text: string): Block => ({ kind: 'subheading', text });

/** "2026-11-26T10:00:00Z" → "26 November 2026". */
export function longDate(iso: string): string {
  const date = new Date(iso);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Letters, digits and hyphens only, so a file name can never carry a path or markup. */
export function fileStem(...parts: string[]): string {
  return (
    parts
      .join('-')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 100) || 'rules-at-play'
  );
}
