import { App, Duration, PropertyInjectors, RemovalPolicy, SecretValue, Stack } from 'aws-cdk-lib';
import { CognitoUserPoolsAuthorizer, RestApi } from 'aws-cdk-lib/aws-apigateway';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import * as cdkCognito from 'aws-cdk-lib/aws-cognito';
import { Role, ServicePrincipal, User } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
// The only change a user makes: this import, instead of `import * as cognito from 'aws-cdk-lib/aws-cognito'`.
import * as cognito from '../src';
import { checkedTemplate, ENV, Match, newFunction, newStack } from './util';

const CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012';

// Compile-time: every aws-cdk-lib UserPoolProps prop (but the deprecated advancedSecurityMode) exists here too.
type MissingProps = Exclude<keyof cdkCognito.UserPoolProps, keyof cognito.UserPoolProps | 'advancedSecurityMode'>;
const noMissingProps: [MissingProps] extends [never] ? true : false = true;
type MissingMembers = Exclude<keyof cdkCognito.UserPool, keyof cognito.UserPool>;
const noMissingMembers: [MissingMembers] extends [never] ? true : false = true;

describe('a stack written against aws-cdk-lib\'s UserPool', () => {
  test('sets every UserPoolProps prop, compiles against this library, and synthesizes', () => {
    expect([noMissingProps, noMissingMembers]).toEqual([true, true]);
    // GIVEN
    const stack = newStack();
    const fn = newFunction(stack, 'Fn');
    const smsRole = new Role(stack, 'SmsRole', { assumedBy: new ServicePrincipal('cognito-idp.amazonaws.com') });
    const key = new Key(stack, 'Key');
    // WHEN: aws-cdk-lib code, unchanged but for the import
    const pool = new cognito.UserPool(stack, 'Pool', {
      userPoolName: 'compat',
      selfSignUpEnabled: true,
      userVerification: { emailSubject: 'Verify', emailBody: 'Code {####}', emailStyle: cognito.VerificationEmailStyle.CODE, smsMessage: 'Code {####}' },
      userInvitation: { emailSubject: 'Invite', emailBody: 'Hi {username}, password {####}', smsMessage: 'Password {####}' },
      smsRole,
      smsRoleExternalId: 'external',
      snsRegion: 'us-east-1',
      enableSmsRole: true,
      signInAliases: { username: true, email: true, phone: true, preferredUsername: true },
      autoVerify: { email: true, phone: true },
      keepOriginal: { email: true, phone: true },
      standardAttributes: { email: { required: true, mutable: true }, fullname: { required: false } },
      customAttributes: {
        s: new cognito.StringAttribute({ minLen: 1, maxLen: 10, mutable: true }),
        n: new cognito.NumberAttribute({ min: 1, max: 5 }),
        b: new cognito.BooleanAttribute(),
        d: new cognito.DateTimeAttribute(),
      },
      mfa: cognito.Mfa.OPTIONAL,
      mfaMessage: 'MFA {####}',
      mfaSecondFactor: { sms: true, otp: true, email: true },
      passwordPolicy: {
        tempPasswordValidity: Duration.days(2),
        minLength: 10,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        passwordHistorySize: 3,
      },
      signInPolicy: { allowedFirstAuthFactors: { password: true, emailOtp: true, smsOtp: true, passkey: true } },
      passkeyRelyingPartyId: 'auth.example.com',
      passkeyUserVerification: cognito.PasskeyUserVerification.REQUIRED,
      email: cognito.UserPoolEmail.withSES({ fromEmail: 'noreply@example.com', fromName: 'Example', replyTo: 'help@example.com' }),
      lambdaTriggers: { preSignUp: fn, postConfirmation: fn, customEmailSender: fn },
      signInCaseSensitive: false,
      accountRecovery: cognito.AccountRecovery.EMAIL_AND_PHONE_WITHOUT_MFA,
      removalPolicy: RemovalPolicy.DESTROY,
      deletionProtection: false,
      deviceTracking: { challengeRequiredOnNewDevice: true, deviceOnlyRememberedOnUserPrompt: true },
      customSenderKmsKey: key,
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      customThreatProtectionMode: cognito.CustomThreatProtectionMode.AUDIT_ONLY,
    });
    pool.addTrigger(cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, fn, cognito.LambdaVersion.V2_0);
    // THEN
    const template = checkedTemplate(stack);
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      UserPoolName: 'compat',
      LambdaConfig: {
        PreSignUp: stack.resolve(fn.functionArn),
        PreTokenGenerationConfig: { LambdaArn: stack.resolve(fn.functionArn), LambdaVersion: 'V2_0' },
        KMSKeyID: stack.resolve(key.keyArn),
      },
    });
  });

  test.each<[string, object, object]>([
    ['Mfa', cognito.Mfa, cdkCognito.Mfa],
    ['AccountRecovery', cognito.AccountRecovery, cdkCognito.AccountRecovery],
    ['VerificationEmailStyle', cognito.VerificationEmailStyle, cdkCognito.VerificationEmailStyle],
    ['LambdaVersion', cognito.LambdaVersion, cdkCognito.LambdaVersion],
    ['FeaturePlan', cognito.FeaturePlan, cdkCognito.FeaturePlan],
    ['StandardThreatProtectionMode', cognito.StandardThreatProtectionMode, cdkCognito.StandardThreatProtectionMode],
    ['CustomThreatProtectionMode', cognito.CustomThreatProtectionMode, cdkCognito.CustomThreatProtectionMode],
    ['PasskeyUserVerification', cognito.PasskeyUserVerification, cdkCognito.PasskeyUserVerification],
  ])('enum %s has aws-cdk-lib\'s members and values', (_name, ours, theirs) => {
    expect(ours).toEqual(theirs);
  });

  test('UserPoolOperation has aws-cdk-lib\'s operations, with the same names', () => {
    const names = (cls: object) => Object.entries(cls)
      .filter(([, v]) => v && typeof v === 'object' && 'operationName' in v)
      .map(([k, v]) => [k, (v as { operationName: string }).operationName]);
    expect(names(cognito.UserPoolOperation)).toEqual(expect.arrayContaining(names(cdkCognito.UserPoolOperation)));
  });

  test('aws-cdk-lib custom attribute instances are accepted and rendered mutable by default', () => {
    const stack = newStack();
    new cognito.UserPool(stack, 'Pool', { customAttributes: { legacy: new cdkCognito.StringAttribute({ maxLen: 5 }) } });
    checkedTemplate(stack).hasResourceProperties('AWS::Cognito::UserPool', {
      Schema: [{ Name: 'legacy', AttributeDataType: 'String', Mutable: true, StringAttributeConstraints: { MaxLength: '5' } }],
    });
  });
});

