import { type App, SecretValue, Stack } from 'aws-cdk-lib';
import { Annotations } from 'aws-cdk-lib/assertions';
import * as cdkCognito from 'aws-cdk-lib/aws-cognito';
import { StringAttribute, UserPool, UserPoolClient } from '../src';
import { ENV, Match, newStack, stringToken, synthProblems } from './util';
import { Problems } from '../src/checks/problems';
import { checkPoolReferences, type ClientFacts } from '../src/private/references';

// References between a pool's resources, checked when the app synthesizes (docs/validation.md, "References between
// resources"): scopes, identity providers and attributes an app client names, and what identity providers map onto.

const { ClientAttributes, OAuthScope, ProviderAttribute, ResourceServerScope, UserPoolClientIdentityProvider } = cdkCognito;
const HTTPS = ['https://app.example.com/callback'];
const READ = new ResourceServerScope({ scopeName: 'read', scopeDescription: 'read' });
const SCOPE_WARNING = 'cdk-secure-user-pool:scopeWithoutResourceServerDependency';
const PROVIDER_WARNING = 'cdk-secure-user-pool:identityProviderWithoutDependency';

function pool(stack: Stack, props = {}): UserPool {
  return new UserPool(stack, 'Pool', { customAttributes: { tier: new StringAttribute({ mutable: true }) }, ...props });
}
function server(stack: Stack, userPool: cdkCognito.IUserPool): cdkCognito.UserPoolResourceServer {
  return new cdkCognito.UserPoolResourceServer(stack, 'Api', { userPool, identifier: 'api', scopes: [READ] });
}
function google(stack: Stack, userPool: cdkCognito.IUserPool, attributeMapping?: cdkCognito.AttributeMapping) {
  return new cdkCognito.UserPoolIdentityProviderGoogle(stack, 'Google', {
    userPool, clientId: 'id', clientSecretValue: SecretValue.unsafePlainText('s'), attributeMapping,
  });
}
function webClient(stack: Stack, userPool: cdkCognito.IUserPool, options: Partial<cdkCognito.UserPoolClientOptions> = {}, id = 'Web'): UserPoolClient {
  return new UserPoolClient(stack, id, { userPool, oAuth: { callbackUrls: HTTPS }, ...options });
}
function scopesClient(stack: Stack, userPool: cdkCognito.IUserPool, scopes: cdkCognito.OAuthScope[]): UserPoolClient {
  return webClient(stack, userPool, { oAuth: { callbackUrls: HTTPS, scopes } });
}
/** The warnings with an id on the pool, as their message text. */
function warnings(stack: Stack, id: string): string[] {
  return Annotations.fromStack(stack).findWarning('/Stack/Pool', Match.stringLikeRegexp(id)).map((w) => String(w.entry.data));
}

