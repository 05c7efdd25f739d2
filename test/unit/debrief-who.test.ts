// The debrief's sections speak of the player in the solo game and of the room
// at an away-day: the same sections, the subject changed, the solo words as
// they were.
import { describe, expect, it } from 'vitest';
import { WHO_WORDS, changedLittleText, namingSummary } from '../../src/ui/debrief-who.ts';
import type { Who } from '../../src/ui/debrief-who.ts';

const awareness = { labels: 3, whereAgreed: 2, howAgreed: 1 };
const road = { taken: 'Move them on', alternative: 'Ask the youth workers to stay late' };

describe('who the debrief speaks of', () => {
  it.each<[Who, string, string, string]>([
    [
      'you',
      "You named 3 proposals. Your reading matched the scenario author's on where 2 times and on how 1 times. Disagreeing is not failing: talk over why you read them differently.",
      'You were not asked to name any proposals in this playthrough.',
      'You chose "Move them on". Had the panel chosen "Ask the youth workers to stay late" instead, this playthrough would have ended',
    ],
    [
      'room',
      "The room named 3 proposals. The room's reading matched the scenario author's on where 2 times and on how 1 times. Disagreeing is not failing: talk over why the room read them differently.",
      'The room was not asked to name any proposals in this session.',
      'The room chose "Move them on". Had the panel chosen "Ask the youth workers to stay late" instead, this session would have ended',
    ],
  ])('%s: naming and the road that changed little', (who, named, notAsked, changedLittle) => {
    expect(namingSummary(awareness, true, who)).toBe(named);
    expect(namingSummary(awareness, false, who)).toBe(notAsked);
    expect(changedLittleText(road, who).startsWith(changedLittle)).toBe(true);
  });

  it('the room is never spoken to as one player', () => {
    for (const words of Object.values(WHO_WORDS.room)) expect(words).not.toMatch(/\b(you|your)\b/i);
    expect(WHO_WORDS.you.chose).toBe('You chose');
    expect(WHO_WORDS.room.chose).toBe('The room chose');
    expect(WHO_WORDS.you.plan).toBe('Your plan');
    expect(WHO_WORDS.room.plan).toBe("The room's plan");
  });
});
