// npm run stories:check [folder]: checks every story and explains each problem
// with file and line. Exits non-zero if any story has an error.
import { runnerImport } from 'vite';

const folder = process.argv[2] ?? 'stories';
const { module } = await runnerImport('./src/build/check-stories.ts', { logLevel: 'silent', configFile: false });
const ok = module.runCheck(folder, (line) => console.log(line));
process.exit(ok ? 0 : 1);
