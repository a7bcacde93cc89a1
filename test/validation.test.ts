import { App, Duration, RemovalPolicy, Stack, Tags } from 'aws-cdk-lib';
import { Annotations } from 'aws-cdk-lib/assertions';
import * as cdkCognito from 'aws-cdk-lib/aws-cognito';
import { Role } from 'aws-cdk-lib/aws-iam';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import {
  AccountRecovery, CreationOnlyDefaults, CustomThreatProtectionMode, LambdaVersion, Mfa, FeaturePlan, PasskeyFactorConfiguration,
  PasskeyUserVerification, StandardThreatProtectionMode, StringAttribute, UserPool, UserPoolEmail, UserPoolIssuerType,
  VerificationEmailStyle, type UserPoolProps,
} from '../src';
import { ENV, Match, newFunction, newStack, numberToken, stringToken, synthesize, synthPool, synthProblems } from './util';

const ses = UserPoolEmail.withSES({ fromEmail: 'noreply@example.com' });
const MULTI = PasskeyFactorConfiguration.MULTI_FACTOR_WITH_USER_VERIFICATION;
const passkeySignIn = { allowedFirstAuthFactors: { password: true, passkey: true } };

/**
 * Each rule: props that are rejected, the accepted boundary next to them, and a token in the same place that is accepted.
 * `token` builds props from a string or number token made in the test's stack.
 */
interface Rule {
  readonly name: string;
  readonly rejected: UserPoolProps;
  readonly message: RegExp;
  readonly accepted: UserPoolProps;
  readonly token?: (t: { str: string; num: number }) => UserPoolProps;
}

