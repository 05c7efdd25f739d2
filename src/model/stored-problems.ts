// What the device stores report about a save or journal entry they could not
// read. Plain data the views show, defined here so the views need not import
// the stores (src/ui may not import src/persistence).

export interface SaveProblem {
  scenarioId: string;
  problem: string;
  /** Where the unreadable save was kept. */
  keptAs: string;
}

export interface JournalProblem {
  id: string;
  problem: string;
  keptAs: string;
}
