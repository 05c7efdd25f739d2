// Time budgets for tests that do real work, so a busy machine (other work on
// the same two cores) makes them slower, not red. Each is several times what
// the work takes on an idle machine; vitest's 5 s default stays for the rest,
// which only run code already loaded.

/** Compiles or plays real stories in-process (the ink compiler, a playthrough, a PDF). */
export const COMPILE_BUDGET = 60_000;

/** Starts a tool: ESLint, dependency-cruiser, a TypeScript program, or the checker in a child node. */
export const TOOL_BUDGET = 120_000;

/** Runs a Vite build. */
export const BUILD_BUDGET = 120_000;

/** Walks every path of a shipped story (the largest take about 40 s on an idle machine). */
export const WALK_BUDGET = 600_000;

/** Plays a whole scenario in an away-day room: the room server, a console, a projector and three phones, by keyboard. */
export const ROOM_PLAY_BUDGET = 600_000;

/** Talks to a real room server over sockets, with its real timers (a countdown, a held seat). */
export const ROOM_BUDGET = 30_000;
