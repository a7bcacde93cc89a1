import type { RemovalPolicy } from 'aws-cdk-lib';
import type { IKeyRef } from 'aws-cdk-lib/aws-kms';
import { checkValue } from '../checks/api-limits';
import type { EmailEnvironment } from '../checks/environment';
import { isLiteral, type Problems } from '../checks/problems';
import { REGION_CODE, REQUIRED_SNS_REGION, SES_REGIONS } from '../checks/regions';
import { show } from '../checks/show';
import type { UserPoolEmail } from '../email';
import type { FeaturePlan } from '../feature-plan';
import type { UserPoolRegionalConfigurationProps } from '../regional-configuration';
import { emailOf } from './pool/email-compat';
import { resolveKey, type ResolvedKey } from './pool/resolve';
import { checkKey } from './pool/rules';
import { checkTriggers, needsKmsKey, renderLambdaConfig, triggersFromProps, type TriggerRequest } from './triggers';
import { type Warn, WARNINGS } from './warnings';

/**
 * The replica's side of multi-Region replication: what a `UserPoolRegionalConfiguration` sets in its Region
 * (`AWS::Cognito::UserPoolRegionalConfigurationAttachment`) and what a `UserPoolReplicaKey` replicates there.
 * Resolve, check and render; pure. docs/replicas.md gives each default and rule its source.
 */

/** The CloudFormation type, rendered with `CfnResource` (aws-cdk-lib has an L1 for it only from 2.276). */
export const REGIONAL_CONFIGURATION_TYPE = 'AWS::Cognito::UserPoolRegionalConfigurationAttachment';

/** How a `UserPoolRegionalConfiguration` is recognised in the construct tree (a property under this symbol: its pool). */
export const REGIONAL_CONFIGURATION_MARKER = Symbol.for('cdk-secure-user-pool.UserPoolRegionalConfiguration');

/** How a `UserPoolReplicaKey` is recognised in the construct tree (a property under this symbol: its primary key). */
export const REPLICA_KEY_MARKER = Symbol.for('cdk-secure-user-pool.UserPoolReplicaKey');

/** The longest default SMS external id: the IAM condition limit (as the pool's). */
const MAX_EXTERNAL_ID = 1224;

/** What this library's `UserPool` tells a regional configuration about itself (`UserPool._replicaContext`). */
export interface ReplicatedPoolFacts {
  /** The pool's Region: its stack's (a token for an environment-agnostic stack). */
  readonly region: string;
  /** The Regions of its `replicas`, when every one is a literal. */
  readonly replicaRegions?: readonly string[];
  readonly featurePlan: FeaturePlan;
  /** How the pool sends email: reused in the replica's Region when no `email` is given. */
  readonly email: UserPoolEmail;
  /** Whether the pool has an SMS configuration. */
  readonly usesSms: boolean;
  /** Whether SMS MFA is on (a given SMS role then needs an external id). */
  readonly smsMfa: boolean;
  /** The pool's triggers, by operation name. */
  readonly triggerOperations: readonly string[];
  /** The pool's encryption key, to look for its replica in the Region. */
  readonly encryptionKey?: IKeyRef;
  /** The custom sender key the pool created (not one given), and whether it is multi-Region. */
  readonly createdSenderKey?: { readonly arn: string; readonly multiRegion: boolean };
  readonly removalPolicy: RemovalPolicy;
}

/** What resolving needs beyond the props: where the construct is, and what is known about the pool. */
export interface RegionalContext {
  /** The construct's stack: the replica's Region. */
  readonly environment: EmailEnvironment;
  /** Known when the pool is this library's `UserPool`. */
  readonly pool?: ReplicatedPoolFacts;
  /** The default SMS external id, asked for only when the construct creates the role. */
  readonly uniqueId: () => string;
  /** The removal policy when neither the props nor the pool give one. */
  readonly defaultRemovalPolicy: RemovalPolicy;
}

