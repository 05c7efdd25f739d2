// The CPD record and certificate: the fields each regulator asks for, the
// framework mapping read from data files, and the player's own words carried
// into the PDF and the Markdown exactly, as text that can never act as markup.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { buildCpdRecord } from '../../src/model/cpd-record.ts';
import { buildCertificate } from '../../src/model/certificate.ts';
import { EVIDENCE, evidenceOf, frameworksInForce, parseFramework } from '../../src/model/frameworks.ts';
import type { JournalEntry } from '../../src/model/journal.ts';
import { escapeMarkdownLine, toMarkdown } from '../../src/model/markdown.ts';
import { NOT_WRITTEN } from '../../src/model/record-document.ts';
import { certificatePdf, recordPdf } from '../../src/export/pdf-writer.ts';
import { finishedShelter, fonts, frameworkFiles, pdfText } from './journal-fixture.ts';

const INJECTIONS = [
  '<script>window.hacked = 1</script>',
  '<img src=x onerror="alert(1)">',
  '[click me](javascript:alert(1))',
  '![x](http://example.invalid/track.png)',
  '# Not a heading',
  '1. not a list',
  ') Tj ET (PDF syntax',
  '&lt;b&gt; and `code` and *stars* and _under_ | pipe',
];

function written(overrides: Partial<JournalEntry['reflection']> = {}, cpd: Partial<JournalEntry['cpd']> = {}): JournalEntry {
  const { entry } = finishedShelter((turn) => (turn === 1 ? 'It is a welfare matter first' : turn === 3 ? INJECTIONS[0] : undefined));
  return {
    ...entry,
    reflection: {
      description: 'The panel met about the park shelter.',
      feelings: 'I felt the pull to act fast.',
      evaluation: 'The youth workers stayed.',
      analysis: 'We acted on the place but partly by moving the boys.',
      conclusion: 'WHERE is not HOW.',
      actionPlan: 'Ask who shapes the place.',
      ...overrides,
    },
    cpd: {
      activityType: 'Simulation',
      relevance: 'I chair strategy meetings.',
      impactOnPractice: 'I will ask about guardianship.',
      impactOnPeople: 'Fewer moves for young people.',
      peerDiscussion: 'My supervisor saw it differently.',
      ...cpd,
    },
  };
}

