import {
  CognitoIdentityProviderClient,
  ConcurrentModificationException,
  DescribeUserPoolCommand,
  InvalidParameterException,
  ResourceNotFoundException,
  TooManyRequestsException,
  UpdateUserPoolCommand,
  type UpdateUserPoolCommandInput,
  type UserPoolType,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { makeHandler, type TriggerEvent } from '../../../src/handlers/user-pool-trigger';

const POOL = 'eu-west-1_Pool0001';
const OTHER_POOL = 'eu-west-1_Pool0002';
const fn = (name: string) => `arn:aws:lambda:eu-west-1:123456789012:function:${name}`;
const OURS = fn('ours');
const OURS_V2 = fn('ours-v2');
const SOMEONE_ELSE = fn('someone-else');
const KEY = 'arn:aws:kms:eu-west-1:123456789012:key/1111aaaa-11aa-11aa-11aa-111111aaaaaa';
const OTHER_KEY = 'arn:aws:kms:eu-west-1:123456789012:key/2222bbbb-22bb-22bb-22bb-222222bbbbbb';

const cognito = mockClient(CognitoIdentityProviderClient);
let sleeps: number[] = [];
let logged: string[] = [];
const handler = makeHandler({
  client: new CognitoIdentityProviderClient({ region: 'eu-west-1' }),
  sleep: async (ms) => { sleeps.push(ms); },
});

beforeEach(() => {
  cognito.reset();
  sleeps = [];
  logged = [];
  jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => { logged.push(args.map(String).join(' ')); });
});
afterEach(() => jest.restoreAllMocks());

/** A pool as DescribeUserPool returns it: a few settings besides the given triggers. */
function pool(lambdaConfig?: Record<string, unknown>, id = POOL): UserPoolType {
  return {
    Id: id,
    Name: 'users',
    Arn: `arn:aws:cognito-idp:eu-west-1:123456789012:userpool/${id}`,
    AutoVerifiedAttributes: ['email'],
    MfaConfiguration: 'OPTIONAL',
    SmsConfiguration: { SnsCallerArn: 'arn:aws:iam::123456789012:role/sms', ExternalId: 'sms-external-id-secret' },
    DeletionProtection: 'ACTIVE',
    ...(lambdaConfig ? { LambdaConfig: lambdaConfig } : {}),
  } as UserPoolType;
}

function describes(userPool: UserPoolType | undefined, id = POOL) {
  cognito.on(DescribeUserPoolCommand, { UserPoolId: id }).resolves({ UserPool: userPool });
}

function updates(): UpdateUserPoolCommandInput[] {
  return cognito.commandCalls(UpdateUserPoolCommand).map((call) => call.args[0].input);
}

function props(extra: Record<string, string> = {}): Record<string, string> {
  return { ServiceToken: 'arn:aws:lambda:eu-west-1:123456789012:function:provider', UserPoolId: POOL, Operation: 'PreSignUp', LambdaArn: OURS, ...extra };
}

const create = (resourceProperties: Record<string, string>): TriggerEvent => ({ RequestType: 'Create', ResourceProperties: resourceProperties });
const update = (resourceProperties: Record<string, string>, old: Record<string, string>): TriggerEvent => ({
  RequestType: 'Update', ResourceProperties: resourceProperties, OldResourceProperties: old, PhysicalResourceId: `${old.UserPoolId}/${old.Operation}`,
});
const remove = (resourceProperties: Record<string, string>): TriggerEvent => ({
  RequestType: 'Delete', ResourceProperties: resourceProperties, PhysicalResourceId: `${resourceProperties.UserPoolId}/${resourceProperties.Operation}`,
});

