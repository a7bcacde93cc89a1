import type * as CognitoSdk from '@aws-sdk/client-cognito-identity-provider';
import type * as StsSdk from '@aws-sdk/client-sts';
import type * as MockSdk from 'aws-sdk-client-mock';
import type * as Handler from '../../../src/handlers/user-pool-migration';

const POOL = 'eu-west-1_SrcPool1';
const CLIENT = '1example23456789abcdefghij';
const BASE_ENV = { SOURCE_USER_POOL_ID: POOL, SOURCE_CLIENT_ID: CLIENT };
const ENV_KEYS = ['SOURCE_USER_POOL_ID', 'SOURCE_CLIENT_ID', 'SOURCE_REGION', 'SOURCE_ROLE_ARN', 'ATTRIBUTE_MAPPING', 'TARGET_CUSTOM_ATTRIBUTES', 'SOURCE_CLIENT_SECRET'];
const PASSWORD = 'correct horse battery staple 9!';

interface Loaded {
  readonly handler: typeof Handler.handler;
  readonly unavailable: string;
  readonly cognito: MockSdk.AwsClientStub<CognitoSdk.CognitoIdentityProviderClient>;
  readonly sts: MockSdk.AwsClientStub<StsSdk.STSClient>;
  readonly sdk: typeof CognitoSdk;
  readonly stsSdk: typeof StsSdk;
}

let current: Loaded | undefined;

/**
 * A fresh copy of the handler (its module-scope clients and cached credentials start empty) with the given environment,
 * and mocks of the SDK clients it loads: the SDK comes from the same isolated module registry, so the mocks reach it.
 */
function load(env: Record<string, string | undefined> = {}): Loaded {
  for (const key of ENV_KEYS) { delete process.env[key]; }
  for (const [key, value] of Object.entries({ ...BASE_ENV, ...env })) {
    if (value !== undefined) { process.env[key] = value; }
  }
  let loaded: Loaded | undefined;
  jest.isolateModules(() => {
    const sdk = jest.requireActual<typeof CognitoSdk>('@aws-sdk/client-cognito-identity-provider');
    const stsSdk = jest.requireActual<typeof StsSdk>('@aws-sdk/client-sts');
    const { mockClient } = jest.requireActual<typeof MockSdk>('aws-sdk-client-mock');
    const cognito = mockClient(sdk.CognitoIdentityProviderClient);
    const sts = mockClient(stsSdk.STSClient);
    const mod = jest.requireActual<typeof Handler>('../../../src/handlers/user-pool-migration');
    loaded = { handler: mod.handler, unavailable: mod.UNAVAILABLE_MESSAGE, cognito, sts, sdk, stsSdk };
  });
  current = loaded!;
  return loaded!;
}

let logged: string[] = [];
beforeEach(() => {
  logged = [];
  process.env.AWS_REGION = 'eu-central-1';
  jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => { logged.push(args.map(String).join(' ')); });
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => { logged.push(args.map(String).join(' ')); });
});
afterEach(() => {
  current?.cognito.restore();
  current?.sts.restore();
  current = undefined;
  jest.restoreAllMocks();
  jest.useRealTimers();
});

type Trigger = 'UserMigration_Authentication' | 'UserMigration_ForgotPassword';
/** The event as Cognito sends it: the response fields present, all null. */
function event(triggerSource: Trigger, userName: string, password?: string): Handler.UserMigrationEvent {
  return {
    version: '1',
    triggerSource,
    region: 'eu-central-1',
    userPoolId: 'eu-central-1_Target1',
    userName,
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: 'targetclient1234567890' },
    request: triggerSource === 'UserMigration_Authentication'
      ? { password, validationData: null, clientMetadata: null }
      : { clientMetadata: null },
    response: {
      userAttributes: null, finalUserStatus: null, messageAction: null, desiredDeliveryMediums: null, forceAliasCreation: null, enableSMSMFA: null,
    },
  };
}
const signIn = (userName = 'jane', password = PASSWORD) => event('UserMigration_Authentication', userName, password);
const forgot = (userName = 'jane') => event('UserMigration_ForgotPassword', userName);
const UNTOUCHED = signIn().response;

