import { Duration } from 'aws-cdk-lib';
import {
  AccountRecovery, BooleanAttribute, CreationOnlyDefaults, CustomThreatProtectionMode, FeaturePlan, Mfa, NumberAttribute,
  StandardThreatProtectionMode, StringAttribute, UserPoolEmail, type UserPoolProps, VerificationEmailStyle,
} from '../../../src';
import { renderUserPool } from '../../../src/private/pool/render';
import { resolveUserPool } from '../../../src/private/pool/resolve';
import { defaultsRecordOf } from '../../../src/private/pool-metadata';
import { RENDER_ENV } from '../../util';

// Pure functions: no App, no Stack. Every property is read through renderUserPool, the one renderer the construct
// calls, so a sub-renderer's output is tested where it lands.

/** The CloudFormation properties (the L1's, camelCase) rendered for these props. */
function render(props: UserPoolProps = {}) {
  return renderUserPool(resolveUserPool(props), { environment: RENDER_ENV }).properties;
}

describe('renderUserPool', () => {
  test('renders literals for every default', () => {
    const rendered = renderUserPool(resolveUserPool({}), { environment: RENDER_ENV });
    const out = rendered.properties;
    expect(out).toMatchObject({
      userPoolTier: 'PLUS',
      deletionProtection: 'ACTIVE',
      usernameAttributes: ['email'],
      usernameConfiguration: { caseSensitive: false },
      mfaConfiguration: 'ON',
      enabledMfas: ['SOFTWARE_TOKEN_MFA'],
      emailConfiguration: { emailSendingAccount: 'COGNITO_DEFAULT' },
      userPoolAddOns: { advancedSecurityMode: 'ENFORCED', advancedSecurityAdditionalFlows: { customAuthMode: 'ENFORCED' } },
    });
    expect(rendered.unmodelled).toEqual({});
    expect(out.smsConfiguration).toBeUndefined();
    expect(out.schema).toBeUndefined();
  });

  test('builds the SES identity ARN from the environment', () => {
    // Another region and account than the shared fixture's, so the ARN can only have them from the environment.
    const environment = { ...RENDER_ENV, region: 'eu-west-1', account: '111122223333' };
    const email = UserPoolEmail.withSES({ fromEmail: 'noreply@example.com', fromName: 'Example App' });
    const out = renderUserPool(resolveUserPool({ email }), { environment }).properties;
    expect(out.emailConfiguration).toEqual({
      emailSendingAccount: 'DEVELOPER',
      from: 'Example App <noreply@example.com>',
      sourceArn: 'arn:aws:ses:eu-west-1:111122223333:identity/noreply@example.com',
      configurationSet: undefined,
      replyToEmailAddress: undefined,
    });
  });
});

