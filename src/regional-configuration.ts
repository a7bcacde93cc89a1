import { Annotations, Aws, Fn, Names, RemovalPolicy, Resource, Stack } from 'aws-cdk-lib';
import type { IUserPool, UserPoolEmail as CdkUserPoolEmail } from 'aws-cdk-lib/aws-cognito';
import type { IRoleRef } from 'aws-cdk-lib/aws-iam';
import type { IKeyRef, KeyReference } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { checkTags } from './checks/api-limits';
import { Problems } from './checks/problems';
import { reportOnSynth } from './checks/validation-error';
import type { UserPoolEmail } from './email';
import {
  compileRegionalConfiguration, compileReplicaKey, needsKmsKey, onDemand, REGIONAL_CONFIGURATION_MARKER, regionalConfigurationTwiceProblems,
  REPLICA_KEY_MARKER, replicaKeyWarnings, type ReplicatedPoolFacts, smsRolePermission,
} from './private';
import type { UserPoolTriggers } from './triggers';

/**
 * Properties of a `UserPoolRegionalConfiguration`: the settings a replica of the pool takes in its own Region.
 */
export interface UserPoolRegionalConfigurationProps {
  /**
   * The pool whose replica this Region holds: this library's `UserPool` from a stack in the primary's Region (its
   * Region and replicas are then checked, and its email and SMS choices carry over), or any pool imported by id or
   * ARN. A pool in another stack needs `crossRegionReferences: true` on both stacks.
   */
  readonly userPool: IUserPool;

  /**
   * Whether the replica serves users in this Region (`Status` `ACTIVE`). A new replica starts `INACTIVE`.
   * @default true
   */
  readonly active?: boolean;

  /**
   * How the replica sends email: an SES identity in a Region Cognito sends from for this Region.
   * @default - this library's pool's `email` (its SES identity stays in the pool's Region, which must be one this
   * Region can send from); for an imported pool, none (Cognito's default)
   */
  readonly email?: UserPoolEmail | CdkUserPoolEmail;

  /**
   * Lambda triggers in this Region, the same shape as the pool's `lambdaTriggers`: each function must be in this
   * stack's Region, and gets an invoke permission for the replica (its ARN names this Region and the pool's id).
   * @default - none
   */
  readonly lambdaTriggers?: UserPoolTriggers;

  /**
   * The symmetric KMS key, in this Region, that encrypts the codes Cognito passes to the custom senders. Each sender
   * function is granted `kms:Decrypt` on it.
   * @default - with custom senders, a replica (`AWS::KMS::ReplicaKey`) of the multi-Region key this library's pool
   * created for its own custom senders; otherwise an error asks for one
   */
  readonly customSenderKmsKey?: IKeyRef;

  /**
   * The role Cognito assumes to send SMS in this Region. Its trust policy must accept the replica's ARN in
   * `aws:SourceArn` (this Region's), which the role this library creates for the pool doesn't.
   * @default - a role is created when this library's pool sends SMS (or `enableSmsRole` is true)
   */
  readonly smsRole?: IRoleRef;

  /**
   * The external id Cognito passes when it assumes the SMS role.
   * @default - a unique id derived from the construct path, when the role is created here
   */
  readonly smsRoleExternalId?: string;

  /**
   * The Region of the SNS service that sends SMS.
   * @default - this Region
   */
  readonly snsRegion?: string;

  /**
   * Whether to create an SMS role here. `false` prevents it; `true` creates it even when the pool sends no SMS.
   * @default - created when this library's pool sends SMS
   */
  readonly enableSmsRole?: boolean;

