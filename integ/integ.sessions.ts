/**
 * Session management: the pool tracks sessions with a cap of five token sessions per user, a browser client keeps
 * Cognito's 60-minute managed login session written down, and an administrative client asks users to sign in again
 * every time (0 minutes). A deploy asserts that GetUserPoolSessionConfiguration and GetUserPoolClientSessionConfiguration
 * (AWS SDK for JavaScript v3) report them. aws-cdk-lib's template validation doesn't know the two attachment types
 * yet; the library acknowledges CloudFormation-Validate::F3006 on them (docs/sessions.md).
 * https://docs.aws.amazon.com/cognito/latest/developerguide/managing-user-sessions.html
 */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { Duration } from 'aws-cdk-lib';
import { UserPool, UserPoolClient } from '../src';
import { DESTROYABLE, scenario } from './util';

const { app, stack } = scenario('Sessions');
const pool = new UserPool(stack, 'Pool', { ...DESTROYABLE, sessions: { maxPerUser: 5 } });
const oAuth = { callbackUrls: ['https://app.example.com/callback'] };
pool.addClient('Web', { oAuth });
const admin = new UserPoolClient(stack, 'Admin', { userPool: pool, oAuth, ssoSessionValidity: Duration.minutes(0) });

const integ = new IntegTest(app, 'Sessions', { testCases: [stack] });
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'getUserPoolSessionConfiguration', { UserPoolId: pool.userPoolId })
  .expect(ExpectedResult.objectLike({ UserSessionTracking: 'ENABLED', TokenSession: Match.objectLike({ MaxPerUser: 5 }) }));
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'getUserPoolClientSessionConfiguration', { UserPoolId: pool.userPoolId, ClientId: admin.userPoolClientId })
  .expect(ExpectedResult.objectLike({ SSOSession: Match.objectLike({ MaxValidityMinutes: 0 }) }));
