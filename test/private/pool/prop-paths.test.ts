import { API_CONSTRAINTS } from '../../../src/checks/constraints.generated';
import { userPathOf } from '../../../src/private/pool/prop-paths';

// The prop each CloudFormation path comes from, derived by rendering (no hand-kept table).
describe('userPathOf', () => {
  test.each([
    ['UserPoolName', 'userPoolName'],
    ['VerificationMessageTemplate.EmailMessage', 'userVerification.emailBody'],
    ['VerificationMessageTemplate.EmailMessageByLink', 'userVerification.emailBody'],
    ['VerificationMessageTemplate.EmailSubjectByLink', 'userVerification.emailSubject'],
    ['AdminCreateUserConfig.InviteMessageTemplate.SMSMessage', 'userInvitation.smsMessage'],
    ['SmsAuthenticationMessage', 'mfaMessage'],
    ['EmailAuthenticationSubject', 'emailMfaSubject'],
    ['Policies.PasswordPolicy.MinimumLength', 'passwordPolicy.minLength'],
    ['Policies.PasswordPolicy.TemporaryPasswordValidityDays', 'passwordPolicy.tempPasswordValidity (in days)'],
    ['Policies.SignInPolicy.AllowedFirstAuthFactors', 'signInPolicy.allowedFirstAuthFactors'],
    ['SmsConfiguration.SnsCallerArn', 'smsRole (its ARN)'],
    ['SmsConfiguration.ExternalId', 'smsRoleExternalId'],
    ['EmailConfiguration.From', 'email'],
    ['Schema', 'standardAttributes and customAttributes'],
    ['LambdaConfig.KMSKeyID', 'customSenderKmsKey (its ARN)'],
    ['LambdaConfig.CustomSMSSender.LambdaArn', 'lambdaTriggers.customSmsSender'],
    ['LambdaConfig.PreTokenGenerationConfig.LambdaVersion', 'lambdaTriggers.preTokenGenerationVersion'],
    ['KeyConfiguration.KmsKeyArn', 'encryptionKey (its ARN)'],
  ])('%s comes from %s', (cfnPath, userPath) => {
    expect(userPathOf(cfnPath)).toBe(userPath);
  });

  test('any casing: the L1\'s camelCase finds the same prop', () => {
    expect(userPathOf('verificationMessageTemplate.emailMessage')).toBe('userVerification.emailBody');
  });

  test('a path no prop reaches is named as it is', () => {
    expect(userPathOf('Not.A.Path')).toBe('Not.A.Path');
  });
});

/**
 * The generated limits whose CloudFormation path no prop reaches by itself, and why a user can't break one unnamed.
 * Every other limit must name the prop it comes from.
 */
const NO_PROP: Record<string, string> = {
  'AccountRecoverySetting.RecoveryMechanisms': 'rendered from accountRecovery\'s fixed table (render.ts); an unknown value is unknownEnumValue',
  'AccountRecoverySetting.RecoveryMechanisms[].Name': 'the same table',
  'AccountRecoverySetting.RecoveryMechanisms[].Priority': 'the same table',
  'AdminCreateUserConfig.UnusedAccountValidityDays': 'not rendered: CreateUserPool deprecates it for Policies.PasswordPolicy.TemporaryPasswordValidityDays',
  'DeletionProtection': 'rendered ACTIVE or INACTIVE from the deletionProtection boolean',
  'EmailVerificationMessage': 'not rendered: the legacy form of VerificationMessageTemplate, which the library renders',
  'EmailVerificationSubject': 'not rendered: the same',
  'SmsVerificationMessage': 'not rendered: the same',
  'MfaConfiguration': 'the probe\'s passwordless factors make mfa\'s default equal its value; an unknown mfa is unknownEnumValue under `mfa`',
  'UserPoolTags{key}': 'tags are checked at synth by the construct, named `tag key "<key>"` (checkTags in user-pool.ts)',
  'UserPoolTags{}': 'the same, named `tag "<key>" value`',
};

describe('every generated API limit', () => {
  test('names a prop, or is on the commented list above (and nothing on the list names one)', () => {
    const unnamed = Object.keys(API_CONSTRAINTS).filter((cfnPath) => userPathOf(cfnPath) === cfnPath);
    expect(unnamed.sort()).toEqual(Object.keys(NO_PROP).sort());
  });
});
