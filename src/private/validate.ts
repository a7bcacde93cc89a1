import { RemovalPolicy } from 'aws-cdk-lib';
import { FeaturePlan, StandardThreatProtectionMode } from '../feature-plan';
import { VerificationEmailStyle } from '../messages';
import { Mfa } from '../mfa';
import { PasskeyFactorConfiguration, PasskeyUserVerification } from '../sign-in';
import type { UserPoolProps } from '../user-pool-props';
import type { ResolvedUserPool } from './resolve';
import { isLiteral, Problems, show } from './validation';

/** A synth warning: deploys, but probably not what the user wants. */
export interface PoolWarning {
  /** Stable id, documented in docs/validation.md, for `Annotations.acknowledgeWarning`. */
  readonly id: string;
  readonly message: string;
}

export interface ValidationResult {
  readonly errors: readonly string[];
  readonly warnings: readonly PoolWarning[];
}

const CODE = '{####}';
const LINK = /\{##[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*##\}/u;
const POOL_NAME = /^[\w\s+=,.@-]+$/;
const ATTRIBUTE_NAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;
const MAX_SCHEMA_ATTRIBUTES = 50;

/** Warning ids, prefixed so users can acknowledge them. */
export const WARNINGS = {
  usernameInVerification: 'cdk-secure-user-pool:usernameInVerificationMessage',
  requiredMfaWithOtpSignIn: 'cdk-secure-user-pool:requiredMfaWithOtpSignIn',
  threatProtectionOnLite: 'cdk-secure-user-pool:threatProtectionOnLite',
  emailOnlyMfa: 'cdk-secure-user-pool:emailOtpOnlyMfa',
  smsOnlyMfa: 'cdk-secure-user-pool:smsOnlyMfa',
  cognitoEmailWithSelfSignUp: 'cdk-secure-user-pool:cognitoDefaultEmailWithSelfSignUp',
} as const;

/**
 * Checks a configuration for everything Cognito or CloudFormation would refuse at deploy time.
 * Pure: takes the props as written and their resolved form, returns every problem at once.
 */
export function validateUserPool(props: UserPoolProps, resolved: ResolvedUserPool): ValidationResult {
  const problems = new Problems();
  const warnings: PoolWarning[] = [];
  const warn = (id: string, message: string) => warnings.push({ id, message });

  checkName(problems, props);
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
    problems.add('lambdaTriggers.preTokenGenerationVersion is set without lambdaTriggers.preTokenGeneration: add the function or remove the version');
  }
  if (!resolved.email._usesSes && resolved.selfSignUpEnabled) {
    warn(WARNINGS.cognitoEmailWithSelfSignUp, 'selfSignUpEnabled is true with the Cognito default email sender, '
      + 'whose low daily quota can block sign-ups: use email: UserPoolEmail.withSES(...) in production');
  }
  return { errors: problems.all, warnings };
}

function checkName(problems: Problems, props: UserPoolProps) {
  problems.length('userPoolName', props.userPoolName, 1, 128);
  problems.pattern('userPoolName', props.userPoolName, POOL_NAME, 'letters, digits, spaces and +=,.@-_ only');
}

function checkSignIn(problems: Problems, props: UserPoolProps, r: ResolvedUserPool) {
  const { username, email, phone, preferredUsername } = r.signIn;
  if (!username && !email && !phone) {
    problems.add(`signInAliases must enable at least one of username, email or phone, got ${JSON.stringify(props.signInAliases)}`);
  }
  if (preferredUsername && !username) {
    problems.add('signInAliases.preferredUsername needs signInAliases.username: preferred_username is an alias of the username');
  }
  for (const attr of ['email', 'phone'] as const) {
    if (r.keepOriginal[attr] && !r.autoVerify[attr]) {
      problems.add(`keepOriginal.${attr} needs autoVerify.${attr}: Cognito keeps the original value only of auto-verified attributes`);
    }
  }
}