describe('OAuth scopes name standard scopes or a resource server of the pool', () => {
  test('a literal scope no resource server of the pool defines is an error naming the client, the scope and what the pool has', () => {
    const stack = newStack();
    const p = pool(stack);
    server(stack, p);
    scopesClient(stack, p, [OAuthScope.OPENID, OAuthScope.custom('api/write')]);
    expect(synthProblems(stack)).toEqual([
      '[Stack/Pool] Stack/Web oAuth.scopes (AllowedOAuthScopes) must be standard scopes (openid, email, phone, profile, '
      + 'aws.cognito.signin.user.admin) or scopes of this pool\'s resource servers (["api/read"]), got "api/write": define the scope on '
      + 'a resource server of the pool and name it with OAuthScope.resourceServer(server, scope) (the deploy fails with '
      + 'ScopeDoesNotExistException) [cdk-secure-user-pool:clientScopeNotInPool]',
    ]);
  });

  test('with no resource server, any custom scope is an error, whichever library made the client', () => {
    const stack = newStack();
    const p = pool(stack);
    new cdkCognito.UserPoolClient(stack, 'Cdk', { userPool: p, oAuth: { callbackUrls: HTTPS, scopes: [OAuthScope.custom('api/read')] } });
    expect(synthProblems(stack)).toEqual([expect.stringMatching(/^\[Stack\/Pool\] Stack\/Cdk oAuth.scopes .*\(it has none\), got "api\/read".*\[cdk-secure-user-pool:clientScopeNotInPool\]$/)]);
  });

  test('accepted: OAuthScope.resourceServer(server, scope), the standard scopes, a token scope; no warning either', () => {
    const stack = newStack();
    const p = pool(stack);
    const api = server(stack, p);
    scopesClient(stack, p, [OAuthScope.resourceServer(api, READ), OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PHONE, OAuthScope.PROFILE,
      OAuthScope.COGNITO_ADMIN, OAuthScope.custom(stringToken(stack))]);
    expect(synthProblems(stack)).toEqual([]);
    expect(warnings(stack, SCOPE_WARNING)).toEqual([]);
  });

  test('a literal scope of a resource server in the stack, without a reference to it, warns, whichever was created first', () => {
    for (const clientFirst of [true, false]) {
      const stack = newStack();
      const p = pool(stack);
      if (clientFirst) { scopesClient(stack, p, [OAuthScope.custom('api/read')]); }
      server(stack, p);
      if (!clientFirst) { scopesClient(stack, p, [OAuthScope.custom('api/read')]); }
      expect(synthProblems(stack)).toEqual([]);
      expect(warnings(stack, SCOPE_WARNING)).toEqual([
        'Stack/Web oAuth.scopes names "api/read" as a literal string, without a reference to the resource server Stack/Api that defines it: '
        + 'CloudFormation may create the client first, and the deploy fails with ScopeDoesNotExistException; name it with '
        + `OAuthScope.resourceServer(server, scope), or add client.node.addDependency(server) [ack: ${SCOPE_WARNING}]`,
      ]);
    }
  });

  test('a dependency on the resource server clears the warning: the client\'s, its L1\'s, or a raw CfnUserPoolClient\'s', () => {
    const stack = newStack();
    const p = pool(stack);
    const c = scopesClient(stack, p, [OAuthScope.custom('api/read')]);
    const api = server(stack, p);
    c.node.addDependency(api);
    const raw = new cdkCognito.CfnUserPoolClient(stack, 'Raw', { userPoolId: p.userPoolId, allowedOAuthScopes: ['api/read'] });
    raw.addDependency(api.node.defaultChild as cdkCognito.CfnUserPoolResourceServer);
    expect(synthProblems(stack)).toEqual([]);
    expect(warnings(stack, SCOPE_WARNING)).toEqual([]);
  });

  test('a raw resource server with a token identifier makes no literal scope unknown; a raw client\'s token list is skipped', () => {
    const stack = newStack();
    const p = pool(stack);
    new cdkCognito.CfnUserPoolResourceServer(stack, 'Tokened', { userPoolId: p.userPoolId, identifier: stringToken(stack, 'Id'), name: 'n' });
    scopesClient(stack, p, [OAuthScope.custom('other/read')]);
    new cdkCognito.CfnUserPoolClient(stack, 'Raw', { userPoolId: p.userPoolId, allowedOAuthScopes: stringToken(stack, 'L') as never });
    expect(synthProblems(stack)).toEqual([]);
  });

  test('another pool\'s resource server doesn\'t count, and another pool\'s clients are not this pool\'s concern', () => {
    const stack = newStack();
    const p = pool(stack);
    const other = new UserPool(stack, 'Other');
    server(stack, other);
    scopesClient(stack, p, [OAuthScope.custom('api/read')]);
    expect(synthProblems(stack)).toEqual([expect.stringMatching(/^\[Stack\/Pool\] Stack\/Web oAuth.scopes .*\[cdk-secure-user-pool:clientScopeNotInPool\]$/)]);
  });

  test('an imported pool checks nothing', () => {
    const stack = newStack();
    const imported = UserPool.fromUserPoolId(stack, 'Imported', 'us-east-1_abc');
    scopesClient(stack, imported, [OAuthScope.custom('api/read')]);
    webClient(stack, imported, { supportedIdentityProviders: [UserPoolClientIdentityProvider.GOOGLE], writeAttributes: new ClientAttributes().withCustomAttributes('x') }, 'Other');
    const cdkImported = cdkCognito.UserPool.fromUserPoolId(stack, 'CdkImported', 'us-east-1_def');
    google(stack, cdkImported, { custom: { 'custom:nothing': ProviderAttribute.other('x') } });
    expect(synthProblems(stack)).toEqual([]);
  });
});

