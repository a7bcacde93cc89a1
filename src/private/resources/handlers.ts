import * as fs from 'node:fs';
import * as path from 'node:path';
import { Runtime } from 'aws-cdk-lib/aws-lambda';

/**
 * The directory of a Lambda handler the package ships (`src/handlers/<name>`, compiled by jsii to `lib/handlers/<name>`):
 * the code asset of its function. Always the compiled JavaScript, also when the library runs from `src/` (unit tests,
 * integ scenarios), so a synthesized asset is the code a deploy runs.
 */
export function handlerDirectory(name: string): string {
  let root = __dirname;
  while (!fs.existsSync(path.join(root, 'package.json'))) {
    const parent = path.dirname(root);
    if (parent === root) { throw new Error(`cdk-secure-user-pool: package.json not found above ${__dirname}`); }
    root = parent;
  }
  const directory = path.join(root, 'lib', 'handlers', name);
  if (!fs.existsSync(path.join(directory, 'index.js'))) {
    throw new Error(`cdk-secure-user-pool: the ${name} handler is missing at ${directory}: compile the library first (npx projen compile)`);
  }
  return directory;
}

/**
 * The newest Node.js Lambda runtime the installed aws-cdk-lib knows (2.257: Node.js 24; 2.278: Node.js 26), for
 * the functions this library creates: cdk-nag's AwsSolutions-L1 asks for the newest, and aws-cdk-lib adds a runtime
 * when Lambda launches it. The handlers use only Node and the AWS SDK v3 every Node.js runtime carries.
 */
export function newestNodeRuntime(): Runtime {
  const runtimes = Object.entries(Runtime as unknown as Record<string, unknown>)
    .map(([name, value]) => ({ version: Number(/^NODEJS_(\d+)_X$/.exec(name)?.[1]), value }))
    .filter((r): r is { version: number; value: Runtime } => Number.isInteger(r.version) && r.value instanceof Runtime);
  return runtimes.reduce((newest, r) => (r.version > newest.version ? r : newest)).value;
}
