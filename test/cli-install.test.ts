/**
 * The package as a user's project gets it: `npm pack`, a project that depends on the tarball, `npm ci`,
 * and the `cdk-secure-user-pool` bin in node_modules/.bin. Peer dependencies are left out (--legacy-peer-deps)
 * to keep the test offline and fast, which also shows the CLI needs nothing but Node.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..');

test('npm ci of a project that depends on the package installs the cdk-secure-user-pool bin', () => {
  expect(fs.existsSync(path.join(ROOT, 'lib', 'cli', 'main.js'))).toBe(true);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-secure-user-pool-install-'));
  try {
    const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: ROOT, encoding: 'utf-8' }).trim().split('\n').pop()!;
    const project = path.join(work, 'consumer');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({
      name: 'consumer', version: '1.0.0', private: true, dependencies: { 'cdk-secure-user-pool': `file:../${tarball}` },
    }));
    const npm = (...args: string[]) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--legacy-peer-deps'], { cwd: project, encoding: 'utf-8' });
    npm('install');
    fs.rmSync(path.join(project, 'node_modules'), { recursive: true });
    npm('ci');
    const bin = path.join(project, 'node_modules', '.bin', 'cdk-secure-user-pool');
    expect(fs.existsSync(bin)).toBe(true);
    const help = spawnSync(bin, ['--help'], { encoding: 'utf-8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/cdk-secure-user-pool check --baseline/);
    const missing = spawnSync(bin, ['report', path.join(work, 'missing')], { encoding: 'utf-8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/missing does not exist/);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}, 120_000);
