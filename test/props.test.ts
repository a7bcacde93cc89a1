import * as fs from 'node:fs';
import * as path from 'node:path';
import { type App, Duration, RemovalPolicy, Tags } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cdkCognito from 'aws-cdk-lib/aws-cognito';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import {
  AccountRecovery, CustomThreatProtectionMode, DateTimeAttribute, FeaturePlan, UserPoolIssuerType, Mfa, PasskeyFactorConfiguration,
  PasskeyUserVerification, StandardThreatProtectionMode, StringAttribute, UserPool, UserPoolEmail, UserPoolOperation, VerificationEmailStyle,
} from '../src';
import { checkedTemplate, Match, newFunction, newStack, poolProperties, propsOf, synthPool } from './util';

describe('each prop renders its CloudFormation', () => {
  test('userPoolName and selfSignUpEnabled', () => {
    const p = propsOf({ userPoolName: 'customers', selfSignUpEnabled: true });
    expect(p.UserPoolName).toBe('customers');
    expect(p.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(false);
  });

  test('userVerification (code style)', () => {
    const p = propsOf({ userVerification: { emailSubject: 'Hi', emailBody: 'Code: {####}', smsMessage: 'SMS code {####}' } });
    expect(p.VerificationMessageTemplate).toEqual({
      DefaultEmailOption: 'CONFIRM_WITH_CODE', EmailSubject: 'Hi', EmailMessage: 'Code: {####}', SmsMessage: 'SMS code {####}',
    });
  });

  test('userVerification (link style)', () => {
    const p = propsOf({ userVerification: { emailStyle: VerificationEmailStyle.LINK, emailBody: 'Click {##here##}' } });
    expect(p.VerificationMessageTemplate).toMatchObject({ DefaultEmailOption: 'CONFIRM_WITH_LINK', EmailMessageByLink: 'Click {##here##}' });
  });

  test('userInvitation', () => {
    const p = propsOf({ userInvitation: { emailSubject: 'Welcome', emailBody: 'Hello {username}, your password is {####}', smsMessage: 'Pw {####}' } });
    expect(p.AdminCreateUserConfig.InviteMessageTemplate).toEqual({
      EmailSubject: 'Welcome', EmailMessage: 'Hello {username}, your password is {####}', SMSMessage: 'Pw {####}',
    });
  });

  test('signInAliases, autoVerify, keepOriginal and signInCaseSensitive', () => {
    const p = propsOf({
      signInAliases: { username: true, email: true },
      autoVerify: { email: true, phone: false },
      keepOriginal: { email: false },
      signInCaseSensitive: true,
    });
    expect(p.AliasAttributes).toEqual(['email']);
    expect(p.AutoVerifiedAttributes).toEqual(['email']);
    expect(p.UserAttributeUpdateSettings).toBeUndefined();
    expect(p.UsernameConfiguration).toEqual({ CaseSensitive: true });
  });

  test('standardAttributes and customAttributes', () => {
    const p = propsOf({
      standardAttributes: { givenName: { required: true, mutable: false } },
      customAttributes: { plan: new StringAttribute({ maxLen: 32 }), joined: new DateTimeAttribute({ mutable: false }) },
    });
    expect(p.Schema).toEqual([
      { Name: 'given_name', AttributeDataType: 'String', Required: true, Mutable: false },
      { Name: 'plan', AttributeDataType: 'String', Mutable: true, StringAttributeConstraints: { MaxLength: '32' } },
      { Name: 'joined', AttributeDataType: 'DateTime', Mutable: false },
    ]);
  });

  test('mfa, mfaSecondFactor, mfaMessage, emailMfaMessage and emailMfaSubject', () => {
    const email = UserPoolEmail.withSES({ fromEmail: 'noreply@example.com' });
    const p = propsOf({
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: true, email: true },
      mfaMessage: 'Your code {####}',
      emailMfaMessage: 'Your sign-in code is {####}',
      emailMfaSubject: 'Sign-in code',
      email,
    });
    expect(p.MfaConfiguration).toBe('OPTIONAL');
    expect(p.EnabledMfas).toEqual(['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']);
    expect(p.SmsAuthenticationMessage).toBe('Your code {####}');
    expect(p.EmailAuthenticationMessage).toBe('Your sign-in code is {####}');
    expect(p.EmailAuthenticationSubject).toBe('Sign-in code');
  });

  test('passwordPolicy', () => {
    const p = propsOf({
      passwordPolicy: {
        minLength: 20,
        requireDigits: false,
        requireLowercase: false,
        requireUppercase: false,
        requireSymbols: false,
        tempPasswordValidity: Duration.days(1),
        passwordHistorySize: 24,
      },
    });
    expect(p.Policies.PasswordPolicy).toEqual({
      MinimumLength: 20,
      RequireNumbers: false,
      RequireLowercase: false,
      RequireUppercase: false,
      RequireSymbols: false,
      TemporaryPasswordValidityDays: 1,
      PasswordHistorySize: 24,
    });
  });

  test('signInPolicy, passkeyRelyingPartyId, passkeyUserVerification and passkeyFactorConfiguration', () => {
    const p = propsOf({
      featurePlan: FeaturePlan.ESSENTIALS,
      mfa: Mfa.OPTIONAL,
      signInPolicy: { allowedFirstAuthFactors: { password: true, passkey: true } },
      passkeyRelyingPartyId: 'auth.example.com',
      passkeyUserVerification: PasskeyUserVerification.PREFERRED,
      passkeyFactorConfiguration: PasskeyFactorConfiguration.SINGLE_FACTOR,
    });
    expect(p.Policies.SignInPolicy).toEqual({ AllowedFirstAuthFactors: ['PASSWORD', 'WEB_AUTHN'] });
    expect(p.WebAuthnRelyingPartyID).toBe('auth.example.com');
    expect(p.WebAuthnUserVerification).toBe('preferred');
    expect(p.WebAuthnFactorConfiguration).toBe('SINGLE_FACTOR');
  });

  test('email with SES, with a display name, reply-to, configuration set, region and domain identity', () => {
    const { template } = synthPool({
      email: UserPoolEmail.withSES({
        fromEmail: 'noreply@example.com',
        fromName: 'Example, Inc.',
        replyTo: 'support@example.com',
        configurationSetName: 'cognito',
        sesRegion: 'eu-west-1',
        sesVerifiedDomain: 'example.com',
      }),
    });
    expect(poolProperties(template).EmailConfiguration).toEqual({
      EmailSendingAccount: 'DEVELOPER',
      From: '"Example, Inc." <noreply@example.com>',
      ReplyToEmailAddress: 'support@example.com',
      ConfigurationSet: 'cognito',
      SourceArn: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':ses:eu-west-1:123456789012:identity/example.com']] },
    });
  });

  test('email with Cognito and a reply-to address', () => {
    expect(propsOf({ email: UserPoolEmail.withCognito('support@example.com') }).EmailConfiguration)
      .toEqual({ EmailSendingAccount: 'COGNITO_DEFAULT', ReplyToEmailAddress: 'support@example.com' });
  });

  test('accountRecovery', () => {
    expect(propsOf({ accountRecovery: AccountRecovery.NONE }).AccountRecoverySetting)
      .toEqual({ RecoveryMechanisms: [{ Name: 'admin_only', Priority: 1 }] });
  });

  test('removalPolicy and deletionProtection', () => {
    const { template } = synthPool({ removalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE, deletionProtection: false });
    template.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'RetainExceptOnCreate', UpdateReplacePolicy: 'Retain', Properties: Match.objectLike({ DeletionProtection: 'INACTIVE' }),
    });
    expect(propsOf({ removalPolicy: RemovalPolicy.DESTROY, deletionProtection: false }).DeletionProtection).toBe('INACTIVE');
  });

  test('deviceTracking', () => {
    expect(propsOf({ deviceTracking: { challengeRequiredOnNewDevice: true, deviceOnlyRememberedOnUserPrompt: false } }).DeviceConfiguration)
      .toEqual({ ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false });
  });

  test('featurePlan and threat protection modes', () => {
    const p = propsOf({
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.AUDIT_ONLY,
      customThreatProtectionMode: CustomThreatProtectionMode.FULL_FUNCTION,
    });
    expect(p.UserPoolTier).toBe('PLUS');
    expect(p.UserPoolAddOns).toEqual({ AdvancedSecurityMode: 'AUDIT', AdvancedSecurityAdditionalFlows: { CustomAuthMode: 'ENFORCED' } });
  });

  test('issuerType and encryptionKey render through property overrides', () => {
    const stack = newStack();
    const key = new Key(stack, 'Key');
    new UserPool(stack, 'Pool', { issuerType: UserPoolIssuerType.UPDATED, encryptionKey: key });
    const p = poolProperties(checkedTemplate(stack));
    expect(p.IssuerConfiguration).toEqual({ Type: 'UPDATED' });
    expect(p.KeyConfiguration).toEqual({ KeyType: 'CUSTOMER_MANAGED_KEY', KmsKeyArn: stack.resolve(key.keyArn) });
  });

  test('tags render UserPoolTags, with the tags of Tags.of(...) added, on the pool only', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool', { tags: { team: 'identity', tier: 'gold' }, mfa: Mfa.REQUIRED, mfaSecondFactor: { sms: true, otp: true } });
    Tags.of(pool).add('tier', 'platinum');
    const template = checkedTemplate(stack);
    expect(poolProperties(template).UserPoolTags).toEqual({ team: 'identity', tier: 'platinum' });
    template.hasResourceProperties('AWS::IAM::Role', { Tags: [{ Key: 'tier', Value: 'platinum' }] });
    expect(JSON.stringify(template.findResources('AWS::IAM::Role'))).not.toContain('identity');
  });
});

