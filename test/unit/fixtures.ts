// Small builders for model tests.
import type { ChoiceTags, LineTags, ScenarioMeta } from '../../src/model/scenario.ts';
import type { How, Where } from '../../src/model/orientation.ts';
import { initialDynamics } from '../../src/model/dynamics.ts';
import type { DynamicEffects } from '../../src/model/dynamics.ts';

export const tags = (where: Where | null, how: How | null, extra: Partial<ChoiceTags> = {}): ChoiceTags => ({
  where,
  how,
  adopt: where !== null,
  agency: null,
  domains: [],
  effects: {},
  place: {},
  needs: [],
  needsTrust: null,
  service: null,
  brings: [],
  pause: false,
  key: false,
  reading: null,
  contested: false,
  pressure: false,
  goal: false,
  learns: [],
  needsKnown: [],
  costs: [],
  benefits: [],
  ...extra,
});

export const line = (extra: Partial<LineTags>): LineTags => ({
  speaker: null,
  scene: null,
  section: null,
  timeskip: null,
  ending: null,
  effects: {},
  nameIt: null,
  map: [],
  learns: [],
  reading: null,
  contested: false,
  facilitator: null,
  ...extra,
});

export const dynamics = (values: DynamicEffects = {}) => initialDynamics(values);

export const meta = (extra: Partial<ScenarioMeta> = {}): ScenarioMeta => ({
  title: 'T',
  summary: 'S',
  themes: [],
  minutes: '5',
  site: '',
  setting: '',
  place: '',
  order: 1,
  research: ['R'],
  cite: ['C'],
  cast: { councillor: { name: 'Councillor Maureen Doyle', role: 'ward councillor' } },
  start: {},
  placeStart: {},
  commissioned: null,
  present: [],
  objectives: [],
  facts: {},
  pressures: {},
  ...extra,
});
