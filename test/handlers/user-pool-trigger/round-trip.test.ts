import {
  CognitoIdentityProviderClient,
  type CognitoIdentityProviderClientConfig,
  DescribeUserPoolCommand,
  UpdateUserPoolCommand,
  UpdateUserPoolRequest$,
  UserPoolType$,
  type UserPoolType,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { makeHandler, type TriggerEvent } from '../../../src/handlers/user-pool-trigger';

const ACCOUNT = '123456789012';
const POOL = 'eu-west-1_AbCdEf123';
const fn = (name: string) => `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:${name}`;
const OURS = fn('post-confirmation');
const SDK_MEMBERS = (UpdateUserPoolRequest$ as unknown as unknown[])[4] as string[];

/**
 * Every setting a pool can have, as DescribeUserPool returns it (each member of the installed SDK's UserPoolType, see
 * the first test), plus members newer than that SDK: `FutureSetting` at the top and one inside LambdaConfig.
 */
function fullPool(): Record<string, unknown> {
  return {
    Id: POOL,
    Name: 'production-users',
    Policies: {
      PasswordPolicy: {
        MinimumLength: 14,
        RequireUppercase: true,
        RequireLowercase: true,
        RequireNumbers: true,
        RequireSymbols: true,
        PasswordHistorySize: 5,
        TemporaryPasswordValidityDays: 3,
      },
      SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD'] },
    },
    DeletionProtection: 'ACTIVE',
    LambdaConfig: {
      PreSignUp: fn('pre-sign-up'),
      CustomMessage: fn('custom-message'),
      PreTokenGeneration: fn('pre-token'),
      PreTokenGenerationConfig: { LambdaArn: fn('pre-token'), LambdaVersion: 'V2_0' },
      CustomEmailSender: { LambdaArn: fn('email-sender'), LambdaVersion: 'V1_0' },
      CustomSMSSender: { LambdaArn: fn('sms-sender'), LambdaVersion: 'V1_0' },
      KMSKeyID: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
      InboundFederation: { LambdaArn: fn('inbound-federation'), LambdaVersion: 'V1_0' },
      FutureTrigger: { LambdaArn: fn('future'), LambdaVersion: 'V1_0' },
    },
    Status: 'Enabled',
    LastModifiedDate: 1767225600,
    CreationDate: 1735689600,
    SchemaAttributes: [
      { Name: 'sub', AttributeDataType: 'String', DeveloperOnlyAttribute: false, Mutable: false, Required: true, StringAttributeConstraints: { MinLength: '1', MaxLength: '2048' } },
      { Name: 'email', AttributeDataType: 'String', DeveloperOnlyAttribute: false, Mutable: true, Required: true, StringAttributeConstraints: { MinLength: '0', MaxLength: '2048' } },
      { Name: 'custom:tenant', AttributeDataType: 'String', DeveloperOnlyAttribute: false, Mutable: true, Required: false, StringAttributeConstraints: { MinLength: '1', MaxLength: '64' } },
    ],
    AutoVerifiedAttributes: ['email', 'phone_number'],
    AliasAttributes: ['preferred_username'],
    UsernameAttributes: ['email'],
    SmsVerificationMessage: 'Your code is {####}',
    EmailVerificationMessage: 'Your code is {####}',
    EmailVerificationSubject: 'Your verification code',
    VerificationMessageTemplate: {
      SmsMessage: 'Your code is {####}',
      EmailMessage: 'Your code is {####}',
      EmailSubject: 'Your verification code',
      EmailMessageByLink: 'Verify your address: {##Verify Email##}',
      EmailSubjectByLink: 'Verify your address',
      DefaultEmailOption: 'CONFIRM_WITH_CODE',
    },
    SmsAuthenticationMessage: 'Your sign-in code is {####}',
    UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email', 'phone_number'] },
    MfaConfiguration: 'ON',
    DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true },
    EstimatedNumberOfUsers: 48213,
    EmailConfiguration: {
      SourceArn: `arn:aws:ses:eu-west-1:${ACCOUNT}:identity/example.com`,
      ReplyToEmailAddress: 'support@example.com',
      EmailSendingAccount: 'DEVELOPER',
      From: 'Example <no-reply@example.com>',
      ConfigurationSet: 'cognito-delivery',
    },
    SmsConfiguration: { SnsCallerArn: `arn:aws:iam::${ACCOUNT}:role/cognito-sms`, ExternalId: '5f6a7b8c-sms', SnsRegion: 'eu-west-1' },
    UserPoolTags: { 'team': 'identity', 'cost-center': '4711', 'aws:cloudformation:stack-name': 'Identity' },
    SmsConfigurationFailure: 'SNS account is in the SMS sandbox',
    EmailConfigurationFailure: 'SES identity pending verification',
    Domain: 'example-auth',
    CustomDomain: 'auth.example.com',
    AdminCreateUserConfig: {
      AllowAdminCreateUserOnly: true,
      UnusedAccountValidityDays: 3,
      InviteMessageTemplate: {
        SMSMessage: 'Hello {username}, your temporary password is {####}',
        EmailMessage: '<p>Hello {username}, your temporary password is {####}</p>',
        EmailSubject: 'Welcome to Example',
      },
    },
    UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED', AdvancedSecurityAdditionalFlows: { CustomAuthMode: 'AUDIT' } },
    DcrConfiguration: { EnableStatus: 'Enabled', OpenDcrEnabled: false, AuthenticatedGrantTypes: ['code'], OpenDcrGrantTypes: [], AllowedScopes: ['api/read'] },
    UsernameConfiguration: { CaseSensitive: false },
    Arn: `arn:aws:cognito-idp:eu-west-1:${ACCOUNT}:userpool/${POOL}`,
    AccountRecoverySetting: { RecoveryMechanisms: [{ Priority: 1, Name: 'verified_email' }, { Priority: 2, Name: 'verified_phone_number' }] },
    UserPoolTier: 'PLUS',
    KeyConfiguration: { KeyType: 'CUSTOMER_MANAGED_KEY', KmsKeyArn: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/mrk-0123456789abcdef0123456789abcdef` },
    IssuerConfiguration: { Type: 'UPDATED' },
    AcrConfiguration: { Level1: { AcrValue: 'urn:example:acr:password' }, Level3: { AcrValue: 'urn:example:acr:mfa' } },
    FutureSetting: { Enabled: true, Mode: 'STRICT' },
  };
}

/** The UpdateUserPool request that keeps the pool as it is but for the new trigger, written out by hand. */
function expectedRequest(options: { futureSetting: boolean }): Record<string, unknown> {
  const pool = fullPool();
  return {
    UserPoolId: POOL,
    PoolName: 'production-users',
    Policies: pool.Policies,
    DeletionProtection: 'ACTIVE',
    LambdaConfig: { ...(pool.LambdaConfig as object), PostConfirmation: OURS },
    AutoVerifiedAttributes: ['email', 'phone_number'],
    // The legacy SmsVerificationMessage, EmailVerificationMessage and EmailVerificationSubject are in the template.
    VerificationMessageTemplate: pool.VerificationMessageTemplate,
    SmsAuthenticationMessage: 'Your sign-in code is {####}',
    UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email', 'phone_number'] },
    MfaConfiguration: 'ON',
    DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true },
    EmailConfiguration: pool.EmailConfiguration,
    SmsConfiguration: pool.SmsConfiguration,
    UserPoolTags: { 'team': 'identity', 'cost-center': '4711' },
    AdminCreateUserConfig: {
      AllowAdminCreateUserOnly: true,
      InviteMessageTemplate: (pool.AdminCreateUserConfig as Record<string, unknown>).InviteMessageTemplate,
    },
    UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED', AdvancedSecurityAdditionalFlows: { CustomAuthMode: 'AUDIT' } },
    AccountRecoverySetting: pool.AccountRecoverySetting,
    UserPoolTier: 'PLUS',
    KeyConfiguration: pool.KeyConfiguration,
    IssuerConfiguration: { Type: 'UPDATED' },
    AcrConfiguration: pool.AcrConfiguration,
    ...(options.futureSetting ? { FutureSetting: { Enabled: true, Mode: 'STRICT' } } : {}),
  };
}

const CREATE: TriggerEvent = {
  RequestType: 'Create',
  ResourceProperties: { UserPoolId: POOL, Operation: 'PostConfirmation', LambdaArn: OURS },
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

let logged: string[] = [];
beforeEach(() => {
  logged = [];
  jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => { logged.push(args.map(String).join(' ')); });
});
afterEach(() => jest.restoreAllMocks());

test('the fixture has every member of DescribeUserPool\'s UserPool in the installed SDK', () => {
  const outputMembers = (UserPoolType$ as unknown as unknown[])[4] as string[];
  expect(outputMembers.filter((name) => !(name in fullPool()))).toEqual([]);
});

describe('through the SDK client (mocked)', () => {
  const cognito = mockClient(CognitoIdentityProviderClient);
  beforeEach(() => cognito.reset());
  afterAll(() => cognito.restore());

  test('a fully configured pool goes back as it was read, apart from the one trigger', async () => {
    cognito.on(DescribeUserPoolCommand).resolves({ UserPool: deepFreeze(fullPool()) as UserPoolType });
    cognito.on(UpdateUserPoolCommand).resolves({});
    // A Lambda runtime whose SDK is newer than this code: its schema lists FutureSetting.
    const handler = makeHandler({ client: new CognitoIdentityProviderClient({ region: 'eu-west-1' }), runtimeMembers: [...SDK_MEMBERS, 'FutureSetting'] });

    await handler(CREATE);

    const calls = cognito.commandCalls(UpdateUserPoolCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0].args[0].input).toEqual(expectedRequest({ futureSetting: true }));
  });
});

describe('through the SDK\'s real serialization (an HTTP handler that plays Cognito)', () => {
  interface Sent { target: string; body: Record<string, unknown>; contentLength: string }

  /** A client whose HTTP layer answers DescribeUserPool with `pool` as JSON and records every request. */
  function cognitoOverHttp(pool: Record<string, unknown> | undefined, sent: Sent[], errors: Record<string, string> = {}) {
    const requestHandler = {
      handle: async (request: { headers: Record<string, string>; body: string | Uint8Array }) => {
        const target = request.headers['x-amz-target'].split('.')[1];
        const text = typeof request.body === 'string' ? request.body : new TextDecoder().decode(request.body);
        sent.push({ target, body: JSON.parse(text), contentLength: request.headers['content-length'] });
        const [status, body] = errors[target] ? [400, JSON.stringify({ __type: errors[target], message: `${errors[target]} from the test` })]
          : target === 'DescribeUserPool' ? [200, JSON.stringify({ UserPool: pool })] : [200, '{}'];
        return { response: { statusCode: status, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: Buffer.from(body) } };
      },
    };
    return new CognitoIdentityProviderClient({
      region: 'eu-west-1',
      credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'example' },
      maxAttempts: 1,
      requestHandler: requestHandler as unknown as CognitoIdentityProviderClientConfig['requestHandler'],
    });
  }

  test('settings the SDK\'s model lacks survive: the request body is the pool as read, apart from the one trigger', async () => {
    const sent: Sent[] = [];
    const handler = makeHandler({ client: cognitoOverHttp(fullPool(), sent) });

    await handler(CREATE);

    const write = sent.find((request) => request.target === 'UpdateUserPool')!;
    // FutureSetting is top-level and unknown to this SDK's model: nothing says UpdateUserPool takes it, so it stays
    // out; LambdaConfig.FutureTrigger is inside a copied setting and goes back with it.
    expect(write.body).toEqual(expectedRequest({ futureSetting: false }));
    expect(write.contentLength).toBe(String(Buffer.byteLength(JSON.stringify(write.body))));
    expect(logged).toContainEqual(JSON.stringify({ step: 'Read', userPoolId: POOL, detail: 'settings newer than this handler, not written back: FutureSetting' }));
  });

  test('a top-level setting goes back once the runtime SDK\'s schema lists it', async () => {
    const sent: Sent[] = [];
    const handler = makeHandler({ client: cognitoOverHttp(fullPool(), sent), runtimeMembers: [...SDK_MEMBERS, 'FutureSetting'] });

    await handler(CREATE);

    expect(sent.find((request) => request.target === 'UpdateUserPool')!.body).toEqual(expectedRequest({ futureSetting: true }));
  });

  test('a service error still reaches the handler with its message', async () => {
    const handler = makeHandler({ client: cognitoOverHttp(fullPool(), [], { UpdateUserPool: 'InvalidParameterException' }) });

    await expect(handler(CREATE)).rejects.toThrow(
      `UpdateUserPool failed for user pool ${POOL}: InvalidParameterException: InvalidParameterException from the test`);
  });

  test('a pool that is gone lets the delete succeed', async () => {
    const sent: Sent[] = [];
    const handler = makeHandler({ client: cognitoOverHttp(undefined, sent, { DescribeUserPool: 'ResourceNotFoundException' }) });

    await expect(handler({ ...CREATE, RequestType: 'Delete', PhysicalResourceId: `${POOL}/PostConfirmation` }))
      .resolves.toEqual({ PhysicalResourceId: `${POOL}/PostConfirmation` });
    expect(sent.map((request) => request.target)).toEqual(['DescribeUserPool']);
  });
});