describe('aws-cdk-lib\'s constructs accept the pool', () => {
  function build(): { stack: Stack; pool: cognito.UserPool } {
    const stack = newStack();
    return { stack, pool: new cognito.UserPool(stack, 'Pool') };
  }

  test('UserPoolClient, UserPoolDomain, UserPoolGroup and UserPoolResourceServer, directly and through add* methods', () => {
    const { stack, pool } = build();
    new cdkCognito.UserPoolClient(stack, 'Client', { userPool: pool });
    new cdkCognito.UserPoolDomain(stack, 'Domain', { userPool: pool, cognitoDomain: { domainPrefix: 'my-prefix-123' } });
    new cdkCognito.UserPoolGroup(stack, 'Group', { userPool: pool, groupName: 'admins' });
    pool.addClient('Client2');
    // The second domain is a custom one: a pool takes one Cognito domain and one custom domain.
    pool.addDomain('Domain2', { customDomain: { domainName: 'auth.example.com', certificate: Certificate.fromCertificateArn(stack, 'Cert', CERTIFICATE) } });
    pool.addGroup('Group2', { groupName: 'users' });
    pool.addResourceServer('Api', { identifier: 'api' });
    const template = checkedTemplate(stack);
    const poolRef = stack.resolve(pool.userPoolId);
    template.resourcePropertiesCountIs('AWS::Cognito::UserPoolClient', { UserPoolId: poolRef }, 2);
    template.resourcePropertiesCountIs('AWS::Cognito::UserPoolDomain', { UserPoolId: poolRef }, 2);
    template.resourcePropertiesCountIs('AWS::Cognito::UserPoolGroup', { UserPoolId: poolRef }, 2);
    template.resourcePropertiesCountIs('AWS::Cognito::UserPoolResourceServer', { UserPoolId: poolRef }, 1);
  });

  test('an identity provider registers itself with the pool', () => {
    const { stack, pool } = build();
    const google = new cdkCognito.UserPoolIdentityProviderGoogle(stack, 'Google', { userPool: pool, clientId: 'id', clientSecretValue: SecretValue.unsafePlainText('secret') });
    expect(pool.identityProviders).toEqual([google]);
  });

  test('API Gateway\'s CognitoUserPoolsAuthorizer', () => {
    const { stack, pool } = build();
    const api = new RestApi(stack, 'Api');
    const authorizer = new CognitoUserPoolsAuthorizer(stack, 'Auth', { cognitoUserPools: [pool] });
    api.root.addMethod('GET', undefined, { authorizer });
    checkedTemplate(stack).hasResourceProperties('AWS::ApiGateway::Authorizer', {
      Type: 'COGNITO_USER_POOLS', ProviderARNs: [stack.resolve(pool.userPoolArn)],
    });
  });

  test('grant gives actions on the pool', () => {
    const { stack, pool } = build();
    const user = new User(stack, 'User');
    pool.grant(user, 'cognito-idp:AdminGetUser');
    checkedTemplate(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'cognito-idp:AdminGetUser', Effect: 'Allow', Resource: stack.resolve(pool.userPoolArn) }] },
    });
  });

  test('the attributes are the resource\'s', () => {
    const { stack, pool } = build();
    expect(stack.resolve(pool.userPoolId)).toEqual({ Ref: expect.stringMatching(/^Pool/) });
    expect(stack.resolve(pool.userPoolArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Pool/), 'Arn'] });
    expect(stack.resolve(pool.userPoolProviderName)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Pool/), 'ProviderName'] });
    expect(stack.resolve(pool.userPoolProviderUrl)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Pool/), 'ProviderURL'] });
    expect(pool.userPoolRef).toEqual({ userPoolId: pool.userPoolId, userPoolArn: pool.userPoolArn });
  });
});

