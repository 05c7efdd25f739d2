// The SCORM packages in a stand-in LMS (scorm-again, in Chromium): the game
// finds the API from its frame, starts a session, reports one interaction per
// decision, keeps its save as suspend_data and resumes it after a reload,
// completes at the debrief (no score), reports session time, asks for nothing
// outside its package; without an API it plays as on the web and says so.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS } from './find-chromium.ts';
import { axeViolations, heading, playToEnd, pressButton, screenshot, tabTo, tabToField } from './game-page.ts';
import { framed, gameFrame, leavePackage, lmsRecord, openTracked, playSome, startLmsHost } from './lms/lms-host.ts';
import type { LmsHost, LmsRecord } from './lms/lms-host.ts';
import { SCORM12_SUSPEND_LIMIT } from '../../src/model/lms-suspend.ts';
import { schemaDir } from '../../tools/lms/package-lms.ts';
import { BUILD_BUDGET } from '../budgets.ts';

let host: LmsHost;
let browser: Browser;
beforeAll(async () => {
  host = await startLmsHost();
  browser = await chromium.launch({ executablePath: inject('chromePath'), args: CHROMIUM_FLAGS });
}, BUILD_BUDGET);
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const openHarness = (query: string) => openTracked(browser, `${host.baseUrl}harness.html?${query}`);

const sets = (record: LmsRecord, pattern: RegExp) => record.sets.filter(([element]) => pattern.test(element));
const interactionIds = (record: LmsRecord) => new Set(sets(record, /^cmi\.interactions\.\d+\.id$/).map(([element]) => element));

const folderOf = (p: { file: string }) =>
  host.unpacked.get(
    p.file
      .split('/')
      .pop()!
      .replace(/\.zip$/, ''),
  )!;

