// One palette (src/content/palette.ts) and one figure style for every picture,
// chosen to read on a projector from the back of a room: flat shapes, strong
// outlines, big labels.
import type Phaser from 'phaser';
import { PALETTE } from '../content/palette.ts';
import { agencyColour as colourOf } from '../content/lookups.ts';
import { SHIPPED_CONTENT } from '../content/shipped-content.ts';

export { PALETTE };

/** An agency's figure colour, from assets/agencies.json. */
export const agencyColour = (id: string): number => colourOf(SHIPPED_CONTENT, id);

export const LABEL_STYLE = { fontFamily: 'system-ui, sans-serif', fontSize: '17px', color: '#f4f1ea' };
export const BIG_LABEL_STYLE = { fontFamily: 'system-ui, sans-serif', fontSize: '22px', fontStyle: 'bold', color: '#f4f1ea' };

/** A person: a head and shoulders, the same drawing everywhere in the game. */
export function drawFigure(g: Phaser.GameObjects.Graphics, x: number, y: number, colour: number, scale = 1): void {
  g.fillStyle(colour, 1).lineStyle(2 * scale, PALETTE.ink, 1);
  g.fillRoundedRect(x - 14 * scale, y, 28 * scale, 24 * scale, 10 * scale).strokeRoundedRect(
    x - 14 * scale,
    y,
    28 * scale,
    24 * scale,
    10 * scale,
  );
  g.fillStyle(0xe8c39e, 1)
    .fillCircle(x, y - 8 * scale, 10 * scale)
    .strokeCircle(x, y - 8 * scale, 10 * scale);
}
