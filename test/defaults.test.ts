import { type CfnElement, RemovalPolicy } from 'aws-cdk-lib';
import { Annotations, Template } from 'aws-cdk-lib/assertions';
import * as cdkCognito from 'aws-cdk-lib/aws-cognito';
import { FeaturePlan, Mfa } from '../src';
import { Match, newStack, propsOf, synthPool } from './util';

describe('a pool with no props', () => {
  // GIVEN a pool with no props
  const { template, stack } = synthPool();
  const props = template.findResources('AWS::Cognito::UserPool');
  const [pool] = Object.values(props);

  test('owns exactly one CfnUserPool, its default child, with the logical id aws-cdk-lib\'s UserPool gives it', () => {
    // The same construct path (Pool/Resource) as aws-cdk-lib's: a pool switched to this library is not replaced.
    const theirs = newStack();
    new cdkCognito.UserPool(theirs, 'Pool');
    const logicalIds = Object.keys(Template.fromStack(theirs).findResources('AWS::Cognito::UserPool'));
    expect(Object.keys(props)).toEqual(logicalIds);
    expect(stack.getLogicalId(stack.node.findChild('Pool').node.defaultChild as CfnElement)).toEqual(logicalIds[0]);
  });

  test('is retained with deletion protection on', () => {
    expect(pool.DeletionPolicy).toBe('Retain');
    expect(pool.UpdateReplacePolicy).toBe('Retain');
    expect(pool.Properties.DeletionProtection).toBe('ACTIVE');
  });

  test('signs in with email, case-insensitively, and verifies email before updates', () => {
    expect(pool.Properties.UsernameAttributes).toEqual(['email']);
    expect(pool.Properties.AliasAttributes).toBeUndefined();
    expect(pool.Properties.UsernameConfiguration).toEqual({ CaseSensitive: false });
    expect(pool.Properties.AutoVerifiedAttributes).toEqual(['email']);
    expect(pool.Properties.UserAttributeUpdateSettings).toEqual({ AttributesRequireVerificationBeforeUpdate: ['email'] });
  });

  test('has a strong password policy rendered as literals', () => {
    expect(pool.Properties.Policies.PasswordPolicy).toEqual({
      MinimumLength: 14,
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
      TemporaryPasswordValidityDays: 3,
      PasswordHistorySize: 5,
    });
    expect(pool.Properties.Policies.SignInPolicy).toEqual({ AllowedFirstAuthFactors: ['PASSWORD'] });
  });

  test('requires TOTP MFA only', () => {
    expect(pool.Properties.MfaConfiguration).toBe('ON');
    expect(pool.Properties.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(pool.Properties.SmsConfiguration).toBeUndefined();
  });

  test('recovers accounts by email only', () => {
    expect(pool.Properties.AccountRecoverySetting).toEqual({ RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] });
  });

  test('does not allow self sign-up and sends email with Cognito', () => {
    expect(pool.Properties.AdminCreateUserConfig).toEqual({ AllowAdminCreateUserOnly: true });
    expect(pool.Properties.EmailConfiguration).toEqual({ EmailSendingAccount: 'COGNITO_DEFAULT' });
  });

  test('is on the PLUS plan with threat protection enforced for standard and custom auth', () => {
    expect(pool.Properties.UserPoolTier).toBe('PLUS');
    expect(pool.Properties.UserPoolAddOns).toEqual({
      AdvancedSecurityMode: 'ENFORCED',
      AdvancedSecurityAdditionalFlows: { CustomAuthMode: 'ENFORCED' },
    });
  });

  test('sends code-style verification messages without {username}', () => {
    const messages = pool.Properties.VerificationMessageTemplate;
    expect(Object.keys(messages).sort()).toEqual(['DefaultEmailOption', 'EmailMessage', 'EmailSubject', 'SmsMessage']);
    expect(messages.DefaultEmailOption).toBe('CONFIRM_WITH_CODE');
    for (const text of [messages.EmailMessage, messages.SmsMessage]) {
      expect(text).toContain('{####}');
      expect(text).not.toContain('{username}');
    }
  });

  test('creates the pool, its risk configuration and its session tracking, and warns about nothing', () => {
    expect(Object.values(template.toJSON().Resources).map((r: any) => r.Type).sort())
      .toEqual(['AWS::Cognito::UserPool', 'AWS::Cognito::UserPoolRiskConfigurationAttachment', 'AWS::Cognito::UserPoolSessionConfigurationAttachment']);
    Annotations.fromStack(stack).hasNoWarning('*', Match.anyValue());
  });

  test('its risk configuration blocks compromised credentials on every event and sign-ins at every risk level', () => {
    const [attachment] = Object.values(template.findResources('AWS::Cognito::UserPoolRiskConfigurationAttachment'));
    const block = { EventAction: 'BLOCK', Notify: false };
    expect(attachment.Properties).toEqual({
      UserPoolId: { Ref: Object.keys(template.findResources('AWS::Cognito::UserPool'))[0] },
      ClientId: 'ALL',
      CompromisedCredentialsRiskConfiguration: { EventFilter: ['SIGN_IN', 'PASSWORD_CHANGE', 'SIGN_UP'], Actions: { EventAction: 'BLOCK' } },
      AccountTakeoverRiskConfiguration: { Actions: { LowAction: block, MediumAction: block, HighAction: block } },
    });
  });
});