  /**
   * Tags for the replica (`UserPoolTags`): a replica's tags are its own. `Tags.of(...)` adds to these.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };

  /**
   * What happens to the SMS role and the custom sender key replica this construct creates when they leave the stack.
   * (The regional configuration itself is deleted, which leaves the replica's Regional settings to Cognito.)
   * @default - this library's pool's removal policy; RemovalPolicy.RETAIN for an imported pool
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * The Regional settings of a user pool's replica (`AWS::Cognito::UserPoolRegionalConfigurationAttachment`), in a
 * stack of the replica's Region: its status (active by default), email, SMS, Lambda triggers and tags, which Cognito
 * keeps per Region. The replica itself comes from the pool's `replicas`; its encryption key from a
 * `UserPoolReplicaKey` that deploys before the pool. See docs/replicas.md.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-multi-region.html
 */
export class UserPoolRegionalConfiguration extends Resource {
  /** The pool's id: a replica keeps it. */
  public readonly userPoolId: string;
  /** The replica's ARN: this stack's Region and account, and the pool's id. */
  public readonly userPoolArn: string;

  constructor(scope: Construct, id: string, props: UserPoolRegionalConfigurationProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const pool = (props.userPool as { _replicaContext?: ReplicatedPoolFacts })._replicaContext;
    const compiled = compileRegionalConfiguration(props, {
      environment: { partition: Aws.PARTITION, region: stack.region, account: stack.account },
      pool,
      uniqueId: () => Names.uniqueId(this),
      defaultRemovalPolicy: RemovalPolicy.RETAIN,
    });
    reportOnSynth(this, compiled.problems);
    for (const warning of compiled.warnings) {
      Annotations.of(this).addWarningV2(warning.id, warning.message);
    }
    this.userPoolId = props.userPool.userPoolId;
    // The replica's ARN names its own Region (API CreateUserPoolReplica's example: arn:aws:cognito-idp:ap-south-1:
    // 123456789012:userpool/us-east-1_abcd12345).
    this.userPoolArn = stack.formatArn({ service: 'cognito-idp', resource: 'userpool', resourceName: this.userPoolId });
    // How the app's other regional configurations find this one; a second one of the pool in the Region is an error.
    Object.defineProperty(this, REGIONAL_CONFIGURATION_MARKER, { value: { userPool: props.userPool } });
    this.node.addValidation({
      validate: () => {
        const others = onDemand.regional().otherConfigurationsOf(this, props.userPool, stack.region);
        return [...regionalConfigurationTwiceProblems(stack.region, others)];
      },
    });
    if (pool?.encryptionKey) {
      const poolKey = pool.encryptionKey;
      // Replica keys can be added anywhere in the app: looked for when it synthesizes.
      this.node.addValidation({
        validate: () => {
          const found = onDemand.regional().replicaKeysOf(this, props.userPool, poolKey, stack.region);
          replicaKeyWarnings(stack.region, poolKey, found).forEach((w) => Annotations.of(this).addWarningV2(w.id, w.message));
          return [];
        },
      });
    }
    // With problems nothing is created: the app doesn't synthesize, and a function of another Region would make
    // aws-cdk-lib stop at its cross-Region reference before this construct's problems are reported.
    if (compiled.problems.length > 0) { return; }

    const { resolved } = compiled;
    const smsRoleArn = resolved.sms && resolved.sms.roleArn === undefined
      // Through Amazon SNS: the regional configuration doesn't take End User Messaging SMS yet (docs/replicas.md).
      ? onDemand.smsRole().createSmsRole(this, resolved.sms.externalId!, resolved.removalPolicy, smsRolePermission(undefined)).roleArn
      : undefined;
    const senderKeyArn = resolved.replicatesSenderKey
      ? onDemand.keys().replicateKey(this, 'CustomSenderKey', {
        primaryKeyArn: resolved.replicatesSenderKey,
        description: `Encrypts the codes Cognito passes to the custom senders of ${this.node.path}`,
        removalPolicy: resolved.removalPolicy,
      }).attrArn
      : resolved.senderKey?.arn;
    const resource = new (onDemand.regional().RegionalConfigurationResource)(this, 'Resource', {
      UserPoolId: this.userPoolId,
      ...compiled.render({ smsRoleArn, senderKeyArn }),
    }, resolved.tags);
    // Tags arrive through Tags.of(...) aspects too, so they are checked when the app synthesizes.
    this.node.addValidation({
      validate: () => {
        const problems = new Problems();
        checkTags(problems, resource.tags.renderTags());
        return [...problems.all];
      },
    });

    const permitted = new Set<IFunction>();
    for (const { operation, fn } of resolved.triggers) {
      if (needsKmsKey(operation) && senderKeyArn) {
        // The function decrypts the codes Cognito encrypts with the key (Cognito custom sender guide): kms:Decrypt.
        onDemand.grants().grantWithoutCycles(this, fn, ['kms:Decrypt'], [senderKeyArn]);
      }
      if (permitted.has(fn)) { continue; }
      permitted.add(fn);
      // As the pool's (docs/triggers.md): one permission per function, in this construct's scope, for the replica's ARN.
      fn.addPermission(`${operation.charAt(0).toUpperCase()}${operation.slice(1)}Cognito`, {
        scope: this,
        principal: new (onDemand.iam().ServicePrincipal)('cognito-idp.amazonaws.com'),
        sourceArn: this.userPoolArn,
        sourceAccount: stack.account,
      });
    }
  }
}

/**
 * Properties of a `UserPoolReplicaKey`.
 */
export interface UserPoolReplicaKeyProps {
  /**
   * The pool's multi-Region encryption key (`encryptionKey`), in the pool's Region: a key created with
   * `multiRegion: true`, or imported by an ARN whose key id starts with `mrk-`. A key of another stack needs
   * `crossRegionReferences: true` on both stacks.
   */
  readonly primaryKey: IKeyRef;

