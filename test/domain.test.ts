import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CfnResource, Stack } from 'aws-cdk-lib';
import { Annotations } from 'aws-cdk-lib/assertions';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Key } from 'aws-cdk-lib/aws-kms';
import { HealthCheck, HealthCheckType } from 'aws-cdk-lib/aws-route53';
type CfnUserPoolDomain = cognito.CfnUserPoolDomain;
import { UserPool, UserPoolDomain, type UserPoolDomainFailover } from '../src';
import { checkedTemplate, Match, newStack, stringToken, synthProblems } from './util';

// addDomain: what Cognito refuses for a domain, reported at synth with the rest of the app's problems.

function problemsFor(add: (pool: UserPool, stack: ReturnType<typeof newStack>) => void): string[] {
  const stack = newStack();
  add(new UserPool(stack, 'Pool'), stack);
  return synthProblems(stack);
}
const prefix = (domainPrefix: string) => problemsFor((pool) => pool.addDomain('Domain', { cognitoDomain: { domainPrefix } }));
const certificateArn = (region: string) => `arn:aws:acm:${region}:123456789012:certificate/12345678-1234-1234-1234-123456789012`;

describe('cognitoDomain.domainPrefix', () => {
  test.each([
    ['a leading hyphen', '-login'],
    ['a trailing hyphen', 'login-'],
    ['upper case', 'Login'],
    ['an underscore (aws-cdk-lib throws on it; here it joins the report)', 'my_login'],
    ['64 characters', 'a'.repeat(64)],
    ['nothing', ''],
  ])('%s is rejected', (_name, value) => {
    expect(prefix(value)).toEqual([expect.stringMatching(
      /^\[Stack\/Pool\/Domain\] cognitoDomain.domainPrefix must be 1 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit, got .*domainPrefix\]$/)]);
  });

  test.each(['a', 'a'.repeat(63), 'my-login-1', 'a-w-s'])('%s is accepted', (value) => {
    expect(prefix(value)).toEqual([]);
  });

  test.each([
    ['my-aws-login', '"aws"'],
    ['amazonish', '"amazon"'],
    ['cognito-login', '"cognito"'],
    ['awscognito', '"aws" or "cognito"'],
  ])('%s, with a reserved word, is rejected', (value, words) => {
    expect(prefix(value)).toEqual([expect.stringContaining(
      `cognitoDomain.domainPrefix must not contain ${words}, got "${value}": Cognito reserves aws, amazon and cognito ("Domain cannot contain reserved word")`)]);
  });

  test('a token is accepted', () => {
    expect(problemsFor((pool, stack) => pool.addDomain('Domain', { cognitoDomain: { domainPrefix: stringToken(stack) } }))).toEqual([]);
  });
});

describe('customDomain', () => {
  test('gets the TLS policy the API recommends (TLS 1.3 preferred, 1.2 allowed); a Cognito domain gets none; an override wins', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    pool.addDomain('Custom', { customDomain: { domainName: 'auth.example.com', certificate: Certificate.fromCertificateArn(stack, 'Cert', certificateArn('us-east-1')) } });
    pool.addDomain('Prefix', { cognitoDomain: { domainPrefix: 'my-login' } });
    const domains = (s: typeof stack) => Object.values(checkedTemplate(s).findResources('AWS::Cognito::UserPoolDomain'))
      .map((d) => d.Properties.CustomDomainConfig);
    expect(domains(stack)).toEqual([{ CertificateArn: certificateArn('us-east-1'), SecurityPolicy: 'TLS_V1_2_2021' }, undefined]);
    const strict = newStack();
    const strictDomain = new UserPool(strict, 'Pool').addDomain('Custom', {
      customDomain: { domainName: 'auth.example.com', certificate: Certificate.fromCertificateArn(strict, 'Cert', certificateArn('us-east-1')) },
    });
    (strictDomain.node.defaultChild as CfnUserPoolDomain).addPropertyOverride('CustomDomainConfig.SecurityPolicy', 'TLS_V1_3_2025');
    expect(domains(strict)[0].SecurityPolicy).toBe('TLS_V1_3_2025');
  });

  const custom = (arn: string) => problemsFor((pool, stack) => pool.addDomain('Domain', {
    customDomain: { domainName: 'auth.example.com', certificate: Certificate.fromCertificateArn(stack, 'Cert', arn) },
  }));

  test('a certificate outside us-east-1 is rejected; us-east-1 and a token are accepted', () => {
    expect(custom(certificateArn('eu-west-1'))).toEqual([expect.stringMatching(
      /^\[Stack\/Pool\/Domain\] customDomain.certificate must be an ACM certificate in us-east-1, got one in eu-west-1: .*domainCertificateRegion\]$/)]);
    expect(custom(certificateArn('us-east-1'))).toEqual([]);
    expect(problemsFor((pool, stack) => pool.addDomain('Domain', {
      customDomain: { domainName: 'auth.example.com', certificate: Certificate.fromCertificateArn(stack, 'Cert', stringToken(stack)) },
    }))).toEqual([]);
  });
});

