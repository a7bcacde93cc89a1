import { Aws, type RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AccountRootPrincipal, AnyPrincipal, PolicyDocument, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { CfnReplicaKey, Key, type IKey, type IKeyRef } from 'aws-cdk-lib/aws-kms';
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
  for (const statement of [...cognitoDataStatements(region, account, pools), ...(exportsLogs ? logExportStatements(region, account) : [])]) {
    key.addToResourcePolicy(statement);
  }
}

/**
 * The four statements of the data-protection guide's key policy (besides the account's administration of the key),
 * for a key in `region`: Cognito there may use it on behalf of `pools` (an ARN pattern, or several) of `account`.
 */
function cognitoDataStatements(region: string, account: string, pools: string | string[]): PolicyStatement[] {
  const services = [new ServicePrincipal('cognito-idp.amazonaws.com'), new ServicePrincipal('identitystore.amazonaws.com')];
  const crypto = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKeyWithoutPlaintext'];
  const viaCognito = { StringEquals: { 'kms:ViaService': [`cognito-idp.${region}.amazonaws.com`] } };
  const poolContext = { 'kms:EncryptionContext:aws:cognito-idp:userpool-arn': pools };
  const sourcePools = Array.isArray(pools) ? pools : [pools];
  return [
    new PolicyStatement({
      sid: 'Allow Amazon Cognito service access',
      principals: services,
      actions: crypto,
      resources: ['*'],
      conditions: { ArnEquals: { 'aws:SourceArn': sourcePools }, StringEquals: { 'aws:SourceAccount': [account] }, StringLike: poolContext },
    }),
    new PolicyStatement({
      sid: 'Allow Amazon Cognito service DescribeKey access',
      principals: services,
      actions: ['kms:DescribeKey'],
      resources: ['*'],
      conditions: { ArnEquals: { 'aws:SourceArn': sourcePools }, StringEquals: { 'aws:SourceAccount': [account] } },
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
  ];
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

/** What a replica key needs: the primary key's ARN, and what its policy allows beyond the account's administration. */
export interface ReplicaKeyOptions {
  readonly primaryKeyArn: string;
  readonly description: string;
  readonly removalPolicy: RemovalPolicy;
  /**
   * The Regions whose user pools may use the key through Cognito (the data-protection guide's statements, for the
   * key's own Region); none for a key that takes `kms.Key`'s default policy only.
   */
  readonly cognitoPoolRegions?: readonly string[];
}

/**
 * Replicates a multi-Region key into the stack's Region (`AWS::KMS::ReplicaKey`). A replica shares the primary's key
 * material and automatic rotation, which KMS synchronizes (it has no rotation setting); its key policy is its own
 * (KMS API, ReplicateKey), so it gets `kms.Key`'s default statement (the account administers the key, which also
 * gives the caller PutKeyPolicy, as CloudFormation requires) and, with `cognitoPoolRegions`, the data-protection
 * guide's four statements for this Region's Cognito on behalf of the account's pools in those Regions.
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_ReplicateKey.html
 */
export function replicateKey(scope: Construct, id: string, options: ReplicaKeyOptions): CfnReplicaKey {
  const { account, region } = Stack.of(scope);
  const policy = new PolicyDocument({
    statements: [new PolicyStatement({ actions: ['kms:*'], principals: [new AccountRootPrincipal()], resources: ['*'] })],
  });
  if (options.cognitoPoolRegions) {
    const pools = options.cognitoPoolRegions.map((r) => `arn:${Aws.PARTITION}:cognito-idp:${r}:${account}:userpool/*`);
    policy.addStatements(...cognitoDataStatements(region, account, pools));
  }
  const key = new CfnReplicaKey(scope, id, {
    primaryKeyArn: options.primaryKeyArn,
    description: options.description,
    keyPolicy: policy,
  });
  key.applyRemovalPolicy(options.removalPolicy);
  return key;
}