describe('Create', () => {
  test('adds the trigger beside the pool\'s other triggers and settings', async () => {
    describes(pool({ CustomMessage: SOMEONE_ELSE }));
    cognito.on(UpdateUserPoolCommand).resolves({});

    const response = await handler(create(props()));

    expect(response).toEqual({ PhysicalResourceId: `${POOL}/PreSignUp` });
    expect(updates()).toEqual([{
      UserPoolId: POOL,
      PoolName: 'users',
      AutoVerifiedAttributes: ['email'],
      MfaConfiguration: 'OPTIONAL',
      SmsConfiguration: { SnsCallerArn: 'arn:aws:iam::123456789012:role/sms', ExternalId: 'sms-external-id-secret' },
      DeletionProtection: 'ACTIVE',
      LambdaConfig: { CustomMessage: SOMEONE_ELSE, PreSignUp: OURS },
    }]);
  });

  test('a pool without LambdaConfig gets one with the trigger', async () => {
    describes(pool());
    cognito.on(UpdateUserPoolCommand).resolves({});

    await handler(create(props({ Operation: 'PostConfirmation' })));

    expect(updates()[0].LambdaConfig).toEqual({ PostConfirmation: OURS });
  });

  test('the same function already in the slot is success without a write (idempotent)', async () => {
    describes(pool({ PreSignUp: OURS }));

    await expect(handler(create(props()))).resolves.toEqual({ PhysicalResourceId: `${POOL}/PreSignUp` });
    expect(updates()).toEqual([]);
  });

  test('fails, writing nothing, when another function holds the slot', async () => {
    describes(pool({ PreSignUp: SOMEONE_ELSE }));

    await expect(handler(create(props()))).rejects.toThrow(
      `User pool ${POOL} already has a PreSignUp trigger, ${SOMEONE_ELSE}, that this resource does not manage`);
    expect(updates()).toEqual([]);
  });

  test('fails with the service message and the pool id when the pool does not exist', async () => {
    cognito.on(DescribeUserPoolCommand).rejects(new ResourceNotFoundException({ message: `User pool ${POOL} does not exist.`, $metadata: {} }));

    await expect(handler(create(props()))).rejects.toThrow(
      `DescribeUserPool failed for user pool ${POOL}: ResourceNotFoundException: User pool ${POOL} does not exist.`);
  });

  test.each([
    [{ Operation: 'KMSKeyID' }, 'ResourceProperties.Operation KMSKeyID is not a trigger this handler sets'],
    [{ LambdaVersion: 'V2_0' }, 'ResourceProperties.LambdaVersion applies only to PreTokenGenerationConfig, CustomEmailSender, CustomSMSSender, InboundFederation, not PreSignUp'],
    [{ KmsKeyArn: KEY }, 'ResourceProperties.KmsKeyArn applies only to CustomEmailSender, CustomSMSSender, not PreSignUp'],
    [{ LambdaArn: '' }, 'ResourceProperties.LambdaArn is required'],
  ])('rejects properties %j before any call', async (extra, message) => {
    await expect(handler(create(props(extra)))).rejects.toThrow(message);
    expect(cognito.calls()).toHaveLength(0);
  });
});

