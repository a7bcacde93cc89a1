import * as cdk from 'aws-cdk-lib';
import { SecretValue, type Stack } from 'aws-cdk-lib';
import * as cdkCognito from 'aws-cdk-lib/aws-cognito';
import { UserPool, UserPoolClient } from '../src';
import { newStack, numberToken, stringToken, synthProblems } from './util';
import { RESOURCE_CONSTRAINTS } from '../src/checks/constraints.generated';
import { Problems } from '../src/checks/problems';
import { checkResourceLimits, RESOURCE_PROPS, resourcePropOf } from '../src/private/resource-limits';

// The per-property limits of the resources around a pool (docs/validation.md, "Limits of the resources around the
// pool"), checked when the app synthesizes for the resources of the pool's stack, whichever library made them.
// Each limit class: the rejected value, the accepted boundary and a token, through aws-cdk-lib's classes and raw L1s.

const API_LIMIT = 'cdk-secure-user-pool:apiLimit';
const HTTPS = 'https://app.example.com/callback';

function pool(stack: Stack): UserPool {
  return new UserPool(stack, 'Pool');
}
/** The problems of a fresh stack's pool after `build` added resources to it. */
function problemsWith(build: (stack: Stack, p: UserPool) => void): string[] {
  const stack = newStack();
  const p = pool(stack);
  build(stack, p);
  return synthProblems(stack);
}
const limitProblem = (text: string) => expect.stringMatching(new RegExp(`^\\[Stack/Pool\\] ${text}.* \\[${API_LIMIT}\\]$`));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

