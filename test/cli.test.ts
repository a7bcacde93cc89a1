/**
 * The CLI's commands, run in-process from src (so they can't test stale compiled code) on cloud assemblies and
 * templates synthesized here. test/cli-install.test.ts is the one smoke test of the built and installed bin.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, CfnResource, Duration, RemovalPolicy, Stack, Stage } from 'aws-cdk-lib';
import * as cdkCognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import {
  AccountTakeoverAction, CreationOnlyDefaults, FeaturePlan, Mfa, NumberAttribute, StandardThreatProtectionMode, StringAttribute, UserPool,
  UserPoolEmail, UserPoolLogDestination, type UserPoolProps,
} from '../src';
import { run } from '../src/cli/main';

const WORK = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-secure-user-pool-cli-'));

afterAll(() => fs.rmSync(WORK, { recursive: true, force: true }));

const env = { account: '123456789012', region: 'us-east-1' };
type Build = (stack: Stack) => void;
let apps = 0;
/** Synthesizes an app built by `build` into a fresh cloud assembly directory and returns it. */
function synthApp(build: (app: App) => void): string {
  const outdir = path.join(WORK, `app${apps++}`);
  const app = new App({ outdir });
  build(app);
  app.synth();
  return outdir;
}
/** An app of one stack, Auth, built by `build`; or of the named stacks, each built by its function. */
function synth(build: Build | Record<string, Build>): string {
  const stacks = typeof build === 'function' ? { Auth: build } : build;
  return synthApp((app) => Object.entries(stacks).forEach(([id, buildStack]) => buildStack(new Stack(app, id, { env }))));
}
const pool = (props?: UserPoolProps, id = 'Pool') => (stack: Construct) => { new UserPool(stack, id, props); };

/** Runs the CLI as `main` does, collecting its output lines as the bin would print them. */
function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = run(args, (line) => stdout.push(line), (line) => stderr.push(line));
  const text = (lines: string[]) => lines.map((line) => `${line}\n`).join('');
  return { status, stdout: text(stdout), stderr: text(stderr) };
}
const check = (baseline: string, current: string, ...extra: string[]) => cli('check', '--baseline', baseline, '--current', current, ...extra);
const NO_CHANGE = '0 unsafe change(s), 0 acknowledged, 0 notice(s), 0 safe change(s)';

