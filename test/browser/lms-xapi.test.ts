// The cmi5 and plain xAPI packages against a test LRS on 127.0.0.1 (another
// origin than the package, as in real use): launched with an LRS, the game
// sends a statement for the launch, each decision and naming, the debrief
// and leaving; when the LRS goes away or refuses mid-play, play goes on,
// statements wait on the device (a reload loses none), and when it is back
// every one arrives once, in order. The learner's reasons never leave the
// device; the reflection goes only when sent, after the reminder.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS } from './find-chromium.ts';
import { axeViolations, heading, playToEnd, pressButton, screenshot, tabTo, tabToField } from './game-page.ts';
import { openTracked, playSome, startLmsHost } from './lms/lms-host.ts';
import type { LmsHost } from './lms/lms-host.ts';
import { AUTH, startTestLrs } from '../support/test-lrs.ts';
import type { StoredStatement, TestLrs } from '../support/test-lrs.ts';
import { BUILD_BUDGET } from '../budgets.ts';

const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const AU = 'urn:rules-at-play:package:the-shelter:au';
const PRIVATE_REASON = 'Because Jo Bloggs at 12 Acacia Road told me';

let host: LmsHost;
let lrs: TestLrs;
let browser: Browser;
beforeAll(async () => {
  host = await startLmsHost();
  lrs = await startTestLrs(() => ({
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: AU }] },
      extensions: { [SESSION_ID]: 'session-1' },
    },
    launchMode: 'Normal',
    moveOn: 'Completed',
    returnURL: `${host.baseUrl}harness.html`,
  }));
  browser = await chromium.launch({ executablePath: inject('chromePath'), args: CHROMIUM_FLAGS });
}, BUILD_BUDGET);
afterAll(async () => {
  await browser?.close();
  await lrs?.stop();
  await host?.stop();
});

// A test that fails while the LRS refuses must not leave it refusing for the next.
beforeEach(() => {
  if (lrs) lrs.refusing = false;
});

async function launch(pkg: string, query: Record<string, string>) {
  const opened = await openTracked(browser, `${host.baseUrl}pkg/${pkg}/index.html?${new URLSearchParams(query).toString()}`);
  await opened.page.locator('main h1').waitFor();
  return opened;
}

const verb = (s: StoredStatement) => s.verb.id.split('/').pop();
const turnOf = (s: StoredStatement) => Number(/:d(\d+)-/.exec(s.object.id)?.[1]);
const waitingOnDevice = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('rules-at-play:lrs-queue:'))
      .reduce((n, k) => n + (JSON.parse(localStorage.getItem(k) ?? '[]') as unknown[]).length, 0),
  );

/** Each decision once, in the order made, every statement in time order, and nothing the learner wrote. */
function expectWholeAndInOrder(statements: StoredStatement[], decisions: number): void {
  const turns = statements.filter((s) => verb(s) === 'answered').map(turnOf);
  expect(turns).toEqual(Array.from({ length: decisions }, (_x, i) => i + 1));
  const times = statements.map((s) => Date.parse(s.timestamp));
  expect(times).toEqual([...times].sort((a, b) => a - b));
  expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  expect(JSON.stringify(statements)).not.toContain('Jo Bloggs');
  expect(lrs.problems).toEqual([]);
}

