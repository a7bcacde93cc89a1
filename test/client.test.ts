import { Aspects, Duration, SecretValue, Stack } from 'aws-cdk-lib';
import { Annotations, type Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId } from 'aws-cdk-lib/custom-resources';
import type { IConstruct } from 'constructs';
import { FeaturePlan, StringAttribute, UserPool, UserPoolClient } from '../src';
import { checkedTemplate, Match, newStack, stringToken, synthProblems } from './util';

const { ClientAttributes, OAuthScope, ManagedLoginVersion } = cognito;

function client(options: cognito.UserPoolClientOptions = {}, poolProps = {}): { stack: Stack; client: cognito.UserPoolClient; template: Template } {
  const stack = newStack();
  const pool = new UserPool(stack, 'Pool', poolProps);
  const c = pool.addClient('Web', options);
  // A client naming Google needs the pool's Google provider, created first (docs/validation.md, "References between resources").
  if (options.supportedIdentityProviders?.some((p) => p.name === 'Google')) {
    c.node.addDependency(new cognito.UserPoolIdentityProviderGoogle(stack, 'Google', { userPool: pool, clientId: 'id', clientSecretValue: SecretValue.unsafePlainText('s') }));
  }
  return { stack, client: c, template: checkedTemplate(stack) };
}
const clientProperties = (template: Template): Record<string, any> => {
  const [resource] = Object.values(template.findResources('AWS::Cognito::UserPoolClient'));
  return resource.Properties;
};
const warningIds = (stack: Stack) => Annotations.fromStack(stack).findWarning('*', Match.anyValue())
  .map((w) => /\[ack: cdk-secure-user-pool:(\w+)\]/.exec(String(w.entry.data))?.[1]).filter(Boolean);
const HTTPS = { callbackUrls: ['https://app.example.com/callback'] };