describe('check: unsafe changes exit 1 with one line each', () => {
  test.each<[string, UserPoolProps, UserPoolProps, RegExp]>([
    ['sign-in identifiers', {}, { signInAliases: { phone: true } }, /UNSAFE Auth\/Pool\w+ \(Auth\/Pool\): signInAliases: \{ email: true \} → \{ phone: true \} \(UsernameAttributes \["email"\] → UsernameAttributes \["phone_number"\]\): Cognito refuses.*Way out: keep signInAliases: \{ email: true \}, .*migrate users/],
    ['case sensitivity', {}, { signInCaseSensitive: true }, /UNSAFE .*signInCaseSensitive: false → true \(UsernameConfiguration.CaseSensitive false → true\): .*Way out: keep signInCaseSensitive: false/],
    ['a new required attribute', {}, { standardAttributes: { givenName: { required: true } } }, /UNSAFE .*standardAttributes\.givenName\.required: false → true \(Schema given_name Required \(absent\) → true\): required attributes are fixed/],
    ['a removed custom attribute', { customAttributes: { tier: new StringAttribute() } }, {}, /UNSAFE .*customAttributes\.tier: new StringAttribute\(\{ mutable: true \}\) → removed \(Schema custom:tier removed\): Cognito can't remove/],
    ['a changed custom attribute', { customAttributes: { tier: new StringAttribute() } }, { customAttributes: { tier: new StringAttribute({ mutable: false }) } },
      /UNSAFE .*customAttributes\.tier: new StringAttribute\(\{ mutable: true \}\) → new StringAttribute\(\{ mutable: false \}\) \(Schema custom:tier Mutable true → false\): .*Way out: keep customAttributes\.tier: new StringAttribute\(\{ mutable: true \}\), or add a new attribute under another name/],
    ['a custom attribute\'s constraints', { customAttributes: { n: new NumberAttribute({ max: 5 }) } }, { customAttributes: { n: new NumberAttribute({ max: 9 }) } },
      /UNSAFE .*customAttributes\.n: new NumberAttribute\(\{ max: 5, mutable: true \}\) → new NumberAttribute\(\{ max: 9, mutable: true \}\) \(Schema custom:n NumberAttributeConstraints\.MaxValue 5 → 9\)/],
    ['MFA made required', { mfa: Mfa.OPTIONAL }, { mfa: Mfa.REQUIRED },
      /UNSAFE .*mfa: Mfa\.OPTIONAL → Mfa\.REQUIRED \(MfaConfiguration OPTIONAL → ON\): MFA can be made required only when the pool is created.*every existing user without MFA must set it up.*Way out: keep mfa: Mfa\.OPTIONAL/],
    ['deletion protection off', {}, { deletionProtection: false }, /UNSAFE .*deletionProtection: true → false \(DeletionProtection ACTIVE → INACTIVE\): .*Way out: keep deletionProtection: true/],
    ['removal policy to DESTROY', {}, { removalPolicy: RemovalPolicy.DESTROY }, /UNSAFE .*removalPolicy: RemovalPolicy\.RETAIN → RemovalPolicy\.DESTROY \(DeletionPolicy Retain → Delete\).*Way out: keep removalPolicy: RemovalPolicy\.RETAIN/],
  ])('%s', (_name, before, after, expected) => {
    const result = check(synth(pool(before)), synth(pool(after)));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(expected);
    expect(result.stdout).toMatch(/^[1-9]\d* unsafe change\(s\), 0 acknowledged, \d+ notice\(s\), \d+ safe change\(s\)$/m);
  });

  test('MFA made required stays unsafe, not a notice: CloudFormation refuses it', () => {
    const result = check(synth(pool({ mfa: Mfa.OPTIONAL })), synth(pool({ mfa: Mfa.REQUIRED })));
    expect(result.status).toBe(1);
    expect(result.stdout).not.toMatch(/^NOTICE/m);
  });

  test('a removed pool', () => {
    const result = check(synth(pool()), synth(() => undefined));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/UNSAFE Auth\/Pool\w+ \(Auth\/Pool\): pool: present → removed: .*orphans the deployed pool/);
  });

  test('a renamed construct: the logical id changes, explained by the construct paths', () => {
    const result = check(synth(pool({}, 'Pool')), synth(pool({}, 'Users')));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/UNSAFE .*logical id: Auth\/Pool\w+ → Auth\/Users\w+: .*construct Auth\/Pool → Auth\/Users.*creates a new, empty pool.*overrideLogicalId\('Pool\w+'\)/);
  });

  test('two renamed constructs: each new pool takes the place of one old pool only', () => {
    const result = check(synth((stack) => { pool({}, 'A')(stack); pool({}, 'B')(stack); }), synth((stack) => { pool({}, 'C')(stack); pool({}, 'D')(stack); }));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^UNSAFE .*logical id: Auth\/A\w+ → Auth\/C\w+: /m);
    expect(result.stdout).toMatch(/^UNSAFE .*logical id: Auth\/B\w+ → Auth\/D\w+: /m);
    expect(result.stdout).not.toMatch(/: new pool$/m);
  });

  test('a moved construct (into another scope)', () => {
    const result = check(synth(pool()), synth((stack) => pool()(new Construct(stack, 'Identity'))));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/UNSAFE .*logical id: Auth\/Pool\w+ → Auth\/IdentityPool\w+: .*construct Auth\/Pool → Auth\/Identity\/Pool/);
  });
});

describe('check: safe changes exit 0 and are listed', () => {
  test.each<[string, UserPoolProps, UserPoolProps, RegExp]>([
    ['an added custom attribute', {}, { customAttributes: { tier: new StringAttribute() } },
      /^SAFE .*customAttributes\.tier: \(absent\) → new StringAttribute\(\{ mutable: true \}\) \(Schema custom:tier added\)$/m],
    ['a new message template', {}, { userVerification: { emailSubject: 'Welcome!', emailBody: 'Code {####}' } },
      /^SAFE .*userVerification\.emailSubject: Verify your email address → Welcome! \(VerificationMessageTemplate\.EmailSubject\)$/m],
    ['a stricter password policy', { passwordPolicy: { minLength: 14 } }, { passwordPolicy: { minLength: 16 } },
      /^SAFE Auth\/Pool\w+ \(Auth\/Pool\): passwordPolicy\.minLength: 14 → 16 \(Policies\.PasswordPolicy\.MinimumLength\)$/m],
    ['MFA made optional', {}, { mfa: Mfa.OPTIONAL }, /^SAFE .*: mfa: Mfa\.REQUIRED → Mfa\.OPTIONAL \(MfaConfiguration ON → OPTIONAL\): users are no longer required to use MFA$/m],
    ['SES email', {}, { email: UserPoolEmail.withSES({ fromEmail: 'no-reply@example.com' }) }, /^SAFE .*: email: COGNITO_DEFAULT → DEVELOPER \(EmailConfiguration\.EmailSendingAccount\)$/m],
  ])('%s', (_name, before, after, expected) => {
    const result = check(synth(pool(before)), synth(pool(after)));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(expected);
    expect(result.stdout).not.toMatch(/ changed$/m);
    expect(result.stdout).toMatch(/^0 unsafe change\(s\), 0 acknowledged, 0 notice\(s\), [1-9]\d* safe change\(s\)$/m);
  });

  test('no change at all', () => {
    const result = check(synth(pool()), synth(pool()));
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(NO_CHANGE);
  });

  test('template files as well as cloud assemblies', () => {
    const before = path.join(synth(pool()), 'Auth.template.json');
    const after = path.join(synth(pool({ signInAliases: { phone: true } })), 'Auth.template.json');
    expect(check(before, after).status).toBe(1);
    expect(check(before, before).status).toBe(0);
  });
});