describe('creationOnlyDefaults AWS_CDK_LIB', () => {
  const AWS_CDK_LIB = CreationOnlyDefaults.AWS_CDK_LIB;

  test('the settings left out render as aws-cdk-lib renders them; the rest keeps this library\'s defaults', () => {
    const out = render({ creationOnlyDefaults: AWS_CDK_LIB });
    expect(out.usernameAttributes).toBeUndefined();
    expect(out.aliasAttributes).toBeUndefined();
    expect(out.usernameConfiguration).toBeUndefined();
    expect(out.mfaConfiguration).toBe('OFF');
    expect(out.schema).toBeUndefined();
    expect(out).toMatchObject({ userPoolTier: 'PLUS', deletionProtection: 'ACTIVE', accountRecoverySetting: { recoveryMechanisms: [{ name: 'verified_email', priority: 1 }] } });
  });

  test('MFA turned on without factors is SMS, as in aws-cdk-lib', () => {
    expect(render({ creationOnlyDefaults: AWS_CDK_LIB, mfa: Mfa.OPTIONAL }).enabledMfas).toEqual(['SMS_MFA']);
    expect(render({ mfa: Mfa.OPTIONAL }).enabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
  });

  test('attributes: standard ones without a data type, custom ones without Mutable unless given', () => {
    const schema = render({
      creationOnlyDefaults: AWS_CDK_LIB,
      standardAttributes: { email: { required: true } },
      customAttributes: {
        tier: new StringAttribute(), score: new NumberAttribute({ mutable: true }), admin: new BooleanAttribute({ mutable: false }),
      },
    }).schema as Array<Record<string, unknown>>;
    expect(schema).toEqual([
      { name: 'email', mutable: true, required: true },
      { name: 'tier', attributeDataType: 'String' },
      { name: 'score', attributeDataType: 'Number', mutable: true },
      { name: 'admin', attributeDataType: 'Boolean', mutable: false },
    ].map((a) => expect.objectContaining(a)));
    expect(schema[0].attributeDataType).toBeUndefined();
    expect(schema[1].mutable).toBeUndefined();
  });

  test('what is given is rendered as given', () => {
    const out = render({ creationOnlyDefaults: AWS_CDK_LIB, signInAliases: { email: true }, signInCaseSensitive: false, mfa: Mfa.REQUIRED });
    expect(out).toMatchObject({ usernameAttributes: ['email'], usernameConfiguration: { caseSensitive: false }, mfaConfiguration: 'ON' });
  });
});

describe('sign-in identifiers', () => {
  test('email and phone as usernames', () => {
    const out = render({ signInAliases: { email: true, phone: true } });
    expect(out.usernameAttributes).toEqual(['email', 'phone_number']);
    expect(out.aliasAttributes).toBeUndefined();
    expect(out.autoVerifiedAttributes).toEqual(['email', 'phone_number']);
    expect(out.userAttributeUpdateSettings).toEqual({ attributesRequireVerificationBeforeUpdate: ['email', 'phone_number'] });
  });

  test('username with aliases', () => {
    const out = render({ signInAliases: { username: true, email: true, preferredUsername: true } });
    expect(out.usernameAttributes).toBeUndefined();
    expect(out.aliasAttributes).toEqual(['email', 'preferred_username']);
  });

  test('username alone renders no aliases', () => {
    const out = render({ signInAliases: { username: true } });
    expect(out.usernameAttributes).toBeUndefined();
    expect(out.aliasAttributes).toBeUndefined();
    expect(out.autoVerifiedAttributes).toEqual(['email']);
  });
});

describe('the other properties', () => {
  test('enabled MFA factors in a stable order', () => {
    expect(render({ mfaSecondFactor: { sms: true, otp: true, email: true } }).enabledMfas).toEqual(['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']);
    expect(render({ mfa: Mfa.OFF, mfaSecondFactor: { sms: true, otp: true } }).enabledMfas).toBeUndefined();
  });

  test('password policy merges explicit fields with defaults', () => {
    const passwordPolicy = { minLength: 16, requireSymbols: false, tempPasswordValidity: Duration.days(7) };
    expect(render({ passwordPolicy }).policies).toMatchObject({
      passwordPolicy: {
        minimumLength: 16,
        requireLowercase: true,
        requireUppercase: true,
        requireNumbers: true,
        requireSymbols: false,
        temporaryPasswordValidityDays: 7,
        passwordHistorySize: 5,
      },
    });
  });

  test('first factors', () => {
    const allowedFirstAuthFactors = { password: true, emailOtp: true, smsOtp: true, passkey: true };
    expect(render({ signInPolicy: { allowedFirstAuthFactors } }).policies)
      .toMatchObject({ signInPolicy: { allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] } });
  });

  test('link-style verification renders the by-link fields', () => {
    const out = render({ userVerification: { emailStyle: VerificationEmailStyle.LINK, emailSubject: 'Confirm' } });
    expect(out.verificationMessageTemplate).toEqual({
      defaultEmailOption: 'CONFIRM_WITH_LINK',
      emailSubjectByLink: 'Confirm',
      emailMessageByLink: expect.stringMatching(/\{##.+##\}/),
      smsMessage: expect.stringContaining('{####}'),
    });
  });

  test.each([
    [AccountRecovery.EMAIL_AND_PHONE_WITHOUT_MFA, [['verified_email', 1], ['verified_phone_number', 2]]],
    [AccountRecovery.PHONE_WITHOUT_MFA_AND_EMAIL, [['verified_phone_number', 1], ['verified_email', 2]]],
    [AccountRecovery.EMAIL_ONLY, [['verified_email', 1]]],
    [AccountRecovery.PHONE_ONLY_WITHOUT_MFA, [['verified_phone_number', 1]]],
    [AccountRecovery.NONE, [['admin_only', 1]]],
  ])('account recovery %s', (accountRecovery, expected) => {
    expect(render({ accountRecovery }).accountRecoverySetting).toEqual({
      recoveryMechanisms: expected.map(([name, priority]) => ({ name, priority })),
    });
  });

  test('PHONE_AND_EMAIL is the legacy behaviour: no setting', () => {
    expect(render({ accountRecovery: AccountRecovery.PHONE_AND_EMAIL }).accountRecoverySetting).toBeUndefined();
  });

  test('schema: declaration order, standard attributes with their data type, custom attributes mutable by default', () => {
    const out = render({
      standardAttributes: { email: { required: true }, lastUpdateTime: { mutable: false } },
      customAttributes: {
        tier: new StringAttribute({ minLen: 1, maxLen: 20 }),
        score: new NumberAttribute({ min: 0, max: 100, mutable: false }),
        flag: new BooleanAttribute(),
      },
    });
    expect(out.schema).toEqual([
      { name: 'email', attributeDataType: 'String', mutable: true, required: true },
      { name: 'updated_at', attributeDataType: 'Number', mutable: false, required: false },
      { name: 'tier', attributeDataType: 'String', mutable: true, stringAttributeConstraints: { minLength: '1', maxLength: '20' }, numberAttributeConstraints: undefined },
      { name: 'score', attributeDataType: 'Number', mutable: false, stringAttributeConstraints: undefined, numberAttributeConstraints: { minValue: '0', maxValue: '100' } },
      { name: 'flag', attributeDataType: 'Boolean', mutable: true, stringAttributeConstraints: undefined, numberAttributeConstraints: undefined },
    ]);
  });

  test('threat protection: custom mode follows the standard mode by default', () => {
    const addOns = (mode: StandardThreatProtectionMode) => render({ standardThreatProtectionMode: mode }).userPoolAddOns;
    expect(addOns(StandardThreatProtectionMode.AUDIT_ONLY))
      .toEqual({ advancedSecurityMode: 'AUDIT', advancedSecurityAdditionalFlows: { customAuthMode: 'AUDIT' } });
    expect(addOns(StandardThreatProtectionMode.NO_ENFORCEMENT)).toEqual({ advancedSecurityMode: 'OFF', advancedSecurityAdditionalFlows: undefined });
    expect(render({ featurePlan: FeaturePlan.LITE, customThreatProtectionMode: CustomThreatProtectionMode.AUDIT_ONLY }).userPoolAddOns)
      .toEqual({ advancedSecurityMode: 'OFF', advancedSecurityAdditionalFlows: { customAuthMode: 'AUDIT' } });
  });
});

describe('resolveUserPool', () => {
  test('records where each setting came from', () => {
    const r = resolveUserPool({ mfa: Mfa.OPTIONAL, featurePlan: FeaturePlan.ESSENTIALS });
    expect(r.origins.mfa).toBe('prop');
    expect(r.origins.signInAliases).toBe('default');
    expect(r.origins.standardThreatProtectionMode).toBe('adjusted');
  });

  test('derives what the rules, the clients and the risk configurations need once', () => {
    const passkey = resolveUserPool({ signInPolicy: { allowedFirstAuthFactors: { password: true, passkey: true } } });
    expect(passkey).toMatchObject({ passwordless: true, otpSignIn: false });
    expect(passkey.clientContext).toEqual({ choiceBasedSignIn: true, featurePlan: FeaturePlan.PLUS, tracksSessions: true });
    const plain = resolveUserPool({ featurePlan: FeaturePlan.ESSENTIALS });
    expect(plain).toMatchObject({ passwordless: false, otpSignIn: false });
    expect(plain.clientContext).toEqual({ choiceBasedSignIn: false, featurePlan: FeaturePlan.ESSENTIALS, tracksSessions: true });
    expect(plain.riskContext).toEqual({
      featurePlan: FeaturePlan.ESSENTIALS, standardThreatProtectionMode: undefined, customThreatProtectionMode: undefined, usesSes: false,
    });
    const ses = resolveUserPool({ email: UserPoolEmail.withSES({ fromEmail: 'no-reply@example.com' }) });
    expect(ses.riskContext)
      .toMatchObject({ featurePlan: FeaturePlan.PLUS, standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION, usesSes: true });
    expect(renderUserPool(ses, { environment: RENDER_ENV }).sesIdentityArn)
      .toBe(`arn:${RENDER_ENV.partition}:ses:${RENDER_ENV.region}:${RENDER_ENV.account}:identity/no-reply@example.com`);
  });

  test('keeps the props a rule checks as written apart from the resolved settings', () => {
    const r = resolveUserPool({ userVerification: { emailSubject: 'Hi' }, snsRegion: 'us-east-1' });
    expect(r.asWritten.verification).toEqual({ emailSubject: 'Hi', emailBody: undefined, smsMessage: undefined });
    expect(r.verification.emailBody).toBe('Your verification code is {####}');
    expect(r.snsRegion).toBe('us-east-1');
    expect(r.sms).toBeUndefined();
  });

  test('spells each origin once in the defaults Metadata', () => {
    expect(defaultsRecordOf({ mfa: 'prop', featurePlan: 'default', deletionProtection: 'adjusted', passwordPolicy: 'prop+default' }))
      .toEqual(['deletionProtection (adjusted)', 'featurePlan', 'passwordPolicy (partly)']);
    expect(defaultsRecordOf(resolveUserPool({ mfa: Mfa.OPTIONAL }).origins)).not.toContain('mfa');
  });

  test('uses SMS only when something needs it', () => {
    expect(resolveUserPool({}).usesSms).toBe(false);
    expect(resolveUserPool({ mfaSecondFactor: { sms: true, otp: false } }).usesSms).toBe(true);
    expect(resolveUserPool({ mfa: Mfa.OFF, mfaSecondFactor: { sms: true, otp: false } }).usesSms).toBe(false);
    expect(resolveUserPool({ signInAliases: { phone: true } }).usesSms).toBe(true);
    expect(resolveUserPool({ autoVerify: { phone: true } }).usesSms).toBe(true);
    expect(resolveUserPool({ signInPolicy: { allowedFirstAuthFactors: { password: true, smsOtp: true } } }).usesSms).toBe(true);
  });
});
