/** `check`: unsafe and safe changes of one pool, each named by its prop, migrating from aws-cdk-lib, the escape hatch. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CfnResource, Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import * as cdkCognito from 'aws-cdk-lib/aws-cognito';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Function } from 'aws-cdk-lib/aws-lambda';
import { HealthCheck } from 'aws-cdk-lib/aws-route53';
import type { Construct } from 'constructs';
import {
  CreationOnlyDefaults, Mfa, NumberAttribute, PasskeyFactorConfiguration, PasskeyUserVerification, StringAttribute, UserPool, UserPoolClient,
  UserPoolDomain, UserPoolEmail, UserPoolLogDestination, type UserPoolProps,
} from '../src';
import { check, cli, linesOf, NO_CHANGE, pool, synth, unsafeLines, WORK } from './cli-util';

describe('check: unsafe changes exit 1 with one line each', () => {
  test.each<[string, UserPoolProps, UserPoolProps, RegExp]>([
    ['sign-in identifiers', {}, { signInAliases: { phone: true } }, /UNSAFE Auth\/Pool\w+ \(Auth\/Pool\): signInAliases: \{ email: true \} → \{ phone: true \} \(UsernameAttributes \["email"\] → UsernameAttributes \["phone_number"\]\): Cognito refuses.*Way out: keep signInAliases: \{ email: true \}, .*UserPoolMigration/],
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


describe('check: the pool\'s domains', () => {
  const withDomain = (domains: Record<string, string>) => (scope: Construct) => {
    const users = new UserPool(scope, 'Pool');
    for (const [id, domainPrefix] of Object.entries(domains)) { users.addDomain(id, { cognitoDomain: { domainPrefix } }); }
  };

  test('a changed prefix, or a new Cognito domain in place of the old, is unsafe: Cognito refuses the second domain CloudFormation creates first', () => {
    const before = synth(withDomain({ Domain: 'old-login' }));
    const changed = check(before, synth(withDomain({ Domain: 'new-login' })));
    expect(changed.status).toBe(1);
    expect(unsafeLines(changed.stdout)).toEqual([expect.stringMatching(/^UNSAFE .*domain PoolDomain\w+: Cognito domain: old-login → new-login/)]);
    expect(changed.stdout).toMatch(/User pool already has a domain configured/);
    const moved = check(before, synth(withDomain({ Login: 'old-login' })));
    expect(moved.status).toBe(1);
    expect(unsafeLines(moved.stdout)).toEqual([expect.stringMatching(/Cognito domain: old-login \(PoolDomain\w+\) → old-login \(PoolLogin\w+\)/)]);
  });

  test('removing the domain is a notice, adding one or keeping it is fine', () => {
    const before = synth(withDomain({ Domain: 'old-login' }));
    const removed = check(before, synth(withDomain({})));
    expect(removed.status).toBe(0);
    expect(linesOf('NOTICE', removed.stdout)).toEqual([expect.stringMatching(/Cognito domain: present → removed: the managed login pages/)]);
    expect(check(synth(withDomain({})), before).status).toBe(0);
    expect(check(before, before).stdout).toMatch(/^0 unsafe change\(s\)/m);
  });
});

describe('check: domain failover', () => {
  test('failover added or moved is safe (an update without interruption), removed is a notice; report shows it beside the replicas', () => {
    const domain = (failover?: { secondaryRegion: string }) => synth((scope: Construct) => {
      const users = new UserPool(scope, 'Pool', {
        encryptionKey: new Key(scope, 'Key', { multiRegion: true }), replicas: [{ region: 'us-west-2' }], mfaSecondFactor: { otp: true, sms: true },
      });
      new UserPoolDomain(scope, 'Domain', {
        userPool: users,
        customDomain: { domainName: 'auth.example.com', certificate: Certificate.fromCertificateArn(scope, 'Cert', 'arn:aws:acm:us-east-1:123456789012:certificate/abc') },
        failover: failover && { healthCheck: HealthCheck.fromHealthCheckId(scope, 'Primary', 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111'), ...failover },
      });
    });
    const [none, west, east] = [domain(), domain({ secondaryRegion: 'us-west-2' }), domain({ secondaryRegion: 'us-east-2' })];
    const added = check(none, west);
    expect(added.status).toBe(0);
    expect(linesOf('SAFE', added.stdout)).toEqual([
      expect.stringMatching(/^SAFE Auth\/Pool\w+ \(Auth\/Pool\) domain Domain\w+: failover: none → us-west-2 \(health check a1b2c3d4-5678-90ab-cdef-EXAMPLE11111\) \(Routing, an update without interruption\)$/),
    ]);
    expect(linesOf('SAFE', check(west, east).stdout)).toEqual([expect.stringMatching(/failover: us-west-2 \(health check a1b2\S+\) → us-east-2 \(health check a1b2\S+\)/)]);
    const removed = check(west, none);
    expect(removed.status).toBe(0);
    expect(linesOf('NOTICE', removed.stdout)).toEqual([expect.stringMatching(/failover: us-west-2 \(health check \S+\) → removed \(Routing, an update without interruption\): the domain no longer fails over/)]);
    expect(cli('report', west).stdout).toMatch(/INFO\s+replicas\s+us-west-2; domain auth.example.com fails over to us-west-2 \(health check a1b2c3d4-5678-90ab-cdef-EXAMPLE11111\)/);
  });
});

describe('check: replicas', () => {
  test('a new replica is safe, a removed one is a notice', () => {
    const replicated = (regions: string[]) => synth((scope: Construct) => {
      new UserPool(scope, 'Pool', { encryptionKey: new Key(scope, 'Key', { multiRegion: true }), replicas: regions.map((region) => ({ region })) });
    });
    const [none, west] = [replicated([]), replicated(['us-west-2'])];
    expect(linesOf('SAFE', check(none, west).stdout)).toEqual(expect.arrayContaining([expect.stringMatching(/replicas: none → us-west-2 \(starts INACTIVE\)/)]));
    const removed = check(west, none);
    expect(removed.status).toBe(0);
    expect(linesOf('NOTICE', removed.stdout)).toEqual(expect.arrayContaining([expect.stringMatching(/replicas: us-west-2 → removed: the replica and its users' copies/)]));
    expect(cli('report', west).stdout).toMatch(/INFO\s+replicas\s+us-west-2/);
  });
});

describe('check: sessions', () => {
  test('tracking turned on or the cap lowered is a notice; a higher cap is safe; a shorter SSO session is a notice', () => {
    const off = synth(pool({ sessions: { tracking: false } }));
    const five = synth(pool({ sessions: { maxPerUser: 5 } }));
    const ten = synth(pool({ sessions: { maxPerUser: 10 } }));
    expect(linesOf('NOTICE', check(off, ten).stdout)).toEqual([expect.stringMatching(/sessions: off → on, at most 10 per user: a user holding more token sessions/)]);
    expect(linesOf('NOTICE', check(ten, five).stdout)).toEqual([expect.stringMatching(/sessions: on, at most 10 per user → on, at most 5 per user/)]);
    expect(linesOf('SAFE', check(five, ten).stdout)).toEqual([expect.stringMatching(/sessions: on, at most 5 per user → on, at most 10 per user/)]);
    expect(linesOf('NOTICE', check(ten, off).stdout)).toEqual([expect.stringMatching(/sessions: on, at most 10 per user → off: Cognito stops tracking sessions/)]);
    const client = (minutes?: number) => synth((scope: Construct) => {
      const users = new UserPool(scope, 'Pool', { sessions: {} });
      new UserPoolClient(scope, 'Web', { userPool: users, oAuth: { callbackUrls: ['https://a.example.com'] }, ssoSessionValidity: minutes === undefined ? undefined : Duration.minutes(minutes) });
    });
    expect(linesOf('NOTICE', check(client(), client(5)).stdout)).toEqual([expect.stringMatching(/ssoSessionValidity: 60 min → 5 min: managed login asks users to sign in again sooner/)]);
    expect(linesOf('SAFE', check(client(5), client(30)).stdout)).toEqual([expect.stringMatching(/ssoSessionValidity: 5 min → 30 min/)]);
  });
});

describe('check: each change named by its prop', () => {
  test('signInAliases as the user writes it, then the template\'s properties', () => {
    const result = check(synth(pool()), synth(pool({ signInAliases: { username: true, email: true } })));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(new RegExp('^UNSAFE Auth/Pool\\w+ \\(Auth/Pool\\): signInAliases: \\{ email: true \\} → \\{ username: true, email: true \\} '
      + '\\(UsernameAttributes \\["email"\\] → AliasAttributes \\["email"\\]\\): Cognito refuses .*Way out: keep signInAliases: \\{ email: true \\}, ', 'm'));
  });

  test('tags, triggers and passkeys by their props, not their CloudFormation names', () => {
    const passkeys = {
      signInPolicy: { allowedFirstAuthFactors: { password: true, passkey: true } },
      passkeyRelyingPartyId: 'example.com',
      passkeyUserVerification: PasskeyUserVerification.REQUIRED,
      mfa: Mfa.OPTIONAL,
    };
    const build = (team: string, factor: PasskeyFactorConfiguration, trigger?: string) => synth((stack) => {
      const preSignUp = trigger ? Function.fromFunctionArn(stack, 'Trigger', `arn:aws:lambda:us-east-1:123456789012:function:${trigger}`) : undefined;
      new UserPool(stack, 'Pool', { ...passkeys, tags: { team }, passkeyFactorConfiguration: factor, lambdaTriggers: { preSignUp } });
    });
    const result = check(build('a', PasskeyFactorConfiguration.SINGLE_FACTOR), build('b', PasskeyFactorConfiguration.MULTI_FACTOR_WITH_USER_VERIFICATION, 'signup'));
    expect(result.stdout).toMatch(/^SAFE .*: tags\.team: a → b \(UserPoolTags\.team\)$/m);
    expect(result.stdout).toMatch(/^SAFE .*: passkeyFactorConfiguration: PasskeyFactorConfiguration\.SINGLE_FACTOR → PasskeyFactorConfiguration\.MULTI_FACTOR_WITH_USER_VERIFICATION \(WebAuthnFactorConfiguration SINGLE_FACTOR → MULTI_FACTOR_WITH_USER_VERIFICATION\)$/m);
    expect(result.stdout).toMatch(/^SAFE .*: lambdaTriggers\.preSignUp: \(absent\) → arn:aws:lambda:us-east-1:123456789012:function:signup \(LambdaConfig\.PreSignUp\)$/m);
    expect(result.stdout).not.toMatch(/: (UserPoolTags|WebAuthn|LambdaConfig)/);
    expect(result.stdout).toMatch(/^0 unsafe change\(s\), 0 acknowledged, 0 notice\(s\), 3 safe change\(s\)$/m);
    expect(result.status).toBe(0);
  });
});