describe('check: migrating from aws-cdk-lib', () => {
  const legacy = synth((stack) => {
    new cdkCognito.UserPool(stack, 'Pool', { signInAliases: { email: true }, customAttributes: { tier: new cdkCognito.StringAttribute() } });
  });

  test('keeping the creation-only settings of the aws-cdk-lib pool, as written, passes', () => {
    const migrated = synth(pool({
      signInAliases: { email: true },
      creationOnlyDefaults: CreationOnlyDefaults.AWS_CDK_LIB,
      customAttributes: { tier: new StringAttribute() },
    }));
    const result = check(legacy, migrated);
    expect(result.stdout).not.toContain('UNSAFE');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^SAFE .*passwordPolicy\.minLength: \(absent\) → 14 \(Policies\.PasswordPolicy\.MinimumLength\)$/m);
  });

  test('the same settings written differently are reported: CloudFormation compares them as written', () => {
    const migrated = synth(pool({
      signInAliases: { email: true },
      signInCaseSensitive: true,
      mfa: Mfa.OFF,
      customAttributes: { tier: new StringAttribute({ mutable: false }) },
    }));
    const result = check(legacy, migrated);
    expect(result.status).toBe(1);
    const unsafe = result.stdout.split('\n').filter((line) => line.startsWith('UNSAFE'));
    expect(unsafe).toHaveLength(2);
    expect(unsafe[0]).toMatch(/signInCaseSensitive as written: \(absent\) → \{"CaseSensitive":true\} \(UsernameConfiguration\): .*Updates are not allowed for property - UsernameConfiguration.*creationOnlyDefaults: CreationOnlyDefaults.AWS_CDK_LIB/);
    expect(unsafe[1]).toMatch(/customAttributes\.tier as written: \{"AttributeDataType":"String","Name":"tier"\} → \{.*"Mutable":false.*\} \(Schema custom:tier\)/);
  });

  test('a standard attribute made mutable is a change, not a form: listed without Mutable, it is immutable', () => {
    const before = synth((stack) => { new cdkCognito.UserPool(stack, 'Pool', { standardAttributes: { fullname: { mutable: false } } }); });
    const after = synth(pool({ creationOnlyDefaults: CreationOnlyDefaults.AWS_CDK_LIB, standardAttributes: { fullname: { mutable: true } } }));
    const result = check(before, after);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^UNSAFE .*standardAttributes\.fullname\.mutable: false → true \(Schema name Mutable false → true\): Cognito can't modify an existing schema attribute/m);
    expect(result.stdout).not.toMatch(/as written/);
  });

  test('a schema entry that is not an object is passed over, not a crash', () => {
    const file = path.join(WORK, 'odd-schema.json');
    fs.writeFileSync(file, JSON.stringify({ Resources: { Pool: { Type: 'AWS::Cognito::UserPool', Properties: { Schema: [null, 'x'] } } } }));
    const result = check(file, file);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  test('an empty UsernameAttributes list where there was none is reported as written', () => {
    const usernamePool = synth((stack) => { new cdkCognito.UserPool(stack, 'Pool', { signInAliases: { username: true } }); });
    const result = check(usernamePool, synth(pool({ signInAliases: { phone: false }, creationOnlyDefaults: CreationOnlyDefaults.AWS_CDK_LIB })));
    expect(result.stdout).toMatch(/^UNSAFE .*signInAliases as written: \(absent\) → \[\] \(UsernameAttributes\)/m);
    expect(result.stdout).not.toMatch(/signInAliases:/);
  });

  test('taking this library\'s defaults lists every setting that would fail', () => {
    const result = check(legacy, synth(pool({ customAttributes: { tier: new StringAttribute() } })));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/UNSAFE .*signInCaseSensitive: true → false/);
    expect(result.stdout).toMatch(/UNSAFE .*customAttributes\.tier: new StringAttribute\(\{ mutable: false \}\) → new StringAttribute\(\{ mutable: true \}\)/);
    expect(result.stdout).toMatch(/UNSAFE .*mfa: Mfa\.OFF → Mfa\.REQUIRED/);
  });

  test('a raw CfnUserPool baseline is read from its properties alone', () => {
    const raw = synth((stack) => {
      new cdkCognito.CfnUserPool(stack, 'Pool', { usernameAttributes: ['email'], usernameConfiguration: { caseSensitive: false }, mfaConfiguration: 'OFF' });
    });
    const result = check(raw, synth((stack) => {
      const p = new UserPool(stack, 'Users', { signInAliases: { phone: true } });
      (p.node.defaultChild as CfnResource).overrideLogicalId('Pool');
    }));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/UNSAFE Auth\/Pool: signInAliases: \{ email: true \} → \{ phone: true \}/);
    expect(result.stdout).toMatch(/UNSAFE Auth\/Pool: mfa: Mfa\.OFF → Mfa\.REQUIRED \(MfaConfiguration OFF → ON\)/);
  });
});

