// The panel room: a table, the agencies' seats, and who is speaking. Pure
// atmosphere: everything it shows is also in the DOM text.
import Phaser from 'phaser';

export interface Seat {
  id: string;
  initials: string;
  label: string;
}

const COLOURS = { floor: 0x1d2733, table: 0x8a6a4a, tableEdge: 0x5c4430, seat: 0x3d5a80, speaking: 0xf2c14e, text: '#f4f1ea' };

export class PanelRoomScene extends Phaser.Scene {
  private seats: Seat[] = [];
  private speaker: string | null = null;
  private readonly rings = new Map<string, Phaser.GameObjects.Graphics>();

  constructor() {
    super({ key: 'PanelRoomScene' });
  }

  init(data: { seats: Seat[] }): void {
    this.seats = data.seats;
  }

  create(): void {
    const { width, height } = this.scale;
    this.add.rectangle(width / 2, height / 2, width, height, COLOURS.floor);
    const table = this.add.graphics();
    table.fillStyle(COLOURS.tableEdge).fillRoundedRect(width * 0.15 - 4, height * 0.4 - 4, width * 0.7 + 8, height * 0.2 + 8, 24);
    table.fillStyle(COLOURS.table).fillRoundedRect(width * 0.15, height * 0.4, width * 0.7, height * 0.2, 20);
    const top = this.seats.filter((_, i) => i % 2 === 0);
    const bottom = this.seats.filter((_, i) => i % 2 === 1);
    this.placeRow(top, height * 0.28, width, -1);
    this.placeRow(bottom, height * 0.72, width, 1);
    this.setSpeaker(this.speaker);
  }

  private placeRow(row: Seat[], y: number, width: number, labelSide: 1 | -1): void {
    row.forEach((seat, i) => {
      const x = width * 0.06 + ((i + 0.5) * width * 0.88) / row.length;
      const ring = this.add.graphics();
      ring.lineStyle(5, COLOURS.speaking).strokeCircle(x, y, 27).setVisible(false);
      this.rings.set(seat.id, ring);
      this.add.circle(x, y, 22, COLOURS.seat);
      this.add.text(x, y, seat.initials, { fontFamily: 'sans-serif', fontSize: '18px', fontStyle: 'bold', color: COLOURS.text }).setOrigin(0.5);
      this.add.text(x, y + labelSide * 42, seat.label, { fontFamily: 'sans-serif', fontSize: '16px', color: COLOURS.text }).setOrigin(0.5);
    });
  }

  /** Safe to call before the scene has been created: it remembers the speaker. */
  setSpeaker(id: string | null): void {
    this.speaker = id;
    for (const [seatId, ring] of this.rings) ring.setVisible(seatId === id);
  }
}
