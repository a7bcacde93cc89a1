/**
 * CloudFormation back to props: `check` names each change as the user wrote it (`passwordPolicy.minLength`,
 * `mfa: Mfa.REQUIRED`), with the template's own names after it. The names are this library's props, which are
 * aws-cdk-lib's UserPool and UserPoolClient props. The construct derives the same names from its renderer
 * (src/private/pool/prop-paths.ts), which needs aws-cdk-lib; the CLI runs without it, so it keeps this table, and
 * test/cli-props.test.ts holds the two to agreement.
 */
import { CustomThreatProtectionMode, FeaturePlan, StandardThreatProtectionMode, UserPoolIssuerType } from '../feature-plan';
import { Mfa } from '../mfa';
import type { CreationRecord, CustomAttributeRecord } from './creation-record';
import { nameIn, show } from '../checks/show';
import { STANDARD_ATTRIBUTES } from '../private/attribute-names';
import { AccountTakeoverAction, CompromisedCredentialsAction } from '../risk-configuration';
import { PasskeyFactorConfiguration, PasskeyUserVerification } from '../sign-in';

type Json = Record<string, any>;

export const ABSENT = '(absent)';
/** A template value as written: `(absent)` when it is not there. */
export const written = (value: unknown): string => (value === undefined ? ABSENT : show(value, false));

/** CloudFormation compares objects by their keys, whatever their order; the order of a list counts. */
const canonical = (value: unknown): unknown => (Array.isArray(value) ? value.map(canonical)
  : value !== null && typeof value === 'object'
    ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Json)[k])]))
    : value);
export const same = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** `{ email: true, phone: true }`: the flags that are on. */
const flags = (on: readonly string[]) => (on.length ? `{ ${on.map((f) => `${f}: true`).join(', ')} }` : '{}');

/** How a prop's value reads, from the template's value (absent included, where the absence means something). */
type Render = (value: unknown) => string;
const enumValue = (name: string, values: Record<string, unknown>): Render => (v) => (v === undefined ? ABSENT : `${name}.${nameIn(values, v)}`);
const listFlags = (names: Record<string, string>): Render => (v) =>
  (Array.isArray(v) ? flags(v.map((item) => names[String(item)] ?? String(item))) : ABSENT);
const VERIFIED = { email: 'email', phone_number: 'phone' };

/** `Duration.days(30)`: the largest whole unit, as a user writes a lifetime. */
export function duration(minutes: number): string {
  if (minutes % (24 * 60) === 0) { return `Duration.days(${minutes / (24 * 60)})`; }
  if (minutes % 60 === 0) { return `Duration.hours(${minutes / 60})`; }
  return Number.isInteger(minutes) ? `Duration.minutes(${minutes})` : `Duration.seconds(${minutes * 60})`;
}

/** aws-cdk-lib's RemovalPolicy, by the DeletionPolicy it renders. */
const REMOVAL_POLICIES: Record<string, string> = { Retain: 'RETAIN', Delete: 'DESTROY', Snapshot: 'SNAPSHOT', RetainExceptOnCreate: 'RETAIN_ON_UPDATE_OR_DELETE' };
export const removalPolicy: Render = (v) => (v === undefined ? ABSENT : `RemovalPolicy.${REMOVAL_POLICIES[String(v)] ?? String(v)}`);

/** AccountRecovery by its first recovery mechanism and the ones after it (the construct's table is in render.ts). */
const RECOVERY: Record<string, string> = {
  'verified_email,verified_phone_number': 'EMAIL_AND_PHONE_WITHOUT_MFA',
  'verified_phone_number,verified_email': 'PHONE_WITHOUT_MFA_AND_EMAIL',
  'verified_email': 'EMAIL_ONLY',
  'verified_phone_number': 'PHONE_ONLY_WITHOUT_MFA',
  'admin_only': 'NONE',
};
const accountRecovery: Render = (v) => {
  if (v === undefined) { return 'AccountRecovery.PHONE_AND_EMAIL'; }
  const mechanisms = [...((v as Json).RecoveryMechanisms ?? [])].sort((a: Json, b: Json) => a.Priority - b.Priority).map((m: Json) => m.Name).join(',');
  return RECOVERY[mechanisms] ? `AccountRecovery.${RECOVERY[mechanisms]}` : written(v);
};

