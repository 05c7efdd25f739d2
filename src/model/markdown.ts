// Writes a record document as Markdown. Every piece of text, the player's
// above all, is escaped, so what they typed reads back as the same words and
// can never become a link (not even a bare address in a viewer that
// linkifies), an image, a heading or HTML in a Markdown viewer.
import type { Block, RecordDocument } from './record-document.ts';

// Brackets are escaped, so parentheses can never complete a link; an
// ampersand only matters where it could start an entity.
const MARKUP = /[\\`*_[\]<>|~$]|&(?=#?\w+;)/g;
// Viewers with linkify (GitHub, markdown-it) turn bare addresses into links:
// a scheme ("https:", "mailto:"), an e-mail's "@", or a dot between letters
// ("example.com"). In such a word the dots, colons, slashes and "@" are
// escaped too: a Markdown escape renders as the same character, but splits
// the text that linkify looks at, so the address stays plain text.
const LINKISH = /:\S|@|[\p{L}\p{N}]\.[\p{L}\p{N}]/u;
const MARKUP_OR_LINK = /[\\`*_[\]<>|~$.:/@]|&(?=#?\w+;)/g;

function escapeWord(word: string): string {
  return word.replace(LINKISH.test(word) ? MARKUP_OR_LINK : MARKUP, (c) => `\\${c}`);
}

/** Escapes Markdown and HTML syntax, and bare links, in one line of plain text. */
export function escapeMarkdownLine(line: string): string {
  const escaped = line.split(/(\s+)/).map(escapeWord).join('');
  // A line that starts like a heading, a list, a heading underline or a numbered item.
  return escaped.replace(/^(\s*)(#|-|\+|=|\d+(?=[.)]))/, (_m, space: string, mark: string) =>
    /\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
  );
}

/** Plain text over several lines: each line escaped, line breaks kept. */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((para) =>
      para
        .split('\n')
        .map((line) => escapeMarkdownLine(line.trim()))
        .filter(Boolean)
        .join('  \n'),
    )
    .filter(Boolean)
    .join('\n\n');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'field':
      return `**${escapeMarkdownLine(b.label)}**  \n${escapeMarkdown(b.text)}`;
    case 'paragraph':
      return escapeMarkdown(b.text);
    case 'subheading':
      return `### ${escapeMarkdownLine(b.text)}`;
    case 'list':
      return b.items.map((item) => `- ${escapeMarkdown(item).replace(/\n/g, '\n  ')}`).join('\n');
  }
}

export function toMarkdown(doc: RecordDocument): string {
  const parts = [`# ${escapeMarkdownLine(doc.title)}`, `*${escapeMarkdownLine(doc.subtitle)}*`];
  for (const section of doc.sections) {
    parts.push(`## ${escapeMarkdownLine(section.heading)}`);
    for (const b of section.blocks) parts.push(block(b));
  }
  return `${parts.join('\n\n')}\n`;
}
