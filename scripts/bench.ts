/**
 * `npm run bench [-- <pools> [<runs>]]`: builds the same rich user pool configuration <pools> times (default 50)
 * with this library and with aws-cdk-lib's UserPool, each run in its own Node process, alternating sides, <runs>
 * runs a side (default 5). Prints the median wall time, construct time, synth time, resource count and peak memory
 * of each side and their ratio, then the time to load each module. See docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

const pools = Number(process.argv[2] ?? 50);
const runs = Number(process.argv[3] ?? 5);
if (!Number.isInteger(pools) || pools < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run bench -- [pools (default 50)] [runs per side (default 5)]');
  process.exit(2);
}
const WORKER = path.join(__dirname, 'bench-worker.js');
type Side = 'secure' | 'cdk';
type Sample = Record<string, number>;

function run(args: string[]): Sample {
  const start = performance.now();
  const result = spawnSync(process.execPath, [WORKER, ...args], { encoding: 'utf-8' });
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

const samples: Record<Side, Sample[]> = { secure: [], cdk: [] };
const loads: Record<Side, Sample[]> = { secure: [], cdk: [] };
for (let i = 0; i < runs; i++) {
  // Alternate which side goes first, so drift on the machine hits both alike.
  const order: Side[] = i % 2 === 0 ? ['secure', 'cdk'] : ['cdk', 'secure'];
  for (const side of order) {
    samples[side].push(run([side, String(pools)]));
    loads[side].push(run([`require-${side}`]));
  }
}

const metrics: Array<[string, string, (s: Sample[]) => number, number]> = [
  ['wall time (process)', 'ms', (s) => median(s.map((x) => x.wallMs)), 0],
  ['construct', 'ms', (s) => median(s.map((x) => x.constructMs)), 0],
  ['synth', 'ms', (s) => median(s.map((x) => x.synthMs)), 0],
  ['resources', '', (s) => median(s.map((x) => x.resources)), 0],
  ['peak memory (RSS)', 'MB', (s) => median(s.map((x) => x.peakRssMb)), 0],
];
const pad = (text: string, width: number) => text.padStart(width);
console.log(`cdk-secure-user-pool vs aws-cdk-lib UserPool: ${pools} pools, median of ${runs} runs a side, Node ${process.version}`);
console.log(`${'metric'.padEnd(22)}${pad('this library', 16)}${pad('aws-cdk-lib', 16)}${pad('ratio', 9)}`);
for (const [name, unit, pick, digits] of metrics) {
  const ours = pick(samples.secure);
  const theirs = pick(samples.cdk);
  console.log(`${name.padEnd(22)}${pad(`${ours.toFixed(digits)} ${unit}`, 16)}${pad(`${theirs.toFixed(digits)} ${unit}`, 16)}${pad((ours / theirs).toFixed(2), 9)}`);
}
for (const [name, key] of [['require()', 'requireMs'], ['require() + 1st pool', 'firstPoolMs']]) {
  const ours = median(loads.secure.map((s) => s[key]));
  const theirs = median(loads.cdk.map((s) => s[key]));
  console.log(`${name.padEnd(22)}${pad(`${ours.toFixed(0)} ms`, 16)}${pad(`${theirs.toFixed(0)} ms`, 16)}${pad((ours / theirs).toFixed(2), 9)}`);
}
console.log('require(): require(\'cdk-secure-user-pool\') against require(\'aws-cdk-lib/aws-cognito\'), each in a fresh process;');
console.log('aws-cdk-lib defers loading its modules to first use, so "+ 1st pool" adds constructing one pool.');
