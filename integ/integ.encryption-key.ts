/**
 * A pool encrypted at rest with a customer managed key created in the app: the key policy carries the statements of
 * Cognito's data protection guide, and the pool's KeyConfiguration names the key.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/data-protection.html
 */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { RemovalPolicy } from 'aws-cdk-lib';
import { Key } from 'aws-cdk-lib/aws-kms';
import { UserPool } from '../src';
import { DESTROYABLE, scenario } from './util';

const { app, stack } = scenario('EncryptionKey');
const key = new Key(stack, 'DataKey', { enableKeyRotation: true, removalPolicy: RemovalPolicy.DESTROY });
const pool = new UserPool(stack, 'Pool', { ...DESTROYABLE, encryptionKey: key });

const integ = new IntegTest(app, 'EncryptionKey', { testCases: [stack] });
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'describeUserPool', { UserPoolId: pool.userPoolId })
  .expect(ExpectedResult.objectLike({
    UserPool: Match.objectLike({ KeyConfiguration: { KeyType: 'CUSTOMER_MANAGED_KEY', KmsKeyArn: key.keyArn } }),
  }));