describe('defaults yield to explicit choices', () => {
  test('DESTROY turns deletion protection off by default', () => {
    const { template } = synthPool({ removalPolicy: RemovalPolicy.DESTROY });
    template.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Delete', Properties: Match.objectLike({ DeletionProtection: 'INACTIVE' }) });
  });

  test('ESSENTIALS drops threat protection; LITE also drops password history', () => {
    const essentials = propsOf({ featurePlan: FeaturePlan.ESSENTIALS });
    expect(essentials.UserPoolAddOns).toBeUndefined();
    expect(essentials.Policies.PasswordPolicy.PasswordHistorySize).toBe(5);
    const lite = propsOf({ featurePlan: FeaturePlan.LITE });
    expect(lite.UserPoolAddOns).toBeUndefined();
    expect(lite.Policies.PasswordPolicy.PasswordHistorySize).toBeUndefined();
    expect(lite.Policies.PasswordPolicy.MinimumLength).toBe(14);
  });

  test('one-time-password sign-in turns the MFA default to OPTIONAL', () => {
    const p = propsOf({
      signInPolicy: { allowedFirstAuthFactors: { password: true, smsOtp: true } },
      signInAliases: { phone: true },
    });
    expect(p.MfaConfiguration).toBe('OPTIONAL');
    expect(p.Policies.SignInPolicy.AllowedFirstAuthFactors).toEqual(['PASSWORD', 'SMS_OTP']);
  });

  test('passkey sign-in keeps MFA required by making the passkey count as MFA', () => {
    const p = propsOf({ signInPolicy: { allowedFirstAuthFactors: { password: true, passkey: true } }, passkeyRelyingPartyId: 'auth.example.com' });
    expect(p.MfaConfiguration).toBe('ON');
    expect(p.WebAuthnUserVerification).toBe('required');
    expect(p.WebAuthnFactorConfiguration).toBe('MULTI_FACTOR_WITH_USER_VERIFICATION');
  });

  test('explicit MFA OFF renders no factors', () => {
    const p = propsOf({ mfa: Mfa.OFF });
    expect(p.MfaConfiguration).toBe('OFF');
    expect(p.EnabledMfas).toBeUndefined();
  });

  test('explicit auto-verification without email keeps no original email', () => {
    const p = propsOf({ signInAliases: { username: true }, autoVerify: { email: false } });
    expect(p.AutoVerifiedAttributes).toBeUndefined();
    expect(p.UserAttributeUpdateSettings).toBeUndefined();
  });
});
