/**
 * App clients with this library's defaults: a pool with a domain on the newer managed login, a web client (OAuth,
 * code grant) that gets a managed login branding, and a machine-to-machine client (client credentials, a secret,
 * a resource server scope).
 */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { ManagedLoginVersion, OAuthScope, ResourceServerScope } from 'aws-cdk-lib/aws-cognito';
import { UserPool } from '../src';
import { DESTROYABLE, scenario } from './util';

const { app, stack } = scenario('Clients');
const pool = new UserPool(stack, 'Pool', DESTROYABLE);
pool.addDomain('Domain', {
  cognitoDomain: { domainPrefix: process.env.INTEG_CLIENTS_DOMAIN_PREFIX ?? 'secure-user-pool-integ-clients' },
  managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
});
const web = pool.addClient('Web', { oAuth: { callbackUrls: ['https://app.example.com/callback'], logoutUrls: ['https://app.example.com/'] } });
const read = new ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read the API' });
const api = pool.addResourceServer('Api', { identifier: 'https://api.example.com', userPoolResourceServerName: 'api', scopes: [read] });
const machine = pool.addClient('Machine', {
  generateSecret: true,
  oAuth: { flows: { clientCredentials: true }, scopes: [OAuthScope.resourceServer(api, read)] },
});

const integ = new IntegTest(app, 'Clients', { testCases: [stack] });
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'describeUserPoolClient', { UserPoolId: pool.userPoolId, ClientId: web.userPoolClientId })
  .expect(ExpectedResult.objectLike({
    UserPoolClient: Match.objectLike({
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: Match.arrayWith(['openid']),
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
    }),
  }));
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'describeUserPoolClient', { UserPoolId: pool.userPoolId, ClientId: machine.userPoolClientId })
  .expect(ExpectedResult.objectLike({ UserPoolClient: Match.objectLike({ AllowedOAuthFlows: ['client_credentials'] }) }));
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'describeManagedLoginBrandingByClient', { UserPoolId: pool.userPoolId, ClientId: web.userPoolClientId })
  .expect(ExpectedResult.objectLike({ ManagedLoginBranding: Match.objectLike({ UseCognitoProvidedValues: true }) }));
