import { Annotations, Aws, type RemovalPolicy, Stack } from 'aws-cdk-lib';
import { CfnUserPool } from 'aws-cdk-lib/aws-cognito';
import type { IKeyRef } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { checkValue } from './private/api-check';
import { compileUserPool } from './private/compile';
import { CREATION_METADATA_KEY, creationRecordOf, DEFAULTS_METADATA_KEY, defaultsRecordOf } from './private/creation-record';
import { lazy } from './private/lazy';
import { creationOnlyProperties } from './private/render';
import type { ResolvedUserPool } from './private/resolve';
import { needsKmsKey, TriggerRegistry, unmodeledCfnKey, type TriggerContext, type TriggerRequest } from './private/trigger-registry';
import { Problems, show, UserPoolValidationError } from './private/validation';
import type { LambdaVersion, UserPoolOperation } from './triggers';
import { importUserPool, type ISecureUserPool, UserPoolBase } from './user-pool-base';
import type { UserPoolProps } from './user-pool-props';

/**
 * An Amazon Cognito user pool with secure defaults.
 *
 * A drop-in for `aws-cdk-lib/aws-cognito`'s `UserPool`: the same props, methods and attributes.
 * With no props it passes cdk-nag AwsSolutions and the AWS Security Hub Cognito controls.
 */
export class UserPool extends UserPoolBase {
  /** Imports a pool by id. */
  public static fromUserPoolId(scope: Construct, id: string, userPoolId: string): ISecureUserPool {
    const arn = Stack.of(scope).formatArn({ service: 'cognito-idp', resource: 'userpool', resourceName: userPoolId });
    return importUserPool(scope, id, arn);
  }

  /** Imports a pool by ARN. */
  public static fromUserPoolArn(scope: Construct, id: string, userPoolArn: string): ISecureUserPool {
    return importUserPool(scope, id, userPoolArn);
  }

  public readonly userPoolId: string;
  public readonly userPoolArn: string;
  public readonly userPoolProviderName: string;
  /** The pool's OIDC issuer URL. */
  public readonly userPoolProviderUrl: string;

  private readonly resource: CfnUserPool;
  private readonly triggers = new TriggerRegistry();
  private readonly triggerContext: TriggerContext;
  private readonly invokePermissions = new Set<IFunction>();
  private readonly removalPolicy: RemovalPolicy;
  /** The key that encrypts codes for custom senders: given, or created with the first sender. */
  private senderKey?: IKeyRef;
  /** Whether the sender key's policy lets Cognito encrypt (done once, with the first sender). */
  private senderKeyReady = false;

  constructor(scope: Construct, id: string, props: UserPoolProps = {}) {
    super(scope, id);
    const stack = Stack.of(this);
    const compiled = compileUserPool(props, {
      environment: { partition: Aws.PARTITION, region: stack.region, account: stack.account },
      triggers: this.triggers,
      configureSms: (resolved) => this.configureSms(props, resolved),
      lambdaConfig: this.triggers.render(() => this.senderKey?.keyRef.keyArn),
    }, this);
    this.senderKey = props.customSenderKmsKey;
    for (const warning of compiled.warnings) {
      Annotations.of(this).addWarningV2(warning.id, warning.message);
    }
    this.triggerContext = { featurePlan: compiled.resolved.featurePlan };
    this.removalPolicy = compiled.resolved.removalPolicy;

    const resource = this.resource = new CfnUserPool(this, 'Resource', compiled.properties);
    resource.applyRemovalPolicy(compiled.resolved.removalPolicy);
    // For `cdk-secure-user-pool check`: the settings that can never change once the pool exists (docs/immutability.md).
    resource.cfnOptions.metadata = {
      ...resource.cfnOptions.metadata,
      [CREATION_METADATA_KEY]: creationRecordOf(creationOnlyProperties(compiled.properties), this.node.path),
      [DEFAULTS_METADATA_KEY]: defaultsRecordOf(compiled.resolved.origins),
    };
    // Properties the minimum supported aws-cdk-lib's CfnUserPool doesn't model yet.
    if (props.issuerType !== undefined) {
      resource.addPropertyOverride('IssuerConfiguration', { Type: props.issuerType });
    }
    if (props.encryptionKey !== undefined) {
      resource.addPropertyOverride('KeyConfiguration', { KeyType: 'CUSTOMER_MANAGED_KEY', KmsKeyArn: props.encryptionKey.keyRef.keyArn });
    }
    // Tags arrive through Tags.of(...) aspects, so they are checked when the app synthesizes.
    this.node.addValidation({ validate: () => checkTags(resource.tags.renderTags()) });

    this.userPoolId = resource.ref;
    this.userPoolArn = resource.attrArn;
    this.userPoolProviderName = resource.attrProviderName;
    this.userPoolProviderUrl = resource.attrProviderUrl;

    compiled.triggers.forEach((request) => this.registerTrigger(request));
  }

