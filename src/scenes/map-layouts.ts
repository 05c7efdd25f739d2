// Draws a place's layout from assets/places.json in the game's one style, so
// a trainer's new place needs no code: rectangles, roofs, labels, lamps and
// Wi-Fi signs, each shown or hidden by what the plan has changed there.
import type Phaser from 'phaser';
import type { Layout, Shape } from '../content/content-types.ts';
import { shapeShown } from '../content/lookups.ts';
import { LABEL_STYLE, PALETTE } from './palette.ts';

const label = (scene: Phaser.Scene, x: number, y: number, text: string) =>
  scene.add.text(x, y, text, LABEL_STYLE).setOrigin(0.5).setShadow(1, 1, '#000', 3);

function lamp(g: Phaser.GameObjects.Graphics, x: number, y: number, lit: boolean): void {
  g.fillStyle(PALETTE.ink).fillRect(x - 3, y - 40, 6, 40);
  g.fillStyle(lit ? PALETTE.warm : 0x444444).fillCircle(x, y - 44, 9);
  if (lit) g.fillStyle(PALETTE.warm, 0.18).fillCircle(x, y - 30, 46);
}

function wifi(g: Phaser.GameObjects.Graphics, x: number, y: number): void {
  g.lineStyle(4, PALETTE.paper);
  for (const r of [10, 20, 30])
    g.beginPath()
      .arc(x, y, r, Math.PI * 1.2, Math.PI * 1.8)
      .strokePath();
}

function drawShape(scene: Phaser.Scene, g: Phaser.GameObjects.Graphics, shape: Shape, dx: number, features: readonly string[]): void {
  switch (shape.draw) {
    case 'rect':
      g.fillStyle(shape.colour).fillRect(shape.x + dx, shape.y, shape.w, shape.h);
      break;
    case 'triangle': {
      const [x1, y1, x2, y2, x3, y3] = shape.points;
      g.fillStyle(shape.colour).fillTriangle(x1 + dx, y1, x2 + dx, y2, x3 + dx, y3);
      break;
    }
    case 'label':
      label(scene, shape.x + dx, shape.y, shape.text);
      break;
    case 'lamp':
      lamp(g, shape.x + dx, shape.y, shape.litBy !== null && features.includes(shape.litBy));
      break;
    case 'wifi':
      wifi(g, shape.x + dx, shape.y);
      break;
  }
}

export function drawLayout(scene: Phaser.Scene, g: Phaser.GameObjects.Graphics, layout: Layout, features: readonly string[]): void {
  for (const shape of layout.shapes) {
    if (!shapeShown(shape, features)) continue;
    for (let i = 0; i < shape.repeat; i += 1) drawShape(scene, g, shape, i * shape.step, features);
  }
}
