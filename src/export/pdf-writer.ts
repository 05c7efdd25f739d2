// Writes records and certificates as PDF with pdf-lib: the only module that
// imports it. Text is drawn as glyphs from an embedded Unicode font, so what
// a player wrote (in any language the font covers) appears exactly as typed
// and cannot act as PDF syntax; characters the font lacks become "?".
import { PDFDocument, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import type { Certificate } from '../model/certificate.ts';
import type { RecordDocument } from '../model/record-document.ts';
import { wrapText } from './wrap-text.ts';
import { hasRtl, isRtlParagraph, visualRuns } from './bidi.ts';
import type { Run } from './bidi.ts';

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

const A4: [number, number] = [595.28, 841.89];
/** Role cards print one to an A5 page, to cut from A4 or print two to a sheet. */
const A5: [number, number] = [419.53, 595.28];
const MARGIN = 56;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.35, 0.35, 0.4);
const ACCENT = rgb(0.05, 0.33, 0.45);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  covers: (cp: number) => boolean;
}

async function open(title: string, fonts: PdfFonts): Promise<{ pdf: PDFDocument; fonts: Fonts }> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(fonts.regular, { subset: true });
  const bold = await pdf.embedFont(fonts.bold, { subset: true });
  const face = fontkit.create(fonts.regular);
  pdf.setTitle(title);
  pdf.setCreator('Rules at Play');
  pdf.setProducer("Rules at Play (pdf-lib), on the learner's device");
  pdf.setLanguage('en-GB');
  return { pdf, fonts: { regular, bold, covers: (cp) => face.hasGlyphForCodePoint(cp) } };
}

/** Replaces what the font cannot draw, so nothing silently disappears. */
function drawable(text: string, fonts: Fonts): string {
  return [...text].map((c) => (c === '\n' || fonts.covers(c.codePointAt(0) ?? 0) ? c : '?')).join('');
}

// Brackets face the other way in right-to-left text.
const MIRRORED: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
};

/**
 * The string to give pdf-lib for a run. Its layout engine (fontkit) reverses
 * a string in a right-to-left script by itself, but not one of punctuation
 * alone, and it mirrors no brackets.
 */
function glyphOrder(run: Run): string {
  if (!run.rtl) return run.text;
  const mirrored = [...run.text].map((c) => MIRRORED[c] ?? c);
  return (hasRtl(run.text) ? mirrored : mirrored.reverse()).join('');
}

interface LineBox {
  x: number;
  y: number;
  width: number;
  size: number;
  font: PDFFont;
  color: ReturnType<typeof rgb>;
  align: 'start' | 'centre';
  rtl: boolean;
}

/** Draws one wrapped line, run by run in visual order when it mixes directions; right-aligned in a right-to-left paragraph. */
function drawLine(page: PDFPage, line: string, box: LineBox): void {
  const { y, size, font, color } = box;
  const runs = visualRuns(line, box.rtl).map((run) => glyphOrder(run));
  const widths = runs.map((text) => font.widthOfTextAtSize(text, size));
  const total = widths.reduce((a, b) => a + b, 0);
  let x = box.align === 'centre' ? box.x + (box.width - total) / 2 : box.rtl ? box.x + box.width - total : box.x;
  runs.forEach((text, i) => {
    page.drawText(text, { x, y, size, font, color });
    x += widths[i] ?? 0;
  });
}

/** Lays text down the page, starting a new page when one is full. */
class Flow {
  private page: PDFPage;
  private y: number;
  readonly width: number;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly fonts: Fonts,
    private readonly size: [number, number] = A4,
  ) {
    this.width = size[0] - 2 * MARGIN;
    this.page = pdf.addPage(size);
    this.y = size[1] - MARGIN;
  }

  space(points: number): void {
    this.y -= points;
  }

  text(
    text: string,
    options: { size?: number; bold?: boolean; color?: ReturnType<typeof rgb>; indent?: number; keepWithNext?: number } = {},
  ): void {
    const size = options.size ?? 10.5;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const indent = options.indent ?? 0;
    const leading = size * 1.4;
    const printable = drawable(text, this.fonts);
    const rtl = isRtlParagraph(printable);
    const lines = wrapText(printable, this.width - indent, (s) => font.widthOfTextAtSize(s, size));
    if (this.y - leading * (1 + (options.keepWithNext ?? 0)) < MARGIN) this.newPage();
    for (const line of lines) {
      if (this.y - leading < MARGIN) this.newPage();
      this.y -= leading;
      drawLine(this.page, line, {
        x: MARGIN + indent,
        y: this.y,
        width: this.width - indent,
        size,
        font,
        color: options.color ?? INK,
        align: 'start',
        rtl,
      });
    }
  }

  newPage(): void {
    this.page = this.pdf.addPage(this.size);
    this.y = this.size[1] - MARGIN;
  }
}

function footers(pdf: PDFDocument, fonts: Fonts, label: string): void {
  const pages = pdf.getPages();
  pages.forEach((page, i) => {
    page.drawText(drawable(`${label} · page ${i + 1} of ${pages.length}`, fonts), {
      x: MARGIN,
      y: MARGIN / 2,
      size: 8,
      font: fonts.regular,
      color: MUTED,
    });
  });
}