/** The effective regional configuration. Pure data. */
export interface ResolvedRegionalConfiguration {
  readonly active: boolean;
  /** The email configuration and the environment it renders in (the pool's for the pool's email). */
  readonly email?: { readonly email: UserPoolEmail; readonly environment: EmailEnvironment; readonly fromPool: boolean };
  readonly triggers: readonly TriggerRequest[];
  /** The given `customSenderKmsKey`. */
  readonly senderKey?: ResolvedKey;
  /** The ARN of the pool's created (multi-Region) sender key, which the construct replicates for the custom senders. */
  readonly replicatesSenderKey?: string;
  /** The SMS configuration; `roleArn` undefined means the construct creates the role. */
  readonly sms?: { readonly roleArn?: string; readonly externalId?: string; readonly snsRegion?: string };
  readonly tags?: { readonly [key: string]: string };
  readonly removalPolicy: RemovalPolicy;
  /** Props as written, for the rules that check them so. */
  readonly asWritten: {
    /** Whether `lambdaTriggers` is given (an empty one says the replica needs none). */
    readonly lambdaTriggers: boolean;
    /** Whether `smsRole` is given. */
    readonly smsRole: boolean;
    readonly enableSmsRole?: boolean;
    readonly snsRegion?: string;
    readonly smsRoleExternalId?: string;
    /** `lambdaTriggers.preTokenGenerationVersion`: without the function it is an error. */
    readonly preTokenGenerationVersion?: string;
  };
}

/**
 * Resolves the props with the pool's choices where they carry over to another Region: its email (the SES identity
 * stays the pool's), and an SMS role of this Region when the pool sends SMS. Never throws: an `email` that can't be
 * read as this library's adds its problems to `problems`.
 */
export function resolveRegionalConfiguration(props: UserPoolRegionalConfigurationProps, context: RegionalContext,
  problems: Problems): ResolvedRegionalConfiguration {
  const { pool, environment } = context;
  const given = props.email === undefined || props.email === null ? undefined : emailOf(props.email, problems);
  const email = given
    ? { email: given, environment, fromPool: false }
    : pool && { email: pool.email, environment: { ...environment, region: pool.region }, fromPool: true };

  const triggers = triggersFromProps(props.lambdaTriggers);
  const senderKey = resolveKey(props.customSenderKmsKey);
  const senders = triggers.filter((t) => needsKmsKey(t.operation));
  const replicatesSenderKey = senders.length > 0 && !senderKey && pool?.createdSenderKey?.multiRegion ? pool.createdSenderKey.arn : undefined;
  const roleGiven = props.smsRole !== undefined && props.smsRole !== null;
  const wantsSms = roleGiven || (props.enableSmsRole ?? pool?.usesSms ?? false);
  const sms = wantsSms ? {
    roleArn: props.smsRole?.roleRef.roleArn,
    externalId: props.smsRoleExternalId ?? (roleGiven ? undefined : context.uniqueId().slice(0, MAX_EXTERNAL_ID)),
    snsRegion: props.snsRegion,
  } : undefined;

  return {
    active: props.active ?? true,
    email,
    triggers,
    senderKey,
    replicatesSenderKey,
    sms,
    tags: props.tags ?? undefined,
    removalPolicy: props.removalPolicy ?? pool?.removalPolicy ?? context.defaultRemovalPolicy,
    asWritten: {
      lambdaTriggers: props.lambdaTriggers !== undefined && props.lambdaTriggers !== null,
      smsRole: roleGiven,
      enableSmsRole: props.enableSmsRole,
      snsRegion: props.snsRegion,
      smsRoleExternalId: props.smsRoleExternalId,
      preTokenGenerationVersion: props.lambdaTriggers?.preTokenGenerationVersion,
    },
  };
}