describe('SMS', () => {
  test('no SMS role when nothing uses SMS', () => {
    synthPool().template.resourceCountIs('AWS::IAM::Role', 0);
    synthPool({ enableSmsRole: false, signInAliases: { phone: true } }).template.resourceCountIs('AWS::IAM::Role', 0);
  });

  test('SMS MFA creates smsRole, with the pool\'s removal policy and an external id', () => {
    const { template, pool, stack } = synthPool({ mfaSecondFactor: { sms: true, otp: true }, snsRegion: 'us-west-2' });
    const role = pool.node.findChild('smsRole') as Role;
    // The logical id aws-cdk-lib's UserPool gives its SMS role: a pool switched to this library keeps its role.
    const theirs = newStack();
    new cdkCognito.UserPool(theirs, 'Pool', { enableSmsRole: true });
    const roles = template.findResources('AWS::IAM::Role');
    expect(Object.keys(roles)).toEqual(Object.keys(Template.fromStack(theirs).findResources('AWS::IAM::Role')));
    const [roleResource] = Object.values(roles);
    expect(roleResource.DeletionPolicy).toBe('Retain');
    const sms = poolProperties(template).SmsConfiguration;
    expect(sms.SnsRegion).toBe('us-west-2');
    expect(sms.SnsCallerArn).toEqual(stack.resolve(role.roleArn));
    expect(roleResource.Properties.AssumeRolePolicyDocument.Statement[0]).toMatchObject({
      Principal: { Service: 'cognito-idp.amazonaws.com' },
      Condition: { StringEquals: { 'sts:ExternalId': sms.ExternalId } },
    });
  });

  test('a destroyed pool destroys its SMS role', () => {
    const { template } = synthPool({ signInAliases: { phone: true }, removalPolicy: RemovalPolicy.DESTROY });
    template.hasResource('AWS::IAM::Role', { DeletionPolicy: 'Delete' });
  });

  test('a given smsRole and external id are used as they are', () => {
    const stack = newStack();
    const role = new Role(stack, 'Sms', { assumedBy: new ServicePrincipal('cognito-idp.amazonaws.com') });
    new UserPool(stack, 'Pool', { smsRole: role, smsRoleExternalId: 'my-id', signInAliases: { phone: true } });
    const template = checkedTemplate(stack);
    template.resourceCountIs('AWS::IAM::Role', 1);
    expect(poolProperties(template).SmsConfiguration).toEqual({ SnsCallerArn: stack.resolve(role.roleArn), ExternalId: 'my-id' });
  });

  test('enableSmsRole true creates the role even when SMS is not used', () => {
    synthPool({ enableSmsRole: true }).template.resourceCountIs('AWS::IAM::Role', 1);
  });
});

