import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import * as ts from 'typescript';

const SRC = path.join(__dirname, '..', 'src');
/** The aws-cdk-lib modules pure modules may import values from, to look their names up. */
const MODULES = { 'aws-cdk-lib': core, 'aws-cdk-lib/aws-cognito': cognito } as const;

/** Every .ts file under src, relative to it. */
function files(dir = SRC): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) { return files(file); }
    return entry.name.endsWith('.ts') ? [path.relative(SRC, file)] : [];
  });
}

/** The names a file imports at run time from each module (type-only imports and specifiers left out). */
function runtimeNames(file: string): Array<{ readonly module: string; readonly names: string[] }> {
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(SRC, file), 'utf-8'), ts.ScriptTarget.Latest);
  return source.statements.flatMap((statement) => {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) { return []; }
    const clause = statement.importClause;
    if (!clause || clause.isTypeOnly) { return []; }
    const named = clause.namedBindings;
    const names = named && ts.isNamedImports(named) ? named.elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName ?? e.name).text) : ['*'];
    return [{ module: statement.moduleSpecifier.text, names }];
  });
}

/** The files a file imports at run time (type-only imports and specifiers left out), relative to src. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(SRC, file), 'utf-8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) { continue; }
    const specifier = statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) { continue; }
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) { continue; }
      const named = clause?.namedBindings;
      const onlyTypes = clause && !clause.name && named && ts.isNamedImports(named) && named.elements.every((e) => e.isTypeOnly);
      if (onlyTypes) { continue; }
    } else if (statement.isTypeOnly) {
      continue;
    }
    found.push(path.normalize(path.join(path.dirname(file), `${specifier.text}.ts`)));
  }
  return found;
}

const GRAPH = new Map(files().map((file) => [file, runtimeImports(file)]));

/** The files reachable from `start` at run time. */
function reachable(start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    for (const next of GRAPH.get(file) ?? []) {
      if (!seen.has(next)) { seen.add(next); visit(next); }
    }
  };
  visit(start);
  return seen;
}

describe('the import graph of src', () => {
  test('every relative import names a file', () => {
    const missing = [...GRAPH].flatMap(([file, imports]) => imports.filter((i) => !GRAPH.has(i)).map((i) => `${file} → ${i}`));
    expect(missing).toEqual([]);
  });

  test('has no circle at run time', () => {
    const circles = [...GRAPH.keys()].filter((file) => reachable(file).has(file));
    expect(circles).toEqual([]);
  });

  test('the value checks every factory and rule imports don\'t reach the pipeline (prop-path derivation renders it)', () => {
    for (const leaf of ['private/api-limits.ts', 'private/problems.ts', 'private/email-rules.ts']) {
      expect([...reachable(leaf)].filter((f) => /prop-paths|render|resolve|compile/.test(f))).toEqual([]);
    }
  });

  test('the CLI doesn\'t reach the construct (it runs without aws-cdk-lib)', () => {
    const construct = [...reachable('cli/main.ts')].filter((f) => /^(user-pool|client|private\/(compile|render|resolve|rules))/.test(f));
    expect(construct).toEqual([]);
  });

  test('pure modules (src/private, outside resources/) import no construct and no resource module', () => {
    const SCOPE_HELPERS = new Set(['Stack', 'Aspects', 'Annotations', 'Validations', 'Tags']);
    const pure = [...GRAPH.keys()].filter((f) => f.startsWith(`private${path.sep}`) && !f.includes(`${path.sep}resources${path.sep}`));
    const found = pure.flatMap((file) => runtimeNames(file).flatMap(({ module, names }) => {
      if (module.startsWith('.')) {
        return module.includes('resources/') ? [`${file}: ${module}`] : [];
      }
      if (!module.startsWith('aws-cdk-lib')) { return []; }
      const exports: Record<string, unknown> = MODULES[module as keyof typeof MODULES] ?? {};
      if (!(module in MODULES)) { return [`${file}: ${module} (add it to MODULES to check it)`]; }
      return names.filter((name) => {
        const value = name === '*' ? undefined : exports[name];
        return name === '*' || SCOPE_HELPERS.has(name) || (typeof value === 'function' && (value as { prototype: unknown }).prototype instanceof Construct);
      }).map((name) => `${file}: ${name} from ${module}`);
    }));
    expect(found).toEqual([]);
  });
});