describe('domains of one pool', () => {
  test('a second Cognito domain is rejected; a Cognito and a custom domain are accepted', () => {
    expect(problemsFor((pool) => {
      pool.addDomain('One', { cognitoDomain: { domainPrefix: 'one-login' } });
      pool.addDomain('Two', { cognitoDomain: { domainPrefix: 'two-login' } });
    })).toEqual([expect.stringMatching(/^\[Stack\/Pool\/Two\] the pool already has a Cognito \(prefix\) domain from addDomain or UserPoolDomain: .*domainOnePerKind\]$/)]);
    expect(problemsFor((pool, stack) => {
      pool.addDomain('Prefix', { cognitoDomain: { domainPrefix: 'my-login' } });
      pool.addDomain('Custom', { customDomain: { domainName: 'auth.example.com', certificate: Certificate.fromCertificateArn(stack, 'Cert', certificateArn('us-east-1')) } });
    })).toEqual([]);
  });

  test('both kinds in one call, or neither, is reported at synth (aws-cdk-lib throws at once)', () => {
    expect(problemsFor((pool, stack) => pool.addDomain('Both', {
      cognitoDomain: { domainPrefix: 'my-login' },
      customDomain: { domainName: 'auth.example.com', certificate: Certificate.fromCertificateArn(stack, 'Cert', certificateArn('us-east-1')) },
    }))).toEqual([expect.stringMatching(/^\[Stack\/Pool\/Both\] a domain needs exactly one of cognitoDomain or customDomain, got both/)]);
    expect(problemsFor((pool) => pool.addDomain('Neither', {}))).toEqual([expect.stringMatching(/got neither/)]);
  });
});

describe('domains made without addDomain', () => {
  test('aws-cdk-lib\'s UserPoolDomain and the L1 get the prefix, certificate and one-of-each rules, at synth', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    new cognito.UserPoolDomain(stack, 'Cdk', { userPool: pool, cognitoDomain: { domainPrefix: 'my-aws-login' } });
    new cognito.CfnUserPoolDomain(stack, 'L1', { userPoolId: pool.userPoolId, domain: 'auth.example.com', customDomainConfig: { certificateArn: certificateArn('eu-west-1') } });
    pool.addDomain('Second', { cognitoDomain: { domainPrefix: 'second-login' } });
    expect(synthProblems(stack)).toEqual([
      expect.stringMatching(/^\[Stack\/Pool\] Stack\/Cdk cognitoDomain.domainPrefix \(Domain\) must not contain "aws".*domainPrefixReservedWord\]$/),
      expect.stringMatching(/^\[Stack\/Pool\] Stack\/L1 customDomain.certificate \(CustomDomainConfig.CertificateArn\) must be an ACM certificate in us-east-1, got one in eu-west-1/),
      // The pool has two Cognito domains (its own from addDomain and aws-cdk-lib's): the one met second in the tree is named.
      expect.stringMatching(/^\[Stack\/Pool\] Stack\/Cdk is a second Cognito \(prefix\) domain of the pool.*domainOnePerKind\]$/),
    ]);
  });

  test('accepted: one of each kind, a us-east-1 certificate, a token certificate', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    new cognito.UserPoolDomain(stack, 'Cdk', { userPool: pool, cognitoDomain: { domainPrefix: 'my-login' } });
    new cognito.CfnUserPoolDomain(stack, 'L1', { userPoolId: pool.userPoolId, domain: 'auth.example.com', customDomainConfig: { certificateArn: certificateArn('us-east-1') } });
    const other = new UserPool(stack, 'Other');
    new cognito.CfnUserPoolDomain(stack, 'Token', { userPoolId: other.userPoolId, domain: 'auth2.example.com', customDomainConfig: { certificateArn: stringToken(stack) } });
    expect(synthProblems(stack)).toEqual([]);
  });
});

