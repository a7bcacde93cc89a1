import type { UserPoolDomainOptions } from 'aws-cdk-lib/aws-cognito';
import type { IKeyRef } from 'aws-cdk-lib/aws-kms';
import { checkArn, checkValue } from '../checks/api-limits';
import type { EmailEnvironment } from '../checks/environment';
import { Problems } from '../checks/problems';
import { FeaturePlan } from '../feature-plan';
import type { UserPoolRegionalConfigurationProps } from '../regional-configuration';
import type { RiskConfiguration } from '../risk-configuration';
import { LambdaVersion } from '../triggers';
import type { UserPoolProps } from '../user-pool-props';
import { type ClientPoolContext, type ClientProps, compileClient as compileClientProps, type CompiledClient } from './client';
import { checkDomain, CUSTOM_DOMAIN_SECURITY_POLICY, type DomainPoolContext, type DomainRequest, domainStandIn, type RenderedRouting } from './domain';
import { type RenderContext, type RenderedUserPool, renderUnmodelled, renderUserPool } from './pool/render';
import { checkRendered } from './pool/rendered-limits';
import { resolveUserPool, type ResolvedUserPool } from './pool/resolve';
import { validateUserPool } from './pool/rules';
import {
  checkOneConfigurationPerRegion, checkRegionalConfiguration, checkReplicaKey, checkReplicaKeyPresence, type FoundReplicaKey, type RegionalContext,
  type RegionalCreated, renderRegionalConfiguration, resolveRegionalConfiguration, type ResolvedRegionalConfiguration, type ResolvedReplicaKey,
} from './regional-configuration';
import { checkRiskConfiguration, renderRiskConfiguration, resolveRiskConfiguration, type RiskPoolContext } from './risk-configuration';
import { type SmsRolePermission, smsRolePermission } from './sms';
import { checkTriggers, lambdaConfigEntry, slotOf, TRIGGERS, type TriggerRequest } from './triggers';
import { type PoolWarning, WARNINGS } from './warnings';

/** What compiling needs from the construct (or a test) beyond the props. */
export interface CompileContext {
  readonly environment: EmailEnvironment;
  /** The pool's unique id, the default SMS external id: asked for only when the construct creates the role. */
  readonly poolUniqueId?: () => string;
  /**
   * References to the resources the construct creates once compiling has succeeded (`Lazy` tokens), asked for
   * only when they are needed.
   */
  readonly created: { readonly smsRoleArn: () => string; readonly senderKeyArn: () => string };
}

export interface CompiledUserPool {
  readonly resolved: ResolvedUserPool;
  readonly rendered: RenderedUserPool;
  readonly warnings: readonly PoolWarning[];
  /** Every problem found, one line each: the construct reports them when the app synthesizes. */
  readonly problems: readonly string[];
  /** The permission of the SMS role the construct must create; undefined when it creates none. */
  readonly smsRole?: SmsRolePermission;
  /**
   * The properties the minimum supported aws-cdk-lib doesn't model, rendered again when the template is written
   * (the construct's resource asks at synth), with the triggers and sender key the pool has then.
   */
  readonly unmodelled: (late: Pick<RenderContext, 'triggers' | 'senderKeyArn'>) => Record<string, unknown>;
}

/**
 * The one path from props to CloudFormation: resolve defaults, check the cross-field rules and the triggers,
 * render every property, then check every rendered literal against the API model's limits. Creates nothing and
 * throws nothing for a rule broken: it returns every problem, and the construct reports them with the rest of the
 * app's when the app synthesizes (docs/validation.md).
 */
