// The WHERE × HOW map: each adopted action drawn in its quadrant, with shape
// and number as well as colour, and an equivalent table for screen readers.
import type { Decision } from '../model/plan.ts';
import { HOW_LABELS, QUADRANTS, WHERE_LABELS } from '../model/orientation.ts';
import type { Quadrant } from '../model/orientation.ts';
import { el, svg } from './dom.ts';

const SIZE = 480;
const HALF = SIZE / 2;
// Context on top, the young person below; behaviour-based left, ecological right.
const ORIGIN: Record<Quadrant, [number, number]> = {
  'context-behaviour': [0, 0],
  'context-ecological': [HALF, 0],
  'individual-behaviour': [0, HALF],
  'individual-ecological': [HALF, HALF],
};

function marker(shape: string, x: number, y: number, adopted: boolean): SVGElement {
  const r = 15;
  const cls = adopted ? 'marker' : 'marker stance';
  switch (shape) {
    case 'square': return svg('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, class: cls });
    case 'triangle': return svg('polygon', { points: `${x},${y - r - 3} ${x + r + 2},${y + r} ${x - r - 2},${y + r}`, class: cls });
    case 'diamond': return svg('polygon', { points: `${x},${y - r - 3} ${x + r + 3},${y} ${x},${y + r + 3} ${x - r - 3},${y}`, class: cls });
    default: return svg('circle', { cx: x, cy: y, r, class: cls });
  }
}

/** Quadrant names wrap onto two lines so they never run out of their box. */
function quadrantLabel(name: string, x: number, y: number): SVGElement {
  const words = name.split(' ');
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= 18) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return svg('text', { x, y, class: 'quadrant-name' },
    ...lines.map((text, i) => svg('tspan', { x, dy: i === 0 ? 0 : 20 }, text)));
}

/**
 * Every decision on the map, numbered in order: filled markers are actions
 * the panel adopted, outlined ones are positions it took along the way.
 */
export function renderWhereHowMap(decisions: Decision[], planQuadrant: Quadrant | null): HTMLElement {
  const chart = svg('svg', { viewBox: `-40 -10 ${SIZE + 50} ${SIZE + 50}`, role: 'img', 'aria-labelledby': 'map-title map-desc', class: 'where-how-map' },
    svg('title', { id: 'map-title' }, 'Your plan on the WHERE × HOW map'),
    svg('desc', { id: 'map-desc' }, `${decisions.length} decisions, numbered as in the table below; filled markers are adopted actions.`),
  );
  const placed: Record<Quadrant, number> = { 'context-behaviour': 0, 'context-ecological': 0, 'individual-behaviour': 0, 'individual-ecological': 0 };
  for (const quadrant of Object.keys(ORIGIN) as Quadrant[]) {
    const [x, y] = ORIGIN[quadrant];
    const info = QUADRANTS[quadrant];
    chart.append(
      svg('rect', { x, y, width: HALF, height: HALF, class: `quadrant q-${quadrant}${quadrant === planQuadrant ? ' plan-quadrant' : ''}` }),
      quadrantLabel(info.name, x + 12, y + 26),
    );
  }
  for (const decision of decisions) {
    const [x, y] = ORIGIN[decision.quadrant];
    const slot = placed[decision.quadrant]++;
    const cx = x + 30 + (slot % 5) * 44;
    const cy = y + 78 + Math.floor(slot / 5) * 44;
    chart.append(svg('g', { class: `point q-${decision.quadrant}` },
      marker(QUADRANTS[decision.quadrant].marker, cx, cy, decision.adopted),
      svg('text', { x: cx, y: cy + 5, class: decision.adopted ? 'marker-label' : 'marker-label stance-label', 'text-anchor': 'middle' }, String(decision.turn))));
  }
  chart.append(
    svg('text', { x: HALF / 2, y: SIZE + 30, 'text-anchor': 'middle', class: 'axis' }, HOW_LABELS.behaviour),
    svg('text', { x: HALF + HALF / 2, y: SIZE + 30, 'text-anchor': 'middle', class: 'axis' }, HOW_LABELS.ecological),
    svg('text', { x: -14, y: HALF / 2, 'text-anchor': 'middle', class: 'axis', transform: `rotate(-90 -14 ${HALF / 2})` }, WHERE_LABELS.context),
    svg('text', { x: -14, y: HALF + HALF / 2, 'text-anchor': 'middle', class: 'axis', transform: `rotate(-90 -14 ${HALF + HALF / 2})` }, WHERE_LABELS.individual),
  );

  const table = el('table', { class: 'plan-table' },
    el('caption', {}, 'Every decision, in order, as drawn on the map'),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, 'No.'), el('th', { scope: 'col' }, 'Decision'), el('th', { scope: 'col' }, 'Where'),
      el('th', { scope: 'col' }, 'How'), el('th', { scope: 'col' }, 'Quadrant'), el('th', { scope: 'col' }, 'Adopted into the plan?'))),
    el('tbody', {}, ...decisions.map((d) => el('tr', {},
      el('td', {}, String(d.turn)), el('td', {}, d.text, d.pressed ? el('span', { class: 'note' }, ' (pressed hard in the room)') : '',
        d.why ? el('span', { class: 'why-given' }, `Your reason: ${d.why}`) : ''),
      el('td', {}, WHERE_LABELS[d.where]), el('td', {}, HOW_LABELS[d.how]), el('td', {}, QUADRANTS[d.quadrant].name),
      el('td', {}, d.adopted ? 'Yes' : 'No')))),
  );
  const wrapper = el('figure', { class: 'map-figure' });
  wrapper.append(chart);
  wrapper.append(el('figcaption', {}, 'Top: acts on the context. Bottom: acts on the young person. Left: behaviour-based. Right: ecological. Each quadrant has its own marker shape; filled markers are adopted actions, outlined ones are positions taken.'));
  return el('div', { class: 'map-and-table' }, wrapper, table);
}
