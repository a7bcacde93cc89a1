import { Aws, type RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key, type IKey, type IKeyRef } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';

/**
 * Creates the symmetric KMS key custom senders need when none is given: rotation on, with the pool's removal policy.
 */
export function createSenderKey(pool: Construct, removalPolicy: RemovalPolicy): Key {
  return new Key(pool, 'CustomSenderKey', {
    description: `Encrypts the codes Cognito passes to the custom senders of ${pool.node.path}`,
    enableKeyRotation: true,
    removalPolicy,
  });
}

function isKey(key: IKeyRef): key is IKey {
  return 'addToResourcePolicy' in key;
}

/**
 * Lets Cognito use the key to encrypt codes for custom senders, limited to user pools of this account and region.
 * The condition can't name this pool's ARN: the pool refers to the key, so the key policy referring to the pool
 * would be a circular dependency. Keys without a policy we can change (imported ones) are left as they are.
 */
export function allowCognitoToEncrypt(pool: Construct, key: IKeyRef): void {
  if (!isKey(key)) { return; }
  const { account, region } = Stack.of(pool);
  key.addToResourcePolicy(new PolicyStatement({
    sid: 'AllowCognitoUserPoolsToEncryptCustomSenderCodes',
    principals: [new ServicePrincipal('cognito-idp.amazonaws.com')],
    actions: ['kms:CreateGrant', 'kms:Encrypt'],
    resources: ['*'],
    conditions: {
      StringEquals: { 'aws:SourceAccount': account },
      ArnLike: { 'aws:SourceArn': `arn:${Aws.PARTITION}:cognito-idp:${region}:${account}:userpool/*` },
    },
  }));
}
