import { RemovalPolicy, Token } from 'aws-cdk-lib';
import { checkEmail, checkMessages, checkSms, type RuleEnvironment } from './rules-messaging';
import { AccountRecovery } from '../../account-recovery';
import { checkValue } from '../../checks/api-limits';
import { isLiteral, type Problems } from '../../checks/problems';
import { nameIn, show } from '../../checks/show';
import { CreationOnlyDefaults } from '../../creation-only';
import { CustomThreatProtectionMode, FeaturePlan, StandardThreatProtectionMode, UserPoolIssuerType } from '../../feature-plan';
import { Mfa } from '../../mfa';
import { PasskeyFactorConfiguration, PasskeyUserVerification } from '../../sign-in';
import { STANDARD_ATTRIBUTES } from '../attribute-names';
import { checkEnumProps } from './enum-props';
import { checkLogDelivery, checkWebAcl } from '../logs-and-waf';
import { type AsWritten, isCustomAttribute, isStandardAttributeKey, type ResolvedKey, type ResolvedUserPool } from './resolve';
import { checkReplicas } from '../replicas';
import { checkRiskConfiguration } from '../risk-configuration';
import { checkSessions } from '../sessions';
import { type PoolWarning, WARNINGS, type Warn } from '../warnings';

export { WARNINGS, type PoolWarning } from '../warnings';

/**
 * The rules no single property's limits express: placeholders, combinations, plan gating, keys, lifecycle.
 * Per-property limits (lengths, ranges, patterns, enums, list sizes) come from the API model, in `api-limits.ts`.
 * A configuration the service refuses is an error; one that deploys but misbehaves is a warning.
 * docs/validation.md gives each rule's source. Pure: reads the resolved pool only (its `asWritten` where a rule checks
 * what the user wrote), adds every error to `problems` and returns the warnings.
 */
export function validateUserPool(resolved: ResolvedUserPool, problems: Problems, environment: RuleEnvironment = {}): PoolWarning[] {
  const warnings: PoolWarning[] = [];
  const warn: Warn = (id, message) => warnings.push({ id, message });
  checkDroppedProps(problems, resolved.asWritten.droppedProps);
  checkEnumProps(problems, resolved.asWritten.enumValues);
  checkSignIn(problems, warn, resolved);
  checkMfa(problems, warn, resolved);
  checkPasswordless(problems, warn, resolved);
  checkPasswordPolicy(problems, resolved);
  checkMessages(problems, warn, resolved);
  checkEmail(problems, warn, resolved, environment);
  checkSms(problems, warn, resolved, environment);
  checkSchema(problems, warn, resolved.asWritten);
  checkThreatProtection(problems, warn, resolved);
  checkKey(problems, warn, 'customSenderKmsKey', resolved.senderKey, environment, false);
  const exportsLogs = resolved.logDelivery?.userAuthEvents !== undefined || resolved.logDelivery?.userNotification !== undefined;
  checkKey(problems, warn, 'encryptionKey', resolved.encryptionKey, environment, exportsLogs);
  checkLifecycle(problems, warn, resolved);
  checkDevices(warn, resolved);
  if (resolved.riskConfiguration) {
    checkRiskConfiguration(problems, warn, resolved.riskConfiguration, resolved.riskContext);
  }
  checkLogDelivery(problems, warn, resolved.logDelivery, resolved.riskContext, environment.account);
  checkWebAcl(problems, resolved.webAclArn, environment.region);
  checkSessions(problems, resolved.asWritten.sessions, resolved.featurePlan);
  checkReplicas(problems, warn, resolved.replicas, {
    featurePlan: resolved.featurePlan,
    region: environment.region,
    encryptionKey: resolved.encryptionKey,
    keyMultiRegion: resolved.encryptionKey?.multiRegion,
    totpOnlyMfa: resolved.mfa !== Mfa.OFF && resolved.mfaSecondFactor.otp && !resolved.mfaSecondFactor.sms && !resolved.mfaSecondFactor.email,
  });
  if ((resolved.replicas?.length ?? 0) > 0 && resolved.issuerType === UserPoolIssuerType.ORIGINAL) {
    warn(WARNINGS.replicaWithOriginalIssuer, 'issuerType is ORIGINAL with replicas: an original issuer is hosted in the pool\'s Region only, so '
      + 'tokens can\'t be validated there while that Region is down; Cognito recommends UPDATED for replication (changes the iss claim)');
  }
  const preTokenGeneration = resolved.triggers.some((t) => t.operation === 'preTokenGeneration');
  if (resolved.asWritten.preTokenGenerationVersion !== undefined && !preTokenGeneration) {
    problems.add('preTokenGenerationVersionWithoutFunction', 'lambdaTriggers.preTokenGenerationVersion',
      'lambdaTriggers.preTokenGenerationVersion is set without lambdaTriggers.preTokenGeneration: add the function or remove the version');
  }
  return warnings;
}

