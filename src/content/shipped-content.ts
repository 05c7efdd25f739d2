// The content shipped with the game, read from assets/ at build time: adding
// an agency, a place or a section title is an edit to those files, no code.
// The checker and the tests name any problem in them; the game keeps what reads.
import agencies from '../../assets/agencies.json';
import places from '../../assets/places.json';
import sections from '../../assets/sections.json';
import { readContent } from './read-content.ts';

const read = readContent({ agencies, places, sections });

export const SHIPPED_CONTENT = read.content;
export const SHIPPED_PROBLEMS: readonly string[] = read.problems;
