// The game's one palette, chosen to read on a projector from the back of a
// room. Here rather than in src/scenes because place layouts in
// assets/places.json name these colours, and the checker reads them too.
export const PALETTE = {
  night: 0x1d2733,
  ink: 0x141a22,
  paper: 0xf4f1ea,
  grass: 0x55804f,
  path: 0xc9b79c,
  building: 0x6b7b8c,
  roof: 0x44505c,
  warm: 0xf2c14e,
  caring: 0x7fd1b9,
  harm: 0xb3403a,
  young: 0xe9e0f2,
  table: 0x8a6a4a,
  tableEdge: 0x5c4430,
};

export type PaletteName = keyof typeof PALETTE;

/** A colour in the data: a palette name such as "grass", or "#rrggbb". Null if it is neither. */
export function readColour(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  if (Object.hasOwn(PALETTE, value)) return PALETTE[value as PaletteName];
  return /^#[0-9a-f]{6}$/i.test(value) ? Number.parseInt(value.slice(1), 16) : null;
}
