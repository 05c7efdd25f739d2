// The story as the walker steps it: the game's own InkStory, with what a
// walk can skip. A walk comes back to states it saved moments ago, reads
// the same tags along many paths, and asks ink after every step where the
// line ends; none of that changes what a player would read.
import { InkStory } from '../../src/story/story-runner.ts';
import type { ChoiceTags, LineTags } from '../../src/model/scenario.ts';
import type { Parsed } from '../../src/story/tag-parser.ts';
import { installFastLookahead } from './walk-continue.ts';
import type { InkStoryInternals } from './walk-continue.ts';
import { stateKeeper } from './walk-snapshot.ts';
import type { InkStateOwner, KeptState, StateKeeper } from './walk-snapshot.ts';

/**
 * A story that skips reloading the state it is already in (a walk steps on
 * from a state it has just reached as often as it comes back to one), reads
 * its own saves without ink's reviver, goes back to a decision it kept in
 * memory without reading a save at all (walk-snapshot.ts), parses each list
 * of tags once, and finds where lines end with the faster look-ahead
 * (walk-continue.ts). Checking (for the tests) compares each of these with
 * what ink itself does, and stops on a difference.
 */
export class WalkedStory extends InkStory {
  private at: string | null = null;
  private readonly keeper: StateKeeper | null;
  private readonly kept = new Map<string, KeptState>();
  private readonly checking: boolean;

  constructor(json: string, { check = false } = {}) {
    super(json);
    installFastLookahead(this.story as unknown as InkStoryInternals, { verify: check });
    this.keeper = stateKeeper(this.story as unknown as InkStateOwner);
    this.checking = check;
  }

  /**
   * Keeps the state of a save the story is in now, to come back to it
   * quickly; a save it is not in, or one ink cannot copy, is read as JSON.
   */
  keep(json: string): void {
    if (json !== this.at || !this.keeper) return;
    const kept = this.keeper.keep();
    if (kept) this.kept.set(json, kept);
  }

  /** The walk will not come back to this save. */
  forget(json: string): void {
    this.kept.delete(json);
  }

  override saveState(): string {
    this.at = super.saveState();
    return this.at;
  }

  override loadState(json: string): void {
    if (json !== this.at) super.loadState(json);
    this.at = json;
  }

  /**
   * ink reads a save with a JSON reviver that marks numbers written as "2.0"
   * as floats; JSON.stringify, which wrote these saves, never writes a number
   * that way, so a plain parse gives ink the same object several times faster.
   */
  protected override readState(json: string): void {
    const kept = this.kept.get(json);
    if (!kept || !this.keeper) {
      this.story.state.LoadJsonObj(JSON.parse(json));
      return;
    }
    this.keeper.restore(kept);
    if (this.checking && this.story.state.ToJson() !== json)
      throw new Error(`The walker went back to a state that ink saves differently:\n${this.story.state.ToJson()}\nwhere it saved\n${json}`);
  }

  // A walk reads the same lines and choices along many paths: each list of tags is read once.
  private readonly lineTags = new Map<string, Parsed<LineTags>>();
  private readonly choiceTags = new Map<string, Parsed<ChoiceTags | null>>();

  protected override parseLine(tags: readonly string[]): Parsed<LineTags> {
    const key = JSON.stringify(tags);
    let parsed = this.lineTags.get(key);
    if (!parsed) this.lineTags.set(key, (parsed = super.parseLine(tags)));
    return parsed;
  }

  protected override parseChoice(tags: readonly string[]): Parsed<ChoiceTags | null> {
    const key = JSON.stringify(tags);
    let parsed = this.choiceTags.get(key);
    if (!parsed) this.choiceTags.set(key, (parsed = super.parseChoice(tags)));
    return parsed;
  }

  override choose(index: number): void {
    this.at = null;
    super.choose(index);
  }

  override reset(seed: number): void {
    this.at = null;
    // ink starts a new state, variables and all: what was kept belongs to the old one.
    this.kept.clear();
    super.reset(seed);
  }
}
