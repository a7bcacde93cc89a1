import { Stack } from 'aws-cdk-lib';
import { Annotations } from 'aws-cdk-lib/assertions';
import { Alias, Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { UserPool, UserPoolLogDestination, UserPoolOperation } from '../src';
import { checkedTemplate, Match, newFunction, newStack, poolProperties, stringToken, synthesize } from './util';

// KMS keys given to the pool: encryption at rest (`encryptionKey`) and custom senders (`customSenderKmsKey`).
const POOLS = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':cognito-idp:us-east-1:123456789012:userpool/*']] };
const SERVICES = { Service: ['cognito-idp.amazonaws.com', 'identitystore.amazonaws.com'] };
const CRYPTO = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKeyWithoutPlaintext'];
const VIA_COGNITO = { 'kms:ViaService': ['cognito-idp.us-east-1.amazonaws.com'] };
const CONTEXT = { 'kms:EncryptionContext:aws:cognito-idp:userpool-arn': POOLS };

function keyPolicy(stack: Stack): unknown[] {
  const [key] = Object.values(checkedTemplate(stack).findResources('AWS::KMS::Key'));
  return key.Properties.KeyPolicy.Statement;
}

describe('encryptionKey', () => {
  test('a key created in the app gets the statements of Cognito\'s data protection guide, statement for statement', () => {
    const stack = newStack();
    const key = new Key(stack, 'DataKey');
    new UserPool(stack, 'Pool', { encryptionKey: key });
    expect(keyPolicy(stack)).toEqual([
      // kms.Key's own: the account administers the key (the guide's last statement).
      { Action: 'kms:*', Effect: 'Allow', Principal: { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::123456789012:root']] } }, Resource: '*' },
      {
        Sid: 'Allow Amazon Cognito service access',
        Effect: 'Allow',
        Principal: SERVICES,
        Action: CRYPTO,
        Resource: '*',
        Condition: { ArnEquals: { 'aws:SourceArn': [POOLS] }, StringEquals: { 'aws:SourceAccount': ['123456789012'] }, StringLike: CONTEXT },
      },
      {
        Sid: 'Allow Amazon Cognito service DescribeKey access',
        Effect: 'Allow',
        Principal: SERVICES,
        Action: 'kms:DescribeKey',
        Resource: '*',
        Condition: { ArnEquals: { 'aws:SourceArn': [POOLS] }, StringEquals: { 'aws:SourceAccount': ['123456789012'] } },
      },
      {
        Sid: 'Allow DescribeKey through Amazon Cognito for all principals in account that are authorized to use Amazon Cognito',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 'kms:DescribeKey',
        Resource: '*',
        Condition: { StringEquals: VIA_COGNITO },
      },
      {
        Sid: 'Allow access through Amazon Cognito for all principals in account that are authorized to use Amazon Cognito',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: CRYPTO,
        Resource: '*',
        Condition: { StringEquals: VIA_COGNITO, StringLike: CONTEXT },
      },
    ]);
    expect(poolProperties(checkedTemplate(stack)).KeyConfiguration).toEqual({
      KeyType: 'CUSTOMER_MANAGED_KEY', KmsKeyArn: stack.resolve(key.keyArn),
    });
  });

  test('with logDelivery, the guide\'s second policy: the same statements and its two log delivery statements, one by one', () => {
    const stack = newStack();
    const withLogs = new Key(stack, 'WithLogs');
    const without = new Key(stack, 'Without');
    new UserPool(stack, 'Logged', { encryptionKey: withLogs, logDelivery: { userAuthEvents: UserPoolLogDestination.cloudWatchLogs(new LogGroup(stack, 'Group')) } });
    new UserPool(stack, 'Plain', { encryptionKey: without });
    const template = checkedTemplate(stack);
    const policyOf = (key: Key) => template.toJSON().Resources[stack.getLogicalId(key.node.defaultChild as never)].Properties.KeyPolicy.Statement;
    const logs = { StringLike: { 'kms:EncryptionContext:SourceArn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':logs:us-east-1:123456789012:*']] } } };
    expect(policyOf(withLogs)).toEqual([
      ...policyOf(without),
      {
        Sid: 'Allow Amazon Cognito service log delivery access',
        Effect: 'Allow',
        Principal: { Service: 'cognito-idp.amazonaws.com' },
        Action: ['kms:GenerateDataKey', 'kms:Encrypt'],
        Resource: '*',
        Condition: logs,
      },
      {
        Sid: 'Allow IngestionHub service log delivery access',
        Effect: 'Allow',
        Principal: { Service: 'delivery.logs.amazonaws.com' },
        Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
        Resource: '*',
        Condition: logs,
      },
    ]);
    expect(policyOf(without)).toHaveLength(5);
  });

  test('an imported key is used as given, with a warning that its policy must allow Cognito', () => {
    const stack = newStack();
    const arn = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    new UserPool(stack, 'Pool', { encryptionKey: Key.fromKeyArn(stack, 'Imported', arn) });
    const template = checkedTemplate(stack);
    template.resourceCountIs('AWS::KMS::Key', 0);
    expect(poolProperties(template).KeyConfiguration).toEqual({ KeyType: 'CUSTOMER_MANAGED_KEY', KmsKeyArn: arn });
    Annotations.fromStack(stack).hasWarning('/Stack/Pool', Match.stringLikeRegexp(
      'encryptionKey is imported.*data-protection.html.*\\[ack: cdk-secure-user-pool:importedEncryptionKey\\]'));
    Annotations.fromStack(stack).hasNoWarning('/Stack/Pool', Match.stringLikeRegexp('exported logs'));
  });

  test('an imported key with logDelivery: the warning names the two statements for exported logs too', () => {
    const stack = newStack();
    const arn = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    new UserPool(stack, 'Pool', {
      encryptionKey: Key.fromKeyArn(stack, 'Imported', arn),
      logDelivery: { userNotification: UserPoolLogDestination.cloudWatchLogs(new LogGroup(stack, 'Group')) },
    });
    Annotations.fromStack(stack).hasWarning('/Stack/Pool', Match.stringLikeRegexp(
      'encryptionKey is imported.*identitystore.amazonaws.com\\), and with logDelivery also its two statements for exported logs '
      + '\\(cognito-idp.amazonaws.com with kms:GenerateDataKey and kms:Encrypt, delivery.logs.amazonaws.com with kms:GenerateDataKey and kms:Decrypt\\)'));
  });

  test('a created key adds no warning', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool', { encryptionKey: new Key(stack, 'DataKey') });
    Annotations.fromStack(stack).hasNoWarning('/Stack/Pool', Match.anyValue());
  });

  test('passes cdk-nag AwsSolutions with a created key', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool', { encryptionKey: new Key(stack, 'DataKey', { enableKeyRotation: true }) });
    const report = new AwsSolutionsChecks(stack).validateScope(stack);
    expect(report.violations.filter((v) => v.severity === 'error').map((v) => v.ruleName)).toEqual([]);
  });
});

describe.each(['encryptionKey', 'customSenderKmsKey'] as const)('%s must be a symmetric key in the pool\'s region', (prop) => {
  // Builds the pool and synthesizes its app, which reports the pool's problems.
  const pool = (stack: Stack, key: unknown) => {
    new UserPool(stack, 'Pool', {
      [prop]: key,
      lambdaTriggers: prop === 'customSenderKmsKey' ? { customEmailSender: newFunction(stack, 'Sender') } : undefined,
    });
    synthesize(stack);
  };

  test('an alias is rejected: Cognito takes a key ARN', () => {
    const stack = newStack();
    const alias = new Alias(stack, 'Alias', { aliasName: 'alias/users', targetKey: new Key(stack, 'Target') });
    expect(() => pool(stack, alias)).toThrow(new RegExp(`${prop} must be a KMS key, not an alias: Cognito takes a key ARN`));
    const stack2 = newStack();
    const byArn = Key.fromKeyArn(stack2, 'ByArn', 'arn:aws:kms:us-east-1:123456789012:alias/users');
    expect(() => pool(stack2, byArn)).toThrow(new RegExp(`${prop} must be a KMS key, not an alias.*got "arn:aws:kms:us-east-1:123456789012:alias/users"`));
  });

  test('an asymmetric key is rejected; a symmetric one and a key ARN token are accepted', () => {
    const stack = newStack();
    const rsa = new Key(stack, 'Rsa', { keySpec: KeySpec.RSA_2048, keyUsage: KeyUsage.ENCRYPT_DECRYPT });
    expect(() => pool(stack, rsa)).toThrow(new RegExp(`${prop} must be a symmetric encryption key \\(keySpec SYMMETRIC_DEFAULT\\), got keySpec RSA_2048`));
    const ok = newStack();
    expect(() => pool(ok, new Key(ok, 'Symmetric', { keySpec: KeySpec.SYMMETRIC_DEFAULT }))).not.toThrow();
    const token = newStack();
    expect(() => pool(token, Key.fromKeyArn(token, 'Token', stringToken(token)))).not.toThrow();
  });

  test('a key in another region is rejected', () => {
    const stack = newStack();
    const other = Key.fromKeyArn(stack, 'Other', 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab');
    expect(() => pool(stack, other)).toThrow(new RegExp(`${prop} must be in the pool's region us-east-1, got a key in eu-west-1`));
    const same = newStack();
    expect(() => pool(same, Key.fromKeyArn(same, 'Same', 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab')))
      .not.toThrow();
  });
});

describe('the custom sender key the pool creates', () => {
  const MRK = 'arn:aws:kms:us-east-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab';
  const senderKeys = (stack: Stack) => checkedTemplate(stack).findResources('AWS::KMS::Key', { Properties: { Description: Match.stringLikeRegexp('custom senders') } });

  test('is single-Region without replicas (CustomSenderKey, as before)', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool', { lambdaTriggers: { customEmailSender: newFunction(stack, 'Sender') } });
    const keys = senderKeys(stack);
    expect(Object.keys(keys)).toEqual([expect.stringMatching(/^PoolCustomSenderKey[0-9A-F]{8}$/)]);
    expect(Object.values(keys)[0].Properties.MultiRegion).toBeUndefined();
  });

  test('is multi-Region with replicas, under its own construct id (CloudFormation fails an update of MultiRegion), from props or addTrigger', () => {
    const stack = newStack();
    const replicated = { encryptionKey: Key.fromKeyArn(stack, 'PoolKey', MRK), replicas: [{ region: 'us-west-2' }], mfaSecondFactor: { otp: true, sms: true } };
    new UserPool(stack, 'Props', { ...replicated, lambdaTriggers: { customEmailSender: newFunction(stack, 'Sender') } });
    new UserPool(stack, 'Method', replicated).addTrigger(UserPoolOperation.CUSTOM_SMS_SENDER, newFunction(stack, 'SmsSender'));
    const keys = senderKeys(stack);
    expect(Object.keys(keys)).toEqual([
      expect.stringMatching(/^PropsCustomSenderKeyMultiRegion/), expect.stringMatching(/^MethodCustomSenderKeyMultiRegion/),
    ]);
    for (const key of Object.values(keys)) {
      expect(key.Properties).toEqual(expect.objectContaining({ MultiRegion: true, EnableKeyRotation: true }));
    }
  });
});
