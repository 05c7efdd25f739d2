// Every facilitator note in a compiled story, in the order the author wrote
// them, without playing it: what the facilitator guide prints. Reads the
// compiled JSON's tags line by line (ink writes a tag as "#", "^text", "/#",
// older compilers as {"#": "text"}) and parses them with the line tag parser.
import type { MomentNote } from '../model/facilitator-notes.ts';
import type { TagError } from '../play/story-port.ts';
import { NOTE_KEYS } from './note-tags.ts';
import { parseLineTags, splitTag } from './tag-parser.ts';

type Token = { tag: string } | { text: string } | 'end-of-line';

function* tokens(node: unknown): Generator<Token> {
  if (typeof node === 'string') {
    if (node === '\n') yield 'end-of-line';
    else if (node.startsWith('^')) yield { text: node.slice(1) };
    else if (node === '#' || node === '/#') yield { text: node };
    return;
  }
  if (Array.isArray(node)) {
    for (const item of node) yield* tokens(item);
    return;
  }
  if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record['#'] === 'string') yield { tag: record['#'] };
    // Named containers (knots, stitches, gathers, branches) follow their parent's content, as in the source.
    for (const [key, value] of Object.entries(record)) if (!key.startsWith('#') && Array.isArray(value)) yield* tokens(value);
  }
}

/** The tags of each output line, in the order they stand in the compiled story. */
function tagLines(json: string): string[][] {
  const root = (JSON.parse(json) as { root: unknown }).root;
  const lines: string[][] = [];
  let current: string[] = [];
  let inTag: string[] | null = null;
  for (const token of tokens(root)) {
    if (token === 'end-of-line') {
      if (current.length) lines.push(current);
      current = [];
    } else if ('tag' in token) current.push(token.tag);
    else if (token.text === '#') inTag = [];
    else if (token.text === '/#') {
      if (inTag) current.push(inTag.join(''));
      inTag = null;
    } else if (inTag) inTag.push(token.text);
  }
  if (current.length) lines.push(current);
  return lines;
}

const KEEP: readonly string[] = [...NOTE_KEYS, 'timeskip'];

/**
 * Every facilitator note in the story, in order, each marked as a decision's
 * or a time skip's; malformed notes come back as errors, not notes.
 */
export function storyNotes(json: string): { notes: MomentNote[]; errors: TagError[] } {
  const notes: MomentNote[] = [];
  const errors: TagError[] = [];
  for (const raw of tagLines(json)) {
    const kept = raw.filter((tag) => KEEP.includes(splitTag(tag).key));
    if (!kept.some((tag) => splitTag(tag).key.startsWith('facilitator'))) continue;
    const parsed = parseLineTags(kept);
    errors.push(...parsed.errors);
    const note = parsed.value.facilitator;
    if (note) notes.push({ moment: parsed.value.timeskip ? 'time-skip' : 'decision', note });
  }
  return { notes, errors };
}
