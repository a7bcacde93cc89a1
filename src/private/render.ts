import { type IResolvable, Tokenization } from 'aws-cdk-lib';
import type { CfnUserPool, CfnUserPoolProps } from 'aws-cdk-lib/aws-cognito';
import { AccountRecovery } from '../account-recovery';
import type { EmailEnvironment } from '../email';
import { VerificationEmailStyle } from '../messages';
import { Mfa } from '../mfa';
import type { UserPoolProps } from '../user-pool-props';
import { STANDARD_ATTRIBUTES } from './attribute-names';
import type { ResolvedUserPool } from './resolve';

/** What the construct supplies that pure rendering can't know. */
export interface RenderContext {
  readonly environment: EmailEnvironment;
  readonly smsConfiguration?: CfnUserPool.SmsConfigurationProperty;
  readonly lambdaConfig?: IResolvable;
}

/**
 * Renders the `AWS::Cognito::UserPool` properties. Every default is a literal value, because scanners read literals.
 */
export function renderUserPool(props: UserPoolProps, r: ResolvedUserPool, context: RenderContext): CfnUserPoolProps {
  return {
    userPoolName: props.userPoolName,
    userPoolTier: r.featurePlan,
    deletionProtection: r.deletionProtection ? 'ACTIVE' : 'INACTIVE',
    ...renderSignIn(r),
    usernameConfiguration: { caseSensitive: r.signInCaseSensitive },
    adminCreateUserConfig: renderAdminCreateUser(props, r),
    verificationMessageTemplate: renderVerification(r),
    smsAuthenticationMessage: props.mfaMessage,
    emailAuthenticationMessage: props.emailMfaMessage,
    emailAuthenticationSubject: props.emailMfaSubject,
    mfaConfiguration: r.mfa,
    enabledMfas: renderEnabledMfas(r),
    policies: {
      passwordPolicy: renderPasswordPolicy(r),
      signInPolicy: { allowedFirstAuthFactors: renderFirstFactors(r) },
    },
    webAuthnRelyingPartyId: props.passkeyRelyingPartyId,
    webAuthnUserVerification: r.passkeyUserVerification,
    webAuthnFactorConfiguration: r.passkeyFactorConfiguration,
    emailConfiguration: r.email._render(context.environment),
    smsConfiguration: context.smsConfiguration,
    schema: renderSchema(props),
    accountRecoverySetting: renderAccountRecovery(r.accountRecovery),
    deviceConfiguration: props.deviceTracking,
    userPoolAddOns: renderAddOns(r),
    lambdaConfig: context.lambdaConfig,
  };
}

/** Sign-in identifiers, verification, and verify-before-update. */
export function renderSignIn(r: ResolvedUserPool): Pick<CfnUserPoolProps,
'usernameAttributes' | 'aliasAttributes' | 'autoVerifiedAttributes' | 'userAttributeUpdateSettings'> {
  const { username, email, phone, preferredUsername } = r.signIn;
  const attrs = (flags: { email: boolean; phone: boolean }) =>
    [flags.email ? 'email' : undefined, flags.phone ? 'phone_number' : undefined].filter((a): a is string => a !== undefined);
  const aliases = [...attrs({ email, phone }), ...(preferredUsername ? ['preferred_username'] : [])];
  const keep = attrs(r.keepOriginal);
  const verified = attrs(r.autoVerify);
  return {
    usernameAttributes: username ? undefined : attrs({ email, phone }),
    aliasAttributes: username && aliases.length > 0 ? aliases : undefined,
    autoVerifiedAttributes: verified.length > 0 ? verified : undefined,
    userAttributeUpdateSettings: keep.length > 0 ? { attributesRequireVerificationBeforeUpdate: keep } : undefined,
  };
}

function renderAdminCreateUser(props: UserPoolProps, r: ResolvedUserPool): CfnUserPool.AdminCreateUserConfigProperty {
  const i = props.userInvitation;
  const invite = i && (i.emailBody !== undefined || i.emailSubject !== undefined || i.smsMessage !== undefined)
    ? { emailMessage: i.emailBody, emailSubject: i.emailSubject, smsMessage: i.smsMessage }
    : undefined;
  return { allowAdminCreateUserOnly: !r.selfSignUpEnabled, inviteMessageTemplate: invite };
}