describe('Update', () => {
  test('a new function in the same slot moves the trigger; the physical id stays', async () => {
    describes(pool({ PreSignUp: OURS, PostAuthentication: SOMEONE_ELSE }));
    cognito.on(UpdateUserPoolCommand).resolves({});

    const response = await handler(update(props({ LambdaArn: OURS_V2 }), props()));

    expect(response).toEqual({ PhysicalResourceId: `${POOL}/PreSignUp` });
    expect(updates().map((input) => input.LambdaConfig)).toEqual([{ PreSignUp: OURS_V2, PostAuthentication: SOMEONE_ELSE }]);
  });

  test('a move fails when a third function took the slot meanwhile', async () => {
    describes(pool({ PreSignUp: SOMEONE_ELSE }));

    await expect(handler(update(props({ LambdaArn: OURS_V2 }), props()))).rejects.toThrow('already has a PreSignUp trigger');
    expect(updates()).toEqual([]);
  });

  test('a new operation sets the new slot, then frees the old one', async () => {
    cognito.on(UpdateUserPoolCommand).resolves({});
    // The second read sees the first write.
    cognito.on(DescribeUserPoolCommand).resolvesOnce({ UserPool: pool({ PreSignUp: OURS, CustomMessage: SOMEONE_ELSE }) })
      .resolves({ UserPool: pool({ PreSignUp: OURS, CustomMessage: SOMEONE_ELSE, PostConfirmation: OURS }) });

    const response = await handler(update(props({ Operation: 'PostConfirmation' }), props()));

    expect(response).toEqual({ PhysicalResourceId: `${POOL}/PostConfirmation` });
    expect(updates().map((input) => input.LambdaConfig)).toEqual([
      { PreSignUp: OURS, CustomMessage: SOMEONE_ELSE, PostConfirmation: OURS },
      { CustomMessage: SOMEONE_ELSE, PostConfirmation: OURS },
    ]);
  });

  test('a new pool gets the trigger, then the old pool loses it', async () => {
    describes(pool({ PreSignUp: OURS }), POOL);
    describes(pool({ CustomMessage: SOMEONE_ELSE }, OTHER_POOL), OTHER_POOL);
    cognito.on(UpdateUserPoolCommand).resolves({});

    const response = await handler(update(props({ UserPoolId: OTHER_POOL }), props()));

    expect(response).toEqual({ PhysicalResourceId: `${OTHER_POOL}/PreSignUp` });
    expect(updates().map((input) => [input.UserPoolId, input.LambdaConfig])).toEqual([
      [OTHER_POOL, { CustomMessage: SOMEONE_ELSE, PreSignUp: OURS }],
      [POOL, {}],
    ]);
  });

  test('the old slot is left alone when it no longer invokes the old function', async () => {
    describes(pool({ PreSignUp: SOMEONE_ELSE }), POOL);
    describes(pool(undefined, OTHER_POOL), OTHER_POOL);
    cognito.on(UpdateUserPoolCommand).resolves({});

    await handler(update(props({ UserPoolId: OTHER_POOL }), props()));

    expect(updates().map((input) => input.UserPoolId)).toEqual([OTHER_POOL]);
  });

  test('the old pool being gone does not fail the update', async () => {
    cognito.on(DescribeUserPoolCommand, { UserPoolId: POOL })
      .rejects(new ResourceNotFoundException({ message: `User pool ${POOL} does not exist.`, $metadata: {} }));
    describes(pool(undefined, OTHER_POOL), OTHER_POOL);
    cognito.on(UpdateUserPoolCommand).resolves({});

    await expect(handler(update(props({ UserPoolId: OTHER_POOL }), props()))).resolves.toEqual({ PhysicalResourceId: `${OTHER_POOL}/PreSignUp` });
  });

  test('switching PreTokenGeneration to PreTokenGenerationConfig is one move in one slot, under the same physical id', async () => {
    describes(pool({ PreTokenGeneration: OURS, PreTokenGenerationConfig: { LambdaArn: OURS, LambdaVersion: 'V1_0' } }));
    cognito.on(UpdateUserPoolCommand).resolves({});
    const old = props({ Operation: 'PreTokenGeneration' });

    const response = await handler(update(props({ Operation: 'PreTokenGenerationConfig', LambdaVersion: 'V2_0' }), old));

    expect(response).toEqual({ PhysicalResourceId: `${POOL}/PreTokenGenerationConfig` });
    expect(updates().map((input) => input.LambdaConfig)).toEqual([
      { PreTokenGeneration: OURS, PreTokenGenerationConfig: { LambdaArn: OURS, LambdaVersion: 'V2_0' } },
    ]);
  });
});