describe('the generated limits of the resources around the pool', () => {
  test('cover the props the issue lists, and every pattern compiles as api-limits.ts compiles it', () => {
    expect(Object.keys(RESOURCE_CONSTRAINTS).sort()).toEqual(Object.keys(RESOURCE_PROPS).sort());
    expect(Object.keys(RESOURCE_CONSTRAINTS['AWS::Cognito::UserPoolClient'])).toEqual(expect.arrayContaining([
      'ClientName', 'CallbackURLs', 'CallbackURLs[]', 'LogoutURLs', 'LogoutURLs[]', 'DefaultRedirectURI', 'AllowedOAuthScopes[]',
      'SupportedIdentityProviders[]', 'ReadAttributes[]', 'WriteAttributes[]',
    ]));
    expect(RESOURCE_CONSTRAINTS['AWS::Cognito::UserPoolGroup'].Precedence).toMatchObject({ integer: true, minimum: 0 });
    for (const limits of Object.values(RESOURCE_CONSTRAINTS)) {
      for (const { patterns = [] } of Object.values(limits)) {
        patterns.forEach((p) => expect(() => new RegExp(`^(?:${p})$`, 'u')).not.toThrow());
      }
    }
  });

  test('each limited path names the prop a user writes', () => {
    expect(resourcePropOf('AWS::Cognito::UserPoolClient', 'CallbackURLs[]')).toBe('oAuth.callbackUrls[]');
    expect(resourcePropOf('AWS::Cognito::UserPoolResourceServer', 'Scopes[].ScopeName')).toBe('scopes[].scopeName');
    expect(resourcePropOf('AWS::Cognito::UserPoolIdentityProvider', 'AttributeMapping{key}')).toBe('attributeMapping{key}');
    expect(resourcePropOf('AWS::Cognito::UserPoolDomain', 'Routing.Failover.PrimaryRoute53HealthCheckId')).toBe('failover.healthCheck');
    expect(resourcePropOf('AWS::Cognito::UserPoolDomain', 'Routing.Failover.SecondaryRegion')).toBe('failover.secondaryRegion');
    for (const [type, limits] of Object.entries(RESOURCE_CONSTRAINTS)) {
      for (const cfnPath of Object.keys(limits)) {
        expect(Object.keys(RESOURCE_PROPS[type].props)).toContain(cfnPath.split(/[.[{]/)[0]);
      }
    }
  });
});

describe('app clients', () => {
  test('a client name outside ClientNameType is an error naming the client, the prop, the value and the limit', () => {
    expect(problemsWith((stack, p) => new cdkCognito.UserPoolClient(stack, 'Cdk', { userPool: p, userPoolClientName: 'my/client' }))).toEqual([
      `[Stack/Pool] Stack/Cdk userPoolClientName (ClientName) must match the pattern [\\w\\s+=,.@-]+, got "my/client" [${API_LIMIT}]`,
    ]);
  });

  test('the name\'s length: 129 characters rejected, 128 accepted, a token accepted; this library\'s clients too', () => {
    expect(problemsWith((_stack, p) => p.addClient('Web', { userPoolClientName: 'a'.repeat(129), oAuth: { callbackUrls: [HTTPS] } })))
      .toEqual([limitProblem(escape('Stack/Pool/Web userPoolClientName (ClientName) must be 1 to 128 characters long, got 129'))]);
    expect(problemsWith((_stack, p) => p.addClient('Web', { userPoolClientName: 'a'.repeat(128), oAuth: { callbackUrls: [HTTPS] } }))).toEqual([]);
    expect(problemsWith((stack, p) => new UserPoolClient(stack, 'Web', { userPool: p, userPoolClientName: stringToken(stack), oAuth: { callbackUrls: [HTTPS] } })))
      .toEqual([]);
  });

  test('callback and logout URLs: each 1 to 1024 printable characters, at most 100 of each', () => {
    const long = `https://app.example.com/${'a'.repeat(1024 - 24)}`;
    expect(long).toHaveLength(1024);
    expect(problemsWith((stack, p) => new cdkCognito.CfnUserPoolClient(stack, 'L1', {
      userPoolId: p.userPoolId, callbackUrLs: [HTTPS, `${long}a`], logoutUrLs: ['https://app.example.com/a b'],
    }))).toEqual([
      limitProblem(escape('Stack/L1 oAuth.callbackUrls[1] (CallbackURLs[]) must be 1 to 1024 characters long, got 1025')),
      limitProblem(escape('Stack/L1 oAuth.logoutUrls[0] (LogoutURLs[]) must match the pattern')),
    ]);
    const urls = (n: number) => Array.from({ length: n }, (_, i) => `https://app.example.com/${i}`);
    expect(problemsWith((stack, p) => new cdkCognito.CfnUserPoolClient(stack, 'L1', { userPoolId: p.userPoolId, callbackUrLs: urls(101) })))
      .toEqual([`[Stack/Pool] Stack/L1 oAuth.callbackUrls (CallbackURLs) must have 0 to 100 items, got 101 [${API_LIMIT}]`]);
    expect(problemsWith((stack, p) => new cdkCognito.CfnUserPoolClient(stack, 'L1', {
      userPoolId: p.userPoolId, callbackUrLs: [...urls(99), long], defaultRedirectUri: long,
    }))).toEqual([]);
    expect(problemsWith((stack, p) => new cdkCognito.CfnUserPoolClient(stack, 'L1', {
      userPoolId: p.userPoolId,
      callbackUrLs: [stringToken(stack)],
      logoutUrLs: cdk.Token.asList(stringToken(stack, 'L')),
      defaultRedirectUri: stringToken(stack, 'Q'),
    }))).toEqual([]);
  });

  test('a scope, an identity provider name and a read or write attribute out of their limits', () => {
    // The references check reads the same values and reports what the pool lacks; here only the limits are looked at.
    const problems = problemsWith((stack, p) => new cdkCognito.CfnUserPoolClient(stack, 'L1', {
      userPoolId: p.userPoolId,
      allowedOAuthScopes: ['openid', 'a"b'],
      supportedIdentityProviders: ['COGNITO', 'x'.repeat(33)],
      readAttributes: ['email', ''],
      writeAttributes: ['w'.repeat(2049)],
    }));
    expect(problems.filter((line) => line.includes(API_LIMIT))).toEqual([
      limitProblem(escape('Stack/L1 oAuth.scopes[1] (AllowedOAuthScopes[]) must match the pattern [\\x21\\x23-\\x5B\\x5D-\\x7E]+, got "a\\"b"')),
      limitProblem(escape('Stack/L1 supportedIdentityProviders[1] (SupportedIdentityProviders[]) must be 1 to 32 characters long, got 33')),
      limitProblem(escape('Stack/L1 readAttributes[1] (ReadAttributes[]) must be 1 to 2048 characters long, got 0')),
      limitProblem(escape('Stack/L1 writeAttributes[0] (WriteAttributes[]) must be 1 to 2048 characters long, got 2049')),
    ]);
    const scopes = Array.from({ length: 51 }, (_, i) => `s${i}`);
    expect(problemsWith((stack, p) => new cdkCognito.CfnUserPoolClient(stack, 'L1', { userPoolId: p.userPoolId, allowedOAuthScopes: scopes })))
      .toEqual(expect.arrayContaining([`[Stack/Pool] Stack/L1 oAuth.scopes (AllowedOAuthScopes) must have 0 to 50 items, got 51 [${API_LIMIT}]`]));
  });

  test('the boundaries are accepted: a 256-character scope, a 32-character provider name, a 2048-character attribute', () => {
    const problems = problemsWith((stack, p) => new cdkCognito.CfnUserPoolClient(stack, 'L1', {
      userPoolId: p.userPoolId,
      allowedOAuthScopes: ['s'.repeat(256)],
      supportedIdentityProviders: ['x'.repeat(32)],
      readAttributes: ['r'.repeat(2048)],
    }));
    expect(problems.filter((line) => line.includes(API_LIMIT))).toEqual([]);
  });
});

describe('resource servers', () => {
  const scope = (scopeName: string, scopeDescription = 'read') => new cdkCognito.ResourceServerScope({ scopeName, scopeDescription });

  test('identifier, name, scope names and descriptions out of their limits, through aws-cdk-lib\'s class', () => {
    expect(problemsWith((stack, p) => new cdkCognito.UserPoolResourceServer(stack, 'Api', {
      userPool: p, identifier: 'api"x', userPoolResourceServerName: 'my/api', scopes: [scope('read'), scope('a/b'), scope('write', 'd'.repeat(257))],
    }))).toEqual([
      limitProblem(escape('Stack/Api identifier (Identifier) must match the pattern')),
      limitProblem(escape('Stack/Api userPoolResourceServerName (Name) must match the pattern [\\w\\s+=,.@-]+, got "my/api"')),
      limitProblem(escape('Stack/Api scopes[1].scopeName (Scopes[].ScopeName) must match the pattern')),
      limitProblem(escape('Stack/Api scopes[2].scopeDescription (Scopes[].ScopeDescription) must be 1 to 256 characters long, got 257')),
    ]);
  });

  test('aws-cdk-lib\'s default name (the identifier) is checked too: a URL identifier needs a name', () => {
    expect(problemsWith((_stack, p) => p.addResourceServer('Api', { identifier: 'https://api.example.com', scopes: [scope('read')] })))
      .toEqual([limitProblem(escape('Stack/Pool/Api userPoolResourceServerName (Name) must match the pattern'))]);
    expect(problemsWith((_stack, p) => p.addResourceServer('Api', { identifier: 'https://api.example.com', userPoolResourceServerName: 'api' }))).toEqual([]);
    expect(problemsWith((_stack, p) => p.addResourceServer('Api', { identifier: 'https://api.example.com', userPoolResourceServerName: 'https://api' })))
      .toEqual([limitProblem(escape('Stack/Pool/Api userPoolResourceServerName (Name) must match the pattern'))]);
  });

  test('at most 100 scopes; the boundaries and tokens are accepted; raw L1s too', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ scopeName: `s${i}`, scopeDescription: 'd' }));
    expect(problemsWith((stack, p) => new cdkCognito.CfnUserPoolResourceServer(stack, 'L1', {
      userPoolId: p.userPoolId, identifier: 'api', name: 'api', scopes: many(101),
    }))).toEqual([`[Stack/Pool] Stack/L1 scopes (Scopes) must have 0 to 100 items, got 101 [${API_LIMIT}]`]);
    expect(problemsWith((stack, p) => new cdkCognito.CfnUserPoolResourceServer(stack, 'L1', {
      userPoolId: p.userPoolId,
      identifier: 'i'.repeat(256),
      name: 'n'.repeat(256),
      scopes: [...many(98), { scopeName: 's'.repeat(256), scopeDescription: 'd'.repeat(256) }, { scopeName: stringToken(stack), scopeDescription: stringToken(stack, 'Q') }],
    }))).toEqual([]);
    expect(problemsWith((stack, p) => new cdkCognito.UserPoolResourceServer(stack, 'Api', {
      userPool: p, identifier: stringToken(stack), userPoolResourceServerName: stringToken(stack, 'Q'),
    }))).toEqual([]);
  });
});

