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

interface RuntimeImport {
  /** As written: a package (`aws-cdk-lib/aws-iam`) or a path relative to the file. */
  readonly module: string;
  /** The file it names, relative to src, for a relative path. */
  readonly file?: string;
  /** The names taken (`*` for a whole module: a namespace, `import x = require()`, `require()`, `export *`). */
  readonly names: readonly string[];
}

/**
 * What a file loads at run time: imports and re-exports (type-only ones and type-only names left out),
 * `import x = require(...)`, and `require(...)` calls anywhere in it.
 */
function runtimeImportsOf(file: string): RuntimeImport[] {
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(SRC, file), 'utf-8'), ts.ScriptTarget.Latest, true);
  const found: RuntimeImport[] = [];
  const add = (module: string, names: readonly string[]) => {
    const target = module.startsWith('.') ? path.normalize(path.join(path.dirname(file), module)) : undefined;
    const resolved = target && (GRAPH_FILES.has(`${target}.ts`) ? `${target}.ts` : path.join(target, 'index.ts'));
    found.push({ module, file: resolved, names });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      if (!clause) {
        add(node.moduleSpecifier.text, ['*']);
      } else if (!clause.isTypeOnly) {
        const names = named && ts.isNamedImports(named)
          ? named.elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName ?? e.name).text)
          : ['*'];
        if (names.length > 0 || clause.name) { add(node.moduleSpecifier.text, names.length > 0 ? names : ['default']); }
      }
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      const clause = node.exportClause;
      const names = clause && ts.isNamedExports(clause) ? clause.elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName ?? e.name).text) : ['*'];
      if (names.length > 0) { add(node.moduleSpecifier.text, names); }
    } else if (ts.isImportEqualsDeclaration(node) && !node.isTypeOnly && ts.isExternalModuleReference(node.moduleReference)
      && ts.isStringLiteral(node.moduleReference.expression)) {
      add(node.moduleReference.expression.text, ['*']);
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require'
      && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      add(node.arguments[0].text, ['*']);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const GRAPH_FILES = new Set(files());
const IMPORTS = new Map([...GRAPH_FILES].map((file) => [file, runtimeImportsOf(file)]));

/** The files reachable from `start` at run time. */
function reachable(start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    for (const { file: next } of IMPORTS.get(file) ?? []) {
      if (next && !seen.has(next)) { seen.add(next); visit(next); }
    }
  };
  visit(start);
  return seen;
}

const sep = path.sep;
/** The modules that create constructs, or load those that do. */
const isResourceSide = (file: string) => file.startsWith(`private${sep}resources${sep}`) || file === `private${sep}modules-on-demand.ts`;
/** The entry point re-exports the pipeline and the resource modules both. */
const ENTRY = `private${sep}index.ts`;
/** This library's constructs. */
const CONSTRUCTS = new Set(['user-pool.ts', 'user-pool-base.ts', 'client.ts', 'domain.ts', 'user-pool-trigger.ts', 'user-pool-migration.ts', 'regional-configuration.ts']);

describe('the import graph of src', () => {
  test('every relative import names a file', () => {
    const missing = [...IMPORTS].flatMap(([file, imports]) => imports.filter((i) => i.file && !GRAPH_FILES.has(i.file)).map((i) => `${file} → ${i.module}`));
    expect(missing).toEqual([]);
  });

  test('has no circle at run time', () => {
    const circles = [...GRAPH_FILES].filter((file) => reachable(file).has(file));
    expect(circles).toEqual([]);
  });

  test('src/checks is a leaf layer: it loads nothing of this library outside src/checks', () => {
    const checks = [...GRAPH_FILES].filter((f) => f.startsWith(`checks${sep}`));
    const outside = checks.flatMap((file) => IMPORTS.get(file)!.filter((i) => i.file && !i.file.startsWith(`checks${sep}`)).map((i) => `${file} → ${i.module}`));
    expect(checks.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });

  test('public modules load src/private only through its entry point (src/private/index.ts), and value classes not at all', () => {
    const publicFiles = [...GRAPH_FILES].filter((f) => !f.includes(sep));
    const arrows = publicFiles.flatMap((file) => IMPORTS.get(file)!.filter((i) => i.file?.startsWith(`private${sep}`)).map((i) => ({ file, target: i.file! })));
    expect(arrows.filter(({ target }) => target !== `private${sep}index.ts`).map(({ file, target }) => `${file} → ${target}`)).toEqual([]);
    // Only the constructs compile; the value classes and types (email, attributes, operations, enums) are below the pipeline.
    expect([...new Set(arrows.map(({ file }) => file))].sort()).toEqual([...CONSTRUCTS].sort());
  });

  test('the CLI loads nothing but Node\'s own modules and its own files (it runs without aws-cdk-lib)', () => {
    const cliFiles = [`cli${sep}main.ts`, ...reachable(`cli${sep}main.ts`)];
    const outside = cliFiles.flatMap((file) => IMPORTS.get(file)!.filter((i) => !i.file && !i.module.startsWith('node:')).map((i) => `${file}: ${i.module}`));
    expect(outside).toEqual([]);
  });

  test('pure modules (src/private, but resources/ and the loader) load no construct, scope helper or resource module', () => {
    const SCOPE_HELPERS = new Set(['Stack', 'Aspects', 'Annotations', 'Validations', 'Tags']);
    const pure = [...GRAPH_FILES].filter((f) => f.startsWith(`private${sep}`) && !isResourceSide(f) && f !== ENTRY);
    const found = pure.flatMap((file) => IMPORTS.get(file)!.flatMap(({ module, file: target, names }) => {
      if (target) {
        const bad = isResourceSide(target) || CONSTRUCTS.has(target) || target === ENTRY;
        return bad ? [`${file}: ${module}`] : [];
      }
      if (!module.startsWith('aws-cdk-lib')) { return []; }
      if (!(module in MODULES)) { return [`${file}: ${module} (add it to MODULES to check it)`]; }
      const exports = MODULES[module as keyof typeof MODULES] as Record<string, unknown>;
      return names.filter((name) => {
        const value = exports[name];
        return name === '*' || SCOPE_HELPERS.has(name) || (typeof value === 'function' && (value as { prototype: unknown }).prototype instanceof Construct);
      }).map((name) => `${file}: ${name} from ${module}`);
    }));
    expect(found).toEqual([]);
  });
});
