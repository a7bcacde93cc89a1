import { RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { FeaturePlan, UserPool, UserPoolEmail, type UserPoolRegionalConfigurationProps } from '../../src';
import { compileRegionalConfiguration } from '../../src/private/compile';
import { checkReplicaKeyPresence, type ReplicatedPoolFacts } from '../../src/private/regional-configuration';

// The regional configuration's resolve, rules and render: no App, no synth.
const stack = new Stack();
const token = Token.asString({ Ref: 'Region' });
const ENV = { partition: 'aws', region: 'us-west-2', account: '123456789012' };
const POOL: ReplicatedPoolFacts = {
  region: 'us-east-1',
  replicaRegions: ['us-west-2'],
  featurePlan: FeaturePlan.PLUS,
  email: UserPoolEmail.withCognito(),
  usesSms: false,
  smsMfa: false,
  triggerOperations: [],
  removalPolicy: RemovalPolicy.RETAIN,
};
const userPool = UserPool.fromUserPoolId(stack, 'Pool', 'us-east-1_abcd12345');

interface Context { readonly region?: string; readonly pool?: Partial<ReplicatedPoolFacts> | null }

function compile(props: Partial<UserPoolRegionalConfigurationProps> = {}, context: Context = {}) {
  return compileRegionalConfiguration({ userPool, ...props }, {
    environment: { ...ENV, region: context.region ?? ENV.region },
    pool: context.pool === null ? undefined : { ...POOL, ...context.pool },
    uniqueId: () => 'Unique',
    defaultRemovalPolicy: RemovalPolicy.RETAIN,
  });
}

describe('the Region rules skip what is a token', () => {
  test('the stack\'s Region: the pool\'s is rejected, a token is accepted', () => {
    expect(compile({}, { region: 'us-east-1' }).problems).toEqual([expect.stringMatching(/replicaRegionIsPrimary\]$/)]);
    expect(compile({}, { region: token }).problems).toEqual([]);
    expect(compile({}, { pool: { region: token } }).problems).toEqual([]);
  });

  test('the pool\'s replicas: a Region not among them is rejected; replicas with a token Region are not checked', () => {
    expect(compile({}, { region: 'eu-west-1' }).problems).toEqual([expect.stringMatching(/replicaRegionNotReplicated\]$/)]);
    expect(compile({}, { region: 'eu-west-1', pool: { replicaRegions: undefined } }).problems).toEqual([]);
  });

  test('an imported pool (no facts): no Region rule at all', () => {
    expect(compile({}, { region: 'us-east-1', pool: null }).problems).toEqual([]);
  });
});

describe('render', () => {
  test('only what is set: the status, and the pool\'s email when the pool is this library\'s', () => {
    expect(compile({}, { pool: null }).render({})).toEqual({ Status: 'ACTIVE' });
    expect(compile({ active: false }).render({})).toEqual({ Status: 'INACTIVE', EmailConfiguration: { EmailSendingAccount: 'COGNITO_DEFAULT' } });
  });

  test('an SMS role created by the construct and its external id; the pool\'s SMS carries over', () => {
    const compiled = compile({}, { pool: { usesSms: true } });
    expect(compiled.resolved.sms).toEqual({ roleArn: undefined, externalId: 'Unique', snsRegion: undefined });
    expect(compiled.render({ smsRoleArn: 'arn:aws:iam::123456789012:role/sms' }).SmsConfiguration)
      .toEqual({ SnsCallerArn: 'arn:aws:iam::123456789012:role/sms', ExternalId: 'Unique' });
    expect(compile({}, { pool: { usesSms: false } }).resolved.sms).toBeUndefined();
  });

  test('custom senders: the pool\'s created multi-Region key is replicated; a single-Region one is not, which is an error', () => {
    const sender = LambdaFunction.fromFunctionArn(stack, 'Sender', 'arn:aws:lambda:us-west-2:123456789012:function:sender');
    const arn = 'arn:aws:kms:us-east-1:123456789012:key/mrk-1';
    const multi = compile({ lambdaTriggers: { customEmailSender: sender } }, { pool: { createdSenderKey: { arn, multiRegion: true } } });
    expect(multi.resolved.replicatesSenderKey).toBe(arn);
    expect(multi.render({ senderKeyArn: 'replica' }).LambdaConfig).toEqual({
      KMSKeyID: 'replica', CustomEmailSender: { LambdaArn: sender.functionArn, LambdaVersion: 'V1_0' },
    });
    const single = compile({ lambdaTriggers: { customEmailSender: sender } }, { pool: { createdSenderKey: { arn, multiRegion: false } } });
    expect(single.resolved.replicatesSenderKey).toBeUndefined();
    expect(single.problems).toEqual([expect.stringMatching(/senderKeyMissing\]$/)]);
  });

  test('the removal policy: given, else the pool\'s, else the default', () => {
    expect(compile({ removalPolicy: RemovalPolicy.DESTROY }).resolved.removalPolicy).toBe(RemovalPolicy.DESTROY);
    const fromPool = compile({}, { pool: { removalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE } });
    expect(fromPool.resolved.removalPolicy).toBe(RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE);
    expect(compile({}, { pool: null }).resolved.removalPolicy).toBe(RemovalPolicy.RETAIN);
  });
});

describe('the pool\'s key in the replica\'s Region', () => {
  const poolKey = new Key(new Stack(), 'K');
  const warnings = (found: Parameters<typeof checkReplicaKeyPresence>[3], key: Key | undefined = poolKey) => {
    const ids: string[] = [];
    checkReplicaKeyPresence((id) => ids.push(id), 'us-west-2', key, found);
    return ids;
  };

  test('none found, or only after the pool: a warning each; one before the pool, or no key: none', () => {
    expect(warnings([])).toEqual(['cdk-secure-user-pool:replicaKeyNotReplicated']);
    expect(warnings([{ path: 'West/Key', afterPool: true }])).toEqual(['cdk-secure-user-pool:replicaKeyAfterReplica']);
    expect(warnings([{ path: 'West/Key', afterPool: true }, { path: 'Keys/Key', afterPool: false }])).toEqual([]);
    const ids: string[] = [];
    checkReplicaKeyPresence((id) => ids.push(id), 'us-west-2', undefined, []);
    expect(ids).toEqual([]);
  });
});
