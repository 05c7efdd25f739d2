// One palette and one figure style for every picture, chosen to read on a
// projector from the back of a room: flat shapes, strong outlines, big labels.
import type Phaser from 'phaser';

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

export const AGENCY_COLOURS: Record<string, number> = {
  police: 0x2f4f8f,
  'community-safety': 0x4a6fa5,
  'youth-work': 0x3f8f6b,
  vcs: 0x8f5fa8,
  school: 0xb07d2b,
  'head-teacher': 0x9a6a1f,
  councillor: 0x8a3f5f,
  'social-care': 0x2f7f8f,
  you: 0xd08c2f,
};

export const LABEL_STYLE = { fontFamily: 'system-ui, sans-serif', fontSize: '17px', color: '#f4f1ea' };
export const BIG_LABEL_STYLE = { fontFamily: 'system-ui, sans-serif', fontSize: '22px', fontStyle: 'bold', color: '#f4f1ea' };

/** A person: a head and shoulders, the same drawing everywhere in the game. */
export function drawFigure(g: Phaser.GameObjects.Graphics, x: number, y: number, colour: number, scale = 1): void {
  g.fillStyle(colour, 1).lineStyle(2 * scale, PALETTE.ink, 1);
  g.fillRoundedRect(x - 14 * scale, y, 28 * scale, 24 * scale, 10 * scale).strokeRoundedRect(x - 14 * scale, y, 28 * scale, 24 * scale, 10 * scale);
  g.fillStyle(0xe8c39e, 1).fillCircle(x, y - 8 * scale, 10 * scale).strokeCircle(x, y - 8 * scale, 10 * scale);
}
