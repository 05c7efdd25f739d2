// The away-day projector's reveal: each vote in the room arrives on the
// WHERE × HOW map as a figure in its agency's colour, labelled with the
// agency's short name, and each quadrant shows its count in words. Everything
// here is also in the projector's table, so the picture never carries
// meaning alone (and never by colour alone).
import Phaser from 'phaser';
import { HOW_LABELS, QUADRANTS, WHERE_LABELS } from '../model/orientation.ts';
import type { How, Quadrant, Where } from '../model/orientation.ts';
import { BIG_LABEL_STYLE, LABEL_STYLE, PALETTE, agencyColour } from './palette.ts';

export interface VoteMark {
  agency: string;
  /** A short label drawn on the mark, so agencies are told apart without colour. */
  short: string;
  where: Where;
  how: How;
}

export interface VotesData {
  marks: VoteMark[];
  reducedMotion: boolean;
  /** The votes per quadrant when a mark stands for more than one vote (the debrief's whole session); otherwise the marks are counted. */
  counts?: Record<Quadrant, number>;
}

const WIDTH = 960;
const HEIGHT = 540;
const LEFT = 90;
const TOP = 40;
const CELL_W = (WIDTH - LEFT - 20) / 2;
const CELL_H = (HEIGHT - TOP - 50) / 2;
// Context on top, the young person below; behaviour-based left, ecological right (as the debrief's map).
const CELL: Record<Quadrant, [number, number]> = {
  'context-behaviour': [0, 0],
  'context-ecological': [1, 0],
  'individual-behaviour': [0, 1],
  'individual-ecological': [1, 1],
};
const FILL: Record<Quadrant, number> = {
  'context-behaviour': 0x5a4636,
  'context-ecological': 0x36503d,
  'individual-behaviour': 0x4a4259,
  'individual-ecological': 0x364a5e,
};

export class RoomVotesScene extends Phaser.Scene {
  private votes!: VotesData;

  constructor() {
    super({ key: 'RoomVotesScene' });
  }

  init(data: VotesData): void {
    this.votes = data;
  }

  create(): void {
    this.add.rectangle(WIDTH / 2, HEIGHT / 2, WIDTH, HEIGHT, PALETTE.night);
    const counts: Record<Quadrant, number> = {
      'context-behaviour': 0,
      'context-ecological': 0,
      'individual-behaviour': 0,
      'individual-ecological': 0,
    };
    if (this.votes.counts) Object.assign(counts, this.votes.counts);
    else for (const mark of this.votes.marks) counts[`${mark.where}-${mark.how}`] += 1;
    for (const [quadrant, [col, row]] of Object.entries(CELL) as [Quadrant, [number, number]][]) {
      const x = LEFT + col * CELL_W;
      const y = TOP + row * CELL_H;
      this.add.rectangle(x + CELL_W / 2, y + CELL_H / 2, CELL_W - 6, CELL_H - 6, FILL[quadrant]).setStrokeStyle(3, PALETTE.paper, 0.6);
      this.add.text(x + 14, y + 10, QUADRANTS[quadrant].name, { ...BIG_LABEL_STYLE, fontSize: '24px' });
      const n = counts[quadrant];
      // The count sits under the name, so a long name never runs into it.
      this.add.text(x + 14, y + 42, `${n} ${n === 1 ? 'vote' : 'votes'}`, { ...LABEL_STYLE, fontSize: '20px' });
    }
    this.add.text(LEFT + CELL_W / 2, HEIGHT - 40, HOW_LABELS.behaviour, LABEL_STYLE).setOrigin(0.5, 0);
    this.add.text(LEFT + CELL_W * 1.5, HEIGHT - 40, HOW_LABELS.ecological, LABEL_STYLE).setOrigin(0.5, 0);
    this.add
      .text(40, TOP + CELL_H / 2, WHERE_LABELS.context, LABEL_STYLE)
      .setOrigin(0.5)
      .setAngle(-90);
    this.add
      .text(40, TOP + CELL_H * 1.5, WHERE_LABELS.individual, LABEL_STYLE)
      .setOrigin(0.5)
      .setAngle(-90);
    this.placeMarks();
  }

  private placeMarks(): void {
    const slots: Record<Quadrant, number> = {
      'context-behaviour': 0,
      'context-ecological': 0,
      'individual-behaviour': 0,
      'individual-ecological': 0,
    };
    const perRow = 9;
    // Past five rows the marks overlap a little rather than leave their quadrant; the count above stays exact.
    this.votes.marks.forEach((mark, i) => {
      const quadrant: Quadrant = `${mark.where}-${mark.how}`;
      const [col, row] = CELL[quadrant];
      const slot = slots[quadrant]++;
      const x = LEFT + col * CELL_W + 34 + (slot % perRow) * 44;
      const y = TOP + row * CELL_H + 95 + Math.floor(slot / perRow) * 42;
      const disc = this.add.circle(0, 0, 19, agencyColour(mark.agency)).setStrokeStyle(3, PALETTE.paper);
      const label = this.add
        .text(0, 0, mark.short, { ...LABEL_STYLE, fontSize: '14px', fontStyle: 'bold', stroke: '#141a22', strokeThickness: 4 })
        .setOrigin(0.5);
      const group = this.add.container(x, y, [disc, label]);
      if (this.votes.reducedMotion) return;
      // Votes arrive one after another from the foot of the screen.
      group.setPosition(WIDTH / 2, HEIGHT + 30).setAlpha(0);
      this.tweens.add({ targets: group, x, y, alpha: 1, duration: 700, delay: i * 90, ease: 'Cubic.easeOut' });
    });
  }
}
