// npm run package:lms: builds the SCORM 1.2 and SCORM 2004 packages into
// dist-lms/packages (one per scenario and one with the scenario list).
import { runnerImport } from 'vite';

const { module } = await runnerImport('./tools/lms/package-lms.ts', { logLevel: 'silent', configFile: false });
await module.packageLms(process.cwd(), (line) => console.log(line));
