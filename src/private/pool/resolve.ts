import { Duration, RemovalPolicy, Token } from 'aws-cdk-lib';
import type { IKeyRef } from 'aws-cdk-lib/aws-kms';
import type { IConstruct } from 'constructs';
import { emailOf } from './email-compat';
import { enumPropValues } from './enum-props';
import { AccountRecovery } from '../../account-recovery';
import type { CustomAttributeConfig, ICustomAttribute, StandardAttributes } from '../../attributes';
import { Problems } from '../../checks/problems';
import { CreationOnlyDefaults } from '../../creation-only';
import { UserPoolEmail } from '../../email';
import { CustomThreatProtectionMode, FeaturePlan, UserPoolIssuerType, StandardThreatProtectionMode } from '../../feature-plan';
import type { UserPoolLogDelivery } from '../../log-delivery';
import { VerificationEmailStyle } from '../../messages';
import { Mfa, type MfaSecondFactor } from '../../mfa';
import type { UserPoolReplicaProps } from '../../replicas';
import type { UserPoolSessions } from '../../sessions';
import { PasskeyFactorConfiguration, PasskeyUserVerification, type SignInAliases } from '../../sign-in';
import type { EndUserMessagingSms } from '../../sms';
import type { LambdaVersion } from '../../triggers';
import type { DeviceTracking, UserPoolProps } from '../../user-pool-props';
import { STANDARD_ATTRIBUTES } from '../attribute-names';
import type { ClientPoolContext } from '../client';
import type { Origin } from '../pool-metadata';
import { type ResolvedRiskConfiguration, resolveRiskConfiguration, type RiskPoolContext } from '../risk-configuration';
import { type ResolvedSessions, resolveSessions } from '../sessions';
import { needsKmsKey, triggersFromProps, type TriggerRequest } from '../triggers';

export type { Origin } from '../pool-metadata';

/** The settings `resolveUserPool` records an origin for: each a prop of the pool. */
export type OriginName = keyof Pick<UserPoolProps, 'featurePlan' | 'signInAliases' | 'autoVerify' | 'keepOriginal' | 'signInPolicy'
| 'passkeyUserVerification' | 'passkeyFactorConfiguration' | 'mfa' | 'mfaSecondFactor' | 'passwordPolicy' | 'userVerification'
| 'standardThreatProtectionMode' | 'customThreatProtectionMode' | 'removalPolicy' | 'deletionProtection' | 'riskConfiguration'
| 'logDelivery' | 'webAclArn' | 'sessions' | 'signInCaseSensitive' | 'selfSignUpEnabled' | 'accountRecovery' | 'email'>;

/**
 * Where each setting came from, for the rules that ask whether a value was given, for reports and for the Metadata.
 * A setting that is neither given nor defaulted (a default of undefined) has none.
 */
export type Origins = { readonly [name in OriginName]?: Origin };

/** The library's defaults, in one place. docs/defaults.md explains each. */
export const DEFAULTS = {
  featurePlan: FeaturePlan.PLUS,
  signInAliases: { username: false, email: true, phone: false, preferredUsername: false },
  signInCaseSensitive: false,
  selfSignUpEnabled: false,
  mfa: Mfa.REQUIRED,
  mfaSecondFactor: { otp: true, sms: false, email: false },
  passwordPolicy: {
    minLength: 14,
    requireLowercase: true,
    requireUppercase: true,
    requireDigits: true,
    requireSymbols: true,
    tempPasswordValidity: Duration.days(3),
    passwordHistorySize: 5,
  },
  accountRecovery: AccountRecovery.EMAIL_ONLY,
  removalPolicy: RemovalPolicy.RETAIN,
  /** With `CreationOnlyDefaults.AWS_CDK_LIB`: aws-cdk-lib's values, for the settings Cognito fixes at creation. */
  awsCdkLib: {
    signInAliases: { username: true, email: false, phone: false, preferredUsername: false },
    mfa: Mfa.OFF,
    /** aws-cdk-lib's factor when `mfa` is set without `mfaSecondFactor`: users enrolled in SMS MFA keep it. */
    mfaSecondFactor: { otp: false, sms: true, email: false },
  },
  standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
  verification: {
    emailStyle: VerificationEmailStyle.CODE,
    emailSubject: 'Verify your email address',
    codeEmailBody: 'Your verification code is {####}',
    linkEmailBody: 'Verify your email address by clicking {##this link##}',
    smsMessage: 'Your verification code is {####}',
  },
} as const;

