import { App, type CfnElement, RemovalPolicy, Stack, Tags } from 'aws-cdk-lib';
import { Annotations } from 'aws-cdk-lib/assertions';
import { UserPoolEmail as CdkUserPoolEmail } from 'aws-cdk-lib/aws-cognito';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Alias, Key } from 'aws-cdk-lib/aws-kms';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import {
  LambdaVersion, UserPool, UserPoolEmail, UserPoolRegionalConfiguration, type UserPoolRegionalConfigurationProps, UserPoolReplicaKey,
  type UserPoolProps,
} from '../src';
import { checkedTemplate, Match, newFunction, stringToken, synthProblems } from './util';

// The replica's Region (docs/replicas.md): UserPoolRegionalConfiguration and UserPoolReplicaKey.

const ACCOUNT = '123456789012';
const TYPE = 'AWS::Cognito::UserPoolRegionalConfigurationAttachment';
const MRK = `arn:aws:kms:us-east-1:${ACCOUNT}:key/mrk-1234abcd12ab34cd56ef1234567890ab`;
const ses = (options: { sesRegion?: string } = {}) => UserPoolEmail.withSES({ fromEmail: 'noreply@example.com', ...options });

/** A stack of the app in a Region, able to refer to other Regions' stacks. */
function stackIn(app: App, id: string, region: string): Stack {
  return new Stack(app, id, { env: { account: ACCOUNT, region }, crossRegionReferences: true });
}

interface Built {
  readonly app: App;
  readonly east: Stack;
  readonly west: Stack;
  readonly pool: UserPool;
  readonly key: Key;
  readonly regional?: UserPoolRegionalConfiguration;
}

/**
 * A pool in us-east-1 (stack East) with a multi-Region key replicated to us-west-2 first (stack WestKeys, which the
 * pool's stack depends on) and a replica there, and a regional configuration in a stack of `region` (West).
 */
function build(options: {
  pool?: UserPoolProps | ((east: Stack) => UserPoolProps);
  regional?: (b: Omit<Built, 'regional'>) => Partial<UserPoolRegionalConfigurationProps>;
  region?: string;
  poolRegion?: string;
  replicaKey?: boolean;
} = {}): Built {
  const app = new App();
  const poolRegion = options.poolRegion ?? 'us-east-1';
  const region = options.region ?? 'us-west-2';
  const keys = stackIn(app, 'Keys', poolRegion);
  const key = new Key(keys, 'PoolKey', { multiRegion: true, enableKeyRotation: true });
  const east = stackIn(app, 'East', poolRegion);
  if (options.replicaKey ?? true) {
    const westKeys = stackIn(app, 'WestKeys', region);
    new UserPoolReplicaKey(westKeys, 'PoolKey', { primaryKey: key });
    east.addDependency(westKeys);
  }
  const poolProps = typeof options.pool === 'function' ? options.pool(east) : options.pool;
  const pool = new UserPool(east, 'Pool', { encryptionKey: key, replicas: [{ region: 'us-west-2' }], mfaSecondFactor: { otp: true, sms: true }, ...poolProps });
  const west = stackIn(app, 'West', region);
  const built = { app, east, west, pool, key };
  const regional = new UserPoolRegionalConfiguration(west, 'Regional', { userPool: pool, ...options.regional?.(built) });
  return { ...built, regional };
}

/** The regional configuration's properties in its stack's checked template. */
function attachment(stack: Stack): Record<string, any> {
  const resources = Object.values(checkedTemplate(stack).findResources(TYPE));
  expect(resources).toHaveLength(1);
  return resources[0].Properties;
}

const warned = (stack: Stack, id: string) =>
  Annotations.fromStack(stack).findWarning('/West/Regional', Match.stringLikeRegexp(`\\[ack: cdk-secure-user-pool:${id}\\]`));