function checkMfa(problems: Problems, warn: (id: string, m: string) => void, props: UserPoolProps, r: ResolvedUserPool) {
  problems.length('mfaMessage', props.mfaMessage, 6, 140);
  problems.placeholder('mfaMessage', props.mfaMessage, CODE);
  problems.length('emailMfaMessage', props.emailMfaMessage, 6, 20000);
  problems.placeholder('emailMfaMessage', props.emailMfaMessage, CODE);
  problems.length('emailMfaSubject', props.emailMfaSubject, 1, 140);
  if (r.mfa === Mfa.OFF) { return; }
  const { otp, sms, email } = r.mfaSecondFactor;
  if (!otp && !sms && !email) {
    problems.add(`mfaSecondFactor must enable at least one of otp, sms or email when mfa is ${r.mfa}, got ${JSON.stringify(props.mfaSecondFactor)}`);
  }
  if (email) {
    if (!r.email._usesSes) {
      problems.add('mfaSecondFactor.email needs email: UserPoolEmail.withSES(...): Cognito sends MFA codes by email only through SES');
    }
    if (r.featurePlan === FeaturePlan.LITE) {
      problems.add('mfaSecondFactor.email needs featurePlan ESSENTIALS or PLUS, got LITE');
    }
    if (!otp && !sms) {
      warn(WARNINGS.emailOnlyMfa, 'mfaSecondFactor enables only email: CloudFormation fails to create a pool whose only MFA factor is email '
        + '(cloudformation-coverage-roadmap#2221); also enable otp');
    }
  }
  if (sms && !otp && !email) {
    warn(WARNINGS.smsOnlyMfa, 'mfaSecondFactor enables only sms: SMS codes can be intercepted and SMS costs money per message; also enable otp');
  }
}

function checkPasswordless(problems: Problems, warn: (id: string, m: string) => void, props: UserPoolProps, r: ResolvedUserPool) {
  const f = r.firstFactors;
  if (!f.password) {
    problems.add('signInPolicy.allowedFirstAuthFactors.password must be true: password sign-in cannot be turned off');
  }
  const passwordless = f.emailOtp || f.smsOtp || f.passkey;
  if (passwordless && r.featurePlan === FeaturePlan.LITE) {
    problems.add('signInPolicy.allowedFirstAuthFactors allows passwordless sign-in, which needs featurePlan ESSENTIALS or PLUS, got LITE');
  }
  if (f.emailOtp && !r.email._usesSes) {
    problems.add('signInPolicy.allowedFirstAuthFactors.emailOtp needs email: UserPoolEmail.withSES(...): Cognito sends one-time passwords by email only through SES');
  }
  problems.length('passkeyRelyingPartyId', props.passkeyRelyingPartyId, 1, 63);
  const multiFactor = r.passkeyFactorConfiguration === PasskeyFactorConfiguration.MULTI_FACTOR_WITH_USER_VERIFICATION;
  if (multiFactor && r.passkeyUserVerification !== PasskeyUserVerification.REQUIRED) {
    problems.add(`passkeyFactorConfiguration MULTI_FACTOR_WITH_USER_VERIFICATION needs passkeyUserVerification REQUIRED, got ${r.passkeyUserVerification ?? 'not set'}`);
  }
  if (multiFactor && r.featurePlan === FeaturePlan.LITE) {
    problems.add('passkeyFactorConfiguration MULTI_FACTOR_WITH_USER_VERIFICATION needs featurePlan ESSENTIALS or PLUS, got LITE');
  }
  if (props.mfa === Mfa.REQUIRED && f.passkey && !multiFactor) {
    problems.add('signInPolicy.allowedFirstAuthFactors.passkey with mfa REQUIRED needs passkeyFactorConfiguration '
      + `MULTI_FACTOR_WITH_USER_VERIFICATION, got ${r.passkeyFactorConfiguration ?? 'not set'}: or set mfa to OPTIONAL`);
  }
  if (props.mfa === Mfa.REQUIRED && (f.emailOtp || f.smsOtp)) {
    warn(WARNINGS.requiredMfaWithOtpSignIn, 'signInPolicy.allowedFirstAuthFactors allows one-time-password sign-in, but mfa is REQUIRED: '
      + 'users with MFA can\'t sign in with one-time passwords, so no user can; set mfa to OPTIONAL');
  }
}

function checkPasswordPolicy(problems: Problems, props: UserPoolProps, r: ResolvedUserPool) {
  const policy = props.passwordPolicy;
  problems.wholeNumber('passwordPolicy.minLength', policy?.minLength, 6, 99);
  problems.wholeNumber('passwordPolicy.passwordHistorySize', policy?.passwordHistorySize, 0, 24);
  if (policy?.passwordHistorySize !== undefined && r.featurePlan === FeaturePlan.LITE) {
    problems.add(`passwordPolicy.passwordHistorySize needs featurePlan ESSENTIALS or PLUS, got ${show(policy.passwordHistorySize)} on LITE`);
  }
  const validity = policy?.tempPasswordValidity;
  if (validity !== undefined && !validity.isUnresolved()) {
    const days = validity.toHours({ integral: false }) / 24;
    if (!Number.isInteger(days) || days < 0 || days > 365) {
      problems.add(`passwordPolicy.tempPasswordValidity must be whole days from 0 to 365, got ${validity.toHumanString()}`);
    }
  }
}

