import { Annotations, ArnFormat, Aws, CfnResource, Lazy, Names, PropertyInjectors, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import { CfnLogDeliveryConfiguration, CfnUserPoolRiskConfigurationAttachment, type IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { IKey, IKeyRef } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Construct, IConstruct } from 'constructs';
import { checkTags } from './checks/api-limits';
import { Problems } from './checks/problems';
import { regionOfPoolId } from './checks/regions';
import { show } from './checks/show';
import { reportOnSynth, UserPoolValidationError } from './checks/validation-error';
import type { FeaturePlan } from './feature-plan';
import { VerificationEmailStyle } from './messages';
import { Mfa } from './mfa';
import {
  brandManagedLogin, type ClientPoolContext, compileClientRiskConfiguration, compileTrigger, compileUserPool, CREATION_METADATA_KEY,
  creationMetadataOf, DEFAULTS_METADATA_KEY, defaultsRecordOf, needsKmsKey, onDemand, POOL_SESSIONS_TYPE, REPLICA_TYPE, type ReplicatedPoolFacts,
  SESSION_TYPE_ACKNOWLEDGEMENT, acknowledgeFinding,
  poolReferencesValidation, resourcesOfPool, type RiskPoolContext, triggerRequest, type TriggerRequest, UserPoolResource, WARNINGS,
} from './private';
import type { RiskConfiguration } from './risk-configuration';
import type { LambdaVersion, UserPoolOperation } from './triggers';
import { type ISecureUserPool, UserPoolBase } from './user-pool-base';
import type { UserPoolProps } from './user-pool-props';
import type * as triggerModule from './user-pool-trigger';

/**
 * An Amazon Cognito user pool with secure defaults.
 *
 * A drop-in for `aws-cdk-lib/aws-cognito`'s `UserPool`: the same props, methods and attributes.
 * With no props it passes cdk-nag AwsSolutions and the AWS Security Hub Cognito controls.
 */
export class UserPool extends UserPoolBase {
  /**
   * The id property injectors use for this construct. It is aws-cdk-lib's `UserPool`'s, so an injector written for
   * aws-cdk-lib's pool (`PropertyInjectors.of(scope).add(...)`) applies to this one too, as after an import change.
   */
  public static readonly PROPERTY_INJECTION_ID: string = 'aws-cdk-lib.aws-cognito.UserPool';

  /**
   * Imports a pool by id. The ARN takes the Region the id names (`eu-west-1_...`), else the stack's.
   */
  public static fromUserPoolId(scope: Construct, id: string, userPoolId: string): ISecureUserPool {
    const region = Token.isUnresolved(userPoolId) ? undefined : regionOfPoolId(userPoolId);
    const arn = Stack.of(scope).formatArn({ service: 'cognito-idp', resource: 'userpool', resourceName: userPoolId, region });
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

  private readonly clientContext: ClientPoolContext;
  private readonly replicas: ReadonlyArray<{ readonly region: string; readonly resource: CfnResource }>;
  private readonly replicasKnown: boolean;
  private sessionsAttachment?: CfnResource;
  private readonly riskContext: RiskPoolContext;
  private readonly sesIdentityArn?: string;
  /** The pool's triggers: `lambdaTriggers`, then those added with `addTrigger`. */
  private readonly triggers: TriggerRequest[];
  private readonly featurePlan: FeaturePlan;
  private readonly invokePermissions = new Set<IFunction>();
  private readonly removalPolicy: RemovalPolicy;
  /** The key that encrypts codes for custom senders: given, or created with the first sender. */
  private senderKey?: IKeyRef;
  /** Whether the construct created `senderKey` (multi-Region when the pool has replicas). */
  private senderKeyCreated = false;
  /** What a regional configuration in a replica's Region reads of the pool, but the triggers and sender key. */
  private readonly replicaFacts: Omit<ReplicatedPoolFacts, 'triggerOperations' | 'createdSenderKey'>;
  /** Whether the pool has replicas (its custom sender key is then multi-Region). */
  private readonly hasReplicas: boolean;
  /** The SMS role's ARN, when the construct creates the role (after compiling, which refers to it lazily). */
  private createdSmsRoleArn?: string;

  constructor(scope: Construct, id: string, props: UserPoolProps = {}) {
    super(scope, id);
    props = injectProps(scope, id, props);
    const stack = Stack.of(this);
    const environment = { partition: Aws.PARTITION, region: stack.region, account: stack.account };
    // Compiling creates nothing and throws nothing for a broken rule: its problems are reported when the app
    // synthesizes, with every other construct's, so one synth shows them all (docs/validation.md).
    const { resolved, rendered, warnings, problems, smsRole, unmodelled } = compileUserPool(props, {
      environment,
      poolUniqueId: () => Names.uniqueId(this),
      created: {
        smsRoleArn: () => Lazy.string({ produce: () => this.createdSmsRoleArn }),
        senderKeyArn: () => Lazy.string({ produce: () => this.senderKey?.keyRef.keyArn }),
      },
    });
    reportOnSynth(this, problems);
    for (const warning of warnings) {
      Annotations.of(this).addWarningV2(warning.id, warning.message);
    }
    this.featurePlan = resolved.featurePlan;
    this.clientContext = resolved.clientContext;
    // Every OAuth client of the pool gets a managed login branding when a domain uses the newer managed login.
    brandManagedLogin(this);
    this.removalPolicy = resolved.removalPolicy;
    this.senderKey = resolved.senderKey?.key;
    this.triggers = [...resolved.triggers];
    this.hasReplicas = rendered.replicas.length > 0;
    const replicaRegions = (resolved.replicas ?? []).map((r) => r?.region);
    this.replicaFacts = {
      region: stack.region,
      replicaRegions: replicaRegions.every((r) => typeof r === 'string' && !Token.isUnresolved(r)) ? replicaRegions : undefined,
      featurePlan: resolved.featurePlan,
      email: resolved.email,
      usesSms: resolved.sms !== undefined,
      smsMfa: resolved.mfa !== Mfa.OFF && resolved.mfaSecondFactor.sms,
      encryptionKey: resolved.encryptionKey?.kind === 'alias' ? undefined : resolved.encryptionKey?.key,
      removalPolicy: resolved.removalPolicy,
    };
    if (resolved.encryptionKey?.kind === 'created') {
      // A key created in the app takes the statements Cognito's data protection guide gives (docs/triggers.md).
      onDemand.keys().allowCognitoDataEncryption(this, resolved.encryptionKey.key as IKey, rendered.logConfigurations !== undefined);
    }

    if (smsRole) {
      this.createdSmsRoleArn = onDemand.smsRole().createSmsRole(this, resolved.sms!.externalId!, resolved.removalPolicy, smsRole).roleArn;
    }
    // The unmodelled properties are rendered again at synth, for the triggers added after construction.
    const resource = new UserPoolResource(this, 'Resource', rendered.properties, () => unmodelled({
      triggers: this.triggers,
      senderKeyArn: this.senderKey?.keyRef.keyArn,
    }));
    resource.applyRemovalPolicy(resolved.removalPolicy);
    // For `cdk-secure-user-pool check` and `report` (docs/immutability.md).
    resource.cfnOptions.metadata = {
      ...resource.cfnOptions.metadata,
      [CREATION_METADATA_KEY]: creationMetadataOf(this.node.path),
      [DEFAULTS_METADATA_KEY]: defaultsRecordOf(resolved.origins),
    };
    // Tags arrive through Tags.of(...) aspects, so they are checked when the app synthesizes.
    this.node.addValidation({ validate: () => tagProblems(resource.tags.renderTags()) });
    if (resolved.verification.emailStyle === VerificationEmailStyle.LINK) {
      // A domain can be added after the pool, so this is known only when the app synthesizes.
      this.node.addValidation({ validate: () => this.warnIfNoDomain() });
    }
    // Resources hung on the pool (clients, resource servers, identity providers, domains) can come after it, from any
    // construct library: their references, limits and mappings are checked when the app synthesizes.
    this.node.addValidation(poolReferencesValidation(this, resolved.schema));

    this.userPoolId = resource.ref;
    this.userPoolArn = resource.attrArn;
    this.userPoolProviderName = resource.attrProviderName;
    this.userPoolProviderUrl = resource.attrProviderUrl;

    resolved.triggers.forEach((trigger) => this.connectTrigger(trigger));
    this.riskContext = resolved.riskContext;
    this.sesIdentityArn = rendered.sesIdentityArn;
    if (rendered.riskConfiguration) {
      new CfnUserPoolRiskConfigurationAttachment(this, 'RiskConfiguration', { userPoolId: this.userPoolId, clientId: 'ALL', ...rendered.riskConfiguration });
    }
    if (rendered.logConfigurations) {
      const logDelivery = new CfnLogDeliveryConfiguration(this, 'LogDelivery', { userPoolId: this.userPoolId, logConfigurations: rendered.logConfigurations });
      for (const bucket of rendered.logBuckets) {
        if (!onDemand.logBucket().allowLogDeliveryToBucket(logDelivery, bucket)) {
          Annotations.of(this).addWarningV2(WARNINGS.logBucketPolicyNotManaged, `logDelivery's bucket ${bucket.node.path} is imported, so this library `
            + 'can\'t add the log delivery statements to its policy: the delivery service appends them when it first delivers, and a bucket '
            + 'policy CloudFormation manages elsewhere drops them on its next update. Put the statements AWSLogDeliveryAclCheck and '
            + 'AWSLogDeliveryWrite in that policy (docs/threat-protection.md, "Log delivery")');
        }
      }
    }
    this.replicas = rendered.replicas.map((replica) => ({
      region: replica.properties.RegionName as string,
      resource: new CfnResource(this, replica.id, { type: REPLICA_TYPE, properties: { UserPoolId: this.userPoolId, ...replica.properties } }),
    }));
    // A list that is a token names Regions known only at deploy time.
    this.replicasKnown = !Token.isUnresolved(resolved.replicas);
    if (rendered.sessions) {
      this.sessionsAttachment = new CfnResource(this, 'Sessions', { type: POOL_SESSIONS_TYPE, properties: { UserPoolId: this.userPoolId, ...rendered.sessions } });
      acknowledgeFinding(this.sessionsAttachment, SESSION_TYPE_ACKNOWLEDGEMENT.id, SESSION_TYPE_ACKNOWLEDGEMENT.reason);
    }
    if (rendered.webAclArn !== undefined) {
      new (onDemand.wafv2().CfnWebACLAssociation)(this, 'WebAclAssociation', { resourceArn: this.userPoolArn, webAclArn: rendered.webAclArn });
    }
  }

  /**
   * Attaches a risk configuration for one app client, in place of the pool-wide one for that client.
   * Fields left out keep the defaults. Needs PLUS with threat protection on.
   */
  public addRiskConfiguration(client: IUserPoolClient, config: RiskConfiguration): void {
    const { problems, warnings, properties } = compileClientRiskConfiguration(config, this.riskContext, client.node.id, this.sesIdentityArn);
    reportOnSynth(this, problems);
    warnings.forEach((w) => Annotations.of(this).addWarningV2(w.id, w.message));
    if (properties === undefined) { return; }
    new CfnUserPoolRiskConfigurationAttachment(this, `RiskConfiguration${client.node.addr}`, {
      userPoolId: this.userPoolId,
      clientId: client.userPoolClientId,
      ...properties,
    });
  }

  /**
   * What a `UserPoolRegionalConfiguration` in a replica's Region reads of the pool: where it is, its replicas, and the
   * choices that carry over (docs/replicas.md). @internal
   */
  public get _replicaContext(): ReplicatedPoolFacts {
    const senderKey = this.senderKeyCreated ? this.senderKey : undefined;
    return {
      ...this.replicaFacts,
      triggerOperations: this.triggers.map((t) => t.operation),
      createdSenderKey: senderKey && { arn: senderKey.keyRef.keyArn, multiRegion: this.hasReplicas },
    };
  }

  /** @internal */
  public get _clientContext(): ClientPoolContext {
    return this.clientContext;
  }

  /** The pool's replicas, for a domain that fails over to one (src/domain.ts). @internal */
  public get _replicas(): ReadonlyArray<{ readonly region: string; readonly resource: CfnResource }> | undefined {
    return this.replicasKnown ? this.replicas : undefined;
  }

  /** The session tracking attachment, which an app client's SSO session attachment follows. @internal */
  public get _sessionsAttachment(): CfnResource | undefined {
    return this.sessionsAttachment;
  }

  /**
   * Adds a Lambda trigger. A trigger already set, or a version the trigger doesn't take, is an error the app
   * reports when it synthesizes.
   * @param lambdaVersion the event version: V2_0 or V3_0 only for pre token generation
   */
  public addTrigger(operation: UserPoolOperation, fn: IFunction, lambdaVersion?: LambdaVersion): void {
    const request = triggerRequest(operation, fn, lambdaVersion);
    const problems = compileTrigger(request, this.triggers, this.featurePlan);
    reportOnSynth(this, problems);
    if (problems.length > 0) { return; }
    this.triggers.push(request);
    this.connectTrigger(request);
  }

  /** Link-style verification sends a link to the pool's domain: warn when the stack has none for this pool. */
  private warnIfNoDomain(): string[] {
    const hasDomain = resourcesOfPool(this)('AWS::Cognito::UserPoolDomain').length > 0;
    if (!hasDomain) {
      Annotations.of(this).addWarningV2(WARNINGS.linkVerificationWithoutDomain, 'userVerification.emailStyle is LINK, but the stack has no '
        + 'domain for this pool: verification links point at the pool\'s domain, so add one with addDomain(...) '
        + '(acknowledge this warning if the domain is defined in another stack)');
    }
    return [];
  }

  /**
   * What every checked trigger gets, from props or from `addTrigger`: its invoke permission, and for a custom
   * sender the key and the right to decrypt with it.
   */
  private connectTrigger({ operation, fn }: TriggerRequest): void {
    if (needsKmsKey(operation)) {
      // The function decrypts the codes Cognito encrypts with the key (Cognito custom sender guide): kms:Decrypt.
      if (!this.senderKey) {
        this.senderKey = onDemand.keys().createSenderKey(this, this.removalPolicy, this.hasReplicas);
        this.senderKeyCreated = true;
      }
      onDemand.grants().grantWithoutCycles(this, fn, ['kms:Decrypt'], [this.senderKey.keyRef.keyArn]);
    }
    if (this.invokePermissions.has(fn)) { return; }
    this.invokePermissions.add(fn);
    // In the pool's scope, so the function's stack never references the pool. One permission per function, named
    // as aws-cdk-lib names the permission of the function's first trigger, so migrated permissions keep their ids.
    fn.addPermission(`${operation.charAt(0).toUpperCase()}${operation.slice(1)}Cognito`, {
      scope: this,
      principal: new (onDemand.iam().ServicePrincipal)('cognito-idp.amazonaws.com'),
      sourceArn: this.userPoolArn,
      sourceAccount: Stack.of(this).account,
    });
  }
}

/**
 * The props after the nearest property injector for this construct, as aws-cdk-lib's `@propertyInjectable` applies
 * it: the closest scope with injectors that has one for `PROPERTY_INJECTION_ID`.
 */
function injectProps(scope: Construct, id: string, props: UserPoolProps): UserPoolProps {
  for (let c: IConstruct | undefined = scope; c !== undefined; c = c.node.scope) {
    const injector = PropertyInjectors.hasPropertyInjectors(c) ? PropertyInjectors.of(c).for(UserPool.PROPERTY_INJECTION_ID) : undefined;
    if (injector) { return injector.inject(props, { scope, id }) as UserPoolProps; }
  }
  return props;
}

/** Imports a pool by ARN (`UserPool.fromUserPoolArn`, `fromUserPoolId`). */
function importUserPool(scope: Construct, id: string, userPoolArn: string): ISecureUserPool {
  const stack = Stack.of(scope);
  const parts = stack.splitArn(userPoolArn, ArnFormat.SLASH_RESOURCE_NAME);
  const userPoolId = parts.resourceName;
  if (!userPoolId) {
    // Thrown at once: there is no pool id to import.
    const problems = new Problems();
    problems.add('userPoolArn', 'userPoolArn', `userPoolArn must end in userpool/<id>, got ${show(userPoolArn)}`);
    throw UserPoolValidationError.of(scope, problems.all);
  }
  class ImportedUserPool extends UserPoolBase {
    public readonly userPoolArn = userPoolArn;
    public readonly userPoolId = userPoolId!;
    public readonly userPoolProviderName = `cognito-idp.${parts.region}.${stack.urlSuffix}/${userPoolId}`;
    private senderKey?: IKeyRef;

    /**
     * A custom resource sets this one trigger and keeps the pool's other settings (`UserPoolTrigger`). A custom
     * sender gets a key created for it, as a created pool's does.
     */
    public addTrigger(operation: UserPoolOperation, fn: IFunction, lambdaVersion?: LambdaVersion): void {
      const kmsKey = needsKmsKey(operation.operationName)
        ? (this.senderKey ??= onDemand.keys().createSenderKey(this, RemovalPolicy.RETAIN, false))
        : undefined;
      // A second call for one operation gets its own id, so the synth reports it (triggerSetTwice) with every other problem.
      let triggerId = `Trigger-${operation.operationName}`;
      for (let n = 2; this.node.tryFindChild(triggerId); n++) { triggerId = `Trigger-${operation.operationName}${n}`; }
      // Loaded with the first trigger of an imported pool (docs/performance.md, "Loading").
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { UserPoolTrigger } = require('./user-pool-trigger') as typeof triggerModule;
      new UserPoolTrigger(this, triggerId, { userPool: this, operation, handler: fn, lambdaVersion, kmsKey });
    }
  }
  return new ImportedUserPool(scope, id, { account: parts.account, region: parts.region });
}

function tagProblems(tags: unknown): string[] {
  const problems = new Problems();
  checkTags(problems, tags);
  return [...problems.all];
}
