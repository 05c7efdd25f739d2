// The two axes every response is read on (Owens & Lloyd 2023, "Competing
// epistemological positions"): WHERE it acts and HOW it acts.

export const WHERE_VALUES = ['individual', 'context'] as const;
export type Where = (typeof WHERE_VALUES)[number];

export const HOW_VALUES = ['behaviour', 'ecological'] as const;
export type How = (typeof HOW_VALUES)[number];

/** The four domains of contextual safeguarding (Firmin), as the paper lists them. */
export const DOMAIN_VALUES = ['target', 'welfare', 'partnership', 'measure'] as const;
export type Domain = (typeof DOMAIN_VALUES)[number];

export type Quadrant = `${Where}-${How}`;

/** A reading of one response: where it acts, and how. */
export interface Orientation {
  where: Where;
  how: How;
}

export const WHERE_LABELS: Record<Where, string> = {
  individual: 'The young person',
  context: 'The context',
};

export const HOW_LABELS: Record<How, string> = {
  behaviour: 'Behaviour-based',
  ecological: 'Ecological',
};

export const DOMAIN_LABELS: Record<Domain, string> = {
  target: 'Targets the social conditions of harm',
  welfare: 'Brings extra-familial contexts into child-protection and welfare frameworks',
  partnership: 'Works through partners who shape the context',
  measure: 'Measures change in the context as well as in the child',
};

export interface QuadrantInfo {
  name: string;
  description: string;
  /** A shape as well as a colour, so the map never relies on colour alone. */
  marker: 'circle' | 'square' | 'triangle' | 'diamond';
}

// Names describe, they do not grade: no quadrant is "the score".
export const QUADRANTS: Record<Quadrant, QuadrantInfo> = {
  'individual-behaviour': {
    name: 'Changing the young person',
    description: 'Acts on one young person and asks them to choose or think differently.',
    marker: 'circle',
  },
  'individual-ecological': {
    name: 'Around the young person',
    description: 'Acts for one young person by changing what surrounds them: safe adults, school, services.',
    marker: 'diamond',
  },
  'context-behaviour': {
    name: 'Right place, wrong method',
    description: 'Targets the place or group, but by moving, dispersing or correcting the young people in it.',
    marker: 'triangle',
  },
  'context-ecological': {
    name: 'Changing the rules at play',
    description: 'Targets the place or group by changing its conditions: guardianship, welcome, access, relationships.',
    marker: 'square',
  },
};

export function quadrantOf(where: Where, how: How): Quadrant {
  return `${where}-${how}`;
}

export function isWhere(value: string): value is Where {
  return (WHERE_VALUES as readonly string[]).includes(value);
}

export function isHow(value: string): value is How {
  return (HOW_VALUES as readonly string[]).includes(value);
}

export function isDomain(value: string): value is Domain {
  return (DOMAIN_VALUES as readonly string[]).includes(value);
}
