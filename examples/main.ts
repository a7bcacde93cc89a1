/**
 * `npm run example`: synthesizes the example stacks offline and prints, for each pool,
 * the settings that matter for security, where each came from, and cdk-nag's AwsSolutions findings.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { DEFAULT_POOL_PROPS, PoolStack, RICH_POOL_PROPS, RichPoolStack } from './stacks';
import { resolveUserPool } from '../src/private/resolve';

type Props = Record<string, any>;

/** One line per setting: [label, value read from the template, the resolve() origin key(s)]. */
const SETTINGS: Array<[string, (p: Props) => unknown, string[]]> = [
  ['sign-in identifiers', (p) => p.UsernameAttributes ?? `username + aliases ${JSON.stringify(p.AliasAttributes ?? [])}`, ['signInAliases']],
  ['case-sensitive usernames', (p) => p.UsernameConfiguration?.CaseSensitive, ['signInCaseSensitive']],
  ['self sign-up', (p) => !p.AdminCreateUserConfig?.AllowAdminCreateUserOnly, ['selfSignUpEnabled']],
  ['first sign-in factors', (p) => p.Policies?.SignInPolicy?.AllowedFirstAuthFactors, ['signInPolicy']],
  ['MFA', (p) => p.MfaConfiguration, ['mfa']],
  ['MFA factors', (p) => p.EnabledMfas, ['mfaSecondFactor']],
  ['passkey counts as MFA', (p) => p.WebAuthnFactorConfiguration ?? '-', ['passkeyFactorConfiguration']],
  ['password policy', (p) => passwordPolicy(p.Policies?.PasswordPolicy), ['passwordPolicy']],
  ['account recovery', (p) => p.AccountRecoverySetting?.RecoveryMechanisms?.map((m: Props) => m.Name), ['accountRecovery']],
  ['email sender', (p) => p.EmailConfiguration?.EmailSendingAccount, ['email']],
  ['feature plan', (p) => p.UserPoolTier, ['featurePlan']],
  ['threat protection', (p) => threatProtection(p.UserPoolAddOns), ['standardThreatProtectionMode', 'customThreatProtectionMode']],
  ['deletion protection', (p) => p.DeletionProtection, ['deletionProtection']],
];

function passwordPolicy(p: Props | undefined): string {
  if (!p) { return 'not set'; }
  const classes = [['lower', p.RequireLowercase], ['upper', p.RequireUppercase], ['digits', p.RequireNumbers], ['symbols', p.RequireSymbols]]
    .filter(([, on]) => on).map(([name]) => name).join('+');
  return `min ${p.MinimumLength}, ${classes || 'no classes'}, temporary ${p.TemporaryPasswordValidityDays}d, history ${p.PasswordHistorySize ?? 0}`;
}

function threatProtection(addOns: Props | undefined): string {
  if (!addOns) { return 'not set'; }
  return `standard ${addOns.AdvancedSecurityMode}, custom auth ${addOns.AdvancedSecurityAdditionalFlows?.CustomAuthMode ?? 'not set'}`;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function report(stack: PoolStack, poolProps: Props, template: Props): void {
  const logicalId = stack.getLogicalId(stack.pool.node.defaultChild as never);
  const resource = template.Resources[logicalId];
  const origins = resolveUserPool(poolProps).origins;
  console.log(`\n=== ${stack.stackName} / ${stack.pool.node.path} (${logicalId}) ===`);
  for (const [label, read, keys] of SETTINGS) {
    const origin = [...new Set(keys.map((k) => origins[k] ?? 'default'))].join('+') || 'prop';
    console.log(`  ${label.padEnd(26)} ${show(read(resource.Properties)).padEnd(52)} (${origin})`);
  }
  console.log(`  ${'removal policy'.padEnd(26)} ${String(resource.DeletionPolicy).padEnd(52)} (${origins.removalPolicy})`);
  const nag = new AwsSolutionsChecks(stack).validateScope(stack);
  const onPool = nag.violations.filter((v) => v.violatingResources.some((r) => r.constructPath?.startsWith(stack.pool.node.path)));
  const elsewhere = nag.violations.length - onPool.length;
  console.log(`  cdk-nag AwsSolutions on the pool: ${onPool.length === 0 ? 'no findings' : onPool.map((v) => `${v.ruleName} (${v.severity})`).join(', ')}`
    + (elsewhere > 0 ? `; ${elsewhere} finding(s) on other resources of the stack (the example trigger function)` : ''));
}

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-secure-user-pool-example-'));
const app = new App({ outdir });
const env = { account: '123456789012', region: 'us-east-1' };
const examples: Array<[PoolStack, Props]> = [
  [new PoolStack(app, 'DefaultPool', DEFAULT_POOL_PROPS, { env }), DEFAULT_POOL_PROPS],
  [new RichPoolStack(app, 'RichPool', { env }), RICH_POOL_PROPS],
];
const assembly = app.synth();
console.log(`Synthesized ${assembly.stacks.length} stacks offline into ${outdir}`);
console.log('Each setting shows its value and where it came from: (default), (prop), or (adjusted): a default that yielded to another choice.');
for (const [stack, props] of examples) {
  report(stack, props, assembly.getStackByName(Stack.of(stack).stackName).template);
}
fs.rmSync(outdir, { recursive: true, force: true });