  /**
   * Adds a Lambda trigger. Throws if the trigger is already set.
   * @param lambdaVersion the event version: V2_0 or V3_0 only for pre token generation
   */
  public addTrigger(operation: UserPoolOperation, fn: IFunction, lambdaVersion?: LambdaVersion): void {
    const request = { operation, fn, version: lambdaVersion };
    const problems = new Problems();
    this.triggers.check(problems, [request], this.triggerContext);
    UserPoolValidationError.throwIfAny(this, problems.all);
    this.registerTrigger(request);
  }

  /**
   * The one path every trigger takes, from props or from `addTrigger`, once checked: it gets its invoke
   * permission, and a custom sender gets the key and the right to decrypt with it.
   */
  private registerTrigger(request: TriggerRequest): void {
    const { operation, fn } = request;
    this.triggers.add(request);
    if (needsKmsKey(operation)) {
      lazy.grants().grantWithoutCycles(this, fn, ['kms:Decrypt'], [this.customSenderKey().keyRef.keyArn]);
    }
    const unmodeled = unmodeledCfnKey(operation);
    if (unmodeled) {
      // A trigger newer than the L1 (UserPoolOperation.of): CfnUserPool would drop the key, so set it directly.
      this.resource.addPropertyOverride(`LambdaConfig.${unmodeled}`, fn.functionArn);
    }
    if (this.invokePermissions.has(fn)) { return; }
    this.invokePermissions.add(fn);
    // In the pool's scope, so the function's stack never references the pool.
    fn.addPermission(`Invoke${fn.node.addr}`, {
      scope: this,
      principal: new (lazy.iam().ServicePrincipal)('cognito-idp.amazonaws.com'),
      sourceArn: this.userPoolArn,
      sourceAccount: Stack.of(this).account,
    });
  }

  /** The `SmsConfiguration`: a given role, a created `SmsRole` when SMS is used (or `enableSmsRole`), or none. */
  private configureSms(props: UserPoolProps, resolved: ResolvedUserPool): CfnUserPool.SmsConfigurationProperty | undefined {
    if (!props.smsRole && !(props.enableSmsRole ?? resolved.usesSms)) { return undefined; }
    return lazy.smsRole().configureSms(this, {
      smsRole: props.smsRole,
      smsRoleExternalId: props.smsRoleExternalId,
      snsRegion: props.snsRegion,
      removalPolicy: resolved.removalPolicy,
    });
  }

  /** The key that encrypts codes for custom senders: the one given, or one created with the first sender. */
  private customSenderKey(): IKeyRef {
    const key = this.senderKey ??= lazy.senderKey().createSenderKey(this, this.removalPolicy);
    if (!this.senderKeyReady) {
      lazy.senderKey().allowCognitoToEncrypt(this, key);
      this.senderKeyReady = true;
    }
    return key;
  }
}

function checkTags(tags: unknown): string[] {
  const problems = new Problems();
  for (const [key, value] of Object.entries(tags ?? {})) {
    checkValue(problems, 'UserPoolTags{key}', `tag key ${show(key)}`, key);
    checkValue(problems, 'UserPoolTags{}', `tag ${show(key)} value`, value);
  }
  return [...problems.all];
}
