/** aws-cdk-lib's UserPoolClient, UserPoolDomain and UserPoolGroup, used with this library's pool. */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { UserPoolClient, UserPoolDomain, UserPoolGroup } from 'aws-cdk-lib/aws-cognito';
import { UserPool } from '../src';
import { DESTROYABLE, scenario } from './util';

const { app, stack } = scenario('CdkConstructs');
const pool = new UserPool(stack, 'Pool', DESTROYABLE);
const client = new UserPoolClient(stack, 'Client', { userPool: pool, preventUserExistenceErrors: true });
new UserPoolDomain(stack, 'Domain', {
  userPool: pool,
  cognitoDomain: { domainPrefix: process.env.INTEG_DOMAIN_PREFIX ?? 'secure-user-pool-integ-constructs' },
});
new UserPoolGroup(stack, 'Admins', { userPool: pool, groupName: 'admins', precedence: 1 });

const integ = new IntegTest(app, 'CdkConstructs', { testCases: [stack] });
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'describeUserPoolClient', { UserPoolId: pool.userPoolId, ClientId: client.userPoolClientId })
  .expect(ExpectedResult.objectLike({ UserPoolClient: Match.objectLike({ PreventUserExistenceErrors: 'ENABLED' }) }));
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'getGroup', { UserPoolId: pool.userPoolId, GroupName: 'admins' })
  .expect(ExpectedResult.objectLike({ Group: Match.objectLike({ GroupName: 'admins', Precedence: 1 }) }));