describe('property injection', () => {
  test('an injector written for aws-cdk-lib\'s UserPool, on the app, applies to this pool; props given win', () => {
    const app = new App();
    PropertyInjectors.of(app).add({
      constructUniqueId: cdkCognito.UserPool.PROPERTY_INJECTION_ID,
      inject: (props: cognito.UserPoolProps) => ({ userPoolName: 'injected', selfSignUpEnabled: true, ...props }),
    });
    const stack = new Stack(app, 'Stack', { env: ENV });
    new cognito.UserPool(stack, 'Pool', { selfSignUpEnabled: false });
    checkedTemplate(stack).hasResourceProperties('AWS::Cognito::UserPool', {
      UserPoolName: 'injected', AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: true }),
    });
    expect(cognito.UserPool.PROPERTY_INJECTION_ID).toBe(cdkCognito.UserPool.PROPERTY_INJECTION_ID);
  });

  test('the nearest scope with an injector for the pool wins; other constructs\' injectors are passed over', () => {
    const app = new App();
    PropertyInjectors.of(app).add({ constructUniqueId: cognito.UserPool.PROPERTY_INJECTION_ID, inject: (p: object) => ({ ...p, userPoolName: 'app' }) });
    const stack = new Stack(app, 'Stack', { env: ENV });
    PropertyInjectors.of(stack).add({ constructUniqueId: 'other.Construct', inject: (p: object) => ({ ...p, userPoolName: 'other' }) });
    const inner = new Construct(stack, 'Inner');
    PropertyInjectors.of(inner).add({ constructUniqueId: cognito.UserPool.PROPERTY_INJECTION_ID, inject: (p: object) => ({ ...p, userPoolName: 'inner' }) });
    new cognito.UserPool(inner, 'Pool');
    new cognito.UserPool(stack, 'Outer');
    const names = Object.values(checkedTemplate(stack).findResources('AWS::Cognito::UserPool')).map((r) => r.Properties.UserPoolName).sort();
    expect(names).toEqual(['app', 'inner']);
  });
});

describe('imports', () => {
  test('fromUserPoolId and fromUserPoolArn', () => {
    const stack = newStack();
    const byId = cognito.UserPool.fromUserPoolId(stack, 'ById', 'us-east-1_abc');
    expect(byId.userPoolId).toBe('us-east-1_abc');
    expect(stack.resolve(byId.userPoolArn)).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':cognito-idp:us-east-1:123456789012:userpool/us-east-1_abc']],
    });
    const byArn = cognito.UserPool.fromUserPoolArn(stack, 'ByArn', 'arn:aws:cognito-idp:eu-west-1:210987654321:userpool/eu-west-1_xyz');
    expect(byArn.userPoolId).toBe('eu-west-1_xyz');
    expect(byArn.env).toEqual({ account: '210987654321', region: 'eu-west-1' });
    expect(stack.resolve(byArn.userPoolProviderName)).toEqual({
      'Fn::Join': ['', ['cognito-idp.eu-west-1.', { Ref: 'AWS::URLSuffix' }, '/eu-west-1_xyz']],
    });
    // Imported pools keep grant and the add* methods.
    byArn.addClient('Client');
    checkedTemplate(stack).resourceCountIs('AWS::Cognito::UserPoolClient', 1);
  });

  test('an ARN without a pool id is a clear error', () => {
    const stack = newStack();
    expect(() => cognito.UserPool.fromUserPoolArn(stack, 'Bad', 'arn:aws:cognito-idp:eu-west-1:210987654321:userpool'))
      .toThrow(/userPoolArn must end in userpool\/<id>/);
  });
});
