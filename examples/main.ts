/**
 * `npm run example`: synthesizes the example stacks offline, then presents each pool with the CLI's `report`
 * (every security setting, its verdict against cdk-nag and Security Hub, and whether it came from a default
 * or a prop), followed by cdk-nag's AwsSolutions findings.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { DEFAULT_POOL_PROPS, PoolStack, RichPoolStack } from './stacks';
import { run } from '../src/cli/main';

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-secure-user-pool-example-'));
const app = new App({ outdir });
const env = { account: '123456789012', region: 'us-east-1' };
const stacks = [new PoolStack(app, 'DefaultPool', DEFAULT_POOL_PROPS, { env }), new RichPoolStack(app, 'RichPool', { env })];
app.synth();
console.log(`Synthesized ${stacks.length} stacks offline into ${outdir}\n`);
console.log(`$ cdk-secure-user-pool report ${outdir}`);
const code = run(['report', outdir], (line) => console.log(line), (line) => console.error(line));

console.log('cdk-nag AwsSolutions:');
for (const stack of stacks) {
  const violations = new AwsSolutionsChecks(stack).validateScope(stack).violations;
  const onPool = violations.filter((v) => v.violatingResources.some((r) => r.constructPath?.startsWith(stack.pool.node.path)));
  const elsewhere = violations.length - onPool.length;
  console.log(`  ${stack.pool.node.path}: ${onPool.length === 0 ? 'no findings' : onPool.map((v) => `${v.ruleName} (${v.severity})`).join(', ')}`
    + (elsewhere > 0 ? `; ${elsewhere} on other resources of the stack (the example's trigger function)` : ''));
}
fs.rmSync(outdir, { recursive: true, force: true });
process.exitCode = code;