interface Flags { readonly email: boolean; readonly phone: boolean }

/** The default sender, made once. */
let cognitoEmail: UserPoolEmail | undefined;

/** The longest default SMS external id: the IAM condition limit (the API's own limit is far larger). */
const MAX_EXTERNAL_ID = 1224;

/** A message template: every field optional. */
export interface ResolvedMessage {
  readonly emailSubject?: string;
  readonly emailBody?: string;
  readonly smsMessage?: string;
}

/** How the pool sends SMS: through a given role (its ARN), or a role the construct creates. */
export interface ResolvedSms {
  /** The given role's ARN; undefined when the construct creates the role. */
  readonly roleArn?: string;
  readonly externalId?: string;
  /** The SNS path's Region (never with `endUserMessagingSms`). */
  readonly snsRegion?: string;
  /** The direct path to AWS End User Messaging SMS, as given (src/private/sms.ts); undefined for the SNS path. */
  readonly endUserMessagingSms?: EndUserMessagingSms;
}

/** A KMS key given in props: a key created in the app, an imported key, or an alias (which Cognito can't take). */
export interface ResolvedKey {
  /** The key as given, for the construct to grant on or add statements to. */
  readonly key: IKeyRef;
  readonly arn: string;
  readonly kind: 'created' | 'imported' | 'alias';
  /** A created key's `keySpec`; undefined means symmetric (the default). */
  readonly keySpec?: string;
  /** Whether a created key is multi-Region. */
  readonly multiRegion?: boolean;
}

/** A schema attribute as the user declared it. */
export interface ResolvedAttribute {
  readonly name: string;
  readonly standard: boolean;
  /** Not rendered for a standard attribute with aws-cdk-lib's creation-only defaults, as aws-cdk-lib renders it. */
  readonly dataType?: string;
  /** Not rendered for a custom attribute left without `mutable`, with aws-cdk-lib's creation-only defaults (immutable). */
  readonly mutable?: boolean;
  readonly required?: boolean;
  readonly stringConstraints?: { readonly minLen?: number; readonly maxLen?: number };
  readonly numberConstraints?: { readonly min?: number; readonly max?: number };
}

/**
 * Props exactly as the user wrote them, for the rules that check what was written rather than the effective setting:
 * message templates (a default needs no check), values a message shows back, shapes only JavaScript callers can
 * break (enum values, attribute maps), and props this library dropped. Only the rules read it: render reads the
 * resolved fields.
 */