describe('groups', () => {
  // aws-cdk-lib's UserPoolGroup checks its own literal props at construction: raw L1s are where these limits reach the pool.
  test('group name, description and precedence out of their limits', () => {
    expect(problemsWith((stack, p) => new cdkCognito.CfnUserPoolGroup(stack, 'L1', {
      userPoolId: p.userPoolId, groupName: 'has space', description: 'd'.repeat(2049), precedence: -1,
    }))).toEqual([
      limitProblem(escape('Stack/L1 groupName (GroupName) must match the pattern')),
      `[Stack/Pool] Stack/L1 description (Description) must be 0 to 2048 characters long, got 2049: "${'d'.repeat(60)}… (2049 characters)" [${API_LIMIT}]`,
      `[Stack/Pool] Stack/L1 precedence (Precedence) must be a whole number of at least 0, got -1 [${API_LIMIT}]`,
    ]);
    expect(problemsWith((stack, p) => new cdkCognito.CfnUserPoolGroup(stack, 'L1', { userPoolId: p.userPoolId, groupName: 'g'.repeat(129), precedence: 1.5 })))
      .toEqual([
        limitProblem(escape('Stack/L1 groupName (GroupName) must be 1 to 128 characters long, got 129')),
        `[Stack/Pool] Stack/L1 precedence (Precedence) must be a whole number of at least 0, got 1.5 [${API_LIMIT}]`,
      ]);
  });

  test('the boundaries and tokens are accepted, through aws-cdk-lib\'s class and L1s', () => {
    expect(problemsWith((stack, p) => {
      new cdkCognito.CfnUserPoolGroup(stack, 'L1', { userPoolId: p.userPoolId, groupName: 'g'.repeat(128), description: 'd'.repeat(2048), precedence: 0 });
      new cdkCognito.CfnUserPoolGroup(stack, 'Tokens', {
        userPoolId: p.userPoolId, groupName: stringToken(stack), description: stringToken(stack, 'Q'), precedence: numberToken(stack),
      });
      new cdkCognito.UserPoolGroup(stack, 'Admins', { userPool: p, groupName: 'admins', description: 'Administrators', precedence: 0 });
      p.addGroup('Readers', { groupName: 'readers' });
    })).toEqual([]);
  });
});