export function renderVerification(r: ResolvedUserPool): CfnUserPool.VerificationMessageTemplateProperty {
  const v = r.verification;
  return v.emailStyle === VerificationEmailStyle.LINK
    ? { defaultEmailOption: v.emailStyle, emailMessageByLink: v.emailBody, emailSubjectByLink: v.emailSubject, smsMessage: v.smsMessage }
    : { defaultEmailOption: v.emailStyle, emailMessage: v.emailBody, emailSubject: v.emailSubject, smsMessage: v.smsMessage };
}

export function renderEnabledMfas(r: ResolvedUserPool): string[] | undefined {
  if (r.mfa === Mfa.OFF) { return undefined; }
  const f = r.mfaSecondFactor;
  return [
    f.sms ? 'SMS_MFA' : undefined,
    f.otp ? 'SOFTWARE_TOKEN_MFA' : undefined,
    f.email ? 'EMAIL_OTP' : undefined,
  ].filter((x): x is string => x !== undefined);
}

export function renderPasswordPolicy(r: ResolvedUserPool): CfnUserPool.PasswordPolicyProperty {
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

export function renderFirstFactors(r: ResolvedUserPool): string[] {
  const f = r.firstFactors;
  return [
    f.password ? 'PASSWORD' : undefined,
    f.emailOtp ? 'EMAIL_OTP' : undefined,
    f.smsOtp ? 'SMS_OTP' : undefined,
    f.passkey ? 'WEB_AUTHN' : undefined,
  ].filter((x): x is string => x !== undefined);
}

/** The schema: standard attributes with their data type (updates fail without it), then custom ones, mutable by default. */
export function renderSchema(props: UserPoolProps): CfnUserPool.SchemaAttributeProperty[] | undefined {
  const standard = Object.entries(props.standardAttributes ?? {})
    .filter(([, attr]) => attr !== undefined)
    .map(([key, attr]) => {
      const spec = STANDARD_ATTRIBUTES[key as keyof typeof STANDARD_ATTRIBUTES];
      return { name: spec.name, attributeDataType: spec.type, mutable: attr!.mutable ?? true, required: attr!.required ?? false };
    });
  const custom = Object.entries(props.customAttributes ?? {}).map(([name, attribute]) => {
    const config = attribute.bind();
    const s = config.stringConstraints;
    const n = config.numberConstraints;
    return {
      name,
      attributeDataType: config.dataType,
      mutable: config.mutable ?? true,
      stringAttributeConstraints: s ? { minLength: numberString(s.minLen), maxLength: numberString(s.maxLen) } : undefined,
      numberAttributeConstraints: n ? { minValue: numberString(n.min), maxValue: numberString(n.max) } : undefined,
    };
  });
  // Sorted by name, so the template doesn't depend on the order keys were written in.
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const schema = [...standard.sort(byName), ...custom.sort(byName)];
  return schema.length > 0 ? schema : undefined;
}

/** The rendered properties the creation-only record reads, in CloudFormation's casing. */
export function creationOnlyProperties(p: CfnUserPoolProps): Record<string, unknown> {
  const schema = (p.schema ?? []) as CfnUserPool.SchemaAttributeProperty[];
  return {
    UsernameAttributes: p.usernameAttributes,
    AliasAttributes: p.aliasAttributes,
    UsernameConfiguration: { CaseSensitive: (p.usernameConfiguration as CfnUserPool.UsernameConfigurationProperty | undefined)?.caseSensitive },
    MfaConfiguration: p.mfaConfiguration,
    Schema: schema.map((a) => {
      const s = a.stringAttributeConstraints as CfnUserPool.StringAttributeConstraintsProperty | undefined;
      const n = a.numberAttributeConstraints as CfnUserPool.NumberAttributeConstraintsProperty | undefined;
      return {
        Name: a.name,
        AttributeDataType: a.attributeDataType,
        Mutable: a.mutable,
        Required: a.required,
        StringAttributeConstraints: s && { MinLength: s.minLength, MaxLength: s.maxLength },
        NumberAttributeConstraints: n && { MinValue: n.minValue, MaxValue: n.maxValue },
      };
    }),
  };
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

export function renderAccountRecovery(recovery: AccountRecovery): CfnUserPool.AccountRecoverySettingProperty | undefined {
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