export interface AsWritten {
  /** `signInAliases`, which a warning shows back. */
  readonly signInAliases?: SignInAliases;
  /** `mfaSecondFactor`, which an error shows back. */
  readonly mfaSecondFactor?: MfaSecondFactor;
  /** `userVerification`'s templates (`ResolvedUserPool.verification` has the defaults filled in). */
  readonly verification: ResolvedMessage;
  /** `passwordPolicy.passwordHistorySize` (on LITE, the resolved one is undefined unless given). */
  readonly passwordHistorySize?: number;
  /** `standardAttributes`, with the entries `schema` leaves out (not standard attribute names, not set). */
  readonly standardAttributes: StandardAttributes;
  /** `customAttributes`, with the entries `schema` leaves out (not custom attributes). */
  readonly customAttributes: { readonly [name: string]: ICustomAttribute };
  /** The value of each enum prop, by its path in `enum-props.ts`, before any default. */
  readonly enumValues: { readonly [path: string]: unknown };
  /** `enableSmsRole`. */
  readonly enableSmsRole?: boolean;
  /** Whether `smsRole` is set. */
  readonly smsRole: boolean;
  /** `smsRoleExternalId` (`ResolvedSms.externalId` defaults it for a created role). */
  readonly smsRoleExternalId?: string;
  /** `endUserMessagingSms` (`ResolvedSms` carries it only when the pool has an SMS configuration). */
  readonly endUserMessagingSms?: EndUserMessagingSms;
  /** `lambdaTriggers.preTokenGenerationVersion`: the pre token generation trigger carries it; without one it is an error. */
  readonly preTokenGenerationVersion?: LambdaVersion;
  /** `sessions` as given: its rules check what was asked, whatever the plan allows. */
  readonly sessions?: UserPoolSessions;
  /** Props aws-cdk-lib has (or had) that this library dropped: TypeScript rejects them, JavaScript and casts pass them. */
  readonly droppedProps: { readonly advancedSecurityMode?: unknown; readonly emailSettings?: unknown };
}

/** The effective configuration of a pool: props merged with defaults. Pure data. */
export interface ResolvedUserPool {
  readonly userPoolName?: string;
  readonly creationOnlyDefaults: CreationOnlyDefaults;
  readonly featurePlan: FeaturePlan;
  readonly signIn: { readonly username: boolean; readonly email: boolean; readonly phone: boolean; readonly preferredUsername: boolean };
  readonly autoVerify: Flags;
  readonly keepOriginal: Flags;
  /** `undefined` renders no `UsernameConfiguration`: Cognito's case-sensitive usernames, as aws-cdk-lib leaves it. */
  readonly signInCaseSensitive?: boolean;
  readonly selfSignUpEnabled: boolean;
  readonly firstFactors: FirstFactors;
  /** Whether a first factor other than the password is allowed (`passwordlessOf`). */
  readonly passwordless: boolean;
  /** Whether one-time-password sign-in (email or SMS) is allowed (`otpSignInOf`). */
  readonly otpSignIn: boolean;
  readonly passkeyUserVerification?: PasskeyUserVerification;
  readonly passkeyFactorConfiguration?: PasskeyFactorConfiguration;
  readonly mfa: Mfa;
  readonly mfaSecondFactor: { readonly otp: boolean; readonly sms: boolean; readonly email: boolean };
  readonly passwordPolicy: {
    readonly minLength: number;
    readonly requireLowercase: boolean;
    readonly requireUppercase: boolean;
    readonly requireDigits: boolean;
    readonly requireSymbols: boolean;
    /** Undefined when the duration is a token in a unit other than days. */
    readonly tempPasswordValidityDays?: number;
    readonly passwordHistorySize?: number;
  };
  readonly accountRecovery: AccountRecovery;
  readonly email: UserPoolEmail;
  readonly verification: {
    readonly emailStyle: VerificationEmailStyle;
    readonly emailSubject: string;
    readonly emailBody: string;
    readonly smsMessage: string;
  };
  readonly standardThreatProtectionMode?: StandardThreatProtectionMode;
  readonly customThreatProtectionMode?: CustomThreatProtectionMode;
  readonly removalPolicy: RemovalPolicy;
  readonly deletionProtection: boolean;
  /** Whether Cognito must be able to send SMS. */
  readonly usesSms: boolean;
  /** The SMS configuration, when SMS is used or a role is given (or `enableSmsRole`). */
  readonly sms?: ResolvedSms;
  /** The given `snsRegion`: rendered in `sms` only, checked whether or not SMS is used. */
  readonly snsRegion?: string;
  readonly invitation?: ResolvedMessage;
  /** The MFA messages: `mfaMessage` (SMS), `emailMfaMessage` and `emailMfaSubject`. */
  readonly mfaMessages: ResolvedMessage;
  readonly passkeyRelyingPartyId?: string;
  /** Standard attributes, then custom attributes, each in declaration order. */
  readonly schema: readonly ResolvedAttribute[];
  readonly deviceTracking?: DeviceTracking;
  /** The triggers set in `lambdaTriggers`. */
  readonly triggers: readonly TriggerRequest[];
  /** The given `customSenderKmsKey`. */
  readonly senderKey?: ResolvedKey;
  /** Whether the construct creates the custom sender key: none is given, and a trigger in `lambdaTriggers` needs one. */
  readonly createsSenderKey: boolean;
  readonly issuerType?: UserPoolIssuerType;
  /** The given `tags`, rendered as `UserPoolTags` (`Tags.of(...)` adds to them at synth). */
  readonly tags?: { readonly [key: string]: string };
  /** The given `encryptionKey`. */
  readonly encryptionKey?: ResolvedKey;
  /** The pool-wide risk configuration to attach, if any. */
  readonly riskConfiguration?: ResolvedRiskConfiguration;
  readonly logDelivery?: UserPoolLogDelivery;
  readonly webAclArn?: string;
  /** Replicas in other Regions, as given (src/private/replicas.ts). */
  readonly replicas?: readonly UserPoolReplicaProps[];
  /** The pool's session tracking, when it tracks sessions (src/private/sessions.ts). */
  readonly sessions?: ResolvedSessions;
  /** What the risk configuration's and log delivery's rules need to know about the pool (`riskContextOf`). */
  readonly riskContext: RiskPoolContext;
  /** What the pool's app clients' defaults and rules need to know about it (`clientContextOf`). */
  readonly clientContext: ClientPoolContext;
  /** Where each headline setting came from, for the rules, reports and docs. */
  readonly origins: Origins;
  /** Props as written, for the rules that check them so. */
  readonly asWritten: AsWritten;
}