/** aws-cdk-lib's deprecated `AdvancedSecurityMode` values, and the `StandardThreatProtectionMode` member meaning each. */
const THREAT_PROTECTION_MODES: Record<string, string> = { OFF: 'NO_ENFORCEMENT', AUDIT: 'AUDIT_ONLY', ENFORCED: 'FULL_FUNCTION' };

/**
 * Props aws-cdk-lib has (or had) that this library dropped. TypeScript rejects them, but JavaScript callers and casts
 * pass them at run time: ignoring them would render something else than the caller asked for.
 */
function checkDroppedProps(problems: Problems, given: AsWritten['droppedProps']) {
  if (given.advancedSecurityMode !== undefined) {
    const value = given.advancedSecurityMode;
    const mode = typeof value === 'string' && Object.prototype.hasOwnProperty.call(THREAT_PROTECTION_MODES, value) ? THREAT_PROTECTION_MODES[value] : undefined;
    const plan = mode === 'NO_ENFORCEMENT' ? '' : ' (with featurePlan PLUS)';
    problems.add('droppedProp', 'advancedSecurityMode', `advancedSecurityMode is not supported (aws-cdk-lib deprecated it), got ${show(value)}: `
      + `use standardThreatProtectionMode: StandardThreatProtectionMode.${mode ?? '<mode>'} instead${plan}, `
      + 'and customThreatProtectionMode for custom authentication flows');
  }
  if (given.emailSettings !== undefined) {
    problems.add('droppedProp', 'emailSettings', `emailSettings is not supported (aws-cdk-lib deprecated it), got ${show(given.emailSettings)}: `
      + 'use email: UserPoolEmail.withSES({ fromEmail, replyTo, ... }) or UserPoolEmail.withCognito(replyTo) instead');
  }
}

function checkSignIn(problems: Problems, warn: Warn, r: ResolvedUserPool) {
  // No identifier enabled (`{ phone: false }`) is username sign-in, rendered `UsernameAttributes: []` as aws-cdk-lib
  // renders it: pools migrated from aws-cdk-lib have it, and sign-in identifiers can't change (docs/migration.md).
  const { username, email, phone, preferredUsername } = r.signIn;
  if (!username && !email && !phone && r.creationOnlyDefaults !== CreationOnlyDefaults.AWS_CDK_LIB) {
    warn(WARNINGS.signInWithoutAlias, `signInAliases enables none of username, email or phone, got ${show(r.asWritten.signInAliases)}: `
      + 'users sign in with a username (UsernameAttributes: []), as aws-cdk-lib renders it, and that can never change: '
      + 'write { username: true } for a new pool, or set creationOnlyDefaults: CreationOnlyDefaults.AWS_CDK_LIB for a pool aws-cdk-lib created');
  }
  if (preferredUsername && !username) {
    problems.add('preferredUsernameWithoutUsername', 'signInAliases.preferredUsername',
      'signInAliases.preferredUsername needs signInAliases.username: preferred_username is an alias of the username');
  }
  for (const attr of ['email', 'phone'] as const) {
    if (r.keepOriginal[attr] && !r.autoVerify[attr]) {
      problems.add('keepOriginalWithoutAutoVerify', `keepOriginal.${attr}`,
        `keepOriginal.${attr} needs autoVerify.${attr}: Cognito keeps the original value only of auto-verified attributes`);
    }
  }
}

