import type { ResolvedUserPool } from './resolve';
import { API_CONSTRAINTS } from '../../checks/constraints.generated';
import { isLiteral, type Problems } from '../../checks/problems';
import { REGION_CODE, REQUIRED_SNS_REGION, SES_REGIONS } from '../../checks/regions';
import { VerificationEmailStyle } from '../../messages';
import { Mfa } from '../../mfa';
import { checkEndUserMessagingSms } from '../sms';
import { WARNINGS, type Warn } from '../warnings';

/**
 * The rules for what Cognito sends and how: message placeholders, the email sender, SES and SNS regions, and the
 * direct path to AWS End User Messaging SMS (src/private/sms.ts).
 * docs/validation.md gives each rule's source.
 */

/** The placeholder part (`\{####\}`, `\{##…##\}`) of the API model's pattern for a message property. */
function placeholderPattern(cfnPath: string): string {
  return /\\\{#.*?#\\\}/.exec(API_CONSTRAINTS[cfnPath].patterns![0])![0];
}
/** The code placeholder, `{####}`. */
export const CODE = placeholderPattern('VerificationMessageTemplate.EmailMessage').replace(/\\/g, '');
/**
 * The link placeholder, with at least one character of link text: the API model's pattern also matches `{####}`
 * as an empty link, which the service refuses ("The message is invalid": aws/aws-cdk#6811, aws-amplify/amplify-cli#5907).
 */
const LINK = new RegExp(placeholderPattern('VerificationMessageTemplate.EmailMessageByLink').replace(/\]\*##\\\}$/, ']+##\\}'), 'u');

/** Where the pool is: the region, when known. */
export interface RuleEnvironment {
  readonly region?: string;
  readonly account?: string;
}

/** Checks the templates as written (`asWritten.verification`, `invitation`, `mfaMessages`): a default needs no check. */
export function checkMessages(problems: Problems, warn: Warn, r: ResolvedUserPool): void {
  problems.placeholder('placeholder', 'mfaMessage', r.mfaMessages.smsMessage, CODE);
  problems.placeholder('placeholder', 'emailMfaMessage', r.mfaMessages.emailBody, CODE);
  const v = r.asWritten.verification;
  if (r.verification.emailStyle === VerificationEmailStyle.LINK) {
    problems.pattern('placeholder', 'userVerification.emailBody', v.emailBody, LINK,
      'a message with a link placeholder {##link text##}, with at least one character of text, when emailStyle is LINK');
  } else {
    problems.placeholder('placeholder', 'userVerification.emailBody', v.emailBody, CODE);
  }
  problems.placeholder('placeholder', 'userVerification.smsMessage', v.smsMessage, CODE);
  for (const key of ['emailSubject', 'emailBody', 'smsMessage'] as const) {
    const value = v[key];
    if (isLiteral(value) && value.includes('{username}')) {
      warn(WARNINGS.usernameInVerificationMessage, `userVerification.${key} contains {username}, which Cognito sends literally in `
        + 'verification messages: it is replaced only in invitations');
    }
  }
  const i = r.invitation;
  for (const key of ['emailBody', 'smsMessage'] as const) {
    const value = i?.[key];
    if (isLiteral(value) && !value.includes('{username}')) {
      warn(WARNINGS.invitationWithoutUsername, `userInvitation.${key} has no {username}: invited users won't learn their username`);
    }
    if (isLiteral(value) && !value.includes(CODE) && r.firstFactors.password) {
      warn(WARNINGS.invitationWithoutTemporaryPassword, `userInvitation.${key} has no ${CODE}: users invited with a temporary password `
        + `won't learn it; include ${CODE} unless you invite users without passwords`);
    }
  }
}

export function checkEmail(problems: Problems, warn: Warn, r: ResolvedUserPool, env: RuleEnvironment): void {
  const ses = r.email._usesSes;
  const v = r.asWritten.verification;
  const i = r.invitation;
  const customEmail = [v.emailBody, v.emailSubject, i?.emailBody, i?.emailSubject].some((x) => x !== undefined);
  if (customEmail && !ses) {
    warn(WARNINGS.customEmailWithCognitoSender, 'custom email messages with the Cognito default sender: the API documents them as '
      + 'allowed only with SES (email: UserPoolEmail.withSES(...)), though no deploy is known to fail on it');
  }
  const emailMfaMessage = r.mfaMessages.emailBody !== undefined || r.mfaMessages.emailSubject !== undefined;
  if (emailMfaMessage && r.mfa === Mfa.OFF) {
    problems.add('emailMfaMessageWithMfaOff', 'emailMfaMessage', 'emailMfaMessage and emailMfaSubject configure email MFA, which mfa OFF rejects ("can\'t turn off MFA '
      + 'and configure an MFA together"): remove them or set mfa to OPTIONAL or REQUIRED');
  } else if (emailMfaMessage && !ses) {
    warn(WARNINGS.emailMfaMessageWithCognitoSender, 'emailMfaMessage or emailMfaSubject with the Cognito default sender: Cognito refuses '
      + 'email MFA settings on a pool that doesn\'t send through SES; use email: UserPoolEmail.withSES(...)');
  }
  if (r.firstFactors.emailOtp && !ses) {
    warn(WARNINGS.emailOtpWithCognitoSender, 'signInPolicy.allowedFirstAuthFactors.emailOtp with the Cognito default sender: one-time '
      + 'passwords count against its low daily email quota, so sign-in stops when it runs out; use email: UserPoolEmail.withSES(...) in production');
  }
  if (!ses && r.selfSignUpEnabled) {
    warn(WARNINGS.cognitoDefaultEmailWithSelfSignUp, 'selfSignUpEnabled is true with the Cognito default email sender, '
      + 'whose low daily quota can block sign-ups: use email: UserPoolEmail.withSES(...) in production');
  }
  const sesRegion = r.email._sesRegion ?? env.region;
  if (ses && isLiteral(env.region) && isLiteral(sesRegion) && REGION_CODE.test(sesRegion)) {
    const allowed = SES_REGIONS[env.region];
    if (allowed && !allowed.includes(sesRegion)) {
      problems.add('sesRegionForPool', 'UserPoolEmail.withSES sesRegion', `UserPoolEmail.withSES sesRegion must be one of ${allowed.join(', ')} for a pool in `
        + `${env.region}, got ${sesRegion}: Cognito sends through SES only in those regions`);
    } else if (!allowed && sesRegion !== env.region) {
      warn(WARNINGS.sesRegionNotListed, `UserPoolEmail.withSES sesRegion ${sesRegion} for a pool in ${env.region}: Cognito's SES region `
        + `table doesn't list ${env.region}, whose pools send through SES in their own region; check the Cognito email settings guide`);
    }
  }
}

export function checkSms(problems: Problems, warn: Warn, r: ResolvedUserPool, env: RuleEnvironment): void {
  const { enableSmsRole, smsRole, smsRoleExternalId } = r.asWritten;
  if (enableSmsRole === false && smsRole) {
    problems.add('smsRoleDisabledWithSmsRole', 'enableSmsRole', 'enableSmsRole is false but smsRole is set: remove one of them');
  }
  const smsMfa = r.mfa !== Mfa.OFF && r.mfaSecondFactor.sms;
  if (enableSmsRole === false && !smsRole && (smsMfa || r.firstFactors.smsOtp)) {
    problems.add('smsRoleDisabledButNeeded', 'enableSmsRole', 'enableSmsRole is false, but SMS MFA or SMS one-time-password sign-in needs an SMS role: '
      + 'pass smsRole or remove enableSmsRole');
  }
  const phoneMessages = [r.signIn.phone && 'signInAliases.phone', r.autoVerify.phone && 'autoVerify.phone'].filter((x): x is string => !!x);
  if (enableSmsRole === false && !smsRole && phoneMessages.length > 0) {
    warn(WARNINGS.phoneWithoutSms, `${phoneMessages.join(' and ')} with enableSmsRole false and no smsRole: the pool has no SMS configuration, `
      + 'so Cognito can\'t send phone verification codes (or forgot-password codes by SMS); pass smsRole or remove enableSmsRole');
  }
  if (smsRole && smsRoleExternalId === undefined && smsMfa) {
    warn(WARNINGS.smsRoleWithoutExternalId, 'smsRole without smsRoleExternalId while SMS MFA is on: Cognito sends MFA codes by SMS only '
      + 'when the role\'s trust policy has an sts:ExternalId condition matching the pool\'s external id; set smsRoleExternalId');
  }
  checkEndUserMessagingSms(problems, warn, { endUserMessagingSms: r.asWritten.endUserMessagingSms, snsRegion: r.snsRegion, enableSmsRole, smsRole },
    env.region);
  const snsRegion = r.snsRegion;
  problems.pattern('regionCode', 'snsRegion', snsRegion, REGION_CODE, 'a region code such as us-east-1');
  const required = isLiteral(env.region) ? REQUIRED_SNS_REGION[env.region] : undefined;
  if (required && isLiteral(snsRegion) && REGION_CODE.test(snsRegion) && snsRegion !== required) {
    problems.add('snsRegionForPool', 'snsRegion', `snsRegion must be ${required} for a pool in ${env.region}, got ${snsRegion}: Cognito pools there send SMS `
      + `through Amazon SNS in ${required}`);
  }
}