describe('UserPoolDomain: what addDomain creates, and a construct of its own', () => {
  const customOptions = (stack: Stack) => ({
    customDomain: { domainName: 'auth.example.com', certificate: Certificate.fromCertificateArn(stack, 'Cert', certificateArn('us-east-1')) },
    managedLoginVersion: cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN,
  });

  test('addDomain returns this library\'s UserPoolDomain, with the template the earlier addDomain wrote (aws-cdk-lib\'s domain and the TLS override)', () => {
    // GIVEN the earlier path, written out: aws-cdk-lib's domain under the pool, SecurityPolicy as an override.
    const before = newStack();
    const beforePool = new UserPool(before, 'Pool');
    const beforeCustom = new cognito.UserPoolDomain(beforePool, 'Custom', { userPool: beforePool, ...customOptions(before) });
    (beforeCustom.node.defaultChild as CfnUserPoolDomain).addPropertyOverride('CustomDomainConfig.SecurityPolicy', 'TLS_V1_2_2021');
    new cognito.UserPoolDomain(beforePool, 'Prefix', { userPool: beforePool, cognitoDomain: { domainPrefix: 'my-login' } });
    // WHEN
    const now = newStack();
    const pool = new UserPool(now, 'Pool');
    const custom = pool.addDomain('Custom', customOptions(now));
    pool.addDomain('Prefix', { cognitoDomain: { domainPrefix: 'my-login' } });
    // THEN
    expect(custom).toBeInstanceOf(UserPoolDomain);
    expect(custom).toBeInstanceOf(cognito.UserPoolDomain);
    expect(checkedTemplate(now).toJSON()).toEqual(checkedTemplate(before).toJSON());
  });

  test('new UserPoolDomain beside the pool renders as addDomain does, but for its construct path', () => {
    const viaAdd = newStack();
    new UserPool(viaAdd, 'Pool').addDomain('Domain', customOptions(viaAdd));
    const viaClass = newStack();
    new UserPoolDomain(viaClass, 'Domain', { userPool: new UserPool(viaClass, 'Pool'), ...customOptions(viaClass) });
    const domainOf = (stack: Stack) => Object.values(checkedTemplate(stack).findResources('AWS::Cognito::UserPoolDomain'));
    expect(domainOf(viaClass)).toEqual(domainOf(viaAdd));
    expect(domainOf(viaClass)[0].Properties.CustomDomainConfig.SecurityPolicy).toBe('TLS_V1_2_2021');
  });

  test('checked once, at its own path: not again by the pool\'s read of its stack', () => {
    const stack = newStack();
    new UserPoolDomain(stack, 'Domain', { userPool: new UserPool(stack, 'Pool'), cognitoDomain: { domainPrefix: 'my-aws-login' } });
    expect(synthProblems(stack)).toEqual([expect.stringMatching(/^\[Stack\/Domain\] cognitoDomain.domainPrefix must not contain "aws".*domainPrefixReservedWord\]$/)]);
  });

  test('one domain of a kind, counted across addDomain and UserPoolDomain: the second is reported once; one of each is accepted', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    pool.addDomain('One', { cognitoDomain: { domainPrefix: 'one-login' } });
    new UserPoolDomain(stack, 'Two', { userPool: pool, cognitoDomain: { domainPrefix: 'two-login' } });
    expect(synthProblems(stack)).toEqual([expect.stringMatching(/^\[Stack\/Two\] the pool already has a Cognito \(prefix\) domain .*domainOnePerKind\]$/)]);
    const ok = newStack();
    const okPool = new UserPool(ok, 'Pool');
    okPool.addDomain('Prefix', { cognitoDomain: { domainPrefix: 'my-login' } });
    new UserPoolDomain(ok, 'Custom', { userPool: okPool, ...customOptions(ok) });
    expect(synthProblems(ok)).toEqual([]);
  });

  test('on aws-cdk-lib\'s pool: checked, and it brands the pool\'s OAuth clients on the newer managed login', () => {
    const stack = newStack();
    const pool = new cognito.UserPool(stack, 'Pool');
    pool.addClient('Web', { oAuth: { callbackUrls: ['https://app.example.com/callback'] } });
    new UserPoolDomain(stack, 'Domain', { userPool: pool, ...customOptions(stack) });
    checkedTemplate(stack).resourceCountIs('AWS::Cognito::ManagedLoginBranding', 1);
    const bad = newStack();
    new UserPoolDomain(bad, 'Domain', { userPool: new cognito.UserPool(bad, 'Pool'), cognitoDomain: { domainPrefix: '-login' } });
    expect(synthProblems(bad)).toEqual([expect.stringMatching(/^\[Stack\/Domain\] cognitoDomain.domainPrefix must be 1 to 63/)]);
  });
});

