/** `check`: which pool of the current synth takes the place of each deployed pool, across constructs and stacks. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Stack, Stage } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { type UserPoolProps } from '../src';
import { type Build, check, env, NO_CHANGE, pool, synth, synthApp, unsafeLines, WORK } from './cli-util';

describe('check: a renamed or moved construct', () => {
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

  test('a construct renamed and changed at once is the rename plus each change', () => {
    const result = check(synth(pool({}, 'Pool')), synth(pool({ signInCaseSensitive: true, passwordPolicy: { minLength: 16 } }, 'Users')));
    expect(result.status).toBe(1);
    expect(unsafeLines(result.stdout)).toEqual([
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

describe('check: pairing the stacks of baseline and current', () => {
  /** A stack's template file in a cloud assembly. */
  const templateOf = (outdir: string, stack = 'Auth') => path.join(outdir, `${stack}.template.json`);
  /** A copy of a template under another name, as `aws cloudformation get-template ... > deployed.json` saves it. */
  const saved = (template: string, name = 'deployed.json') => {
    const file = path.join(fs.mkdtempSync(path.join(WORK, 'saved-')), name);
    fs.copyFileSync(template, file);
    return file;
  };
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
        + 'Way out: keep the stack name: deploy under the old name with the stackName prop \\(stackName: \'Auth\'; .*UserPoolMigration')),
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

  test('evidence pairs before the lone pool of a stack: a pool moved into a stack whose own pool is deleted is the move, not a rename', () => {
    // Auth's pool A is deleted and Data's pool C moves into Auth, unchanged. C in Auth is Auth's one new pool and A its
    // one gone pool, but the same settings say it is C: A is removed, C moved.
    const phone = { signInAliases: { phone: true } };
    const result = check(twoStacks(pool({}, 'A'), pool(phone, 'C')), synth({ Auth: pool(phone, 'C'), Data: () => undefined }));
    expect(result.status).toBe(1);
    expect(unsafeLines(result.stdout)).toEqual([
      expect.stringMatching(/^UNSAFE Auth\/A\w+ \(Auth\/A\): pool: present → removed: /),
      expect.stringMatching(/^UNSAFE Data\/C\w+ \(Data\/C\): stack: Data → Auth: the pool moved to another stack: /),
    ]);
    expect(result.stdout).not.toMatch(/logical id|signInAliases|: new pool$/m);
  });

  test('the lone-pool fallback pairs what evidence left over: one pool matched by its settings, the other gone one with the one new one', () => {
    const result = check(synth((stack) => { pool({}, 'A')(stack); pool({ signInAliases: { phone: true } }, 'B')(stack); }),
      synth((stack) => { pool({ signInCaseSensitive: true }, 'C')(stack); pool({ signInAliases: { phone: true } }, 'D')(stack); }));
    expect(unsafeLines(result.stdout)).toEqual([
      expect.stringMatching(/^UNSAFE Auth\/A\w+ \(Auth\/A\): logical id: Auth\/A\w+ → Auth\/C\w+: /),
      expect.stringMatching(/^UNSAFE Auth\/A\w+ \(Auth\/A\): signInCaseSensitive: false → true /),
      expect.stringMatching(/^UNSAFE Auth\/B\w+ \(Auth\/B\): logical id: Auth\/B\w+ → Auth\/D\w+: /),
    ]);
    expect(result.stdout).not.toMatch(/present → removed|: new pool$/m);
  });

  test('each stack\'s pool renamed and changed: paired within its stack, not across stacks by settings that happen to match', () => {
    // Auth: A {} → C { case-sensitive }; Data: B { case-sensitive } → D {}. Across stacks the settings match (A ~ D, B ~ C),
    // but each stack's one gone and one new pool are the better evidence.
    const cs = { signInCaseSensitive: true };
    const result = check(synth({ Auth: pool({}, 'A'), Data: pool(cs, 'B') }), synth({ Auth: pool(cs, 'C'), Data: pool({}, 'D') }));
    expect(unsafeLines(result.stdout)).toEqual([
      expect.stringMatching(/^UNSAFE Auth\/A\w+ \(Auth\/A\): logical id: Auth\/A\w+ → Auth\/C\w+: /),
      expect.stringMatching(/^UNSAFE Auth\/A\w+ \(Auth\/A\): signInCaseSensitive: false → true /),
      expect.stringMatching(/^UNSAFE Data\/B\w+ \(Data\/B\): logical id: Data\/B\w+ → Data\/D\w+: /),
      expect.stringMatching(/^UNSAFE Data\/B\w+ \(Data\/B\): signInCaseSensitive: true → false /),
    ]);
    expect(result.stdout).not.toMatch(/moved to another stack/);
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
