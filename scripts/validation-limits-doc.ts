/**
 * Writes docs/validation-limits.md from the extracted limits (src/checks/constraints.generated.ts) and the
 * prop each CloudFormation path comes from. With --check, writes nothing and fails when the file is stale.
 * Run with `npm run constraints`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { API_CONSTRAINTS, type ApiConstraint } from '../src/checks/constraints.generated';
import { userPathOf } from '../src/private/pool/prop-paths';

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
const text = [...header(source.replace(/^\/\/ /, '')), ...rows, ''].join('\n');

if (process.argv.includes('--check')) {
  if (!fs.existsSync(OUT) || fs.readFileSync(OUT, 'utf-8') !== text) {
    console.error('validation-limits-doc: docs/validation-limits.md is stale: run `npm run constraints` and commit it');
    process.exit(1);
  }
  console.log('validation-limits-doc: docs/validation-limits.md is up to date');
} else {
  fs.writeFileSync(OUT, text);
  console.log(`validation-limits-doc: wrote ${Object.keys(API_CONSTRAINTS).length} rows to docs/validation-limits.md`);
}