/** The first factors a pool allows. */
export interface FirstFactors {
  readonly password: boolean;
  readonly emailOtp: boolean;
  readonly smsOtp: boolean;
  readonly passkey: boolean;
}

/** Whether a pool allows signing in without a password: a one-time password or a passkey. */
export function passwordlessOf(f: FirstFactors): boolean {
  return otpSignInOf(f) || f.passkey;
}

/** Whether a pool allows signing in with a one-time password, by email or SMS. */
export function otpSignInOf(f: FirstFactors): boolean {
  return f.emailOtp || f.smsOtp;
}

/** What a risk configuration's rules need to know about the pool. */
export function riskContextOf(pool: Pick<ResolvedUserPool, 'featurePlan' | 'standardThreatProtectionMode' | 'customThreatProtectionMode' | 'email'>): RiskPoolContext {
  return {
    featurePlan: pool.featurePlan,
    standardThreatProtectionMode: pool.standardThreatProtectionMode,
    customThreatProtectionMode: pool.customThreatProtectionMode,
    usesSes: pool.email._usesSes,
  };
}

/** What an app client's defaults and rules need to know about the pool. */
export function clientContextOf(pool: Pick<ResolvedUserPool, 'passwordless' | 'featurePlan' | 'sessions'>): ClientPoolContext {
  return { choiceBasedSignIn: pool.passwordless, featurePlan: pool.featurePlan, tracksSessions: pool.sessions !== undefined };
}

/**
 * Merges props with the library's defaults. Never throws: conflicts are found by `validateUserPool`; an `email` that
 * can't be read as this library's (src/private/email-compat.ts) adds its problems to `problems`.
 * A default yields to an explicit choice it would conflict with; such settings are marked 'adjusted'.
 */
