// npm run package:scorm — the SCORM 1.2 packages for an LMS, in dist-scorm/.
import { relative } from 'node:path';
import { packageScorm } from '../src/build/scorm-package';

for (const p of await packageScorm()) console.log(`${relative(process.cwd(), p.file)}  ${(p.bytes / 1024).toFixed(0)} KB`);