describe('identity providers', () => {
  test('provider name, attribute mapping keys and identifiers out of their limits', () => {
    expect(problemsWith((stack, p) => new cdkCognito.CfnUserPoolIdentityProvider(stack, 'L1', {
      userPoolId: p.userPoolId,
      providerName: '_Corp',
      providerType: 'OIDC',
      providerDetails: { 'client_id': 'id', 'bad#key': 'x' },
      attributeMapping: { email: 'email', ['custom:' + 'k'.repeat(26)]: 'sub' },
      idpIdentifiers: ['corp', 'i'.repeat(41)],
    }))).toEqual([
      // The references check runs first, on the same resource.
      expect.stringContaining('[cdk-secure-user-pool:mappedAttributeNotInPool]'),
      limitProblem(escape('Stack/L1 providerName (ProviderName) must match the pattern')),
      limitProblem(escape('Stack/L1 providerDetails key "bad#key" (ProviderDetails{key}) must match the pattern')),
      limitProblem(escape('Stack/L1 attributeMapping key "custom:kkkkkkkkkkkkkkkkkkkkkkkkkk" (AttributeMapping{key}) must be 1 to 32 characters long, got 33')),
      limitProblem(escape('Stack/L1 identifiers[1] (IdpIdentifiers[]) must be 1 to 40 characters long, got 41')),
    ]);
    const ids = Array.from({ length: 51 }, (_, i) => `i${i}`);
    expect(problemsWith((stack, p) => new cdkCognito.CfnUserPoolIdentityProvider(stack, 'L1', {
      userPoolId: p.userPoolId, providerName: 'Corp', providerType: 'OIDC', providerDetails: {}, idpIdentifiers: ids,
    }))).toEqual([`[Stack/Pool] Stack/L1 identifiers (IdpIdentifiers) must have 0 to 50 items, got 51 [${API_LIMIT}]`]);
  });

  test('through aws-cdk-lib\'s classes: identifiers and mapping keys; the boundaries and tokens are accepted', () => {
    expect(problemsWith((stack, p) => new cdkCognito.UserPoolIdentityProviderSaml(stack, 'Saml', {
      userPool: p,
      name: 'Corp',
      metadata: cdkCognito.UserPoolIdentityProviderSamlMetadata.url('https://idp.example.com/metadata'),
      identifiers: ['has/slash'],
    }))).toEqual([limitProblem(escape('Stack/Saml identifiers[0] (IdpIdentifiers[]) must match the pattern [\\w\\s+=.@-]+, got "has/slash"'))]);
    expect(problemsWith((stack, p) => {
      new cdkCognito.UserPoolIdentityProviderGoogle(stack, 'Google', {
        userPool: p,
        clientId: 'id',
        clientSecretValue: SecretValue.unsafePlainText('s'),
        attributeMapping: { email: cdkCognito.ProviderAttribute.GOOGLE_EMAIL },
      });
      new cdkCognito.CfnUserPoolIdentityProvider(stack, 'L1', {
        userPoolId: p.userPoolId,
        providerName: 'p'.repeat(32),
        providerType: 'OIDC',
        providerDetails: { client_id: stringToken(stack) },
        idpIdentifiers: ['i'.repeat(40), stringToken(stack, 'Q')],
        attributeMapping: { phone_number: stringToken(stack, 'R') },
      });
      new cdkCognito.CfnUserPoolIdentityProvider(stack, 'Token', {
        userPoolId: p.userPoolId, providerName: stringToken(stack, 'S'), providerType: 'OIDC', providerDetails: {},
      });
    })).toEqual([]);
  });
});