describe('check: the escape hatch', () => {
  const before = synth(pool());
  const after = synth(pool({ signInAliases: { phone: true } }));
  const logicalId = () => /UNSAFE (Auth\/Pool\w+)/.exec(check(before, after).stdout)![1];

  test('--acknowledge <stack>/<logicalId> lets a deliberate change pass with a warning', () => {
    const result = check(before, after, '--acknowledge', logicalId());
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^ACKNOWLEDGED .*signInAliases: .*passing with this warning/m);
    expect(result.stdout).toMatch(/^0 unsafe change\(s\), 1 acknowledged/m);
  });

  test('--acknowledge <stack>/<logicalId>:<setting> covers that setting only', () => {
    const twoChanges = synth(pool({ signInAliases: { phone: true }, signInCaseSensitive: true }));
    const result = check(before, twoChanges, '--acknowledge', `${logicalId()}:signInAliases`);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^ACKNOWLEDGED .*signInAliases/m);
    expect(result.stdout).toMatch(/^UNSAFE .*signInCaseSensitive/m);
  });

  test('an acknowledgement that matches nothing is reported, and passes nothing', () => {
    const result = check(before, after, '--acknowledge', 'Other/Pool');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^NOTE --acknowledge Other\/Pool matched no unsafe change$/m);
  });
});

