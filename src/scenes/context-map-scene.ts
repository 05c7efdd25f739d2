// The context map: the place, who is there, who looks out for them, and who
// is waiting for them. Drawn from the model's numbers for the place, so each
// time skip shows its consequences. Every mark is also described in the DOM.
import Phaser from 'phaser';
import { drawLayout } from './map-layouts.ts';
import { gatheringOf, layoutOf } from '../content/lookups.ts';
import { SHIPPED_CONTENT } from '../content/shipped-content.ts';
import { BIG_LABEL_STYLE, LABEL_STYLE, PALETTE, drawFigure } from './palette.ts';

export interface MapData {
  place: string;
  youngPeople: number;
  displaced: number;
  guardians: number;
  cars: number;
  pull: number;
  features: string[];
  caption: string;
  reducedMotion: boolean;
}

export class ContextMapScene extends Phaser.Scene {
  private map!: MapData;

  constructor() {
    super({ key: 'ContextMapScene' });
  }

  init(data: MapData): void {
    this.map = data;
  }

  create(): void {
    const layout = layoutOf(SHIPPED_CONTENT, this.map.place);
    const { width, height } = this.scale;
    this.add.rectangle(width / 2, height / 2, width, height, layout.background);
    const g = this.add.graphics();
    drawLayout(this, g, layout, this.map.features);
    const spot = gatheringOf(layout, this.map.features);
    // The pull of the place: a warm glow where young people gather.
    this.add
      .graphics()
      .fillStyle(PALETTE.warm, 0.06 + this.map.pull * 0.02)
      .fillCircle(spot.x, spot.y + 20, 40 + this.map.pull * 6);
    const people = this.add.graphics();
    for (let i = 0; i < this.map.youngPeople; i += 1)
      drawFigure(people, spot.x - 80 + (i % 5) * 38, spot.y + Math.floor(i / 5) * 44, PALETTE.young, 1.1);
    for (let i = 0; i < this.map.guardians; i += 1) {
      // Caring adults stand with the young people, just below them.
      const x = spot.x - 80 + i * 44;
      const y = spot.y + (this.map.youngPeople > 5 ? 100 : 62);
      people.fillStyle(PALETTE.caring, 0.35).fillCircle(x, y + 2, 22);
      drawFigure(people, x, y, PALETTE.caring, 1.1);
    }
    for (let i = 0; i < this.map.cars; i += 1) {
      const x = layout.edge.x - i * 70;
      people.fillStyle(PALETTE.harm).fillRoundedRect(x - 28, layout.edge.y - 10, 56, 24, 8);
      people
        .fillStyle(PALETTE.ink)
        .fillCircle(x - 16, layout.edge.y + 14, 6)
        .fillCircle(x + 16, layout.edge.y + 14, 6);
    }
    if (this.map.displaced > 0) {
      const arrow = this.add.graphics().lineStyle(5, PALETTE.paper).fillStyle(PALETTE.paper);
      arrow.lineBetween(spot.x, spot.y + 60, 60, height - 40).fillTriangle(50, height - 30, 80, height - 44, 64, height - 60);
      for (let i = 0; i < this.map.displaced; i += 1) drawFigure(people, 40 + i * 26, height - 90, PALETTE.young, 0.6);
      this.add.text(30, height - 130, 'moved elsewhere', LABEL_STYLE);
    }
    this.add.rectangle(width / 2, 22, width, 44, PALETTE.night, 0.75);
    this.add.text(width / 2, 22, this.map.caption, BIG_LABEL_STYLE).setOrigin(0.5);
    if (!this.map.reducedMotion) this.fadeIn(500);
  }

  /**
   * Fades the map in from black. The canvas is drawn once and the browser
   * fades it (brightness 0 to 1 is the same as a camera fade from black), so
   * the stage does not redraw every frame of the fade.
   */
  private fadeIn(duration: number): void {
    const fade = this.game.canvas.animate([{ filter: 'brightness(0)' }, { filter: 'brightness(1)' }], { duration });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => fade.cancel());
  }
}
