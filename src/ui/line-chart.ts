// A small line chart of the room's dynamics over the meeting, with its
// equivalent table. Lines differ by dash pattern as well as colour.
import type { DynamicsPoint } from '../model/scenario-state.ts';
import type { DynamicName } from '../model/dynamics.ts';
import { DYNAMIC_INFO } from '../model/dynamics.ts';
import { el, scrollable, svg } from './dom.ts';

const SERIES: { name: DynamicName; dash: string; cls: string }[] = [
  { name: 'risk', dash: '', cls: 'series-risk' },
  { name: 'anxiety', dash: '8 5', cls: 'series-anxiety' },
  { name: 'trust', dash: '2 4', cls: 'series-trust' },
];

export function renderDynamicsChart(history: DynamicsPoint[]): HTMLElement {
  const width = 520;
  const height = 220;
  const pad = 36;
  const lastTurn = Math.max(1, ...history.map((p) => p.turn));
  const x = (turn: number) => pad + ((width - 2 * pad) * turn) / lastTurn;
  const y = (value: number) => height - pad - ((height - 2 * pad) * value) / 10;
  // The legend is stacked, one row a series, so long labels never collide.
  const legendTop = height + 8;
  const chart = svg(
    'svg',
    {
      viewBox: `0 0 ${width} ${legendTop + SERIES.length * 26}`,
      role: 'img',
      'aria-labelledby': 'dyn-title dyn-desc',
      class: 'line-chart',
    },
    svg('title', { id: 'dyn-title' }, 'Risk, anxiety and trust over the meeting'),
    svg('desc', { id: 'dyn-desc' }, 'One reading after each decision, from 0 to 10; the table below gives every value.'),
    svg('line', { x1: pad, y1: y(0), x2: width - pad, y2: y(0), class: 'axis-line' }),
    svg('line', { x1: pad, y1: y(0), x2: pad, y2: y(10), class: 'axis-line' }),
    svg('text', { x: pad - 8, y: y(10) + 5, 'text-anchor': 'end', class: 'tick' }, '10'),
    svg('text', { x: pad - 8, y: y(0) + 5, 'text-anchor': 'end', class: 'tick' }, '0'),
    svg('text', { x: width / 2, y: height - 6, 'text-anchor': 'middle', class: 'tick' }, 'Decisions made'),
  );
  SERIES.forEach((series, i) => {
    const points = history.map((p) => `${x(p.turn)},${y(p.dynamics[series.name])}`).join(' ');
    chart.append(svg('polyline', { points, class: `series ${series.cls}`, 'stroke-dasharray': series.dash || undefined }));
    const rowY = legendTop + 14 + i * 26;
    chart.append(
      svg('line', {
        x1: pad,
        y1: rowY,
        x2: pad + 40,
        y2: rowY,
        class: `series ${series.cls}`,
        'stroke-dasharray': series.dash || undefined,
      }),
      svg('text', { x: pad + 50, y: rowY + 6, class: 'tick' }, DYNAMIC_INFO[series.name].label),
    );
  });
  const table = el(
    'table',
    {},
    el('caption', {}, 'Readings after each decision (0 to 10)'),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, 'After decision'),
        ...SERIES.map((s) => el('th', { scope: 'col' }, DYNAMIC_INFO[s.name].label)),
      ),
    ),
    el(
      'tbody',
      {},
      ...history.map((p) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, p.turn === 0 ? 'Start' : String(p.turn)),
          ...SERIES.map((s) => el('td', {}, String(p.dynamics[s.name]))),
        ),
      ),
    ),
  );
  return el(
    'div',
    {},
    el('figure', { class: 'map-figure' }, chart),
    el('details', {}, el('summary', {}, 'Show the readings as a table'), scrollable(table, 'Readings after each decision')),
  );
}
