// A faster look-ahead for the story walker only (the game keeps inkjs as it
// is). After each line ink keeps stepping to see whether the line goes on,
// and after every single step it rebuilds the whole line's text and every
// tag from the output so far (inkjs 2.4 Story.ContinueSingleStep), then
// scans the output again for an open string. The facilitator's notes put a
// dozen long tags on the last line before a decision, so that rebuild grew
// with each tag and was a good part of every walk. This step decides the
// same thing from one pass that counts tags without building them and
// cleans the text's whitespace without copying text that needs none; where
// the output holds anything it does not know, it asks ink itself.

/** What the faster step touches of an inkjs runtime object. */
interface InkObject {
  constructor: unknown;
  commandType?: number;
  value?: unknown;
  text?: unknown;
  content?: InkObject[];
  namedContent?: Map<string, InkObject>;
}

interface InkState {
  outputStream: InkObject[];
  /** ink's cache of currentText, and whether the output changed since (StoryState.OutputStreamDirty sets it). */
  _currentText: string | null;
  _outputStreamTextDirty: boolean;
  currentText: string | null;
  currentTags: string[] | null;
  outputStreamEndsInNewline: boolean;
  callStack: { elementIsEvaluateFromGame: boolean };
}

/** The parts of inkjs's Story the step uses (names as in inkjs 2.4.0, which package.json pins). */
export interface InkStoryInternals {
  state: InkState;
  canContinue: boolean;
  mainContentContainer: InkObject;
  constructor: unknown;
  _profiler: unknown;
  _stateSnapshotAtLastNewline: InkState | null;
  _sawLookaheadUnsafeFunctionAfterNewline: boolean;
  ContinueSingleStep: () => boolean;
  Step: () => void;
  TryFollowDefaultInvisibleChoice: () => void;
  CalculateNewlineOutputStateChange: (prevText: string, currText: string, prevTags: number, currTags: number) => number;
  StateSnapshot: () => void;
  RestoreStateSnapshot: () => void;
  DiscardSnapshot: () => void;
  IfAsyncWeCant: (activity: string) => void;
}

type Class = abstract new (...args: never[]) => unknown;

interface CommandClass {
  CommandType: { BeginString: number; BeginTag: number; EndTag: number };
}

/** The output's text after ink's whitespace rules, and how many tags it holds; null when ink must be asked. */
export interface OutputSummary {
  text: string;
  tags: number;
}

/**
 * ink's CleanOutputWhitespace (StoryState): inline whitespace (spaces, tabs)
 * at the start or end of a line is dropped and any other run of it becomes
 * one space. One pass that copies only where the text changes, where ink
 * appends character by character.
 */
export function cleanOutputWhitespace(text: string): string {
  let out = '';
  let copiedTo = 0;
  let run = -1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9) {
      if (run === -1) run = i;
      continue;
    }
    if (run !== -1) {
      const kept = code !== 10 && run > 0 && run !== lineStart;
      // A single space between words stays as it is; anything else is rewritten.
      if (!(kept && i - run === 1 && text.charCodeAt(run) === 32)) {
        out += text.slice(copiedTo, run) + (kept ? ' ' : '');
        copiedTo = i;
      }
      run = -1;
    }
    if (code === 10) lineStart = i + 1;
  }
  if (run !== -1) return out + text.slice(copiedTo, run);
  return copiedTo === 0 ? text : out + text.slice(copiedTo);
}

/** The classes ink's getters test with instanceof, found among the story's own content. */
function findClasses(root: InkObject): { command: Class & CommandClass; string: Class } | null {
  let command: (Class & CommandClass) | null = null;
  let string: Class | null = null;
  const pending: InkObject[] = [root];
  while (pending.length && !(command && string)) {
    const object = pending.pop()!;
    if (typeof object.commandType === 'number') command ??= object.constructor as Class & CommandClass;
    else if (typeof object.value === 'string' && 'isNewline' in object) string ??= object.constructor as Class;
    if (Array.isArray(object.content)) pending.push(...object.content);
    if (object.namedContent instanceof Map) pending.push(...object.namedContent.values());
  }
  return command && string ? { command, string } : null;
}

/**
 * Adds the faster look-ahead to one inkjs Story. Returns false, changing
 * nothing, if the story is not built as this expects.
 */
