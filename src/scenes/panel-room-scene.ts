// The panel room: the table, the agencies at it, who is speaking, and the
// room's anxiety as a change of light. Atmosphere only: everything it shows
// is also in the DOM text.
import Phaser from 'phaser';
import { LABEL_STYLE, PALETTE, agencyColour, drawFigure } from './palette.ts';

export interface Seat {
  id: string;
  initials: string;
  label: string;
}

export interface RoomData {
  seats: Seat[];
  /** Seat ids at the table now; the rest are not drawn. */
  present: string[];
  /** Seats that have just arrived, drawn fading in. */
  arrived: string[];
  speaker: string | null;
  /** 0–10: how tense the room is. */
  anxiety: number;
  reducedMotion: boolean;
}

export class PanelRoomScene extends Phaser.Scene {
  private room!: RoomData;

  constructor() {
    super({ key: 'PanelRoomScene' });
  }

  init(data: RoomData): void {
    this.room = data;
  }

  create(): void {
    const { width, height } = this.scale;
    // Anxiety darkens and warms the light a little: noticeable, never loud.
    const tension = Math.max(0, Math.min(1, (this.room.anxiety - 3) / 7));
    const floor = Phaser.Display.Color.Interpolate.ColorWithColor(
      Phaser.Display.Color.ValueToColor(0x26364a),
      Phaser.Display.Color.ValueToColor(0x3a2326),
      100,
      Math.round(tension * 60),
    );
    this.add.rectangle(width / 2, height / 2, width, height, Phaser.Display.Color.GetColor(floor.r, floor.g, floor.b));
    const table = this.add.graphics();
    table.fillStyle(PALETTE.tableEdge).fillRoundedRect(width * 0.12 - 4, height * 0.42 - 4, width * 0.76 + 8, height * 0.16 + 8, 24);
    table.fillStyle(PALETTE.table).fillRoundedRect(width * 0.12, height * 0.42, width * 0.76, height * 0.16, 20);
    const seated = this.room.seats.filter((s) => this.room.present.includes(s.id) || s.id === 'you');
    this.placeRow(
      seated.filter((_, i) => i % 2 === 0),
      height * 0.25,
      -1,
    );
    this.placeRow(
      seated.filter((_, i) => i % 2 === 1),
      height * 0.75,
      1,
    );
  }

  private placeRow(row: Seat[], y: number, labelSide: 1 | -1): void {
    const { width } = this.scale;
    row.forEach((seat, i) => {
      const x = width * 0.06 + ((i + 0.5) * width * 0.88) / row.length;
      const group = this.add.container(0, 0);
      const speaking = seat.id === this.room.speaker;
      const figure = this.add.graphics();
      if (speaking) figure.fillStyle(PALETTE.warm, 0.35).fillCircle(x, y, 50).lineStyle(5, PALETTE.warm).strokeCircle(x, y, 50);
      drawFigure(figure, x, y - 10, agencyColour(seat.id), 1.7);
      const label = this.add
        .text(x, y + labelSide * 70, seat.label, {
          ...LABEL_STYLE,
          fontSize: '19px',
          align: 'center',
          fontStyle: speaking ? 'bold' : 'normal',
        })
        .setOrigin(0.5);
      group.add([figure, label]);
      if (this.room.arrived.includes(seat.id) && !this.room.reducedMotion) {
        group.setAlpha(0);
        this.tweens.add({ targets: group, alpha: 1, duration: 900 });
      }
    });
  }
}