export function resolveUserPool(props: UserPoolProps, poolUniqueId: () => string = () => '', problems = new Problems()): ResolvedUserPool {
  const origins: { -readonly [name in OriginName]?: Origin } = {};
  function pick<T>(name: OriginName, explicit: T | undefined, fallback: T, adjusted = false): T {
    // null (from JavaScript) is not given, as aws-cdk-lib's `??` reads it.
    const given = explicit !== undefined && explicit !== null;
    if (given || fallback !== undefined || adjusted) {
      origins[name] = given ? 'prop' : adjusted ? 'adjusted' : 'default';
    }
    return given ? explicit : fallback;
  }

  const awsCdkLib = props.creationOnlyDefaults === CreationOnlyDefaults.AWS_CDK_LIB;
  const featurePlan = pick('featurePlan', props.featurePlan, DEFAULTS.featurePlan);
  const aliases = pick('signInAliases', props.signInAliases, awsCdkLib ? DEFAULTS.awsCdkLib.signInAliases : DEFAULTS.signInAliases);
  const signIn = {
    username: !!aliases.username, email: !!aliases.email, phone: !!aliases.phone, preferredUsername: !!aliases.preferredUsername,
  };

  const verify = pick('autoVerify', props.autoVerify, { email: true, phone: signIn.phone });
  const autoVerify = { email: !!verify.email, phone: !!verify.phone };
  const keep = pick('keepOriginal', props.keepOriginal, autoVerify, props.autoVerify !== undefined);
  const keepOriginal = { email: !!keep.email, phone: !!keep.phone };

  const allowed = props.signInPolicy?.allowedFirstAuthFactors;
  origins.signInPolicy = allowed ? 'prop' : 'default';
  const firstFactors: FirstFactors = {
    password: allowed ? allowed.password : true,
    emailOtp: !!allowed?.emailOtp,
    smsOtp: !!allowed?.smsOtp,
    passkey: !!allowed?.passkey,
  };

  const passkeyUserVerification = pick('passkeyUserVerification', props.passkeyUserVerification,
    firstFactors.passkey ? PasskeyUserVerification.REQUIRED : undefined);
  const defaultMfa = awsCdkLib ? DEFAULTS.awsCdkLib.mfa : DEFAULTS.mfa;
  const mfaWanted = props.mfa ?? defaultMfa;
  const passkeyAsMfa = firstFactors.passkey && passkeyUserVerification === PasskeyUserVerification.REQUIRED
    && featurePlan !== FeaturePlan.LITE && mfaWanted !== Mfa.OFF;
  const passkeyFactorConfiguration = pick('passkeyFactorConfiguration', props.passkeyFactorConfiguration,
    passkeyAsMfa ? PasskeyFactorConfiguration.MULTI_FACTOR_WITH_USER_VERIFICATION : undefined);

  // Required MFA rules out one-time-password sign-in, and passkey sign-in unless the passkey counts as MFA.
  const otpSignIn = otpSignInOf(firstFactors);
  const passwordlessBlocksRequiredMfa = otpSignIn
    || (firstFactors.passkey && passkeyFactorConfiguration !== PasskeyFactorConfiguration.MULTI_FACTOR_WITH_USER_VERIFICATION);
  const adjustMfa = passwordlessBlocksRequiredMfa && defaultMfa === Mfa.REQUIRED;
  const mfa = pick('mfa', props.mfa, adjustMfa ? Mfa.OPTIONAL : defaultMfa, adjustMfa);
  const factors = pick('mfaSecondFactor', props.mfaSecondFactor, awsCdkLib ? DEFAULTS.awsCdkLib.mfaSecondFactor : DEFAULTS.mfaSecondFactor);
  const mfaSecondFactor = { otp: !!factors.otp, sms: !!factors.sms, email: !!factors.email };

  const policy = props.passwordPolicy ?? {};
  const defaultPolicy = DEFAULTS.passwordPolicy;
  const policyFields = Object.values(policy).filter((v) => v !== undefined).length;
  origins.passwordPolicy = policyFields === 0 ? 'default' : policyFields === Object.keys(defaultPolicy).length ? 'prop' : 'prop+default';
  const passwordPolicy = {
    minLength: policy.minLength ?? defaultPolicy.minLength,
    requireLowercase: policy.requireLowercase ?? defaultPolicy.requireLowercase,
    requireUppercase: policy.requireUppercase ?? defaultPolicy.requireUppercase,
    requireDigits: policy.requireDigits ?? defaultPolicy.requireDigits,
    requireSymbols: policy.requireSymbols ?? defaultPolicy.requireSymbols,
    tempPasswordValidityDays: inDays(policy.tempPasswordValidity ?? defaultPolicy.tempPasswordValidity),
    passwordHistorySize: policy.passwordHistorySize
      ?? (featurePlan === FeaturePlan.LITE ? undefined : defaultPolicy.passwordHistorySize),
  };

  const style = props.userVerification?.emailStyle ?? DEFAULTS.verification.emailStyle;
  origins.userVerification = props.userVerification ? 'prop' : 'default';
  const verification = {
    emailStyle: style,
    emailSubject: props.userVerification?.emailSubject ?? DEFAULTS.verification.emailSubject,
    emailBody: props.userVerification?.emailBody
      ?? (style === VerificationEmailStyle.LINK ? DEFAULTS.verification.linkEmailBody : DEFAULTS.verification.codeEmailBody),
    smsMessage: props.userVerification?.smsMessage ?? DEFAULTS.verification.smsMessage,
  };

  // Threat protection is a PLUS feature: on other plans the default steps aside.
  const plus = featurePlan === FeaturePlan.PLUS || Token.isUnresolved(featurePlan);
  const standardThreatProtectionMode = pick('standardThreatProtectionMode', props.standardThreatProtectionMode,
    plus ? DEFAULTS.standardThreatProtectionMode : undefined, !plus);
  const customThreatProtectionMode = pick('customThreatProtectionMode', props.customThreatProtectionMode,
    plus ? customModeFollowing(standardThreatProtectionMode) : undefined, !plus);

  const removalPolicy = pick('removalPolicy', props.removalPolicy, DEFAULTS.removalPolicy);
  const destroy = removalPolicy === RemovalPolicy.DESTROY;
  const deletionProtection = pick('deletionProtection', props.deletionProtection, !destroy, destroy);

  const usesSms = (mfa !== Mfa.OFF && mfaSecondFactor.sms) || signIn.phone || autoVerify.phone || firstFactors.smsOtp;
  // null (from JavaScript) is not given. The direct path, given, configures SMS as a given role does.
  const endUserMessagingSms = props.endUserMessagingSms ?? undefined;
  const sms = props.smsRole || (props.enableSmsRole ?? (usesSms || endUserMessagingSms !== undefined)) ? {
    roleArn: props.smsRole?.roleRef.roleArn,
    // A created role needs an external id: the pool's unique id unless one is given.
    externalId: props.smsRoleExternalId ?? (props.smsRole ? undefined : poolUniqueId().slice(0, MAX_EXTERNAL_ID)),
    snsRegion: endUserMessagingSms === undefined ? props.snsRegion : undefined,
    endUserMessagingSms,
  } : undefined;
  const invite = props.userInvitation;
  const givenEmail = props.email === undefined || props.email === null ? undefined : emailOf(props.email, problems);
  const email = pick('email', givenEmail, cognitoEmail ??= UserPoolEmail.withCognito());
  const riskContext = riskContextOf({ featurePlan, standardThreatProtectionMode, customThreatProtectionMode, email });
  const riskConfiguration = resolveRiskConfiguration(props.riskConfiguration, riskContext);
  if (riskConfiguration) { origins.riskConfiguration = props.riskConfiguration === undefined ? 'default' : 'prop+default'; }
  origins.logDelivery = props.logDelivery === undefined ? 'default' : 'prop';
  const hasReplicas = Array.isArray(props.replicas) && props.replicas.length > 0;
  origins.sessions = props.sessions === undefined ? 'default' : 'prop';
  const sessions = resolveSessions(props.sessions ?? undefined, featurePlan);
  origins.webAclArn = props.webAclArn === undefined ? 'default' : 'prop';

  const passwordless = passwordlessOf(firstFactors);
  const triggers = triggersFromProps(props.lambdaTriggers);
  const senderKey = resolveKey(props.customSenderKmsKey);
  const verificationAsWritten = props.userVerification;

  return {
    userPoolName: props.userPoolName,
    creationOnlyDefaults: awsCdkLib ? CreationOnlyDefaults.AWS_CDK_LIB : CreationOnlyDefaults.SECURE,
    featurePlan,
    signIn,
    autoVerify,
    keepOriginal,
    signInCaseSensitive: pick('signInCaseSensitive', props.signInCaseSensitive, awsCdkLib ? undefined : DEFAULTS.signInCaseSensitive),
    selfSignUpEnabled: pick('selfSignUpEnabled', props.selfSignUpEnabled, DEFAULTS.selfSignUpEnabled),
    firstFactors,
    passwordless,
    otpSignIn,
    passkeyUserVerification,
    passkeyFactorConfiguration,
    mfa,
    mfaSecondFactor,
    passwordPolicy,
    accountRecovery: pick('accountRecovery', props.accountRecovery, DEFAULTS.accountRecovery),
    email,
    verification,
    standardThreatProtectionMode,
    customThreatProtectionMode,
    removalPolicy,
    deletionProtection,
    usesSms,
    sms,
    snsRegion: props.snsRegion,
    invitation: invite && { emailSubject: invite.emailSubject, emailBody: invite.emailBody, smsMessage: invite.smsMessage },
    mfaMessages: { smsMessage: props.mfaMessage, emailBody: props.emailMfaMessage, emailSubject: props.emailMfaSubject },
    passkeyRelyingPartyId: props.passkeyRelyingPartyId,
    schema: resolveSchema(props, awsCdkLib),
    deviceTracking: props.deviceTracking,
    triggers,
    senderKey,
    createsSenderKey: senderKey === undefined && triggers.some((t) => needsKmsKey(t.operation)),
    // Updated issuers serve the same keys in every Region: Cognito recommends them for replication.
    issuerType: props.issuerType ?? (hasReplicas ? UserPoolIssuerType.UPDATED : undefined),
    replicas: props.replicas ?? undefined,
    tags: props.tags ?? undefined,
    encryptionKey: resolveKey(props.encryptionKey),
    riskConfiguration,
    logDelivery: props.logDelivery,
    webAclArn: props.webAclArn,
    sessions,
    riskContext,
    clientContext: clientContextOf({ passwordless, featurePlan, sessions }),
    origins,
    asWritten: {
      signInAliases: props.signInAliases,
      mfaSecondFactor: props.mfaSecondFactor,
      verification: {
        emailSubject: verificationAsWritten?.emailSubject,
        emailBody: verificationAsWritten?.emailBody,
        smsMessage: verificationAsWritten?.smsMessage,
      },
      passwordHistorySize: props.passwordPolicy?.passwordHistorySize,
      standardAttributes: props.standardAttributes ?? {},
      customAttributes: props.customAttributes ?? {},
      enumValues: enumPropValues(props),
      enableSmsRole: props.enableSmsRole,
      smsRole: !!props.smsRole,
      smsRoleExternalId: props.smsRoleExternalId,
      endUserMessagingSms,
      preTokenGenerationVersion: props.lambdaTriggers?.preTokenGenerationVersion,
      sessions: props.sessions ?? undefined,
      droppedProps: {
        advancedSecurityMode: (props as { advancedSecurityMode?: unknown }).advancedSecurityMode,
        emailSettings: (props as { emailSettings?: unknown }).emailSettings,
      },
    },
  };
}