describe('the L1 escape hatch', () => {
  test('a LambdaConfig set on the CfnUserPool is kept beside the library\'s triggers', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool', { lambdaTriggers: { preSignUp: newFunction(stack, 'PreSignUp') } });
    (pool.node.defaultChild as cdkCognito.CfnUserPool).lambdaConfig = { postConfirmation: 'arn:aws:lambda:us-east-1:123456789012:function:mine' };
    const config = poolProperties(checkedTemplate(stack)).LambdaConfig;
    expect(config.PostConfirmation).toBe('arn:aws:lambda:us-east-1:123456789012:function:mine');
    expect(config.PreSignUp).toBeDefined();
  });

  test('the construct tree (tree.json) lists the pool\'s properties under their own names, with no internal key', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    pool.addTrigger(UserPoolOperation.PRE_SIGN_UP, newFunction(stack, 'PreSignUp'));
    const out = stack.node.root as App;
    const assembly = out.synth();
    const tree = JSON.parse(fs.readFileSync(path.join(assembly.directory, 'tree.json'), 'utf-8'));
    const props = tree.tree.children.Stack.children.Pool.children.Resource.attributes['aws:cdk:cloudformation:props'];
    expect(Object.keys(props).filter((key) => key.includes(':'))).toEqual([]);
    expect(props.LambdaConfig).toEqual({ PreSignUp: { 'Fn::GetAtt': [stack.getLogicalId(stack.node.findChild('PreSignUp').node.defaultChild as never), 'Arn'] } });
    expect(props.userPoolTier).toBe('PLUS');
  });
});
