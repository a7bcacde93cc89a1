import { Annotations, Aws, Stack } from 'aws-cdk-lib';
import { CfnUserPool } from 'aws-cdk-lib/aws-cognito';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { renderUserPool } from './private/render';
import { resolveUserPool } from './private/resolve';
import { configureSms } from './private/sms-role';
import { TriggerRegistry, unmodeledCfnKey } from './private/trigger-registry';
import type { TriggerContext } from './private/trigger-registry';
import { validateUserPool } from './private/validate';
import { UserPoolValidationError } from './private/validation';
import type { LambdaVersion, UserPoolTriggers } from './triggers';
import { UserPoolOperation } from './triggers';
import { importUserPool, UserPoolBase } from './user-pool-base';
import type { UserPoolProps } from './user-pool-props';

/**
 * An Amazon Cognito user pool with secure defaults.
 *
 * A drop-in for `aws-cdk-lib/aws-cognito`'s `UserPool`: the same props, methods and attributes.
 * With no props it passes cdk-nag AwsSolutions and the AWS Security Hub Cognito controls.
 */
export class UserPool extends UserPoolBase {
  /** Imports a pool by id. */
  public static fromUserPoolId(scope: Construct, id: string, userPoolId: string): IUserPool {
    const arn = Stack.of(scope).formatArn({ service: 'cognito-idp', resource: 'userpool', resourceName: userPoolId });
    return importUserPool(scope, id, arn);
  }

  /** Imports a pool by ARN. */
  public static fromUserPoolArn(scope: Construct, id: string, userPoolArn: string): IUserPool {
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

  constructor(scope: Construct, id: string, props: UserPoolProps = {}) {
    super(scope, id);
    const resolved = resolveUserPool(props);
    this.triggerContext = { featurePlan: resolved.featurePlan, hasKmsKey: props.customSenderKmsKey !== undefined };

    const { errors, warnings } = validateUserPool(props, resolved);
    const triggers = triggersFromProps(props.lambdaTriggers);
    const triggerErrors = triggers.flatMap(({ operation, version }, i) =>
      this.triggers.check(operation, version, this.triggerContext, triggers.slice(0, i).map((t) => t.operation)));
    UserPoolValidationError.throwIfAny(this, [...errors, ...triggerErrors]);
    for (const warning of warnings) {
      Annotations.of(this).addWarningV2(warning.id, warning.message);
    }

    const smsConfiguration = configureSms(this, {
      needed: resolved.usesSms,
      smsRole: props.smsRole,
      smsRoleExternalId: props.smsRoleExternalId,
      snsRegion: props.snsRegion,
      enableSmsRole: props.enableSmsRole,
      removalPolicy: resolved.removalPolicy,
    });
    const stack = Stack.of(this);
    const resource = this.resource = new CfnUserPool(this, 'Resource', renderUserPool(props, resolved, {
      environment: { partition: Aws.PARTITION, region: stack.region, account: stack.account },
      smsConfiguration,
      lambdaConfig: this.triggers.render(props.customSenderKmsKey?.keyRef.keyArn),
    }));
    resource.applyRemovalPolicy(resolved.removalPolicy);
    // Properties the minimum supported aws-cdk-lib's CfnUserPool doesn't model yet.
    if (props.issuerType !== undefined) {
      resource.addPropertyOverride('IssuerConfiguration', { Type: props.issuerType });
    }
    if (props.encryptionKey !== undefined) {
      resource.addPropertyOverride('KeyConfiguration', { KeyType: 'CUSTOMER_MANAGED_KEY', KmsKeyArn: props.encryptionKey.keyRef.keyArn });
    }

    this.userPoolId = resource.ref;
    this.userPoolArn = resource.attrArn;
    this.userPoolProviderName = resource.attrProviderName;
    this.userPoolProviderUrl = resource.attrProviderUrl;

    for (const { operation, fn, version } of triggers) {
      this.registerTrigger(operation, fn, version);
    }
  }

  /**
   * Adds a Lambda trigger. Throws if the trigger is already set.
   * @param lambdaVersion the event version: V2_0 or V3_0 only for pre token generation
   */
  public addTrigger(operation: UserPoolOperation, fn: IFunction, lambdaVersion?: LambdaVersion): void {
    UserPoolValidationError.throwIfAny(this, this.triggers.check(operation, lambdaVersion, this.triggerContext));
    this.registerTrigger(operation, fn, lambdaVersion);
  }

  /** The one path every trigger takes, from props or from `addTrigger`: a checked trigger gets its invoke permission. */
  private registerTrigger(operation: UserPoolOperation, fn: IFunction, version?: LambdaVersion): void {
    this.triggers.add(operation, fn, version);
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
      principal: new ServicePrincipal('cognito-idp.amazonaws.com'),
      sourceArn: this.userPoolArn,
      sourceAccount: Stack.of(this).account,
    });
  }
}

interface TriggerRequest {
  readonly operation: UserPoolOperation;
  readonly fn: IFunction;
  readonly version?: LambdaVersion;
}

const PROP_OPERATIONS: ReadonlyArray<[keyof UserPoolTriggers, UserPoolOperation]> = [
  ['createAuthChallenge', UserPoolOperation.CREATE_AUTH_CHALLENGE],
  ['customMessage', UserPoolOperation.CUSTOM_MESSAGE],
  ['defineAuthChallenge', UserPoolOperation.DEFINE_AUTH_CHALLENGE],
  ['postAuthentication', UserPoolOperation.POST_AUTHENTICATION],
  ['postConfirmation', UserPoolOperation.POST_CONFIRMATION],
  ['preAuthentication', UserPoolOperation.PRE_AUTHENTICATION],
  ['preSignUp', UserPoolOperation.PRE_SIGN_UP],
  ['preTokenGeneration', UserPoolOperation.PRE_TOKEN_GENERATION],
  ['userMigration', UserPoolOperation.USER_MIGRATION],
  ['verifyAuthChallengeResponse', UserPoolOperation.VERIFY_AUTH_CHALLENGE_RESPONSE],
  ['customEmailSender', UserPoolOperation.CUSTOM_EMAIL_SENDER],
  ['customSmsSender', UserPoolOperation.CUSTOM_SMS_SENDER],
  ['inboundFederation', UserPoolOperation.INBOUND_FEDERATION],
];

function triggersFromProps(triggers: UserPoolTriggers | undefined): TriggerRequest[] {
  if (!triggers) { return []; }
  return PROP_OPERATIONS.flatMap(([key, operation]) => {
    const fn = triggers[key] as IFunction | undefined;
    if (fn === undefined) { return []; }
    const version = key === 'preTokenGeneration' ? triggers.preTokenGenerationVersion : undefined;
    return [{ operation, fn, version }];
  });
}