/** The name of a template path as a prop, and how its value reads; a prefix names the paths under it. */
interface PropName {
  readonly prop: string;
  /** Renders the whole value at this path: the path is then one change, not one per field under it. */
  readonly render?: Render;
  /** A map: the key under this path names the entry (`UserPoolTags.team` is `tags.team`). */
  readonly keyed?: boolean;
}
export type PropTable = Readonly<Record<string, PropName>>;

/** src/triggers.ts's LambdaVersion (the CLI can't import it: it needs aws-cdk-lib). */
const lambdaVersion: Render = (v) => (typeof v === 'string' ? `LambdaVersion.${v}` : written(v));

/**
 * `LambdaConfig` by trigger, as lambdaTriggers names them (the keys of src/private/triggers.ts's TRIGGERS, which
 * needs aws-cdk-lib); a key added with `UserPoolOperation.of` falls back to `lambdaTriggers`.
 */
const TRIGGER_PROPS: PropTable = {
  'LambdaConfig': { prop: 'lambdaTriggers' },
  ...Object.fromEntries(['CreateAuthChallenge', 'CustomMessage', 'DefineAuthChallenge', 'PostAuthentication', 'PostConfirmation', 'PreAuthentication',
    'PreSignUp', 'PreTokenGeneration', 'UserMigration', 'VerifyAuthChallengeResponse', 'CustomEmailSender', 'InboundFederation']
    .map((key) => [`LambdaConfig.${key}`, { prop: `lambdaTriggers.${key.charAt(0).toLowerCase()}${key.slice(1)}` }])),
  'LambdaConfig.CustomSMSSender': { prop: 'lambdaTriggers.customSmsSender' },
  // preTokenGeneration with a preTokenGenerationVersion renders here instead of under PreTokenGeneration.
  'LambdaConfig.PreTokenGenerationConfig': { prop: 'lambdaTriggers.preTokenGeneration' },
  'LambdaConfig.PreTokenGenerationConfig.LambdaVersion': { prop: 'lambdaTriggers.preTokenGenerationVersion', render: lambdaVersion },
  'LambdaConfig.KMSKeyID': { prop: 'customSenderKmsKey' },
};