export function compileUserPool(props: UserPoolProps, context: CompileContext): CompiledUserPool {
  const problems = new Problems();
  const resolved = resolveUserPool(props, context.poolUniqueId, problems);
  const warnings = validateUserPool(resolved, problems, { region: context.environment.region, account: context.environment.account });
  checkTriggers(problems, resolved.triggers, [], resolved.featurePlan);
  checkArn(problems, 'customSenderKmsKey (its ARN)', resolved.senderKey?.arn);
  checkArn(problems, 'encryptionKey (its ARN)', resolved.encryptionKey?.arn);
  // Rendered only when SMS is used, but a value given is checked either way.
  checkValue(problems, 'SmsConfiguration.SnsRegion', 'snsRegion', resolved.snsRegion);

  const createsSmsRole = resolved.sms !== undefined && resolved.sms.roleArn === undefined;
  const createdSmsRoleArn = createsSmsRole ? context.created.smsRoleArn() : undefined;
  const rendered = renderUserPool(resolved, {
    environment: context.environment,
    createdSmsRoleArn,
    senderKeyArn: resolved.senderKey?.arn ?? (resolved.createsSenderKey ? context.created.senderKeyArn() : undefined),
  });
  checkRendered(problems, rendered);
  const unmodelled = (late: Pick<RenderContext, 'triggers' | 'senderKeyArn'>) =>
    renderUnmodelled(resolved, { environment: context.environment, createdSmsRoleArn, ...late });
  const smsRole = createsSmsRole ? smsRolePermission(resolved.sms!.endUserMessagingSms) : undefined;
  return { resolved, rendered, warnings, problems: problems.all, smsRole, unmodelled };
}


/** What the construct needs to create for an `addRiskConfiguration` call, or its problems. */
export interface CompiledClientRiskConfiguration {
  readonly problems: readonly string[];
  readonly warnings: readonly PoolWarning[];
  /** The attachment's properties but the pool and client ids; undefined when there are problems. */
  readonly properties?: ReturnType<typeof renderRiskConfiguration>;
}

/** `addRiskConfiguration`: resolve with the pool's context, check, render; creates nothing. */
export function compileClientRiskConfiguration(config: RiskConfiguration, pool: RiskPoolContext, clientId: string,
  sesIdentityArn: string | undefined): CompiledClientRiskConfiguration {
  const problems = new Problems();
  const warnings: PoolWarning[] = [];
  const resolved = resolveRiskConfiguration(config, pool, `addRiskConfiguration(${clientId})`)!;
  checkRiskConfiguration(problems, (id, message) => warnings.push({ id, message }), resolved, pool);
  const properties = problems.all.length > 0 ? undefined : renderRiskConfiguration(resolved, { sesIdentityArn });
  return { problems: problems.all, warnings, properties };
}

/** An app client: the secure defaults applied and checked against the pool's context; creates nothing. */
export function compileClient(props: ClientProps, pool: ClientPoolContext): CompiledClient & { readonly problems: readonly string[] } {
  const problems = new Problems();
  const compiled = compileClientProps(props, pool, problems);
  return { ...compiled, problems: problems.all };
}

/** What this library's `UserPoolDomain` (and so `addDomain`) builds, or its problems. */
export interface CompiledDomain {
  readonly problems: readonly string[];
  readonly warnings: readonly PoolWarning[];
  /** aws-cdk-lib's options to build with: the request's, or a stand-in when there are problems. */
  readonly options: UserPoolDomainOptions;
  /** A custom domain's TLS policy (`CustomDomainConfig.SecurityPolicy`). */
  readonly securityPolicy?: string;
  /** The failover routing (`Routing`), when asked for. */
  readonly routing?: RenderedRouting;
}

/** A domain: its problems and warnings against what is known of the pool, and what to build; creates nothing. */
export function compileDomain(request: DomainRequest, pool: DomainPoolContext): CompiledDomain {
  const problems = new Problems();
  const warnings: PoolWarning[] = [];
  const routing = checkDomain(problems, (id, message) => warnings.push({ id, message }), request, pool);
  const { failover: _failover, ...options } = request;
  if (problems.all.length > 0) { return { problems: problems.all, warnings, options: domainStandIn(options) }; }
  return { problems: [], warnings, options, securityPolicy: options.customDomain ? CUSTOM_DOMAIN_SECURITY_POLICY : undefined, routing };
}

/** `addTrigger`: the trigger's problems against the pool's triggers; an empty list means the construct connects it. */
export function compileTrigger(request: TriggerRequest, existing: readonly TriggerRequest[], featurePlan: FeaturePlan): readonly string[] {
  const problems = new Problems();
  checkTriggers(problems, [request], existing, featurePlan);
  return problems.all;
}

/** What `compileImportedTrigger` decided: the custom resource's properties, or the problems that stop it. */
export interface CompiledImportedTrigger {
  readonly problems: readonly string[];
  readonly warnings: readonly PoolWarning[];
  /** The `LambdaConfig` key and, for `{ LambdaArn, LambdaVersion }` entries, the version the handler writes. */
  readonly entry: { readonly key: string; readonly version?: string };
}

