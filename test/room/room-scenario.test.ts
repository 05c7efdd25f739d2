// A whole scenario played to its ending by a room: a console, a projector and
// five phones through the SDK, each decision voted, revealed and decided, each
// "Name it" labelled by the phones and counted per quadrant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Where, How } from '../../src/model/orientation.ts';
import type { PhoneView } from '../../src/room/protocol.ts';
import type { RunningServer } from '../../src/server/room-server.ts';
import { joinPhone, joinProjector, openRoomAsFacilitator, startTestServer } from './room-harness.ts';
import type { Probe } from './room-harness.ts';
import { COMPILE_BUDGET } from '../budgets.ts';

let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer();
}, COMPILE_BUDGET);

afterAll(async () => {
  await server?.close();
});

const allSee = (phones: Probe<PhoneView>[], test: (v: PhoneView) => boolean, what: string) =>
  Promise.all(phones.map((p) => p.seen(test, what)));

describe('a room plays a whole scenario', () => {
  it(
    'from the lobby to the ending, every decision the room’s',
    async () => {
      const facilitator = await openRoomAsFacilitator(server);
      const console_ = facilitator.probe;
      const projector = await joinProjector(server, facilitator.code);
      const phones = await Promise.all(
        ['police', 'police', 'school', 'school', 'health'].map((a) => joinPhone(server, facilitator.code, a)),
      );
      console_.send('start');
      await allSee(phones, (v) => v.phase === 'reading', 'the reading');
      let named = 0;
      for (let turn = 0; turn < 40 && console_.view.phase !== 'ended'; turn += 1) {
        const decided = console_.view.decisions.length;
        if (console_.view.nameIt) {
          console_.send('continue');
          await allSee(phones, (v) => v.phase === 'naming', 'naming');
          const labels: [Where, How][] = [
            ['context', 'ecological'],
            ['context', 'ecological'],
            ['individual', 'behaviour'],
          ];
          labels.forEach(([where, how], i) => phones[i]!.send('name', { where, how }));
          await Promise.all(labels.map((_, i) => phones[i]!.seen((v) => v.named !== null, 'a label kept')));
          console_.send('continue');
          const counted = await projector.seen((v) => v.naming !== null, 'the labels counted');
          // The author's reading reaches the room only now, beside the room's labels; the console has its question.
          expect(counted.nameItAuthor).toMatchObject({ where: expect.any(String), how: expect.any(String) });
          expect((await console_.seen((v) => v.namingAsk !== null, "the console's question")).namingAsk?.named).toBe(3);
          expect(counted.naming).toEqual({
            'individual-behaviour': 1,
            'individual-ecological': 0,
            'context-behaviour': 0,
            'context-ecological': 2,
          });
          console_.send('continue');
          await console_.seen((v) => v.phase === 'reading' && v.nameIt === null, 'the reading after Name it');
          named += 1;
          continue;
        }
        console_.send('open-vote');
        const voting = await allSee(phones, (v) => v.phase === 'voting', 'the vote');
        const option = voting[0]!.options.find((o) => o.available)!.index;
        phones.forEach((p) => p.send('vote', { option }));
        await console_.seen((v) => v.voted === phones.length, 'every vote counted');
        console_.send('reveal');
        await allSee(phones, (v) => v.phase === 'revealed' && v.tally?.totals[option] === phones.length, 'the reveal');
        console_.send('decide');
        await console_.seen((v) => v.decisions.length === decided + 1, 'the decision');
      }
      const end = await projector.seen((v) => v.phase === 'ended', 'the ending');
      expect(end.ending).toMatch(/\w/);
      expect(named).toBeGreaterThan(0);
      expect(end.decisions.length).toBeGreaterThanOrEqual(8);
      expect(end.decisions.every((d) => d.decidedBy === 'majority')).toBe(true);
      const ended = await allSee(phones, (v) => v.phase === 'ended', 'the ending on every phone');
      // The room's debrief reaches the console and the projector, never a phone; unanimous votes never split the room.
      expect(end.debrief?.votes).toHaveLength(end.decisions.length);
      expect(end.debrief?.split).toBeNull();
      expect((await console_.seen((v) => v.debrief !== null, 'the debrief')).debrief).toEqual(end.debrief);
      for (const view of ended) expect(view).not.toHaveProperty('debrief');
      // The console moves the projector through the debrief; a phone cannot, and a part that does not exist is refused.
      expect(end.debriefPart).toBe('ending');
      console_.send('show-part', { part: 'split' });
      expect((await projector.seen((v) => v.debriefPart === 'split', 'the projector at the split')).debriefPart).toBe('split');
      phones[0]!.send('show-part', { part: 'pressure' });
      expect(await phones[0]!.error(/Only the facilitator's console/)).toMatch(/console can do that/);
      console_.send('show-part', { part: 'scores' });
      expect(await console_.error(/no such part of the debrief/)).toMatch(/no such part/);
      console_.send('show-part', { part: 'questions' });
      await projector.seen((v) => v.debriefPart === 'questions', 'the projector at the questions');
      expect((await console_.seen((v) => v.debriefPart === 'questions', 'the console follows')).debriefPart).toBe('questions');
      console_.send('close');
    },
    COMPILE_BUDGET,
  );
});
