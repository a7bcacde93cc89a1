/**
 * A move from one pool to another with UserPoolMigration. A deploy creates a user with a password in the source pool
 * only, then signs in to the target with USER_PASSWORD_AUTH: the migration trigger signs the user in against the
 * source and the target answers with tokens, so the user now exists in the target with the same password.
 */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { Mfa, UserPool, UserPoolMigration } from '../src';
import { DESTROYABLE, scenario } from './util';

const { app, stack } = scenario('Migration');
const source = new UserPool(stack, 'Old', { ...DESTROYABLE });
// MFA off on the target, so the sign-in after migration answers with tokens rather than an MFA setup challenge.
const target = new UserPool(stack, 'New', { ...DESTROYABLE, mfa: Mfa.OFF });
const client = target.addClient('Web', { authFlows: { userPassword: true } });
new UserPoolMigration(stack, 'Migration', { sourceUserPool: source, targetUserPool: target });

const integ = new IntegTest(app, 'Migration', { testCases: [stack] });
const email = 'migrated-user@example.com';
const password = 'Integ-test-Passw0rd!';
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'adminCreateUser', {
  UserPoolId: source.userPoolId,
  Username: email,
  MessageAction: 'SUPPRESS',
  UserAttributes: [{ Name: 'email', Value: email }, { Name: 'email_verified', Value: 'true' }],
})
  .next(integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'adminSetUserPassword', {
    UserPoolId: source.userPoolId, Username: email, Password: password, Permanent: true,
  }))
  .next(integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'initiateAuth', {
    ClientId: client.userPoolClientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: email, PASSWORD: password },
  }).expect(ExpectedResult.objectLike({ AuthenticationResult: Match.objectLike({ TokenType: 'Bearer' }) })));
