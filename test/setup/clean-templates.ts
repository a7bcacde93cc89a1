import * as fs from 'node:fs';
import * as path from 'node:path';

/** jest globalSetup: start every run with no saved templates, so cfn-lint sees only this run's. */
export default function cleanTemplates(): void {
  fs.rmSync(path.join(__dirname, '..', '..', 'test-reports', 'templates'), { recursive: true, force: true });
}