describe('domains not made by addDomain get the same prefix rules', () => {
  test('aws-cdk-lib\'s UserPoolDomain: a leading hyphen and a reserved word, each with its id and the domain\'s path', () => {
    expect(problemsWith((stack, p) => {
      new cdkCognito.UserPoolDomain(stack, 'Hyphen', { userPool: p, cognitoDomain: { domainPrefix: '-myapp' } });
      // Another pool: a pool takes one Cognito domain.
      new cdkCognito.UserPoolDomain(stack, 'Reserved', { userPool: new UserPool(stack, 'Second'), cognitoDomain: { domainPrefix: 'myapp-cognito' } });
    })).toEqual([
      '[Stack/Pool] Stack/Hyphen cognitoDomain.domainPrefix (Domain) must be 1 to 63 lowercase letters, digits and hyphens, starting and '
        + 'ending with a letter or digit, got "-myapp" [cdk-secure-user-pool:domainPrefix]',
      '[Stack/Second] Stack/Reserved cognitoDomain.domainPrefix (Domain) must not contain "cognito", got "myapp-cognito": Cognito reserves '
        + 'aws, amazon and cognito ("Domain cannot contain reserved word") [cdk-secure-user-pool:domainPrefixReservedWord]',
    ]);
  });

  test('an L1 prefix of 64 characters is rejected, 63 accepted; a token and a custom domain are not checked', () => {
    expect(problemsWith((stack, p) => new cdkCognito.CfnUserPoolDomain(stack, 'L1', { userPoolId: p.userPoolId, domain: 'a'.repeat(64) })))
      .toEqual([expect.stringMatching(/^\[Stack\/Pool\] Stack\/L1 cognitoDomain.domainPrefix \(Domain\) must be 1 to 63 .*\[cdk-secure-user-pool:domainPrefix\]$/)]);
    expect(problemsWith((stack, p) => {
      new cdkCognito.CfnUserPoolDomain(stack, 'L1', { userPoolId: p.userPoolId, domain: 'a'.repeat(63) });
      new cdkCognito.CfnUserPoolDomain(stack, 'Token', { userPoolId: new UserPool(stack, 'Second').userPoolId, domain: stringToken(stack) });
      new cdkCognito.CfnUserPoolDomain(stack, 'Custom', {
        userPoolId: p.userPoolId,
        domain: 'auth.example.com',
        customDomainConfig: { certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc' },
      });
    })).toEqual([]);
  });

  describe('Routing.Failover, as an L1 that models it renders it', () => {
    const CERTIFICATE = { CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc' };
    const failoverProblems = (Failover: unknown) => {
      const problems = new Problems();
      checkResourceLimits(problems, [{ path: 'Stack/L1', type: 'AWS::Cognito::UserPoolDomain', properties: { Domain: 'auth.example.com', CustomDomainConfig: CERTIFICATE, Routing: { Failover } } }]);
      return problems.all;
    };

    test('a health check id over 64 characters, a Region under 5 characters or not a region code are rejected', () => {
      expect(failoverProblems({ PrimaryRoute53HealthCheckId: 'h'.repeat(65), SecondaryRegion: 'us-1' })).toEqual([
        expect.stringMatching(/^Stack\/L1 failover.healthCheck \(Routing.Failover.PrimaryRoute53HealthCheckId\) must be 0 to 64 characters long, got 65: .*apiLimit\]$/),
        'Stack/L1 failover.secondaryRegion (Routing.Failover.SecondaryRegion) must be 5 to 32 characters long, got 4: "us-1" [cdk-secure-user-pool:apiLimit]',
      ]);
      expect(failoverProblems({ PrimaryRoute53HealthCheckId: 'h', SecondaryRegion: 'uswest2' })).toEqual([
        'Stack/L1 failover.secondaryRegion (Routing.Failover.SecondaryRegion) must be a region code such as us-west-2, got "uswest2" [cdk-secure-user-pool:regionCode]',
      ]);
    });

    test('the boundaries and tokens are accepted', () => {
      const stack = newStack();
      expect(failoverProblems({ PrimaryRoute53HealthCheckId: 'h'.repeat(64), SecondaryRegion: `ab-${'c'.repeat(27)}-1` })).toEqual([]);
      expect(failoverProblems({ PrimaryRoute53HealthCheckId: stringToken(stack), SecondaryRegion: stringToken(stack, 'Q') })).toEqual([]);
      expect(failoverProblems(cdk.Lazy.any({ produce: () => ({}) }))).toEqual([]);
    });

    // aws-cdk-lib's L1 models Routing from 2.276 (CI's last step runs the tests on the newest); older L1s drop it,
    // so there is nothing in the template to check.
    test('read from the stack on aws-cdk-lib 2.276 and later (older L1s render no Routing)', () => {
      const modelsRouting = Object.getOwnPropertyDescriptor(cdkCognito.CfnUserPoolDomain.prototype, 'routing') !== undefined;
      expect(problemsWith((stack, p) => new cdkCognito.CfnUserPoolDomain(stack, 'L1', {
        userPoolId: p.userPoolId,
        domain: 'auth.example.com',
        customDomainConfig: { certificateArn: CERTIFICATE.CertificateArn },
        routing: { failover: { primaryRoute53HealthCheckId: 'h', secondaryRegion: 'uswest2' } },
      } as cdkCognito.CfnUserPoolDomainProps))).toEqual(modelsRouting
        ? [expect.stringMatching(/^\[Stack\/Pool\] Stack\/L1 failover.secondaryRegion \(Routing.Failover.SecondaryRegion\) must be a region code/)]
        : []);
    });
  });

  test('a domain made by addDomain is reported once, by addDomain, under its options\' path', () => {
    const stack = newStack();
    pool(stack).addDomain('Domain', { cognitoDomain: { domainPrefix: 'aws-app' } });
    expect(synthProblems(stack)).toEqual([
      '[Stack/Pool/Domain] cognitoDomain.domainPrefix must not contain "aws", got "aws-app": Cognito reserves aws, amazon and cognito '
        + '("Domain cannot contain reserved word") [cdk-secure-user-pool:domainPrefixReservedWord]',
    ]);
  });
});

test('resources of another pool, or attached to an imported pool, are not this pool\'s', () => {
  const stack = newStack();
  pool(stack);
  const imported = cdkCognito.UserPool.fromUserPoolId(stack, 'Imported', 'us-east-1_abc');
  new cdkCognito.CfnUserPoolGroup(stack, 'Group', { userPoolId: imported.userPoolId, groupName: 'has space' });
  new cdkCognito.UserPoolClient(stack, 'Client', { userPool: imported, userPoolClientName: 'my/client' });
  expect(synthProblems(stack)).toEqual([]);
});