describe('Delete', () => {
  test('removes its own trigger and keeps the others', async () => {
    describes(pool({ PreSignUp: OURS, CustomMessage: SOMEONE_ELSE }));
    cognito.on(UpdateUserPoolCommand).resolves({});

    await expect(handler(remove(props()))).resolves.toEqual({ PhysicalResourceId: `${POOL}/PreSignUp` });

    expect(updates()).toEqual([expect.objectContaining({ UserPoolId: POOL, LambdaConfig: { CustomMessage: SOMEONE_ELSE }, MfaConfiguration: 'OPTIONAL' })]);
  });

  test('does nothing when the slot invokes another function', async () => {
    describes(pool({ PreSignUp: SOMEONE_ELSE }));

    await handler(remove(props()));

    expect(updates()).toEqual([]);
  });

  test('does nothing when the slot is empty', async () => {
    describes(pool());

    await handler(remove(props()));

    expect(updates()).toEqual([]);
  });

  test('succeeds when the pool no longer exists', async () => {
    cognito.on(DescribeUserPoolCommand).rejects(new ResourceNotFoundException({ message: `User pool ${POOL} does not exist.`, $metadata: {} }));

    await expect(handler(remove(props()))).resolves.toEqual({ PhysicalResourceId: `${POOL}/PreSignUp` });
    expect(updates()).toEqual([]);
  });

  test('succeeds without a call when the properties never validated', async () => {
    await expect(handler(remove(props({ Operation: 'NotATrigger' })))).resolves.toEqual({ PhysicalResourceId: `${POOL}/NotATrigger` });
    expect(cognito.calls()).toHaveLength(0);
  });

  test('fails with the service message when the pool cannot be written', async () => {
    describes(pool({ PreSignUp: OURS }));
    cognito.on(UpdateUserPoolCommand).rejects(new InvalidParameterException({ message: 'Invalid MFA configuration given.', $metadata: {} }));

    await expect(handler(remove(props()))).rejects.toThrow(
      `UpdateUserPool failed for user pool ${POOL}: InvalidParameterException: Invalid MFA configuration given.`);
  });
});

describe('retries', () => {
  test('throttling is retried with growing waits, then succeeds', async () => {
    cognito.on(DescribeUserPoolCommand)
      .rejectsOnce(new TooManyRequestsException({ message: 'Too many requests', $metadata: {} }))
      .rejectsOnce(new TooManyRequestsException({ message: 'Too many requests', $metadata: {} }))
      .resolves({ UserPool: pool() });
    cognito.on(UpdateUserPoolCommand).resolves({});

    await handler(create(props()));

    expect(sleeps).toEqual([1000, 2000]);
    expect(cognito.commandCalls(DescribeUserPoolCommand)).toHaveLength(3);
    expect(updates()).toHaveLength(1);
  });

  test('a concurrent modification reads the pool again before writing again', async () => {
    cognito.on(DescribeUserPoolCommand)
      .resolvesOnce({ UserPool: pool() })
      .resolves({ UserPool: pool({ CustomMessage: SOMEONE_ELSE }) });
    cognito.on(UpdateUserPoolCommand)
      .rejectsOnce(new ConcurrentModificationException({ message: 'The pool is being modified', $metadata: {} }))
      .resolves({});

    await handler(create(props()));

    expect(updates().map((input) => input.LambdaConfig)).toEqual([{ PreSignUp: OURS }, { CustomMessage: SOMEONE_ELSE, PreSignUp: OURS }]);
  });

  test('retries are bounded, and the last error names the pool and the service message', async () => {
    cognito.on(DescribeUserPoolCommand).rejects(new TooManyRequestsException({ message: 'Rate exceeded', $metadata: {} }));

    await expect(handler(create(props()))).rejects.toThrow(
      `DescribeUserPool failed for user pool ${POOL}: TooManyRequestsException: Rate exceeded`);
    expect(cognito.commandCalls(DescribeUserPoolCommand)).toHaveLength(5);
    expect(sleeps).toEqual([1000, 2000, 4000, 8000]);
  });

  test('a server error is retried', async () => {
    const serverError = Object.assign(new Error('We encountered an internal error'), { name: 'SomethingNew', $metadata: { httpStatusCode: 503 } });
    cognito.on(DescribeUserPoolCommand).rejectsOnce(serverError).resolves({ UserPool: pool() });
    cognito.on(UpdateUserPoolCommand).resolves({});

    await handler(create(props()));

    expect(sleeps).toEqual([1000]);
  });

  test('a client error is not retried', async () => {
    describes(pool());
    cognito.on(UpdateUserPoolCommand).rejects(new InvalidParameterException({
      message: 'Please use TemporaryPasswordValidityDays in PasswordPolicy instead of UnusedAccountValidityDays', $metadata: {},
    }));

    await expect(handler(create(props()))).rejects.toThrow(
      `UpdateUserPool failed for user pool ${POOL}: InvalidParameterException: Please use TemporaryPasswordValidityDays`);
    expect(updates()).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });
});

