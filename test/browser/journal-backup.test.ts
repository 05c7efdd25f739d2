// Backing up and restoring the whole journal in the real game, by keyboard:
// back up, erase everything, restore (every entry and save comes back),
// restore the same file again (nothing added), and bad files (cut short,
// oversized, a newer format, edited by hand, another program's) each refused
// with the reason shown and nothing on the device changed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { axeViolations, closeBrowser, heading, openGame, playToEnd, pressButton, screenshot, tabToField } from './game-page.ts';
import type { GamePage } from './game-page.ts';

const INDUCTION = 'Where and How (induction)';
const FEELINGS = 'Unsure the assembly reached anyone it was meant for.';
const DIR = 'test-results/backup-files';

let game: GamePage;
let backupPath = '';
let backupText = '';
beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  game = await openGame();
});
afterAll(async () => {
  await game.close();
  await closeBrowser();
});

/** Everything the game keeps, by key, with the time of the last edit left out (a restore writes it anew). */
async function kept(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => {
    const all: Record<string, unknown> = {};
    for (const key of Object.keys(localStorage).filter((k) => /^rules-at-play:(journal|save|settings|aside)/.test(k))) {
      const value = JSON.parse(localStorage.getItem(key) as string) as Record<string, unknown>;
      all[key] = key.includes(':journal:') ? { ...value, updatedAt: 'any' } : value;
    }
    return all;
  });
}

async function openJournal(page: Page): Promise<void> {
  if ((await heading(page)) === 'Your journal') return;
  await pressButton(page, 'Open your journal');
  await page.getByRole('heading', { level: 1, name: 'Your journal' }).waitFor();
}

async function chooseFile(page: Page, path: string): Promise<void> {
  await page.locator('h1').focus();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), pressButton(page, 'Restore from a backup file…')]);
  await chooser.setFiles(path);
}

