// Plays the game quickly with the mouse for the bench: the first choice on
// offer at each decision, naming skipped. The browser tests play by keyboard.

/** Takes the first choice on offer, or skips naming; true when a choice was taken. */
export async function choose(page) {
  await page.getByRole('group', { name: 'Choices' }).or(page.locator('form.name-it')).first().waitFor();
  if (await page.locator('form.name-it').count()) {
    await page.getByRole('button', { name: 'Skip naming' }).click();
    await page.locator('form.name-it').waitFor({ state: 'detached' });
    return false;
  }
  const chosen = await page
    .locator('.chosen')
    .textContent()
    .catch(() => null);
  await page.getByRole('group', { name: 'Choices' }).locator('button:not([aria-disabled="true"])').first().click();
  // The step is done when the text has moved on (or naming is asked for).
  await page.waitForFunction(
    (before) => document.querySelector('form.name-it') || (document.querySelector('.chosen')?.textContent ?? null) !== before,
    chosen,
  );
  return true;
}

/**
 * From the title: plays the `index`th scenario to its debrief and back to the
 * title, entirely inside the page. Playwright's locators and handles keep
 * the elements they touched alive, which would read as a leak in the memory
 * figures; this holds nothing once it returns. Resolves with its title.
 */
export function playThrough(page, index) {
  return page.evaluate(async (index) => {
    const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
    const find = (text) => [...document.querySelectorAll('button')].find((b) => b.textContent === text);
    const until = async (look) => {
      for (let i = 0; i < 800; i += 1) {
        const found = look();
        if (found) return found;
        await sleep(25);
      }
      throw new Error('The game did not move on');
    };
    const title = document.querySelectorAll('.scenario-list[aria-label="Scenarios"] h3')[index]?.textContent ?? '';
    (await until(() => find(`Read the briefing for ${title}`))).click();
    (await until(() => find('Begin the scenario'))).click();
    for (let turn = 0; turn < 600; turn += 1) {
      const next =
        find('Go to the debrief') ??
        find('Skip naming') ??
        document.querySelector('[role="group"][aria-label="Choices"] button:not([aria-disabled="true"])');
      next?.click();
      if (next?.textContent === 'Go to the debrief') break;
      await sleep(40);
    }
    (await until(() => find('Back to the scenarios'))).click();
    await until(() => document.getElementById('choose-heading'));
    return title;
  }, index);
}
