import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { ERRORS_DOC, END, errorsSection, errorsTable, START, withErrorsTable } from '../scripts/errors-doc';
import { UserPool, UserPoolEmail } from '../src';
import { ERROR_IDS, ERRORS, errorId } from '../src/checks/errors';
import { Problems } from '../src/checks/problems';
import { compileClient } from '../src/private/client';
import { resolveUserPool } from '../src/private/pool/resolve';
import { validateUserPool } from '../src/private/pool/rules';
import { WARNINGS } from '../src/private/warnings';

const SRC = path.join(__dirname, '..', 'src');

/** Every .ts file under src, as text. */
function sources(dir = SRC): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    // The Lambda handlers run in Lambda, apart from the library: they report no synth problems.
    if (entry.isDirectory() && file === path.join(SRC, 'handlers')) { return []; }
    if (entry.isDirectory()) { return sources(file); }
    return entry.name.endsWith('.ts') ? [fs.readFileSync(file, 'utf-8')] : [];
  });
}

/** The rule names passed to `Problems` (`add`, `wholeNumber`, `placeholder`, `pattern`) anywhere in src. */
function usedNames(): Set<string> {
  const call = /\.(?:add|wholeNumber|placeholder|pattern)\(\s*'([A-Za-z]+)'/g;
  return new Set(sources().flatMap((text) => [...text.matchAll(call)].map((m) => m[1])));
}

/** The pure rules of a pool: its problems. */
function poolProblems(props: ConstructorParameters<typeof UserPool>[2] = {}): Problems {
  const problems = new Problems();
  validateUserPool(resolveUserPool(props), problems);
  return problems;
}

describe('the Errors table of docs/validation.md', () => {
  test('is what scripts/errors-doc.ts generates from the registry', () => {
    const doc = fs.readFileSync(ERRORS_DOC, 'utf-8');
    expect(doc).toContain(START);
    expect(doc).toContain(END);
    // The table first, for a readable diff; then the whole file (nothing else between the markers).
    expect(errorsSection(doc)).toBe(errorsTable());
    expect(withErrorsTable(doc)).toBe(doc);
  });

  test('has one row per id, each naming its id, props, rule and source', () => {
    const rows = errorsTable().split('\n').slice(2);
    expect(rows).toHaveLength(Object.keys(ERRORS).length);
    for (const [row, name] of rows.map((r, i) => [r, Object.keys(ERRORS)[i]] as const)) {
      const cells = row.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
      expect(cells).toHaveLength(4);
      expect(cells[0]).toBe(`\`cdk-secure-user-pool:${name}\``);
      expect(cells.every((c) => c.length > 0)).toBe(true);
    }
  });
});

describe('the error registry', () => {
  test('every id is used by a call site in src, and every name used is an id', () => {
    const used = usedNames();
    const unused = Object.keys(ERRORS).filter((name) => !used.has(name));
    expect(unused).toEqual([]);
    expect([...used].filter((name) => !(name in ERRORS))).toEqual([]);
  });

  test('ids are the prefixed names, readable, and distinct from the warnings\' ids', () => {
    for (const [name, id] of Object.entries(ERROR_IDS)) {
      expect(id).toBe(`cdk-secure-user-pool:${name}`);
      expect(name).toMatch(/^[a-z][A-Za-z]+$/);
    }
    const warnings = new Set<string>(Object.values(WARNINGS));
    expect(Object.values(ERROR_IDS).filter((id) => warnings.has(id))).toEqual([]);
  });
});

/** The ids in the first column of a doc's `## Warnings` table. */
function documentedWarnings(doc: string): string[] {
  const text = fs.readFileSync(path.join(__dirname, '..', 'docs', doc), 'utf-8');
  const section = text.split(/^## /m).find((s) => s.startsWith('Warnings\n'));
  if (!section) { throw new Error(`docs/${doc} has no Warnings section`); }
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
}

describe('the warnings', () => {
  // Users acknowledge a warning by its id (`Annotations.acknowledgeWarning`), so each must be findable in the docs.
  test('each id is documented once, the clients\' in docs/clients.md and the pool\'s in docs/validation.md, and each documented id is one', () => {
    const ids = Object.values(WARNINGS) as string[];
    const clients = documentedWarnings('clients.md');
    const pool = documentedWarnings('validation.md');
    expect([...clients].sort()).toEqual(ids.filter((id) => id.startsWith('cdk-secure-user-pool:client')).sort());
    expect([...pool].sort()).toEqual(ids.filter((id) => !id.startsWith('cdk-secure-user-pool:client')).sort());
  });

  test('each is raised by a call site in src', () => {
    const text = sources().join('\n');
    expect(Object.keys(WARNINGS).filter((name) => !text.includes(`WARNINGS.${name}`))).toEqual([]);
  });
});

describe('problems carry their id', () => {
  test('a placeholder missing: the line ends with the placeholder id; entries hold the parts', () => {
    const problems = poolProblems({ mfaMessage: 'x' });
    expect(problems.all).toEqual(['mfaMessage must contain the placeholder {####}, got "x" [cdk-secure-user-pool:placeholder]']);
    expect(problems.entries).toEqual([
      { id: 'cdk-secure-user-pool:placeholder', path: 'mfaMessage', message: 'mfaMessage must contain the placeholder {####}, got "x"' },
    ]);
  });

  test('several rules: each line is the message, a space, and its id in square brackets', () => {
    const problems = poolProblems({ mfaMessage: 'x', signInAliases: { email: true, preferredUsername: true }, passkeyRelyingPartyId: 'https://x' });
    expect(problems.entries.map((p) => p.id)).toEqual([
      errorId('preferredUsernameWithoutUsername'), errorId('passkeyRelyingPartyIdDomain'), errorId('placeholder'),
    ]);
    problems.all.forEach((line, i) => expect(line).toBe(`${problems.entries[i].message} [${problems.entries[i].id}]`));
  });

  test('a pool reports the id, whether at construction or when the app synthesizes', () => {
    const build = (props: ConstructorParameters<typeof UserPool>[2]) => () => {
      const app = new App();
      new UserPool(new Stack(app, 'Stack'), 'Pool', props);
      app.synth();
    };
    expect(build({ mfaMessage: 'x' })).toThrow(/mfaMessage must contain the placeholder \{####\}, got "x" \[cdk-secure-user-pool:placeholder\]/);
    expect(build({ userPoolName: 'my/pool' })).toThrow(/userPoolName must match the pattern .*, got "my\/pool" \[cdk-secure-user-pool:apiLimit\]/);
  });

  test('a factory throws with the id', () => {
    expect(() => UserPoolEmail.withSES({ fromEmail: 'nobody' }))
      .toThrow(/UserPoolEmail.withSES fromEmail must be an email address \(local@domain\), got "nobody" \[cdk-secure-user-pool:emailAddress\]/);
  });

  test('an app client\'s problem has its client id', () => {
    const problems = new Problems();
    compileClient({ userPool: {} as never, oAuth: { flows: { clientCredentials: true }, scopes: [] } }, {}, problems);
    expect(problems.entries.map((p) => p.id)).toEqual([errorId('clientCredentialsNeedSecret'), errorId('clientCredentialsScopes')]);
  });
});