describe('check: pairing the stacks of baseline and current', () => {
  /** A stack's template file in a cloud assembly. */
  const templateOf = (outdir: string, stack = 'Auth') => path.join(outdir, `${stack}.template.json`);
  /** A copy of a template under another name, as `aws cloudformation get-template ... > deployed.json` saves it. */
  const saved = (template: string, name = 'deployed.json') => {
    const file = path.join(fs.mkdtempSync(path.join(WORK, 'saved-')), name);
    fs.copyFileSync(template, file);
    return file;
  };
  const unsafeLines = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('UNSAFE'));
  const logicalIdOf = (outdir: string, stack = 'Auth') => {
    const template = JSON.parse(fs.readFileSync(templateOf(outdir, stack), 'utf-8')) as { Resources: Record<string, { Type: string }> };
    return Object.entries(template.Resources).find(([, r]) => r.Type === 'AWS::Cognito::UserPool')![0];
  };
  const twoStacks = (auth: Build = pool(), data: Build = pool()) => synth({ Auth: auth, Data: data });

  describe('two template files are one stack, whatever the files are called', () => {
    const deployed = saved(templateOf(synth(pool())));

    test('an unchanged pool passes', () => {
      const result = check(deployed, templateOf(synth(pool())));
      expect(result.status).toBe(0);
      expect(result.stdout).not.toMatch(/UNSAFE|removed/);
      expect(result.stdout.trim()).toBe(NO_CHANGE);
    });

    test('a creation-only change gives the one real finding, named after the current file\'s stack', () => {
      const result = check(deployed, templateOf(synth(pool({ signInCaseSensitive: true }))));
      expect(result.status).toBe(1);
      expect(unsafeLines(result.stdout)).toEqual([expect.stringMatching(/^UNSAFE Auth\/Pool\w+ \(Auth\/Pool\): signInCaseSensitive: false → true /)]);
      expect(result.stdout).not.toMatch(/pool: present → removed|: new pool$/m);
      expect(result.stdout).toMatch(/^1 unsafe change\(s\), 0 acknowledged, 0 notice\(s\), 0 safe change\(s\)$/m);
    });

    test('--acknowledge names the current file\'s stack; --stack names the stack instead', () => {
      const current = templateOf(synth(pool({ signInCaseSensitive: true })));
      const logicalId = logicalIdOf(synth(pool()));
      expect(check(deployed, current, '--acknowledge', `Auth/${logicalId}`).status).toBe(0);
      const named = check(deployed, current, '--stack', 'auth-prod', '--acknowledge', `auth-prod/${logicalId}:signInCaseSensitive`);
      expect(named.status).toBe(0);
      expect(named.stdout).toMatch(/^ACKNOWLEDGED auth-prod\/Pool\w+ \(Auth\/Pool\): signInCaseSensitive/m);
    });

    test('a changed logical id is still a replacement', () => {
      const result = check(deployed, templateOf(synth(pool({}, 'Users'))));
      expect(result.status).toBe(1);
      expect(unsafeLines(result.stdout)).toEqual([
        expect.stringMatching(/^UNSAFE .*logical id: Auth\/Pool\w+ → Auth\/Users\w+: .*construct Auth\/Pool → Auth\/Users.*creates a new, empty pool/),
      ]);
    });
  });

  test('two cloud assemblies pair their stacks by stack name', () => {
    const result = check(twoStacks(), synth({ Data: pool(), Auth: pool({ signInCaseSensitive: true }) }));
    expect(result.status).toBe(1);
    expect(unsafeLines(result.stdout)).toEqual([expect.stringMatching(/^UNSAFE Auth\/Pool\w+ \(Auth\/Pool\): signInCaseSensitive: false → true/)]);
    expect(check(twoStacks(), synth({ Data: pool(), Auth: pool() })).stdout.trim()).toBe(NO_CHANGE);
  });

  test('the stacks of a stage (a nested cloud assembly) pair by their stack name', () => {
    const staged = (props?: UserPoolProps) => synthApp((app) => pool(props)(new Stack(new Stage(app, 'Prod', { env }), 'Auth')));
    const result = check(staged(), staged({ signInCaseSensitive: true }));
    expect(result.status).toBe(1);
    expect(unsafeLines(result.stdout)).toEqual([expect.stringMatching(/^UNSAFE Prod-Auth\/Pool\w+ \(Prod\/Auth\/Pool\): signInCaseSensitive/)]);
    const stage = path.join(staged(), 'assembly-Prod');
    const deployed = saved(path.join(stage, fs.readdirSync(stage).find((f) => f.endsWith('.template.json'))!));
    expect(check(deployed, staged(), '--stack', 'Prod-Auth').status).toBe(0);
  });

  test('--stack picks the stack of a cloud assembly to compare with a template file, on either side', () => {
    const deployed = saved(templateOf(synth(pool())));
    const changed = twoStacks(pool({ signInCaseSensitive: true }), pool({ signInCaseSensitive: true }));
    for (const result of [check(deployed, changed, '--stack', 'Auth'), check(changed, deployed, '--stack', 'Auth')]) {
      expect(result.status).toBe(1);
      expect(unsafeLines(result.stdout)).toEqual([expect.stringMatching(/^UNSAFE Auth\/Pool\w+ \(\w+\/Pool\): signInCaseSensitive: (false → true|true → false)/)]);
    }
    const data = saved(templateOf(twoStacks(), 'Data'));
    expect(check(twoStacks(), data, '--stack', 'Data').stdout.trim()).toBe(NO_CHANGE);
    expect(check(synth(pool()), deployed).status).toBe(0);
    expect(check(deployed, synth(pool())).status).toBe(0);
  });

  test('--stack with two cloud assemblies compares that stack only', () => {
    const changed = twoStacks(pool({ signInCaseSensitive: true }), pool({ signInCaseSensitive: true }));
    const result = check(twoStacks(), changed, '--stack', 'Data');
    expect(result.status).toBe(1);
    expect(unsafeLines(result.stdout)).toEqual([expect.stringMatching(/^UNSAFE Data\/Pool\w+ \(Data\/Pool\): signInCaseSensitive/)]);
  });

  const twoRegions = () => synthApp((app) => {
    pool()(new Stack(app, 'East', { env, stackName: 'Auth' }));
    pool()(new Stack(app, 'West', { env: { ...env, region: 'us-west-2' }, stackName: 'Auth' }));
  });
  test.each<[string, () => string[], RegExp]>([
    ['two stacks with one stack name (two environments)', () => [twoRegions(), twoRegions()], /has two stacks named Auth .*compare their templates one pair at a time/],
    ['an unknown --stack against a template file', () => [twoStacks(), saved(templateOf(synth(pool()))), '--stack', 'Nope'], /^cdk-secure-user-pool: no stack Nope in \S+: its stacks are Auth, Data$/],
    ['an unknown --stack with two cloud assemblies', () => [twoStacks(), synth(pool()), '--stack', 'Nope'], /^cdk-secure-user-pool: no stack Nope in \S+ or \S+: the stacks are Auth, Data$/],
    ['a cloud assembly of several stacks against a template file, without --stack', () => [saved(templateOf(synth(pool()))), twoStacks()],
      /^cdk-secure-user-pool: \S+ has 2 stacks \(Auth, Data\): pass --stack NAME to say which one \S+deployed\.json is$/],
  ])('%s is an input error naming the stacks', (_name, args, message) => {
    const [baseline, current, ...extra] = args();
    const result = check(baseline, current, ...extra);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stdout).toBe('');
  });

  describe('a renamed stack', () => {
    const before = synth(pool());
    const logicalId = logicalIdOf(before);

    test.each<[string, () => string, string, RegExp[]]>([
      ['a new construct id', () => synth({ Identity: pool() }), 'Identity', []],
      ['a new construct id and a changed pool (found by its logical id), with the change', () => synth({ Identity: pool({ signInCaseSensitive: true }) }), 'Identity',
        [/^UNSAFE Auth\/Pool\w+ \(Auth\/Pool\): signInCaseSensitive: false → true /]],
      ['the stackName prop', () => synthApp((app) => pool()(new Stack(app, 'Auth', { env, stackName: 'auth-prod' }))), 'auth-prod', []],
    ])('is reported as a rename: %s', (_name, after, stack, changes) => {
      const result = check(before, after());
      expect(result.status).toBe(1);
      expect(unsafeLines(result.stdout)).toEqual([expect.stringMatching(new RegExp(`^UNSAFE Auth/${logicalId} \\(Auth/Pool\\): stack: Auth → ${stack}: `
        + `the stack was renamed: CloudFormation creates stack ${stack} with a new, empty pool, and the deployed pool stays in stack Auth only until `
        + 'that stack is deleted, which orphans the deployed pool \\(retained, no longer managed\\)\\. '
        + 'Way out: keep the stack name: deploy under the old name with the stackName prop \\(stackName: \'Auth\'; .*migrate users')),
      ...changes.map((change) => expect.stringMatching(change))]);
      expect(result.stdout).not.toMatch(/pool: present → removed|: new pool$/m);
    });

    test('--acknowledge <old stack>/<logicalId>[:stack] lets it pass', () => {
      for (const ack of [`Auth/${logicalId}`, `Auth/${logicalId}:stack`]) {
        const result = check(before, synth({ Identity: pool() }), '--acknowledge', ack);
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(/^ACKNOWLEDGED .*stack: Auth → Identity: the stack was renamed.*passing with this warning/m);
      }
    });

    test('a pool moved to another stack that was there before is a move, not a rename', () => {
      const result = check(synth({ Auth: pool(), Data: () => undefined }), synth({ Auth: () => undefined, Data: pool() }));
      expect(result.status).toBe(1);
      expect(unsafeLines(result.stdout)).toEqual([expect.stringMatching(/^UNSAFE Auth\/Pool\w+ .*stack: Auth → Data: the pool moved to another stack: .*Way out: keep the pool in stack Auth/)]);
    });
  });

  test('a stack that is gone with its pools is a removed pool; another pool in a new stack is not its successor', () => {
    const gone = check(twoStacks(), synth(pool()));
    expect(gone.status).toBe(1);
    expect(unsafeLines(gone.stdout)).toEqual([expect.stringMatching(/^UNSAFE Data\/Pool\w+ \(Data\/Pool\): pool: present → removed: /)]);
    const other = check(synth(pool()), synth({ Identity: pool({ signInAliases: { phone: true } }, 'Users') }));
    expect(unsafeLines(other.stdout)).toEqual([expect.stringMatching(/^UNSAFE Auth\/Pool\w+ \(Auth\/Pool\): pool: present → removed/)]);
    expect(other.stdout).toMatch(/^SAFE Identity\/Users\w+ \(Identity\/Users\): new pool$/m);
  });
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