function checkMfa(problems: Problems, warn: Warn, r: ResolvedUserPool) {
  if (r.mfa === Mfa.OFF) { return; }
  const { otp, sms, email } = r.mfaSecondFactor;
  if (!otp && !sms && !email) {
    problems.add('mfaWithoutFactor', 'mfaSecondFactor', `mfaSecondFactor must enable at least one of otp, sms or email when mfa is ${nameIn(Mfa, r.mfa)}, got ${show(r.asWritten.mfaSecondFactor)}`);
  }
  if (email && !r.email._usesSes) {
    problems.add('emailMfaNeedsSes', 'mfaSecondFactor.email', 'mfaSecondFactor.email needs email: UserPoolEmail.withSES(...): Cognito sends MFA codes by email only through SES');
  }
  if (email && r.featurePlan === FeaturePlan.LITE) {
    problems.add('emailMfaNeedsPlan', 'mfaSecondFactor.email', 'mfaSecondFactor.email needs featurePlan ESSENTIALS or PLUS, got LITE');
  }
  if (email && !otp && !sms) {
    problems.add('emailOnlyMfa', 'mfaSecondFactor', 'mfaSecondFactor enables only email: CloudFormation fails to create a pool whose only MFA factor is email '
      + '("SMS configuration and Auto verification for phone_number are required", cloudformation-coverage-roadmap#2221); also enable otp');
  }
  if (sms && !otp && !email) {
    warn(WARNINGS.smsOnlyMfa, 'mfaSecondFactor enables only sms: SMS codes can be intercepted and cost money per message; also enable otp');
    // Fires with AWS_CDK_LIB too: unlike sign-in aliases, auto-verification and MFA factors can change after creation.
    const phoneRequired = r.schema.some((a) => a.standard && a.name === 'phone_number' && a.required);
    // Every user has a phone number only when it is the one way to sign in: beside a username or an email, it's optional.
    const phoneOnlySignIn = r.signIn.phone && !r.signIn.email && !r.signIn.username;
    if (!phoneRequired && !r.autoVerify.phone && !phoneOnlySignIn) {
      warn(WARNINGS.smsMfaWithoutPhoneNumber, `mfaSecondFactor enables only sms with mfa ${nameIn(Mfa, r.mfa)}, but phone_number is neither `
        + 'required (standardAttributes.phoneNumber.required), auto-verified (autoVerify.phone) nor the only sign-in identifier '
        + '(signInAliases: { phone: true }): '
        + 'users who sign up without a phone number have nowhere to receive MFA codes; require or auto-verify phone_number, or also enable otp');
    }
  }
  const recovery = r.accountRecovery;
  const phoneRecovery = [AccountRecovery.EMAIL_AND_PHONE_WITHOUT_MFA, AccountRecovery.PHONE_WITHOUT_MFA_AND_EMAIL,
    AccountRecovery.PHONE_ONLY_WITHOUT_MFA].includes(recovery);
  if (sms && r.mfa === Mfa.REQUIRED && phoneRecovery) {
    problems.add('phoneRecoveryWithSmsMfa', 'accountRecovery', `accountRecovery ${AccountRecovery[recovery]} recovers by phone, which Cognito refuses while SMS MFA `
      + 'is required ("cannot use verified_phone_number as a recovery mechanism when SMS MFA is configured"): use EMAIL_ONLY, or drop mfaSecondFactor.sms');
  }
  if (email && recovery === AccountRecovery.EMAIL_ONLY) {
    warn(WARNINGS.emailMfaWithEmailRecovery, 'mfaSecondFactor.email with accountRecovery EMAIL_ONLY: email doesn\'t count for recovery '
      + 'for users who have email MFA, so they can\'t recover their accounts themselves');
  }
}