describe('defaults', () => {
  test('a machine client (client credentials) gets the least it needs: no user sign-in flow, no writable attribute, no federation, '
    + 'the access token\'s lifetime only', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    new cognito.UserPoolIdentityProviderGoogle(stack, 'Google', { userPool: pool, clientId: 'id', clientSecretValue: SecretValue.unsafePlainText('s') });
    const api = pool.addResourceServer('Api', { identifier: 'api', scopes: [new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'read' })] });
    const read = OAuthScope.resourceServer(api, new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'read' }));
    pool.addClient('Machine', { generateSecret: true, oAuth: { flows: { clientCredentials: true }, scopes: [read] } });
    // Given props win: a machine client that asks for more gets it.
    pool.addClient('Explicit', {
      generateSecret: true,
      oAuth: { flows: { clientCredentials: true }, scopes: [read] },
      authFlows: { userSrp: true },
      refreshTokenValidity: Duration.hours(2),
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.GOOGLE],
    });
    const clients = checkedTemplate(stack).findResources('AWS::Cognito::UserPoolClient');
    const [machine, explicit] = ['Machine', 'Explicit'].map((id) => clients[stack.getLogicalId(pool.node.findChild(id).node.defaultChild as never)].Properties);
    // Left out, ExplicitAuthFlows would be Cognito's SRP, custom and refresh; the refresh flow can't be left out.
    expect(machine.ExplicitAuthFlows).toEqual(['ALLOW_REFRESH_TOKEN_AUTH']);
    expect(machine.WriteAttributes).toBeUndefined();
    expect(machine.SupportedIdentityProviders).toEqual(['COGNITO']);
    expect(machine.AccessTokenValidity).toBe(15);
    expect(machine).not.toHaveProperty('IdTokenValidity');
    expect(machine).not.toHaveProperty('RefreshTokenValidity');
    expect(machine).not.toHaveProperty('AuthSessionValidity');
    expect(machine).toMatchObject({ AllowedOAuthFlows: ['client_credentials'], PreventUserExistenceErrors: 'ENABLED', EnableTokenRevocation: true });
    expect(explicit.ExplicitAuthFlows).toEqual(['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
    expect(explicit.RefreshTokenValidity).toBe(120);
    expect(explicit.SupportedIdentityProviders).toEqual(['Google']);
  });

  test('no OAuth, user existence hidden, revocation on, SRP only, standard attributes writable, short-lived tokens', () => {
    const p = clientProperties(client().template);
    expect(p.AllowedOAuthFlowsUserPoolClient).toBe(false);
    expect(p.AllowedOAuthFlows).toBeUndefined();
    expect(p.AllowedOAuthScopes).toBeUndefined();
    expect(p.CallbackURLs).toBeUndefined();
    expect(p.PreventUserExistenceErrors).toBe('ENABLED');
    expect(p.EnableTokenRevocation).toBe(true);
    expect(p.ExplicitAuthFlows).toEqual(['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
    expect(p.WriteAttributes).toEqual(expect.arrayContaining(['email', 'given_name', 'phone_number', 'updated_at', 'website']));
    expect(p.WriteAttributes).not.toContain('email_verified');
    expect(p.WriteAttributes).not.toContain('phone_number_verified');
    expect(p.WriteAttributes.filter((a: string) => a.startsWith('custom:'))).toEqual([]);
    expect(p.ReadAttributes).toBeUndefined();
    expect(p).toMatchObject({
      AccessTokenValidity: 15,
      IdTokenValidity: 15,
      RefreshTokenValidity: 720,
      AuthSessionValidity: 3,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'minutes' },
    });
  });

  test('the control: aws-cdk-lib\'s client turns on the implicit grant, every scope and example.com', () => {
    const stack = newStack();
    new cognito.UserPoolClient(stack, 'Web', { userPool: new UserPool(stack, 'Pool') });
    const p = clientProperties(checkedTemplate(stack));
    expect(p.AllowedOAuthFlows).toContain('implicit');
    expect(p.AllowedOAuthScopes).toContain('aws.cognito.signin.user.admin');
    expect(p.CallbackURLs).toEqual(['https://example.com']);
  });

  test('OAuth given: the code grant only, openid/email/profile, the callback URLs given', () => {
    const p = clientProperties(client({ oAuth: HTTPS }).template);
    expect(p.AllowedOAuthFlowsUserPoolClient).toBe(true);
    expect(p.AllowedOAuthFlows).toEqual(['code']);
    expect(p.AllowedOAuthScopes).toEqual(['openid', 'email', 'profile']);
    expect(p.CallbackURLs).toEqual(['https://app.example.com/callback']);
  });

  test('choice-based sign-in is added when the pool allows passwordless or passkey sign-in', () => {
    const p = clientProperties(client({}, { signInPolicy: { allowedFirstAuthFactors: { password: true, passkey: true } }, passkeyRelyingPartyId: 'example.com' }).template);
    expect(p.ExplicitAuthFlows).toEqual(['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
  });

  test('every default yields to an explicit choice', () => {
    const { template, stack } = client({
      preventUserExistenceErrors: false,
      enableTokenRevocation: false,
      authFlows: { userPassword: true },
      writeAttributes: new ClientAttributes().withCustomAttributes('tier').withStandardAttributes({ emailVerified: true }),
      accessTokenValidity: Duration.hours(1),
      oAuth: { ...HTTPS, flows: { implicitCodeGrant: true }, scopes: [OAuthScope.COGNITO_ADMIN] },
    }, { customAttributes: { tier: new StringAttribute({ mutable: true }) } });
    const p = clientProperties(template);
    expect(p.PreventUserExistenceErrors).toBe('LEGACY');
    expect(p.EnableTokenRevocation).toBe(false);
    expect(p.ExplicitAuthFlows).toEqual(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
    expect(p.WriteAttributes).toEqual(['custom:tier', 'email_verified']);
    expect(p.AccessTokenValidity).toBe(60);
    expect(p.AllowedOAuthFlows).toEqual(['implicit']);
    // Each weakening is a warning with an id.
    expect(warningIds(stack).sort()).toEqual([
      'clientAdminScope', 'clientImplicitGrant', 'clientPasswordAuth', 'clientRevealsUserExistence', 'clientWithoutTokenRevocation',
      'clientWritesCustomAttributes', 'clientWritesVerifiedAttribute',
    ]);
  });

  test('writeAttributes naming no attribute warns: Cognito reads it as not set, every standard attribute writable', () => {
    expect(warningIds(client({ writeAttributes: new ClientAttributes() }).stack)).toEqual(['clientWriteAttributesEmpty']);
    expect(warningIds(client({ writeAttributes: new ClientAttributes().withStandardAttributes({ email: false }) }).stack)).toEqual(['clientWriteAttributesEmpty']);
    expect(warningIds(client({ writeAttributes: new ClientAttributes().withStandardAttributes({ givenName: true }) }).stack)).toEqual([]);
  });

  test('leaving COGNITO out of supportedIdentityProviders while SDK sign-in flows are on warns: local users can still sign in', () => {
    const google = [cognito.UserPoolClientIdentityProvider.GOOGLE];
    const { stack } = client({ oAuth: HTTPS, supportedIdentityProviders: google });
    expect(warningIds(stack)).toEqual(['clientSdkSignInWithoutCognito']);
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('clientSdkSignInWithoutCognito'))[0].entry.data)
      .toMatch(/authFlows userSrp still let the pool's own users sign in/);
    expect(warningIds(client({ oAuth: HTTPS, supportedIdentityProviders: google, authFlows: { userSrp: false } }).stack)).toEqual([]);
    const withCognito = [...google, cognito.UserPoolClientIdentityProvider.COGNITO];
    expect(warningIds(client({ oAuth: HTTPS, supportedIdentityProviders: withCognito }).stack)).toEqual([]);
  });

  test('the defaults bring no warnings', () => {
    expect(warningIds(client({ oAuth: HTTPS }).stack)).toEqual([]);
  });
});

describe('errors', () => {
  const rejects = (options: cognito.UserPoolClientOptions, message: RegExp, poolProps = {}) =>
    expect(() => client(options, poolProps)).toThrow(message);
  const accepts = (options: cognito.UserPoolClientOptions, poolProps = {}) => expect(() => client(options, poolProps)).not.toThrow();

  test('callback URLs are required with the code or implicit grant', () => {
    rejects({ oAuth: {} }, /\[Stack\/Pool\/Web\] oAuth.callbackUrls is required with the authorization code or implicit grant/);
    rejects({ disableOAuth: false }, /oAuth.callbackUrls is required/);
    accepts({ oAuth: { callbackUrls: ['https://a.example.com'] } });
  });

  test.each([
    ['http to a host', 'http://app.example.com/callback'],
    ['a fragment', 'https://app.example.com/callback#token'],
    ['not a URL', 'app.example.com'],
    ['http to 127.0.0.1 (Cognito allows only localhost)', 'http://127.0.0.1/cb'],
  ])('a callback URL with %s is rejected', (_name, url) => {
    rejects({ oAuth: { callbackUrls: [url] } }, /oAuth.callbackUrls must be https:\/\/, http:\/\/localhost or an app scheme, with no fragment/);
  });

  test.each(['https://app.example.com/callback', 'http://localhost:3000/callback', 'myapp://callback', 'com.example.app:/oauth'])(
    'the callback URL %s is accepted', (url) => accepts({ oAuth: { callbackUrls: [url], logoutUrls: [url] } }));

  test('enablePropagateAdditionalUserContextData needs a secret: reported with the rest, not thrown by aws-cdk-lib', () => {
    rejects({ enablePropagateAdditionalUserContextData: true }, /\[Stack\/Pool\/Web\] enablePropagateAdditionalUserContextData needs generateSecret: true.*clientContextDataNeedsSecret/);
    accepts({ enablePropagateAdditionalUserContextData: true, generateSecret: true });
    accepts({ enablePropagateAdditionalUserContextData: false });
  });

  test('oAuth.defaultRedirectUri must be one of the callback URLs; a token on either side is accepted', () => {
    rejects({ oAuth: { callbackUrls: ['https://a.example.com/cb'], defaultRedirectUri: 'https://b.example.com/cb' } },
      /oAuth.defaultRedirectUri must be one of oAuth.callbackUrls, got "https:\/\/b.example.com\/cb": add it to the callback URLs \["https:\/\/a.example.com\/cb"\]/);
    const { template } = client({ oAuth: { callbackUrls: ['https://a.example.com/cb', 'https://b.example.com/cb'], defaultRedirectUri: 'https://b.example.com/cb' } });
    expect(clientProperties(template).DefaultRedirectURI).toBe('https://b.example.com/cb');
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    pool.addClient('A', { oAuth: { callbackUrls: [stringToken(stack, 'U')], defaultRedirectUri: 'https://b.example.com/cb' } });
    pool.addClient('B', { oAuth: { callbackUrls: ['https://a.example.com/cb'], defaultRedirectUri: stringToken(stack, 'R') } });
    expect(synthProblems(stack)).toEqual([]);
    const rendered = Object.values(checkedTemplate(stack).findResources('AWS::Cognito::UserPoolClient')).map((c) => c.Properties.DefaultRedirectURI);
    expect(rendered).toEqual(['https://b.example.com/cb', { Ref: 'R' }]);
  });

  test('a token callback URL is accepted', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    pool.addClient('Web', { oAuth: { callbackUrls: [stringToken(stack)] } });
    expect(synthProblems(stack)).toEqual([]);
  });

  test('OAuth needs a flow; a logout URL is checked like a callback URL', () => {
    rejects({ oAuth: { ...HTTPS, flows: {} } }, /oAuth.flows must enable at least one of authorizationCodeGrant, implicitCodeGrant or clientCredentials, got \{\}/);
    rejects({ oAuth: { ...HTTPS, logoutUrls: ['http://app.example.com'] } }, /oAuth.logoutUrls must be https:\/\/, http:\/\/localhost or an app scheme/);
    accepts({ oAuth: { ...HTTPS, logoutUrls: ['https://app.example.com/'] } });
  });

  test('client credentials: a secret, resource server scopes, and no user flows beside them', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    const api = pool.addResourceServer('Api', { identifier: 'api', scopes: [new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'read' })] });
    const read = OAuthScope.resourceServer(api, new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'read' }));
    pool.addClient('A', { oAuth: { flows: { clientCredentials: true }, scopes: [read] } });
    pool.addClient('B', { generateSecret: true, oAuth: { flows: { clientCredentials: true, authorizationCodeGrant: true }, scopes: [read], ...HTTPS } });
    pool.addClient('C', { generateSecret: true, oAuth: { flows: { clientCredentials: true } } });
    pool.addClient('D', { generateSecret: true, oAuth: { flows: { clientCredentials: true }, scopes: [OAuthScope.OPENID, read] } });
    pool.addClient('E', { generateSecret: true, oAuth: { flows: { clientCredentials: true }, scopes: [read] } });
    // One synth reports the four clients' problems, and none of E.
    expect(synthProblems(stack)).toEqual([
      expect.stringMatching(/^\[Stack\/Pool\/A\] oAuth.flows.clientCredentials needs generateSecret: true/),
      expect.stringMatching(/^\[Stack\/Pool\/B\] oAuth.flows.clientCredentials can't be combined with authorizationCodeGrant or implicitCodeGrant/),
      expect.stringMatching(/^\[Stack\/Pool\/C\] oAuth.scopes must name resource server scopes .* got none/),
      expect.stringMatching(/^\[Stack\/Pool\/D\] oAuth.scopes for oAuth.flows.clientCredentials may only be resource server scopes, got \["openid"\]/),
    ]);
    for (const id of ['A', 'B', 'C', 'D']) { pool.node.tryRemoveChild(id); }
    const p = clientProperties(checkedTemplate(stack));
    expect(p.AllowedOAuthFlows).toEqual(['client_credentials']);
    expect(p.GenerateSecret).toBe(true);
  });

  test('choice-based sign-in needs ESSENTIALS or PLUS', () => {
    rejects({ authFlows: { user: true } }, /authFlows.user \(choice-based sign-in\) needs the pool's featurePlan ESSENTIALS or PLUS, got LITE/,
      { featurePlan: FeaturePlan.LITE, standardThreatProtectionMode: undefined });
    accepts({ authFlows: { user: true } }, { featurePlan: FeaturePlan.ESSENTIALS });
  });

  test.each<[string, cognito.UserPoolClientOptions, RegExp, cognito.UserPoolClientOptions]>([
    ['access token too short', { accessTokenValidity: Duration.minutes(4) }, /accessTokenValidity must be from 5 minutes to 1 day, got 4 minutes/, { accessTokenValidity: Duration.minutes(5) }],
    ['ID token too long', { idTokenValidity: Duration.hours(25) }, /idTokenValidity must be from 5 minutes to 1 day, got 1 day 1 hour \[cdk-secure-user-pool:clientTokenValidity\]$/m, { idTokenValidity: Duration.days(1), refreshTokenValidity: Duration.days(1) }],
    ['refresh token too short', { refreshTokenValidity: Duration.minutes(59), accessTokenValidity: Duration.minutes(5), idTokenValidity: Duration.minutes(5) },
      /refreshTokenValidity must be from 60 minutes to 10 years, got 59 minutes/, { refreshTokenValidity: Duration.minutes(60) }],
    ['auth session too long', { authSessionValidity: Duration.minutes(16) }, /authSessionValidity must be from 3 minutes to 15 minutes, got 16 minutes/, { authSessionValidity: Duration.minutes(15) }],
    ['access token longer than the refresh token', { accessTokenValidity: Duration.hours(13) },
      /accessTokenValidity must not be longer than refreshTokenValidity \(12 hours\), got 13 hours/, { accessTokenValidity: Duration.hours(12) }],
  ])('%s', (_name, rejected, message, accepted) => {
    rejects(rejected, message);
    accepts(accepted);
  });
});

