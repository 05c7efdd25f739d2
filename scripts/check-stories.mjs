// npm run stories:check [folder] [content folder]: checks every story and
// explains each problem with file and line, against the agencies and places in
// assets/ (or a trainer's own folder of agencies.json, places.json and
// sections.json). Exits non-zero if any story has an error.
import { runnerImport } from 'vite';

const folder = process.argv[2] ?? 'stories';
const { module } = await runnerImport('./tools/ink/check-stories.ts', { logLevel: 'silent', configFile: false });
const ok = process.argv[3]
  ? module.runCheck(folder, (line) => console.log(line), process.argv[3])
  : module.runCheck(folder, (line) => console.log(line));
process.exit(ok ? 0 : 1);
