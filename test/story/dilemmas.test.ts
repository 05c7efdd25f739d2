// Every decision is a dilemma, not a morality meter: in every shipped
// scenario a wholly ecological path pays a real cost the model records, and a
// wholly behaviour-based path buys a real benefit the model records. The
// scenario's own tags are checked too: objectives, and the author's reading
// and costs on every choice (the story checker enforces those per choice).
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listStoryFiles } from '../../tools/ink/ink-stories-plugin.ts';
import { begin, step } from '../../src/play/advance.ts';
import type { PresentedChoice, Step } from '../../src/play/advance.ts';
import { applyEvent } from '../../src/play/playthrough.ts';
import { buildDebrief } from '../../src/model/debrief.ts';
import type { How } from '../../src/model/orientation.ts';
import { InkStory } from '../../src/story/story-runner.ts';
import { compiledStory } from '../unit/story-fixture.ts';
import { COMPILE_BUDGET } from '../budgets.ts';

/** Prefers actions and goals that work this way, then any choice read this way, then finding out. */
function leaning(how: How): (choice: PresentedChoice) => number {
  return ({ tags }) => {
    if (!tags) return 0;
    if ((tags.adopt || tags.goal) && tags.how === how) return 4;
    if (tags.how === how && !tags.pause) return 3;
    if (!tags.where) return 2;
    return tags.pause ? 0 : 1;
  };
}

function playLeaning(story: InkStory, how: How): Step {
  const score = leaning(how);
  let current = begin(story, 1);
  for (let guard = 0; guard < 200 && !current.ended; guard += 1) {
    if (current.nameIt) {
      current = applyEvent(story, current, { type: 'name', given: null });
      continue;
    }
    const available = current.choices.filter((c) => c.available);
    const best = available.reduce((a, b) => (score(b) > score(a) ? b : a));
    current = step(story, current, best.index);
  }
  return current;
}

describe.each(listStoryFiles('stories').map((path) => [basename(path), path]))('%s', (_name, path) => {
  const story = new InkStory(compiledStory(path));

  it("declares learning objectives and the player's role", () => {
    expect(story.meta.objectives.length).toBeGreaterThanOrEqual(2);
    expect(story.meta.cast.you?.role).toBeTruthy();
  });

  it(
    'charges a wholly ecological path a real cost, in the model as well as in words',
    () => {
      const end = playLeaning(story, 'ecological');
      expect(end.ended).toBe(true);
      const debrief = buildDebrief(end.model, story.meta);
      expect(debrief.plan.filter((d) => d.how === 'ecological').length).toBeGreaterThan(debrief.plan.length / 2);
      const costs = debrief.ledger.filter((i) => i.side === 'cost');
      expect(
        costs.some((i) => i.source === 'author'),
        "an author's cost in the debrief",
      ).toBe(true);
      expect(
        costs.some((i) => i.source === 'model'),
        'a cost the model records',
      ).toBe(true);
    },
    COMPILE_BUDGET,
  );

  it(
    'gives a wholly behaviour-based path a real benefit, in the model as well as in words',
    () => {
      const end = playLeaning(story, 'behaviour');
      expect(end.ended).toBe(true);
      const debrief = buildDebrief(end.model, story.meta);
      expect(debrief.plan.filter((d) => d.how === 'behaviour').length).toBeGreaterThan(debrief.plan.length / 2);
      const benefits = debrief.ledger.filter((i) => i.side === 'benefit');
      expect(
        benefits.some((i) => i.source === 'author'),
        "an author's benefit in the debrief",
      ).toBe(true);
      expect(
        benefits.some((i) => i.source === 'model' && i.when === 'now'),
        'a short-term benefit the model records',
      ).toBe(true);
    },
    COMPILE_BUDGET,
  );
});
