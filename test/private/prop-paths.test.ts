import { userPathOf } from '../../src/private/prop-paths';

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