export const POOL_PROPS: PropTable = {
  'UserPoolName': { prop: 'userPoolName' },
  'UsernameAttributes': { prop: 'signInAliases' },
  'AliasAttributes': { prop: 'signInAliases' },
  'UsernameConfiguration.CaseSensitive': { prop: 'signInCaseSensitive' },
  'AdminCreateUserConfig.AllowAdminCreateUserOnly': { prop: 'selfSignUpEnabled', render: (v) => String(v !== true) },
  'AdminCreateUserConfig.InviteMessageTemplate.EmailSubject': { prop: 'userInvitation.emailSubject' },
  'AdminCreateUserConfig.InviteMessageTemplate.EmailMessage': { prop: 'userInvitation.emailBody' },
  'AdminCreateUserConfig.InviteMessageTemplate.SMSMessage': { prop: 'userInvitation.smsMessage' },
  'VerificationMessageTemplate.EmailSubject': { prop: 'userVerification.emailSubject' },
  'VerificationMessageTemplate.EmailSubjectByLink': { prop: 'userVerification.emailSubject' },
  'VerificationMessageTemplate.EmailMessage': { prop: 'userVerification.emailBody' },
  'VerificationMessageTemplate.EmailMessageByLink': { prop: 'userVerification.emailBody' },
  'VerificationMessageTemplate.SmsMessage': { prop: 'userVerification.smsMessage' },
  // The legacy form of VerificationMessageTemplate, which aws-cdk-lib's UserPool renders too.
  'EmailVerificationSubject': { prop: 'userVerification.emailSubject' },
  'EmailVerificationMessage': { prop: 'userVerification.emailBody' },
  'SmsVerificationMessage': { prop: 'userVerification.smsMessage' },
  'VerificationMessageTemplate.DefaultEmailOption': { prop: 'userVerification.emailStyle' },
  'AutoVerifiedAttributes': { prop: 'autoVerify', render: listFlags(VERIFIED) },
  'UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate': { prop: 'keepOriginal', render: listFlags(VERIFIED) },
  'Policies.PasswordPolicy.MinimumLength': { prop: 'passwordPolicy.minLength' },
  'Policies.PasswordPolicy.RequireLowercase': { prop: 'passwordPolicy.requireLowercase' },
  'Policies.PasswordPolicy.RequireUppercase': { prop: 'passwordPolicy.requireUppercase' },
  'Policies.PasswordPolicy.RequireNumbers': { prop: 'passwordPolicy.requireDigits' },
  'Policies.PasswordPolicy.RequireSymbols': { prop: 'passwordPolicy.requireSymbols' },
  'Policies.PasswordPolicy.TemporaryPasswordValidityDays': { prop: 'passwordPolicy.tempPasswordValidity', render: (v) => (typeof v === 'number' ? `Duration.days(${v})` : written(v)) },
  'Policies.PasswordPolicy.PasswordHistorySize': { prop: 'passwordPolicy.passwordHistorySize' },
  'Policies.SignInPolicy.AllowedFirstAuthFactors': { prop: 'signInPolicy.allowedFirstAuthFactors' },
  'MfaConfiguration': { prop: 'mfa', render: (v) => enumValue('Mfa', Mfa)(v ?? 'OFF') },
  'EnabledMfas': { prop: 'mfaSecondFactor', render: listFlags({ SMS_MFA: 'sms', SOFTWARE_TOKEN_MFA: 'otp', EMAIL_OTP: 'email' }) },
  'SmsAuthenticationMessage': { prop: 'mfaMessage' },
  'EmailAuthenticationMessage': { prop: 'emailMfaMessage' },
  'EmailAuthenticationSubject': { prop: 'emailMfaSubject' },
  'UserPoolTier': { prop: 'featurePlan', render: (v) => enumValue('FeaturePlan', FeaturePlan)(v ?? 'ESSENTIALS') },
  'UserPoolAddOns.AdvancedSecurityMode': { prop: 'standardThreatProtectionMode', render: (v) => enumValue('StandardThreatProtectionMode', StandardThreatProtectionMode)(v ?? 'OFF') },
  'UserPoolAddOns.AdvancedSecurityAdditionalFlows.CustomAuthMode': { prop: 'customThreatProtectionMode', render: enumValue('CustomThreatProtectionMode', CustomThreatProtectionMode) },
  'DeletionProtection': { prop: 'deletionProtection', render: (v) => String(v === 'ACTIVE') },
  'AccountRecoverySetting': { prop: 'accountRecovery', render: accountRecovery },
  'EmailConfiguration': { prop: 'email' },
  'SmsConfiguration.SnsCallerArn': { prop: 'smsRole' },
  'SmsConfiguration.ExternalId': { prop: 'smsRoleExternalId' },
  'SmsConfiguration.SnsRegion': { prop: 'snsRegion' },
  'SmsConfiguration.EumsSms': { prop: 'endUserMessagingSms' },
  'SmsConfiguration.EumsSms.CallerArn': { prop: 'smsRole' },
  'SmsConfiguration.EumsSms.ExternalId': { prop: 'smsRoleExternalId' },
  'SmsConfiguration.EumsSms.OriginationIdentity': { prop: 'endUserMessagingSms.originationIdentity' },
  'SmsConfiguration.EumsSms.ConfigurationSetName': { prop: 'endUserMessagingSms.configurationSetName' },
  'SmsConfiguration.EumsSms.Region': { prop: 'endUserMessagingSms.region' },
  'SmsConfiguration.EumsSms.InEntityId': { prop: 'endUserMessagingSms.indiaDlt.entityId' },
  'SmsConfiguration.EumsSms.InTemplateId': { prop: 'endUserMessagingSms.indiaDlt.templateId' },
  ...TRIGGER_PROPS,
  'DeviceConfiguration.ChallengeRequiredOnNewDevice': { prop: 'deviceTracking.challengeRequiredOnNewDevice' },
  'DeviceConfiguration.DeviceOnlyRememberedOnUserPrompt': { prop: 'deviceTracking.deviceOnlyRememberedOnUserPrompt' },
  'WebAuthnRelyingPartyID': { prop: 'passkeyRelyingPartyId' },
  'WebAuthnUserVerification': { prop: 'passkeyUserVerification', render: enumValue('PasskeyUserVerification', PasskeyUserVerification) },
  'WebAuthnFactorConfiguration': { prop: 'passkeyFactorConfiguration', render: enumValue('PasskeyFactorConfiguration', PasskeyFactorConfiguration) },
  'IssuerConfiguration.Type': { prop: 'issuerType', render: enumValue('UserPoolIssuerType', UserPoolIssuerType) },
  'KeyConfiguration': { prop: 'encryptionKey' },
  'UserPoolTags': { prop: 'tags', keyed: true },
  'DeletionPolicy': { prop: 'removalPolicy', render: removalPolicy },
  'UpdateReplacePolicy': { prop: 'removalPolicy', render: removalPolicy },
};

