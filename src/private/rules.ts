import { RemovalPolicy, Token } from 'aws-cdk-lib';
import { FeaturePlan, StandardThreatProtectionMode } from '../feature-plan';
import { VerificationEmailStyle } from '../messages';
import { Mfa } from '../mfa';
import { PasskeyFactorConfiguration, PasskeyUserVerification } from '../sign-in';
import type { UserPoolProps } from '../user-pool-props';
import { checkValue } from './api-limits';
import { API_CONSTRAINTS } from './constraints.generated';
import { isLiteral, type Problems } from './problems';
import type { ResolvedUserPool } from './resolve';
import { show } from './show';

/** A synth warning: deploys, but probably not what the user wants. */
export interface PoolWarning {
  /** Stable id, documented in docs/validation.md, for `Annotations.acknowledgeWarning`. */
  readonly id: string;
  readonly message: string;
}

/** The placeholder part (`\{####\}`, `\{##…##\}`) of the API model's pattern for a message property. */
function placeholderPattern(cfnPath: string): string {
  return /\\\{#.*?#\\\}/.exec(API_CONSTRAINTS[cfnPath].patterns![0])![0];
}
/** The code placeholder, `{####}`. */
const CODE = placeholderPattern('VerificationMessageTemplate.EmailMessage').replace(/\\/g, '');
/** The link placeholder, `{##link text##}`. */
const LINK = new RegExp(placeholderPattern('VerificationMessageTemplate.EmailMessageByLink'), 'u');

/** Each warning's id is its key, prefixed so users can acknowledge it. docs/validation.md lists each. */
function warningIds<K extends string>(...names: K[]): { readonly [N in K]: `cdk-secure-user-pool:${N}` } {
  return Object.fromEntries(names.map((name) => [name, `cdk-secure-user-pool:${name}`])) as { [N in K]: `cdk-secure-user-pool:${N}` };
}

export const WARNINGS = warningIds(
  'usernameInVerificationMessage',
  'invitationWithoutUsername',
  'customEmailWithCognitoSender',
  'requiredMfaWithOtpSignIn',
  'threatProtectionWithoutPlus',
  'emailOtpOnlyMfa',
  'smsOnlyMfa',
  'cognitoDefaultEmailWithSelfSignUp',
  'passwordSignInOff',
  'passkeyWithoutRelyingPartyId',
);

type Warn = (id: string, message: string) => void;

/**
 * The rules no single property's limits express: placeholders, combinations, plan gating, lifecycle.
 * Per-property limits (lengths, ranges, patterns, enums, list sizes) come from the API model, in `api-check.ts`.
 * Pure: adds every error to `problems` and returns the warnings.
 */
export function validateUserPool(props: UserPoolProps, resolved: ResolvedUserPool, problems: Problems): PoolWarning[] {
  const warnings: PoolWarning[] = [];
  const warn: Warn = (id, message) => warnings.push({ id, message });
  checkSignIn(problems, props, resolved);
  checkMfa(problems, warn, props, resolved);
  checkPasswordless(problems, warn, props, resolved);
  checkPasswordPolicy(problems, props, resolved);
  checkMessages(problems, warn, props, resolved);
  checkSms(problems, props, resolved);
  checkSchema(problems, props);
  checkThreatProtection(problems, warn, props, resolved);
  checkLifecycle(problems, props, resolved);
  if (props.lambdaTriggers?.preTokenGenerationVersion !== undefined && props.lambdaTriggers.preTokenGeneration === undefined) {
    problems.add('lambdaTriggers.preTokenGenerationVersion',
      'lambdaTriggers.preTokenGenerationVersion is set without lambdaTriggers.preTokenGeneration: add the function or remove the version');
  }
  if (!resolved.email._usesSes && resolved.selfSignUpEnabled) {
    warn(WARNINGS.cognitoDefaultEmailWithSelfSignUp, 'selfSignUpEnabled is true with the Cognito default email sender, '
      + 'whose low daily quota can block sign-ups: use email: UserPoolEmail.withSES(...) in production');
  }
  return warnings;
}

function checkSignIn(problems: Problems, props: UserPoolProps, r: ResolvedUserPool) {
  const { username, email, phone, preferredUsername } = r.signIn;
  if (!username && !email && !phone) {
    problems.add('signInAliases', `signInAliases must enable at least one of username, email or phone, got ${show(props.signInAliases)}`);
  }
  if (preferredUsername && !username) {
    problems.add('signInAliases.preferredUsername',
      'signInAliases.preferredUsername needs signInAliases.username: preferred_username is an alias of the username');
  }
  for (const attr of ['email', 'phone'] as const) {
    if (r.keepOriginal[attr] && !r.autoVerify[attr]) {
      problems.add(`keepOriginal.${attr}`,
        `keepOriginal.${attr} needs autoVerify.${attr}: Cognito keeps the original value only of auto-verified attributes`);
    }
  }
}

function checkMfa(problems: Problems, warn: Warn, props: UserPoolProps, r: ResolvedUserPool) {
  problems.placeholder('mfaMessage', props.mfaMessage, CODE);
  problems.placeholder('emailMfaMessage', props.emailMfaMessage, CODE);
  if (r.mfa === Mfa.OFF) { return; }
  const { otp, sms, email } = r.mfaSecondFactor;
  if (!otp && !sms && !email) {
    problems.add('mfaSecondFactor', `mfaSecondFactor must enable at least one of otp, sms or email when mfa is ${r.mfa}, got ${show(props.mfaSecondFactor)}`);
  }
  if (email && !r.email._usesSes) {
    problems.add('mfaSecondFactor.email', 'mfaSecondFactor.email needs email: UserPoolEmail.withSES(...): Cognito sends MFA codes by email only through SES');
  }
  if (email && r.featurePlan === FeaturePlan.LITE) {
    problems.add('mfaSecondFactor.email', 'mfaSecondFactor.email needs featurePlan ESSENTIALS or PLUS, got LITE');
  }
  if (email && !otp && !sms) {
    warn(WARNINGS.emailOtpOnlyMfa, 'mfaSecondFactor enables only email: CloudFormation fails to create a pool whose only MFA factor is email '
      + '(cloudformation-coverage-roadmap#2221); also enable otp');
  }
  if (sms && !otp && !email) {
    warn(WARNINGS.smsOnlyMfa, 'mfaSecondFactor enables only sms: SMS codes can be intercepted and cost money per message; also enable otp');
  }
}

function checkPasswordless(problems: Problems, warn: Warn, props: UserPoolProps, r: ResolvedUserPool) {
  const f = r.firstFactors;
  if (!f.password) {
    warn(WARNINGS.passwordSignInOff, 'signInPolicy.allowedFirstAuthFactors.password is false: aws-cdk-lib refuses this and Cognito '
      + 'may too; users who have no passkey or verified email or phone can\'t sign in');
  }
  const passwordless = f.emailOtp || f.smsOtp || f.passkey;
  if (passwordless && r.featurePlan === FeaturePlan.LITE) {
    problems.add('signInPolicy.allowedFirstAuthFactors',
      'signInPolicy.allowedFirstAuthFactors allows passwordless sign-in, which needs featurePlan ESSENTIALS or PLUS, got LITE');
  }
  if (f.emailOtp && !r.email._usesSes) {
    problems.add('signInPolicy.allowedFirstAuthFactors.emailOtp', 'signInPolicy.allowedFirstAuthFactors.emailOtp needs '
      + 'email: UserPoolEmail.withSES(...): Cognito sends one-time passwords by email only through SES');
  }
  if (f.passkey && props.passkeyRelyingPartyId === undefined) {
    warn(WARNINGS.passkeyWithoutRelyingPartyId, 'signInPolicy.allowedFirstAuthFactors.passkey without passkeyRelyingPartyId: passkeys bind to '
      + 'the pool\'s prefix domain; with a custom domain, set passkeyRelyingPartyId to its name');
  }
  const multiFactor = r.passkeyFactorConfiguration === PasskeyFactorConfiguration.MULTI_FACTOR_WITH_USER_VERIFICATION;
  if (multiFactor && r.passkeyUserVerification !== PasskeyUserVerification.REQUIRED) {
    problems.add('passkeyFactorConfiguration', 'passkeyFactorConfiguration MULTI_FACTOR_WITH_USER_VERIFICATION needs passkeyUserVerification '
      + `REQUIRED, got ${r.passkeyUserVerification ?? 'not set'}`);
  }
  if (multiFactor && r.featurePlan === FeaturePlan.LITE) {
    problems.add('passkeyFactorConfiguration', 'passkeyFactorConfiguration MULTI_FACTOR_WITH_USER_VERIFICATION needs featurePlan ESSENTIALS or PLUS, got LITE');
  }
  if (props.mfa === Mfa.REQUIRED && f.passkey && !multiFactor) {
    problems.add('signInPolicy.allowedFirstAuthFactors.passkey', 'signInPolicy.allowedFirstAuthFactors.passkey with mfa REQUIRED needs '
      + `passkeyFactorConfiguration MULTI_FACTOR_WITH_USER_VERIFICATION, got ${r.passkeyFactorConfiguration ?? 'not set'}: or set mfa to OPTIONAL`);
  }
  if (props.mfa === Mfa.REQUIRED && (f.emailOtp || f.smsOtp)) {
    warn(WARNINGS.requiredMfaWithOtpSignIn, 'signInPolicy.allowedFirstAuthFactors allows one-time-password sign-in, but mfa is REQUIRED: '
      + 'users with MFA can\'t sign in with one-time passwords, so no user can; set mfa to OPTIONAL');
  }
}

function checkPasswordPolicy(problems: Problems, props: UserPoolProps, r: ResolvedUserPool) {
  const policy = props.passwordPolicy;
  if (policy?.passwordHistorySize !== undefined && r.featurePlan === FeaturePlan.LITE) {
    problems.add('passwordPolicy.passwordHistorySize',
      `passwordPolicy.passwordHistorySize needs featurePlan ESSENTIALS or PLUS, got ${show(policy.passwordHistorySize)} on LITE`);
  }
  if (policy?.tempPasswordValidity !== undefined && r.passwordPolicy.tempPasswordValidityDays === undefined) {
    problems.add('passwordPolicy.tempPasswordValidity',
      'passwordPolicy.tempPasswordValidity from a token must be given in days: use Duration.days(token)');
  }
}

function checkMessages(problems: Problems, warn: Warn, props: UserPoolProps, r: ResolvedUserPool) {
  const v = props.userVerification;
  if (r.verification.emailStyle === VerificationEmailStyle.LINK) {
    problems.pattern('userVerification.emailBody', v?.emailBody, LINK, 'a message with a link placeholder {##link text##} when emailStyle is LINK');
  } else {
    problems.placeholder('userVerification.emailBody', v?.emailBody, CODE);
  }
  problems.placeholder('userVerification.smsMessage', v?.smsMessage, CODE);
  for (const key of ['emailSubject', 'emailBody', 'smsMessage'] as const) {
    const value = v?.[key];
    if (isLiteral(value) && value.includes('{username}')) {
      warn(WARNINGS.usernameInVerificationMessage, `userVerification.${key} contains {username}, which Cognito sends literally in `
        + 'verification messages: it is replaced only in invitations');
    }
  }
  const i = props.userInvitation;
  problems.placeholder('userInvitation.emailBody', i?.emailBody, CODE);
  problems.placeholder('userInvitation.smsMessage', i?.smsMessage, CODE);
  for (const key of ['emailBody', 'smsMessage'] as const) {
    const value = i?.[key];
    if (isLiteral(value) && !value.includes('{username}')) {
      warn(WARNINGS.invitationWithoutUsername, `userInvitation.${key} has no {username}: invited users won't learn their username `
        + '(Cognito may also refuse it)');
    }
  }
  const customEmail = [v?.emailBody, v?.emailSubject, i?.emailBody, i?.emailSubject].some((x) => x !== undefined);
  if (customEmail && !r.email._usesSes) {
    warn(WARNINGS.customEmailWithCognitoSender, 'custom email messages with the Cognito default sender: Cognito documents them as '
      + 'allowed only with SES (email: UserPoolEmail.withSES(...)), though deployments usually succeed');
  }
}

function checkSms(problems: Problems, props: UserPoolProps, r: ResolvedUserPool) {
  if (props.enableSmsRole === false && props.smsRole) {
    problems.add('enableSmsRole', 'enableSmsRole is false but smsRole is set: remove one of them');
  }
  const smsRequired = (r.mfa !== Mfa.OFF && r.mfaSecondFactor.sms) || r.firstFactors.smsOtp;
  if (props.enableSmsRole === false && !props.smsRole && smsRequired) {
    problems.add('enableSmsRole', 'enableSmsRole is false, but SMS MFA or SMS one-time-password sign-in needs an SMS role: '
      + 'pass smsRole or remove enableSmsRole');
  }
}

function checkSchema(problems: Problems, props: UserPoolProps) {
  for (const name of Object.keys(props.customAttributes ?? {})) {
    checkValue(problems, 'Schema[].Name', `customAttributes key ${show(name)}`, name);
    if (name.startsWith('custom:')) {
      problems.add(`customAttributes key ${show(name)}`, `customAttributes key ${show(name)} must not include the custom: prefix, which Cognito adds`);
    }
  }
}

function checkThreatProtection(problems: Problems, warn: Warn, props: UserPoolProps, r: ResolvedUserPool) {
  const requested = [
    r.standardThreatProtectionMode !== undefined && r.standardThreatProtectionMode !== StandardThreatProtectionMode.NO_ENFORCEMENT
      ? `standardThreatProtectionMode ${r.standardThreatProtectionMode}` : undefined,
    r.customThreatProtectionMode !== undefined ? `customThreatProtectionMode ${r.customThreatProtectionMode}` : undefined,
  ].filter((x): x is string => x !== undefined);
  if (requested.length === 0) { return; }
  if (r.featurePlan === FeaturePlan.ESSENTIALS) {
    problems.add('featurePlan', `${requested.join(' and ')} needs featurePlan PLUS, got ESSENTIALS`);
  } else if (r.featurePlan === FeaturePlan.LITE) {
    warn(WARNINGS.threatProtectionWithoutPlus, `${requested.join(' and ')} on featurePlan LITE works only for pools that had advanced security `
      + 'before feature plans existed; a new pool needs featurePlan PLUS');
  } else if (Token.isUnresolved(props.featurePlan)) {
    warn(WARNINGS.threatProtectionWithoutPlus, `${requested.join(' and ')} with a featurePlan that is a token: deployment fails unless it resolves to PLUS`);
  }
}

function checkLifecycle(problems: Problems, props: UserPoolProps, r: ResolvedUserPool) {
  if (r.removalPolicy === RemovalPolicy.SNAPSHOT) {
    problems.add('removalPolicy', 'removalPolicy SNAPSHOT is not supported by AWS::Cognito::UserPool: use RETAIN, RETAIN_ON_UPDATE_OR_DELETE or DESTROY');
  }
  if (r.removalPolicy === RemovalPolicy.DESTROY && props.deletionProtection === true) {
    problems.add('deletionProtection', 'removalPolicy DESTROY with deletionProtection true makes stack deletion fail: '
      + 'set deletionProtection to false or keep the pool (RETAIN)');
  }
}