describe('compatibility', () => {
  test('addClient returns this library\'s client, which is an aws-cdk-lib UserPoolClient, for created and imported pools', () => {
    const stack = newStack();
    const created = new UserPool(stack, 'Pool').addClient('Web');
    const imported = UserPool.fromUserPoolId(stack, 'Imported', 'us-east-1_abc').addClient('Other');
    for (const c of [created, imported]) {
      expect(c).toBeInstanceOf(UserPoolClient);
      expect(c).toBeInstanceOf(cognito.UserPoolClient);
    }
  });

  test('new UserPoolClient(scope, id, { userPool }) works with this library\'s pool and aws-cdk-lib\'s', () => {
    const stack = newStack();
    new UserPoolClient(stack, 'Ours', { userPool: new UserPool(stack, 'Pool') });
    new UserPoolClient(stack, 'Theirs', { userPool: new cognito.UserPool(stack, 'CdkPool') });
    const clients = Object.values(checkedTemplate(stack).findResources('AWS::Cognito::UserPoolClient'));
    expect(clients.map((c) => c.Properties.PreventUserExistenceErrors)).toEqual(['ENABLED', 'ENABLED']);
  });

  test('aws-cdk-lib consumers take it: an identity provider\'s client, a custom resource reading it', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    const web = pool.addClient('Web', { oAuth: HTTPS, supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.GOOGLE] });
    const google = new cognito.UserPoolIdentityProviderGoogle(stack, 'Google', {
      userPool: pool,
      clientId: 'google-client',
      clientSecretValue: SecretValue.unsafePlainText('not-a-real-secret'),
      attributeMapping: { email: cognito.ProviderAttribute.GOOGLE_EMAIL },
    });
    web.node.addDependency(google);
    new AwsCustomResource(stack, 'Describe', {
      onUpdate: {
        service: 'CognitoIdentityServiceProvider',
        action: 'describeUserPoolClient',
        parameters: { UserPoolId: pool.userPoolId, ClientId: web.userPoolClientId },
        physicalResourceId: PhysicalResourceId.of(web.userPoolClientId),
      },
      policy: AwsCustomResourcePolicy.fromSdkCalls({ resources: [pool.userPoolArn] }),
    });
    const template = checkedTemplate(stack);
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', { SupportedIdentityProviders: ['Google'] });
    template.resourceCountIs('Custom::AWS', 1);
  });

  test('a client secret is never written into the template by this library', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool').addClient('Machine', { generateSecret: true });
    const json = JSON.stringify(checkedTemplate(stack).toJSON());
    expect(json).not.toContain('ClientSecret');
    expect(json).not.toContain('describeUserPoolClient');
  });
});