/**
 * A trigger on a pool created elsewhere (`UserPoolTrigger`, `addTrigger` on an imported pool): checked against the
 * triggers the app already sets on that pool. The pool's feature plan can't be seen at synth, so an event version
 * that needs ESSENTIALS or PLUS is a warning here, where a created pool makes it an error.
 */
export function compileImportedTrigger(request: TriggerRequest, existing: readonly TriggerRequest[]): CompiledImportedTrigger {
  const problems = new Problems();
  const path = `lambdaTriggers.${request.operation}`;
  if (!(request.operation in TRIGGERS)) {
    problems.add('importedTriggerUnknown', path, `${path} is not a trigger the custom resource can set on a pool created elsewhere; it sets `
      + `${Object.keys(TRIGGERS).join(', ')}`);
  }
  // One resource per slot: two (the same function as legacy and versioned pre token generation, which a created pool
  // accepts) would both own it, and removing one would remove the other's.
  const taken = existing.find((other) => slotOf(other.operation) === slotOf(request.operation));
  if (taken && taken.fn.functionArn === request.fn.functionArn && taken.operation !== request.operation) {
    problems.add('triggerSetTwice', path, `${path} is already set (as ${taken.operation}): on a pool created elsewhere, one trigger per slot`);
  }
  // ESSENTIALS: the plan check is the warning below.
  checkTriggers(problems, [request], existing, FeaturePlan.ESSENTIALS);
  const warnings: PoolWarning[] = [];
  if (request.version !== undefined && request.version !== LambdaVersion.V1_0) {
    warnings.push({
      id: WARNINGS.importedTriggerVersionNeedsPlan,
      message: `lambdaVersion ${request.version} needs the pool's featurePlan to be ESSENTIALS or PLUS, which can't be seen on a pool `
        + 'created elsewhere: the update fails on a LITE pool',
    });
  }
  return { problems: problems.all, warnings, entry: lambdaConfigEntry(request) };
}

/** What a regional configuration creates, and its problems. */
export interface CompiledRegionalConfiguration {
  readonly resolved: ResolvedRegionalConfiguration;
  readonly problems: readonly string[];
  readonly warnings: readonly PoolWarning[];
  /** The attachment's properties but `UserPoolId` and the tags, once the construct has created what it creates. */
  readonly render: (created: RegionalCreated) => Record<string, unknown>;
}

/** `UserPoolRegionalConfiguration`: resolve with the pool's facts, check, render; creates nothing. */
export function compileRegionalConfiguration(props: UserPoolRegionalConfigurationProps, context: RegionalContext): CompiledRegionalConfiguration {
  const problems = new Problems();
  const warnings: PoolWarning[] = [];
  const resolved = resolveRegionalConfiguration(props, context, problems);
  checkRegionalConfiguration(problems, (id, message) => warnings.push({ id, message }), resolved, context);
  return { resolved, problems: problems.all, warnings, render: (created) => renderRegionalConfiguration(resolved, created) };
}

/** `UserPoolReplicaKey`: its primary key's problems, and where that key is. */
export function compileReplicaKey(primaryKey: IKeyRef, region: string): { problems: readonly string[]; resolved: ResolvedReplicaKey } {
  const problems = new Problems();
  const resolved = checkReplicaKey(problems, primaryKey, region);
  return { problems: problems.all, resolved };
}

/** The warnings about the pool's encryption key in a replica's Region, from the replica keys found in the app at synth. */
export function replicaKeyWarnings(region: string, poolKey: IKeyRef | undefined, found: readonly FoundReplicaKey[]): PoolWarning[] {
  const warnings: PoolWarning[] = [];
  checkReplicaKeyPresence((id, message) => warnings.push({ id, message }), region, poolKey, found);
  return warnings;
}

/** The problem of a regional configuration that shares its pool and Region with others of the app (found at synth). */
export function regionalConfigurationTwiceProblems(region: string, others: readonly string[]): readonly string[] {
  const problems = new Problems();
  checkOneConfigurationPerRegion(problems, region, others);
  return problems.all;
}