const frameworks = frameworkFiles();
const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('framework files', () => {
  it.each(readdirSync('assets/frameworks').filter((f) => f.endsWith('.json')))('%s is a valid framework', (file) => {
    const read = parseFramework(JSON.parse(readFileSync(`assets/frameworks/${file}`, 'utf8')), file);
    expect(read).toMatchObject({ ok: true });
  });

  it('documents every kind of evidence a file may name, and no other', () => {
    const readme = readFileSync('assets/frameworks/README.md', 'utf8');
    const documented = [...readme.matchAll(/^\| (`[^|]+) \|/gm)].flatMap((m) =>
      [...(m[1] ?? '').matchAll(/`([a-z-]+)`/g)].map((k) => k[1]),
    );
    expect(documented.sort()).toEqual(Object.keys(EVIDENCE).sort());
  });

  it.each([
    ['not an object', 7, /not a framework/],
    ['an unknown country', { ...frameworks[0], jurisdictions: ['scotland'] }, /jurisdictions/],
    ['a bad date', { ...frameworks[0], validFrom: 'April 2027' }, /YYYY-MM-DD/],
    [
      'unknown evidence',
      { ...frameworks[0], items: [{ id: 'a', label: 'A', summary: 'S', evidence: ['vibes'] }] },
      /evidence "vibes", which is not one of/,
    ],
    ['no items', { ...frameworks[0], items: [] }, /items/],
  ])('rejects %s, naming the file', (_name, data, problem) => {
    const read = parseFramework(data, 'broken.json');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatch(/^broken\.json: /);
    if (!read.ok) expect(read.problem).toMatch(problem);
  });

  it.each([
    ['england', '2026-11-26', ['pcf', 'swe-standard-4', 'kss-child-family']],
    ['england', '2027-03-31', ['pcf', 'swe-standard-4', 'kss-child-family']],
    ['england', '2027-04-01', ['pcf', 'swe-standard-4', 'cfsw-early-career-standards']],
    ['wales', '2026-11-26', ['scw-code-of-practice']],
  ] as const)('in %s on %s: %j', (country, day, ids) => {
    expect(
      frameworksInForce(frameworks, country, day)
        .map((f) => f.id)
        .sort(),
    ).toEqual([...ids].sort());
  });
});

describe('what an entry evidences', () => {
  it.each([
    [
      'nothing written',
      written(Object.fromEntries(Object.keys(written().reflection).map((k) => [k, ''])), {
        impactOnPractice: '',
        impactOnPeople: '',
        peerDiscussion: '',
      }),
      ['played-scenario', 'research-findings', 'decision-reasons'],
      ['reflection-written', 'feelings', 'action-plan', 'impact', 'peer-discussion'],
    ],
    ['everything written', written(), ['reflection-written', 'feelings', 'action-plan', 'impact', 'peer-discussion'], []],
    ['no peer yet', written({}, { peerDiscussion: '  ' }), ['impact'], ['peer-discussion']],
  ])('%s', (_name, entry, present, absent) => {
    const evidence = evidenceOf(entry);
    for (const e of present) expect(evidence).toContain(e);
    for (const e of absent) expect(evidence).not.toContain(e);
    expect(evidence.every((e) => e in EVIDENCE)).toBe(true);
  });
});

describe('the CPD record', () => {
  const england = buildCpdRecord(written(), { jurisdiction: 'england', frameworks, includeTime: false });
  const wales = buildCpdRecord(written(), { jurisdiction: 'wales', frameworks, includeTime: false });
  const labels = (doc: typeof england) =>
    doc.sections.flatMap((s) => [
      s.heading,
      ...s.blocks.map((b) => (b.kind === 'field' ? b.label : b.kind === 'subheading' ? b.text : '')),
    ]);

  const ENGLAND_FIELDS = [
    'Type of activity',
    'Date',
    'Time spent',
    'Short description',
    'Why it is relevant to my practice',
    'What I learned',
    'The impact on my practice',
    'The impact on the people I work with',
    'What I learned from discussing it with a peer',
  ];
  const WALES_FIELDS = [
    'What the activity was',
    'Date',
    'Description',
    'Why it matters for my practice',
    'What I learned',
    'How it will change my practice',
    'The difference for the people I support',
    'Discussion with a colleague (optional)',
  ];
  const SHARED = [
    "Reflection (Gibbs' reflective cycle)",
    'Description',
    'Feelings',
    'Evaluation',
    'Analysis',
    'Conclusion',
    'Action plan',
    'Decisions and my reasons',
    'What the debrief found',
    'How this maps to professional frameworks',
    'Source',
  ];

  it('for Social Work England has every field it asks for, the peer section and its prompts', () => {
    for (const label of [...ENGLAND_FIELDS, ...SHARED, 'Peer reflection']) expect(labels(england)).toContain(label);
    expect(labels(england)).toContain('Professional Capabilities Framework for Social Work in England (BASW)');
    expect(labels(england)).toContain('Social Work England professional standard 4: maintain my continuing professional development');
    expect(labels(england).some((l) => l.startsWith('Post-qualifying standard: knowledge and skills statement'))).toBe(true);
  });

  it('for Social Care Wales is a reflective record: the Code, and time only if chosen', () => {
    for (const label of [...WALES_FIELDS, ...SHARED]) expect(labels(wales)).toContain(label);
    expect(labels(wales)).not.toContain('Time spent (optional)');
    expect(labels(wales)).toContain('Code of Professional Practice for Social Care (Social Care Wales)');
    expect(labels(wales)).not.toContain('Professional Capabilities Framework for Social Work in England (BASW)');
    const withTime = buildCpdRecord(written(), { jurisdiction: 'wales', frameworks, includeTime: true });
    expect(labels(withTime)).toContain('Time spent (optional)');
  });

  it('says plainly where the player has not written yet', () => {
    const blank = buildCpdRecord(written({ conclusion: '' }), { jurisdiction: 'england', frameworks, includeTime: true });
    const learned = blank.sections[0]?.blocks.find((b) => b.kind === 'field' && b.label === 'What I learned');
    expect(learned).toEqual({ kind: 'field', label: 'What I learned', text: NOT_WRITTEN, byPlayer: false });
  });
});

describe("exports carry every field and the player's own words", () => {
  const entry = written({ feelings: `Uneasy. ${INJECTIONS.join('\n')}`, conclusion: 'Łódź, Caerdydd, ŵ ŷ: WHERE is not HOW.' });
  const doc = buildCpdRecord(entry, { jurisdiction: 'england', frameworks, includeTime: true });

  it('in the PDF, as pdf.js reads it back', async () => {
    const text = squash(await pdfText(await recordPdf(doc, fonts())));
    for (const section of doc.sections) {
      expect(text).toContain(squash(section.heading));
      for (const block of section.blocks) if (block.kind === 'field') expect(text).toContain(squash(block.label));
    }
    for (const words of [
      ...INJECTIONS,
      'Łódź, Caerdydd, ŵ ŷ: WHERE is not HOW.',
      'I chair strategy meetings.',
      'My supervisor saw it differently.',
      'It is a welfare matter first',
    ]) {
      expect(text).toContain(squash(words));
    }
  }, 30_000);

  it('in the Markdown, where it renders as the same plain text and nothing else', () => {
    const markdown = toMarkdown(doc);
    const html = new MarkdownIt({ html: true, linkify: false }).render(markdown);
    expect(html).not.toMatch(/<script|<img|<a |<code>|<ol|onerror="/i);
    // Only the record's own headings: none from the player's text.
    expect(html).not.toContain('<h1>Not a heading');
    const rendered = new MarkdownIt({ html: true }).renderInline(escapeMarkdownLine(INJECTIONS.join(' ')));
    const plain = rendered
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(plain).toBe(INJECTIONS.join(' '));
    for (const section of doc.sections) expect(markdown).toContain(`## ${escapeMarkdownLine(section.heading)}`);
  });

  it.each(INJECTIONS)('a line of Markdown stays literal text: %s', (line) => {
    const html = new MarkdownIt({ html: true }).render(escapeMarkdownLine(line));
    expect(
      html
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .trim(),
    ).toBe(`<p>${line}</p>`);
  });
});

describe('bare addresses in the Markdown', () => {
  const ADDRESSES = [
    'https://example.com/path?a=1&b=2',
    'see http://example.org, then ftp://files.example.net.',
    'www.example.co.uk',
    'example.com and panel.it',
    'write to someone@example.com or mailto:a.b@example.org',
    '//example.com/x',
    'a colon: fine, at 10:30 on 3.5 days, e.g. Node.js and пример.рф',
  ];
  const linkify = new MarkdownIt({ html: true, linkify: true });
  const unescape = (html: string) =>
    html
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');

  it.each(ADDRESSES)('stay plain text in a viewer with linkify: %s', (line) => {
    const html = linkify.render(escapeMarkdownLine(line));
    expect(html).not.toContain('<a ');
    expect(unescape(html).trim()).toBe(`<p>${line}</p>`);
  });

  it('stay plain text in a whole record', () => {
    const entry = written({ feelings: ADDRESSES.join('\n') });
    const markdown = toMarkdown(buildCpdRecord(entry, { jurisdiction: 'england', frameworks, includeTime: true }));
    const html = linkify.render(markdown);
    expect(html).not.toContain('<a ');
    for (const line of ADDRESSES) expect(unescape(html)).toContain(line);
  });
});

describe('the certificate', () => {
  it('carries the typed name, the scenario, the date and the time spent', async () => {
    const certificate = buildCertificate(written(), "  Dr Sam O'Neill-Jones <b>  ");
    const text = squash(await pdfText(await certificatePdf(certificate, fonts())));
    for (const part of [
      'Certificate of completion',
      "Dr Sam O'Neill-Jones <b>",
      '"The Shelter"',
      '26 November 2026',
      '34 minutes',
      'Owens, R. and Lloyd, J. (2023)',
    ])
      expect(text).toContain(part);
    expect(certificate.fileStem).toBe('certificate-the-shelter-2026-11-26');
  }, 30_000);

  it('keeps a very long name whole, above the rest of the text', async () => {
    const text = squash(await pdfText(await certificatePdf(buildCertificate(written(), `${'A'.repeat(60)} ${'B'.repeat(59)}`), fonts())));
    expect(text.indexOf('A'.repeat(60))).toBeGreaterThan(text.indexOf('This certifies that'));
    expect(text.indexOf('B'.repeat(59))).toBeLessThan(text.indexOf('completed the Rules at Play scenario'));
  }, 30_000);
});
