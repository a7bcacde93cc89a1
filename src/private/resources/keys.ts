import { Aws, type RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal, AnyPrincipal } from 'aws-cdk-lib/aws-iam';
import { Key, type IKey, type IKeyRef } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';

/**
 * Creates the symmetric KMS key custom senders need when none is given: rotation on, with the pool's removal policy.
 * Cognito's custom sender guide gives the key no statement for Cognito itself: the principal that deploys the pool
 * creates a grant, and the sender functions get `kms:Decrypt` (docs/triggers.md).
 * https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sender-triggers.html
 *
 * A pool with replicas gets a multi-Region key (`CustomSenderKeyMultiRegion`), which the replica's Region can replicate
 * for its own custom senders (`UserPoolRegionalConfiguration`). It has its own construct id: CloudFormation fails an
 * update that changes `MultiRegion` of an existing key, so a pool that gains replicas gets a new key instead.
 */
export function createSenderKey(pool: Construct, removalPolicy: RemovalPolicy, multiRegion: boolean): Key {
  return new Key(pool, multiRegion ? 'CustomSenderKeyMultiRegion' : 'CustomSenderKey', {
    description: `Encrypts the codes Cognito passes to the custom senders of ${pool.node.path}`,
    enableKeyRotation: true,
    multiRegion: multiRegion || undefined,
    removalPolicy,
  });
}


/** Whether a key reference can take policy statements (a key created in the app). */
export function isPolicyKey(key: IKeyRef): key is IKey {
  return 'addToResourcePolicy' in key && !('aliasName' in key);
}

/**
 * Adds to a key created in the app the statements Cognito's data-protection guide gives for encrypting a user pool
 * at rest with a customer managed key, statement for statement. Where the guide names the pool's ARN, this names
 * the account's and region's user pools: the pool refers to the key, so the key naming the pool would be a cycle.
 * With `exportsLogs` (the pool has `logDelivery`), the guide's second policy: the same statements and two more, so
 * Cognito can encrypt the logs it exports and the log delivery service can decrypt them before writing them.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/data-protection.html
 */
export function allowCognitoDataEncryption(scope: Construct, key: IKey, exportsLogs: boolean): void {
  const { account, region } = Stack.of(scope);
  const pools = `arn:${Aws.PARTITION}:cognito-idp:${region}:${account}:userpool/*`;
  const services = [new ServicePrincipal('cognito-idp.amazonaws.com'), new ServicePrincipal('identitystore.amazonaws.com')];
  const crypto = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKeyWithoutPlaintext'];
  const viaCognito = { StringEquals: { 'kms:ViaService': [`cognito-idp.${region}.amazonaws.com`] } };
  const poolContext = { 'kms:EncryptionContext:aws:cognito-idp:userpool-arn': pools };
  for (const statement of [
    new PolicyStatement({
      sid: 'Allow Amazon Cognito service access',
      principals: services,
      actions: crypto,
      resources: ['*'],
      conditions: { ArnEquals: { 'aws:SourceArn': [pools] }, StringEquals: { 'aws:SourceAccount': [account] }, StringLike: poolContext },
    }),
    new PolicyStatement({
      sid: 'Allow Amazon Cognito service DescribeKey access',
      principals: services,
      actions: ['kms:DescribeKey'],
      resources: ['*'],
      conditions: { ArnEquals: { 'aws:SourceArn': [pools] }, StringEquals: { 'aws:SourceAccount': [account] } },
    }),
    new PolicyStatement({
      sid: 'Allow DescribeKey through Amazon Cognito for all principals in account that are authorized to use Amazon Cognito',
      principals: [new AnyPrincipal()],
      actions: ['kms:DescribeKey'],
      resources: ['*'],
      conditions: viaCognito,
    }),
    new PolicyStatement({
      sid: 'Allow access through Amazon Cognito for all principals in account that are authorized to use Amazon Cognito',
      principals: [new AnyPrincipal()],
      actions: crypto,
      resources: ['*'],
      conditions: { ...viaCognito, StringLike: poolContext },
    }),
    ...(exportsLogs ? logExportStatements(region, account) : []),
  ]) {
    key.addToResourcePolicy(statement);
  }
}

/** The data-protection guide's "with permissions for encryption of exported logs": its two log delivery statements. */
function logExportStatements(region: string, account: string): PolicyStatement[] {
  const logs = { StringLike: { 'kms:EncryptionContext:SourceArn': `arn:${Aws.PARTITION}:logs:${region}:${account}:*` } };
  return [
    new PolicyStatement({
      sid: 'Allow Amazon Cognito service log delivery access',
      principals: [new ServicePrincipal('cognito-idp.amazonaws.com')],
      actions: ['kms:GenerateDataKey', 'kms:Encrypt'],
      resources: ['*'],
      conditions: logs,
    }),
    new PolicyStatement({
      sid: 'Allow IngestionHub service log delivery access',
      principals: [new ServicePrincipal('delivery.logs.amazonaws.com')],
      actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
      resources: ['*'],
      conditions: logs,
    }),
  ];
}
