import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import * as cognito from 'aws-cdk-lib/aws-cognito';
type CfnUserPoolDomain = cognito.CfnUserPoolDomain;
import { UserPool } from '../src';
import { checkedTemplate, newStack, stringToken, synthProblems } from './util';

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
    })).toEqual([expect.stringMatching(/^\[Stack\/Pool\/Two\] the pool already has a Cognito \(prefix\) domain from addDomain: .*domainOnePerKind\]$/)]);
    expect(problemsFor((pool, stack) => {
      pool.addDomain('Prefix', { cognitoDomain: { domainPrefix: 'my-login' } });
      pool.addDomain('Custom', { customDomain: { domainName: 'auth.example.com', certificate: Certificate.fromCertificateArn(stack, 'Cert', certificateArn('us-east-1')) } });
    })).toEqual([]);
  });

  test('both kinds in one call, or neither, is reported at synth (aws-cdk-lib throws at once)', () => {
    expect(problemsFor((pool, stack) => pool.addDomain('Both', {
      cognitoDomain: { domainPrefix: 'my-login' },
      customDomain: { domainName: 'auth.example.com', certificate: Certificate.fromCertificateArn(stack, 'Cert', certificateArn('us-east-1')) },
    }))).toEqual([expect.stringMatching(/^\[Stack\/Pool\/Both\] addDomain needs exactly one of cognitoDomain or customDomain, got both/)]);
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
