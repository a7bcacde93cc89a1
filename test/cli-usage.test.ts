/** Both commands: usage, and input errors that exit 2 with one clear message. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, pool, synth, WORK } from './cli-util';

test('--help prints the usage', () => {
  const result = cli('--help');
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/cdk-secure-user-pool check --baseline/);
});

describe('input and usage errors exit 2 with one clear message', () => {
  const good = synth(pool());
  const write = (name: string, text: string) => {
    const file = path.join(WORK, name);
    fs.writeFileSync(file, text);
    return file;
  };

  test.each<[string, () => string[], RegExp]>([
    ['an empty file', () => ['check', '--baseline', write('empty.json', ''), '--current', good], /empty\.json is empty, expected a CloudFormation template/],
    ['JSON that is not a template', () => ['check', '--baseline', write('list.json', '[1, 2]'), '--current', good], /list\.json is not a CloudFormation template/],
    ['JSON with other keys', () => ['report', write('package.json', '{"name": "x", "version": "1.0.0"}')], /package\.json is not a CloudFormation template \(unexpected name, version\)/],
    ['invalid JSON', () => ['report', write('broken.json', '{"Resources": ')], /broken\.json is not JSON/],
    ['a --current file that is not a template', () => ['check', '--baseline', good, '--current', write('tsconfig.json', '{"compilerOptions": {}}')],
      /tsconfig\.json is not a CloudFormation template \(unexpected compilerOptions\)/],
    ['a YAML template', () => ['check', '--baseline', write('Auth.template.yaml', 'Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n'), '--current', good],
      /Auth\.template\.yaml is not JSON \(only JSON templates are read, not YAML\)/],
    ['get-template output of a YAML-authored stack', () => ['check', '--baseline', write('yaml-stack.json', JSON.stringify('Resources:\n  Pool: {}\n')), '--current', good],
      /yaml-stack\.json holds a JSON string, not a template: .*only JSON templates are read/],
    ['a missing path', () => ['check', '--baseline', path.join(WORK, 'nope'), '--current', good], /nope does not exist/],
    ['a directory that is no cloud assembly', () => ['report', fs.mkdtempSync(path.join(WORK, 'empty-'))], /is not a cloud assembly/],
    ['no command', () => [], /no command given[\s\S]*usage:/],
    ['an unknown command', () => ['deploy'], /unknown command deploy/],
    ['a missing --current', () => ['check', '--baseline', good], /check needs --baseline and --current/],
    ['an unknown flag', () => ['check', '--baseline', good, '--current', good, '--force'], /unknown argument --force/],
    ['--stack without a value', () => ['check', '--baseline', good, '--current', good, '--stack'], /--stack needs a value/],
    ['an unknown --format', () => ['report', good, '--format', 'xml'], /--format takes text, json, sarif, not xml/],
    ['--format without a value', () => ['report', good, '--format'], /--format takes text, json, sarif\n/],
    ['a check flag given to report', () => ['report', good, '--strict'], /unknown argument --strict/],
    ['a report flag given to check', () => ['check', '--baseline', good, '--current', good, '--no-fail'], /unknown argument --no-fail/],
    ['report with two paths', () => ['report', good, good], /report takes one path/],
  ])('%s', (_name, args, message) => {
    const result = cli(...args());
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stdout).toBe('');
  });
});