describe('UserPoolRegionalConfiguration', () => {
  test('activates the replica, in the pool\'s id, and takes the pool\'s email and an SMS role of its own Region', () => {
    const { west } = build({ pool: { email: ses() } });
    const properties = attachment(west);
    expect(properties.Status).toBe('ACTIVE');
    // The pool's id, through aws-cdk-lib's cross-Region reference.
    expect(JSON.stringify(properties.UserPoolId)).toMatch(/ExportsReader.*RefPool/);
    // The pool's SES identity, in the pool's Region: us-east-1 is one Cognito in us-west-2 sends from.
    expect(properties.EmailConfiguration).toEqual({
      EmailSendingAccount: 'DEVELOPER',
      From: 'noreply@example.com',
      SourceArn: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:ses:us-east-1:${ACCOUNT}:identity/noreply@example.com`]] },
    });
    // The pool sends SMS (SMS MFA): the replica gets a role whose trust names this Region's pools.
    const template = checkedTemplate(west);
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [Match.objectLike({
          Principal: { Service: 'cognito-idp.amazonaws.com' },
          Condition: {
            StringEquals: { 'sts:ExternalId': properties.SmsConfiguration.ExternalId, 'aws:SourceAccount': ACCOUNT },
            ArnLike: { 'aws:SourceArn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:cognito-idp:us-west-2:${ACCOUNT}:userpool/*`]] } },
          },
        })],
      },
    });
    expect(properties.SmsConfiguration.SnsCallerArn).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^RegionalsmsRole/), 'Arn'] });
    expect(properties.LambdaConfig).toBeUndefined();
    expect(synthProblems(west)).toEqual([]);
  });

  test('active: false keeps the replica INACTIVE', () => {
    const { west } = build({ regional: () => ({ active: false }) });
    expect(attachment(west).Status).toBe('INACTIVE');
  });

  test('an imported pool: no email or SMS configuration unless given, and nothing about the pool is checked', () => {
    const app = new App();
    const west = stackIn(app, 'West', 'us-west-2');
    const userPool = UserPool.fromUserPoolId(west, 'Pool', 'us-east-1_abcd12345');
    new UserPoolRegionalConfiguration(west, 'Regional', { userPool });
    expect(attachment(west)).toEqual({ UserPoolId: 'us-east-1_abcd12345', Status: 'ACTIVE' });
    Annotations.fromStack(west).hasNoWarning('*', Match.anyValue());
  });

  test('the replica\'s ARN names this Region and account and the pool\'s id', () => {
    const app = new App();
    const west = stackIn(app, 'West', 'us-west-2');
    const regional = new UserPoolRegionalConfiguration(west, 'Regional', { userPool: UserPool.fromUserPoolId(west, 'Pool', 'us-east-1_abcd12345') });
    expect(west.resolve(regional.userPoolArn)).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:cognito-idp:us-west-2:${ACCOUNT}:userpool/us-east-1_abcd12345`]],
    });
    expect(regional.userPoolId).toBe('us-east-1_abcd12345');
  });

  test('triggers: the pool\'s LambdaConfig shape, one invoke permission per function for the replica\'s ARN', () => {
    const { west } = build({
      regional: ({ west: stack }) => {
        const fn = newFunction(stack, 'Tokens');
        return { lambdaTriggers: { preSignUp: newFunction(stack, 'SignUp'), preTokenGeneration: fn, preTokenGenerationVersion: LambdaVersion.V2_0, postAuthentication: fn } };
      },
    });
    const fnArn = (id: string) => ({ 'Fn::GetAtt': [west.getLogicalId(west.node.findChild(id).node.defaultChild as never), 'Arn'] });
    expect(attachment(west).LambdaConfig).toEqual({
      PreSignUp: fnArn('SignUp'),
      PreTokenGenerationConfig: { LambdaArn: fnArn('Tokens'), LambdaVersion: 'V2_0' },
      PostAuthentication: fnArn('Tokens'),
    });
    const permissions = checkedTemplate(west).findResources('AWS::Lambda::Permission');
    expect(Object.values(permissions).map((p) => p.Properties)).toEqual([
      expect.objectContaining({ FunctionName: fnArn('SignUp'), Principal: 'cognito-idp.amazonaws.com', SourceAccount: ACCOUNT }),
      expect.objectContaining({ FunctionName: fnArn('Tokens') }),
    ]);
    const [permission] = Object.values(permissions);
    expect(JSON.stringify(permission.Properties.SourceArn)).toMatch(new RegExp(`:cognito-idp:us-west-2:${ACCOUNT}:userpool/".*ExportsReader.*RefPool`));
    expect(Object.keys(permissions)).toEqual([expect.stringMatching(/^RegionalPreSignUpCognito/), expect.stringMatching(/^RegionalPreTokenGenerationCognito/)]);
  });

  test('custom senders: the pool\'s multi-Region sender key is replicated here, and each sender may decrypt with the replica', () => {
    const { west, east } = build({
      pool: (stack) => ({ lambdaTriggers: { customEmailSender: newFunction(stack, 'PoolSender') } }),
      regional: ({ west: stack }) => ({ lambdaTriggers: { customEmailSender: newFunction(stack, 'Sender') } }),
    });
    const template = checkedTemplate(west);
    const replicaKeys = template.findResources('AWS::KMS::ReplicaKey');
    expect(Object.keys(replicaKeys)).toEqual([expect.stringMatching(/^RegionalCustomSenderKey/)]);
    const [replicaKey] = Object.values(replicaKeys);
    expect(JSON.stringify(replicaKey.Properties.PrimaryKeyArn)).toMatch(/ExportsReader.*PoolCustomSenderKeyMultiRegion/);
    // kms.Key's default policy, as the pool's sender key has (the guide gives Cognito no statement).
    expect(replicaKey.Properties.KeyPolicy.Statement).toEqual([
      { Action: 'kms:*', Effect: 'Allow', Principal: { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:iam::${ACCOUNT}:root`]] } }, Resource: '*' },
    ]);
    expect(replicaKey.DeletionPolicy).toBe('Retain');
    const replicaArn = { 'Fn::GetAtt': [Object.keys(replicaKeys)[0], 'Arn'] };
    expect(attachment(west).LambdaConfig.KMSKeyID).toEqual(replicaArn);
    template.hasResourceProperties('AWS::IAM::Policy', { PolicyDocument: { Statement: [{ Action: 'kms:Decrypt', Effect: 'Allow', Resource: replicaArn }] } });
    // The pool's own sender key is multi-Region: a replica needs one.
    checkedTemplate(east).hasResourceProperties('AWS::KMS::Key', { MultiRegion: true, EnableKeyRotation: true });
  });

  test('a given customSenderKmsKey is used as it is', () => {
    const { west } = build({
      regional: ({ west: stack }) => ({ lambdaTriggers: { customSmsSender: newFunction(stack, 'Sender') }, customSenderKmsKey: new Key(stack, 'SenderKey') }),
    });
    const properties = attachment(west);
    expect(properties.LambdaConfig.KMSKeyID).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^SenderKey/), 'Arn'] });
    checkedTemplate(west).resourceCountIs('AWS::KMS::ReplicaKey', 0);
  });

  test('a given SMS role and external id; snsRegion; enableSmsRole true for an imported pool', () => {
    // One regional configuration per pool and Region: the attachment's primary identifier is the pool's id.
    const app = new App();
    const given = stackIn(app, 'Given', 'us-west-2');
    const role = new Role(given, 'Sms', { assumedBy: new ServicePrincipal('cognito-idp.amazonaws.com') });
    new UserPoolRegionalConfiguration(given, 'Regional', {
      userPool: UserPool.fromUserPoolId(given, 'Pool', 'us-east-1_abcd12345'), smsRole: role, smsRoleExternalId: 'replica', snsRegion: 'us-west-2',
    });
    const created = stackIn(app, 'Created', 'us-west-2');
    new UserPoolRegionalConfiguration(created, 'Regional', { userPool: UserPool.fromUserPoolId(created, 'Pool', 'us-east-1_efgh67890'), enableSmsRole: true });
    expect(attachment(given).SmsConfiguration).toEqual({
      SnsCallerArn: { 'Fn::GetAtt': [given.getLogicalId(role.node.defaultChild as never), 'Arn'] }, ExternalId: 'replica', SnsRegion: 'us-west-2',
    });
    expect(attachment(created).SmsConfiguration).toEqual({
      SnsCallerArn: { 'Fn::GetAtt': [expect.stringMatching(/^RegionalsmsRole/), 'Arn'] }, ExternalId: expect.stringMatching(/^CreatedRegional/),
    });
  });

  test('tags: given and from Tags.of, checked when the app synthesizes', () => {
    const { west, regional } = build({ regional: () => ({ tags: { team: 'identity' } }) });
    Tags.of(regional!).add('env', 'prod');
    expect(attachment(west).UserPoolTags).toEqual({ team: 'identity', env: 'prod' });
    const bad = build({ regional: () => ({ tags: { 'team#1': 'x' } }) });
    expect(synthProblems(bad.west)).toEqual([expect.stringMatching(/^\[West\/Regional\] tag key "team#1" must match the pattern .*apiLimit\]$/)]);
    const boundary = build({ regional: () => ({ tags: { ['k'.repeat(128)]: 'v'.repeat(256) } }) });
    expect(synthProblems(boundary.west)).toEqual([]);
    const token = build({ regional: ({ west: stack }) => ({ tags: { team: stringToken(stack) } }) });
    expect(synthProblems(token.west)).toEqual([]);
  });

  test('removalPolicy: the pool\'s, or the one given, for the role and the sender key replica', () => {
    const { west } = build({ pool: { removalPolicy: RemovalPolicy.DESTROY, deletionProtection: false } });
    checkedTemplate(west).hasResource('AWS::IAM::Role', { DeletionPolicy: 'Delete', Properties: Match.objectLike({ Description: Match.stringLikeRegexp('SMS') }) });
    const given = build({ regional: () => ({ removalPolicy: RemovalPolicy.DESTROY }) });
    checkedTemplate(given.west).hasResource('AWS::IAM::Role', { DeletionPolicy: 'Delete' });
  });
});

/** Each rule: a rejected configuration, the accepted boundary next to it, and a token in the same place, accepted. */
interface RegionalRule {
  readonly name: string;
  readonly rejected: Parameters<typeof build>[0];
  readonly message: RegExp;
  readonly accepted: Parameters<typeof build>[0];
  readonly token?: Parameters<typeof build>[0];
}

const RULES: RegionalRule[] = [
  {
    name: 'a stack in the pool\'s own Region',
    rejected: { region: 'us-east-1', replicaKey: false },
    message: /userPool is in us-east-1, the Region of this stack: a regional configuration belongs in a stack of a replica's Region \(us-west-2\).*replicaRegionIsPrimary\]$/,
    accepted: { region: 'us-west-2' },
  },
  {
    name: 'a stack in a Region the pool has no replica in',
    rejected: { region: 'eu-west-1' },
    message: /userPool has no replica in eu-west-1, got replicas \["us-west-2"\]: add \{ region: 'eu-west-1' \} to its replicas.*replicaRegionNotReplicated\]$/,
    accepted: { region: 'us-west-2' },
  },
  {
    name: 'a trigger function in another Region',
    rejected: { regional: ({ east }) => ({ lambdaTriggers: { preSignUp: LambdaFunction.fromFunctionArn(east, 'Fn', `arn:aws:lambda:us-east-1:${ACCOUNT}:function:pre`) } }) },
    message: /lambdaTriggers.preSignUp must be a function in us-west-2, the replica's Region, got one in us-east-1.*triggerRegion\]$/,
    accepted: { regional: ({ west }) => ({ lambdaTriggers: { preSignUp: LambdaFunction.fromFunctionArn(west, 'Fn', `arn:aws:lambda:us-west-2:${ACCOUNT}:function:pre`) } }) },
    token: { regional: ({ west }) => ({ lambdaTriggers: { preSignUp: LambdaFunction.fromFunctionArn(west, 'Fn', stringToken(west)) } }) },
  },
  {
    name: 'custom senders without a key, the pool\'s key being its own (given)',
    rejected: {
      pool: (east) => ({ customSenderKmsKey: Key.fromKeyArn(east, 'SenderKey', MRK), lambdaTriggers: { customEmailSender: newFunction(east, 'PoolSender') } }),
      regional: ({ west }) => ({ lambdaTriggers: { customEmailSender: newFunction(west, 'Sender') } }),
    },
    message: /lambdaTriggers.customEmailSender needs customSenderKmsKey, a symmetric KMS key in us-west-2.*senderKeyMissing\]$/,
    accepted: { regional: ({ west }) => ({ lambdaTriggers: { customEmailSender: newFunction(west, 'Sender') }, customSenderKmsKey: new Key(west, 'K') }) },
    token: { regional: ({ west }) => ({ lambdaTriggers: { customEmailSender: newFunction(west, 'Sender') }, customSenderKmsKey: Key.fromKeyArn(west, 'K', stringToken(west)) }) },
  },
  {
    name: 'a custom sender key in another Region',
    rejected: { regional: ({ west }) => ({ lambdaTriggers: { customEmailSender: newFunction(west, 'Sender') }, customSenderKmsKey: Key.fromKeyArn(west, 'K', MRK) }) },
    message: /customSenderKmsKey must be in the pool's region us-west-2, got a key in us-east-1.*kmsKey\]$/,
    accepted: { regional: ({ west }) => ({ lambdaTriggers: { customEmailSender: newFunction(west, 'Sender') }, customSenderKmsKey: Key.fromKeyArn(west, 'K', MRK.replace('us-east-1', 'us-west-2')) }) },
  },
  {
    name: 'a custom sender key given as an alias',
    rejected: { regional: ({ west }) => ({ customSenderKmsKey: new Alias(west, 'A', { aliasName: 'alias/senders', targetKey: new Key(west, 'K') }) }) },
    message: /customSenderKmsKey must be a KMS key, not an alias.*kmsKey\]$/,
    accepted: { regional: ({ west }) => ({ customSenderKmsKey: new Key(west, 'K') }) },
  },
  {
    name: 'an SES identity the replica\'s Region can\'t send from',
    rejected: { region: 'us-west-2', regional: () => ({ email: ses({ sesRegion: 'eu-central-1' }) }) },
    message: /UserPoolEmail.withSES sesRegion must be one of us-east-1, us-west-2, eu-west-1 for a replica in us-west-2, got eu-central-1.*sesRegionForPool\]$/,
    accepted: { region: 'us-west-2', regional: () => ({ email: ses({ sesRegion: 'eu-west-1' }) }) },
    token: { regional: ({ west }) => ({ email: ses({ sesRegion: stringToken(west) }) }) },
  },
  {
    name: 'the pool\'s SES identity, which the replica\'s Region can\'t send from',
    rejected: { poolRegion: 'us-east-2', pool: { email: ses() } },
    message: /email is left out, so the replica in us-west-2 would send with the pool's SES identity in us-east-2, which Cognito there can't use.*sesRegionForPool\]$/,
    accepted: { poolRegion: 'us-east-1', pool: { email: ses() } },
  },
  {
    name: 'snsRegion for a replica in Seoul',
    rejected: { region: 'ap-northeast-2', pool: { replicas: [{ region: 'ap-northeast-2' }] }, regional: () => ({ snsRegion: 'ap-northeast-2' }) },
    message: /snsRegion must be ap-northeast-1 for a replica in ap-northeast-2, got ap-northeast-2.*snsRegionForPool\]$/,
    accepted: { region: 'ap-northeast-2', pool: { replicas: [{ region: 'ap-northeast-2' }] }, regional: () => ({ snsRegion: 'ap-northeast-1' }) },
    token: { region: 'ap-northeast-2', pool: { replicas: [{ region: 'ap-northeast-2' }] }, regional: ({ west }) => ({ snsRegion: stringToken(west) }) },
  },
  {
    name: 'snsRegion not a region code',
    rejected: { regional: () => ({ snsRegion: 'Oregon' }) },
    message: /snsRegion must be a region code such as us-east-1, got "Oregon".*regionCode\]$/,
    accepted: { regional: () => ({ snsRegion: 'us-west-2' }) },
    token: { regional: ({ west }) => ({ snsRegion: stringToken(west) }) },
  },
  {
    name: 'enableSmsRole false with smsRole',
    rejected: { regional: ({ west }) => ({ enableSmsRole: false, smsRole: new Role(west, 'R', { assumedBy: new ServicePrincipal('cognito-idp.amazonaws.com') }), smsRoleExternalId: 'x' }) },
    message: /enableSmsRole is false but smsRole is set: remove one of them.*smsRoleDisabledWithSmsRole\]$/,
    accepted: { regional: ({ west }) => ({ smsRole: new Role(west, 'R', { assumedBy: new ServicePrincipal('cognito-idp.amazonaws.com') }), smsRoleExternalId: 'x' }) },
  },
  {
    name: 'a trigger event version the trigger doesn\'t take',
    rejected: { regional: ({ west }) => ({ lambdaTriggers: { preTokenGeneration: newFunction(west, 'F'), preTokenGenerationVersion: 'V4_0' as LambdaVersion } }) },
    message: /lambdaTriggers.preTokenGeneration accepts LambdaVersion V1_0 or V2_0 or V3_0, got V4_0.*triggerLambdaVersion\]$/,
    accepted: { regional: ({ west }) => ({ lambdaTriggers: { preTokenGeneration: newFunction(west, 'F'), preTokenGenerationVersion: LambdaVersion.V3_0 } }) },
  },
  {
    name: 'a pre token generation version without the function',
    rejected: { regional: () => ({ lambdaTriggers: { preTokenGenerationVersion: LambdaVersion.V2_0 } }) },
    message: /lambdaTriggers.preTokenGenerationVersion is set without lambdaTriggers.preTokenGeneration.*preTokenGenerationVersionWithoutFunction\]$/,
    accepted: { regional: ({ west }) => ({ lambdaTriggers: { preTokenGeneration: newFunction(west, 'F'), preTokenGenerationVersion: LambdaVersion.V2_0 } }) },
  },
  {
    name: 'an external id too long for the API',
    rejected: { regional: () => ({ smsRoleExternalId: 'x'.repeat(131073) }) },
    message: /smsRoleExternalId must be 0 to 131072 characters long, got 131073.*apiLimit\]$/,
    accepted: { regional: () => ({ smsRoleExternalId: 'x'.repeat(131072) }) },
    token: { regional: ({ west }) => ({ smsRoleExternalId: stringToken(west) }) },
  },
];

describe('rules', () => {
  test.each(RULES)('$name', ({ rejected, message, accepted, token }) => {
    const problems = synthProblems(build(rejected).west);
    expect(problems).toEqual([expect.stringMatching(/^\[West\/Regional\] /)]);
    expect(problems[0]).toMatch(message);
    expect(synthProblems(build(accepted).west)).toEqual([]);
    if (token) { expect(synthProblems(build(token).west)).toEqual([]); }
  });

  test('an email that is not one of the two factories\' (from JavaScript) is an error; aws-cdk-lib\'s factories are accepted', () => {
    const { west } = build({ regional: () => ({ email: { send: true } as never }) });
    expect(synthProblems(west)).toEqual([expect.stringMatching(/email must come from UserPoolEmail.withSES\(...\) or UserPoolEmail.withCognito\(...\).*unknownEmail\]$/)]);
    const cdk = build({ regional: () => ({ email: CdkUserPoolEmail.withSES({ fromEmail: 'noreply@example.com', sesRegion: 'us-west-2' }) }) });
    expect(attachment(cdk.west).EmailConfiguration.SourceArn).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:ses:us-west-2:${ACCOUNT}:identity/noreply@example.com`]],
    });
  });

  test('one regional configuration per pool and Region: the same pool, or the same literal id; other pools, other Regions and token ids pass', () => {
    const twice = build();
    new UserPoolRegionalConfiguration(stackIn(twice.app, 'West2', 'us-west-2'), 'Regional', { userPool: twice.pool });
    expect(synthProblems(twice.west)).toEqual([
      '[West/Regional] userPool already has a regional configuration in us-west-2 (West2/Regional): one per pool and Region, since CloudFormation '
        + 'identifies it by the pool\'s id; merge them into one [cdk-secure-user-pool:regionalConfigurationTwice]',
      expect.stringMatching(/^\[West2\/Regional\] userPool already has a regional configuration in us-west-2 \(West\/Regional\)/),
    ]);
    const imported = (app: App, id: string, region: string, poolId: string) => {
      const stack = stackIn(app, id, region);
      new UserPoolRegionalConfiguration(stack, 'Regional', { userPool: UserPool.fromUserPoolId(stack, 'Pool', poolId) });
      return stack;
    };
    const sameId = new App();
    imported(sameId, 'A', 'us-west-2', 'us-east-1_abcd12345');
    expect(synthProblems(imported(sameId, 'B', 'us-west-2', 'us-east-1_abcd12345'))).toHaveLength(2);
    const boundary = new App();
    imported(boundary, 'A', 'us-west-2', 'us-east-1_abcd12345');
    imported(boundary, 'B', 'eu-west-1', 'us-east-1_abcd12345');
    imported(boundary, 'C', 'us-west-2', 'us-east-1_efgh67890');
    const tokens = stackIn(boundary, 'D', 'us-west-2');
    new UserPoolRegionalConfiguration(tokens, 'First', { userPool: UserPool.fromUserPoolId(tokens, 'FirstPool', stringToken(tokens, 'P')) });
    new UserPoolRegionalConfiguration(tokens, 'Second', { userPool: UserPool.fromUserPoolId(tokens, 'SecondPool', stringToken(tokens, 'Q')) });
    expect(synthProblems(tokens)).toEqual([]);
  });

  test('with problems, nothing is created: a function of another Region is reported, not aws-cdk-lib\'s reference error', () => {
    const { west } = build({ regional: ({ east }) => ({ lambdaTriggers: { preSignUp: newFunction(east, 'Pre') } }) });
    expect(synthProblems(west)).toEqual([expect.stringMatching(/lambdaTriggers.preSignUp must be a function in us-west-2.*triggerRegion\]$/)]);
  });
});

