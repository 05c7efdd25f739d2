// The landmarks of each kind of place, drawn in code in the game's one style.
// Each layout also says where young people gather, where caring adults stand,
// and where the cars of those who would harm them wait.
import type Phaser from 'phaser';
import { LABEL_STYLE, PALETTE } from './palette.ts';

export interface Layout {
  background: number;
  /** Where the young people gather (changes with some features). */
  gathering: (features: string[]) => { x: number; y: number };
  edge: { x: number; y: number };
  draw: (scene: Phaser.Scene, g: Phaser.GameObjects.Graphics, features: string[]) => void;
}

const label = (scene: Phaser.Scene, x: number, y: number, text: string) =>
  scene.add.text(x, y, text, LABEL_STYLE).setOrigin(0.5).setShadow(1, 1, '#000', 3);

function houses(scene: Phaser.Scene, g: Phaser.GameObjects.Graphics, y: number, name: string): void {
  for (let i = 0; i < 7; i += 1) {
    g.fillStyle(PALETTE.building).fillRect(40 + i * 125, y, 100, 44);
    g.fillStyle(PALETTE.roof).fillTriangle(30 + i * 125, y, 90 + i * 125, y - 16, 150 + i * 125, y);
  }
  label(scene, 160, y + 58, name);
}

function shelter(g: Phaser.GameObjects.Graphics, x: number, y: number): void {
  g.fillStyle(0x8a6a4a).fillRect(x - 45, y - 10, 90, 44);
  g.fillStyle(PALETTE.roof).fillTriangle(x - 60, y - 10, x, y - 45, x + 60, y - 10);
}

function lamp(g: Phaser.GameObjects.Graphics, x: number, y: number, lit: boolean): void {
  g.fillStyle(PALETTE.ink).fillRect(x - 3, y - 40, 6, 40);
  g.fillStyle(lit ? PALETTE.warm : 0x444444).fillCircle(x, y - 44, 9);
  if (lit) g.fillStyle(PALETTE.warm, 0.18).fillCircle(x, y - 30, 46);
}

function wifi(g: Phaser.GameObjects.Graphics, x: number, y: number): void {
  g.lineStyle(4, PALETTE.paper);
  for (const r of [10, 20, 30]) g.beginPath().arc(x, y, r, Math.PI * 1.2, Math.PI * 1.8).strokePath();
}

export const LAYOUTS: Record<string, Layout> = {
  park: {
    background: PALETTE.grass,
    gathering: (f) => (f.includes('shelter-moved') ? { x: 270, y: 262 } : f.includes('shelter-removed') ? { x: 200, y: 380 } : { x: 300, y: 185 }),
    edge: { x: 900, y: 395 },
    draw(scene, g, f) {
      houses(scene, g, 62, 'Pellow Road (the houses)');
      g.fillStyle(PALETTE.path).fillRect(0, 350, 960, 24).fillRect(600, 150, 24, 270);
      if (f.includes('shelter-removed')) {
        g.fillStyle(0x9a9a9a).fillRect(435, 180, 90, 40);
        label(scene, 480, 240, 'where the shelter was');
      } else if (f.includes('shelter-moved')) {
        shelter(g, 480, 285);
        label(scene, 480, 225, 'the shelter, moved');
      } else {
        shelter(g, 480, 190);
        label(scene, 480, 140, 'the shelter');
      }
      lamp(g, 300, 350, f.includes('lights'));
      lamp(g, 760, 350, f.includes('lights'));
      if (f.includes('wifi')) wifi(g, 560, 200);
      label(scene, 860, 360, 'lane end');
    },
  },
  'city-centre': {
    background: 0x3b4250,
    gathering: () => ({ x: 300, y: 240 }),
    edge: { x: 880, y: 380 },
    draw(scene, g, f) {
      g.fillStyle(0xdfe6ee).fillRect(180, 170, 260, 130);
      label(scene, 310, 150, 'bus station');
      g.fillStyle(PALETTE.building).fillRect(560, 60, 340, 140);
      label(scene, 730, 130, f.includes('centre-open') ? 'shopping centre (open late)' : 'shopping centre (closed)');
      for (let i = 0; i < 4; i += 1) g.fillStyle(f.includes('night-staff') ? PALETTE.warm : 0x8a7a5a).fillRect(40 + i * 30, 330, 24, 40);
      label(scene, 100, 395, 'Carver Street takeaways');
      g.fillStyle(0x55606c).fillRect(620, 280, 260, 90);
      label(scene, 750, 325, 'car park');
    },
  },
  estate: {
    background: 0x4a5560,
    gathering: (f) => (f.includes('centre-open') ? { x: 760, y: 260 } : { x: 300, y: 250 }),
    edge: { x: 900, y: 390 },
    draw(scene, g, f) {
      for (const x of [60, 170]) g.fillStyle(PALETTE.building).fillRect(x, 20, 80, 150);
      label(scene, 160, 190, 'tower blocks');
      g.fillStyle(0x8a7a5a).fillRect(220, 290, 260, 60);
      label(scene, 350, 370, 'the parade of shops');
      g.fillStyle(PALETTE.path).fillRect(480, 200, 120, 24);
      label(scene, 540, 180, 'the walkway');
      lamp(g, 510, 200, f.includes('lights'));
      lamp(g, 580, 200, f.includes('lights'));
      g.fillStyle(f.includes('centre-open') ? PALETTE.warm : 0x6b6b6b).fillRect(680, 210, 180, 90);
      label(scene, 770, 320, f.includes('centre-open') ? 'community centre (open)' : 'community centre (locked)');
    },
  },
  school: {
    background: 0x5f7a5a,
    gathering: (f) => (f.includes('staff-at-stop') ? { x: 760, y: 330 } : { x: 780, y: 330 }),
    edge: { x: 920, y: 250 },
    draw(scene, g, f) {
      g.fillStyle(PALETTE.building).fillRect(60, 40, 480, 200);
      label(scene, 300, 260, f.includes('empty-classroom') ? 'school (an empty seat in class)' : 'school');
      g.fillStyle(PALETTE.ink).fillRect(560, 120, 8, 160);
      label(scene, 600, 100, 'the gate');
      g.fillStyle(PALETTE.path).fillRect(560, 300, 400, 60);
      g.fillStyle(0xdfe6ee).fillRect(720, 270, 90, 26);
      label(scene, 765, 385, 'bus stop');
      if (f.includes('corridor-staffed')) label(scene, 300, 120, 'staff on the corridor');
    },
  },
};