describe('supported identity providers are COGNITO or a provider of the pool', () => {
  test('a provider name no identity provider of the pool has is an error', () => {
    const stack = newStack();
    const p = pool(stack);
    webClient(stack, p, { supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO, UserPoolClientIdentityProvider.GOOGLE] });
    expect(synthProblems(stack)).toEqual([
      '[Stack/Pool] Stack/Web supportedIdentityProviders (SupportedIdentityProviders) must be COGNITO or the names of this pool\'s identity '
      + 'providers (["COGNITO"]), got "Google": add the identity provider to the pool (UserPoolIdentityProvider*), or remove it from the '
      + 'list (the deploy fails: "The provider Google does not exist for User Pool") [cdk-secure-user-pool:clientIdentityProviderNotInPool]',
    ]);
  });

  test('a provider in the stack that the client doesn\'t depend on warns, whichever was created first', () => {
    for (const clientFirst of [true, false]) {
      const stack = newStack();
      const p = pool(stack);
      if (clientFirst) { webClient(stack, p, { supportedIdentityProviders: [UserPoolClientIdentityProvider.GOOGLE] }); }
      google(stack, p);
      if (!clientFirst) { webClient(stack, p, { supportedIdentityProviders: [UserPoolClientIdentityProvider.GOOGLE] }); }
      expect(synthProblems(stack)).toEqual([]);
      expect(warnings(stack, PROVIDER_WARNING)).toEqual([
        'Stack/Web supportedIdentityProviders names "Google" without depending on the identity provider Stack/Google: CloudFormation may '
        + 'create the client first, and the deploy fails ("The provider Google does not exist for User Pool"); add '
        + `client.node.addDependency(provider) [ack: ${PROVIDER_WARNING}]`,
      ]);
    }
  });

  test('accepted: a dependency on the provider, aws-cdk-lib\'s default (the registered providers, by reference), a token name', () => {
    const stack = newStack();
    const p = pool(stack);
    const provider = google(stack, p);
    webClient(stack, p, { supportedIdentityProviders: [UserPoolClientIdentityProvider.GOOGLE] }).node.addDependency(provider);
    new cdkCognito.UserPoolClient(stack, 'CdkDefault', { userPool: p });
    webClient(stack, p, { supportedIdentityProviders: [UserPoolClientIdentityProvider.custom(stringToken(stack))] }, 'Tokened');
    expect(synthProblems(stack)).toEqual([]);
    expect(warnings(stack, PROVIDER_WARNING)).toEqual([]);
  });

  test('raw L1s: a provider with a token name makes no name unknown; a raw client with DependsOn on a raw provider is accepted', () => {
    const stack = newStack();
    const p = pool(stack);
    const oidc = new cdkCognito.CfnUserPoolIdentityProvider(stack, 'Oidc', { userPoolId: p.userPoolId, providerName: 'corp', providerType: 'OIDC', providerDetails: {} });
    const raw = new cdkCognito.CfnUserPoolClient(stack, 'Raw', { userPoolId: p.userPoolId, supportedIdentityProviders: ['corp', 'COGNITO'] });
    raw.addDependency(oidc);
    expect(synthProblems(stack)).toEqual([]);
    new cdkCognito.CfnUserPoolClient(stack, 'Unknown', { userPoolId: p.userPoolId, supportedIdentityProviders: ['Facebook'] });
    expect(synthProblems(stack)).toEqual([expect.stringMatching(/^\[Stack\/Pool\] Stack\/Unknown supportedIdentityProviders .*\(\["COGNITO", "corp"\]\), got "Facebook"/)]);
    new cdkCognito.CfnUserPoolIdentityProvider(stack, 'Tokened', { userPoolId: p.userPoolId, providerName: stringToken(stack), providerType: 'OIDC', providerDetails: {} });
    expect(synthProblems(stack)).toEqual([]);
  });
});

