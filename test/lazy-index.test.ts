/**
 * The package's index loads its modules on first use (scripts/lazy-index.ts, run by the compile task after jsii).
 * These tests read the compiled lib/, which `npm test` compiles before jest runs.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lazyIndex, reexportedModules } from '../scripts/lazy-index';

const ROOT = path.join(__dirname, '..');

/** Runs a script in a fresh Node process from the repository (so aws-cdk-lib resolves) and parses what it prints. */
function inFreshNode(script: string, type: 'commonjs' | 'module' = 'commonjs'): any {
  return JSON.parse(execFileSync(process.execPath, ['--input-type', type, '-e', script], { cwd: ROOT, encoding: 'utf-8' }));
}

const LOADED_OF_OURS = `Object.keys(require.cache).filter((f) => f.startsWith(${JSON.stringify(path.join(ROOT, 'lib') + path.sep)}))`
  + `.map((f) => f.slice(${path.join(ROOT, 'lib').length + 1})).sort()`;

describe('the generator', () => {
  test('reads only "export * from" lines, and refuses anything else rather than dropping it', () => {
    expect(reexportedModules("export * from './a';\n// note\nexport * from './b-c';\n")).toEqual(['a', 'b-c']);
    expect(() => reexportedModules("export * from './a';\nexport { X } from './b';\n"))
      .toThrow(/only "export \* from '.\/module';" lines are supported, got: export \{ X \} from '.\/b';/);
  });

  test('refuses a name exported by two modules', () => {
    expect(() => lazyIndex([{ module: 'a', names: ['X'] }, { module: 'b', names: ['X'] }])).toThrow('X is exported by both ./a and ./b');
  });
});

describe('lib/index.js', () => {
  test('is the lazy index', () => {
    expect(fs.readFileSync(path.join(ROOT, 'lib', 'index.js'), 'utf-8')).toMatch(/^\/\/ Written by scripts\/lazy-index.ts/m);
  });

  test('exports every type of the jsii assembly, and nothing else', () => {
    const assembly = JSON.parse(fs.readFileSync(path.join(ROOT, '.jsii'), 'utf-8'));
    const types = Object.keys(assembly.types).map((fqn) => fqn.slice(assembly.name.length + 1));
    // Interfaces (and structs) have no value at run time; everything else does.
    const values = types.filter((t) => assembly.types[`${assembly.name}.${t}`].kind !== 'interface').sort();
    const exported: string[] = inFreshNode('console.log(JSON.stringify(Object.keys(require("./lib")).sort()))');
    expect(exported).toEqual(values);
    expect(values).toEqual(expect.arrayContaining(['UserPool', 'UserPoolClient', 'Mfa', 'BrandingAsset']));
  });

  test('require() loads no module of the library but the index; a default pool loads none of the modules it does not use', () => {
    const loaded = inFreshNode(`
      const lib = require('./lib');
      const afterRequire = ${LOADED_OF_OURS};
      const { App, Stack } = require('aws-cdk-lib');
      new lib.UserPool(new Stack(new App(), 'S', { env: { account: '123456789012', region: 'us-east-1' } }), 'Pool');
      console.log(JSON.stringify({ afterRequire, afterPool: ${LOADED_OF_OURS} }));`);
    expect(loaded.afterRequire).toEqual(['index.js']);
    expect(loaded.afterPool).toEqual(expect.arrayContaining(['user-pool.js', 'private/compile.js']));
    // What a default pool doesn't use: app clients, domains, triggers on imported pools, migration, replicas' Regions.
    for (const module of ['client.js', 'domain.js', 'user-pool-trigger.js', 'user-pool-migration.js', 'regional-configuration.js',
      'private/resources/imported-trigger.js', 'private/resources/handlers.js', 'private/migration.js', 'private/resources/regional-configuration.js']) {
      expect(loaded.afterPool).not.toContain(module);
    }
    expect(loaded.afterPool).not.toContain('cli/main.js');
  });

  test('named imports work from ES modules (Node detects the exports statically) and give the same classes', () => {
    const result = inFreshNode(`
      import { UserPool, Mfa } from ${JSON.stringify(path.join(ROOT, 'lib', 'index.js'))};
      import { createRequire } from 'node:module';
      const cjs = createRequire(${JSON.stringify(path.join(ROOT, 'package.json'))})('./lib');
      console.log(JSON.stringify({ same: UserPool === cjs.UserPool, mfa: Mfa.REQUIRED }));`, 'module');
    expect(result).toEqual({ same: true, mfa: 'ON' });
  });
});