function checkPasswordless(problems: Problems, warn: Warn, r: ResolvedUserPool) {
  const f = r.firstFactors;
  if (!f.password) {
    warn(WARNINGS.passwordSignInOff, 'signInPolicy.allowedFirstAuthFactors.password is false: aws-cdk-lib refuses this and Cognito '
      + 'may too; users who have no passkey or verified email or phone can\'t sign in');
  }
  if (r.passwordless && r.featurePlan === FeaturePlan.LITE) {
    problems.add('passwordlessNeedsPlan', 'signInPolicy.allowedFirstAuthFactors',
      'signInPolicy.allowedFirstAuthFactors allows passwordless sign-in, which needs featurePlan ESSENTIALS or PLUS, got LITE');
  }
  if (f.passkey && r.passkeyRelyingPartyId === undefined) {
    warn(WARNINGS.passkeyWithoutRelyingPartyId, 'signInPolicy.allowedFirstAuthFactors.passkey without passkeyRelyingPartyId: passkeys bind to '
      + 'the pool\'s prefix domain; with a custom domain, set passkeyRelyingPartyId to its name');
  }
  const multiFactor = r.passkeyFactorConfiguration === PasskeyFactorConfiguration.MULTI_FACTOR_WITH_USER_VERIFICATION;
  if (multiFactor && r.passkeyUserVerification !== PasskeyUserVerification.REQUIRED) {
    problems.add('passkeyMfaNeedsUserVerification', 'passkeyFactorConfiguration', 'passkeyFactorConfiguration MULTI_FACTOR_WITH_USER_VERIFICATION needs passkeyUserVerification '
      + `REQUIRED, got ${r.passkeyUserVerification ? nameIn(PasskeyUserVerification, r.passkeyUserVerification) : 'not set'}`);
  }
  if (multiFactor && r.featurePlan === FeaturePlan.LITE) {
    problems.add('passkeyMfaNeedsPlan', 'passkeyFactorConfiguration', 'passkeyFactorConfiguration MULTI_FACTOR_WITH_USER_VERIFICATION needs featurePlan ESSENTIALS or PLUS, got LITE');
  }
  // A default of REQUIRED yields to passwordless sign-in (resolve.ts marks it 'adjusted'): only a given REQUIRED conflicts.
  const mfaRequiredGiven = r.origins.mfa === 'prop' && r.mfa === Mfa.REQUIRED;
  if (mfaRequiredGiven && f.passkey && !multiFactor) {
    problems.add('passkeySignInWithRequiredMfa', 'signInPolicy.allowedFirstAuthFactors.passkey', 'signInPolicy.allowedFirstAuthFactors.passkey with mfa REQUIRED needs '
      + `passkeyFactorConfiguration MULTI_FACTOR_WITH_USER_VERIFICATION, got ${r.passkeyFactorConfiguration ?? 'not set'}: or set mfa to OPTIONAL`);
  }
  if (mfaRequiredGiven && r.otpSignIn) {
    problems.add('otpSignInWithRequiredMfa', 'signInPolicy.allowedFirstAuthFactors', 'signInPolicy.allowedFirstAuthFactors allows one-time-password sign-in, which '
      + 'Cognito refuses with mfa REQUIRED ("Only PASSWORD and WEB_AUTHN (if configured) can be enabled as an auth factor if MFA is enabled"): '
      + 'set mfa to OPTIONAL or remove emailOtp and smsOtp');
  }
  const rpId = r.passkeyRelyingPartyId;
  if (isLiteral(rpId) && !BARE_DOMAIN.test(rpId)) {
    problems.add('passkeyRelyingPartyIdDomain', 'passkeyRelyingPartyId', 'passkeyRelyingPartyId must be a bare domain name such as auth.example.com (no scheme, path, '
      + `port or trailing dot), got ${show(rpId)}: WebAuthn relying party ids are domains, so a URL can never register a passkey`);
  }
}

/**
 * A domain name, as a WebAuthn relying party id must be: labels of letters, digits and hyphens, dot-separated, no
 * trailing dot (https://www.w3.org/TR/webauthn-3/#rp-id). Lengths are the API model's limits, checked separately.
 */
const BARE_DOMAIN = /^(?!-)[A-Za-z0-9-]+(?<!-)(\.(?!-)[A-Za-z0-9-]+(?<!-))*$/;