describe('read and write attributes exist on the pool', () => {
  test('a custom attribute the pool doesn\'t define, or a name that is no attribute, is an error', () => {
    const stack = newStack();
    const p = pool(stack);
    webClient(stack, p, { writeAttributes: new ClientAttributes().withCustomAttributes('tier', 'plan') });
    new cdkCognito.CfnUserPoolClient(stack, 'Raw', { userPoolId: p.userPoolId, readAttributes: ['email', 'nick'] });
    expect(synthProblems(stack)).toEqual([
      '[Stack/Pool] Stack/Web writeAttributes (WriteAttributes) must name standard attributes or custom attributes this pool defines '
      + '(["custom:tier"]), got ["custom:plan"]: add each custom attribute to the pool\'s customAttributes, or remove it from writeAttributes '
      + '(the deploy fails with "Invalid write attributes specified while creating a client") [cdk-secure-user-pool:clientAttributeNotInPool]',
      expect.stringMatching(/^\[Stack\/Pool\] Stack\/Raw readAttributes \(ReadAttributes\) .*got \["nick"\].*"Invalid read attributes/),
    ]);
  });

  test('accepted: every standard attribute and verification flag, the pool\'s custom attributes, a token', () => {
    const stack = newStack();
    const p = pool(stack);
    const all = Object.fromEntries(['address', 'birthdate', 'email', 'familyName', 'gender', 'givenName', 'locale', 'middleName', 'fullname',
      'nickname', 'phoneNumber', 'profilePicture', 'preferredUsername', 'profilePage', 'timezone', 'lastUpdateTime', 'website', 'emailVerified',
      'phoneNumberVerified'].map((k) => [k, true]));
    const attributes = new ClientAttributes().withStandardAttributes(all).withCustomAttributes('tier');
    new cdkCognito.UserPoolClient(stack, 'Cdk', { userPool: p, readAttributes: attributes, writeAttributes: attributes });
    new cdkCognito.CfnUserPoolClient(stack, 'Raw', { userPoolId: p.userPoolId, readAttributes: [stringToken(stack)] });
    expect(synthProblems(stack)).toEqual([]);
  });
});

describe('identity providers map onto attributes the pool has', () => {
  test('mapping onto a custom attribute the pool doesn\'t define, or onto no attribute, is an error (aws-cdk-lib\'s provider or the L1)', () => {
    const stack = newStack();
    const p = pool(stack);
    google(stack, p, { email: ProviderAttribute.GOOGLE_EMAIL, custom: { 'custom:plan': ProviderAttribute.other('plan') } });
    new cdkCognito.CfnUserPoolIdentityProvider(stack, 'Oidc', {
      userPoolId: p.userPoolId, providerName: 'corp', providerType: 'OIDC', providerDetails: {}, attributeMapping: { nick: 'nickname' },
    });
    expect(synthProblems(stack)).toEqual([
      '[Stack/Pool] Stack/Google attributeMapping (AttributeMapping) must map onto standard attributes or custom attributes this pool defines '
      + '(["custom:tier"]), got ["custom:plan"]: add each custom attribute to the pool\'s customAttributes, or map onto an attribute the pool '
      + 'has (the deploy fails with "AttributeMapping contains invalid mapping") [cdk-secure-user-pool:mappedAttributeNotInPool]',
      expect.stringMatching(/^\[Stack\/Pool\] Stack\/Oidc attributeMapping .*got \["nick"\]/),
    ]);
  });

  test('accepted: standard attributes, username, custom:<name> and the bare name aws-cdk-lib renders, a token mapping', () => {
    const stack = newStack();
    const p = pool(stack);
    google(stack, p, { email: ProviderAttribute.GOOGLE_EMAIL, custom: { 'tier': ProviderAttribute.other('tier'), 'custom:tier': ProviderAttribute.other('t') } });
    new cdkCognito.CfnUserPoolIdentityProvider(stack, 'Oidc', {
      userPoolId: p.userPoolId, providerName: 'corp', providerType: 'OIDC', providerDetails: {}, attributeMapping: { username: 'sub', email_verified: 'email_verified' },
    });
    new cdkCognito.CfnUserPoolIdentityProvider(stack, 'Tokened', {
      userPoolId: p.userPoolId, providerName: 'other', providerType: 'OIDC', providerDetails: {}, attributeMapping: stringToken(stack) as never,
    });
    expect(synthProblems(stack)).toEqual([]);
  });
});

describe('the pure check (src/private/references.ts)', () => {
  const client = (facts: Partial<ClientFacts>): ClientFacts => ({
    path: 'C', scopes: [], identityProviders: [], readAttributes: [], writeAttributes: [], createdAfter: [], ...facts,
  });

  test('a scope matching two servers warns unless the client comes after one of them; a repeated value is reported once', () => {
    const facts = {
      customAttributes: [],
      resourceServers: [{ path: 'A', identifier: 'api', scopes: ['read'] }, { path: 'B', identifier: 'api', scopes: ['read'] }],
      identityProviders: [],
    };
    const problems = new Problems();
    expect(checkPoolReferences({ ...facts, clients: [client({ scopes: ['api/read', 'api/read'], createdAfter: ['B'] })] }, problems)).toEqual([]);
    expect(checkPoolReferences({ ...facts, clients: [client({ scopes: ['api/read', 'api/read'] })] }, problems)).toHaveLength(1);
    checkPoolReferences({ ...facts, clients: [client({ scopes: ['api/x', 'api/x'] })] }, problems);
    expect(problems.entries.map((e) => e.id)).toEqual(['cdk-secure-user-pool:clientScopeNotInPool']);
  });

  test('a server with token scopes makes no literal scope unknown', () => {
    const problems = new Problems();
    checkPoolReferences({
      customAttributes: [], resourceServers: [{ path: 'A', identifier: 'api' }], identityProviders: [], clients: [client({ scopes: ['x/y'] })],
    }, problems);
    expect(problems.all).toEqual([]);
  });
});

describe('resources in another stack', () => {
  test('a resource server or provider in another stack makes names this stack can\'t see unknown, not errors', () => {
    const stack = newStack();
    const users = pool(stack);
    const other = new Stack(stack.node.root as App, 'Other', { env: ENV });
    new cdkCognito.UserPoolResourceServer(other, 'Api', { userPool: users, identifier: 'api', scopes: [READ] });
    new cdkCognito.UserPoolIdentityProviderGoogle(other, 'Google', { userPool: users, clientId: 'id', clientSecretValue: SecretValue.unsafePlainText('s') });
    users.addClient('Web', {
      oAuth: { callbackUrls: HTTPS, scopes: [OAuthScope.custom('api/read')] },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.GOOGLE],
    });
    expect(synthProblems(stack)).toEqual([]);
    // Alone in its stack, the same client names a scope and a provider the pool doesn't have.
    const alone = newStack();
    pool(alone).addClient('Web', { oAuth: { callbackUrls: HTTPS, scopes: [OAuthScope.custom('api/read')] }, supportedIdentityProviders: [UserPoolClientIdentityProvider.GOOGLE] });
    expect(synthProblems(alone)).toHaveLength(2);
  });
});