describe('check: risk configuration, log delivery and WAF are not creation-only', () => {
  test('adding, changing or removing them is safe', () => {
    const none = synth(pool({ featurePlan: undefined, standardThreatProtectionMode: undefined, riskConfiguration: undefined }));
    const changed = synth(pool({ riskConfiguration: { blockedIpRanges: ['192.0.2.0/24'] } }));
    const watched = synth(pool({
      webAclArn: 'arn:aws:wafv2:us-east-1:123456789012:regional/webacl/acl/a1b2c3d4',
      logDelivery: { userAuthEvents: UserPoolLogDestination.firehose('arn:aws:firehose:us-east-1:123456789012:deliverystream/s') },
    }));
    for (const [before, after] of [[none, changed], [changed, none], [synth(pool()), changed], [none, watched], [watched, none]]) {
      const result = check(before, after);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^0 unsafe change\(s\)/m);
    }
  });
});

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

  test('--help prints the usage', () => {
    const result = cli('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/cdk-secure-user-pool check --baseline/);
  });
});

describe('check: each change named by its prop', () => {
  test('signInAliases as the user writes it, then the template\'s properties', () => {
    const result = check(synth(pool()), synth(pool({ signInAliases: { username: true, email: true } })));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(new RegExp('^UNSAFE Auth/Pool\\w+ \\(Auth/Pool\\): signInAliases: \\{ email: true \\} → \\{ username: true, email: true \\} '
      + '\\(UsernameAttributes \\["email"\\] → AliasAttributes \\["email"\\]\\): Cognito refuses .*Way out: keep signInAliases: \\{ email: true \\}, ', 'm'));
  });

  test('a construct renamed and changed at once is the rename plus each change', () => {
    const result = check(synth(pool({}, 'Pool')), synth(pool({ signInCaseSensitive: true, passwordPolicy: { minLength: 16 } }, 'Users')));
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('UNSAFE'))).toEqual([
      expect.stringMatching(/^UNSAFE Auth\/Pool\w+ \(Auth\/Pool\): logical id: Auth\/Pool\w+ → Auth\/Users\w+: .*construct Auth\/Pool → Auth\/Users/),
      expect.stringMatching(/^UNSAFE Auth\/Pool\w+ \(Auth\/Pool\): signInCaseSensitive: false → true /),
    ]);
    expect(result.stdout).toMatch(/^SAFE Auth\/Pool\w+ \(Auth\/Pool\): passwordPolicy\.minLength: 14 → 16 /m);
    expect(result.stdout).not.toMatch(/present → removed|: new pool$/m);
  });

  test('two constructs renamed and changed at once are not paired by guess', () => {
    const result = check(synth((stack) => { pool({}, 'A')(stack); pool({}, 'B')(stack); }),
      synth((stack) => { pool({ signInCaseSensitive: true }, 'C')(stack); pool({ signInCaseSensitive: true }, 'D')(stack); }));
    expect(result.stdout.match(/: pool: present → removed: /g)).toHaveLength(2);
    expect(result.stdout.match(/: new pool$/gm)).toHaveLength(2);
  });
});

