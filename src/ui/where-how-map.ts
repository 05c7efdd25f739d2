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

function marker(shape: string, x: number, y: number): SVGElement {
  const r = 15;
  switch (shape) {
    case 'square': return svg('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, class: 'marker' });
    case 'triangle': return svg('polygon', { points: `${x},${y - r - 3} ${x + r + 2},${y + r} ${x - r - 2},${y + r}`, class: 'marker' });
    case 'diamond': return svg('polygon', { points: `${x},${y - r - 3} ${x + r + 3},${y} ${x},${y + r + 3} ${x - r - 3},${y}`, class: 'marker' });
    default: return svg('circle', { cx: x, cy: y, r, class: 'marker' });
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

export function renderWhereHowMap(plan: Decision[], planQuadrant: Quadrant | null): HTMLElement {
  const chart = svg('svg', { viewBox: `-40 -10 ${SIZE + 50} ${SIZE + 50}`, role: 'img', 'aria-labelledby': 'map-title map-desc', class: 'where-how-map' },
    svg('title', { id: 'map-title' }, 'Your plan on the WHERE × HOW map'),
    svg('desc', { id: 'map-desc' }, `${plan.length} adopted actions, each numbered as in the table below.`),
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
  plan.forEach((action, i) => {
    const [x, y] = ORIGIN[action.quadrant];
    const slot = placed[action.quadrant]++;
    const cx = x + 40 + (slot % 5) * 42;
    const cy = y + 90 + Math.floor(slot / 5) * 46;
    chart.append(svg('g', { class: `point q-${action.quadrant}` },
      marker(QUADRANTS[action.quadrant].marker, cx, cy),
      svg('text', { x: cx, y: cy + 5, class: 'marker-label', 'text-anchor': 'middle' }, String(i + 1))));
  });
  chart.append(
    svg('text', { x: HALF / 2, y: SIZE + 30, 'text-anchor': 'middle', class: 'axis' }, HOW_LABELS.behaviour),
    svg('text', { x: HALF + HALF / 2, y: SIZE + 30, 'text-anchor': 'middle', class: 'axis' }, HOW_LABELS.ecological),
    svg('text', { x: -14, y: HALF / 2, 'text-anchor': 'middle', class: 'axis', transform: `rotate(-90 -14 ${HALF / 2})` }, WHERE_LABELS.context),
    svg('text', { x: -14, y: HALF + HALF / 2, 'text-anchor': 'middle', class: 'axis', transform: `rotate(-90 -14 ${HALF + HALF / 2})` }, WHERE_LABELS.individual),
  );

  const table = el('table', { class: 'plan-table' },
    el('caption', {}, 'Adopted actions, as drawn on the map'),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, 'No.'), el('th', { scope: 'col' }, 'Action'), el('th', { scope: 'col' }, 'Where'),
      el('th', { scope: 'col' }, 'How'), el('th', { scope: 'col' }, 'Quadrant'))),
    el('tbody', {}, ...plan.map((action, i) => el('tr', {},
      el('td', {}, String(i + 1)), el('td', {}, action.text), el('td', {}, WHERE_LABELS[action.where]),
      el('td', {}, HOW_LABELS[action.how]), el('td', {}, QUADRANTS[action.quadrant].name)))),
  );
  const wrapper = el('figure', { class: 'map-figure' });
  wrapper.append(chart);
  wrapper.append(el('figcaption', {}, 'Top: acts on the context. Bottom: acts on the young person. Left: behaviour-based. Right: ecological. Each quadrant has its own marker shape.'));
  return el('div', { class: 'map-and-table' }, wrapper, table);
}