/** The pool-wide AWS::Cognito::UserPoolRiskConfigurationAttachment, as the riskConfiguration prop. */
export const RISK_PROPS: PropTable = {
  'CompromisedCredentialsRiskConfiguration.Actions.EventAction': { prop: 'riskConfiguration.compromisedCredentials', render: enumValue('CompromisedCredentialsAction', CompromisedCredentialsAction) },
  'CompromisedCredentialsRiskConfiguration.EventFilter': { prop: 'riskConfiguration.compromisedCredentialsEvents' },
  'AccountTakeoverRiskConfiguration.Actions.LowAction.EventAction': { prop: 'riskConfiguration.accountTakeover.low', render: enumValue('AccountTakeoverAction', AccountTakeoverAction) },
  'AccountTakeoverRiskConfiguration.Actions.MediumAction.EventAction': { prop: 'riskConfiguration.accountTakeover.medium', render: enumValue('AccountTakeoverAction', AccountTakeoverAction) },
  'AccountTakeoverRiskConfiguration.Actions.HighAction.EventAction': { prop: 'riskConfiguration.accountTakeover.high', render: enumValue('AccountTakeoverAction', AccountTakeoverAction) },
  'AccountTakeoverRiskConfiguration.Actions.LowAction.Notify': { prop: 'riskConfiguration.accountTakeover.notify.low' },
  'AccountTakeoverRiskConfiguration.Actions.MediumAction.Notify': { prop: 'riskConfiguration.accountTakeover.notify.medium' },
  'AccountTakeoverRiskConfiguration.Actions.HighAction.Notify': { prop: 'riskConfiguration.accountTakeover.notify.high' },
  'AccountTakeoverRiskConfiguration.NotifyConfiguration': { prop: 'riskConfiguration.notification' },
  'RiskExceptionConfiguration.BlockedIPRangeList': { prop: 'riskConfiguration.blockedIpRanges' },
  'RiskExceptionConfiguration.SkippedIPRangeList': { prop: 'riskConfiguration.alwaysAllowedIpRanges' },
};

/** An app client's properties as aws-cdk-lib's UserPoolClient props (the token lifetimes are compared on their own). */
export const CLIENT_PROPS: PropTable = {
  ClientName: { prop: 'userPoolClientName' },
  GenerateSecret: { prop: 'generateSecret' },
  ExplicitAuthFlows: { prop: 'authFlows' },
  AllowedOAuthFlows: { prop: 'oAuth.flows' },
  AllowedOAuthScopes: { prop: 'oAuth.scopes' },
  CallbackURLs: { prop: 'oAuth.callbackUrls' },
  LogoutURLs: { prop: 'oAuth.logoutUrls' },
  DefaultRedirectURI: { prop: 'oAuth.defaultRedirectUri' },
  SupportedIdentityProviders: { prop: 'supportedIdentityProviders' },
  PreventUserExistenceErrors: { prop: 'preventUserExistenceErrors', render: (v) => (v === 'ENABLED' ? 'true' : v === 'LEGACY' ? 'false' : written(v)) },
  EnableTokenRevocation: { prop: 'enableTokenRevocation' },
  ReadAttributes: { prop: 'readAttributes' },
  WriteAttributes: { prop: 'writeAttributes' },
  // aws-cdk-lib renders it as !disableOAuth.
  AllowedOAuthFlowsUserPoolClient: { prop: 'disableOAuth', render: (v) => (typeof v === 'boolean' ? String(!v) : written(v)) },
  EnablePropagateAdditionalUserContextData: { prop: 'enablePropagateAdditionalUserContextData' },
  AnalyticsConfiguration: { prop: 'analytics' },
  RefreshTokenRotation: { prop: 'refreshTokenRotationGracePeriod' },
};

/** A change as a line shows it: the prop, its old and new value as the user writes them, the template's side. */
export interface ChangeFields {
  readonly setting: string;
  readonly from: string;
  readonly to: string;
  readonly detail?: string;
}

/** One changed value at a template path (dotted), named as a prop, with the path (and its values, where they read otherwise) as detail. */
export interface PropChange extends ChangeFields {
  readonly path: string;
}

