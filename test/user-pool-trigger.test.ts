import { App, CfnParameter, CfnResource, RemovalPolicy, Resource, Stack, Token } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as cdkCognito from 'aws-cdk-lib/aws-cognito';
import { Role } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { LambdaVersion, UserPool, UserPoolOperation, UserPoolTrigger } from '../src';
import { checkedTemplate, ENV, newFunction, synthProblems } from './util';

const POOL_ARN = 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Abc123';
const TYPE = 'Custom::CognitoUserPoolTrigger';

function stack(): Stack {
  return new Stack(new App(), 'Triggers', { env: ENV });
}

describe('addTrigger on an imported pool', () => {
  test('a custom resource sets the one trigger: the pool id, the LambdaConfig key and the function', () => {
    const s = stack();
    const fn = newFunction(s, 'PreSignUp');
    const pool = UserPool.fromUserPoolArn(s, 'Imported', POOL_ARN);
    pool.addTrigger(UserPoolOperation.PRE_SIGN_UP, fn);
    const template = checkedTemplate(s);
    template.resourceCountIs(TYPE, 1);
    template.hasResourceProperties(TYPE, {
      ServiceToken: Match.anyValue(),
      UserPoolId: 'us-east-1_Abc123',
      Operation: 'PreSignUp',
      LambdaArn: s.resolve(fn.functionArn),
      LambdaVersion: Match.absent(),
      KmsKeyArn: Match.absent(),
    });
  });

  test('the invoke permission is the one a created pool gets: Cognito, the pool\'s ARN, the pool\'s account', () => {
    const s = stack();
    const fn = newFunction(s, 'PostConfirmation');
    UserPool.fromUserPoolArn(s, 'Imported', POOL_ARN).addTrigger(UserPoolOperation.POST_CONFIRMATION, fn);
    Template.fromStack(s).hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: s.resolve(fn.functionArn),
      Principal: 'cognito-idp.amazonaws.com',
      SourceArn: POOL_ARN,
      SourceAccount: '123456789012',
    });
  });

  test('the handler\'s role may describe and update that pool only; one provider per stack serves every pool', () => {
    const s = stack();
    const fn = newFunction(s, 'Fn');
    UserPool.fromUserPoolArn(s, 'One', POOL_ARN).addTrigger(UserPoolOperation.PRE_SIGN_UP, fn);
    const other = 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Other1';
    UserPool.fromUserPoolArn(s, 'Two', other).addTrigger(UserPoolOperation.PRE_SIGN_UP, fn);
    const template = Template.fromStack(s);
    const roles = template.findResources('AWS::IAM::Role', { Properties: { AssumeRolePolicyDocument: { Statement: [{ Principal: { Service: 'lambda.amazonaws.com' } }] } } });
    const providerRoles = Object.values(roles).filter((r) => JSON.stringify(r.Properties.Policies ?? []).includes('cognito-idp:UpdateUserPool'));
    expect(providerRoles).toHaveLength(1);
    expect(providerRoles[0].Properties.Policies[0].PolicyDocument.Statement).toEqual([
      { Effect: 'Allow', Action: ['cognito-idp:DescribeUserPool', 'cognito-idp:UpdateUserPool'], Resource: POOL_ARN },
      { Effect: 'Allow', Action: ['cognito-idp:DescribeUserPool', 'cognito-idp:UpdateUserPool'], Resource: other },
    ]);
    expect(Object.keys(template.findResources('AWS::Lambda::Function', { Properties: { Runtime: 'nodejs22.x' } }))).toHaveLength(1);
  });

  test('two triggers on one pool in one stack run one after another; on another pool they don\'t wait', () => {
    const s = stack();
    const fn = newFunction(s, 'Fn');
    const pool = UserPool.fromUserPoolArn(s, 'Imported', POOL_ARN);
    pool.addTrigger(UserPoolOperation.PRE_SIGN_UP, fn);
    pool.addTrigger(UserPoolOperation.POST_CONFIRMATION, fn);
    UserPool.fromUserPoolArn(s, 'Other', 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Other1')
      .addTrigger(UserPoolOperation.PRE_SIGN_UP, fn);
    const resources = Template.fromStack(s).findResources(TYPE);
    const byOperation = (poolId: string, op: string) =>
      Object.entries(resources).find(([, r]) => r.Properties.UserPoolId === poolId && r.Properties.Operation === op)!;
    const [firstId] = byOperation('us-east-1_Abc123', 'PreSignUp');
    const [, second] = byOperation('us-east-1_Abc123', 'PostConfirmation');
    const [, other] = byOperation('us-east-1_Other1', 'PreSignUp');
    expect(second.DependsOn).toEqual([firstId]);
    expect(other.DependsOn).toBeUndefined();
  });

  test('pre token generation V2 renders its key and version, with a warning: the pool\'s plan can\'t be seen', () => {
    const s = stack();
    const fn = newFunction(s, 'PreToken');
    UserPool.fromUserPoolArn(s, 'Imported', POOL_ARN).addTrigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, fn, LambdaVersion.V2_0);
    Template.fromStack(s).hasResourceProperties(TYPE, { Operation: 'PreTokenGenerationConfig', LambdaVersion: 'V2_0' });
    Annotations.fromStack(s).hasWarning('*', Match.stringLikeRegexp('lambdaVersion V2_0 needs the pool\'s featurePlan.*cdk-secure-user-pool:importedTriggerVersionNeedsPlan'));
  });

  test('the legacy pre token generation trigger without a version: a plain ARN, no warning', () => {
    const s = stack();
    UserPool.fromUserPoolArn(s, 'Imported', POOL_ARN).addTrigger(UserPoolOperation.PRE_TOKEN_GENERATION, newFunction(s, 'PreToken'));
    Template.fromStack(s).hasResourceProperties(TYPE, { Operation: 'PreTokenGeneration', LambdaVersion: Match.absent() });
    expect(Annotations.fromStack(s).findWarning('*', Match.stringLikeRegexp('importedTriggerVersionNeedsPlan'))).toHaveLength(0);
  });

  test('a custom sender gets a created key: KMSKeyID, the function\'s kms:Decrypt, and the role\'s kms:CreateGrant for this pool', () => {
    const s = stack();
    const fn = newFunction(s, 'Sender');
    UserPool.fromUserPoolArn(s, 'Imported', POOL_ARN).addTrigger(UserPoolOperation.CUSTOM_EMAIL_SENDER, fn);
    const template = Template.fromStack(s);
    const [keyId, key] = Object.entries(template.findResources('AWS::KMS::Key'))[0];
    expect(key.DeletionPolicy).toBe('Retain');
    expect(key.Properties.EnableKeyRotation).toBe(true);
    const keyArn = { 'Fn::GetAtt': [keyId, 'Arn'] };
    template.hasResourceProperties(TYPE, { Operation: 'CustomEmailSender', LambdaVersion: 'V1_0', KmsKeyArn: keyArn });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'kms:Decrypt', Effect: 'Allow', Resource: keyArn }] },
      Roles: [{ Ref: s.getLogicalId(fn.role!.node.defaultChild as never) }],
    });
    const role = Object.values(template.findResources('AWS::IAM::Role')).find((r) => JSON.stringify(r).includes('kms:CreateGrant'))!;
    expect(role.Properties.Policies[0].PolicyDocument.Statement).toContainEqual({
      Effect: 'Allow',
      Action: 'kms:CreateGrant',
      Resource: keyArn,
      Condition: { StringEquals: { 'kms:EncryptionContext:userpool-id': 'us-east-1_Abc123' } },
    });
  });

  test.each([
    ['another account', 'arn:aws:cognito-idp:us-east-1:210987654321:userpool/us-east-1_Abc123', /userPool must be in the stack's account 123456789012 to take a trigger from it, got a pool of account 210987654321/],
    ['another Region', 'arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_Abc123', /userPool must be in the stack's Region us-east-1 to take a trigger from it, got a pool in eu-west-1/],
  ])('a pool in %s is an error', (_name, arn, message) => {
    const s = stack();
    UserPool.fromUserPoolArn(s, 'Imported', arn).addTrigger(UserPoolOperation.PRE_SIGN_UP, newFunction(s, 'Fn'));
    expect(synthProblems(s)).toEqual([expect.stringMatching(message)]);
  });

  test('a pool id of another Region, imported by id (this library\'s or aws-cdk-lib\'s), is an error: the ARN of ours names its Region', () => {
    const s = stack();
    const ours = UserPool.fromUserPoolId(s, 'Ours', 'eu-west-1_Abc123');
    expect(ours.userPoolArn).toBe(`arn:${s.partition}:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_Abc123`);
    ours.addTrigger(UserPoolOperation.PRE_SIGN_UP, newFunction(s, 'A'));
    new UserPoolTrigger(s, 'Theirs', {
      userPool: cdkCognito.UserPool.fromUserPoolId(s, 'CdkImport', 'eu-west-2_Abc123'), operation: UserPoolOperation.PRE_SIGN_UP, handler: newFunction(s, 'B'),
    });
    expect(synthProblems(s)).toEqual([
      expect.stringMatching(/^\[Triggers\/Ours\/Trigger-preSignUp\] userPool must be in the stack's Region us-east-1 to take a trigger from it, got a pool in eu-west-1/),
      expect.stringMatching(/^\[Triggers\/Theirs\] userPool must be in the stack's Region us-east-1 to take a trigger from it, got a pool in eu-west-2/),
    ]);
  });

  test('the same pool id as a reference in two stacks (a parameter each) names two pools: no false "already set"', () => {
    const app = new App();
    for (const name of ['Dev', 'Prod']) {
      const s = new Stack(app, name, { env: ENV });
      const id = new CfnParameter(s, 'PoolId').valueAsString;
      UserPool.fromUserPoolId(s, 'Pool', id).addTrigger(UserPoolOperation.PRE_SIGN_UP, newFunction(s, 'Fn'));
      expect(synthProblems(s)).toEqual([]);
    }
  });

  test('a second addTrigger for one operation is reported at synth, not thrown', () => {
    const s = stack();
    const pool = UserPool.fromUserPoolArn(s, 'Imported', POOL_ARN);
    pool.addTrigger(UserPoolOperation.PRE_SIGN_UP, newFunction(s, 'A'));
    expect(() => pool.addTrigger(UserPoolOperation.PRE_SIGN_UP, newFunction(s, 'B'))).not.toThrow();
    expect(synthProblems(s)).toEqual([expect.stringContaining('lambdaTriggers.preSignUp is already set (as preSignUp)')]);
  });

  test('one function as both legacy and versioned pre token generation: one slot, one resource (an error on a pool created elsewhere)', () => {
    const s = stack();
    const fn = newFunction(s, 'PreToken');
    const pool = UserPool.fromUserPoolArn(s, 'Imported', POOL_ARN);
    pool.addTrigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, fn, LambdaVersion.V2_0);
    pool.addTrigger(UserPoolOperation.PRE_TOKEN_GENERATION, fn);
    expect(synthProblems(s)).toEqual([expect.stringContaining('lambdaTriggers.preTokenGeneration is already set (as preTokenGenerationConfig): on a pool created elsewhere')]);
  });

  test('a trigger the handler doesn\'t know (UserPoolOperation.of) is an error at synth, not at deploy; a known one is accepted', () => {
    const s = stack();
    const pool = UserPool.fromUserPoolArn(s, 'Imported', POOL_ARN);
    pool.addTrigger(UserPoolOperation.of('somethingNew'), newFunction(s, 'New'));
    pool.addTrigger(UserPoolOperation.of('preSignUp'), newFunction(s, 'Known'));
    expect(synthProblems(s)).toEqual([expect.stringMatching(
      /lambdaTriggers.somethingNew is not a trigger the custom resource can set on a pool created elsewhere; it sets createAuthChallenge, .*\[cdk-secure-user-pool:importedTriggerUnknown\]/)]);
  });

  test('a pool in the stack\'s account and Region, or with a token ARN, is accepted', () => {
    const s = stack();
    UserPool.fromUserPoolArn(s, 'Same', POOL_ARN).addTrigger(UserPoolOperation.PRE_SIGN_UP, newFunction(s, 'A'));
    const tokenArn = new cdkCognito.CfnUserPool(s, 'Cfn').attrArn;
    new UserPoolTrigger(s, 'FromToken', {
      userPool: cdkCognito.UserPool.fromUserPoolArn(s, 'Token', tokenArn), operation: UserPoolOperation.PRE_SIGN_UP, handler: newFunction(s, 'B'),
    });
    (s.node.findChild('Cfn') as CfnResource).applyRemovalPolicy(RemovalPolicy.RETAIN);
    expect(synthProblems(s)).toEqual([]);
  });

  test('a pool that sends SMS: iam:PassRole on its role only', () => {
    const s = stack();
    const smsRole = Role.fromRoleArn(s, 'SmsRole', 'arn:aws:iam::123456789012:role/pool-sms');
    new UserPoolTrigger(s, 'Trigger', {
      userPool: UserPool.fromUserPoolArn(s, 'Imported', POOL_ARN), operation: UserPoolOperation.PRE_SIGN_UP, handler: newFunction(s, 'Fn'), smsRole,
    });
    const role = Object.values(Template.fromStack(s).findResources('AWS::IAM::Role')).find((r) => JSON.stringify(r).includes('iam:PassRole'))!;
    expect(role.Properties.Policies[0].PolicyDocument.Statement).toContainEqual({
      Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::123456789012:role/pool-sms',
    });
  });

  test('a trigger the app already sets on that pool is an error, also through a second import of the same pool', () => {
    const s = stack();
    UserPool.fromUserPoolArn(s, 'One', POOL_ARN).addTrigger(UserPoolOperation.PRE_SIGN_UP, newFunction(s, 'A'));
    UserPool.fromUserPoolId(s, 'Two', 'us-east-1_Abc123').addTrigger(UserPoolOperation.PRE_SIGN_UP, newFunction(s, 'B'));
    expect(synthProblems(s)).toEqual([expect.stringContaining('lambdaTriggers.preSignUp is already set (as preSignUp)')]);
  });
});

describe('UserPoolTrigger', () => {
  test('on any imported pool (aws-cdk-lib\'s fromUserPoolId too), with a given key for a custom SMS sender', () => {
    const s = stack();
    const key = new Key(s, 'Key', { enableKeyRotation: true });
    const pool = cdkCognito.UserPool.fromUserPoolId(s, 'Imported', 'us-east-1_Abc123');
    new UserPoolTrigger(s, 'Sms', { userPool: pool, operation: UserPoolOperation.CUSTOM_SMS_SENDER, handler: newFunction(s, 'Sender'), kmsKey: key });
    const template = checkedTemplate(s);
    template.hasResourceProperties(TYPE, { UserPoolId: 'us-east-1_Abc123', Operation: 'CustomSMSSender', LambdaVersion: 'V1_0', KmsKeyArn: s.resolve(key.keyArn) });
    template.resourceCountIs('AWS::KMS::Key', 1);
  });

  test('on this library\'s created pool it is addTrigger: rendered into the pool, no custom resource', () => {
    const s = stack();
    const fn = newFunction(s, 'PreSignUp');
    const pool = new UserPool(s, 'Pool');
    new UserPoolTrigger(s, 'Trigger', { userPool: pool, operation: UserPoolOperation.PRE_SIGN_UP, handler: fn });
    const template = Template.fromStack(s);
    template.resourceCountIs(TYPE, 0);
    template.hasResourceProperties('AWS::Cognito::UserPool', { LambdaConfig: { PreSignUp: s.resolve(fn.functionArn) } });
  });

  test('on aws-cdk-lib\'s created pool it is that pool\'s addTrigger, with the version', () => {
    const s = stack();
    const fn = newFunction(s, 'PreToken');
    const pool = new cdkCognito.UserPool(s, 'Pool', { featurePlan: cdkCognito.FeaturePlan.ESSENTIALS });
    new UserPoolTrigger(s, 'Trigger', { userPool: pool, operation: UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, handler: fn, lambdaVersion: LambdaVersion.V2_0 });
    const template = Template.fromStack(s);
    template.resourceCountIs(TYPE, 0);
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: { PreTokenGenerationConfig: { LambdaArn: s.resolve(fn.functionArn), LambdaVersion: 'V2_0' } },
    });
  });

  test('on a pool created in this app by another construct, an error', () => {
    const s = stack();
    class OtherPool extends Resource {
      public readonly userPoolId: string;
      public readonly userPoolArn: string;
      constructor(scope: Stack, id: string) {
        super(scope, id);
        const cfn = new cdkCognito.CfnUserPool(this, 'Resource');
        cfn.applyRemovalPolicy(RemovalPolicy.RETAIN);
        this.userPoolId = cfn.ref;
        this.userPoolArn = cfn.attrArn;
      }
    }
    new UserPoolTrigger(s, 'Trigger', { userPool: new OtherPool(s, 'Pool') as unknown as cdkCognito.IUserPool, operation: UserPoolOperation.PRE_SIGN_UP, handler: newFunction(s, 'Fn') });
    expect(synthProblems(s)).toEqual([expect.stringMatching(/userPool is created in this app by a construct without addTrigger.*\[cdk-secure-user-pool:triggerOnForeignCreatedPool\]/)]);
  });

  test('a pool id from another stack (a token) is keyed by its reference', () => {
    const app = new App();
    const auth = new Stack(app, 'Auth', { env: ENV });
    const triggers = new Stack(app, 'Triggers', { env: ENV });
    const id = new cdkCognito.CfnUserPool(auth, 'Cfn').ref;
    expect(Token.isUnresolved(id)).toBe(true);
    const pool = cdkCognito.UserPool.fromUserPoolId(triggers, 'Imported', id);
    new UserPoolTrigger(triggers, 'One', { userPool: pool, operation: UserPoolOperation.PRE_SIGN_UP, handler: newFunction(triggers, 'A') });
    new UserPoolTrigger(triggers, 'Two', { userPool: pool, operation: UserPoolOperation.PRE_SIGN_UP, handler: newFunction(triggers, 'B') });
    expect(synthProblems(triggers)).toEqual([expect.stringContaining('lambdaTriggers.preSignUp is already set')]);
  });

  test.each([
    ['a custom sender without a key', (s: Stack) => cdkCognito.UserPool.fromUserPoolId(s, 'P', 'us-east-1_Abc123'), UserPoolOperation.CUSTOM_EMAIL_SENDER, false,
      /kmsKey is required for customEmailSender on a pool created elsewhere.*\[cdk-secure-user-pool:triggerNeedsKmsKey\]/],
    ['a key with another trigger', (s: Stack) => cdkCognito.UserPool.fromUserPoolId(s, 'P', 'us-east-1_Abc123'), UserPoolOperation.PRE_SIGN_UP, true,
      /kmsKey is only for customEmailSender and customSmsSender, got it with preSignUp/],
    ['a key on this library\'s created pool', (s: Stack) => new UserPool(s, 'Pool'), UserPoolOperation.CUSTOM_EMAIL_SENDER, true,
      /kmsKey is for pools created elsewhere.*\[cdk-secure-user-pool:triggerKmsKeyOnCreatedPool\]/],
  ])('%s is an error', (_name, makePool, operation, withKey, message) => {
    const s = stack();
    const key = withKey ? new Key(s, 'Key') : undefined;
    new UserPoolTrigger(s, 'Trigger', { userPool: makePool(s), operation, handler: newFunction(s, 'Fn'), kmsKey: key });
    expect(synthProblems(s)).toEqual([expect.stringMatching(message)]);
    expect(s.node.findAll().filter((c) => c instanceof CfnResource && c.cfnResourceType === TYPE)).toEqual([]);
  });
});