function checkPasswordPolicy(problems: Problems, r: ResolvedUserPool) {
  const historySize = r.asWritten.passwordHistorySize;
  if (historySize !== undefined && r.featurePlan === FeaturePlan.LITE) {
    problems.add('passwordHistoryNeedsPlan', 'passwordPolicy.passwordHistorySize',
      `passwordPolicy.passwordHistorySize needs featurePlan ESSENTIALS or PLUS, got ${show(historySize)} on LITE`);
  }
  // Undefined only for a given duration: the default is three days.
  if (r.passwordPolicy.tempPasswordValidityDays === undefined) {
    problems.add('tempPasswordValidityNotInDays', 'passwordPolicy.tempPasswordValidity',
      'passwordPolicy.tempPasswordValidity from a token must be given in days: use Duration.days(token)');
  }
}

function checkSchema(problems: Problems, warn: Warn, given: AsWritten) {
  for (const [key, attribute] of Object.entries(given.standardAttributes)) {
    if (!isStandardAttributeKey(key)) {
      problems.add('invalidAttribute', `standardAttributes.${key}`, `standardAttributes.${key} is not a standard attribute: use one of ${Object.keys(STANDARD_ATTRIBUTES).join(', ')}, `
        + 'or customAttributes for your own');
    } else if (attribute !== undefined && attribute !== null && typeof attribute !== 'object') {
      problems.add('invalidAttribute', `standardAttributes.${key}`, `standardAttributes.${key} must be { required?, mutable? }, got ${show(attribute)}`);
    }
  }
  for (const [name, attribute] of Object.entries(given.customAttributes)) {
    if (!isCustomAttribute(attribute)) {
      problems.add('invalidAttribute', `customAttributes.${name}`, `customAttributes.${name} must be a custom attribute (new StringAttribute(), NumberAttribute, `
        + `BooleanAttribute or DateTimeAttribute), got ${show(attribute)}`);
    }
    checkValue(problems, 'Schema[].Name', `customAttributes key ${show(name)}`, name);
    if (name.startsWith('custom:')) {
      warn(WARNINGS.customAttributePrefix, `customAttributes key ${show(name)} includes the custom: prefix, which Cognito adds itself: `
        + `the attribute will be named custom:${name}`);
    }
  }
}

function checkThreatProtection(problems: Problems, warn: Warn, r: ResolvedUserPool) {
  const requested = [
    r.standardThreatProtectionMode !== undefined && r.standardThreatProtectionMode !== StandardThreatProtectionMode.NO_ENFORCEMENT
      ? `standardThreatProtectionMode ${nameIn(StandardThreatProtectionMode, r.standardThreatProtectionMode)}` : undefined,
    r.customThreatProtectionMode !== undefined ? `customThreatProtectionMode ${nameIn(CustomThreatProtectionMode, r.customThreatProtectionMode)}` : undefined,
  ].filter((x): x is string => x !== undefined);
  if (requested.length === 0) { return; }
  if (r.featurePlan === FeaturePlan.ESSENTIALS) {
    problems.add('threatProtectionNeedsPlus', 'featurePlan', `${requested.join(' and ')} needs featurePlan PLUS, got ESSENTIALS`);
  } else if (r.featurePlan === FeaturePlan.LITE) {
    warn(WARNINGS.threatProtectionWithoutPlus, `${requested.join(' and ')} on featurePlan LITE works only for pools that had advanced security `
      + 'before feature plans existed; a new pool needs featurePlan PLUS');
  } else if (Token.isUnresolved(r.featurePlan)) {
    warn(WARNINGS.threatProtectionWithoutPlus, `${requested.join(' and ')} with a featurePlan that is a token: deployment fails unless it resolves to PLUS`);
  }
}

