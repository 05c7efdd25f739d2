// The only runtime importer of inkjs: turns a compiled story into plain lines
// and choices with typed tags.
import { Story } from 'inkjs';
import type { ChoiceTags, LineTags, ScenarioMeta } from '../model/scenario.ts';
import type { StoryChoice, StoryLine, StoryPort } from '../play/story-port.ts';
import { choiceId, contentHash } from '../model/story-build.ts';
import { parseChoiceTags, parseLineTags, parseStoryTags } from './tag-parser.ts';
import type { Parsed, TagError } from './tag-parser.ts';

export class StoryLoadError extends Error {}

export class InkStory implements StoryPort {
  readonly meta: ScenarioMeta;
  readonly build: string;
  readonly metaErrors: TagError[];
  readonly lineTagErrors: { text: string; errors: TagError[] }[] = [];
  /** Every ink path this story has read from; filled only when tracking (for the story checker). */
  readonly pathsRead = new Set<string>();
  trackPaths = false;
  /** The inkjs story itself; protected so the story checker's walker (tools/ink) can tune how it steps. */
  protected readonly story: Story;
  /** ink attaches the story's top tags to its first line too; they are skipped there. */
  private globalTagsPending: number;

  /** The compiled story this was opened from: what the game machine keeps instead of this object. */
  readonly json: string;

  constructor(json: string) {
    this.json = json;
    this.build = contentHash(json);
    try {
      this.story = new Story(json);
    } catch (error) {
      throw new StoryLoadError(`The story file could not be read: ${String(error)}`);
    }
    // Runtime errors in ink (a bad divert at play time) surface as exceptions
    // with a plain message rather than as console noise.
    this.story.onError = (message: string) => {
      throw new StoryLoadError(`The story stopped with an error: ${message}`);
    };
    const parsed = parseStoryTags(this.story.globalTags ?? []);
    this.meta = parsed.value;
    this.metaErrors = parsed.errors;
    this.globalTagsPending = this.story.globalTags?.length ?? 0;
  }

  nextLine(): StoryLine | null {
    while (this.story.canContinue) {
      if (this.trackPaths) this.pathsRead.add(this.story.state.currentPathString ?? '');
      const raw = this.story.Continue() ?? '';
      const text = raw.trim();
      const tags = (this.story.currentTags ?? []).slice(this.globalTagsPending);
      this.globalTagsPending = 0;
      const { value, errors } = this.parseLine(tags);
      if (errors.length) this.lineTagErrors.push({ text, errors });
      // Lines that are only tags still carry effects, so keep them.
      if (text || tags.length) return { text, tags: value };
    }
    return null;
  }

  choices(): StoryChoice[] {
    return this.story.currentChoices.map((choice, index) => {
      const { value, errors } = this.parseChoice(choice.tags ?? []);
      const text = choice.text.trim();
      return { index, id: choiceId(choice.sourcePath, text), text, tags: value, tagErrors: errors };
    });
  }

  choose(index: number): void {
    this.story.ChooseChoiceIndex(index);
  }

  private readonly declared = new Map<string, boolean>();

  reset(seed: number): void {
    this.story.ResetState();
    this.story.state.storySeed = seed;
    this.globalTagsPending = this.story.globalTags?.length ?? 0;
  }

  setVariables(values: Record<string, number | string>): void {
    const variables = this.story.variablesState;
    for (const [name, value] of Object.entries(values)) {
      let exists = this.declared.get(name);
      if (exists === undefined) {
        exists = variables.GlobalVariableExistsWithName(name);
        this.declared.set(name, exists);
      }
      // Setting a variable is not free in inkjs; skip values that are unchanged.
      if (exists && variables.$(name) !== value) variables.$(name, value);
    }
  }

  /**
   * Notes every story variable that is ever assigned, for the checker: a
   * variable the text reads but no path sets is decided by its default every
   * time. Only the story's own changes count, not the game's, and not a
   * variable set back to its starting value.
   */
  watchAssignments(names: readonly string[], assigned: Set<string>): void {
    let fromGame = false;
    const setVariables = this.setVariables.bind(this);
    this.setVariables = (values) => {
      fromGame = true;
      try {
        setVariables(values);
      } finally {
        fromGame = false;
      }
    };
    for (const name of names) {
      // Resetting the story assigns every starting value again; only a change from it counts.
      const start = String(this.story.variablesState.$(name));
      this.story.ObserveVariable(name, (_name: string, value: unknown) => {
        if (!fromGame && String(value) !== start) assigned.add(name);
      });
    }
  }

  saveState(): string {
    return this.story.state.ToJson();
  }

  loadState(json: string): void {
    this.readState(json);
    // A saved state is always past the first line, where ink repeats the
    // story's top tags; a freshly opened story must not strip them again.
    this.globalTagsPending = 0;
  }

  /** A line's tags as typed data (the story checker's walker keeps each list's reading: tools/ink/story-walker.ts). */
  protected parseLine(tags: readonly string[]): Parsed<LineTags> {
    return parseLineTags(tags);
  }

  protected parseChoice(tags: readonly string[]): Parsed<ChoiceTags | null> {
    return parseChoiceTags(tags);
  }

  /** Puts ink in a saved state; the story checker's walker reads its own saves faster (tools/ink/story-walker.ts). */
  protected readState(json: string): void {
    this.story.state.LoadJson(json);
  }

  position(): string {
    return this.story.state.currentPathString ?? '';
  }
}