/** An access token with the given claims (only its payload is read). */
function token(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ kid: 'k', alg: 'RS256' })}.${part({ token_use: 'access', ...claims })}.c2lnbmF0dXJl`;
}
const TOKENS = (username: string) => ({
  AccessToken: token({ username, sub: 'src-sub' }), IdToken: 'id.token.value', RefreshToken: 'refresh-token-value', ExpiresIn: 3600, TokenType: 'Bearer',
});

const SOURCE_ATTRIBUTES = [
  { Name: 'sub', Value: '7d2c4e1a-0000-4000-8000-000000000001' },
  { Name: 'email', Value: 'jane@example.com' },
  { Name: 'email_verified', Value: 'true' },
  { Name: 'given_name', Value: 'Jane' },
  { Name: 'identities', Value: '[]' },
  { Name: 'custom:tenant', Value: 'acme' },
];
const USER = (over: Partial<CognitoSdk.AdminGetUserCommandOutput> = {}): CognitoSdk.AdminGetUserCommandOutput => ({
  $metadata: {}, Username: 'jane', Enabled: true, UserStatus: 'CONFIRMED', UserAttributes: SOURCE_ATTRIBUTES, ...over,
});

function sourceSignsIn(l: Loaded, username = 'jane', user = USER()) {
  l.cognito.on(l.sdk.AdminInitiateAuthCommand).resolves({ $metadata: {}, AuthenticationResult: TOKENS(username), ChallengeParameters: {} });
  l.cognito.on(l.sdk.AdminGetUserCommand).resolves(user);
}
function sourceRejects(l: Loaded, name: keyof typeof CognitoSdk, message: string) {
  const ErrorClass = l.sdk[name] as unknown as new (opts: { message: string; $metadata: object }) => Error;
  l.cognito.on(l.sdk.AdminInitiateAuthCommand).rejects(new ErrorClass({ message, $metadata: {} }));
}

describe('UserMigration_Authentication', () => {
  test('signs in to the source pool with exactly ADMIN_USER_PASSWORD_AUTH, the pool, the client and the typed credentials', async () => {
    const l = load();
    sourceSignsIn(l);
    await l.handler(signIn('jane'));
    expect(l.cognito.commandCalls(l.sdk.AdminInitiateAuthCommand)).toHaveLength(1);
    expect(l.cognito.commandCalls(l.sdk.AdminInitiateAuthCommand)[0].args[0].input).toEqual({
      UserPoolId: POOL,
      ClientId: CLIENT,
      AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'jane', PASSWORD },
    });
    expect(l.cognito.commandCalls(l.sdk.AdminGetUserCommand)[0].args[0].input).toEqual({ UserPoolId: POOL, Username: 'jane' });
  });

  test('success: the mapped attributes without sub, CONFIRMED, SUPPRESS', async () => {
    const l = load({ TARGET_CUSTOM_ATTRIBUTES: '["custom:tenant"]' });
    sourceSignsIn(l);
    const out = await l.handler(signIn());
    expect(out.response).toEqual({
      ...UNTOUCHED,
      userAttributes: { 'email': 'jane@example.com', 'email_verified': 'true', 'given_name': 'Jane', 'custom:tenant': 'acme' },
      finalUserStatus: 'CONFIRMED',
      messageAction: 'SUPPRESS',
    });
    expect(out.response.userAttributes).not.toHaveProperty('sub');
    expect(out.response.userAttributes).not.toHaveProperty('identities');
  });

  test('attribute mapping through the handler: rename, drop, verified flags only with their attribute, custom attributes filtered', async () => {
    const l = load({
      ATTRIBUTE_MAPPING: JSON.stringify({ 'given_name': 'name', 'email': null, 'custom:legacy_id': 'custom:source_id', 'locale': '' }),
      TARGET_CUSTOM_ATTRIBUTES: '["custom:source_id"]',
    });
    sourceSignsIn(l, 'jane', USER({
      UserAttributes: [
        ...SOURCE_ATTRIBUTES,
        { Name: 'custom:legacy_id', Value: '42' },
        { Name: 'locale', Value: 'de' },
        { Name: 'phone_number', Value: '+15550100' },
        { Name: 'phone_number_verified', Value: 'false' },
      ],
    }));
    const out = await l.handler(signIn());
    expect(out.response.userAttributes).toEqual({
      'name': 'Jane',
      'custom:source_id': '42',
      'phone_number': '+15550100',
      'phone_number_verified': 'false',
    });
    // The dropped names (never values) reach the log.
    expect(logged.some((line) => line.includes('custom:tenant') && !line.includes('acme'))).toBe(true);
  });

  test('wrong password: declined, the event goes back untouched (Cognito answers as for any wrong password)', async () => {
    const l = load();
    sourceRejects(l, 'NotAuthorizedException', 'Incorrect username or password.');
    const out = await l.handler(signIn('jane', 'wrong'));
    expect(out.response).toEqual(UNTOUCHED);
    expect(l.cognito.commandCalls(l.sdk.AdminGetUserCommand)).toHaveLength(0);
  });

  test('user not found answers exactly like a wrong password', async () => {
    const wrong = load();
    sourceRejects(wrong, 'NotAuthorizedException', 'Incorrect username or password.');
    const wrongOut = await wrong.handler(signIn('jane', 'wrong'));
    wrong.cognito.restore();

    const missing = load();
    sourceRejects(missing, 'UserNotFoundException', 'User does not exist.');
    const missingOut = await missing.handler(signIn('jane', 'wrong'));

    expect(missingOut).toEqual(wrongOut);
    expect(missingOut.response).toEqual(UNTOUCHED);
  });

  test.each([
    ['SMS_MFA'], ['SOFTWARE_TOKEN_MFA'], ['EMAIL_OTP'], ['SELECT_MFA_TYPE'], ['MFA_SETUP'], ['NEW_PASSWORD_REQUIRED'],
  ])('a %s challenge (right password, factor due) is declined like a wrong password, and nothing more is asked of the source', async (challenge) => {
    const l = load();
    l.cognito.on(l.sdk.AdminInitiateAuthCommand).resolves({ $metadata: {}, ChallengeName: challenge as CognitoSdk.ChallengeNameType, Session: 'session', ChallengeParameters: { USER_ID_FOR_SRP: 'jane' } });
    const out = await l.handler(signIn());
    expect(out.response).toEqual(UNTOUCHED);
    expect(l.cognito.commandCalls(l.sdk.AdminGetUserCommand)).toHaveLength(0);
    expect(logged.join('\n')).toContain(`challenge ${challenge}`);
  });

  test('disabled user: refused, whether the source says so at sign-in or in AdminGetUser', async () => {
    const atSignIn = load();
    sourceRejects(atSignIn, 'NotAuthorizedException', 'User is disabled.');
    expect((await atSignIn.handler(signIn())).response).toEqual(UNTOUCHED);
    atSignIn.cognito.restore();

    const inProfile = load();
    sourceSignsIn(inProfile, 'jane', USER({ Enabled: false }));
    expect((await inProfile.handler(signIn())).response).toEqual(UNTOUCHED);
  });

  test.each([
    ['UserNotConfirmedException', 'User is not confirmed.'],
    ['PasswordResetRequiredException', 'Password reset required for the user'],
    ['MFAMethodNotFoundException', 'No MFA method is available'],
    ['UserLambdaValidationException', 'PreAuthentication failed with error Blocked.'],
    ['InvalidPasswordException', 'Incorrect password.'],
  ] as const)('%s: declined (not migrated)', async (name, message) => {
    const l = load();
    sourceRejects(l, name, message);
    expect((await l.handler(signIn())).response).toEqual(UNTOUCHED);
  });

  test('a source pool whose username is the email: the typed email signs in, and the profile is read by the real (uuid) username', async () => {
    const l = load();
    const uuid = '9f1c7a52-3b1e-4d5f-9a0b-2c3d4e5f6a7b';
    sourceSignsIn(l, uuid, USER({ Username: uuid }));
    const out = await l.handler(signIn('Jane.Doe@Example.com'));
    expect(l.cognito.commandCalls(l.sdk.AdminInitiateAuthCommand)[0].args[0].input.AuthParameters).toEqual({ USERNAME: 'Jane.Doe@Example.com', PASSWORD });
    expect(l.cognito.commandCalls(l.sdk.AdminGetUserCommand)[0].args[0].input).toEqual({ UserPoolId: POOL, Username: uuid });
    expect(out.response.userAttributes).toMatchObject({ email: 'jane@example.com', email_verified: 'true' });
    expect(out.response.finalUserStatus).toBe('CONFIRMED');
  });

  test('without a username claim in the token, the profile is read by the typed name (AdminGetUser takes aliases)', async () => {
    const l = load();
    l.cognito.on(l.sdk.AdminInitiateAuthCommand).resolves({ $metadata: {}, AuthenticationResult: { AccessToken: 'not-a-jwt' } });
    l.cognito.on(l.sdk.AdminGetUserCommand).resolves(USER());
    await l.handler(signIn('jane@example.com'));
    expect(l.cognito.commandCalls(l.sdk.AdminGetUserCommand)[0].args[0].input.Username).toBe('jane@example.com');
  });

  test('a user deleted between sign-in and AdminGetUser, or with nothing to migrate, is declined', async () => {
    const gone = load();
    gone.cognito.on(gone.sdk.AdminInitiateAuthCommand).resolves({ $metadata: {}, AuthenticationResult: TOKENS('jane') });
    gone.cognito.on(gone.sdk.AdminGetUserCommand).rejects(new gone.sdk.UserNotFoundException({ message: 'User does not exist.', $metadata: {} }));
    expect((await gone.handler(signIn())).response).toEqual(UNTOUCHED);
    gone.cognito.restore();

    const empty = load();
    sourceSignsIn(empty, 'jane', USER({ UserAttributes: [{ Name: 'sub', Value: 'x' }] }));
    expect((await empty.handler(signIn())).response).toEqual(UNTOUCHED);
  });
});

describe('UserMigration_ForgotPassword', () => {
  test('an enabled, confirmed user with a verified email: attributes and SUPPRESS, no finalUserStatus, no sign-in attempt', async () => {
    const l = load();
    l.cognito.on(l.sdk.AdminGetUserCommand).resolves(USER());
    const out = await l.handler(forgot('jane'));
    expect(l.cognito.commandCalls(l.sdk.AdminGetUserCommand)[0].args[0].input).toEqual({ UserPoolId: POOL, Username: 'jane' });
    expect(l.cognito.commandCalls(l.sdk.AdminInitiateAuthCommand)).toHaveLength(0);
    expect(out.response).toEqual({
      ...UNTOUCHED,
      userAttributes: { email: 'jane@example.com', email_verified: 'true', given_name: 'Jane' },
      messageAction: 'SUPPRESS',
    });
  });

  test('a RESET_REQUIRED source user can reset too', async () => {
    const l = load();
    l.cognito.on(l.sdk.AdminGetUserCommand).resolves(USER({ UserStatus: 'RESET_REQUIRED' }));
    expect((await l.handler(forgot())).response.messageAction).toBe('SUPPRESS');
  });

  test('an unknown user gets the same answer as a disabled one: declined, untouched', async () => {
    const unknown = load();
    unknown.cognito.on(unknown.sdk.AdminGetUserCommand).rejects(new unknown.sdk.UserNotFoundException({ message: 'User does not exist.', $metadata: {} }));
    const unknownOut = await unknown.handler(forgot('nobody'));
    unknown.cognito.restore();

    const disabled = load();
    disabled.cognito.on(disabled.sdk.AdminGetUserCommand).resolves(USER({ Enabled: false }));
    const disabledOut = await disabled.handler(forgot('nobody'));

    expect(unknownOut.response).toEqual(UNTOUCHED);
    expect(disabledOut).toEqual(unknownOut);
  });

  test.each(['UNCONFIRMED', 'FORCE_CHANGE_PASSWORD', 'EXTERNAL_PROVIDER'] as const)('a %s source user is declined', async (status) => {
    const l = load();
    l.cognito.on(l.sdk.AdminGetUserCommand).resolves(USER({ UserStatus: status }));
    expect((await l.handler(forgot())).response).toEqual(UNTOUCHED);
  });

  test('a user without a verified email or phone number is declined (the reset code could not be delivered)', async () => {
    const l = load();
    l.cognito.on(l.sdk.AdminGetUserCommand).resolves(USER({
      UserAttributes: [{ Name: 'email', Value: 'jane@example.com' }, { Name: 'email_verified', Value: 'false' }, { Name: 'phone_number', Value: '+15550100' }],
    }));
    expect((await l.handler(forgot())).response).toEqual(UNTOUCHED);
  });

  test('a verified phone number is enough', async () => {
    const l = load();
    l.cognito.on(l.sdk.AdminGetUserCommand).resolves(USER({
      UserAttributes: [{ Name: 'phone_number', Value: '+15550100' }, { Name: 'phone_number_verified', Value: 'true' }],
    }));
    expect((await l.handler(forgot())).response.userAttributes).toEqual({ phone_number: '+15550100', phone_number_verified: 'true' });
  });
});

describe('clients, Regions and cross-account credentials', () => {
  test('one Cognito client per Region, reused across invocations, in the Region of the pool id', async () => {
    const l = load();
    sourceSignsIn(l);
    await l.handler(signIn());
    await l.handler(forgot());
    const clients = new Set(l.cognito.calls().map((call) => call.thisValue as CognitoSdk.CognitoIdentityProviderClient));
    expect(clients.size).toBe(1);
    await expect([...clients][0].config.region()).resolves.toBe('eu-west-1');
    expect(l.sts.calls()).toHaveLength(0);
  });

  test('SOURCE_REGION overrides the Region (a replica)', async () => {
    const l = load({ SOURCE_REGION: 'eu-central-1' });
    sourceSignsIn(l);
    await l.handler(signIn());
    await expect((l.cognito.call(0).thisValue as CognitoSdk.CognitoIdentityProviderClient).config.region()).resolves.toBe('eu-central-1');
  });

  test('cross-account: AssumeRole once, its credentials and client reused while valid', async () => {
    const roleArn = 'arn:aws:iam::111122223333:role/source-pool-migration';
    const l = load({ SOURCE_ROLE_ARN: roleArn });
    l.sts.on(l.stsSdk.AssumeRoleCommand).resolves({
      $metadata: {},
      Credentials: { AccessKeyId: 'ASIAFIRST', SecretAccessKey: 'first-secret', SessionToken: 'first-session', Expiration: new Date(Date.now() + 3_600_000) },
    });
    sourceSignsIn(l);
    await l.handler(signIn());
    await l.handler(signIn());
    await l.handler(forgot());

    expect(l.sts.commandCalls(l.stsSdk.AssumeRoleCommand)).toHaveLength(1);
    expect(l.sts.commandCalls(l.stsSdk.AssumeRoleCommand)[0].args[0].input).toEqual({ RoleArn: roleArn, RoleSessionName: 'cognito-user-migration' });
    const clients = new Set(l.cognito.calls().map((call) => call.thisValue as CognitoSdk.CognitoIdentityProviderClient));
    expect(clients.size).toBe(1);
    const client = [...clients][0];
    await expect(client.config.credentials()).resolves.toMatchObject({ accessKeyId: 'ASIAFIRST', secretAccessKey: 'first-secret', sessionToken: 'first-session' });
    await expect(client.config.region()).resolves.toBe('eu-west-1');
  });

  test('cross-account: credentials that expire within 5 minutes are renewed, with a new client', async () => {
    const l = load({ SOURCE_ROLE_ARN: 'arn:aws:iam::111122223333:role/source-pool-migration' });
    l.sts.on(l.stsSdk.AssumeRoleCommand)
      .resolvesOnce({ $metadata: {}, Credentials: { AccessKeyId: 'ASIAFIRST', SecretAccessKey: 's1', SessionToken: 't1', Expiration: new Date(Date.now() + 4 * 60_000) } })
      .resolvesOnce({ $metadata: {}, Credentials: { AccessKeyId: 'ASIASECOND', SecretAccessKey: 's2', SessionToken: 't2', Expiration: new Date(Date.now() + 3_600_000) } });
    sourceSignsIn(l);
    await l.handler(signIn());
    await l.handler(signIn());
    await l.handler(signIn());
    expect(l.sts.commandCalls(l.stsSdk.AssumeRoleCommand)).toHaveLength(2);
    const used = l.cognito.commandCalls(l.sdk.AdminInitiateAuthCommand).map((call) => call.thisValue as CognitoSdk.CognitoIdentityProviderClient);
    expect(used[1]).not.toBe(used[0]);
    expect(used[2]).toBe(used[1]);
    await expect(used[2].config.credentials()).resolves.toMatchObject({ accessKeyId: 'ASIASECOND' });
  });

  test('cross-account: an AssumeRole failure fails the invocation with the generic message', async () => {
    const l = load({ SOURCE_ROLE_ARN: 'arn:aws:iam::111122223333:role/source-pool-migration' });
    l.sts.on(l.stsSdk.AssumeRoleCommand).rejects(Object.assign(new Error('not authorized to perform sts:AssumeRole'), { name: 'AccessDenied' }));
    await expect(l.handler(signIn())).rejects.toThrow(l.unavailable);
    expect(l.cognito.calls()).toHaveLength(0);
  });
});

describe('failures that are not about the user', () => {
  test.each([
    ['TooManyRequestsException'], ['AccessDeniedException'], ['ResourceNotFoundException'], ['InvalidParameterException'], ['InternalErrorException'],
  ])('%s from the source throws one generic message, without details', async (name) => {
    const l = load();
    l.cognito.on(l.sdk.AdminInitiateAuthCommand).rejects(Object.assign(new Error(`details about ${name} for jane`), { name }));
    const failure = l.handler(signIn());
    await expect(failure).rejects.toThrow(l.unavailable);
    await expect(failure).rejects.toHaveProperty('message', l.unavailable);
  });

  test('a source app client with a secret is a configuration error, not a wrong password', async () => {
    const l = load();
    sourceRejects(l, 'NotAuthorizedException', `Client ${CLIENT} is configured for secret but secret was not received`);
    await expect(l.handler(signIn())).rejects.toThrow(l.unavailable);
    expect(logged.join('\n')).toContain('client secret');
  });

  test.each([
    ['SOURCE_CLIENT_SECRET is refused', { SOURCE_CLIENT_SECRET: 'shh' }],
    ['a missing pool id', { SOURCE_USER_POOL_ID: undefined }],
    ['a malformed pool id', { SOURCE_USER_POOL_ID: 'SrcPool1' }],
    ['a missing client id', { SOURCE_CLIENT_ID: undefined }],
    ['a malformed role ARN', { SOURCE_ROLE_ARN: 'source-role' }],
    ['ATTRIBUTE_MAPPING that is not JSON', { ATTRIBUTE_MAPPING: '{given_name: name}' }],
    ['ATTRIBUTE_MAPPING that is not an object', { ATTRIBUTE_MAPPING: '["given_name"]' }],
    ['TARGET_CUSTOM_ATTRIBUTES without the custom: prefix', { TARGET_CUSTOM_ATTRIBUTES: '["tenant"]' }],
  ])('configuration: %s, every invocation fails before calling anything', async (_, env) => {
    const l = load(env);
    sourceSignsIn(l);
    await expect(l.handler(signIn())).rejects.toThrow(l.unavailable);
    await expect(l.handler(forgot())).rejects.toThrow(l.unavailable);
    expect(l.cognito.calls()).toHaveLength(0);
    expect(logged.join('\n')).toContain('configuration');
  });

  test('an unknown trigger source throws', async () => {
    const l = load();
    const other = { ...signIn(), triggerSource: 'PreSignUp_SignUp' } as unknown as Handler.UserMigrationEvent;
    await expect(l.handler(other)).rejects.toThrow(l.unavailable);
  });

  test('each call is bounded: a source that never answers fails the invocation after 2 s, and the call is aborted', async () => {
    jest.useFakeTimers();
    const l = load();
    l.cognito.on(l.sdk.AdminInitiateAuthCommand).callsFake(() => new Promise(() => undefined));
    let settled = false;
    const failure = l.handler(signIn()).finally(() => { settled = true; });
    const assertion = expect(failure).rejects.toThrow(l.unavailable);
    await jest.advanceTimersByTimeAsync(1_999);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await assertion;
    const options = (l.cognito.call(0).args as unknown[])[1] as { abortSignal?: AbortSignal } | undefined;
    expect(options?.abortSignal?.aborted).toBe(true);
  });

  test('all calls of an invocation share a deadline under Cognito\'s 5 seconds', async () => {
    jest.useFakeTimers();
    const l = load({ SOURCE_ROLE_ARN: 'arn:aws:iam::111122223333:role/source-pool-migration' });
    const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
    l.sts.on(l.stsSdk.AssumeRoleCommand).callsFake(() => later(1_500, {
      $metadata: {}, Credentials: { AccessKeyId: 'ASIA', SecretAccessKey: 's', SessionToken: 't', Expiration: new Date(Date.now() + 3_600_000) },
    }));
    l.cognito.on(l.sdk.AdminInitiateAuthCommand).callsFake(() => later(1_900, { $metadata: {}, AuthenticationResult: TOKENS('jane') }));
    l.cognito.on(l.sdk.AdminGetUserCommand).callsFake(() => new Promise(() => undefined));
    let failedAt: number | undefined;
    const start = Date.now();
    const failure = l.handler(signIn()).catch((err: Error) => { failedAt = Date.now() - start; throw err; });
    const assertion = expect(failure).rejects.toThrow(l.unavailable);
    await jest.advanceTimersByTimeAsync(5_000);
    await assertion;
    // 1.5 s + 1.9 s, and AdminGetUser gets only what is left of the 4-second budget.
    expect(failedAt).toBe(4_000);
  });
});

describe('logging', () => {
  test('never logs the password, the username, tokens or attribute values; logs the trigger source and a pseudonym', async () => {
    const l = load({ TARGET_CUSTOM_ATTRIBUTES: '["custom:tenant"]' });
    sourceSignsIn(l, 'jane.doe.username');
    await l.handler(signIn('jane.doe.username'));
    sourceRejects(l, 'NotAuthorizedException', 'Incorrect username or password.');
    await l.handler(signIn('jane.doe.username', 'another secret pw'));
    l.cognito.on(l.sdk.AdminInitiateAuthCommand).rejects(Object.assign(new Error('boom for jane.doe.username'), { name: 'InternalErrorException' }));
    await expect(l.handler(signIn('jane.doe.username'))).rejects.toThrow();

    const all = logged.join('\n');
    for (const secret of [PASSWORD, 'another secret pw', 'jane.doe.username', 'refresh-token-value', 'id.token.value', TOKENS('jane.doe.username').AccessToken, 'jane@example.com', 'acme']) {
      expect(all).not.toContain(secret);
    }
    const lines = logged.filter((line) => line.includes('"message":"user migration"')).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.outcome)).toEqual(['migrated', 'declined', 'failed']);
    expect(new Set(lines.map((line) => line.triggerSource))).toEqual(new Set(['UserMigration_Authentication']));
    expect(new Set(lines.map((line) => line.user)).size).toBe(1);
    expect(lines[0].user).toMatch(/^[0-9a-f]{16}$/);
  });
});