describe('warnings', () => {
  test('the pool\'s encryption key with no replica key in the Region', () => {
    const { west } = build({ replicaKey: false });
    expect(warned(west, 'replicaKeyNotReplicated')).toHaveLength(1);
    expect(warned(build().west, 'replicaKeyNotReplicated')).toHaveLength(0);
  });

  test('a replica key in a stack that deploys after the pool\'s (the regional configuration\'s own stack)', () => {
    const app = new App();
    const keys = stackIn(app, 'Keys', 'us-east-1');
    const key = new Key(keys, 'PoolKey', { multiRegion: true });
    const pool = new UserPool(stackIn(app, 'East', 'us-east-1'), 'Pool', { encryptionKey: key, replicas: [{ region: 'us-west-2' }], mfaSecondFactor: { otp: true, sms: true } });
    const west = stackIn(app, 'West', 'us-west-2');
    new UserPoolReplicaKey(west, 'PoolKey', { primaryKey: key });
    new UserPoolRegionalConfiguration(west, 'Regional', { userPool: pool });
    expect(synthProblems(west)).toEqual([]);
    expect(warned(west, 'replicaKeyAfterReplica')).toEqual([expect.objectContaining({
      entry: expect.objectContaining({ data: expect.stringMatching(/replicated into us-west-2 by West\/PoolKey, in a stack that deploys after the pool's/) }),
    })]);
    expect(warned(west, 'replicaKeyNotReplicated')).toHaveLength(0);
  });

  test('the pool\'s triggers with none given here; none when lambdaTriggers is given, even empty', () => {
    const withTriggers = { pool: (east: Stack) => ({ lambdaTriggers: { preSignUp: newFunction(east, 'Pre') } }) };
    expect(warned(build(withTriggers).west, 'replicaTriggersNotSet')).toEqual([expect.objectContaining({
      entry: expect.objectContaining({ data: expect.stringMatching(/userPool has Lambda triggers \(preSignUp\) but lambdaTriggers is not set/) }),
    })]);
    expect(warned(build({ ...withTriggers, regional: () => ({ lambdaTriggers: {} }) }).west, 'replicaTriggersNotSet')).toHaveLength(0);
  });

  test('no SMS in the replica\'s Region while the pool sends SMS', () => {
    expect(warned(build({ regional: () => ({ enableSmsRole: false }) }).west, 'replicaWithoutSms')).toHaveLength(1);
    expect(warned(build().west, 'replicaWithoutSms')).toHaveLength(0);
  });

  test('a given SMS role without an external id while the pool has SMS MFA', () => {
    const role = (west: Stack) => new Role(west, 'R', { assumedBy: new ServicePrincipal('cognito-idp.amazonaws.com') });
    expect(warned(build({ regional: ({ west }) => ({ smsRole: role(west) }) }).west, 'smsRoleWithoutExternalId')).toHaveLength(1);
    expect(warned(build({ regional: ({ west }) => ({ smsRole: role(west), smsRoleExternalId: 'x' }) }).west, 'smsRoleWithoutExternalId')).toHaveLength(0);
  });

  test('a cross-Region SES identity for a replica in a Region the SES table doesn\'t list', () => {
    const config = (sesRegion: string) => build({
      region: 'ap-southeast-3', pool: { replicas: [{ region: 'ap-southeast-3' }] }, regional: () => ({ email: ses({ sesRegion }) }),
    }).west;
    expect(warned(config('us-east-1'), 'sesRegionNotListed')).toHaveLength(1);
    expect(warned(config('ap-southeast-3'), 'sesRegionNotListed')).toHaveLength(0);
  });
});

describe('UserPoolReplicaKey', () => {
  const POOLS = (region: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:cognito-idp:${region}:${ACCOUNT}:userpool/*`]] });

  test('replicates the primary key with the data-protection guide\'s statements for this Region, naming both Regions\' pools', () => {
    const { app } = build();
    const westKeys = app.node.findChild('WestKeys') as Stack;
    const [replica] = Object.values(checkedTemplate(westKeys).findResources('AWS::KMS::ReplicaKey'));
    const pools = [POOLS('us-west-2'), POOLS('us-east-1')];
    const services = { Service: ['cognito-idp.amazonaws.com', 'identitystore.amazonaws.com'] };
    const crypto = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKeyWithoutPlaintext'];
    const via = { 'kms:ViaService': ['cognito-idp.us-west-2.amazonaws.com'] };
    const context = { 'kms:EncryptionContext:aws:cognito-idp:userpool-arn': pools };
    expect(replica.Properties.KeyPolicy.Statement).toEqual([
      { Action: 'kms:*', Effect: 'Allow', Principal: { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:iam::${ACCOUNT}:root`]] } }, Resource: '*' },
      {
        Sid: 'Allow Amazon Cognito service access',
        Effect: 'Allow',
        Principal: services,
        Action: crypto,
        Resource: '*',
        Condition: { ArnEquals: { 'aws:SourceArn': pools }, StringEquals: { 'aws:SourceAccount': [ACCOUNT] }, StringLike: context },
      },
      {
        Sid: 'Allow Amazon Cognito service DescribeKey access',
        Effect: 'Allow',
        Principal: services,
        Action: 'kms:DescribeKey',
        Resource: '*',
        Condition: { ArnEquals: { 'aws:SourceArn': pools }, StringEquals: { 'aws:SourceAccount': [ACCOUNT] } },
      },
      {
        Sid: 'Allow DescribeKey through Amazon Cognito for all principals in account that are authorized to use Amazon Cognito',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 'kms:DescribeKey',
        Resource: '*',
        Condition: { StringEquals: via },
      },
      {
        Sid: 'Allow access through Amazon Cognito for all principals in account that are authorized to use Amazon Cognito',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: crypto,
        Resource: '*',
        Condition: { StringEquals: via, StringLike: context },
      },
    ]);
    // Rotation is the primary key's (KMS shares it with replicas): a replica key has no rotation setting.
    expect(replica.Properties.EnableKeyRotation).toBeUndefined();
    expect(replica.DeletionPolicy).toBe('Retain');
    expect(JSON.stringify(replica.Properties.PrimaryKeyArn)).toMatch(/ExportsReader.*PoolKey/);
  });

  test('an imported primary key: its Region from the literal ARN, or read from a token ARN at deploy time', () => {
    const app = new App();
    const west = stackIn(app, 'West', 'us-west-2');
    new UserPoolReplicaKey(west, 'Literal', { primaryKey: Key.fromKeyArn(west, 'L', MRK) });
    const token = stringToken(west);
    new UserPoolReplicaKey(west, 'Token', { primaryKey: Key.fromKeyArn(west, 'T', token), removalPolicy: RemovalPolicy.DESTROY });
    const keys = Object.values(checkedTemplate(west).findResources('AWS::KMS::ReplicaKey'));
    const sourcePools = (key: any) => key.Properties.KeyPolicy.Statement[1].Condition.ArnEquals['aws:SourceArn'];
    expect(sourcePools(keys[0])).toEqual([POOLS('us-west-2'), POOLS('us-east-1')]);
    expect(sourcePools(keys[1])[1]).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':cognito-idp:', { 'Fn::Select': [3, { 'Fn::Split': [':', { Ref: 'P' }] }] }, `:${ACCOUNT}:userpool/*`]],
    });
    expect(keys[1].DeletionPolicy).toBe('Delete');
    expect(synthProblems(west)).toEqual([]);
  });

  test.each<[string, (s: Stack) => Parameters<typeof Key.fromKeyArn>[2] | Key | Alias, RegExp]>([
    ['a single-Region key', (s) => new Key(stackIn(App.of(s) as App, 'East', 'us-east-1'), 'K'), /primaryKey must be a multi-Region key, got a single-Region key: create it with multiRegion: true/],
    ['an imported key whose id is not mrk-', (s) => Key.fromKeyArn(s, 'K', MRK.replace('mrk-', '')) as never, /primaryKey must be a multi-Region key \(its key id starts with mrk-\)/],
    ['an alias', (s) => new Alias(s, 'A', { aliasName: 'alias/pool', targetKey: new Key(s, 'K', { multiRegion: true }) }), /primaryKey must be a KMS key, not an alias/],
    ['a key of the stack\'s own Region', (s) => Key.fromKeyArn(s, 'K', MRK.replace('us-east-1', 'us-west-2')) as never, /primaryKey must be in another Region than this stack's, got a key in us-west-2/],
  ])('rejected: %s; accepted: a multi-Region key of another Region, and a token', (_name, primaryKey, message) => {
    const app = new App();
    const west = stackIn(app, 'West', 'us-west-2');
    new UserPoolReplicaKey(west, 'Replica', { primaryKey: primaryKey(west) as never });
    expect(synthProblems(west)).toEqual([expect.stringMatching(new RegExp(`^\\[West/Replica\\] ${message.source}.*replicaPrimaryKey\\]$`))]);
    const ok = stackIn(new App(), 'West', 'us-west-2');
    new UserPoolReplicaKey(ok, 'Created', { primaryKey: new Key(stackIn(App.of(ok) as App, 'East', 'us-east-1'), 'K', { multiRegion: true }) });
    new UserPoolReplicaKey(ok, 'Imported', { primaryKey: Key.fromKeyArn(ok, 'I', MRK) });
    new UserPoolReplicaKey(ok, 'Token', { primaryKey: Key.fromKeyArn(ok, 'T', stringToken(ok)) });
    expect(synthProblems(ok)).toEqual([]);
  });

  test('is a key reference: its ARN and id', () => {
    const west = stackIn(new App(), 'West', 'us-west-2');
    const replica = new UserPoolReplicaKey(west, 'Replica', { primaryKey: Key.fromKeyArn(west, 'I', MRK) });
    const id = west.getLogicalId(replica.node.defaultChild as CfnElement);
    expect(west.resolve(replica.keyRef)).toEqual({ keyArn: { 'Fn::GetAtt': [id, 'Arn'] }, keyId: { 'Fn::GetAtt': [id, 'KeyId'] } });
  });
});