/** A KMS key given where Cognito takes a symmetric key's ARN in the pool's region. */
export function checkKey(problems: Problems, warn: Warn, prop: string, key: ResolvedKey | undefined, env: RuleEnvironment, exportsLogs: boolean) {
  if (!key) { return; }
  if (key.kind === 'alias') {
    problems.add('kmsKey', prop, `${prop} must be a KMS key, not an alias: Cognito takes a key ARN (arn:aws:kms:<region>:<account>:key/<id>), `
      + `got ${show(key.arn)}; pass the key itself, or kms.Key.fromKeyArn(...)`);
    return;
  }
  if (isLiteral(key.keySpec) && key.keySpec !== 'SYMMETRIC_DEFAULT') {
    problems.add('kmsKey', prop, `${prop} must be a symmetric encryption key (keySpec SYMMETRIC_DEFAULT), got keySpec ${key.keySpec}`);
  }
  const region = isLiteral(key.arn) ? key.arn.split(':')[3] : undefined;
  if (region && isLiteral(env.region) && region !== env.region) {
    problems.add('kmsKey', prop, `${prop} must be in the pool's region ${env.region}, got a key in ${region}: Cognito uses keys of its own region only`);
  }
  if (prop === 'encryptionKey' && key.kind === 'imported') {
    const logs = exportsLogs
      ? ', and with logDelivery also its two statements for exported logs (cognito-idp.amazonaws.com with kms:GenerateDataKey and '
        + 'kms:Encrypt, delivery.logs.amazonaws.com with kms:GenerateDataKey and kms:Decrypt)'
      : '';
    warn(WARNINGS.importedEncryptionKey, 'encryptionKey is imported, so this library can\'t add to its key policy: the policy must let '
      + `Cognito use it (cognito-idp.amazonaws.com and identitystore.amazonaws.com)${logs}, as the Cognito data protection guide shows: `
      + 'https://docs.aws.amazon.com/cognito/latest/developerguide/data-protection.html');
  }
}

function checkLifecycle(problems: Problems, warn: Warn, r: ResolvedUserPool) {
  if (r.removalPolicy === RemovalPolicy.SNAPSHOT) {
    problems.add('snapshotRemovalPolicy', 'removalPolicy', 'removalPolicy SNAPSHOT is not supported by AWS::Cognito::UserPool: use RETAIN, RETAIN_ON_UPDATE_OR_DELETE or DESTROY');
  }
  if (r.removalPolicy === RemovalPolicy.DESTROY && r.origins.deletionProtection === 'prop' && r.deletionProtection === true) {
    warn(WARNINGS.deletionProtectionBlocksDestroy, 'removalPolicy DESTROY with deletionProtection true: deleting the stack fails until '
      + 'deletion protection is turned off; set deletionProtection to false, or keep the pool (RETAIN)');
  }
  // DESTROY turns the default deletion protection off (resolve.ts marks it 'adjusted'); a value given says the user chose.
  if (r.origins.deletionProtection === 'adjusted') {
    warn(WARNINGS.destroyDisablesDeletionProtection, 'removalPolicy DESTROY without deletionProtection turns deletion protection off: '
      + 'deleting the stack, or removing the pool from it, deletes the pool and every user in it; to keep them, use removalPolicy RETAIN '
      + 'or set deletionProtection: true; if that is intended, set deletionProtection: false or acknowledge this warning');
  }
}

/**
 * Device remembering (API DeviceConfigurationType): "When you provide a value for any property of
 * DeviceConfiguration, you activate the device remembering for the user pool", and with
 * ChallengeRequiredOnNewDevice "a remembered device can sign in with device authentication instead of SMS and
 * time-based one-time password (TOTP) factors for multi-factor authentication (MFA)".
 */
function checkDevices(warn: Warn, r: ResolvedUserPool) {
  const tracking = r.deviceTracking;
  if (!tracking) { return; }
  if (tracking.challengeRequiredOnNewDevice === false && tracking.deviceOnlyRememberedOnUserPrompt === false) {
    warn(WARNINGS.deviceTrackingAlwaysRemembers, 'deviceTracking has both challengeRequiredOnNewDevice and deviceOnlyRememberedOnUserPrompt '
      + 'false, which turns device remembering on for every device ("always remember"), not off: leave deviceTracking out to '
      + 'remember no device');
  }
  if (tracking.challengeRequiredOnNewDevice === true && r.mfa !== Mfa.OFF) {
    warn(WARNINGS.deviceTrackingSkipsMfa, `deviceTracking.challengeRequiredOnNewDevice is true while mfa is ${nameIn(Mfa, r.mfa)}: a remembered `
      + 'device then signs in with device authentication instead of the SMS or TOTP second factor, so MFA is asked on new '
      + 'devices only; set it to false to ask on every sign-in');
  }
}

