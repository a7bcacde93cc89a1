import { Tokenization } from 'aws-cdk-lib';
import type { CfnLogDeliveryConfiguration, CfnUserPool, CfnUserPoolProps } from 'aws-cdk-lib/aws-cognito';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { AccountRecovery } from '../../account-recovery';
import type { EmailEnvironment } from '../../checks/environment';
import { VerificationEmailStyle } from '../../messages';
import { Mfa } from '../../mfa';
import { logBucketsOf, renderLogDelivery } from '../logs-and-waf';
import type { ResolvedUserPool } from './resolve';
import { renderReplicas } from '../replicas';
import { renderRiskConfiguration } from '../risk-configuration';
import { renderSessions } from '../sessions';
import { renderEumsSms } from '../sms';
import { renderLambdaConfig, type TriggerRequest } from '../triggers';

/** What rendering needs beyond the resolved configuration: where the pool is, and the resources the construct creates. */
export interface RenderContext {
  readonly environment: EmailEnvironment;
  /** The ARN of the SMS role the construct creates, when the resolved configuration asks for one. */
  readonly createdSmsRoleArn?: string;
  /** The ARN of the custom sender key: the given one, or the one the construct creates. */
  readonly senderKeyArn?: string;
  /** The pool's triggers, when more than `lambdaTriggers` (`addTrigger`). @default - the resolved triggers */
  readonly triggers?: readonly TriggerRequest[];
}

/** Every CloudFormation property of the pool. */
export interface RenderedUserPool {
  /** The properties the minimum supported aws-cdk-lib's `CfnUserPool` models, in its casing. */
  readonly properties: CfnUserPoolProps;
  /**
   * The properties it doesn't model, in CloudFormation's casing: `IssuerConfiguration`, `KeyConfiguration`,
   * `SmsConfiguration` with `EumsSms` (the direct path to AWS End User Messaging SMS), and `LambdaConfig`, whose trigger
   * keys can be newer than the L1 (`UserPoolOperation.of`).
   */
  readonly unmodelled: Record<string, unknown>;
  /** The pool-wide risk configuration attachment's properties, when there is one. */
  readonly riskConfiguration?: RenderedRiskConfiguration;
  /** The log delivery configuration's `LogConfigurations`, when logs are delivered. */
  readonly logConfigurations?: CfnLogDeliveryConfiguration.LogConfigurationProperty[];
  /** The S3 log destinations' buckets, whose policies get the log delivery statements. */
  readonly logBuckets: readonly IBucket[];
  /** The replicas' resources: construct id and properties but the pool id. */
  readonly replicas: ReadonlyArray<{ readonly id: string; readonly properties: Record<string, unknown> }>;
  /** The session tracking attachment's properties but the pool id, when the pool tracks sessions. */
  readonly sessions?: Record<string, unknown>;
  /** The web ACL to associate with the pool, when there is one. */
  readonly webAclArn?: string;
  /** The SES identity the pool sends from (`EmailConfiguration.SourceArn`), for risk configurations' notifications. */
  readonly sesIdentityArn?: string;
}

type RenderedRiskConfiguration = ReturnType<typeof renderRiskConfiguration>;

/** An empty object or list becomes undefined, so CloudFormation gets no empty property. */
function undefinedIfEmpty<T extends object>(value: T | undefined): T | undefined {
  if (value === undefined) { return undefined; }
  const empty = Array.isArray(value) ? value.length === 0 : Object.values(value).every((v) => v === undefined);
  return empty ? undefined : value;
}

/** The items that are set: a list built from flags. */
function present<T>(...items: Array<T | undefined | false>): T[] {
  return items.filter((x): x is T => x !== undefined && x !== false);
}

/**
 * Renders every `AWS::Cognito::UserPool` property from the resolved configuration. Every default is a literal
 * value, because scanners read literals.
 */
