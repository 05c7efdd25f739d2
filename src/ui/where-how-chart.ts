// The WHERE × HOW map: each adopted action drawn in its quadrant, with shape
// and number as well as colour, and an equivalent table for screen readers.
import type { Decision } from '../model/plan.ts';
import { isScored } from '../model/plan.ts';
import { HOW_LABELS, QUADRANTS, WHERE_LABELS } from '../model/orientation.ts';
import type { Quadrant } from '../model/orientation.ts';
import { el, scrollable, svg } from './dom.ts';
import { WHO_WORDS } from './debrief-who.ts';
import type { Who } from './debrief-who.ts';

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
    case 'square':
      return svg('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, class: cls });
    case 'triangle':
      return svg('polygon', { points: `${x},${y - r - 3} ${x + r + 2},${y + r} ${x - r - 2},${y + r}`, class: cls });
    case 'diamond':
      return svg('polygon', { points: `${x},${y - r - 3} ${x + r + 3},${y} ${x},${y + r + 3} ${x - r - 3},${y}`, class: cls });
    default:
      return svg('circle', { cx: x, cy: y, r, class: cls });
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
  return svg('text', { x, y, class: 'quadrant-name' }, ...lines.map((text, i) => svg('tspan', { x, dy: i === 0 ? 0 : 20 }, text)));
}

/** The author's reading: WHERE and HOW, the quadrant, why, and whether it is arguable. */
function readingCell(d: Decision): (HTMLElement | string)[] {
  if (!isScored(d)) return ['Not read on the map: finding out, or not acting.'];
  return [
    `${WHERE_LABELS[d.where]} · ${HOW_LABELS[d.how]}`,
    el('span', { class: 'note' }, ` (${QUADRANTS[d.quadrant].name})`),
    d.reading ? el('span', { class: 'author-reading' }, `Author's reading: ${d.reading}`) : '',
    d.contested ? el('span', { class: 'contested' }, 'Contested: a point to discuss, not a right answer.') : '',
  ];
}

/**
 * Every decision on the map, numbered in order: filled markers are actions
 * the panel adopted, outlined ones are positions it took along the way.
 */
export function renderWhereHowChart(decisions: Decision[], planQuadrant: Quadrant | null, who: Who = 'you'): HTMLElement {
  // Finding out and declining to act are decisions, but not positions on the map.
  const scored = decisions.filter(isScored);
  const chart = svg(
    'svg',
    { viewBox: `-40 -10 ${SIZE + 50} ${SIZE + 50}`, role: 'img', 'aria-labelledby': 'map-title map-desc', class: 'where-how-map' },
    svg('title', { id: 'map-title' }, `${WHO_WORDS[who].plan} on the WHERE × HOW map`),
    svg(
      'desc',
      { id: 'map-desc' },
      `${scored.length} decisions read on the map, numbered as in the table below; filled markers are adopted actions and goals.`,
    ),
  );
  const placed: Record<Quadrant, number> = {
    'context-behaviour': 0,
    'context-ecological': 0,
    'individual-behaviour': 0,
    'individual-ecological': 0,
  };
  for (const quadrant of Object.keys(ORIGIN) as Quadrant[]) {
    const [x, y] = ORIGIN[quadrant];
    const info = QUADRANTS[quadrant];
    chart.append(
      svg('rect', { x, y, width: HALF, height: HALF, class: `quadrant q-${quadrant}${quadrant === planQuadrant ? ' plan-quadrant' : ''}` }),
      quadrantLabel(info.name, x + 12, y + 26),
    );
  }
  for (const decision of scored) {
    const [x, y] = ORIGIN[decision.quadrant];
    const slot = placed[decision.quadrant]++;
    const cx = x + 30 + (slot % 5) * 44;
    const cy = y + 78 + Math.floor(slot / 5) * 44;
    chart.append(
      svg(
        'g',
        { class: `point q-${decision.quadrant}` },
        marker(QUADRANTS[decision.quadrant].marker, cx, cy, decision.adopted || decision.goal),
        svg(
          'text',
          {
            x: cx,
            y: cy + 5,
            class: decision.adopted || decision.goal ? 'marker-label' : 'marker-label stance-label',
            'text-anchor': 'middle',
          },
          String(decision.turn),
        ),
      ),
    );
  }
  chart.append(
    svg('text', { x: HALF / 2, y: SIZE + 30, 'text-anchor': 'middle', class: 'axis' }, HOW_LABELS.behaviour),
    svg('text', { x: HALF + HALF / 2, y: SIZE + 30, 'text-anchor': 'middle', class: 'axis' }, HOW_LABELS.ecological),
    svg(
      'text',
      { x: -14, y: HALF / 2, 'text-anchor': 'middle', class: 'axis', transform: `rotate(-90 -14 ${HALF / 2})` },
      WHERE_LABELS.context,
    ),
    svg(
      'text',
      { x: -14, y: HALF + HALF / 2, 'text-anchor': 'middle', class: 'axis', transform: `rotate(-90 -14 ${HALF + HALF / 2})` },
      WHERE_LABELS.individual,
    ),
  );

  const table = el(
    'table',
    { class: 'plan-table' },
    el('caption', {}, "Every decision, in order, with the author's reading of it"),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, '#'),
        el('th', { scope: 'col' }, 'Decision'),
        el('th', { scope: 'col' }, 'Where and how'),
        el('th', { scope: 'col' }, 'In the plan?'),
      ),
    ),
    el(
      'tbody',
      {},
      ...decisions.map((d) =>
        el(
          'tr',
          {},
          el('td', {}, String(d.turn)),
          el(
            'td',
            {},
            d.text,
            d.pressed ? el('span', { class: 'note' }, ' (pressed hard in the room)') : '',
            d.by === 'room' ? el('span', { class: 'note' }, " (decided by the room's vote)") : '',
            d.why ? el('span', { class: 'why-given' }, `Your reason: ${d.why}`) : '',
          ),
          el('td', {}, ...readingCell(d)),
          el('td', {}, d.goal ? 'The goal' : d.adopted ? 'Yes' : 'No'),
        ),
      ),
    ),
  );
  const wrapper = el('figure', { class: 'map-figure' });
  wrapper.append(chart);
  wrapper.append(
    el(
      'figcaption',
      {},
      'Top: acts on the context. Bottom: acts on the young person. Left: behaviour-based. Right: ecological. Each quadrant has its own marker shape; filled markers are adopted actions, outlined ones are positions taken.',
    ),
  );
  return el('div', { class: 'map-and-table' }, wrapper, scrollable(table, 'Every decision, in order'));
}
