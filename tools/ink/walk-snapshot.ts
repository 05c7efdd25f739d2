// Keeps a story state in memory for the story walker only (the game saves
// and loads through ink's JSON as it always has). The walk comes back to a
// decision once for each of its options, and reading a save back through
// ink's JSON (parsing it, resolving every path in it again) was about a
// tenth of every walk. A kept state is a copy of ink's own objects, made
// with ink's own copy for the state it keeps at each line break
// (StoryState.CopyAndStartPatching), with the parts that copy shares with
// the state it came from (variables, visit counts, turn indices) copied
// too. Every reliance on inkjs's internals is here; names as in inkjs
// 2.4.0, which package.json pins. walk-snapshot.test.ts fails if they change.

/** The parts of inkjs's VariablesState a kept state touches. */
interface InkVariables {
  _globalVariables: Map<string, unknown>;
  callStack: unknown;
  patch: unknown;
}

/** The parts of inkjs's StoryState a kept state touches. */
export interface InkStateInternals {
  _currentFlow: { currentChoices: { tags: unknown }[] };
  _patch: unknown;
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  variablesState: InkVariables;
  CopyAndStartPatching: (forBackgroundSave: boolean) => InkStateInternals;
  RestoreAfterPatch: () => void;
  ToJson: () => string;
}

/** The parts of inkjs's Story a kept state touches. */
export interface InkStateOwner {
  _state: InkStateInternals;
  _stateSnapshotAtLastNewline: unknown;
  _asyncSaving: boolean;
}

export interface KeptState {
  state: InkStateInternals;
  globals: Map<string, unknown>;
}

export interface StateKeeper {
  /** A copy of the story's state as it is now, or null while ink is between lines (it holds a patch then). */
  keep: () => KeptState | null;
  /** Puts the story back in a kept state, which stays as it was for the next time. */
  restore: (kept: KeptState) => void;
}

/**
 * Copies a state so that nothing is shared with the story going on from it:
 * ink's copy shares the variables, visit counts and turn indices (it records
 * changes to them in a patch instead), and points the one variables object
 * at itself (the caller points it back at the story's state).
 */
function detachedCopy(from: InkStateInternals, variables: InkVariables): InkStateInternals {
  const copy = from.CopyAndStartPatching(true);
  // ink's Choice.Clone leaves out a choice's tags (which a save keeps).
  const choices = from._currentFlow.currentChoices;
  copy._currentFlow.currentChoices.forEach((choice, i) => (choice.tags = choices[i]!.tags));
  copy._patch = null;
  copy._visitCounts = new Map(from._visitCounts);
  copy._turnIndices = new Map(from._turnIndices);
  copy.variablesState = variables;
  return copy;
}

/**
 * A keeper for one inkjs Story, or null (and the walker reads ink's JSON as
 * before) if the story is not built as this expects.
 */
export function stateKeeper(story: InkStateOwner): StateKeeper | null {
  const state = story._state as Partial<InkStateInternals> | undefined;
  const variables = state?.variablesState as Partial<InkVariables> | undefined;
  if (
    typeof state?.CopyAndStartPatching !== 'function' ||
    typeof state.RestoreAfterPatch !== 'function' ||
    !Array.isArray(state._currentFlow?.currentChoices) ||
    !(state._visitCounts instanceof Map) ||
    !(state._turnIndices instanceof Map) ||
    !(variables?._globalVariables instanceof Map) ||
    !('_patch' in state) ||
    !('_stateSnapshotAtLastNewline' in story)
  )
    return null;
  return {
    keep: () => {
      const live = story._state;
      // Between lines ink keeps changes in a patch over the shared parts; a decision has none.
      if (live._patch !== null || story._stateSnapshotAtLastNewline !== null || story._asyncSaving) return null;
      const state = detachedCopy(live, live.variablesState);
      live.RestoreAfterPatch();
      return { state, globals: new Map(live.variablesState._globalVariables) };
    },
    restore: (kept) => {
      // The story's one variables object (a reset makes a new one): its values become the kept ones.
      const variables = story._state.variablesState;
      const state = detachedCopy(kept.state, variables);
      variables._globalVariables = new Map(kept.globals);
      state.RestoreAfterPatch();
      story._state = state;
    },
  };
}