export function renderUserPool(r: ResolvedUserPool, context: RenderContext): RenderedUserPool {
  const emailConfiguration = r.email._render(context.environment);
  const sesIdentityArn = emailConfiguration.sourceArn;
  return {
    properties: {
      userPoolName: r.userPoolName,
      userPoolTags: r.tags,
      userPoolTier: r.featurePlan,
      deletionProtection: r.deletionProtection ? 'ACTIVE' : 'INACTIVE',
      ...renderSignIn(r),
      usernameConfiguration: r.signInCaseSensitive === undefined ? undefined : { caseSensitive: r.signInCaseSensitive },
      adminCreateUserConfig: renderAdminCreateUser(r),
      verificationMessageTemplate: renderVerification(r),
      smsAuthenticationMessage: r.mfaMessages.smsMessage,
      emailAuthenticationMessage: r.mfaMessages.emailBody,
      emailAuthenticationSubject: r.mfaMessages.emailSubject,
      mfaConfiguration: r.mfa,
      enabledMfas: renderEnabledMfas(r),
      policies: {
        passwordPolicy: renderPasswordPolicy(r),
        signInPolicy: { allowedFirstAuthFactors: renderFirstFactors(r) },
      },
      webAuthnRelyingPartyId: r.passkeyRelyingPartyId,
      webAuthnUserVerification: r.passkeyUserVerification,
      webAuthnFactorConfiguration: r.passkeyFactorConfiguration,
      emailConfiguration,
      // The direct path to AWS End User Messaging SMS renders with the unmodelled properties.
      smsConfiguration: r.sms && !r.sms.endUserMessagingSms ? {
        snsCallerArn: r.sms.roleArn ?? context.createdSmsRoleArn,
        externalId: r.sms.externalId,
        snsRegion: r.sms.snsRegion,
      } : undefined,
      schema: renderSchema(r),
      accountRecoverySetting: renderAccountRecovery(r.accountRecovery),
      deviceConfiguration: r.deviceTracking,
      userPoolAddOns: renderAddOns(r),
    },
    unmodelled: renderUnmodelled(r, context),
    riskConfiguration: r.riskConfiguration && renderRiskConfiguration(r.riskConfiguration, { sesIdentityArn }),
    logConfigurations: renderLogDelivery(r.logDelivery),
    logBuckets: logBucketsOf(r.logDelivery),
    webAclArn: r.webAclArn,
    sessions: renderSessions(r.sessions),
    replicas: renderReplicas(r.replicas),
    sesIdentityArn,
  };
}

/** The properties the minimum supported L1 lacks, in CloudFormation's casing. */
export function renderUnmodelled(r: ResolvedUserPool, context: RenderContext): Record<string, unknown> {
  const eums = r.sms?.endUserMessagingSms;
  const unmodelled: Record<string, unknown> = {
    IssuerConfiguration: r.issuerType && { Type: r.issuerType },
    KeyConfiguration: r.encryptionKey && { KeyType: 'CUSTOMER_MANAGED_KEY', KmsKeyArn: r.encryptionKey.arn },
    SmsConfiguration: eums && { EumsSms: renderEumsSms(eums, r.sms!.roleArn ?? context.createdSmsRoleArn, r.sms!.externalId) },
    LambdaConfig: renderLambdaConfig(context.triggers ?? r.triggers, context.senderKeyArn),
  };
  return Object.fromEntries(Object.entries(unmodelled).filter(([, value]) => value !== undefined));
}

/** Sign-in identifiers, verification, and verify-before-update. */
function renderSignIn(r: ResolvedUserPool): Pick<CfnUserPoolProps,
'usernameAttributes' | 'aliasAttributes' | 'autoVerifiedAttributes' | 'userAttributeUpdateSettings'> {
  const { username, email, phone, preferredUsername } = r.signIn;
  const attrs = (flags: { email: boolean; phone: boolean }) => present(flags.email && 'email', flags.phone && 'phone_number');
  const keep = undefinedIfEmpty(attrs(r.keepOriginal));
  return {
    usernameAttributes: username ? undefined : attrs({ email, phone }),
    aliasAttributes: username ? undefinedIfEmpty([...attrs({ email, phone }), ...present(preferredUsername && 'preferred_username')]) : undefined,
    autoVerifiedAttributes: undefinedIfEmpty(attrs(r.autoVerify)),
    userAttributeUpdateSettings: keep && { attributesRequireVerificationBeforeUpdate: keep },
  };
}

function renderAdminCreateUser(r: ResolvedUserPool): CfnUserPool.AdminCreateUserConfigProperty {
  const i = r.invitation;
  const invite = i && undefinedIfEmpty({ emailMessage: i.emailBody, emailSubject: i.emailSubject, smsMessage: i.smsMessage });
  return { allowAdminCreateUserOnly: !r.selfSignUpEnabled, inviteMessageTemplate: invite };
}

