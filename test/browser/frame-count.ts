// Tells a stage that sleeps while its picture is still from one that redraws
// every frame (a whole core without a GPU): for the game's stage
// (stage-on-demand.test.ts) and the away-day projector's (away-day.test.ts).
import type { Page } from 'playwright-core';

// Counts the animation frames the page asks for (only the stage asks for
// any), and notes the keyframes of every animation the browser is asked to run.
export const COUNT_FRAMES = `
  window.__frames = 0;
  window.__animations = [];
  const request = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => { window.__frames += 1; return request(callback); };
  const animate = Element.prototype.animate;
  Element.prototype.animate = function (keyframes, options) {
    window.__animations.push(JSON.stringify(keyframes));
    return animate.call(this, keyframes, options);
  };
`;

/** Frames the page asked for over `ms`. */
export const framesOver = (page: Page, ms: number) =>
  page.evaluate(async (ms) => {
    const counted = window as unknown as { __frames: number };
    const before = counted.__frames;
    await new Promise((done) => setTimeout(done, ms));
    return counted.__frames - before;
  }, ms);

export const framesSoFar = (page: Page) => page.evaluate(() => (window as unknown as { __frames: number }).__frames);

/** The stage stops asking for frames within a few seconds (a whole second with none). */
export async function stageAsleep(page: Page): Promise<boolean> {
  for (let i = 0; i < 8; i += 1) if ((await framesOver(page, 1000)) === 0) return true;
  return false;
}
