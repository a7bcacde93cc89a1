/**
 * Shared by the CLI's tests (test/cli-*.test.ts): they run the commands in-process from src (so they can't test
 * stale compiled code) on cloud assemblies and templates synthesized here. test/cli-install.test.ts is the one
 * smoke test of the built and installed bin.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { UserPool, type UserPoolProps } from '../src';
import { run } from '../src/cli/main';

/** A directory of the test file's own, removed after its tests. */
export const WORK = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-secure-user-pool-cli-'));
afterAll(() => fs.rmSync(WORK, { recursive: true, force: true }));

export const env = { account: '123456789012', region: 'us-east-1' };
export type Build = (stack: Stack) => void;

let apps = 0;
/** Synthesizes an app built by `build` into a fresh cloud assembly directory and returns it. */
export function synthApp(build: (app: App) => void): string {
  const outdir = path.join(WORK, `app${apps++}`);
  const app = new App({ outdir });
  build(app);
  app.synth();
  return outdir;
}

/** An app of one stack, Auth, built by `build`; or of the named stacks, each built by its function. */
export function synth(build: Build | Record<string, Build>): string {
  const stacks = typeof build === 'function' ? { Auth: build } : build;
  return synthApp((app) => Object.entries(stacks).forEach(([id, buildStack]) => buildStack(new Stack(app, id, { env }))));
}

/** Adds a UserPool of these props under `id`. */
export const pool = (props?: UserPoolProps, id = 'Pool') => (scope: Construct) => { new UserPool(scope, id, props); };

/** Runs the CLI as `main` does, collecting its output lines as the bin would print them. */
export function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = run(args, (line) => stdout.push(line), (line) => stderr.push(line));
  const text = (lines: string[]) => lines.map((line) => `${line}\n`).join('');
  return { status, stdout: text(stdout), stderr: text(stderr) };
}

export const check = (baseline: string, current: string, ...extra: string[]) => cli('check', '--baseline', baseline, '--current', current, ...extra);

export const NO_CHANGE = '0 unsafe change(s), 0 acknowledged, 0 notice(s), 0 safe change(s)';

/** The output lines of one kind. */
export const linesOf = (kind: 'UNSAFE' | 'NOTICE' | 'SAFE', stdout: string) => stdout.split('\n').filter((line) => line.startsWith(`${kind} `));
export const unsafeLines = (stdout: string) => linesOf('UNSAFE', stdout);
export const notices = (stdout: string) => linesOf('NOTICE', stdout);