describe('managed login branding', () => {
  const brandings = (stack: Stack) => Object.values(checkedTemplate(stack).findResources('AWS::Cognito::ManagedLoginBranding'));
  const newer = { cognitoDomain: { domainPrefix: 'my-app-auth' }, managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN };

  test('a client with OAuth added after the domain gets a branding with Cognito\'s values', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    pool.addDomain('Domain', newer);
    const web = pool.addClient('Web', { oAuth: HTTPS });
    expect(brandings(stack)).toEqual([{
      Type: 'AWS::Cognito::ManagedLoginBranding',
      Properties: { UserPoolId: stack.resolve(pool.userPoolId), ClientId: stack.resolve(web.userPoolClientId), UseCognitoProvidedValues: true },
    }]);
  });

  test('a client added before the domain, and aws-cdk-lib\'s own client and domain classes, get one too', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    const first = pool.addClient('First', { oAuth: HTTPS });
    const theirs = new cognito.UserPoolClient(stack, 'Theirs', { userPool: pool, oAuth: HTTPS });
    new cognito.UserPoolDomain(stack, 'Domain', { userPool: pool, ...newer });
    const clientIds = brandings(stack).map((b) => b.Properties.ClientId);
    expect(clientIds).toEqual(expect.arrayContaining([stack.resolve(first.userPoolClientId), stack.resolve(theirs.userPoolClientId)]));
    expect(clientIds).toHaveLength(2);
  });

  test('a client with its own branding, one without OAuth, a machine client, and a classic hosted UI get none', () => {
    const own = newStack();
    const pool = new UserPool(own, 'Pool');
    pool.addDomain('Domain', newer);
    const web = pool.addClient('Web', { oAuth: HTTPS });
    new cognito.CfnManagedLoginBranding(own, 'Mine', { userPoolId: pool.userPoolId, clientId: web.userPoolClientId, settings: { components: {} } });
    pool.addClient('Sdk');
    const api = pool.addResourceServer('Api', { identifier: 'api' });
    pool.addClient('Machine', { generateSecret: true, oAuth: { flows: { clientCredentials: true }, scopes: [OAuthScope.resourceServer(api, new cognito.ResourceServerScope({ scopeName: 'r', scopeDescription: 'r' }))] } });
    expect(brandings(own).map((b) => b.Properties.UseCognitoProvidedValues)).toEqual([undefined]);

    const classic = newStack();
    const pool2 = new UserPool(classic, 'Pool');
    pool2.addDomain('Domain', { cognitoDomain: { domainPrefix: 'my-app-auth' }, managedLoginVersion: ManagedLoginVersion.CLASSIC_HOSTED_UI });
    pool2.addClient('Web', { oAuth: HTTPS });
    expect(brandings(classic)).toEqual([]);
  });

  test('one branding a client when the same pool is also imported, or imported twice, into its stack', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    pool.addDomain('Domain', newer);
    UserPool.fromUserPoolId(stack, 'Imported', pool.userPoolId).addClient('C', { oAuth: HTTPS });
    expect(brandings(stack)).toHaveLength(1);

    const twice = newStack();
    UserPool.fromUserPoolId(twice, 'A', 'us-east-1_abc').addDomain('Domain', newer);
    const b = UserPool.fromUserPoolId(twice, 'B', 'us-east-1_abc');
    b.addClient('C1', { oAuth: HTTPS });
    b.addClient('C2', { oAuth: HTTPS });
    expect(brandings(twice)).toHaveLength(2);
  });

  test('a pool created by another aspect, after its stack was visited, is branded too', () => {
    const stack = newStack();
    const first = new UserPool(stack, 'First');
    first.addDomain('Domain', newer);
    first.addClient('Web', { oAuth: HTTPS });
    Aspects.of(stack).add({
      visit(node: IConstruct) {
        if (node === first && !stack.node.tryFindChild('Late')) {
          const late = new UserPool(stack, 'Late');
          late.addDomain('LateDomain', { ...newer, cognitoDomain: { domainPrefix: 'late-auth' } });
          late.addClient('LateWeb', { oAuth: HTTPS });
        }
      },
    });
    expect(brandings(stack)).toHaveLength(2);
  });
});

describe('read attributes stay broad', () => {
  test('no ReadAttributes unless given', () => {
    expect(clientProperties(client({ readAttributes: new ClientAttributes().withStandardAttributes({ email: true }) }).template).ReadAttributes)
      .toEqual(['email']);
  });
});

test('OAuth off but oAuth settings given stays off, as in aws-cdk-lib', () => {
  const p = clientProperties(client({ disableOAuth: true, oAuth: HTTPS }).template);
  expect(p.AllowedOAuthFlowsUserPoolClient).toBe(false);
});