describe('custom senders', () => {
  const email = (extra: Record<string, string> = {}) => props({ Operation: 'CustomEmailSender', KmsKeyArn: KEY, ...extra });

  test('set the sender as { LambdaArn, LambdaVersion: V1_0 } and KMSKeyID', async () => {
    describes(pool({ PreSignUp: SOMEONE_ELSE }));
    cognito.on(UpdateUserPoolCommand).resolves({});

    await handler(create(email()));

    expect(updates()[0].LambdaConfig).toEqual({
      PreSignUp: SOMEONE_ELSE,
      CustomEmailSender: { LambdaArn: OURS, LambdaVersion: 'V1_0' },
      KMSKeyID: KEY,
    });
  });

  test('without KmsKeyArn keep the pool\'s key', async () => {
    describes(pool({ KMSKeyID: KEY }));
    cognito.on(UpdateUserPoolCommand).resolves({});

    await handler(create(props({ Operation: 'CustomSMSSender' })));

    expect(updates()[0].LambdaConfig).toEqual({ KMSKeyID: KEY, CustomSMSSender: { LambdaArn: OURS, LambdaVersion: 'V1_0' } });
  });

  test('without KmsKeyArn on a pool without a key fail before writing', async () => {
    describes(pool());

    await expect(handler(create(props({ Operation: 'CustomSMSSender' })))).rejects.toThrow(
      `User pool ${POOL} has no KMSKeyID, which a CustomSMSSender trigger needs: pass KmsKeyArn.`);
    expect(updates()).toEqual([]);
  });

  test('refuse to change the key another owner\'s sender decrypts with', async () => {
    describes(pool({ CustomSMSSender: { LambdaArn: SOMEONE_ELSE, LambdaVersion: 'V1_0' }, KMSKeyID: OTHER_KEY }));

    await expect(handler(create(email()))).rejects.toThrow(`encrypts for its CustomSMSSender trigger (${SOMEONE_ELSE}) with KMSKeyID ${OTHER_KEY}`);
    expect(updates()).toEqual([]);
  });

  test('share the key the other sender already uses', async () => {
    describes(pool({ CustomSMSSender: { LambdaArn: SOMEONE_ELSE, LambdaVersion: 'V1_0' }, KMSKeyID: KEY }));
    cognito.on(UpdateUserPoolCommand).resolves({});

    await handler(create(email()));

    expect(updates()[0].LambdaConfig).toEqual({
      CustomSMSSender: { LambdaArn: SOMEONE_ELSE, LambdaVersion: 'V1_0' },
      CustomEmailSender: { LambdaArn: OURS, LambdaVersion: 'V1_0' },
      KMSKeyID: KEY,
    });
  });

  test('a new key moves with the sender on update', async () => {
    describes(pool({ CustomEmailSender: { LambdaArn: OURS, LambdaVersion: 'V1_0' }, KMSKeyID: KEY }));
    cognito.on(UpdateUserPoolCommand).resolves({});

    await handler(update(email({ KmsKeyArn: OTHER_KEY }), email()));

    expect(updates()[0].LambdaConfig).toEqual({ CustomEmailSender: { LambdaArn: OURS, LambdaVersion: 'V1_0' }, KMSKeyID: OTHER_KEY });
  });

  test('deleting the last sender removes KMSKeyID', async () => {
    describes(pool({ CustomEmailSender: { LambdaArn: OURS, LambdaVersion: 'V1_0' }, KMSKeyID: KEY, PreSignUp: SOMEONE_ELSE }));
    cognito.on(UpdateUserPoolCommand).resolves({});

    await handler(remove(email()));

    expect(updates()[0].LambdaConfig).toEqual({ PreSignUp: SOMEONE_ELSE });
  });

  test('deleting one of two senders keeps KMSKeyID for the other', async () => {
    describes(pool({
      CustomEmailSender: { LambdaArn: OURS, LambdaVersion: 'V1_0' },
      CustomSMSSender: { LambdaArn: SOMEONE_ELSE, LambdaVersion: 'V1_0' },
      KMSKeyID: KEY,
    }));
    cognito.on(UpdateUserPoolCommand).resolves({});

    await handler(remove(email()));

    expect(updates()[0].LambdaConfig).toEqual({ CustomSMSSender: { LambdaArn: SOMEONE_ELSE, LambdaVersion: 'V1_0' }, KMSKeyID: KEY });
  });
});

