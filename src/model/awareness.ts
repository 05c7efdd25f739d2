// "Name it": the player labels a proposal's WHERE and HOW before the panel
// decides. Awareness is agreement with the author's reading, per label.
import type { Orientation } from './orientation.ts';

export interface NameItRecord {
  /** Decisions made before this label was asked for. */
  turn: number;
  proposal: string;
  author: Orientation;
  /** The author's reason for that reading, and whether it is contested. */
  reading: string | null;
  contested: boolean;
  /** null when the player skipped naming. */
  given: Orientation | null;
}

export interface AwarenessReport {
  labels: number;
  whereAgreed: number;
  howAgreed: number;
  /** 0–10: share of the axes on which the player agreed with the author. */
  score: number;
}

export function awarenessOf(records: readonly NameItRecord[]): AwarenessReport {
  const whereAgreed = records.filter((r) => r.given?.where === r.author.where).length;
  const howAgreed = records.filter((r) => r.given?.how === r.author.how).length;
  const axes = records.length * 2;
  return {
    labels: records.length,
    whereAgreed,
    howAgreed,
    score: axes === 0 ? 0 : Math.round((10 * (whereAgreed + howAgreed)) / axes),
  };
}