/** Said at the top of a record when the font lacks some of its characters (Chinese, say), so a "?" is never a mystery. */
export const MISSING_CHARACTERS =
  'Some characters in this record are not in the PDF\'s font and are printed as "?". The Markdown record shows them as written.';

function documentTexts(doc: RecordDocument): string[] {
  return [
    doc.title,
    doc.subtitle,
    ...doc.sections.flatMap((section) => [
      section.heading,
      ...section.blocks.flatMap((block) => {
        switch (block.kind) {
          case 'field':
            return [block.label, block.text];
          case 'list':
            return block.items;
          default:
            return [block.text];
        }
      }),
    ]),
  ];
}

/** A document flows down A4 pages; cards put each section on an A5 page of its own. */
export type RecordLayout = 'document' | 'cards';

function blockText(flow: Flow, block: RecordDocument['sections'][number]['blocks'][number]): void {
  if (block.kind === 'field') {
    flow.text(block.label, { bold: true, keepWithNext: 1 });
    flow.text(block.text, { color: block.byPlayer ? INK : MUTED });
  } else if (block.kind === 'subheading') {
    flow.text(block.text, { size: 11, bold: true, keepWithNext: 1 });
  } else if (block.kind === 'paragraph') {
    flow.text(block.text);
  } else {
    for (const item of block.items) {
      flow.text(`•  ${item}`, { indent: 8 });
      flow.space(2);
    }
  }
}

async function cardsPdf(doc: RecordDocument, fontBytes: PdfFonts): Promise<Uint8Array> {
  const { pdf, fonts } = await open(doc.title, fontBytes);
  const flow = new Flow(pdf, fonts, A5);
  doc.sections.forEach((section, i) => {
    if (i > 0) flow.newPage();
    flow.text(doc.title, { size: 8.5, color: MUTED });
    flow.space(6);
    flow.text(section.heading, { size: 15, bold: true, color: ACCENT, keepWithNext: 2 });
    for (const block of section.blocks) {
      flow.space(7);
      // On a card every field is printed text, not a learner's own words, so none is greyed.
      blockText(flow, block.kind === 'field' ? { ...block, byPlayer: true } : block);
    }
  });
  footers(pdf, fonts, 'Rules at Play · role card');
  return pdf.save();
}

export async function recordPdf(doc: RecordDocument, fontBytes: PdfFonts, layout: RecordLayout = 'document'): Promise<Uint8Array> {
  if (layout === 'cards') return cardsPdf(doc, fontBytes);
  const { pdf, fonts } = await open(doc.title, fontBytes);
  const flow = new Flow(pdf, fonts);
  flow.text(doc.title, { size: 18, bold: true, color: ACCENT });
  flow.space(4);
  flow.text(doc.subtitle, { size: 9.5, color: MUTED });
  if (documentTexts(doc).some((text) => drawable(text, fonts) !== text)) {
    flow.space(4);
    flow.text(MISSING_CHARACTERS, { size: 9.5, color: MUTED });
  }
  for (const section of doc.sections) {
    flow.space(14);
    flow.text(section.heading, { size: 13.5, bold: true, color: ACCENT, keepWithNext: 2 });
    for (const block of section.blocks) {
      flow.space(6);
      blockText(flow, block);
    }
  }
  footers(pdf, fonts, 'Rules at Play · made on this device');
  return pdf.save();
}

export async function certificatePdf(cert: Certificate, fontBytes: PdfFonts): Promise<Uint8Array> {
  const { pdf, fonts } = await open(`${cert.heading}: ${cert.lines[1] ?? ''}`, fontBytes);
  const [height, width] = A4;
  const page = pdf.addPage([width, height]);
  page.drawRectangle({ x: 24, y: 24, width: width - 48, height: height - 48, borderColor: ACCENT, borderWidth: 2 });
  /** Draws centred, wrapped text from `y` down; returns where the next line would go. */
  const centre = (text: string, y: number, size: number, bold = false, color = INK): number => {
    const font = bold ? fonts.bold : fonts.regular;
    const printable = drawable(text, fonts);
    const rtl = isRtlParagraph(printable);
    const lines = wrapText(printable, width - 160, (s) => font.widthOfTextAtSize(s, size));
    lines.forEach((line, i) => {
      drawLine(page, line, { x: 80, y: y - i * size * 1.3, width: width - 160, size, font, color, align: 'centre', rtl });
    });
    return y - lines.length * size * 1.3;
  };
  // Each line starts below the last, so a long name pushes the rest down instead of overlapping it.
  let y = centre('Rules at Play', height - 90, 14, true, ACCENT) - 26;
  y = centre(cert.heading, y, 30, true, ACCENT) - 24;
  y = centre('This certifies that', y, 13) - 26;
  // A long name shrinks (down to a readable size) before it wraps.
  const name = drawable(cert.name, fonts) || ' ';
  let nameSize = 26;
  while (nameSize > 14 && fonts.bold.widthOfTextAtSize(name, nameSize) > width - 160) nameSize -= 1;
  y = centre(name, y, nameSize, true) - 22;
  cert.lines.forEach((line, i) => {
    y = centre(line, y, 14, i === 1) - 8;
  });
  y = Math.min(y - 30, 130);
  for (const line of cert.footer) y = centre(line, y, 8.5, false, MUTED) - 3;
  return pdf.save();
}
