/** `report`: the posture of each pool and app client, as text, JSON and SARIF, and its exit codes. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Duration } from 'aws-cdk-lib';
import * as cdkCognito from 'aws-cdk-lib/aws-cognito';
import { UserPool, UserPoolClient, UserPoolLogDestination } from '../src';
import { cli, pool, synth, WORK } from './cli-util';

describe('report', () => {
  test('shows each setting with a verdict, for this library\'s and aws-cdk-lib\'s pools', () => {
    const out = synth((stack) => {
      new UserPool(stack, 'Secure');
      new cdkCognito.UserPool(stack, 'Legacy');
    });
    const result = cli('report', out);
    expect(result.status).toBe(1);
    const [secure, legacy] = result.stdout.split(/\n\n/);
    expect(secure).toMatch(/^Auth\/Secure\w+ \(Auth\/Secure\) \[cdk-secure-user-pool\]/);
    expect(secure).toMatch(/PASS\s+password policy\s+min 14, lower\+upper\+digits\+symbols, temporary 3d, history 5 \(default\)\s+cdk-nag COG1 pass, Security Hub Cognito.3 pass, Prowler cognito_user_pool_password_policy_minimum_length_14 pass/);
    expect(secure).toMatch(/PASS\s+compromised credentials\s+BLOCK on SIGN_IN, PASSWORD_CHANGE, SIGN_UP \(default\)\s+Prowler cognito_user_pool_blocks_compromised_credentials_sign_in_attempts/);
    expect(secure).toMatch(/PASS\s+account takeover\s+low BLOCK, medium BLOCK, high BLOCK \(default\)\s+Prowler cognito_user_pool_blocks_potential_malicious_sign_in_attempts/);
    expect(secure).toMatch(/PASS\s+MFA\s+ON \(SOFTWARE_TOKEN_MFA\) \(default\)\s+cdk-nag COG2 needs ON, Security Hub Cognito.5, Prowler cognito_user_pool_mfa_enabled/);
    expect(secure).toMatch(/settings that took cdk-secure-user-pool defaults: .*signInAliases/);
    expect(secure).toMatch(/no failed checks/);
    expect(legacy).toMatch(/FAIL\s+password policy\s+not set \(Cognito: 8, all classes, 7 days\)\s+cdk-nag COG1/);
    expect(legacy).toMatch(/FAIL\s+feature plan/);
    expect(legacy).toMatch(/FAIL\s+deletion protection\s+INACTIVE/);
    expect(legacy).toMatch(/FAIL\s+compromised credentials\s+no risk configuration/);
    expect(legacy).toMatch(/8 failed check\(s\)/);
  });

  test('lists each app client with its verdicts: this library\'s client passes, aws-cdk-lib\'s default client fails', () => {
    const out = synth((stack) => {
      const users = new UserPool(stack, 'Pool');
      users.addClient('Web', { oAuth: { callbackUrls: ['https://app.example.com/callback'] } });
      new cdkCognito.UserPoolClient(stack, 'Legacy', { userPool: users });
    });
    const result = cli('report', out);
    expect(result.status).toBe(1);
    const [web, legacy] = result.stdout.split(/ {2}app client /).slice(1);
    expect(web).toMatch(/^PoolWeb\w+/);
    expect(web).toMatch(/PASS\s+implicit grant\s+false\s+RFC 9700 §2.1.2/);
    expect(web).toMatch(/PASS\s+user-existence errors\s+ENABLED\s+Prowler cognito_user_pool_client_prevent_user_existence_errors/);
    expect(web).toMatch(/PASS\s+token lifetimes\s+access 15 min, ID 15 min, refresh 720 min/);
    expect(legacy).toMatch(/FAIL\s+implicit grant\s+true/);
    expect(legacy).toMatch(/WARN\s+admin scope\s+true/);
    expect(legacy).toMatch(/FAIL\s+user-existence errors\s+LEGACY \(not set\)/);
    expect(legacy).toMatch(/WARN\s+writable custom attributes\s+all, including custom attributes/);
    expect(result.stdout).toMatch(/2 failed check\(s\)/);
  });

  test('session tracking and a browser client\'s SSO session: a pool that tracks passes, one that doesn\'t is a warning', () => {
    const out = synth((stack) => {
      const users = new UserPool(stack, 'Pool', { sessions: { maxPerUser: 5 } });
      users.addClient('Web', { oAuth: { callbackUrls: ['https://app.example.com/callback'] } });
      new UserPoolClient(stack, 'Long', { userPool: users, oAuth: { callbackUrls: ['https://app.example.com/callback'] }, ssoSessionValidity: Duration.days(1) });
      new cdkCognito.UserPool(stack, 'Legacy');
    });
    const result = cli('report', out);
    expect(result.stdout).toMatch(/PASS\s+session tracking\s+on, at most 5 token sessions per user/);
    expect(result.stdout).toMatch(/WARN\s+session tracking\s+off/);
    const [web, long] = result.stdout.split(/ {2}app client /).slice(1);
    expect(web).toMatch(/PASS\s+SSO session\s+60 min\s/);
    expect(long).toMatch(/WARN\s+SSO session\s+1440 min\s+NIST SP 800-63B AAL2/);
  });

  test('a machine client passes only with no user sign-in flow: this library\'s does, aws-cdk-lib\'s default fails', () => {
    const out = synth((stack) => {
      const users = new UserPool(stack, 'Pool');
      const api = users.addResourceServer('Api', { identifier: 'api', scopes: [new cdkCognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'read' })] });
      const scopes = [cdkCognito.OAuthScope.resourceServer(api, new cdkCognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'read' }))];
      users.addClient('Machine', { generateSecret: true, oAuth: { flows: { clientCredentials: true }, scopes } });
      new cdkCognito.UserPoolClient(stack, 'Legacy', { userPool: users, generateSecret: true, oAuth: { flows: { clientCredentials: true }, scopes } });
      new cdkCognito.UserPoolClient(stack, 'Srp', { userPool: users, generateSecret: true, authFlows: { userSrp: true }, oAuth: { flows: { clientCredentials: true }, scopes } });
    });
    const result = cli('report', out);
    const [machine, legacy, srp] = result.stdout.split(/ {2}app client /).slice(1);
    expect(machine).toMatch(/^PoolMachine\w+/);
    expect(machine).toMatch(/PASS\s+machine client user sign-in\s+none/);
    expect(legacy).toMatch(/FAIL\s+machine client user sign-in\s+not set \(SRP, custom\)/);
    expect(srp).toMatch(/FAIL\s+machine client user sign-in\s+ALLOW_USER_SRP_AUTH/);
    // A client without the client credentials grant has no such line.
    const web = synth((stack) => new UserPool(stack, 'Pool').addClient('Web'));
    expect(cli('report', web).stdout).not.toMatch(/machine client/);
  });

  test('names the SMS sender: none, Amazon SNS with its Region, or AWS End User Messaging SMS with its origination identity', () => {
    const out = synth((stack) => {
      new UserPool(stack, 'Plain');
      new UserPool(stack, 'Sns', { signInAliases: { phone: true }, snsRegion: 'us-east-1' });
      new UserPool(stack, 'Eums', { signInAliases: { phone: true }, endUserMessagingSms: { originationIdentity: '+12065550100' } });
    });
    const [plain, sns, eums] = cli('report', out).stdout.split(/\n\n/);
    expect(plain).toMatch(/INFO\s+SMS sender\s+none\s+Cognito recommends AWS End User Messaging SMS directly for new pools/);
    expect(sns).toMatch(/INFO\s+SMS sender\s+Amazon SNS in us-east-1\s/);
    expect(eums).toMatch(/INFO\s+SMS sender\s+AWS End User Messaging SMS from \+12065550100\s/);
  });

  test('reports log delivery and the WAF association; a pool without a web ACL gets the one warning the defaults leave', () => {
    const acl = 'arn:aws:wafv2:us-east-1:123456789012:regional/webacl/acl/a1b2c3d4';
    const out = synth((stack) => {
      new UserPool(stack, 'Plain');
      new UserPool(stack, 'Watched', { webAclArn: acl, logDelivery: { userAuthEvents: UserPoolLogDestination.firehose('arn:aws:firehose:us-east-1:123456789012:deliverystream/s') } });
    });
    const [plain, watched] = cli('report', out).stdout.split(/\n\n/);
    expect(plain).toMatch(/WARN\s+WAF web ACL\s+none \(default\)\s+Prowler cognito_user_pool_waf_acl_attached/);
    expect(plain).toMatch(/INFO\s+log delivery\s+none \(default\)/);
    expect(plain).toMatch(/no failed checks/);
    expect(watched).toMatch(/PASS\s+WAF web ACL\s+associated \(prop\)/);
    expect(watched).toMatch(/PASS\s+log delivery\s+userAuthEvents/);
  });
});

describe('report: exit codes for CI', () => {
  const raw = synth((stack) => { new cdkCognito.CfnUserPool(stack, 'Raw', { mfaConfiguration: 'ON' }); });

  test('a failed check exits 1, --no-fail exits 0; warnings alone pass', () => {
    expect(cli('report', raw).status).toBe(1);
    const noFail = cli('report', '--no-fail', raw);
    expect(noFail.status).toBe(0);
    expect(noFail.stdout).toMatch(/FAIL\s+password policy/);
    const passing = cli('report', synth(pool()));
    expect(passing.stdout).toMatch(/^\s+WARN\s+WAF web ACL/m);
    expect(passing.stdout).not.toMatch(/^\s+FAIL/m);
    expect(passing.status).toBe(0);
  });

  test('a failed app client check fails too', () => {
    const out = synth((stack) => { new cdkCognito.UserPoolClient(stack, 'Legacy', { userPool: new UserPool(stack, 'Pool') }); });
    const result = cli('report', out);
    expect(result.stdout).toMatch(/^\s+FAIL\s+implicit grant/m);
    expect(result.status).toBe(1);
  });
});

describe('report --format json', () => {
  const PACKAGE = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf-8')) as { version: string };
  const out = synth((stack) => {
    new cdkCognito.CfnUserPool(stack, 'Raw', {});
    new UserPool(stack, 'Pool').addClient('Web');
  });
  const doc = () => JSON.parse(cli('report', out, '--format', 'json', '--no-fail').stdout);

  test('schemaVersion 1; each pool with its checks, by stable id; a summary', () => {
    const result = cli('report', out, '--format', 'json');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ schemaVersion: 1, tool: 'cdk-secure-user-pool', toolVersion: PACKAGE.version });
    const [raw, secure] = report.pools;
    expect(raw).toMatchObject({ stack: 'Auth', logicalId: 'Raw', templateFile: path.join(out, 'Auth.template.json'), secureUserPool: false, clients: [] });
    expect(raw.constructPath).toBeUndefined();
    expect(raw.checks.find((c: { id: string }) => c.id === 'pool.passwordPolicy')).toEqual({
      id: 'pool.passwordPolicy',
      setting: 'password policy',
      value: 'not set (Cognito: 8, all classes, 7 days)',
      verdict: 'FAIL',
      rules: 'cdk-nag COG1 needs it present',
      props: ['passwordPolicy'],
    });
    expect(secure).toMatchObject({ constructPath: 'Auth/Pool', secureUserPool: true });
    const all = [...raw.checks, ...secure.checks, ...secure.clients.flatMap((c: { checks: unknown[] }) => c.checks)] as Array<{ verdict: string }>;
    const count = (verdict: string) => all.filter((c) => c.verdict === verdict).length;
    expect(report.summary).toEqual({ pass: count('PASS'), fail: count('FAIL'), warn: count('WARN'), info: count('INFO') });
    expect(report.summary.fail).toBeGreaterThan(0);
  });

  test('a library pool says where each setting came from; its clients are listed with theirs', () => {
    const [, secure] = doc().pools;
    expect(secure.checks.find((c: { id: string }) => c.id === 'pool.mfa')).toMatchObject({ verdict: 'PASS', props: ['mfa', 'mfaSecondFactor'], source: 'default' });
    expect(secure.defaults).toContain('passwordPolicy');
    expect(secure.clients).toEqual([{ logicalId: expect.stringMatching(/^PoolWeb/), checks: expect.arrayContaining([expect.objectContaining({ id: 'client.implicitGrant', verdict: 'PASS' })]) }]);
  });

  test('the check ids are stable, one per setting, and documented', () => {
    const [, secure] = doc().pools;
    const ids = [...secure.checks, ...secure.clients[0].checks].map((c: { id: string }) => c.id);
    const docs = fs.readFileSync(path.join(__dirname, '..', 'docs', 'immutability.md'), 'utf-8');
    expect(ids.filter((id) => !docs.includes(`| \`${id}\` |`))).toEqual([]);
    expect(ids).toEqual([
      'pool.signIn', 'pool.caseSensitiveUsernames', 'pool.selfSignUp', 'pool.passwordPolicy', 'pool.mfa', 'pool.featurePlan', 'pool.threatProtection',
      'pool.customAuthThreatProtection', 'pool.compromisedCredentials', 'pool.accountTakeover', 'pool.logDelivery', 'pool.wafWebAcl',
      'pool.sessionTracking', 'pool.replicas', 'pool.deletionProtection', 'pool.removalPolicy', 'pool.accountRecovery', 'pool.emailSender',
      'pool.smsSender', 'client.implicitGrant', 'client.adminScope', 'client.userExistenceErrors', 'client.tokenRevocation', 'client.passwordAuthFlows',
      'client.writableCustomAttributes', 'client.tokenLifetimes',
    ]);
    expect(docs).toContain('| `client.machineClientUserSignIn` |');
  });
});

describe('report --format sarif', () => {
  const PACKAGE = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf-8')) as { version: string };
  /** A template file with a parameter of the pool's name before the pool: the pool's line is its key under Resources. */
  const dir = fs.mkdtempSync(path.join(WORK, 'sarif-'));
  const file = path.join(dir, 'Auth.template.json');
  fs.writeFileSync(file, JSON.stringify({
    Parameters: { Raw: { Type: 'String' } },
    Resources: {
      Topic: { Type: 'AWS::SNS::Topic' },
      Raw: { Type: 'AWS::Cognito::UserPool', Properties: { MfaConfiguration: 'ON' } },
    },
  }, null, 2));
  const poolLine = fs.readFileSync(file, 'utf-8').split('\n').lastIndexOf('    "Raw": {') + 1;
  type Location = { physicalLocation: { artifactLocation: { uri: string }; region?: Record<string, number> }; logicalLocations: unknown[] };
  type Result = { ruleId: string; level: string; message: { text: string }; locations: Location[] };
  const sarifOf = (...args: string[]) => {
    const result = cli('report', ...args, '--format', 'sarif');
    return { status: result.status, sarif: JSON.parse(result.stdout) };
  };

  test('SARIF 2.1.0: one run, the tool with its rules, a result per failed and warned check', () => {
    const { status, sarif } = sarifOf(file);
    expect(status).toBe(1);
    expect(sarif).toMatchObject({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0' });
    expect(sarif.runs).toHaveLength(1);
    const { driver } = sarif.runs[0].tool;
    expect(driver).toMatchObject({ name: 'cdk-secure-user-pool', informationUri: 'https://github.com/cdk-secure-user-pool/cdk-secure-user-pool', version: PACKAGE.version });
    for (const rule of driver.rules) {
      expect([rule.shortDescription.text, rule.fullDescription.text, rule.help.text].every(Boolean)).toBe(true);
      expect(rule.helpUri).toBe('https://github.com/cdk-secure-user-pool/cdk-secure-user-pool/blob/main/docs/immutability.md#report-checks');
    }
    const results = sarif.runs[0].results as Result[];
    const ruleIds = driver.rules.map((rule: { id: string }) => rule.id);
    expect(results.map((r) => r.ruleId).filter((id) => !ruleIds.includes(id))).toEqual([]);
    const password = results.find((r) => r.ruleId === 'pool.passwordPolicy')!;
    expect(password).toMatchObject({ level: 'error', message: { text: 'Auth/Raw: password policy is not set (Cognito: 8, all classes, 7 days) (cdk-nag COG1 needs it present).' } });
    expect(password.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: pathToFileURL(file).href },
      region: { startLine: poolLine, startColumn: 5, endLine: poolLine, endColumn: 10 },
    });
    expect(password.locations[0].logicalLocations).toEqual([{ name: 'Raw', fullyQualifiedName: 'Auth/Raw', kind: 'resource' }]);
    expect(results.find((r) => r.ruleId === 'pool.removalPolicy')?.level).toBe('warning');
    expect(results.map((r) => r.ruleId)).not.toContain('pool.mfa');
    expect(results.map((r) => r.ruleId)).not.toContain('pool.signIn');
  });

  test('the uri is relative to the working directory, with forward slashes, for a template under it', () => {
    const cwd = process.cwd();
    process.chdir(WORK);
    try {
      const { status, sarif } = sarifOf(file, '--no-fail');
      expect(status).toBe(0);
      expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(`${path.basename(dir)}/Auth.template.json`);
    } finally {
      process.chdir(cwd);
    }
  });

  test('from a cloud assembly: the stack\'s template file, an app client at its own key', () => {
    const out = synth((stack) => { new cdkCognito.UserPoolClient(stack, 'Legacy', { userPool: new UserPool(stack, 'Pool') }); });
    const template = path.join(out, 'Auth.template.json');
    const results = sarifOf(out).sarif.runs[0].results as Result[];
    const implicit = results.find((r) => r.ruleId === 'client.implicitGrant')!;
    const lines = fs.readFileSync(template, 'utf-8').split('\n');
    const clientLine = lines.findIndex((line) => /^ {2}"Legacy\w+": \{$/.test(line)) + 1;
    expect(implicit.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: pathToFileURL(template).href },
      region: { startLine: clientLine },
    });
    expect(implicit.message.text).toMatch(/^Auth\/Pool\w+ \(Auth\/Pool\) app client Legacy\w+: implicit grant is true \(RFC 9700/);
  });
});