/** The rules of a regional configuration: where it is, its triggers, keys, email and SMS. Adds errors, warns. */
export function checkRegionalConfiguration(problems: Problems, warn: Warn, r: ResolvedRegionalConfiguration, context: RegionalContext): void {
  const { pool, environment } = context;
  const region = environment.region;
  if (pool && isLiteral(pool.region) && isLiteral(region)) {
    const replicas = pool.replicaRegions;
    if (region === pool.region) {
      problems.add('replicaRegionIsPrimary', 'userPool', `userPool is in ${region}, the Region of this stack: a regional configuration belongs in a `
        + `stack of a replica's Region${replicas && replicas.length > 0 ? ` (${replicas.join(', ')})` : ''}, and the pool's own settings are its props`);
    } else if (replicas && !replicas.includes(region)) {
      problems.add('replicaRegionNotReplicated', 'userPool', `userPool has no replica in ${region}, got replicas ${show(replicas)}: add `
        + `{ region: '${region}' } to its replicas, or place this in a stack of a replica's Region`);
    }
  }

  checkTriggers(problems, r.triggers, [], pool?.featurePlan);
  const senders = r.triggers.filter((t) => needsKmsKey(t.operation));
  if (senders.length > 0 && !r.senderKey && !r.replicatesSenderKey) {
    const path = `lambdaTriggers.${senders[0].operation}`;
    problems.add('senderKeyMissing', path, `${path} needs customSenderKmsKey, a symmetric KMS key in ${region}: Cognito encrypts the codes it `
      + 'passes to custom senders with it (LambdaConfig.KMSKeyID); left out, only a key this library created for the pool\'s own custom '
      + 'senders (multi-Region with replicas) is replicated here');
  }
  if (pool && pool.triggerOperations.length > 0 && !r.asWritten.lambdaTriggers) {
    warn(WARNINGS.replicaTriggersNotSet, `userPool has Lambda triggers (${pool.triggerOperations.join(', ')}) but lambdaTriggers is not set: `
      + `triggers are set per Region, so the replica in ${region} runs none of them; pass lambdaTriggers with functions in ${region}, or `
      + '{} (or acknowledge this warning) if the replica needs none');
  }
  if (r.asWritten.preTokenGenerationVersion !== undefined && !r.triggers.some((t) => t.operation === 'preTokenGeneration')) {
    problems.add('preTokenGenerationVersionWithoutFunction', 'lambdaTriggers.preTokenGenerationVersion',
      'lambdaTriggers.preTokenGenerationVersion is set without lambdaTriggers.preTokenGeneration: add the function or remove the version');
  }
  for (const { operation, fn } of r.triggers) {
    const fnRegion = fn.env?.region;
    if (isLiteral(fnRegion) && isLiteral(region) && fnRegion !== region) {
      const path = `lambdaTriggers.${operation}`;
      problems.add('triggerRegion', path, `${path} must be a function in ${region}, the replica's Region, got one in ${fnRegion}: triggers are `
        + 'set per Region, and Lambda reaches the functions of its own Region only');
    }
  }
  checkKey(problems, warn, 'customSenderKmsKey', r.senderKey, { region, account: environment.account }, false);

  if (r.email) { checkReplicaEmail(problems, warn, r.email, region); }
  checkReplicaSms(problems, warn, r, context);

  const { snsRegion, smsRoleExternalId } = r.asWritten;
  problems.pattern('regionCode', 'snsRegion', snsRegion, REGION_CODE, 'a region code such as us-east-1');
  checkValue(problems, 'SmsConfiguration.SnsRegion', 'snsRegion', snsRegion);
  checkValue(problems, 'SmsConfiguration.ExternalId', 'smsRoleExternalId', smsRoleExternalId);
  const required = isLiteral(region) ? REQUIRED_SNS_REGION[region] : undefined;
  if (required && isLiteral(snsRegion) && REGION_CODE.test(snsRegion) && snsRegion !== required) {
    problems.add('snsRegionForPool', 'snsRegion', `snsRegion must be ${required} for a replica in ${region}, got ${snsRegion}: Cognito pools there `
      + `send SMS through Amazon SNS in ${required}`);
  }
}