describe('cmi5: The Shelter, with the LRS gone for a while', () => {
  it('sends initialized, each decision, completed and terminated, none lost or repeated, in order', async () => {
    const registration = randomUUID();
    const actor = { objectType: 'Agent', name: 'Test Learner', account: { homePage: 'https://lms.example.org', name: 'learner-1' } };
    const launchQuery = { endpoint: lrs.endpoint, fetch: lrs.fetchUrl(), registration, activityId: AU, actor: JSON.stringify(actor) };
    const { page, requests, errors, close } = await launch('rules-at-play_the-shelter_cmi5', launchQuery);
    await expect.poll(() => lrs.statements.filter((s) => s.context?.registration === registration).map(verb)).toEqual(['initialized']);
    const mine = () => lrs.statements.filter((s) => s.context?.registration === registration);
    await pressButton(page, 'Read the briefing for The Shelter');
    await pressButton(page, 'Begin the scenario');
    let whileAway = 0;
    const made = await playToEnd(page, {
      pick: () => 0,
      why: (turn) => (turn === 0 ? PRIVATE_REASON : undefined),
      name: () => ({ where: 'context', how: 'ecological' }),
      onScreen: async (turn) => {
        if (turn === 3) {
          await expect.poll(() => waitingOnDevice(page)).toBe(0);
          await lrs.goAway();
          whileAway = mine().length;
        }
        if (turn === 6) {
          // Nothing arrived while the LRS was gone; three decisions wait on the device.
          expect(mine().length).toBe(whileAway);
          expect(await waitingOnDevice(page)).toBeGreaterThanOrEqual(3);
          expect(await page.locator('#lms-status').textContent()).toMatch(/cannot be reached just now/);
          await screenshot(page, 'lms-cmi5-01-lrs-away');
          await lrs.comeBack();
        }
      },
    });
    await pressButton(page, 'Go to the debrief');
    expect(await heading(page)).toBe('Debrief: The Shelter');
    await expect.poll(() => mine().map(verb).at(-1)).toBe('completed');
    expect(await waitingOnDevice(page)).toBe(0);
    expect(await page.locator('#lms-status').count()).toBe(0);
    await page.goto('about:blank');
    await expect.poll(() => mine().map(verb).at(-1)).toBe('terminated');

    const statements = mine();
    expect(verb(statements[0]!)).toBe('initialized');
    expect(statements.map(verb).filter((v) => v === 'completed' || v === 'initialized' || v === 'terminated')).toEqual([
      'initialized',
      'completed',
      'terminated',
    ]);
    expectWholeAndInOrder(statements, made.length);
    for (const s of statements) {
      expect(s.context?.extensions?.[SESSION_ID]).toBe('session-1');
      expect(s.actor).toEqual(actor);
    }
    const categories = (s: StoredStatement) =>
      ((s.context?.contextActivities as { category?: { id: string }[] })?.category ?? []).map((c) => c.id);
    const done = statements.find((s) => verb(s) === 'completed')!;
    expect(categories(done)).toEqual([CMI5, MOVEON]);
    expect(done.object.id).toBe(AU);
    expect(done.result).toMatchObject({ completion: true, duration: expect.stringMatching(/^PT/) });
    expect(JSON.stringify(statements)).not.toMatch(/"score"|"success"/);
    const decision = statements.find((s) => verb(s) === 'answered')!;
    expect(Object.keys(decision.result?.extensions ?? {}).sort()).toEqual(
      ['agency', 'how', 'option', 'option-id', 'pressed-hard', 'quadrant', 'room-decided', 'where'].map(
        (k) => `urn:rules-at-play:xapi:${k}`,
      ),
    );
    expect(statements.some((s) => verb(s) === 'responded')).toBe(true);
    // Nothing was asked of any address but the package's own and the LRS the launch gave.
    expect(requests.filter((url) => !url.startsWith(host.baseUrl) && !url.startsWith(lrs.origin) && url !== 'about:blank')).toEqual([]);

    // Back to the same launch address after leaving: cmi5 allows nothing after terminated, so the learner is told.
    await page.goto(`${host.baseUrl}pkg/rules-at-play_the-shelter_cmi5/index.html?${new URLSearchParams(launchQuery).toString()}`);
    await page.locator('#lms-status').waitFor();
    expect(await page.locator('#lms-status').textContent()).toMatch(/This session with your learning system has ended/);
    await screenshot(page, 'lms-cmi5-02-session-ended');
    expect(mine().length).toBe(statements.length);
    // The fetch URL was not asked twice (the test LRS would have noted it).
    expect(lrs.problems).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('plain xAPI: the package with every scenario, with the LRS refusing and a reload', () => {
  it('keeps statements through a reload, sends them in order once the LRS takes them, and the reflection only when sent', async () => {
    const registration = randomUUID();
    const query = {
      endpoint: lrs.endpoint,
      auth: AUTH,
      actor: JSON.stringify({ mbox: ['mailto:learner@example.org'], name: ['Test Learner'] }),
      registration,
    };
    const { page, requests, errors, close } = await launch('rules-at-play_all-scenarios_xapi', query);
    const mine = () => lrs.statements.filter((s) => s.context?.registration === registration);
    expect(await axeViolations(page)).toEqual([]);
    await pressButton(page, 'Read the briefing for Where and How (induction)');
    await pressButton(page, 'Begin the scenario');
    // Two decisions: the first reaches the LRS, then it refuses.
    await playSome(page, 2, {
      name: () => null,
      onScreen: async (turn) => {
        if (turn !== 1) return;
        await expect.poll(() => waitingOnDevice(page)).toBe(0);
        expect(mine().map(verb)).toContain('answered');
        lrs.refusing = true;
      },
    });
    await expect.poll(() => waitingOnDevice(page)).toBeGreaterThanOrEqual(1);
    const accepted = mine().length;
    await page.reload();
    await pressButton(page, 'Continue Where and How (induction)');
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    await screenshot(page, 'lms-xapi-00-resumed-lrs-refusing');
    expect(await waitingOnDevice(page)).toBeGreaterThanOrEqual(3);
    expect(mine().length).toBe(accepted);
    lrs.refusing = false;
    const made = await playToEnd(page, { pick: (choices) => choices.length - 1, name: () => null });
    await pressButton(page, 'Go to the debrief');
    await expect.poll(() => mine().map(verb).at(-1)).toBe('completed');
    const statements = mine();
    expect(statements.map(verb).filter((v) => v !== 'answered' && v !== 'responded')).toEqual([
      'initialized',
      'terminated',
      'initialized',
      'completed',
    ]);
    expectWholeAndInOrder(statements, made.length + 2);
    expect(statements.every((s) => s.context?.registration === registration)).toBe(true);

    // The reflection goes only when the learner sends it, after the reminder.
    await pressButton(page, 'Write your reflection');
    await tabToField(page, 'Description');
    await page.keyboard.type('The panel moved quickly to the young people.');
    await tabTo(page, 'Send a summary of your reflection to your learning system');
    await page.keyboard.press('Enter');
    expect(await page.locator('#lms-share-reminder').textContent()).toMatch(/no names or details that could identify anyone/);
    await pressButton(page, 'Send this summary');
    expect(await page.getByText('Nothing was sent.').count()).toBe(1);
    expect(mine().some((s) => verb(s) === 'commented')).toBe(false);
    await tabToField(page, /I have checked it/);
    await page.keyboard.press('Space');
    await pressButton(page, 'Send this summary');
    await expect
      .poll(() =>
        mine()
          .filter((s) => verb(s) === 'commented')
          .map((s) => s.result?.response),
      )
      .toEqual([expect.stringMatching(/Description: The panel moved quickly to the young people\.$/)]);
    await screenshot(page, 'lms-xapi-01-summary-sent');
    expect(requests.filter((url) => !url.startsWith(host.baseUrl) && !url.startsWith(lrs.origin))).toEqual([]);
    expect(lrs.problems).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('a launch that names an LRS but leaves something out', () => {
  it('says what is missing in plain words, plays on, and sends nothing', async () => {
    // A learner of this test alone: a statement the earlier tests' closing pages send late is not counted here.
    const learner = 'mailto:no-auth-learner@example.org';
    const { page, requests, errors, close } = await launch('rules-at-play_the-shelter_xapi', {
      endpoint: lrs.endpoint,
      actor: JSON.stringify({ mbox: learner }),
    });
    await page.locator('#lms-status').waitFor();
    expect(await page.locator('#lms-status').textContent()).toMatch(/gave no "auth" to send statements with\. It plays as usual/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'lms-xapi-02-launch-problem');
    await pressButton(page, 'Read the briefing for The Shelter');
    await pressButton(page, 'Begin the scenario');
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    expect(lrs.statements.filter((s) => JSON.stringify(s.actor).includes(learner))).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(host.baseUrl))).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('plain xAPI on another device', () => {
  it('offers to continue a scenario started elsewhere, from the saves the LRS keeps, and reports no decision twice', async () => {
    const query = {
      endpoint: lrs.endpoint,
      auth: AUTH,
      actor: JSON.stringify({ mbox: 'mailto:traveller@example.org' }),
      registration: randomUUID(),
    };
    const mine = () => lrs.statements.filter((s) => s.context?.registration === query.registration);
    const first = await launch('rules-at-play_all-scenarios_xapi', query);
    await pressButton(first.page, 'Read the briefing for The Shelter');
    await pressButton(first.page, 'Begin the scenario');
    const made = await playSome(first.page, 2, { name: () => null });
    await expect.poll(() => mine().filter((s) => verb(s) === 'answered').length).toBe(2);
    await expect.poll(() => [...lrs.state.values()].some((doc) => doc.includes('r1~the-shelter~'))).toBe(true);
    await first.close();

    // A new browser context holds nothing of the first: another device.
    const other = await launch('rules-at-play_all-scenarios_xapi', query);
    await pressButton(other.page, 'Continue The Shelter');
    await other.page.getByRole('group', { name: 'Choices' }).waitFor();
    expect(await other.page.locator('.chosen').last().textContent()).toContain(made[1]);
    await screenshot(other.page, 'lms-xapi-03-continued-on-another-device');
    await playSome(other.page, 1, { name: () => null });
    await expect
      .poll(() =>
        mine()
          .filter((s) => verb(s) === 'answered')
          .map(turnOf),
      )
      .toEqual([1, 2, 3]);
    expect(lrs.problems).toEqual([]);
    expect(other.errors).toEqual([]);
    await other.close();
  });
});
