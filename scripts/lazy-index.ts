/**
 * Rewrites `lib/index.js` after jsii has compiled it, so that `require('cdk-secure-user-pool')` loads a public
 * module only when one of its exports is first used, as aws-cdk-lib's own index does (docs/performance.md, "Loading").
 * `lib/index.d.ts` and `.jsii` stay jsii's: the types and the assembly are unchanged, only when modules load.
 *
 * Each export is written in the one form Node's cjs-module-lexer recognizes as a named export
 * (`Object.defineProperty(exports, "X", { enumerable: true, get: function () { return m.X; } })`), so
 * `import { UserPool } from 'cdk-secure-user-pool'` keeps working from ES modules (test/cli-install.test.ts).
 * `m` is a proxy that requires its module, by a literal path, on first property access.
 *
 *   ts-node --project scripts/tsconfig.json --transpile-only scripts/lazy-index.ts   (part of the compile task)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..');

/** The modules `src/index.ts` re-exports, in order. Anything else in the index is an error: this script would drop it. */
export function reexportedModules(indexSource: string): string[] {
  const lines = indexSource.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('//'));
  return lines.map((line) => {
    const match = /^export \* from '\.\/([\w-]+)';$/.exec(line);
    if (!match) { throw new Error(`src/index.ts: only "export * from './module';" lines are supported, got: ${line}`); }
    return match[1];
  });
}

/** The lazy index for modules and their export names. Two modules exporting one name is an error, as in TypeScript. */
export function lazyIndex(modules: ReadonlyArray<{ module: string; names: string[] }>): string {
  const owner = new Map<string, string>();
  const out = [
    '"use strict";',
    '// Written by scripts/lazy-index.ts after jsii: each export loads its module on first use (docs/performance.md).',
    'Object.defineProperty(exports, "__esModule", { value: true });',
    'function lazy(load) { let loaded; return new Proxy({}, { get: (_target, name) => (loaded ??= load())[name] }); }',
  ];
  for (const { module, names } of modules) {
    const local = `m_${module.replace(/-/g, '_')}`;
    out.push(`const ${local} = lazy(() => require("./${module}"));`);
    for (const name of names) {
      const other = owner.get(name);
      if (other) { throw new Error(`${name} is exported by both ./${other} and ./${module}`); }
      owner.set(name, module);
      out.push(`Object.defineProperty(exports, "${name}", { enumerable: true, get: function () { return ${local}.${name}; } });`);
    }
  }
  return out.join('\n') + '\n';
}

if (require.main === module) {
  const modules = reexportedModules(fs.readFileSync(path.join(root, 'src', 'index.ts'), 'utf8')).map((module) => ({
    module,
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    names: Object.keys(require(path.join(root, 'lib', `${module}.js`))).filter((name) => name !== '__esModule' && name !== 'default'),
  }));
  fs.writeFileSync(path.join(root, 'lib', 'index.js'), lazyIndex(modules));
}