/** A key given in props, classified: created in the app (with its spec and Region kind), imported, or an alias. */
export function resolveKey(ref: IKeyRef | undefined): ResolvedKey | undefined {
  if (!ref) { return undefined; }
  const arn = ref.keyRef.keyArn;
  if ('aliasName' in ref || (!Token.isUnresolved(arn) && /^arn:[^:]+:kms:[^:]*:[^:]*:alias\//.test(arn))) {
    return { key: ref, arn, kind: 'alias' };
  }
  const l1 = (ref as Partial<IConstruct>).node?.defaultChild as { cfnResourceType?: string; keySpec?: unknown; multiRegion?: unknown } | undefined;
  return l1?.cfnResourceType === 'AWS::KMS::Key'
    ? { key: ref, arn, kind: 'created', keySpec: typeof l1.keySpec === 'string' ? l1.keySpec : undefined, multiRegion: l1.multiRegion === true }
    : { key: ref, arn, kind: 'imported' };
}

/**
 * Standard attributes with their data type, then custom ones, mutable by default. With aws-cdk-lib's creation-only
 * defaults, both are as aws-cdk-lib renders them: standard attributes without a data type, custom ones without
 * `Mutable` unless given (Cognito's immutable) and without all-zero bounds, because Cognito refuses changes to
 * existing schema attributes.
 */
function resolveSchema(props: UserPoolProps, awsCdkLib: boolean): ResolvedAttribute[] {
  // What isn't a standard or custom attribute is left for validation to name (`checkSchema`); null is not given.
  const standard = Object.entries(props.standardAttributes ?? {})
    .filter(([key, attr]) => attr !== undefined && attr !== null && isStandardAttributeKey(key))
    .map(([key, attr]): ResolvedAttribute => {
      const spec = STANDARD_ATTRIBUTES[key as keyof typeof STANDARD_ATTRIBUTES];
      const dataType = awsCdkLib ? undefined : spec.type;
      return { name: spec.name, standard: true, dataType, mutable: attr!.mutable ?? true, required: attr!.required ?? false };
    });
  const custom = Object.entries(props.customAttributes ?? {})
    .filter(([, attribute]) => isCustomAttribute(attribute))
    .map(([name, attribute]): ResolvedAttribute => {
      const config: CustomAttributeConfig = attribute.bind();
      const s = config.stringConstraints;
      const n = config.numberConstraints;
      return {
        name,
        standard: false,
        dataType: config.dataType,
        mutable: config.mutable ?? (awsCdkLib ? undefined : true),
        // aws-cdk-lib's attributes render constraints only when a bound is non-zero (`minLen || maxLen`).
        stringConstraints: awsCdkLib && !(s?.minLen || s?.maxLen) ? undefined : s,
        numberConstraints: awsCdkLib && !(n?.min || n?.max) ? undefined : n,
      };
    });
  // In the order the user declared them, as aws-cdk-lib renders them: a switched pool shows no Schema diff.
  return [...standard, ...custom];
}

/** Whether a `standardAttributes` key names a standard attribute. */
export function isStandardAttributeKey(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(STANDARD_ATTRIBUTES, key);
}

/** Whether a `customAttributes` value is a custom attribute (this library's, aws-cdk-lib's, or any with `bind`). */
export function isCustomAttribute(value: unknown): value is ICustomAttribute {
  return typeof value === 'object' && value !== null && typeof (value as Partial<ICustomAttribute>).bind === 'function';
}

/** Whole or fractional days; undefined for a token duration CDK can't convert. */
function inDays(duration: Duration): number | undefined {
  try {
    return duration.toDays({ integral: false });
  } catch {
    return undefined;
  }
}

function customModeFollowing(standard: StandardThreatProtectionMode | undefined): CustomThreatProtectionMode | undefined {
  switch (standard) {
    case StandardThreatProtectionMode.FULL_FUNCTION: return CustomThreatProtectionMode.FULL_FUNCTION;
    case StandardThreatProtectionMode.AUDIT_ONLY: return CustomThreatProtectionMode.AUDIT_ONLY;
    default: return undefined;
  }
}
