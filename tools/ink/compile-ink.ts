// Compiles .ink source with the inkjs compiler and reports problems with file
// and line, in the shape Vite and the story checker both understand.
import { Compiler, CompilerOptions, JsonFileHandler } from 'inkjs/full';
import { COMPILE_CACHE_ENV, cachedCompile } from './compile-cache.ts';
import type { RawCompile } from './compile-cache.ts';

export interface InkProblem {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  message: string;
}

export interface InkCompileResult {
  json: string | null;
  problems: InkProblem[];
}

// The compiler reports "ERROR: 'file.ink' line 12: message".
const PROBLEM_PATTERN = /^(ERROR|WARNING|TODO):\s*(?:'([^']*)'\s*)?(?:line (\d+):\s*)?(.*)$/s;

export function parseInkMessage(raw: string, fallbackFile: string): InkProblem {
  const match = PROBLEM_PATTERN.exec(raw.trim());
  if (!match) return { severity: 'error', file: fallbackFile, line: 0, message: raw };
  const [, kind, file, line, message] = match;
  return {
    severity: kind === 'ERROR' ? 'error' : 'warning',
    file: file || fallbackFile,
    line: line ? Number(line) : 0,
    message: (message ?? '').trim(),
  };
}

/**
 * countAllVisits makes ink count every knot and stitch, which the story
 * checker uses to see which knots were reached; it does not change play.
 */
export function compileInk(source: string, fileName: string, { countAllVisits = false } = {}): InkCompileResult {
  const raw = cachedCompile(process.env[COMPILE_CACHE_ENV], { source, fileName, countAllVisits }, () =>
    runCompiler(source, fileName, countAllVisits),
  );
  const problems = raw.messages.map((message) => parseInkMessage(message, fileName));
  // The compiler throws "Compilation failed." after reporting through the
  // handler; only an unexpected throw needs recording here.
  if (raw.thrown !== null && !problems.some((p) => p.severity === 'error')) {
    problems.push({ severity: 'error', file: fileName, line: 0, message: raw.thrown });
  }
  return { json: problems.some((p) => p.severity === 'error') ? null : raw.json, problems };
}

function runCompiler(source: string, fileName: string, countAllVisits: boolean): RawCompile {
  const messages: string[] = [];
  const options = new CompilerOptions(
    fileName,
    [],
    countAllVisits,
    (message: string) => messages.push(message),
    new JsonFileHandler({ [fileName]: source }),
  );
  try {
    return { json: new Compiler(source, options).Compile().ToJson() ?? null, messages, thrown: null };
  } catch (error) {
    return { json: null, messages, thrown: String(error) };
  }
}

export function formatProblem(problem: InkProblem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.severity}: ${problem.message}`;
}