function checkMessages(problems: Problems, warn: (id: string, m: string) => void, props: UserPoolProps, r: ResolvedUserPool) {
  const v = props.userVerification;
  const link = r.verification.emailStyle === VerificationEmailStyle.LINK;
  problems.length('userVerification.emailSubject', v?.emailSubject, 1, 140);
  problems.length('userVerification.emailBody', v?.emailBody, 6, 20000);
  if (link) {
    problems.pattern('userVerification.emailBody', v?.emailBody, LINK, 'a message with a link placeholder {##link text##} when emailStyle is LINK');
  } else {
    problems.placeholder('userVerification.emailBody', v?.emailBody, CODE);
  }
  problems.length('userVerification.smsMessage', v?.smsMessage, 6, 140);
  problems.placeholder('userVerification.smsMessage', v?.smsMessage, CODE);
  for (const key of ['emailSubject', 'emailBody', 'smsMessage'] as const) {
    const value = v?.[key];
    if (isLiteral(value) && value.includes('{username}')) {
      warn(WARNINGS.usernameInVerification, `userVerification.${key} contains {username}, which Cognito sends literally in verification messages: `
        + 'it is replaced only in invitations');
    }
  }
  const i = props.userInvitation;
  problems.length('userInvitation.emailSubject', i?.emailSubject, 1, 140);
  problems.length('userInvitation.emailBody', i?.emailBody, 6, 20000);
  problems.placeholder('userInvitation.emailBody', i?.emailBody, CODE);
  problems.length('userInvitation.smsMessage', i?.smsMessage, 6, 140);
  problems.placeholder('userInvitation.smsMessage', i?.smsMessage, CODE);
}

function checkSms(problems: Problems, props: UserPoolProps, r: ResolvedUserPool) {
  problems.length('snsRegion', props.snsRegion, 5, 32);
  if (props.enableSmsRole === false && props.smsRole) {
    problems.add('enableSmsRole is false but smsRole is set: remove one of them');
  }
  const smsRequired = (r.mfa !== Mfa.OFF && r.mfaSecondFactor.sms) || r.firstFactors.smsOtp;
  if (props.enableSmsRole === false && !props.smsRole && smsRequired) {
    problems.add('enableSmsRole is false, but SMS MFA or SMS one-time-password sign-in needs an SMS role: pass smsRole or remove enableSmsRole');
  }
}

function checkSchema(problems: Problems, props: UserPoolProps) {
  const custom = Object.keys(props.customAttributes ?? {});
  for (const name of custom) {
    problems.length(`customAttributes key ${show(name)}`, name, 1, 20);
    problems.pattern(`customAttributes key ${show(name)}`, name, ATTRIBUTE_NAME, 'printable characters without spaces');
    if (name.startsWith('custom:')) {
      problems.add(`customAttributes key ${show(name)} must not include the custom: prefix, which Cognito adds`);
    }
  }
  const standard = Object.values(props.standardAttributes ?? {}).filter((a) => a !== undefined).length;
  if (standard + custom.length > MAX_SCHEMA_ATTRIBUTES) {
    problems.add(`standardAttributes and customAttributes may hold at most ${MAX_SCHEMA_ATTRIBUTES} attributes together, got ${standard + custom.length}`);
  }
}

function checkThreatProtection(problems: Problems, warn: (id: string, m: string) => void, props: UserPoolProps, r: ResolvedUserPool) {
  const requested = [
    props.standardThreatProtectionMode !== undefined && props.standardThreatProtectionMode !== StandardThreatProtectionMode.NO_ENFORCEMENT
      ? `standardThreatProtectionMode ${props.standardThreatProtectionMode}` : undefined,
    props.customThreatProtectionMode !== undefined ? `customThreatProtectionMode ${props.customThreatProtectionMode}` : undefined,
  ].filter((x): x is string => x !== undefined);
  if (requested.length === 0) { return; }
  if (r.featurePlan === FeaturePlan.ESSENTIALS) {
    problems.add(`${requested.join(' and ')} needs featurePlan PLUS, got ESSENTIALS`);
  } else if (r.featurePlan === FeaturePlan.LITE) {
    warn(WARNINGS.threatProtectionOnLite, `${requested.join(' and ')} on featurePlan LITE works only for pools that had advanced security `
      + 'before feature plans existed; a new pool needs featurePlan PLUS');
  }
}

function checkLifecycle(problems: Problems, props: UserPoolProps, r: ResolvedUserPool) {
  if (r.removalPolicy === RemovalPolicy.SNAPSHOT) {
    problems.add('removalPolicy SNAPSHOT is not supported by AWS::Cognito::UserPool: use RETAIN, RETAIN_ON_UPDATE_OR_DELETE or DESTROY');
  }
  if (r.removalPolicy === RemovalPolicy.DESTROY && props.deletionProtection === true) {
    problems.add('removalPolicy DESTROY with deletionProtection true makes stack deletion fail: set deletionProtection to false or keep the pool (RETAIN)');
  }
}