/** The fields of a change line, without the rest of a prop change. */
export const fieldsOf = ({ setting, from, to, detail }: ChangeFields): ChangeFields => ({ setting, from, to, detail });

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** `{ Ref }`, `{ Fn::GetAtt }` and the like are values, not structs to descend into. */
const isIntrinsic = (v: Json) => Object.keys(v).length === 1 && /^(Ref$|Fn::)/.test(Object.keys(v)[0]);

/** The prop name of a template path: the longest prefix in the table, or the path itself. */
export function nameOfPath(path: string, table: PropTable, from: unknown, to: unknown): PropChange {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const entry = table[parts.slice(0, n).join('.')];
    if (!entry) { continue; }
    const exact = n === parts.length;
    const [a, b] = exact && entry.render ? [entry.render(from), entry.render(to)] : [written(from), written(to)];
    const raw = a !== written(from) || b !== written(to);
    const key = parts.slice(n).join('.');
    const setting = entry.keyed && !exact ? (/^[A-Za-z_$][\w$]*$/.test(key) ? `${entry.prop}.${key}` : `${entry.prop}[${JSON.stringify(key)}]`) : entry.prop;
    return { setting, from: a, to: b, detail: raw ? `${path} ${written(from)} → ${written(to)}` : path, path };
  }
  return { setting: path, from: written(from), to: written(to), path };
}

/** Every changed value between two sets of properties, field by field, named as props. */
export function propChanges(before: Json, after: Json, table: PropTable, skip: ReadonlySet<string> = new Set()): PropChange[] {
  const changes: PropChange[] = [];
  const walk = (path: string, a: unknown, b: unknown): void => {
    if (same(a, b)) { return; }
    const descend = !table[path]?.render && [a, b].every((v) => v === undefined || (isObject(v) && !isIntrinsic(v)));
    if (!descend) {
      changes.push(nameOfPath(path, table, a, b));
      return;
    }
    const keys = [...new Set([...Object.keys((a ?? {}) as Json), ...Object.keys((b ?? {}) as Json)])].sort();
    keys.forEach((key) => walk(path ? `${path}.${key}` : key, (a as Json | undefined)?.[key], (b as Json | undefined)?.[key]));
  };
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !skip.has(k)).sort();
  keys.forEach((key) => walk(key, before[key], after[key]));
  return changes;
}

/** `signInAliases` as the user writes it, from the creation record. */
export function signInAliasesOf(record: CreationRecord): string {
  const names: Record<string, string> = { email: 'email', phone_number: 'phone', preferred_username: 'preferredUsername' };
  const byUsername = record.usernameAttributes.length > 0;
  return flags([...(byUsername ? [] : ['username']), ...(byUsername ? record.usernameAttributes : record.aliasAttributes).map((a) => names[a] ?? a)]);
}

/** The template's side of the sign-in identifiers: `UsernameAttributes ["email"]`. */
export function signInPropertiesOf(record: CreationRecord): string {
  const set = [['UsernameAttributes', record.usernameAttributes], ['AliasAttributes', record.aliasAttributes]] as const;
  return set.filter(([, list]) => list.length > 0).map(([name, list]) => `${name} ${JSON.stringify(list)}`).join(', ')
    || 'no UsernameAttributes or AliasAttributes';
}

/** `standardAttributes.givenName` for `given_name`; `customAttributes.tier` for anything else. */
export function attributeProp(name: string, standard: boolean): string {
  const camel = Object.entries(STANDARD_ATTRIBUTES).find(([, a]) => a.name === name)?.[0];
  return standard && camel ? `standardAttributes.${camel}` : `customAttributes.${name}`;
}

/** `new StringAttribute({ maxLen: 64, mutable: false })`, from what Cognito fixed at creation. */
export function customAttributeOf(record: CustomAttributeRecord): string {
  const number = (v: string | undefined) => (v !== undefined && /^-?\d+(\.\d+)?$/.test(v) ? v : JSON.stringify(v));
  const options = [
    ['minLen', record.minLength], ['maxLen', record.maxLength], ['min', record.minValue], ['max', record.maxValue],
  ].filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${number(v)}`);
  options.push(`mutable: ${record.mutable}`);
  return `new ${record.dataType}Attribute({ ${options.join(', ')} })${record.developerOnly ? ' (DeveloperOnlyAttribute)' : ''}`;
}
