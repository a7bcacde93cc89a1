/**
 * Writes the Errors table of docs/validation.md (between `<!-- errors:start -->` and `<!-- errors:end -->`) from the
 * error registry, src/checks/errors.ts. With --check, writes nothing and fails when the table is stale.
 * Run with `ts-node --project scripts/tsconfig.json scripts/errors-doc.ts [--check]`; test/errors-doc.test.ts checks it too.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ERRORS, errorId, type ErrorName } from '../src/checks/errors';

export const ERRORS_DOC = path.join(__dirname, '..', 'docs', 'validation.md');
export const START = '<!-- errors:start -->';
export const END = '<!-- errors:end -->';

/** Text for one table cell: a `|` would end the cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** The generated table: one row per error id, in the registry's order. */
export function errorsTable(): string {
  const rows = (Object.keys(ERRORS) as ErrorName[]).map((name) => {
    const { props, rule, source } = ERRORS[name];
    return `| \`${errorId(name)}\` | ${cell(props.join(', '))} | ${cell(rule)} | ${cell(source)} |`;
  });
  return ['| id | prop | rule and fix | source |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The text between the markers (without the newlines next to them), or undefined when they are missing. */
export function errorsSection(doc: string): string | undefined {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) { return undefined; }
  return doc.slice(start + START.length, end).replace(/^\n/, '').replace(/\n$/, '');
}

/** `doc` with the generated table between the markers. */
export function withErrorsTable(doc: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) {
    throw new Error(`errors-doc: ${path.relative(process.cwd(), ERRORS_DOC)} has no ${START} ... ${END} section`);
  }
  return `${doc.slice(0, start + START.length)}\n${errorsTable()}\n${doc.slice(end)}`;
}

function main(check: boolean): void {
  const doc = fs.readFileSync(ERRORS_DOC, 'utf-8');
  const text = withErrorsTable(doc);
  if (check) {
    if (text !== doc) {
      console.error('errors-doc: the Errors table of docs/validation.md is stale: run `ts-node --project scripts/tsconfig.json scripts/errors-doc.ts`');
      process.exit(1);
    }
    console.log('errors-doc: docs/validation.md is up to date');
  } else {
    fs.writeFileSync(ERRORS_DOC, text);
    console.log(`errors-doc: wrote ${Object.keys(ERRORS).length} errors to docs/validation.md`);
  }
}

if (require.main === module) {
  main(process.argv.includes('--check'));
}