const RULES: Rule[] = [
  {
    name: 'userPoolName length',
    rejected: { userPoolName: 'x'.repeat(129) },
    message: /userPoolName must be 1 to 128 characters long, got 129/,
    accepted: { userPoolName: 'x'.repeat(128) },
    token: ({ str }) => ({ userPoolName: str }),
  },
  {
    name: 'userPoolName characters',
    rejected: { userPoolName: 'my/pool' },
    message: /userPoolName must match the pattern \[\\w\\s\+=,\.@-\]\+, got "my\/pool"/,
    accepted: { userPoolName: 'my pool+=,.@-_1' },
  },
  {
    name: 'preferred username needs username',
    rejected: { signInAliases: { email: true, preferredUsername: true } },
    message: /signInAliases.preferredUsername needs signInAliases.username/,
    accepted: { signInAliases: { username: true, preferredUsername: true } },
  },
  {
    name: 'keepOriginal needs autoVerify',
    rejected: { autoVerify: { email: false }, keepOriginal: { email: true } },
    message: /keepOriginal.email needs autoVerify.email/,
    accepted: { autoVerify: { email: true }, keepOriginal: { email: true } },
  },
  {
    name: 'MFA needs a factor',
    rejected: { mfaSecondFactor: { sms: false, otp: false } },
    message: /mfaSecondFactor must enable at least one of otp, sms or email when mfa is REQUIRED/,
    accepted: { mfa: Mfa.OFF, mfaSecondFactor: { sms: false, otp: false } },
  },
  {
    name: 'email MFA needs SES',
    rejected: { mfaSecondFactor: { sms: false, otp: true, email: true } },
    message: /mfaSecondFactor.email needs email: UserPoolEmail.withSES/,
    accepted: { mfaSecondFactor: { sms: false, otp: true, email: true }, email: ses },
  },
  {
    name: 'email MFA needs a plan other than LITE',
    rejected: { mfaSecondFactor: { sms: false, otp: true, email: true }, email: ses, featurePlan: FeaturePlan.LITE },
    message: /mfaSecondFactor.email needs featurePlan ESSENTIALS or PLUS, got LITE/,
    accepted: { mfaSecondFactor: { sms: false, otp: true, email: true }, email: ses, featurePlan: FeaturePlan.ESSENTIALS },
  },
  {
    name: 'mfaMessage needs {####}',
    rejected: { mfaMessage: 'Your code' },
    message: /mfaMessage must contain the placeholder \{####\}, got "Your code"/,
    accepted: { mfaMessage: '{####}' },
    token: ({ str }) => ({ mfaMessage: str }),
  },
  {
    name: 'mfaMessage length',
    rejected: { mfaMessage: `{####}${'x'.repeat(135)}` },
    message: /mfaMessage must be 6 to 140 characters long, got 141/,
    accepted: { mfaMessage: `{####}${'x'.repeat(134)}` },
  },
  {
    name: 'emailMfaMessage needs {####}',
    rejected: { emailMfaMessage: 'Hello there' },
    message: /emailMfaMessage must contain the placeholder \{####\}/,
    accepted: { emailMfaMessage: 'Code {####}' },
    token: ({ str }) => ({ emailMfaMessage: str }),
  },
  {
    name: 'emailMfaSubject length',
    rejected: { emailMfaSubject: '' },
    message: /emailMfaSubject must be 1 to 140 characters long, got 0/,
    accepted: { emailMfaSubject: 'x' },
    token: ({ str }) => ({ emailMfaSubject: str }),
  },
  {
    name: 'passwordless needs a plan other than LITE',
    rejected: { featurePlan: FeaturePlan.LITE, signInPolicy: { allowedFirstAuthFactors: { password: true, smsOtp: true } } },
    message: /allows passwordless sign-in, which needs featurePlan ESSENTIALS or PLUS, got LITE/,
    accepted: { featurePlan: FeaturePlan.ESSENTIALS, signInPolicy: { allowedFirstAuthFactors: { password: true, smsOtp: true } } },
  },
  {
    name: 'required MFA rules out one-time-password sign-in',
    rejected: { mfa: Mfa.REQUIRED, email: ses, signInPolicy: { allowedFirstAuthFactors: { password: true, emailOtp: true } } },
    message: /signInPolicy.allowedFirstAuthFactors allows one-time-password sign-in, which Cognito refuses with mfa REQUIRED \("Only PASSWORD and WEB_AUTHN/,
    accepted: { mfa: Mfa.OPTIONAL, email: ses, signInPolicy: { allowedFirstAuthFactors: { password: true, emailOtp: true } } },
  },
  {
    name: 'email as the only MFA factor',
    rejected: { mfaSecondFactor: { otp: false, sms: false, email: true }, email: ses },
    message: /mfaSecondFactor enables only email: CloudFormation fails to create a pool whose only MFA factor is email .*cloudformation-coverage-roadmap#2221\); also enable otp/,
    accepted: { mfaSecondFactor: { otp: true, sms: false, email: true }, email: ses },
  },
  {
    name: 'email MFA messages with MFA off',
    rejected: { mfa: Mfa.OFF, emailMfaSubject: 'Your code', email: ses },
    message: /emailMfaMessage and emailMfaSubject configure email MFA, which mfa OFF rejects/,
    accepted: { mfa: Mfa.OPTIONAL, mfaSecondFactor: { otp: true, sms: false, email: true }, emailMfaSubject: 'Your code', email: ses },
  },
  {
    name: 'phone recovery with required SMS MFA',
    rejected: { mfaSecondFactor: { otp: true, sms: true }, accountRecovery: AccountRecovery.EMAIL_AND_PHONE_WITHOUT_MFA },
    message: /accountRecovery EMAIL_AND_PHONE_WITHOUT_MFA recovers by phone, which Cognito refuses while SMS MFA is required/,
    accepted: { mfaSecondFactor: { otp: true, sms: true }, accountRecovery: AccountRecovery.EMAIL_ONLY },
  },
  {
    name: 'passkeyRelyingPartyId is a bare domain',
    rejected: { passkeyRelyingPartyId: 'https://auth.example.com' },
    message: /passkeyRelyingPartyId must be a bare domain name such as auth.example.com \(no scheme, path, port or trailing dot\), got "https:\/\/auth.example.com"/,
    accepted: { passkeyRelyingPartyId: 'auth.example-1.com' },
    token: ({ str }) => ({ passkeyRelyingPartyId: str }),
  },
  {
    name: 'passkeyRelyingPartyId length',
    rejected: { passkeyRelyingPartyId: 'a'.repeat(64) },
    message: /passkeyRelyingPartyId must be 1 to 63 characters long, got 64/,
    accepted: { passkeyRelyingPartyId: 'a'.repeat(63) },
    token: ({ str }) => ({ passkeyRelyingPartyId: str }),
  },
  {
    name: 'passkey MFA needs required user verification',
    rejected: { passkeyFactorConfiguration: MULTI, passkeyUserVerification: PasskeyUserVerification.PREFERRED },
    message: /MULTI_FACTOR_WITH_USER_VERIFICATION needs passkeyUserVerification REQUIRED, got PREFERRED/,
    accepted: { passkeyFactorConfiguration: MULTI, passkeyUserVerification: PasskeyUserVerification.REQUIRED },
  },
  {
    name: 'required MFA with passkey sign-in needs passkey MFA',
    rejected: { mfa: Mfa.REQUIRED, signInPolicy: passkeySignIn, passkeyUserVerification: PasskeyUserVerification.PREFERRED },
    message: /passkey with mfa REQUIRED needs passkeyFactorConfiguration MULTI_FACTOR_WITH_USER_VERIFICATION, got not set/,
    accepted: { mfa: Mfa.REQUIRED, signInPolicy: passkeySignIn },
  },
  {
    name: 'password minLength',
    rejected: { passwordPolicy: { minLength: 5 } },
    message: /passwordPolicy.minLength must be a whole number from 6 to 99, got 5/,
    accepted: { passwordPolicy: { minLength: 6 } },
    token: ({ num }) => ({ passwordPolicy: { minLength: num } }),
  },
  {
    name: 'password minLength upper bound',
    rejected: { passwordPolicy: { minLength: 100 } },
    message: /passwordPolicy.minLength must be a whole number from 6 to 99, got 100/,
    accepted: { passwordPolicy: { minLength: 99 } },
  },
  {
    name: 'password history size',
    rejected: { passwordPolicy: { passwordHistorySize: 25 } },
    message: /passwordPolicy.passwordHistorySize must be a whole number from 0 to 24, got 25/,
    accepted: { passwordPolicy: { passwordHistorySize: 24 } },
    token: ({ num }) => ({ passwordPolicy: { passwordHistorySize: num } }),
  },
  {
    name: 'password history needs a plan other than LITE',
    rejected: { featurePlan: FeaturePlan.LITE, passwordPolicy: { passwordHistorySize: 3 } },
    message: /passwordPolicy.passwordHistorySize needs featurePlan ESSENTIALS or PLUS, got 3 on LITE/,
    accepted: { featurePlan: FeaturePlan.ESSENTIALS, passwordPolicy: { passwordHistorySize: 3 } },
  },
  {
    name: 'temporary password validity',
    rejected: { passwordPolicy: { tempPasswordValidity: Duration.days(366) } },
    message: /passwordPolicy.tempPasswordValidity \(in days\) must be a whole number from 0 to 365, got 366/,
    accepted: { passwordPolicy: { tempPasswordValidity: Duration.days(365) } },
    token: ({ num }) => ({ passwordPolicy: { tempPasswordValidity: Duration.days(num) } }),
  },
  {
    name: 'temporary password validity in whole days',
    rejected: { passwordPolicy: { tempPasswordValidity: Duration.hours(36) } },
    message: /passwordPolicy.tempPasswordValidity \(in days\) must be a whole number from 0 to 365, got 1.5/,
    accepted: { passwordPolicy: { tempPasswordValidity: Duration.hours(48) } },
  },
  {
    name: 'verification email body needs {####} with the code style',
    rejected: { userVerification: { emailBody: 'Welcome aboard' } },
    message: /userVerification.emailBody must contain the placeholder \{####\}, got "Welcome aboard"/,
    accepted: { userVerification: { emailBody: '{####}' } },
    token: ({ str }) => ({ userVerification: { emailBody: str } }),
  },
  {
    name: 'verification email body needs a link placeholder with the link style',
    rejected: { userVerification: { emailStyle: VerificationEmailStyle.LINK, emailBody: 'Click {#here#}' } },
    message: /userVerification.emailBody must be a message with a link placeholder \{##link text##\}, with at least one character of text, when emailStyle is LINK/,
    accepted: { userVerification: { emailStyle: VerificationEmailStyle.LINK, emailBody: 'Go {####} {##Verify here##}' } },
    token: ({ str }) => ({ userVerification: { emailStyle: VerificationEmailStyle.LINK, emailBody: str } }),
  },
  {
    name: 'a link placeholder needs link text',
    rejected: { userVerification: { emailStyle: VerificationEmailStyle.LINK, emailBody: 'Verify: {####}' } },
    message: /userVerification.emailBody must be a message with a link placeholder \{##link text##\}, with at least one character of text/,
    accepted: { userVerification: { emailStyle: VerificationEmailStyle.LINK, emailBody: 'Verify: {##x##}' } },
    token: ({ str }) => ({ userVerification: { emailStyle: VerificationEmailStyle.LINK, emailBody: str } }),
  },
  {
    name: 'verification subject length',
    rejected: { userVerification: { emailSubject: 's'.repeat(141) } },
    message: /userVerification.emailSubject must be 1 to 140 characters long, got 141/,
    accepted: { userVerification: { emailSubject: 's'.repeat(140) } },
  },
  {
    name: 'verification SMS needs {####}',
    rejected: { userVerification: { smsMessage: 'Hello you' } },
    message: /userVerification.smsMessage must contain the placeholder \{####\}/,
    accepted: { userVerification: { smsMessage: '{####}' } },
    token: ({ str }) => ({ userVerification: { smsMessage: str } }),
  },
  {
    name: 'invitation SMS length',
    rejected: { userInvitation: { smsMessage: `{####}${'x'.repeat(135)}` } },
    message: /userInvitation.smsMessage must be 6 to 140 characters long, got 141/,
    accepted: { userInvitation: { smsMessage: `{####}${'x'.repeat(134)}` } },
  },
  {
    name: 'snsRegion is a region code',
    rejected: { snsRegion: 'us-east' },
    message: /snsRegion must be a region code such as us-east-1, got "us-east"/,
    accepted: { snsRegion: 'us-gov-west-1' },
    token: ({ str }) => ({ snsRegion: str }),
  },
  {
    name: 'the SES region must be one Cognito supports for the pool\'s region',
    rejected: { email: UserPoolEmail.withSES({ fromEmail: 'noreply@example.com', sesRegion: 'ap-south-1' }) },
    message: /UserPoolEmail.withSES sesRegion must be one of us-east-1, us-west-2, eu-west-1 for a pool in us-east-1, got ap-south-1/,
    accepted: { email: UserPoolEmail.withSES({ fromEmail: 'noreply@example.com', sesRegion: 'eu-west-1' }) },
    token: ({ str }) => ({ email: UserPoolEmail.withSES({ fromEmail: 'noreply@example.com', sesRegion: str }) }),
  },
  {
    name: 'enableSmsRole false while SMS is needed',
    rejected: { enableSmsRole: false, mfaSecondFactor: { sms: true, otp: true } },
    message: /enableSmsRole is false, but SMS MFA or SMS one-time-password sign-in needs an SMS role/,
    accepted: { enableSmsRole: false, mfaSecondFactor: { sms: false, otp: true } },
  },
  {
    name: 'at least one first factor',
    rejected: { signInPolicy: { allowedFirstAuthFactors: { password: false } } },
    message: /signInPolicy.allowedFirstAuthFactors must have 1 to 4 items, got 0/,
    accepted: { signInPolicy: { allowedFirstAuthFactors: { password: true } } },
  },
  {
    name: 'passkey MFA needs a plan other than LITE',
    rejected: { featurePlan: FeaturePlan.LITE, passkeyFactorConfiguration: MULTI, passkeyUserVerification: PasskeyUserVerification.REQUIRED },
    message: /passkeyFactorConfiguration MULTI_FACTOR_WITH_USER_VERIFICATION needs featurePlan ESSENTIALS or PLUS, got LITE/,
    accepted: { featurePlan: FeaturePlan.ESSENTIALS, passkeyFactorConfiguration: MULTI, passkeyUserVerification: PasskeyUserVerification.REQUIRED },
  },
  {
    name: 'enableSmsRole false contradicts smsRole',
    rejected: { enableSmsRole: false, smsRole: Role.fromRoleArn(newStack(), 'R', 'arn:aws:iam::123456789012:role/sms') },
    message: /enableSmsRole is false but smsRole is set/,
    accepted: { enableSmsRole: true, smsRole: Role.fromRoleArn(newStack(), 'R', 'arn:aws:iam::123456789012:role/sms') },
  },
  {
    name: 'a literal role ARN must be an ARN',
    rejected: { smsRole: Role.fromRoleArn(newStack(), 'R', 'arn:aws:iam::123456789012:role/has space'), signInAliases: { phone: true } },
    message: /smsRole \(its ARN\) must match the pattern arn:/,
    accepted: { smsRole: Role.fromRoleArn(newStack(), 'R', 'arn:aws:iam::123456789012:role/path/sms'), signInAliases: { phone: true } },
  },
  {
    name: 'a literal trigger ARN must be an ARN',
    rejected: { lambdaTriggers: { userMigration: LambdaFunction.fromFunctionArn(newStack(), 'F', 'arn:aws:lambda:us-east-1:123456789012:function:a b') } },
    message: /lambdaTriggers.userMigration \(the function ARN\) must match the pattern arn:/,
    accepted: { lambdaTriggers: { userMigration: LambdaFunction.fromFunctionArn(newStack(), 'F', 'arn:aws:lambda:us-east-1:123456789012:function:a-b') } },
  },
  {
    name: 'custom attribute name length',
    rejected: { customAttributes: { ['n'.repeat(21)]: new StringAttribute() } },
    message: /customAttributes key "n{21}" must be 1 to 20 characters long, got 21/,
    accepted: { customAttributes: { ['n'.repeat(20)]: new StringAttribute() } },
  },
  {
    name: 'schema size',
    rejected: { customAttributes: Object.fromEntries([...Array(51).keys()].map((i) => [`a${i}`, new StringAttribute()])) },
    message: /standardAttributes and customAttributes must have 1 to 50 items, got 51/,
    accepted: { customAttributes: Object.fromEntries([...Array(50).keys()].map((i) => [`a${i}`, new StringAttribute()])) },
  },
  {
    name: 'threat protection needs PLUS',
    rejected: { featurePlan: FeaturePlan.ESSENTIALS, standardThreatProtectionMode: StandardThreatProtectionMode.AUDIT_ONLY },
    message: /standardThreatProtectionMode AUDIT_ONLY needs featurePlan PLUS, got ESSENTIALS/,
    accepted: { featurePlan: FeaturePlan.ESSENTIALS, standardThreatProtectionMode: StandardThreatProtectionMode.NO_ENFORCEMENT },
  },
  {
    name: 'SNAPSHOT is not supported',
    rejected: { removalPolicy: RemovalPolicy.SNAPSHOT },
    message: /removalPolicy SNAPSHOT is not supported by AWS::Cognito::UserPool/,
    accepted: { removalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE },
  },
  {
    name: 'advancedSecurityMode, dropped, names its replacement',
    rejected: { advancedSecurityMode: 'OFF' } as UserPoolProps,
    message: /advancedSecurityMode is not supported \(aws-cdk-lib deprecated it\), got "OFF": use standardThreatProtectionMode: StandardThreatProtectionMode.NO_ENFORCEMENT instead/,
    accepted: { standardThreatProtectionMode: StandardThreatProtectionMode.NO_ENFORCEMENT },
  },
  {
    name: 'advancedSecurityMode ENFORCED names FULL_FUNCTION',
    rejected: { featurePlan: FeaturePlan.PLUS, advancedSecurityMode: 'ENFORCED' } as UserPoolProps,
    message: /got "ENFORCED": use standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION instead/,
    accepted: { featurePlan: FeaturePlan.PLUS, standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION },
  },
  {
    name: 'advancedSecurityMode with an unknown value',
    rejected: { advancedSecurityMode: 'constructor' } as UserPoolProps,
    message: /got "constructor": use standardThreatProtectionMode: StandardThreatProtectionMode.<mode> instead \(with featurePlan PLUS\)/,
    accepted: {},
  },
  {
    name: 'emailSettings, dropped, names its replacement',
    rejected: { emailSettings: { from: 'noreply@example.com' } } as UserPoolProps,
    message: /emailSettings is not supported \(aws-cdk-lib deprecated it\), got \{"from":"noreply@example.com"\}: use email: UserPoolEmail.withSES/,
    accepted: { email: ses },
  },
  {
    name: 'pre token version needs the function',
    rejected: { lambdaTriggers: { preTokenGenerationVersion: LambdaVersion.V2_0 } },
    message: /preTokenGenerationVersion is set without lambdaTriggers.preTokenGeneration/,
    accepted: { lambdaTriggers: { preTokenGeneration: LambdaFunction.fromFunctionArn(newStack(), 'F', 'arn:aws:lambda:us-east-1:123456789012:function:p'), preTokenGenerationVersion: LambdaVersion.V2_0 } },
  },
];

describe.each(RULES)('$name', (rule) => {
  test('rejects the invalid value, naming the prop', () => {
    expect(() => synthPool(rule.rejected)).toThrow(rule.message);
  });

  test('accepts the boundary value', () => {
    expect(() => synthPool(rule.accepted)).not.toThrow();
  });

  if (rule.token) {
    const build = rule.token;
    test('accepts a token', () => {
      const stack = newStack();
      expect(() => synthesize(new UserPool(stack, 'Pool', build({ str: stringToken(stack), num: numberToken(stack) })))).not.toThrow();
    });
  }
});

describe('input from JavaScript', () => {
  test('null is a prop not given, as aws-cdk-lib\'s ?? reads it', () => {
    const loose = { signInAliases: null, tags: null, passwordPolicy: null, standardAttributes: { email: null } } as unknown as UserPoolProps;
    const { template } = synthPool(loose);
    template.hasResourceProperties('AWS::Cognito::UserPool', { UsernameAttributes: ['email'], Schema: Match.absent(), UserPoolTags: Match.absent() });
  });

  test.each<[string, UserPoolProps, RegExp]>([
    ['a custom attribute that is null', { customAttributes: { tier: null } } as unknown as UserPoolProps,
      /customAttributes.tier must be a custom attribute \(new StringAttribute\(\), NumberAttribute, BooleanAttribute or DateTimeAttribute\), got null/],
    ['a custom attribute that is a plain object', { customAttributes: { tier: { dataType: 'String' } } } as unknown as UserPoolProps,
      /customAttributes.tier must be a custom attribute .*got \{"dataType":"String"\}/],
    ['an unknown standard attribute', { standardAttributes: { favouriteColour: { required: true } } } as unknown as UserPoolProps,
      /standardAttributes.favouriteColour is not a standard attribute: use one of address, birthdate/],
    ['a standard attribute that is not an object', { standardAttributes: { email: true } } as unknown as UserPoolProps,
      /standardAttributes.email must be \{ required\?, mutable\? \}, got true/],
  ])('%s is a clear error, not a TypeError', (_name, props, message) => {
    expect(() => synthPool(props)).toThrow(message);
  });

  test('aws-cdk-lib\'s own attribute instances are custom attributes', () => {
    expect(() => synthPool({ customAttributes: { tier: new cdkCognito.StringAttribute() } })).not.toThrow();
  });
});

describe('one report', () => {
  test('three independent mistakes are listed in one error', () => {
    let error: Error | undefined;
    try {
      synthPool({ userPoolName: 'bad/name', mfaMessage: 'no code', passwordPolicy: { minLength: 3 } });
    } catch (e) {
      error = e as Error;
    }
    // One line each, under the pool's path (test/reporting.test.ts covers the format and several constructs).
    const lines = error?.message.split('\n').slice(1) ?? [];
    expect(lines).toHaveLength(3);
    expect(lines.map((line) => line.trim().split(' ').slice(0, 2).join(' ')).sort())
      .toEqual(['[Stack/Pool] mfaMessage', '[Stack/Pool] passwordPolicy.minLength', '[Stack/Pool] userPoolName']);
  });

  test('long values are shortened in messages', () => {
    expect(() => synthPool({ userVerification: { emailBody: 'z'.repeat(500) } })).toThrow(/"z{60}… \(500 characters\)"/);
  });
});

describe('warnings', () => {
  test.each<[string, UserPoolProps, string]>([
    ['{username} in a verification message', { userVerification: { emailBody: 'Hi {username}, code {####}' } }, 'usernameInVerificationMessage'],
    ['threat protection on LITE', { featurePlan: FeaturePlan.LITE, standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION }, 'threatProtectionWithoutPlus'],
    ['password sign-in turned off', { signInPolicy: { allowedFirstAuthFactors: { password: false, passkey: true } } }, 'passwordSignInOff'],
    ['an invitation without {username}', { userInvitation: { emailBody: 'Your password is {####}' } }, 'invitationWithoutUsername'],
    ['custom email text with the Cognito sender', { userVerification: { emailSubject: 'Welcome' } }, 'customEmailWithCognitoSender'],
    ['passkeys without a relying party id', { signInPolicy: passkeySignIn }, 'passkeyWithoutRelyingPartyId'],
    ['email OTP sign-in with the Cognito sender', { signInPolicy: { allowedFirstAuthFactors: { password: true, emailOtp: true } } }, 'emailOtpWithCognitoSender'],
    ['email MFA messages with the Cognito sender', { emailMfaMessage: 'Code {####}' }, 'emailMfaMessageWithCognitoSender'],
    ['an invitation without {####} while passwords sign in', { userInvitation: { emailBody: 'Hello {username}' } }, 'invitationWithoutTemporaryPassword'],
    ['a custom: prefix on a custom attribute', { customAttributes: { 'custom:x': new StringAttribute() } }, 'customAttributePrefix'],
    ['DESTROY with deletion protection', { removalPolicy: RemovalPolicy.DESTROY, deletionProtection: true }, 'deletionProtectionBlocksDestroy'],
    ['email MFA with email-only recovery', { mfaSecondFactor: { otp: true, sms: false, email: true }, email: ses }, 'emailMfaWithEmailRecovery'],
    ['link verification without a domain', { userVerification: { emailStyle: VerificationEmailStyle.LINK } }, 'linkVerificationWithoutDomain'],
    ['SMS as the only MFA factor', { mfaSecondFactor: { otp: false, sms: true } }, 'smsOnlyMfa'],
    ['the Cognito sender with self sign-up', { selfSignUpEnabled: true }, 'cognitoDefaultEmailWithSelfSignUp'],
    ['no sign-in alias enabled', { signInAliases: { email: false } }, 'signInWithoutAlias'],
    ['SMS-only MFA with no phone number to send to', { mfaSecondFactor: { otp: false, sms: true } }, 'smsMfaWithoutPhoneNumber'],
    ['SMS-only optional MFA with no phone number to send to', { mfa: Mfa.OPTIONAL, mfaSecondFactor: { otp: false, sms: true } }, 'smsMfaWithoutPhoneNumber'],
    ['aws-cdk-lib\'s SMS MFA default with no phone number, for a pool aws-cdk-lib created',
      { mfa: Mfa.OPTIONAL, creationOnlyDefaults: CreationOnlyDefaults.AWS_CDK_LIB }, 'smsMfaWithoutPhoneNumber'],
    ['DESTROY turning deletion protection off', { removalPolicy: RemovalPolicy.DESTROY }, 'destroyDisablesDeletionProtection'],
    ['device tracking with both flags false (always remember)',
      { deviceTracking: { challengeRequiredOnNewDevice: false, deviceOnlyRememberedOnUserPrompt: false } }, 'deviceTrackingAlwaysRemembers'],
    ['remembered devices skipping MFA', { deviceTracking: { challengeRequiredOnNewDevice: true, deviceOnlyRememberedOnUserPrompt: true } }, 'deviceTrackingSkipsMfa'],
    ['phone sign-in with no SMS role', { signInAliases: { phone: true }, enableSmsRole: false }, 'phoneWithoutSms'],
    ['phone verification with no SMS role', { autoVerify: { email: true, phone: true }, enableSmsRole: false }, 'phoneWithoutSms'],
  ])('%s', (_name, props, id) => {
    const { stack } = synthPool(props);
    Annotations.fromStack(stack).hasWarning('/Stack/Pool', Match.stringLikeRegexp(`\\[ack: cdk-secure-user-pool:${id}\\]`));
  });
});

describe('tags', () => {
  test('tag keys and values are checked when the app synthesizes', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    Tags.of(pool).add('team#1', 'identity');
    Tags.of(pool).add('note', 'v'.repeat(257));
    expect(() => App.of(stack)!.synth()).toThrow(/tag "note" value must be 0 to 256 characters long, got 257[\s\S]*tag key "team#1" must match the pattern/);
  });

  test('the tags prop is checked when the app synthesizes, and a token value is accepted', () => {
    expect(() => synthPool({ tags: { 'team#1': 'identity' } })).toThrow(/tag key "team#1" must match the pattern/);
    expect(() => synthPool({ tags: { ['k'.repeat(128)]: 'v'.repeat(256) } })).not.toThrow();
    const stack = newStack();
    new UserPool(stack, 'Pool', { tags: { team: stringToken(stack) } });
    expect(() => App.of(stack)!.synth()).not.toThrow();
  });

  test('the boundary values are accepted', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    Tags.of(pool).add('k'.repeat(128), 'v'.repeat(256));
    Tags.of(pool).add('a b:/=+-@._', '');
    expect(() => App.of(stack)!.synth()).not.toThrow();
  });
});

describe('configurations that only differ by a token are accepted', () => {
  test('every string prop a token', () => {
    const stack = newStack();
    const t = stringToken(stack);
    expect(() => synthesize(new UserPool(stack, 'Pool', {
      userPoolName: t,
      mfaMessage: t,
      emailMfaMessage: t,
      emailMfaSubject: t,
      passkeyRelyingPartyId: t,
      snsRegion: t,
      smsRoleExternalId: t,
      userVerification: { emailSubject: t, emailBody: t, smsMessage: t },
      userInvitation: { emailSubject: t, emailBody: t, smsMessage: t },
      email: UserPoolEmail.withSES({ fromEmail: t, fromName: t, replyTo: t, configurationSetName: t, sesRegion: t }),
      mfaSecondFactor: { otp: true, sms: true, email: true },
    }))).not.toThrow();
  });

  test('every number prop a token', () => {
    const stack = newStack();
    const n = numberToken(stack);
    expect(() => synthesize(new UserPool(stack, 'Pool', {
      passwordPolicy: { minLength: n, passwordHistorySize: n, tempPasswordValidity: Duration.days(n) },
      customAttributes: { a: new StringAttribute({ minLen: n, maxLen: n }) },
    }))).not.toThrow();
  });

  test('a token duration in another unit is an error naming the fix', () => {
    const stack = newStack();
    expect(() => synthesize(new UserPool(stack, 'Pool', { passwordPolicy: { tempPasswordValidity: Duration.hours(numberToken(stack)) } })))
      .toThrow(/passwordPolicy.tempPasswordValidity from a token must be given in days: use Duration.days\(token\)/);
  });
});

describe('rules that depend on the pool\'s region', () => {
  const inRegion = (region: string) => new Stack(new App(), 'Stack', { env: { ...ENV, region } });

  test('a pool in Seoul sends SMS through SNS in Tokyo', () => {
    expect(() => synthesize(new UserPool(inRegion('ap-northeast-2'), 'Pool', { signInAliases: { phone: true }, snsRegion: 'ap-northeast-2' })))
      .toThrow(/snsRegion must be ap-northeast-1 for a pool in ap-northeast-2, got ap-northeast-2/);
    expect(() => synthesize(new UserPool(inRegion('ap-northeast-2'), 'Pool', { signInAliases: { phone: true }, snsRegion: 'ap-northeast-1' }))).not.toThrow();
    const stack = inRegion('ap-northeast-2');
    expect(() => synthesize(new UserPool(stack, 'Pool', { signInAliases: { phone: true }, snsRegion: stringToken(stack) }))).not.toThrow();
    // Elsewhere the rule doesn't apply.
    expect(() => synthesize(new UserPool(inRegion('ap-northeast-1'), 'Pool', { signInAliases: { phone: true }, snsRegion: 'ap-northeast-2' }))).not.toThrow();
  });

  test('a pool in a region the SES table doesn\'t list warns on a cross-region SES identity, and accepts its own region', () => {
    const email = (sesRegion: string) => UserPoolEmail.withSES({ fromEmail: 'noreply@example.com', sesRegion });
    const cross = inRegion('ap-southeast-3');
    new UserPool(cross, 'Pool', { email: email('us-east-1') });
    Annotations.fromStack(cross).hasWarning('/Stack/Pool', Match.stringLikeRegexp('\\[ack: cdk-secure-user-pool:sesRegionNotListed\\]'));
    const own = inRegion('ap-southeast-3');
    new UserPool(own, 'Pool', { email: email('ap-southeast-3') });
    Annotations.fromStack(own).hasNoWarning('/Stack/Pool', Match.stringLikeRegexp('sesRegionNotListed'));
  });

  test('a region-agnostic stack is not checked', () => {
    const stack = new Stack(new App(), 'Agnostic');
    expect(() => synthesize(new UserPool(stack, 'Pool', { email: UserPoolEmail.withSES({ fromEmail: 'noreply@example.com', sesRegion: 'ap-south-1' }) })))
      .not.toThrow();
  });
});

describe('warnings that must not fire', () => {
  const noWarning = (props: UserPoolProps, id: string) => {
    const { stack } = synthPool(props);
    Annotations.fromStack(stack).hasNoWarning('/Stack/Pool', Match.stringLikeRegexp(id));
  };

  test('device tracking: remembered on user prompt, challenged with MFA off, or left out', () => {
    noWarning({ deviceTracking: { challengeRequiredOnNewDevice: false, deviceOnlyRememberedOnUserPrompt: true } }, 'deviceTracking');
    noWarning({ mfa: Mfa.OFF, deviceTracking: { challengeRequiredOnNewDevice: true, deviceOnlyRememberedOnUserPrompt: true } }, 'deviceTracking');
    noWarning({}, 'deviceTracking');
  });

  test('phone numbers with an SMS role given, the one the library creates, or no phone at all', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool', { signInAliases: { phone: true }, smsRole: Role.fromRoleArn(stack, 'Sms', 'arn:aws:iam::123456789012:role/sms'), smsRoleExternalId: 'x' });
    Annotations.fromStack(stack).hasNoWarning('/Stack/Pool', Match.stringLikeRegexp('phoneWithoutSms'));
    noWarning({ signInAliases: { phone: true } }, 'phoneWithoutSms');
    noWarning({ enableSmsRole: false }, 'phoneWithoutSms');
  });

  test('no sign-in alias enabled, for a pool aws-cdk-lib created', () => {
    noWarning({ signInAliases: { phone: false }, creationOnlyDefaults: CreationOnlyDefaults.AWS_CDK_LIB }, 'signInWithoutAlias');
    noWarning({ signInAliases: { username: true } }, 'signInWithoutAlias');
  });

  test('link verification with a domain added to the pool', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool', { userVerification: { emailStyle: VerificationEmailStyle.LINK } });
    pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'my-app-auth' } });
    Annotations.fromStack(stack).hasNoWarning('/Stack/Pool', Match.stringLikeRegexp('linkVerificationWithoutDomain'));
  });

  test('an invitation without {####} in a pool whose users have no passwords', () => {
    noWarning({
      signInPolicy: { allowedFirstAuthFactors: { password: false, passkey: true } },
      passkeyRelyingPartyId: 'example.com',
      userInvitation: { emailBody: 'Welcome {username}' },
    }, 'invitationWithoutTemporaryPassword');
  });

  test('a given SMS role with an external id, or without SMS MFA', () => {
    const stack = newStack();
    const role = Role.fromRoleArn(stack, 'Sms', 'arn:aws:iam::123456789012:role/sms');
    new UserPool(stack, 'Pool', { smsRole: role, mfaSecondFactor: { otp: true, sms: true } });
    Annotations.fromStack(stack).hasWarning('/Stack/Pool', Match.stringLikeRegexp('\\[ack: cdk-secure-user-pool:smsRoleWithoutExternalId\\]'));
    const withId = newStack();
    new UserPool(withId, 'Pool', {
      smsRole: Role.fromRoleArn(withId, 'Sms', 'arn:aws:iam::123456789012:role/sms'),
      smsRoleExternalId: 'x',
      mfaSecondFactor: { otp: true, sms: true },
    });
    Annotations.fromStack(withId).hasNoWarning('/Stack/Pool', Match.stringLikeRegexp('smsRoleWithoutExternalId'));
    noWarning({ signInAliases: { phone: true } }, 'smsRoleWithoutExternalId');
  });

  test('email OTP sign-in through SES', () => {
    noWarning({ signInPolicy: { allowedFirstAuthFactors: { password: true, emailOtp: true } }, email: ses }, 'emailOtpWithCognitoSender');
  });

  test('SMS-only MFA when every user has a phone number, with otp too, or with MFA off', () => {
    const smsOnly = { otp: false, sms: true };
    noWarning({ mfaSecondFactor: smsOnly, standardAttributes: { phoneNumber: { required: true } } }, 'smsMfaWithoutPhoneNumber');
    noWarning({ mfaSecondFactor: smsOnly, autoVerify: { email: true, phone: true } }, 'smsMfaWithoutPhoneNumber');
    noWarning({ mfaSecondFactor: smsOnly, signInAliases: { phone: true } }, 'smsMfaWithoutPhoneNumber');
    noWarning({ mfaSecondFactor: { otp: true, sms: true } }, 'smsMfaWithoutPhoneNumber');
    noWarning({ mfa: Mfa.OFF, mfaSecondFactor: smsOnly }, 'smsMfaWithoutPhoneNumber');
    // A phone number that is optional and not verified is not enough, nor is phone sign-in beside email or a username
    // (without autoVerify.phone, which phone sign-in otherwise turns on by default).
    for (const props of [{ standardAttributes: { phoneNumber: { required: false } } },
      { signInAliases: { email: true, phone: true }, autoVerify: { email: true } },
      { signInAliases: { username: true, phone: true }, autoVerify: { email: true } }]) {
      const { stack } = synthPool({ mfaSecondFactor: smsOnly, ...props });
      Annotations.fromStack(stack).hasWarning('/Stack/Pool', Match.stringLikeRegexp('\\[ack: cdk-secure-user-pool:smsMfaWithoutPhoneNumber\\]'));
    }
  });

  test('DESTROY with deletionProtection given either way, or any other removal policy', () => {
    noWarning({ removalPolicy: RemovalPolicy.DESTROY, deletionProtection: false }, 'destroyDisablesDeletionProtection');
    noWarning({ removalPolicy: RemovalPolicy.DESTROY, deletionProtection: true }, 'destroyDisablesDeletionProtection');
    noWarning({ removalPolicy: RemovalPolicy.RETAIN }, 'destroyDisablesDeletionProtection');
    noWarning({ removalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE }, 'destroyDisablesDeletionProtection');
    noWarning({}, 'destroyDisablesDeletionProtection');
  });
});