function checkReplicaSms(problems: Problems, warn: Warn, r: ResolvedRegionalConfiguration, { pool, environment }: RegionalContext): void {
  const { smsRole, enableSmsRole, smsRoleExternalId } = r.asWritten;
  if (enableSmsRole === false && smsRole) {
    problems.add('smsRoleDisabledWithSmsRole', 'enableSmsRole', 'enableSmsRole is false but smsRole is set: remove one of them');
  }
  if (pool?.usesSms && !r.sms) {
    warn(WARNINGS.replicaWithoutSms, `enableSmsRole is false while userPool sends SMS: the replica in ${environment.region} has no SMS `
      + 'configuration, so it can\'t send SMS MFA or verification codes while it serves users; pass smsRole or remove enableSmsRole');
  }
  if (smsRole && smsRoleExternalId === undefined && pool?.smsMfa) {
    warn(WARNINGS.smsRoleWithoutExternalId, 'smsRole without smsRoleExternalId while the pool has SMS MFA on: Cognito sends MFA codes by '
      + 'SMS only when the role\'s trust policy has an sts:ExternalId condition matching the external id; set smsRoleExternalId');
  }
}

/**
 * The SES identity must be in a Region Cognito sends from for a pool in the replica's Region (Cognito developer
 * guide, SES email configuration regions): a given identity defaults to the replica's Region, the pool's to the pool's.
 */
function checkReplicaEmail(problems: Problems, warn: Warn, email: NonNullable<ResolvedRegionalConfiguration['email']>, region: string): void {
  if (!email.email._usesSes) { return; }
  const identityRegion = email.email._sesRegion ?? email.environment.region;
  if (!isLiteral(region) || !isLiteral(identityRegion) || !REGION_CODE.test(identityRegion)) { return; }
  const allowed = SES_REGIONS[region];
  if (allowed && !allowed.includes(identityRegion)) {
    if (email.fromPool) {
      problems.add('sesRegionForPool', 'email', `email is left out, so the replica in ${region} would send with the pool's SES identity in `
        + `${identityRegion}, which Cognito there can't use (it sends through SES in ${allowed.join(', ')}): pass email: UserPoolEmail.withSES(...) `
        + 'with an identity in one of those Regions');
    } else {
      problems.add('sesRegionForPool', 'UserPoolEmail.withSES sesRegion', `UserPoolEmail.withSES sesRegion must be one of ${allowed.join(', ')} `
        + `for a replica in ${region}, got ${identityRegion}: Cognito sends through SES only in those regions`);
    }
  } else if (!allowed && identityRegion !== region) {
    warn(WARNINGS.sesRegionNotListed, `the SES identity is in ${identityRegion} for a replica in ${region}: Cognito's SES region table doesn't `
      + `list ${region}, whose pools send through SES in their own region; check the Cognito email settings guide`);
  }
}

/** What the construct creates, by the ARNs it has once created. */
export interface RegionalCreated {
  readonly smsRoleArn?: string;
  readonly senderKeyArn?: string;
}

/**
 * The attachment's properties but `UserPoolId` and `UserPoolTags` (the construct's tag manager renders those), in
 * CloudFormation's casing; nothing empty.
 */
export function renderRegionalConfiguration(r: ResolvedRegionalConfiguration, created: RegionalCreated): Record<string, unknown> {
  const e = r.email?.email._render(r.email.environment);
  return withoutUndefined({
    Status: r.active ? 'ACTIVE' : 'INACTIVE',
    EmailConfiguration: e && withoutUndefined({
      ConfigurationSet: e.configurationSet,
      EmailSendingAccount: e.emailSendingAccount,
      From: e.from,
      ReplyToEmailAddress: e.replyToEmailAddress,
      SourceArn: e.sourceArn,
    }),
    LambdaConfig: withoutUndefined(renderLambdaConfig(r.triggers, r.senderKey?.arn ?? created.senderKeyArn) ?? {}),
    SmsConfiguration: r.sms && withoutUndefined({
      SnsCallerArn: r.sms.roleArn ?? created.smsRoleArn,
      ExternalId: r.sms.externalId,
      SnsRegion: r.sms.snsRegion,
    }),
  }) ?? {};
}

/** The object without its undefined entries; undefined when none is left. */
function withoutUndefined(value: Record<string, unknown>): Record<string, unknown> | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** Where a replica key's primary key is, and what is wrong with it. */
export interface ResolvedReplicaKey {
  readonly arn: string;
  /** The primary key's Region, when known at synth: its stack's for a key created in the app, or its literal ARN's. */
  readonly primaryRegion?: string;
}

