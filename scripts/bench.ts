/**
 * `npm run bench [-- <pools> [<runs>]]`: builds the same rich user pool configuration <pools> times (default 50)
 * with this library and with aws-cdk-lib's UserPool, in two shapes:
 *
 * - per-pool: each pool builds its own trigger function and KMS key;
 * - shared: all the pools of a stack share one trigger function and one KMS key.
 *
 * Each run is its own Node process; the two sides alternate, <runs> runs a side and shape (default 7). Prints, for
 * each shape, the medians of each side, their ratio and the median of the paired ratios (each run of this library
 * against the aws-cdk-lib run next to it), then the raw numbers in run order; then the time and modules it takes to
 * load each module and build a first pool. See docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

const pools = Number(process.argv[2] ?? 50);
const runs = Number(process.argv[3] ?? 7);
if (!Number.isInteger(pools) || pools < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run bench -- [pools (default 50)] [runs per side and shape (default 7)]');
  process.exit(2);
}
const WORKER = path.join(__dirname, 'bench-worker.js');
const SIDES = ['secure', 'cdk'] as const;
const SHAPES = ['per-pool', 'shared'] as const;
type Side = typeof SIDES[number];
type Shape = typeof SHAPES[number];
type Sample = Record<string, number>;

/**
 * Installs the compiled library as users have it: lib/ and package.json in node_modules/cdk-secure-user-pool of a
 * temporary directory, beside links to this repository's aws-cdk-lib and constructs (the same files, so one copy
 * of each is loaded). Where the library sits matters: aws-cdk-lib records a stack trace with every resource and
 * annotation, and renders frames outside node_modules as the app's own code.
 */
function install(): string {
  const root = path.join(__dirname, '..');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-install-'));
  const modules = path.join(dir, 'node_modules');
  const library = path.join(modules, 'cdk-secure-user-pool');
  fs.mkdirSync(library, { recursive: true });
  for (const dep of ['aws-cdk-lib', 'constructs']) {
    fs.symlinkSync(path.join(root, 'node_modules', dep), path.join(modules, dep), 'junction');
  }
  fs.copyFileSync(path.join(root, 'package.json'), path.join(library, 'package.json'));
  fs.cpSync(path.join(root, 'lib'), path.join(library, 'lib'), { recursive: true });
  return dir;
}
const installed = install();
process.on('exit', () => fs.rmSync(installed, { recursive: true, force: true }));
const env = { ...process.env, BENCH_LIB: path.join(installed, 'node_modules', 'cdk-secure-user-pool') };

function run(args: string[]): Sample {
  const start = performance.now();
  const result = spawnSync(process.execPath, [WORKER, ...args], { encoding: 'utf-8', env });
  const wallMs = performance.now() - start;
  if (result.status !== 0) {
    console.error(result.stderr);
    throw new Error(`benchmark worker ${args.join(' ')} failed with exit code ${result.status}`);
  }
  return { ...JSON.parse(result.stdout.trim().split('\n').pop()!), wallMs };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const samples: Record<Shape, Record<Side, Sample[]>> = { 'per-pool': { secure: [], cdk: [] }, 'shared': { secure: [], cdk: [] } };
const loads: Record<Side, Sample[]> = { secure: [], cdk: [] };
const started = performance.now();
for (let i = 0; i < runs; i++) {
  // Alternate which side goes first, so drift on the machine hits both alike.
  const order = (first: number): Side[] => (first % 2 === 0 ? ['secure', 'cdk'] : ['cdk', 'secure']);
  SHAPES.forEach((shape, j) => {
    for (const side of order(i + j)) { samples[shape][side].push(run([side, String(pools), shape])); }
  });
  for (const side of order(i)) { loads[side].push(run([`require-${side}`])); }
}

type Metric = [name: string, unit: string, pick: (s: Sample) => number];
const pad = (text: string, width: number) => text.padStart(width);
const fmt = (value: number, unit: string) => `${value.toFixed(0)}${unit ? ` ${unit}` : ''}`;

function table(title: string, rows: Record<Side, Sample[]>, metrics: Metric[]): void {
  console.log(title);
  console.log(`${'metric'.padEnd(24)}${pad('this library', 14)}${pad('aws-cdk-lib', 14)}${pad('ratio', 8)}${pad('paired', 8)}`);
  for (const [name, unit, pick] of metrics) {
    const ours = rows.secure.map(pick);
    const theirs = rows.cdk.map(pick);
    const paired = median(ours.map((v, k) => v / theirs[k]));
    console.log(`${name.padEnd(24)}${pad(fmt(median(ours), unit), 14)}${pad(fmt(median(theirs), unit), 14)}`
      + `${pad((median(ours) / median(theirs)).toFixed(2), 8)}${pad(paired.toFixed(2), 8)}`);
  }
  console.log('raw, in run order (this library | aws-cdk-lib):');
  for (const [name, , pick] of metrics) {
    const list = (side: Side) => rows[side].map((s) => pick(s).toFixed(0)).join(' ');
    console.log(`  ${name.padEnd(24)}${list('secure')} | ${list('cdk')}`);
  }
  console.log();
}

const cdkVersion = (JSON.parse(fs.readFileSync(path.join(installed, 'node_modules', 'aws-cdk-lib', 'package.json'), 'utf-8')) as { version: string }).version;
console.log(`cdk-secure-user-pool vs aws-cdk-lib ${cdkVersion} UserPool: ${pools} pools, ${runs} runs a side and shape, `
  + `Node ${process.version}, ${os.cpus().length} cores, ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log('ratio: this library\'s median / aws-cdk-lib\'s; paired: median of the run-by-run ratios\n');
const buildMetrics: Metric[] = [
  ['wall time (process)', 'ms', (s) => s.wallMs],
  ['require (in process)', 'ms', (s) => s.loadMs],
  ['construct', 'ms', (s) => s.constructMs],
  ['require, App, construct', 'ms', (s) => s.untilSynthMs],
  ['synth', 'ms', (s) => s.synthMs],
  ['resources', '', (s) => s.resources],
  ['peak memory (RSS)', 'MB', (s) => s.peakRssMb],
];
table('shape per-pool: each pool builds its own trigger function and KMS key (20 pools a stack)', samples['per-pool'], buildMetrics);
table('shape shared: the pools of a stack share one trigger function and one KMS key (60 pools a stack)', samples.shared, buildMetrics);
table('loading: require(\'cdk-secure-user-pool\') against require(\'aws-cdk-lib/aws-cognito\'), fresh process each', loads, [
  ['require()', 'ms', (s) => s.requireMs],
  ['require() + 1st pool', 'ms', (s) => s.firstPoolMs],
  ['modules after require', '', (s) => s.requireModules],
  ['modules after 1st pool', '', (s) => s.firstPoolModules],
]);
console.log('aws-cdk-lib defers loading its modules to first use, so "+ 1st pool" adds constructing one default pool;');
console.log('"require (in process)" is loading aws-cdk-lib, aws-lambda, aws-kms and the pool module in a build run;');
console.log('"require, App, construct" runs from there to the last pool constructed: aws-cdk-lib loads much of its core');
console.log('when the App is created, which this library\'s require has loaded already.');
