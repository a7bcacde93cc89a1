/**
 * Multi-Region replication, both Regions: a pool in us-east-1 encrypted with a multi-Region key and replicated to
 * us-west-2, with an SMS MFA factor beside TOTP (TOTP is not supported on a secondary), and the replica's side in
 * us-west-2 (docs/replicas.md). Four stacks, in the order the guide asks for ("The key must be available in all AWS
 * Regions that have user pool replicas"):
 *
 *   SecureUserPoolReplicasKey      us-east-1  the multi-Region key
 *   SecureUserPoolReplicasWestKey  us-west-2  its replica (UserPoolReplicaKey), with the data-protection key policy
 *   SecureUserPoolReplicas         us-east-1  the pool and its replica in us-west-2 (depends on the key replica)
 *   SecureUserPoolReplicasWest     us-west-2  the replica's Regional settings (UserPoolRegionalConfiguration):
 *                                             ACTIVE, the pool's email, an SMS role of us-west-2, a pre sign-up
 *                                             trigger in us-west-2 with its invoke permission, a tag
 *
 * A deploy asserts that ListUserPoolReplicas (in the primary's Region) lists the secondary in us-west-2 as ACTIVE,
 * which only the regional configuration makes it. Deploy from us-east-1 (the assertion stack's Region).
 * https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-multi-region.html
 */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Key } from 'aws-cdk-lib/aws-kms';
import { UserPool, UserPoolRegionalConfiguration, UserPoolReplicaKey } from '../src';
import { DESTROYABLE, passThrough } from './util';

const app = new App();
const inRegion = (id: string, region: string) => new Stack(app, `SecureUserPool${id}`, { env: { region }, crossRegionReferences: true });

const keyStack = inRegion('ReplicasKey', 'us-east-1');
const key = new Key(keyStack, 'PoolKey', { multiRegion: true, enableKeyRotation: true, removalPolicy: RemovalPolicy.DESTROY });

const westKeyStack = inRegion('ReplicasWestKey', 'us-west-2');
new UserPoolReplicaKey(westKeyStack, 'PoolKey', { primaryKey: key, removalPolicy: RemovalPolicy.DESTROY });

const poolStack = inRegion('Replicas', 'us-east-1');
// The key must be in us-west-2 before the pool's replica is created there.
poolStack.addDependency(westKeyStack);
const pool = new UserPool(poolStack, 'Pool', {
  ...DESTROYABLE,
  encryptionKey: key,
  mfaSecondFactor: { otp: true, sms: true },
  replicas: [{ region: 'us-west-2' }],
});

const westStack = inRegion('ReplicasWest', 'us-west-2');
new UserPoolRegionalConfiguration(westStack, 'Regional', {
  userPool: pool,
  lambdaTriggers: { preSignUp: passThrough(westStack, 'PreSignUp') },
  tags: { scenario: 'replicas' },
  removalPolicy: RemovalPolicy.DESTROY,
});

const assertions = inRegion('ReplicasAssertions', 'us-east-1');
assertions.addDependency(westStack);
const integ = new IntegTest(app, 'Replicas', { testCases: [keyStack, westKeyStack, poolStack, westStack], assertionStack: assertions });
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'listUserPoolReplicas', { UserPoolId: pool.userPoolId })
  .expect(ExpectedResult.objectLike({
    UserPoolReplicas: Match.arrayWith([Match.objectLike({ RegionName: 'us-west-2', Role: 'SECONDARY', Status: 'ACTIVE' })]),
  }));