/**
 * A `UserPoolReplicaKey`'s primary key: a multi-Region key (created with `multiRegion: true`, or imported with a key
 * id starting with `mrk-`), not an alias, in another Region than the replica (CloudFormation: AWS::KMS::ReplicaKey).
 */
export function checkReplicaKey(problems: Problems, primaryKey: IKeyRef, region: string): ResolvedReplicaKey {
  const key = resolveKey(primaryKey)!;
  const arnRegion = isLiteral(key.arn) ? key.arn.split(':')[3] : undefined;
  const primaryRegion = key.kind === 'created' ? primaryKey.env?.region : arnRegion;
  if (key.kind === 'alias') {
    problems.add('replicaPrimaryKey', 'primaryKey', `primaryKey must be a KMS key, not an alias, got ${show(key.arn)}: pass the multi-Region `
      + 'key itself, or kms.Key.fromKeyArn(...) with its key ARN');
    return { arn: key.arn, primaryRegion };
  }
  if (key.kind === 'created' && key.multiRegion === false) {
    problems.add('replicaPrimaryKey', 'primaryKey', 'primaryKey must be a multi-Region key, got a single-Region key: create it with '
      + 'multiRegion: true (a key can\'t become multi-Region later)');
  } else if (key.kind === 'imported' && isLiteral(key.arn) && !/:key\/mrk-/.test(key.arn)) {
    problems.add('replicaPrimaryKey', 'primaryKey', `primaryKey must be a multi-Region key (its key id starts with mrk-), got ${show(key.arn)}`);
  }
  if (isLiteral(primaryRegion) && isLiteral(region) && primaryRegion === region) {
    problems.add('replicaPrimaryKey', 'primaryKey', `primaryKey must be in another Region than this stack's, got a key in ${region}: a replica `
      + 'key lives in a Region other than its primary key\'s');
  }
  return { arn: key.arn, primaryRegion: isLiteral(primaryRegion) ? primaryRegion : undefined };
}

/** A replica key of the pool's encryption key found in the app, and whether its stack deploys after the pool's. */
export interface FoundReplicaKey {
  readonly path: string;
  readonly afterPool: boolean;
}

/**
 * The pool's encryption key must be available in every Region with a replica, before the replica is created
 * (Cognito developer guide, multi-Region replication): warns when the app has no `UserPoolReplicaKey` of it in the
 * Region, or only one in a stack that deploys after the pool's.
 */
export function checkReplicaKeyPresence(warn: Warn, region: string, poolKey: IKeyRef | undefined, found: readonly FoundReplicaKey[]): void {
  if (!poolKey) { return; }
  if (found.length === 0) {
    warn(WARNINGS.replicaKeyNotReplicated, `userPool's encryptionKey has no UserPoolReplicaKey in ${region} in this app: "The key must be available `
      + 'in all AWS Regions that have user pool replicas"; replicate it with new UserPoolReplicaKey(stack, id, { primaryKey }) in a stack of '
      + `${region} that the pool's stack depends on, or acknowledge this warning if it is replicated elsewhere`);
  } else if (found.every((k) => k.afterPool)) {
    warn(WARNINGS.replicaKeyAfterReplica, `userPool's encryptionKey is replicated into ${region} by ${found.map((k) => k.path).join(', ')}, in a `
      + 'stack that deploys after the pool\'s: the key must be there before the pool\'s replica is created; put the UserPoolReplicaKey in a '
      + 'stack the pool\'s stack depends on (docs/replicas.md)');
  }
}

/**
 * One regional configuration per pool and Region: the attachment's primary identifier is `UserPoolId` alone
 * (CloudFormation reference of the resource), so a second one in the Region can't be created. `others` are the paths
 * of the app's other regional configurations of the same pool in the Region.
 */
export function checkOneConfigurationPerRegion(problems: Problems, region: string, others: readonly string[]): void {
  if (others.length > 0) {
    problems.add('regionalConfigurationTwice', 'userPool', `userPool already has a regional configuration in ${region} (${others.join(', ')}): `
      + 'one per pool and Region, since CloudFormation identifies it by the pool\'s id; merge them into one');
  }
}
