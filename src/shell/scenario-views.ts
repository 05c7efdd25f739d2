// The screens of a scenario (briefing, play, debrief) and what they draw
// with (charts, the place's description): none of it is needed to show or
// use the title, so it is a chunk of its own, fetched with the scenarios'
// details (src/main.ts) before any scenario can be chosen.
export { renderPrebrief } from '../ui/prebrief-screen.ts';
export { renderPlay } from '../ui/play-screen.ts';
export { renderDebrief } from '../ui/debrief-screen.ts';
