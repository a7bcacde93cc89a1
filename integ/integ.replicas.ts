/**
 * Multi-Region replication: a pool encrypted with a multi-Region key and replicated to us-west-2, with an SMS MFA
 * factor beside TOTP (TOTP is not supported on a secondary). A deploy asserts that ListUserPoolReplicas lists the
 * secondary in us-west-2; it stays INACTIVE until a stack in us-west-2 replicates the key and activates it
 * (docs/replicas.md). The stack is environment-agnostic: deploy it to a Region other than us-west-2.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-multi-region.html
 */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { RemovalPolicy } from 'aws-cdk-lib';
import { Key } from 'aws-cdk-lib/aws-kms';
import { UserPool } from '../src';
import { DESTROYABLE, scenario } from './util';

const { app, stack } = scenario('Replicas');
const key = new Key(stack, 'PoolKey', { multiRegion: true, enableKeyRotation: true, removalPolicy: RemovalPolicy.DESTROY });
const pool = new UserPool(stack, 'Pool', {
  ...DESTROYABLE,
  encryptionKey: key,
  mfaSecondFactor: { otp: true, sms: true },
  replicas: [{ region: 'us-west-2' }],
});

const integ = new IntegTest(app, 'Replicas', { testCases: [stack] });
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'listUserPoolReplicas', { UserPoolId: pool.userPoolId })
  .expect(ExpectedResult.objectLike({
    UserPoolReplicas: Match.arrayWith([Match.objectLike({ RegionName: 'us-west-2', Role: 'SECONDARY' })]),
  }));