// Failover of the domain to the pool's replica (docs/replicas.md, "Domain failover").
describe('failover', () => {
  const HEALTH_CHECK_ID = 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111';
  /** A pool replicated to us-west-2 (or not), and a custom domain on it with `failover`. */
  function failoverDomain(failover: (stack: Stack) => UserPoolDomainFailover, options: { replicas?: boolean; prefix?: boolean } = {}) {
    const stack = newStack();
    const replicas = options.replicas ?? true;
    const pool = new UserPool(stack, 'Pool', replicas
      ? { encryptionKey: new Key(stack, 'Key', { multiRegion: true }), replicas: [{ region: 'us-west-2' }], mfaSecondFactor: { otp: true, email: false, sms: true } }
      : {});
    const domain = new UserPoolDomain(stack, 'Domain', {
      userPool: pool,
      ...(options.prefix
        ? { cognitoDomain: { domainPrefix: 'my-login' } }
        : { customDomain: { domainName: 'auth.example.com', certificate: Certificate.fromCertificateArn(stack, 'Cert', certificateArn('us-east-1')) } }),
      managedLoginVersion: cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN,
      failover: failover(stack),
    });
    return { stack, pool, domain };
  }
  const imported = (id: string) => (stack: Stack) => ({ healthCheck: HealthCheck.fromHealthCheckId(stack, 'Primary', id) });
  const domainWarnings = (stack: Stack) => Annotations.fromStack(stack).findWarning('/Stack/Domain', Match.anyValue())
    .map((w) => String(w.entry.data));

  test('renders Routing.Failover: the health check\'s id and the replica\'s Region by default; the domain waits for the replica', () => {
    // GIVEN
    let healthCheck!: HealthCheck;
    const { stack, pool } = failoverDomain((s) => ({
      healthCheck: healthCheck = new HealthCheck(s, 'Primary', { type: HealthCheckType.HTTPS, fqdn: 'cognito-idp.us-east-1.amazonaws.com' }),
    }));
    // THEN
    const template = checkedTemplate(stack);
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: 'auth.example.com',
      CustomDomainConfig: { CertificateArn: certificateArn('us-east-1'), SecurityPolicy: 'TLS_V1_2_2021' },
      Routing: { Failover: { PrimaryRoute53HealthCheckId: stack.resolve(healthCheck.healthCheckId), SecondaryRegion: 'us-west-2' } },
    });
    const replica = stack.getLogicalId(pool.node.findChild('Replica-us-west-2') as CfnResource);
    template.hasResource('AWS::Cognito::UserPoolDomain', { DependsOn: Match.arrayWith([replica]) });
    expect(synthProblems(stack)).toEqual([]);
    expect(domainWarnings(stack)).toEqual([]);
  });

  test('a health check imported by id, and secondaryRegion given', () => {
    const { stack } = failoverDomain((s) => ({ ...imported(HEALTH_CHECK_ID)(s), secondaryRegion: 'us-west-2' }));
    checkedTemplate(stack).hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Routing: { Failover: { PrimaryRoute53HealthCheckId: HEALTH_CHECK_ID, SecondaryRegion: 'us-west-2' } },
    });
  });

  test('without failover: no Routing and no dependency on the replica', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool', { encryptionKey: new Key(stack, 'Key', { multiRegion: true }), replicas: [{ region: 'us-west-2' }] });
    pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'my-login' } });
    const [domain] = Object.values(checkedTemplate(stack).findResources('AWS::Cognito::UserPoolDomain'));
    expect(domain.Properties.Routing).toBeUndefined();
    expect(domain.DependsOn).toBeUndefined();
  });

  test('the rendered Routing fits the vendored schema (scripts/schema-additions), which cfn-lint validates the saved templates with', () => {
    const { stack } = failoverDomain(imported(HEALTH_CHECK_ID));
    const [domain] = Object.values(checkedTemplate(stack).findResources('AWS::Cognito::UserPoolDomain'));
    expect(schemaErrors(DOMAIN_ADDITIONS.properties.Routing, domain.Properties.Routing)).toEqual([]);
    // A control: the same check rejects what CloudFormation would.
    expect(schemaErrors(DOMAIN_ADDITIONS.properties.Routing, { Failover: { PrimaryRoute53HealthCheckId: 'x'.repeat(65) }, Other: 1 })).toEqual([
      'Routing.Other: not a member', 'Routing.Failover.SecondaryRegion: required', 'Routing.Failover.PrimaryRoute53HealthCheckId: longer than 64',
    ].sort());
  });

  // aws-cdk-lib models Routing on its L1 from 2.276: there, its own renderer gives the shape the override writes.
  // Before (the minimum, 2.257) the L1 drops it, which is why the library writes an override. CI runs both.
  test('the override is what aws-cdk-lib\'s L1 renders for the same routing (2.276 and later); older L1s drop it', () => {
    const modelsRouting = Object.getOwnPropertyDescriptor(cognito.CfnUserPoolDomain.prototype, 'routing') !== undefined;
    const { stack } = failoverDomain(imported(HEALTH_CHECK_ID));
    new cognito.CfnUserPoolDomain(stack, 'L1', {
      userPoolId: 'us-east-1_EXAMPLE',
      domain: 'auth2.example.com',
      customDomainConfig: { certificateArn: certificateArn('us-east-1') },
      routing: { failover: { primaryRoute53HealthCheckId: HEALTH_CHECK_ID, secondaryRegion: 'us-west-2' } },
    } as cognito.CfnUserPoolDomainProps);
    const routings = Object.values(checkedTemplate(stack).findResources('AWS::Cognito::UserPoolDomain')).map((d) => d.Properties.Routing);
    expect(routings[0]).toEqual({ Failover: { PrimaryRoute53HealthCheckId: HEALTH_CHECK_ID, SecondaryRegion: 'us-west-2' } });
    expect(routings[1]).toEqual(modelsRouting ? routings[0] : undefined);
  });

  describe('failover.healthCheck', () => {
    test('an id over 64 characters is rejected; 64 and a token are accepted', () => {
      expect(synthProblems(failoverDomain(imported('a'.repeat(65))).stack)).toEqual([expect.stringMatching(
        /^\[Stack\/Domain\] failover.healthCheck \(its id, PrimaryRoute53HealthCheckId\) must be 0 to 64 characters long, got 65: "a+… \(65 characters\)" \[cdk-secure-user-pool:apiLimit\]$/)]);
      expect(synthProblems(failoverDomain(imported('a'.repeat(64))).stack)).toEqual([]);
      expect(synthProblems(failoverDomain((s) => imported(stringToken(s))(s)).stack)).toEqual([]);
    });

    test('missing (JavaScript) is rejected', () => {
      expect(synthProblems(failoverDomain(() => ({}) as UserPoolDomainFailover).stack)).toEqual([
        expect.stringMatching(/^\[Stack\/Domain\] failover.healthCheck is required, got none: .*domainFailoverIncomplete\]$/),
      ]);
    });
  });

  describe('failover.secondaryRegion', () => {
    const region = (secondaryRegion: string) => synthProblems(failoverDomain((s) => ({ ...imported(HEALTH_CHECK_ID)(s), secondaryRegion })).stack);

    test.each([
      ['not a region code', 'uswest2', 'must be a region code such as us-west-2, got "uswest2" [cdk-secure-user-pool:regionCode]'],
      ['under 5 characters', 'us-1', 'must be 5 to 32 characters long, got 4: "us-1" [cdk-secure-user-pool:apiLimit]'],
      ['over 32 characters', `ab-${'c'.repeat(28)}-1`, `must be 5 to 32 characters long, got 33: "ab-${'c'.repeat(28)}-1" [cdk-secure-user-pool:apiLimit]`],
    ])('%s is rejected', (_name, value, message) => {
      expect(region(value)).toEqual([`[Stack/Domain] failover.secondaryRegion ${message}`]);
    });

    test('accepted: a region code of 32 characters (warned: no replica there), and a token', () => {
      const longest = failoverDomain((s) => ({ ...imported(HEALTH_CHECK_ID)(s), secondaryRegion: `ab-${'c'.repeat(27)}-1` })).stack;
      expect(synthProblems(longest)).toEqual([]);
      const token = failoverDomain((s) => ({ ...imported(HEALTH_CHECK_ID)(s), secondaryRegion: stringToken(s) })).stack;
      expect(synthProblems(token)).toEqual([]);
      expect(domainWarnings(token)).toEqual([]);
    });

    test('required when the pool has no replica to default to; accepted when given', () => {
      const none = failoverDomain(imported(HEALTH_CHECK_ID), { replicas: false }).stack;
      expect(synthProblems(none)).toEqual([expect.stringMatching(
        /^\[Stack\/Domain\] failover.secondaryRegion is required, got none: the pool has no replicas to fail over to; add replicas: .*domainFailoverIncomplete\]$/)]);
      const given = failoverDomain((s) => ({ ...imported(HEALTH_CHECK_ID)(s), secondaryRegion: 'us-west-2' }), { replicas: false }).stack;
      expect(synthProblems(given)).toEqual([]);
    });

    test('required for a pool whose replicas aren\'t known (aws-cdk-lib\'s, imported); accepted when given, without a warning', () => {
      const domainOn = (secondaryRegion?: string) => {
        const stack = newStack();
        new UserPoolDomain(stack, 'Domain', {
          userPool: UserPool.fromUserPoolId(stack, 'Pool', 'us-east-1_EXAMPLE'),
          customDomain: { domainName: 'auth.example.com', certificate: Certificate.fromCertificateArn(stack, 'Cert', certificateArn('us-east-1')) },
          failover: { healthCheck: HealthCheck.fromHealthCheckId(stack, 'Primary', HEALTH_CHECK_ID), secondaryRegion },
        });
        return stack;
      };
      expect(synthProblems(domainOn())).toEqual([expect.stringMatching(/failover.secondaryRegion is required, got none: the Regions of this pool's replicas are not known here/)]);
      const given = domainOn('us-west-2');
      expect(synthProblems(given)).toEqual([]);
      expect(domainWarnings(given)).toEqual([]);
    });
  });

  describe('warnings', () => {
    test('a Region without the pool\'s replica, or the pool\'s own Region, is warned; the replica\'s Region is not', () => {
      const warned = (secondaryRegion: string, replicas = true) => domainWarnings(
        failoverDomain((s) => ({ ...imported(HEALTH_CHECK_ID)(s), secondaryRegion }), { replicas }).stack);
      expect(warned('eu-west-1')).toEqual([expect.stringMatching(
        /^failover.secondaryRegion is eu-west-1, but the pool's replicas are in us-west-2: .*\[ack: cdk-secure-user-pool:domainFailoverNotToReplica\]$/)]);
      expect(warned('us-west-2', false)).toEqual([expect.stringMatching(/but the pool's replicas are in no Region: /)]);
      expect(warned('us-east-1')).toEqual([expect.stringMatching(/^failover.secondaryRegion is us-east-1, but that is the pool's own Region/)]);
      expect(warned('us-west-2')).toEqual([]);
    });

    test('a Cognito (prefix) domain is warned (the API reference and the developer guide disagree), and still rendered', () => {
      const { stack } = failoverDomain(imported(HEALTH_CHECK_ID), { prefix: true });
      expect(domainWarnings(stack)).toEqual([expect.stringMatching(
        /^failover on a Cognito \(prefix\) domain: the API reference says routing "is currently only supported for custom domains".*domainFailoverOnPrefixDomain\]$/)]);
      checkedTemplate(stack).hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'my-login', Routing: { Failover: { SecondaryRegion: 'us-west-2' } } });
    });
  });
});

/** The vendored CloudFormation additions of UserPoolDomain, as scripts/lint-templates.py merges them. */
const DOMAIN_ADDITIONS = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'scripts', 'schema-additions', 'aws-cognito-userpooldomain.json'), 'utf-8'));

/** The subset of JSON Schema the additions use ($ref, object members, required, additionalProperties, string lengths). */
function schemaErrors(schema: any, value: unknown, at = 'Routing'): string[] {
  if (schema.$ref) { return schemaErrors(DOMAIN_ADDITIONS.definitions[schema.$ref.split('/').pop()], value, at); }
  if (schema.type === 'string') {
    if (typeof value !== 'string') { return [`${at}: not a string`]; }
    return value.length > (schema.maxLength ?? Infinity) ? [`${at}: longer than ${schema.maxLength}`]
      : value.length < (schema.minLength ?? 0) ? [`${at}: shorter than ${schema.minLength}`] : [];
  }
  if (typeof value !== 'object' || value === null) { return [`${at}: not an object`]; }
  const record = value as Record<string, unknown>;
  return [
    ...Object.keys(record).filter((key) => !(key in schema.properties)).map((key) => `${at}.${key}: not a member`),
    ...(schema.required ?? []).filter((key: string) => !(key in record)).map((key: string) => `${at}.${key}: required`),
    ...Object.entries(record).filter(([key]) => key in schema.properties).flatMap(([key, v]) => schemaErrors(schema.properties[key], v, `${at}.${key}`)),
  ].sort();
}
