/**
 * Writes docs/validation-limits.md from the extracted limits (src/checks/constraints.generated.ts) and the
 * prop each CloudFormation path comes from. With --check, writes nothing and fails when the file is stale.
 * Run with `npm run constraints`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { API_CONSTRAINTS, type ApiConstraint, RESOURCE_CONSTRAINTS } from '../src/checks/constraints.generated';
import { userPathOf } from '../src/private/pool/prop-paths';
import { RESOURCE_PROPS, resourcePropOf } from '../src/private/resource-limits';

const OUT = path.join(__dirname, '..', 'docs', 'validation-limits.md');

function limit(c: ApiConstraint): string {
  const parts: string[] = [];
  if (c.minLength !== undefined || c.maxLength !== undefined) { parts.push(`length ${c.minLength ?? 0} to ${c.maxLength ?? '∞'}`); }
  if (c.minimum !== undefined || c.maximum !== undefined) {
    parts.push(`${c.integer ? 'whole number ' : ''}${c.minimum ?? '-∞'} to ${c.maximum ?? '∞'}`);
  }
  if (c.minItems !== undefined || c.maxItems !== undefined) { parts.push(`${c.minItems ?? 0} to ${c.maxItems ?? '∞'} items`); }
  if (c.enum) { parts.push(`one of ${c.enum.map((v) => `\`${v}\``).join(', ')}`); }
  for (const p of c.patterns ?? []) { parts.push(`pattern \`${p.replace(/\|/g, '\\|')}\``); }
  return parts.join('; ');
}

const header = (firstLine: string) => [
  '# Per-property limits (generated)',
  '',
  `${firstLine}`,
  'Do not edit: `npm run constraints` regenerates it, and `npm test` fails when it is stale.',
  '',
  'Every rendered `AWS::Cognito::UserPool` value that is not a token is checked against these limits when a `UserPool`',
  'is built; a value that breaks one is an error naming the prop. Rows whose prop reads "(rendered by the library)"',
  'hold values the library renders itself. See [validation.md](validation.md) for the rules that span several props.',
  'Members newer than that botocore (`SmsConfiguration.EumsSms`) get the shapes the API reference gives them',
  '(`NEWER_API_MEMBERS` in scripts/extract-constraints.py).',
  '',
  '| prop | CloudFormation property | limit | source |',
  '| --- | --- | --- | --- |',
];

const source = fs.readFileSync(path.join(__dirname, '..', 'src', 'checks', 'constraints.generated.ts'), 'utf-8').split('\n')[0];
const rows = Object.entries(API_CONSTRAINTS).map(([cfnPath, c]) => {
  const userPath = userPathOf(cfnPath);
  const prop = userPath === cfnPath ? '(rendered by the library)' : `\`${userPath}\``;
  return `| ${prop} | \`${cfnPath}\` | ${limit(c)} | ${c.sources.join(', ')} |`;
});
const resources = [
  '',
  '## The resources around the pool',
  '',
  'The app clients, resource servers, groups, identity providers and domains of a `UserPool`\'s stack whose `UserPoolId` is',
  'the pool\'s, whichever construct library made them (this library\'s `addClient`/`UserPoolClient`, aws-cdk-lib\'s classes,',
  'the L1s), are checked against these limits when the app synthesizes; a problem names the resource\'s path and the',
  'prop. A Cognito domain\'s prefix gets the rules of `addDomain` (`domainPrefix`, `domainPrefixReservedWord`) instead of',
  'the pattern alone; a custom domain\'s name is not checked. A domain\'s `Routing.Failover` is checked as this library\'s',
  '`UserPoolDomain` renders it, or as an L1 that models it renders it (aws-cdk-lib 2.276 and later). See',
  '[validation.md](validation.md#limits-of-the-resources-around-the-pool).',
  '',
  '| resource | prop | CloudFormation property | limit | source |',
  '| --- | --- | --- | --- | --- |',
  ...Object.entries(RESOURCE_CONSTRAINTS).flatMap(([type, limits]) => Object.entries(limits).map(([cfnPath, c]) =>
    `| ${RESOURCE_PROPS[type]?.kind ?? type} (\`${type}\`) | \`${resourcePropOf(type, cfnPath)}\` | \`${cfnPath}\` | ${limit(c)} | ${c.sources.join(', ')} |`)),
];
const text = [...header(source.replace(/^\/\/ /, '')), ...rows, ...resources, ''].join('\n');

if (process.argv.includes('--check')) {
  if (!fs.existsSync(OUT) || fs.readFileSync(OUT, 'utf-8') !== text) {
    console.error('validation-limits-doc: docs/validation-limits.md is stale: run `npm run constraints` and commit it');
    process.exit(1);
  }
  console.log('validation-limits-doc: docs/validation-limits.md is up to date');
} else {
  fs.writeFileSync(OUT, text);
  const count = Object.keys(API_CONSTRAINTS).length + Object.values(RESOURCE_CONSTRAINTS).reduce((n, limits) => n + Object.keys(limits).length, 0);
  console.log(`validation-limits-doc: wrote ${count} rows to docs/validation-limits.md`);
}
