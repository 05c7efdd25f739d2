// What the player writes: reasons and reflections. Kept as plain text, with
// control characters removed and a length cap, so it can be stored, shown and
// exported safely; each output escapes it in its own way (the DOM by setting
// text, Markdown by escaping, PDF by drawing glyphs).

export const WHY_MAX = 200;
export const REFLECTION_MAX = 4000;

// Control characters other than tab and newline can break files and terminals.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** One line: newlines become spaces, runs of space collapse, capped at `max`. */
export function oneLine(text: string, max = WHY_MAX): string {
  return text.replace(CONTROL, '').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** A paragraph or several: line breaks kept (at most one blank line), capped at `max`. */
export function paragraphs(text: string, max = REFLECTION_MAX): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, max);
}