function renderVerification(r: ResolvedUserPool): CfnUserPool.VerificationMessageTemplateProperty {
  const v = r.verification;
  return v.emailStyle === VerificationEmailStyle.LINK
    ? { defaultEmailOption: v.emailStyle, emailMessageByLink: v.emailBody, emailSubjectByLink: v.emailSubject, smsMessage: v.smsMessage }
    : { defaultEmailOption: v.emailStyle, emailMessage: v.emailBody, emailSubject: v.emailSubject, smsMessage: v.smsMessage };
}

function renderEnabledMfas(r: ResolvedUserPool): string[] | undefined {
  if (r.mfa === Mfa.OFF) { return undefined; }
  const f = r.mfaSecondFactor;
  return present(f.sms && 'SMS_MFA', f.otp && 'SOFTWARE_TOKEN_MFA', f.email && 'EMAIL_OTP');
}

function renderPasswordPolicy(r: ResolvedUserPool): CfnUserPool.PasswordPolicyProperty {
  const p = r.passwordPolicy;
  return {
    minimumLength: p.minLength,
    requireLowercase: p.requireLowercase,
    requireUppercase: p.requireUppercase,
    requireNumbers: p.requireDigits,
    requireSymbols: p.requireSymbols,
    temporaryPasswordValidityDays: p.tempPasswordValidityDays,
    passwordHistorySize: p.passwordHistorySize,
  };
}

function renderFirstFactors(r: ResolvedUserPool): string[] {
  const f = r.firstFactors;
  return present(f.password && 'PASSWORD', f.emailOtp && 'EMAIL_OTP', f.smsOtp && 'SMS_OTP', f.passkey && 'WEB_AUTHN');
}

/** The schema, as resolved. */
function renderSchema(r: ResolvedUserPool): CfnUserPool.SchemaAttributeProperty[] | undefined {
  return undefinedIfEmpty(r.schema.map((a) => {
    const s = a.stringConstraints;
    const n = a.numberConstraints;
    return {
      name: a.name,
      attributeDataType: a.dataType,
      mutable: a.mutable,
      required: a.required,
      stringAttributeConstraints: s ? { minLength: numberString(s.minLen), maxLength: numberString(s.maxLen) } : undefined,
      numberAttributeConstraints: n ? { minValue: numberString(n.min), maxValue: numberString(n.max) } : undefined,
    };
  }));
}

/** CloudFormation wants these numbers as strings; a number token must become a string token, not a float. */
function numberString(value: number | undefined): string | undefined {
  return value === undefined ? undefined : Tokenization.stringifyNumber(value);
}

const RECOVERY: Record<AccountRecovery, string[] | undefined> = {
  [AccountRecovery.EMAIL_AND_PHONE_WITHOUT_MFA]: ['verified_email', 'verified_phone_number'],
  [AccountRecovery.PHONE_WITHOUT_MFA_AND_EMAIL]: ['verified_phone_number', 'verified_email'],
  [AccountRecovery.EMAIL_ONLY]: ['verified_email'],
  [AccountRecovery.PHONE_ONLY_WITHOUT_MFA]: ['verified_phone_number'],
  [AccountRecovery.PHONE_AND_EMAIL]: undefined,
  [AccountRecovery.NONE]: ['admin_only'],
};

function renderAccountRecovery(recovery: AccountRecovery): CfnUserPool.AccountRecoverySettingProperty | undefined {
  const mechanisms = RECOVERY[recovery];
  return mechanisms && { recoveryMechanisms: mechanisms.map((name, i) => ({ name, priority: i + 1 })) };
}

function renderAddOns(r: ResolvedUserPool): CfnUserPool.UserPoolAddOnsProperty | undefined {
  const standard = r.standardThreatProtectionMode;
  const custom = r.customThreatProtectionMode;
  if (standard === undefined && custom === undefined) { return undefined; }
  return {
    // Only the custom-flow mode set: the standard mode renders OFF, as in aws-cdk-lib.
    advancedSecurityMode: standard ?? 'OFF',
    advancedSecurityAdditionalFlows: custom ? { customAuthMode: custom } : undefined,
  };
}