  /**
   * What happens to the replica key when it leaves the stack. The replica's data stays encrypted under it.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * A replica of a user pool's multi-Region encryption key in this stack's Region (`AWS::KMS::ReplicaKey`), with the
 * key policy Cognito's data-protection guide gives (the statements the pool's key gets, for this Region's Cognito,
 * on behalf of the account's pools in this Region and the primary key's). Rotation is the primary key's: KMS
 * shares it between a key and its replicas.
 *
 * "The key must be available in all AWS Regions that have user pool replicas": put it in a stack of the replica's
 * Region that deploys before the pool's stack (`poolStack.addDependency(keyStack)`). See docs/replicas.md.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-multi-region.html
 */
export class UserPoolReplicaKey extends Resource implements IKeyRef {
  /** The replica key's ARN (its key id is the primary key's). */
  public readonly keyArn: string;
  /** The key id, shared with the primary key. */
  public readonly keyId: string;

  constructor(scope: Construct, id: string, props: UserPoolReplicaKeyProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const { problems, resolved } = compileReplicaKey(props.primaryKey, stack.region);
    reportOnSynth(this, problems);
    // The pool's key is in the pool's Region (Cognito takes keys of its own Region), so the primary key's Region is
    // the pool's: known at synth for a key of the app or a literal ARN, read from the ARN at deploy time otherwise.
    const primaryRegion = resolved.primaryRegion ?? Fn.select(3, Fn.split(':', resolved.arn));
    const key = onDemand.keys().replicateKey(this, 'Resource', {
      primaryKeyArn: resolved.arn,
      description: `Replica of the user pool encryption key ${this.node.path}`,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
      cognitoPoolRegions: [stack.region, primaryRegion],
    });
    this.keyArn = key.attrArn;
    this.keyId = key.attrKeyId;
    // How a regional configuration finds the replica of its pool's key in the app (docs/replicas.md).
    Object.defineProperty(this, REPLICA_KEY_MARKER, { value: { primaryKey: props.primaryKey } });
  }

  /** A reference to the replica key. */
  public get keyRef(): KeyReference {
    return { keyArn: this.keyArn, keyId: this.keyId };
  }
}
