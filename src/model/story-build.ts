// What a save needs to recognise the story it was made on: a content hash of
// the compiled story (its "build"), and a stable id for each option that
// survives options being added or removed around it.

/** A short hash of the story's compiled JSON: two 32-bit FNV-1a lanes, so a collision is far-fetched. */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}

/**
 * An option's id: the knot and stitch it sits in (ink's generated parts,
 * which shift when an option is inserted, are dropped) and its words.
 */
export function choiceId(sourcePath: string, text: string): string {
  const place = sourcePath
    .split('.')
    .filter((part) => part && !/^(\d+|[cgs]-\d+)$/.test(part))
    .join('.');
  return `${place}#${text}`;
}

/** The words of the option an id names, for messages. */
export function choiceIdText(id: string): string {
  const cut = id.indexOf('#');
  return cut < 0 ? id : id.slice(cut + 1);
}
