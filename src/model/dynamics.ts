// The room's state during a meeting. Every quantity is bounded so that no
// sequence of story effects can push it out of range.

export const DYNAMIC_NAMES = ['risk', 'anxiety', 'trust', 'youthTrust', 'time'] as const;
export type DynamicName = (typeof DYNAMIC_NAMES)[number];
export type Dynamics = Record<DynamicName, number>;
export type DynamicEffects = Partial<Record<DynamicName, number>>;

export interface DynamicInfo {
  label: string;
  meaning: string;
  min: number;
  max: number;
  initial: number;
}

export const DYNAMIC_INFO: Record<DynamicName, DynamicInfo> = {
  risk: { label: 'Risk', meaning: 'Danger to young people now', min: 0, max: 10, initial: 5 },
  anxiety: { label: 'Professional anxiety', meaning: 'Anxiety in the room', min: 0, max: 10, initial: 5 },
  trust: { label: 'Trust between agencies', meaning: 'How far partners trust one another', min: 0, max: 10, initial: 5 },
  youthTrust: {
    label: "Young people's trust",
    meaning: 'Whether young people feel services work with them or watch over them',
    min: 0,
    max: 10,
    initial: 4,
  },
  time: { label: 'Meeting time left', meaning: 'Minutes left in the meeting', min: 0, max: 120, initial: 90 },
};

/** Maps the kebab-case names used in story tags to model names. */
export const DYNAMIC_TAG_NAMES: Record<string, DynamicName> = {
  risk: 'risk',
  anxiety: 'anxiety',
  trust: 'trust',
  'youth-trust': 'youthTrust',
  time: 'time',
};

export function clampDynamic(name: DynamicName, value: number): number {
  const { min, max } = DYNAMIC_INFO[name];
  if (!Number.isFinite(value)) return DYNAMIC_INFO[name].initial;
  return Math.min(max, Math.max(min, Math.round(value)));
}

export function initialDynamics(overrides: DynamicEffects = {}): Dynamics {
  const dynamics = {} as Dynamics;
  for (const name of DYNAMIC_NAMES) {
    dynamics[name] = clampDynamic(name, overrides[name] ?? DYNAMIC_INFO[name].initial);
  }
  return dynamics;
}

export function applyEffects(dynamics: Dynamics, effects: DynamicEffects): Dynamics {
  const next = { ...dynamics };
  for (const name of DYNAMIC_NAMES) {
    const delta = effects[name];
    if (delta !== undefined) next[name] = clampDynamic(name, dynamics[name] + delta);
  }
  return next;
}

export function hasEffects(effects: DynamicEffects): boolean {
  return DYNAMIC_NAMES.some((name) => (effects[name] ?? 0) !== 0);
}