describe('backing up and restoring the journal', () => {
  it('finishes a scenario, writes a reflection and leaves another scenario part-played', async () => {
    const { page } = game;
    await pressButton(page, `Read the briefing for ${INDUCTION}`);
    await pressButton(page, 'Begin the scenario');
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    await playToEnd(page, { pick: () => 0 });
    await pressButton(page, 'Go to the debrief');
    await pressButton(page, 'Write your reflection');
    await tabToField(page, 'Feelings');
    await page.keyboard.type(FEELINGS);
    await page.keyboard.press('Tab');
    await pressButton(page, 'Back to the scenarios');
    await pressButton(page, 'Read the briefing for The Shelter');
    await pressButton(page, 'Begin the scenario');
    await pressButton(page, /Treat it as a safeguarding concern/);
    await pressButton(page, 'Leave scenario');
    await page.getByRole('button', { name: 'Continue The Shelter' }).waitFor();
    const before = await kept(page);
    expect(Object.keys(before).filter((k) => k.includes(':journal:'))).toHaveLength(1);
    expect(Object.keys(before)).toContain('rules-at-play:save:the-shelter');
  });

  it('asks the browser to keep its storage, and says once, plainly, when it will not', async () => {
    const { page } = game;
    const notice = page.locator('#storage-not-kept');
    if (await page.evaluate(() => navigator.storage.persisted())) {
      expect(await notice.count()).toBe(0);
      return;
    }
    expect(await notice.textContent()).toMatch(/has not agreed to keep the game’s storage.*download a backup/);
    expect(await notice.getAttribute('role')).toBe('status');
    await page.reload();
    await page.getByRole('button', { name: 'Continue The Shelter' }).waitFor();
    expect(await notice.count()).toBe(0);
  });

  it('downloads everything as one file that names the game, its format and what it holds', async () => {
    const { page } = game;
    await openJournal(page);
    expect(await page.getByRole('heading', { name: 'Back up or move your journal' }).count()).toBe(1);
    expect(await page.locator('section.backup .notice.privacy').textContent()).toMatch(/holds your reflections/);
    const [download] = (await Promise.all([page.waitForEvent('download'), pressButton(page, 'Download a backup')])) as [Download, void];
    backupPath = `${DIR}/${download.suggestedFilename()}`;
    await download.saveAs(backupPath);
    backupText = readFileSync(backupPath, 'utf8');
    expect(download.suggestedFilename()).toMatch(/^rules-at-play-journal-\d{4}-\d\d-\d\d\.json$/);
    const file = JSON.parse(backupText) as { game: string; format: number; contents: { journal: unknown[]; saves: unknown[] } };
    expect(file).toMatchObject({ game: 'rules-at-play', kind: 'journal-backup', format: 1 });
    expect(file.contents.journal).toHaveLength(1);
    expect(file.contents.saves).toHaveLength(1);
    expect(backupText).toContain(FEELINGS);
    expect(await page.getByRole('status').filter({ hasText: 'Your backup was downloaded' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'backup-01-journal');
  });

  it('after erasing everything, restores every entry and save, after a preview of what it adds', async () => {
    const { page } = game;
    const before = await kept(page);
    await pressButton(page, 'Settings');
    await pressButton(page, 'Erase everything on this device…');
    await pressButton(page, 'Yes, erase everything');
    expect(await kept(page)).toEqual({});
    await openJournal(page);
    await chooseFile(page, backupPath);
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    await dialog.waitFor();
    const preview = (await dialog.textContent()) ?? '';
    expect(preview).toMatch(new RegExp(`Journal entries to add \\(1\\):.*${INDUCTION.replace(/[()]/g, '\\$&')}, finished`));
    expect(preview).toMatch(/Saved games to add \(1\):The Shelter \(1 decision\)/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'backup-02-preview');
    // Focus starts in the dialog; Restore is reached by Tab like everything else.
    await pressButton(page, 'Restore');
    await page.getByRole('status').filter({ hasText: 'Restored from the backup' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/1 journal entry added, 1 saved game to continue/);
    expect(await kept(page)).toEqual(before);
    expect(await page.getByRole('button', { name: new RegExp(`^Open ${INDUCTION.replace(/[()]/g, '\\$&')}`) }).count()).toBe(1);
    await screenshot(page, 'backup-03-restored');
    await pressButton(page, 'Back to the scenarios');
    await pressButton(page, 'Continue The Shelter');
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    await pressButton(page, 'Leave scenario');
  });

  it('restoring the same file again adds nothing', async () => {
    const { page } = game;
    await openJournal(page);
    const before = await kept(page);
    await chooseFile(page, backupPath);
    await page.getByRole('status').filter({ hasText: 'is already on this device. Nothing was changed.' }).waitFor();
    expect(await kept(page)).toEqual(before);
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  const good = () => JSON.parse(backupText) as Record<string, unknown>;
  const bad: [string, string, () => string | Buffer, RegExp][] = [
    ['cut-short', 'cut short', () => backupText.slice(0, Math.floor(backupText.length / 2)), /damaged or incomplete/],
    ['oversized', 'oversized', () => Buffer.alloc(21 * 1024 * 1024, 32), /far larger than any journal backup/],
    ['newer', 'from a newer version', () => JSON.stringify({ ...good(), format: 2 }), /newer version of the game/],
    ['edited', 'edited by hand', () => backupText.replace(FEELINGS, 'Sure it reached everyone.'), /changed since the game made it/],
    ['foreign', 'from another program', () => JSON.stringify({ name: 'notes', items: [1, 2, 3] }), /not a Rules at Play journal backup/],
  ];
  it.each(bad)('refuses a file %s (%s) with its reason and changes nothing', async (slug, _name, make, reason) => {
    const { page } = game;
    await openJournal(page);
    const before = await kept(page);
    const path = `${DIR}/${slug}.json`;
    writeFileSync(path, make());
    await chooseFile(page, path);
    // This file's alert, not the one the previous file left until this one is read.
    const alert = page.getByRole('alert').filter({ hasText: `"${slug}.json" was not restored` });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(reason);
    expect(await alert.textContent()).toMatch(/Nothing was changed/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    expect(await kept(page)).toEqual(before);
    expect(await page.getByRole('dialog').count()).toBe(0);
    if (slug === 'edited') expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `backup-04-refused-${slug}`);
  });
});