export function installFastLookahead(story: InkStoryInternals, { verify = false } = {}): boolean {
  const classes = findClasses(story.mainContentContainer);
  const change = (story.constructor as { OutputStateChange?: Record<string, number> }).OutputStateChange;
  if (!classes || typeof story.ContinueSingleStep !== 'function' || !change || !('_stateSnapshotAtLastNewline' in story)) return false;
  const { BeginString, BeginTag, EndTag } = classes.command.CommandType;
  const extended = change.ExtendedBeyondNewline;
  const removed = change.NewlineRemoved;
  const Command = classes.command;
  const Text = classes.string;
  const original = story.ContinueSingleStep;

  const inStringEvaluation = (stream: InkObject[]): boolean => {
    for (let i = stream.length - 1; i >= 0; i -= 1) {
      const item = stream[i]!;
      if (item instanceof Command && item.commandType === BeginString) return true;
    }
    return false;
  };

  // currentText and currentTags.length in one pass (StoryState's getters).
  const summarise = (stream: InkObject[]): OutputSummary | null => {
    let text = '';
    let tags = 0;
    let inTag = false;
    let tagLength = 0;
    for (const item of stream) {
      if (item instanceof Command) {
        if (item.commandType === BeginTag) {
          if (inTag && tagLength > 0) tags += 1;
          tagLength = 0;
          inTag = true;
        } else if (item.commandType === EndTag) {
          if (tagLength > 0) tags += 1;
          tagLength = 0;
          inTag = false;
        }
      } else if (item instanceof Text) {
        if (inTag) tagLength += (item.value as string).length;
        else text += item.value as string;
      } else if (!inTag && item.text !== undefined) return null; // a Tag object: ink's own getter counts those
    }
    if (tagLength > 0) tags += 1;
    return { text: cleanOutputWhitespace(text), tags };
  };

  // currentTags (StoryState's getter), with the whitespace rule above.
  const tagsOf = (stream: InkObject[]): string[] | null => {
    const tags: string[] = [];
    let inTag = false;
    let tag = '';
    for (const item of stream) {
      if (item instanceof Command) {
        if (item.commandType === BeginTag) {
          if (inTag && tag.length > 0) tags.push(cleanOutputWhitespace(tag));
          tag = '';
          inTag = true;
        } else if (item.commandType === EndTag) {
          if (tag.length > 0) tags.push(cleanOutputWhitespace(tag));
          tag = '';
          inTag = false;
        }
      } else if (inTag) {
        if (item instanceof Text) tag += item.value as string;
      } else if (item.text !== undefined) return null;
    }
    if (tag.length > 0) tags.push(cleanOutputWhitespace(tag));
    return tags;
  };

  // ink rebuilds the text after every change to the output, and often the
  // output is back to what it was (a choice's text is written and taken
  // away again), or a state kept at a line break is read again: the same
  // objects in the same order (ink never changes one once made) read the
  // same. Each reader remembers the last output it read.
  const sameItems = (stream: InkObject[], items: InkObject[]): boolean => {
    if (stream.length !== items.length) return false;
    for (let i = 0; i < stream.length; i += 1) if (stream[i] !== items[i]) return false;
    return true;
  };
  const reader = () => {
    let items: InkObject[] = [];
    let read: OutputSummary | null = null;
    return (state: InkState): OutputSummary => {
      if (!read || !sameItems(state.outputStream, items)) {
        read = summarise(state.outputStream);
        items = state.outputStream.slice();
      }
      if (read && !verify) return read;
      const ink = { text: state.currentText ?? '', tags: state.currentTags?.length ?? 0 };
      if (read && (read.text !== ink.text || read.tags !== ink.tags))
        throw new Error(`The walker's look-ahead read ${JSON.stringify(read)} where ink reads ${JSON.stringify(ink)}.`);
      return ink;
    };
  };
  const readSnapshot = reader();
  const readCurrent = reader();
  // The current state's text is reckoned anyway: ink's own cache of it gets the same string.
  const summary = (state: InkState): OutputSummary => {
    const result = readCurrent(state);
    state._currentText = result.text;
    state._outputStreamTextDirty = false;
    return result;
  };

  // The line and tags the game reads after each Continue, from the same scans.
  let lastTags: { items: InkObject[]; tags: string[] | null } | null = null;
  Object.defineProperty(story, 'currentText', {
    configurable: true,
    get: () => {
      story.IfAsyncWeCant("call currentText since it's a work in progress");
      return summary(story.state).text;
    },
  });
  Object.defineProperty(story, 'currentTags', {
    configurable: true,
    get: () => {
      story.IfAsyncWeCant("call currentTags since it's a work in progress");
      const stream = story.state.outputStream;
      if (!lastTags || !sameItems(stream, lastTags.items)) lastTags = { items: stream.slice(), tags: tagsOf(stream) };
      if (lastTags.tags && !verify) return lastTags.tags;
      const ink = story.state.currentTags;
      if (lastTags.tags && JSON.stringify(lastTags.tags) !== JSON.stringify(ink))
        throw new Error(`The walker read the tags ${JSON.stringify(lastTags.tags)} where ink reads ${JSON.stringify(ink)}.`);
      return ink;
    },
  });

  // inkjs's ContinueSingleStep, with the two scans above in place of ink's getters.
  story.ContinueSingleStep = function (this: InkStoryInternals): boolean {
    if (this._profiler != null) return original.call(this);
    this.Step();
    if (!this.canContinue && !this.state.callStack.elementIsEvaluateFromGame) this.TryFollowDefaultInvisibleChoice();
    if (!inStringEvaluation(this.state.outputStream)) {
      const snapshot = this._stateSnapshotAtLastNewline;
      if (snapshot !== null) {
        const now = summary(this.state);
        const before = readSnapshot(snapshot);
        const outcome = this.CalculateNewlineOutputStateChange(before.text, now.text, before.tags, now.tags);
        if (outcome === extended || this._sawLookaheadUnsafeFunctionAfterNewline) {
          this.RestoreStateSnapshot();
          return true;
        }
        if (outcome === removed) this.DiscardSnapshot();
      }
      if (this.state.outputStreamEndsInNewline) {
        if (this.canContinue) {
          if (this._stateSnapshotAtLastNewline == null) this.StateSnapshot();
        } else this.DiscardSnapshot();
      }
    }
    return false;
  };
  return true;
}
