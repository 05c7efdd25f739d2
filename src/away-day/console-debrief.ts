// The console at the end of the scenario: the room's record to download
// (Markdown or PDF, made in this browser: the server keeps nothing once the
// room closes) and the room's debrief as the projector shows it.
import type { ConsoleView } from '../room/protocol.ts';
import type { RoomRecordFormat } from '../export/room-files.ts';
import { button, el } from '../ui/dom.ts';
import { roomDebriefView } from './room-debrief-view.ts';

export interface RecordActions {
  /** Makes and downloads the room's record; resolves to the file's name. */
  record(format: RoomRecordFormat): Promise<string>;
}

export function consoleDebrief(view: ConsoleView, actions: RecordActions): Node[] {
  if (view.phase !== 'ended' || !view.debrief) return [];
  const status = el('p', { role: 'status', class: 'record-status' });
  const make = (format: RoomRecordFormat) => {
    status.textContent = 'Making the record…';
    actions.record(format).then(
      (name) => (status.textContent = `Downloaded ${name}.`),
      (error: Error) => (status.textContent = `The record could not be made: ${error.message}`),
    );
  };
  return [
    el(
      'section',
      { class: 'room-record', 'aria-labelledby': 'record-heading' },
      el('h2', { id: 'record-heading' }, "The room's record"),
      el(
        'p',
        {},
        'A record of this session: the scenario, the date, how many took part per agency, each decision with the room’s totals, and the debrief’s findings. Totals only; it is made on this device, and nothing about the room is kept on the server once you close it.',
      ),
      el(
        'div',
        { class: 'actions' },
        button('Download the record (PDF)', () => make('pdf'), { class: 'primary', 'data-focus': 'record-pdf' }),
        button('Download the record (Markdown)', () => make('markdown'), { 'data-focus': 'record-markdown' }),
      ),
      status,
    ),
    roomDebriefView(view.debrief),
  ];
}