describe('check: NOTICE, changes that deploy but that users feel', () => {
  const essentials = synth(pool({ featurePlan: FeaturePlan.ESSENTIALS }));
  const plus = synth(pool());
  const notices = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('NOTICE'));

  test('the feature plan ESSENTIALS → PLUS: the bill; exit 0', () => {
    const result = check(essentials, plus);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^NOTICE Auth\/Pool\w+ \(Auth\/Pool\): featurePlan: FeaturePlan\.ESSENTIALS → FeaturePlan\.PLUS \(UserPoolTier ESSENTIALS → PLUS\): the pool is billed at the PLUS rate per monthly active user\.$/m);
    expect(result.stdout).toMatch(/^0 unsafe change\(s\), 0 acknowledged, [1-9]\d* notice\(s\), \d+ safe change\(s\)$/m);
  });

  test('--strict makes notices fail; --acknowledge lets them pass', () => {
    const strict = check(essentials, plus, '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/notice\(s\), \d+ safe change\(s\); --strict: [1-9]\d* notice\(s\) fail$/m);
    const key = /^NOTICE (Auth\/Pool\w+)/m.exec(strict.stdout)![1];
    const acknowledged = check(essentials, plus, '--strict', '--acknowledge', key);
    expect(acknowledged.status).toBe(0);
    expect(acknowledged.stdout).toMatch(/^NOTICE .*featurePlan: .*\(--acknowledge given: passing with this warning\)$/m);
    expect(check(essentials, plus, '--acknowledge', key).stdout).toMatch(/^NOTE --acknowledge Auth\/Pool\w+ matched no unsafe change$/m);
  });

  test('threat protection AUDIT → ENFORCED, and a risk action turned to BLOCK: sign-ins blocked', () => {
    const audit = synth(pool({ standardThreatProtectionMode: StandardThreatProtectionMode.AUDIT_ONLY }));
    expect(notices(check(audit, plus).stdout)).toContainEqual(expect.stringMatching(
      /: standardThreatProtectionMode: StandardThreatProtectionMode\.AUDIT_ONLY → StandardThreatProtectionMode\.FULL_FUNCTION \(UserPoolAddOns\.AdvancedSecurityMode AUDIT → ENFORCED\): threat protection starts acting on risky sign-ins/));
    const lenient = synth(pool({ riskConfiguration: { accountTakeover: { low: AccountTakeoverAction.NO_ACTION } } }));
    const result = check(lenient, plus);
    expect(result.status).toBe(0);
    expect(notices(result.stdout)).toEqual([expect.stringMatching(
      /^NOTICE .*: riskConfiguration\.accountTakeover\.low: AccountTakeoverAction\.NO_ACTION → AccountTakeoverAction\.BLOCK \(AccountTakeoverRiskConfiguration\.Actions\.LowAction\.EventAction NO_ACTION → BLOCK\): sign-ins .* are blocked/)]);
    expect(notices(check(plus, lenient).stdout)).toEqual([]);
  });

  describe('app clients of the paired pools, paired by logical id', () => {
    const withClient = (props: Partial<cdkCognito.UserPoolClientProps>) => synth((stack) => {
      new cdkCognito.UserPoolClient(stack, 'Web', { userPool: new UserPool(stack, 'Pool'), ...props });
    });
    const hour = withClient({ accessTokenValidity: Duration.minutes(60) });
    const quarter = withClient({ accessTokenValidity: Duration.minutes(15) });

    test('an access token lifetime 60 → 15 minutes signs users out sooner; longer is safe', () => {
      const result = check(hour, quarter);
      expect(result.status).toBe(0);
      expect(notices(result.stdout)).toEqual([expect.stringMatching(
        /^NOTICE Auth\/Pool\w+ \(Auth\/Pool\) app client Web\w+: accessTokenValidity: Duration\.hours\(1\) → Duration\.minutes\(15\) \(AccessTokenValidity 60 → 15\): users are signed out sooner/)]);
      expect(check(hour, quarter, '--strict').status).toBe(1);
      const longer = check(quarter, hour);
      expect(notices(longer.stdout)).toEqual([]);
      expect(longer.stdout).toMatch(/^SAFE .* app client Web\w+: accessTokenValidity: Duration\.minutes\(15\) → Duration\.hours\(1\) /m);
    });

    test('lifetimes compare in minutes, with Cognito\'s defaults where none is set', () => {
      const unset = withClient({});
      expect(notices(check(unset, hour).stdout)).toEqual([]);
      expect(check(unset, hour).stdout).toMatch(/: accessTokenValidity: Duration\.hours\(1\) \(default\) → Duration\.hours\(1\) \(AccessTokenValidity \(absent\) → 60, TokenValidityUnits\.AccessToken \(absent\) → minutes\)$/m);
      expect(notices(check(unset, withClient({ refreshTokenValidity: Duration.days(1), authSessionValidity: Duration.minutes(3) })).stdout)).toEqual([
        expect.stringMatching(/: refreshTokenValidity: Duration\.days\(30\) \(default\) → Duration\.days\(1\) /),
      ]);
    });

    test('a removed client is a notice; a new one is safe', () => {
      const none = synth(pool());
      expect(notices(check(hour, none).stdout)).toEqual([expect.stringMatching(/ app client Web\w+: app client: present → removed: apps that use its client id can no longer sign in/)]);
      expect(check(none, hour).stdout).toMatch(/^SAFE Auth\/Pool\w+ \(Auth\/Pool\) app client Web\w+: new app client$/m);
    });
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
      'pool.deletionProtection', 'pool.removalPolicy', 'pool.accountRecovery', 'pool.emailSender',
      'client.implicitGrant', 'client.adminScope', 'client.userExistenceErrors', 'client.tokenRevocation', 'client.passwordAuthFlows',
      'client.writableCustomAttributes', 'client.tokenLifetimes',
    ]);
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