describe('an enum prop with a value that is none of its members (from JavaScript, a cast or an injector)', () => {
  // [prop, props with the unknown value, the members' names, props with a member (the accepted boundary)]
  test.each<[string, Record<string, unknown>, string, UserPoolProps]>([
    ['mfa', { mfa: 'BAD' }, 'Mfa.OFF, Mfa.OPTIONAL, Mfa.REQUIRED', { mfa: Mfa.OPTIONAL }],
    ['accountRecovery', { accountRecovery: 'x' }, 'AccountRecovery.EMAIL_AND_PHONE_WITHOUT_MFA, AccountRecovery.PHONE_WITHOUT_MFA_AND_EMAIL, '
      + 'AccountRecovery.EMAIL_ONLY, AccountRecovery.PHONE_ONLY_WITHOUT_MFA, AccountRecovery.PHONE_AND_EMAIL, AccountRecovery.NONE',
    { accountRecovery: AccountRecovery.NONE }],
    ['featurePlan', { featurePlan: 'GOLD' }, 'FeaturePlan.LITE, FeaturePlan.ESSENTIALS, FeaturePlan.PLUS', { featurePlan: FeaturePlan.ESSENTIALS }],
    ['standardThreatProtectionMode', { standardThreatProtectionMode: 'ENFORCE' }, 'StandardThreatProtectionMode.FULL_FUNCTION, '
      + 'StandardThreatProtectionMode.AUDIT_ONLY, StandardThreatProtectionMode.NO_ENFORCEMENT',
    { standardThreatProtectionMode: StandardThreatProtectionMode.AUDIT_ONLY }],
    ['customThreatProtectionMode', { customThreatProtectionMode: 'OFF' }, 'CustomThreatProtectionMode.FULL_FUNCTION, CustomThreatProtectionMode.AUDIT_ONLY',
      { customThreatProtectionMode: CustomThreatProtectionMode.AUDIT_ONLY }],
    ['passkeyUserVerification', { passkeyUserVerification: 'REQUIRED' }, 'PasskeyUserVerification.PREFERRED, PasskeyUserVerification.REQUIRED',
      { passkeyUserVerification: PasskeyUserVerification.PREFERRED }],
    ['passkeyFactorConfiguration', { passkeyFactorConfiguration: 'MULTI' }, 'PasskeyFactorConfiguration.SINGLE_FACTOR, '
      + 'PasskeyFactorConfiguration.MULTI_FACTOR_WITH_USER_VERIFICATION', { passkeyFactorConfiguration: PasskeyFactorConfiguration.SINGLE_FACTOR }],
    ['issuerType', { issuerType: 'NEW' }, 'UserPoolIssuerType.ORIGINAL, UserPoolIssuerType.UPDATED', { issuerType: UserPoolIssuerType.UPDATED }],
    ['creationOnlyDefaults', { creationOnlyDefaults: 'aws-cdk-lib' }, 'CreationOnlyDefaults.SECURE, CreationOnlyDefaults.AWS_CDK_LIB',
      { creationOnlyDefaults: CreationOnlyDefaults.AWS_CDK_LIB }],
    ['userVerification.emailStyle', { userVerification: { emailStyle: 'LINK' } }, 'VerificationEmailStyle.CODE, VerificationEmailStyle.LINK',
      { userVerification: { emailStyle: VerificationEmailStyle.CODE } }],
  ])('%s: one error naming the prop and the members as users write them', (prop, rejected, members, accepted) => {
    const stack = newStack();
    new UserPool(stack, 'Pool', rejected as UserPoolProps);
    const value = JSON.stringify(prop.split('.').reduce<any>((v, key) => v[key], rejected));
    expect(synthProblems(stack)).toEqual([`[Stack/Pool] ${prop} must be one of ${members}, got ${value} [cdk-secure-user-pool:unknownEnumValue]`]);
    expect(() => synthPool(accepted)).not.toThrow();
  });

  test('lambdaTriggers.preTokenGenerationVersion: the trigger table\'s one error, not a second', () => {
    const stack = newStack();
    const fn = newFunction(stack, 'Fn');
    new UserPool(stack, 'Pool', { lambdaTriggers: { preTokenGeneration: fn, preTokenGenerationVersion: 'V9_0' as LambdaVersion } });
    expect(synthProblems(stack)).toEqual([
      '[Stack/Pool] lambdaTriggers.preTokenGeneration accepts LambdaVersion V1_0 or V2_0 or V3_0, got V9_0 [cdk-secure-user-pool:triggerLambdaVersion]',
    ]);
  });

  test('a token is not judged, but where the value chooses what is rendered', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool', { featurePlan: stringToken(stack) as FeaturePlan });
    expect(synthProblems(stack).filter((line) => line.includes('featurePlan must be one of'))).toEqual([]);
    // accountRecovery picks the recovery mechanisms, creationOnlyDefaults the settings' defaults: a token can't.
    for (const prop of ['accountRecovery', 'creationOnlyDefaults']) {
      const chooses = newStack();
      new UserPool(chooses, 'Pool', { [prop]: prop === 'accountRecovery' ? numberToken(chooses) : stringToken(chooses) } as UserPoolProps);
      expect(synthProblems(chooses)).toEqual([expect.stringMatching(new RegExp(`^\\[Stack/Pool\\] ${prop} must be one of .*, got a token: `))]);
    }
  });
});
