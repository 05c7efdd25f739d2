// Asked when a saved game no longer replays as it was made: the story was
// edited since, or the save itself asks for something the story cannot do.
// Says plainly what changed and what each answer keeps; the old save is
// already kept aside, and the journal is never touched.
import type { ResumeCheck } from '../play/resume.ts';
import { button, el } from './dom.ts';
import { showScreen } from './screen.ts';
import type { Screen } from './screen.ts';

export interface ResumeCheckActions {
  keepMatching: () => void;
  startAgain: () => void;
  toTitle: () => void;
}

const count = (n: number) => `${n} decision${n === 1 ? '' : 's'}`;

export function renderResumeCheck(screen: Screen, title: string, check: ResumeCheck, actions: ResumeCheckActions): void {
  const what = check.storyChanged
    ? `"${title}" has been edited since you saved.`
    : `Your saved game of "${title}" cannot be replayed as it was made.`;
  const findings = check.problem
    ? `You had made ${count(check.saved)}. ${check.kept ? `The first ${check.kept === 1 ? 'one is' : `${check.kept} are`} still in the scenario as you made ${check.kept === 1 ? 'it' : 'them'}. ` : ''}${check.problem}`
    : `All ${count(check.saved)} you made are still in it, matched by their words, so nothing you chose changes.`;
  const keep = check.kept
    ? button(
        check.problem
          ? `Replay my first ${check.kept === 1 ? 'decision' : count(check.kept)} and carry on`
          : `Carry on with all ${count(check.kept)}`,
        actions.keepMatching,
        { class: 'primary' },
      )
    : null;
  showScreen(
    screen,
    'Your saved game and the scenario differ',
    el('p', { class: 'notice', role: 'alert' }, what, ' ', findings),
    el(
      'p',
      {},
      check.kept
        ? `Replaying keeps the reasons you gave for ${check.kept === 1 ? 'that decision' : 'those decisions'}. Or keep the old save aside and start the scenario again.`
        : 'Start the scenario again, or go back to the scenarios.',
    ),
    el(
      'p',
      { class: 'meta' },
      'Whatever you choose, the old save is kept aside on this device, unchanged, and your journal entries are not changed.',
    ),
    el(
      'div',
      { class: 'actions' },
      keep,
      button('Keep the old save aside and start again', actions.startAgain, check.kept ? {} : { class: 'primary' }),
      button('Back to the scenarios', actions.toTitle),
    ),
  );
}