describe('the manifests', () => {
  it('every SCORM package has one, and it validates against the ADL schemas (xmllint)', () => {
    expect(host.packages).toHaveLength(28);
    for (const p of host.packages) {
      if (p.edition !== 'scorm12' && p.edition !== 'scorm2004') continue;
      const schema = join(schemaDir(p.edition), 'validate.xsd');
      // xmllint exits non-zero (and execFileSync throws) when the manifest does not validate.
      const out = execFileSync('xmllint', ['--noout', '--schema', schema, join(folderOf(p), 'imsmanifest.xml')], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
      expect(out).toBe('');
      expect(p.manifest).toContain(p.target.title);
    }
  });

  it('every cmi5 package has a cmi5.xml course structure with one AU (moveOn Completed), every xAPI package a tincan.xml', () => {
    for (const p of host.packages.filter((x) => x.edition === 'cmi5' || x.edition === 'xapi')) {
      const file = join(folderOf(p), p.edition === 'cmi5' ? 'cmi5.xml' : 'tincan.xml');
      // Well-formed XML (the cmi5 CourseStructure.xsd is not shipped with any package this project can install).
      expect(execFileSync('xmllint', ['--noout', file], { encoding: 'utf8', stdio: 'pipe' })).toBe('');
      const xml = readFileSync(file, 'utf8');
      const iri = `urn:rules-at-play:package:${p.target.scenarioId ?? 'all-scenarios'}`;
      if (p.edition === 'cmi5') {
        expect(xml).toContain('<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">');
        expect(xml.match(/<au /g)).toHaveLength(1);
        expect(xml).toContain(`<course id="${iri}:course">`);
        expect(xml).toContain(`<au id="${iri}:au" moveOn="Completed" launchMethod="AnyWindow">`);
        expect(xml).toMatch(/<\/description>\s*<url>index\.html<\/url>\s*<\/au>/);
      } else {
        expect(xml).toContain(`<activity id="${iri}" type="http://adlnet.gov/expapi/activities/course">`);
        expect(xml).toContain('<launch lang="en-GB">index.html</launch>');
      }
      expect(xml).toContain(p.target.title);
    }
  });

  it('a one-scenario package carries only its own story; the list package every story', () => {
    const ids = [...new Set(host.packages.flatMap((p) => (p.target.scenarioId ? [p.target.scenarioId] : [])))].sort();
    expect(ids).toHaveLength(6);
    // A story's file is named after its scenario, then an 8-character hash.
    const storyOf = (file: string) => ids.find((id) => new RegExp(`^${id}-[\\w-]{8}\\.json$`).test(file));
    for (const p of host.packages) {
      const found = readdirSync(join(folderOf(p), 'assets')).flatMap((f) => storyOf(f) ?? []);
      expect(found.sort()).toEqual(p.target.scenarioId ? [p.target.scenarioId] : ids);
    }
    const one = host.packages.find((p) => p.target.scenarioId && p.edition === 'scorm12')!;
    const all = host.packages.find((p) => !p.target.scenarioId && p.edition === 'scorm12')!;
    console.info(`scorm12 zip: ${one.target.scenarioId} ${one.bytes} bytes, all scenarios ${all.bytes} bytes`);
    expect(one.bytes).toBeLessThan(all.bytes);
  });

  it('the web build (dist/) leaves the LMS runtime (SCORM and xAPI) out; the LMS build has it', () => {
    // The SCORM API's name and the xAPI version header stand for each runtime.
    const holding = (dir: string, text: string) =>
      readdirSync(dir).filter((f) => f.endsWith('.js') && readFileSync(join(dir, f), 'utf8').includes(text));
    for (const text of ['API_1484_11', 'X-Experience-API-Version']) {
      expect(holding('dist/assets', text)).toEqual([]);
      expect(holding('dist-lms/site/assets', text)).toHaveLength(1);
    }
  });

  it('every package tells the learner, from its first words, what goes to the learning system (the web game: nothing)', () => {
    for (const p of host.packages) {
      const page = readFileSync(join(folderOf(p), 'index.html'), 'utf8');
      expect(page, p.target.title).toContain('reports to the learning system that opened it');
      expect(page).not.toContain('Nothing is sent anywhere');
    }
    expect(readFileSync('dist/index.html', 'utf8')).toContain('Nothing is sent anywhere.');
  });

  it('a manifest that breaks the schema is refused, so the check can fail', () => {
    const p = host.packages.find((x) => x.edition === 'scorm2004')!;
    const folder = folderOf(p);
    const broken = join(folder, 'broken-manifest.xml');
    execFileSync('sh', ['-c', `sed 's/scormType="sco"/scormType="lesson"/' imsmanifest.xml > broken-manifest.xml`], { cwd: folder });
    expect(() =>
      execFileSync('xmllint', ['--noout', '--schema', join(schemaDir('scorm2004'), 'validate.xsd'), broken], { stdio: 'pipe' }),
    ).toThrow();
  });
});

describe('SCORM 1.2: The Shelter package', () => {
  it('starts, reports each decision, resumes after a reload, completes at the debrief, reports session time', async () => {
    const { page, requests, errors, close } = await openHarness('version=1.2&pkg=rules-at-play_the-shelter_scorm12');
    let game = framed(page, await gameFrame(page));
    expect(
      await game
        .locator('main')
        .getByRole('button', { name: /Read the briefing for/ })
        .count(),
    ).toBe(1);
    await pressButton(game, 'Read the briefing for The Shelter');
    await pressButton(game, 'Begin the scenario');
    await game.getByRole('group', { name: 'Choices' }).waitFor();
    await screenshot(page, 'lms-12-01-first-decision');
    // Three decisions, then the learner closes the LMS window and comes back.
    const made = await playSome(game, 3);
    let record = await lmsRecord(page);
    expect(record.initialized).toBe(1);
    expect(record.status).toBe('incomplete');
    expect(interactionIds(record).size).toBe(3);
    const saved = record.suspend;
    expect(saved).toMatch(/^r1~the-shelter~/);

    await page.reload();
    game = framed(page, await gameFrame(page));
    await game.getByRole('group', { name: 'Choices' }).waitFor();
    record = await lmsRecord(page);
    expect(record.sessions).toBe(2);
    expect(record.finished).toBe(1);
    expect(sets(record, /^cmi\.core\.exit$/).at(-1)?.[1]).toBe('suspend');
    expect(sets(record, /^cmi\.core\.session_time$/).at(-1)?.[1]).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
    // Resumed where it stopped: the last decision is the one before the reload.
    expect(await game.locator('.chosen').textContent()).toContain(made[2]);
    await screenshot(page, 'lms-12-02-resumed');

    await playToEnd(game, { pick: () => 0, name: () => ({ where: 'context', how: 'ecological' }) });
    await pressButton(game, 'Go to the debrief');
    expect(await heading(game)).toBe('Debrief: The Shelter');
    await screenshot(page, 'lms-12-03-debrief');
    record = await lmsRecord(page);
    expect(record.status).toBe('completed');
    expect(sets(record, /score|success/)).toEqual([]);

    // The journal stays the learner's: nothing is sent until they choose, after the reminder.
    await pressButton(game, 'Write your reflection');
    await tabToField(game, 'Description');
    await page.keyboard.type('The panel moved quickly to the young people.');
    expect(sets(await lmsRecord(page), /^cmi\.comments/)).toEqual([]);
    await tabTo(game, 'Send a summary of your reflection to your learning system');
    await page.keyboard.press('Enter');
    expect(await game.locator('#lms-share-reminder').textContent()).toMatch(/no names or details that could identify anyone/);
    await pressButton(game, 'Send this summary');
    expect(await game.getByText('Nothing was sent.').count()).toBe(1);
    expect(sets(await lmsRecord(page), /^cmi\.comments/)).toEqual([]);
    await tabToField(game, /I have checked it/);
    await page.keyboard.press('Space');
    await pressButton(game, 'Send this summary');
    const shareStatus = game.locator('#lms-share-heading ~ details [role="status"]');
    await shareStatus
      .filter({ hasText: /learning system/ })
      .waitFor({ timeout: 5000 })
      .catch(async (error: unknown) => {
        await screenshot(page, 'lms-12-04-share-failed');
        throw error;
      });
    expect([await shareStatus.textContent(), sets(await lmsRecord(page), /^cmi\.comments/)]).toEqual([
      'Sent to your learning system. Your journal is unchanged on this device.',
      expect.anything(),
    ]);
    await screenshot(page, 'lms-12-04-summary-sent');
    const comments = sets(await lmsRecord(page), /^cmi\.comments$/);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.[1]).toMatch(/^The Shelter\. Plan: .*\nDescription: The panel moved quickly to the young people\.$/);
    await leavePackage(page);
    record = await lmsRecord(page);
    expect(record.sets.filter(([, , answer]) => answer !== 'ok')).toEqual([]);
    const responses = sets(record, /^cmi\.interactions\.\d+\.student_response$/);
    expect(responses.length).toBeGreaterThanOrEqual(10);
    for (const [, value] of responses) {
      expect(value.length).toBeLessThanOrEqual(255);
      expect(value).toMatch(/^o[0-9a-z]{4} (individual|context|none)\/(behaviour|ecological|none) "/);
    }
    expect(Math.max(...sets(record, /^cmi\.suspend_data$/).map(([, v]) => v.length))).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    expect(sets(record, /^cmi\.core\.exit$/).at(-1)?.[1]).toBe('');
    // Nothing was asked of any address outside the harness and its package.
    expect(requests.filter((url) => !url.startsWith(host.baseUrl) && url !== 'about:blank')).toEqual([]);
    expect(requests.filter((url) => /\/(sw|service-worker)\.js/.test(url))).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('SCORM 2004: the package with every scenario', () => {
  it('reports choices with WHERE and HOW in their descriptions, resumes, and completes', async () => {
    const { page, errors, close } = await openHarness('version=2004&pkg=rules-at-play_all-scenarios_scorm2004-4th-edition');
    let game = framed(page, await gameFrame(page));
    await pressButton(game, 'Read the briefing for Where and How (induction)');
    await pressButton(game, 'Begin the scenario');
    await game.getByRole('group', { name: 'Choices' }).waitFor();
    await pressButton(game, (await game.locator('.choice-text').first().textContent())!.trim());
    await game.waitForFunction(() => document.querySelector('.chosen'));
    const before = await lmsRecord(page);
    await page.reload();
    game = framed(page, await gameFrame(page));
    await screenshot(page, 'lms-2004-00-resumed');
    await game.locator('.chosen').waitFor();
    expect((await lmsRecord(page)).suspend).toBe(before.suspend);
    await playToEnd(game, { pick: (choices) => choices.length - 1, name: () => null });
    await pressButton(game, 'Go to the debrief');
    expect(await heading(game)).toBe('Debrief: Where and How (induction)');
    expect(await axeViolations(game)).toEqual([]);
    await screenshot(page, 'lms-2004-01-debrief');
    await leavePackage(page);
    const record = await lmsRecord(page);
    expect(record.sets.filter(([, , answer]) => answer !== 'ok')).toEqual([]);
    expect(record.status).toBe('completed');
    expect(sets(record, /^cmi\.interactions\.\d+\.type$/).every(([, v]) => v === 'choice')).toBe(true);
    const descriptions = sets(record, /^cmi\.interactions\.\d+\.description$/).map(([, v]) => v);
    // Each decision reported once, across both sessions: d1, d2, … with no gap and no repeat.
    const turns = sets(record, /^cmi\.interactions\.\d+\.id$/).map(([, id]) => Number(/:d(\d+)-/.exec(id)?.[1]));
    expect(turns).toEqual(turns.map((_t, i) => i + 1));
    expect(descriptions.length).toBe(turns.length);
    expect(descriptions.some((d) => /WHERE: the (context|young person); HOW: (ecological|behaviour-based)/.test(d))).toBe(true);
    expect(sets(record, /^cmi\.session_time$/).at(-1)?.[1]).toMatch(/^PT\d+H\d+M[\d.]+S$/);
    expect(sets(record, /^cmi\.exit$/).at(-1)?.[1]).toBe('normal');
    expect(sets(record, /success_status|score/)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('SCORM 1.2: the package with every scenario keeps each started scenario', () => {
  it('resumes both of two started scenarios on a device that holds neither', async () => {
    const { page, errors, close } = await openHarness('version=1.2&pkg=rules-at-play_all-scenarios_scorm12');
    const game = () => gameFrame(page).then((frame) => framed(page, frame));
    const playTwo = async (title: string) => {
      const g = await game();
      await pressButton(g, `Read the briefing for ${title}`);
      await pressButton(g, 'Begin the scenario');
      return playSome(g, 2, { name: () => null });
    };
    const shelter = await playTwo('The Shelter');
    await pressButton(await game(), 'Leave scenario');
    const city = await playTwo('City Centre');
    const saved = (await lmsRecord(page)).suspend;
    expect(saved.split('|').map((part) => part.split('~')[1])).toEqual(['the-shelter', 'city-centre']);
    expect(saved.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);

    // Another device: nothing kept in the browser, only what the LMS kept.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    let g = await game();
    await g.locator('.chosen').waitFor();
    expect(await g.locator('.chosen').last().textContent()).toContain(city[1]);
    await pressButton(g, 'Leave scenario');
    await pressButton(g, 'Continue The Shelter');
    g = await game();
    await g.getByRole('group', { name: 'Choices' }).waitFor();
    expect(await g.locator('.chosen').last().textContent()).toContain(shelter[1]);
    await screenshot(page, 'lms-12-list-01-second-scenario-resumed');
    const record = await lmsRecord(page);
    // Each decision reported once, though both scenarios were resumed.
    expect(interactionIds(record).size).toBe(4);
    expect(record.sets.filter(([, , answer]) => answer !== 'ok')).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the trainers page in a one-scenario package', () => {
  it('offers only the scenario the package carries, and its files still download', async () => {
    const { page, errors, close } = await openTracked(browser, `${host.baseUrl}pkg/rules-at-play_city-centre_scorm12/trainers.html`);
    await page.getByRole('heading', { name: 'Guides and role cards' }).waitFor();
    expect(await page.locator('.scenario-card h3').allTextContents()).toEqual(['City Centre']);
    const [download] = await Promise.all([page.waitForEvent('download'), pressButton(page, 'Role cards (Markdown)')]);
    expect(download.suggestedFilename()).toBe('role-cards-city-centre.md');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('no learning system', () => {
  it('the package still plays, and says once that nothing is reported', async () => {
    const { page, errors, close } = await openHarness('version=1.2&api=none&pkg=rules-at-play_city-centre_scorm12');
    const game = framed(page, await gameFrame(page));
    await game.locator('#lms-status').waitFor();
    expect(await game.locator('#lms-status').textContent()).toMatch(/No learning system was found/);
    // The title no longer says it reports to one.
    await game.getByText('Nothing is sent anywhere.', { exact: false }).waitFor();
    expect(await game.getByText('reports to the learning system that opened it').count()).toBe(0);
    await screenshot(page, 'lms-none-00-notice');
    expect(await axeViolations(game)).toEqual([]);
    await pressButton(game, 'Read the briefing for City Centre');
    await pressButton(game, 'Begin the scenario');
    await game.getByRole('group', { name: 'Choices' }).waitFor();
    await pressButton(game, (await game.locator('.choice-text').first().textContent())!.trim());
    await game.waitForFunction(() => document.querySelector('.chosen'));
    expect(await game.locator('#lms-status').count()).toBe(1);
    await screenshot(page, 'lms-none-01-playing');
    expect(errors).toEqual([]);
    await close();
  });
});