describe('pre token generation', () => {
  test('PreTokenGenerationConfig with V2_0 sets the config and PreTokenGeneration to the same function', async () => {
    describes(pool({ PreSignUp: SOMEONE_ELSE }));
    cognito.on(UpdateUserPoolCommand).resolves({});

    const response = await handler(create(props({ Operation: 'PreTokenGenerationConfig', LambdaVersion: 'V2_0' })));

    expect(response).toEqual({ PhysicalResourceId: `${POOL}/PreTokenGenerationConfig` });
    expect(updates()[0].LambdaConfig).toEqual({
      PreSignUp: SOMEONE_ELSE,
      PreTokenGeneration: OURS,
      PreTokenGenerationConfig: { LambdaArn: OURS, LambdaVersion: 'V2_0' },
    });
  });

  test('PreTokenGenerationConfig without a version gets V1_0', async () => {
    describes(pool());
    cognito.on(UpdateUserPoolCommand).resolves({});

    await handler(create(props({ Operation: 'PreTokenGenerationConfig' })));

    expect(updates()[0].LambdaConfig?.PreTokenGenerationConfig).toEqual({ LambdaArn: OURS, LambdaVersion: 'V1_0' });
  });

  test('the legacy PreTokenGeneration key alone drops the config that would have to agree with it', async () => {
    describes(pool({ PreTokenGeneration: OURS, PreTokenGenerationConfig: { LambdaArn: OURS, LambdaVersion: 'V2_0' } }));
    cognito.on(UpdateUserPoolCommand).resolves({});

    await handler(update(props({ Operation: 'PreTokenGeneration', LambdaArn: OURS_V2 }), props({ Operation: 'PreTokenGeneration' })));

    expect(updates()[0].LambdaConfig).toEqual({ PreTokenGeneration: OURS_V2 });
  });

  test('another function in PreTokenGenerationConfig is a conflict', async () => {
    describes(pool({ PreTokenGeneration: SOMEONE_ELSE, PreTokenGenerationConfig: { LambdaArn: SOMEONE_ELSE, LambdaVersion: 'V2_0' } }));

    await expect(handler(create(props({ Operation: 'PreTokenGenerationConfig', LambdaVersion: 'V2_0' }))))
      .rejects.toThrow('already has a PreTokenGenerationConfig trigger');
  });

  test('delete removes both keys', async () => {
    describes(pool({ PreTokenGeneration: OURS, PreTokenGenerationConfig: { LambdaArn: OURS, LambdaVersion: 'V3_0' }, PreSignUp: SOMEONE_ELSE }));
    cognito.on(UpdateUserPoolCommand).resolves({});

    await handler(remove(props({ Operation: 'PreTokenGenerationConfig', LambdaVersion: 'V3_0' })));

    expect(updates()[0].LambdaConfig).toEqual({ PreSignUp: SOMEONE_ELSE });
  });
});

test('logs the request type and the pool, never the pool\'s settings', async () => {
  describes(pool({ CustomMessage: SOMEONE_ELSE }));
  cognito.on(UpdateUserPoolCommand).resolves({});

  await handler(create(props()));

  expect(logged[0]).toBe(JSON.stringify({ step: 'Create', userPoolId: POOL, detail: 'PreSignUp' }));
  expect(logged.join('\n')).not.toContain('sms-external-id-secret');
  expect(logged.join('\n')).not.toContain(SOMEONE_ELSE);
});
