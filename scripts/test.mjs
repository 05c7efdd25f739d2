// npm test: the typecheck, the lint, the build and both test projects, packed
// onto the machine's cores so that none sits idle (issue 19, target 6).
//
// The browser project needs the build, and takes turns: Chromium's work,
// then a wait on a page, a server or a timer, when a core stands idle; the
// rest is pure computation. So the build and then the browser project run at normal
// priority, while the typecheck, the lint and the unit project run beside
// them in the background (nice 10): they take whatever CPU the browser
// tests leave idle, and a browser test's pages get the CPU first when they
// need it (the browser tests' time budgets still allow for a busy machine).
// Every command runs even if another fails; exits non-zero if any failed,
// after all have ended, naming them.
import { runCommand } from './run-command.mjs';

const failed = [];
async function step(command, options) {
  const ok = await runCommand(command, options);
  if (!ok) failed.push(command);
  return ok;
}

async function buildThenBrowser() {
  if (await step('npm run build')) await step('vitest run --project browser');
  else failed.push('vitest run --project browser (not run: the build failed)');
}

// One after another: the unit project's layer test writes forbidden imports
// into src for a moment (test/unit/layers.test.ts), which the typecheck and
// the lint must not see. Each of the three uses both cores by itself.
async function checksThenUnit() {
  await step('npm run typecheck', { background: true });
  await step('npm run lint', { background: true });
  await step('vitest run --project unit', { background: true });
}

const started = performance.now();
await Promise.all([buildThenBrowser(), checksThenUnit()]);
const seconds = Math.round((performance.now() - started) / 1000);
console.log(`\nnpm test took ${Math.floor(seconds / 60)} min ${seconds % 60} s.`);
if (failed.length) {
  console.error(`Failed: ${failed.join('; ')}`);
  process.exit(1);
}
