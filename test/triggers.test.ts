import { App, Aws, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { FeaturePlan, LambdaVersion, UserPool, UserPoolOperation } from '../src';
import { checkedTemplate, newFunction, newStack, poolProperties, synthesize, synthProblems } from './util';

function setup(): { stack: Stack; fn: LambdaFunction } {
  const stack = newStack();
  return { stack, fn: newFunction(stack, 'Fn') };
}

describe('lambda triggers', () => {
  test.each<[string, keyof typeof UserPoolOperation, string]>([
    ['createAuthChallenge', 'CREATE_AUTH_CHALLENGE', 'CreateAuthChallenge'],
    ['customMessage', 'CUSTOM_MESSAGE', 'CustomMessage'],
    ['defineAuthChallenge', 'DEFINE_AUTH_CHALLENGE', 'DefineAuthChallenge'],
    ['postAuthentication', 'POST_AUTHENTICATION', 'PostAuthentication'],
    ['postConfirmation', 'POST_CONFIRMATION', 'PostConfirmation'],
    ['preAuthentication', 'PRE_AUTHENTICATION', 'PreAuthentication'],
    ['preSignUp', 'PRE_SIGN_UP', 'PreSignUp'],
    ['preTokenGeneration', 'PRE_TOKEN_GENERATION', 'PreTokenGeneration'],
    ['userMigration', 'USER_MIGRATION', 'UserMigration'],
    ['verifyAuthChallengeResponse', 'VERIFY_AUTH_CHALLENGE_RESPONSE', 'VerifyAuthChallengeResponse'],
  ])('%s renders the function ARN from props and from addTrigger alike', (prop, op, cfnKey) => {
    const fromProps = setup();
    new UserPool(fromProps.stack, 'Pool', { lambdaTriggers: { [prop]: fromProps.fn } });
    const fromMethod = setup();
    new UserPool(fromMethod.stack, 'Pool').addTrigger(UserPoolOperation[op] as UserPoolOperation, fromMethod.fn);
    for (const { stack, fn } of [fromProps, fromMethod]) {
      expect(poolProperties(checkedTemplate(stack)).LambdaConfig).toEqual({ [cfnKey]: stack.resolve(fn.functionArn) });
    }
    expect(checkedTemplate(fromProps.stack).toJSON()).toEqual(checkedTemplate(fromMethod.stack).toJSON());
  });

  test.each([
    ['customEmailSender', UserPoolOperation.CUSTOM_EMAIL_SENDER, 'CustomEmailSender'],
    ['customSmsSender', UserPoolOperation.CUSTOM_SMS_SENDER, 'CustomSMSSender'],
  ])('%s renders a V1_0 config with the KMS key', (prop, op, cfnKey) => {
    const { stack, fn } = setup();
    const key = new Key(stack, 'Key');
    const pool = new UserPool(stack, 'Pool', { customSenderKmsKey: key });
    pool.addTrigger(op, fn);
    expect(poolProperties(checkedTemplate(stack)).LambdaConfig).toEqual({
      KMSKeyID: stack.resolve(key.keyArn),
      [cfnKey]: { LambdaArn: stack.resolve(fn.functionArn), LambdaVersion: 'V1_0' },
    });
    const other = setup();
    new UserPool(other.stack, 'Pool', { customSenderKmsKey: new Key(other.stack, 'Key'), lambdaTriggers: { [prop]: other.fn } });
    expect(poolProperties(checkedTemplate(other.stack)).LambdaConfig[cfnKey].LambdaVersion).toBe('V1_0');
  });

  test('inbound federation renders a V1_0 config', () => {
    const { stack, fn } = setup();
    new UserPool(stack, 'Pool', { lambdaTriggers: { inboundFederation: fn } });
    expect(poolProperties(checkedTemplate(stack)).LambdaConfig).toEqual({
      InboundFederation: { LambdaArn: stack.resolve(fn.functionArn), LambdaVersion: 'V1_0' },
    });
  });

  test.each([LambdaVersion.V1_0, LambdaVersion.V2_0, LambdaVersion.V3_0])('pre token generation %s from props renders PreTokenGenerationConfig', (version) => {
    const { stack, fn } = setup();
    new UserPool(stack, 'Pool', { lambdaTriggers: { preTokenGeneration: fn, preTokenGenerationVersion: version } });
    expect(poolProperties(checkedTemplate(stack)).LambdaConfig).toEqual({
      PreTokenGenerationConfig: { LambdaArn: stack.resolve(fn.functionArn), LambdaVersion: version },
    });
  });

  test('pre token generation V2 through addTrigger', () => {
    const { stack, fn } = setup();
    new UserPool(stack, 'Pool').addTrigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, fn, LambdaVersion.V2_0);
    expect(poolProperties(checkedTemplate(stack)).LambdaConfig).toEqual({
      PreTokenGenerationConfig: { LambdaArn: stack.resolve(fn.functionArn), LambdaVersion: 'V2_0' },
    });
  });

  test('pre token generation V2 needs a plan other than LITE', () => {
    const { stack, fn } = setup();
    new UserPool(stack, 'Pool', { featurePlan: FeaturePlan.LITE }).addTrigger(UserPoolOperation.PRE_TOKEN_GENERATION, fn, LambdaVersion.V2_0);
    expect(synthProblems(stack)).toEqual([expect.stringMatching(
      /^\[Stack\/Pool\] lambdaTriggers.preTokenGeneration with LambdaVersion V2_0 needs featurePlan ESSENTIALS or PLUS, got LITE/)]);
    const ok = setup();
    new UserPool(ok.stack, 'Pool', { featurePlan: FeaturePlan.LITE }).addTrigger(UserPoolOperation.PRE_TOKEN_GENERATION, ok.fn, LambdaVersion.V1_0);
    expect(synthProblems(ok.stack)).toEqual([]);
  });

  test('V2_0 is only for pre token generation', () => {
    const { stack, fn } = setup();
    const pool = new UserPool(stack, 'Pool');
    pool.addTrigger(UserPoolOperation.PRE_SIGN_UP, fn, LambdaVersion.V2_0);
    expect(() => synthesize(stack)).toThrow(/lambdaTriggers.preSignUp accepts LambdaVersion V1_0, got V2_0/);
    // Not added: the slot stays free, and a correct call fills it.
    expect(pool.node.tryFindChild('PreSignUpCognito')).toBeUndefined();
    const ok = setup();
    new UserPool(ok.stack, 'Pool').addTrigger(UserPoolOperation.PRE_SIGN_UP, ok.fn, LambdaVersion.V1_0);
    expect(synthProblems(ok.stack)).toEqual([]);
  });

  test('a trigger set twice is an error, including the two pre token generation operations', () => {
    const { stack, fn } = setup();
    const pool = new UserPool(stack, 'Pool', { lambdaTriggers: { preSignUp: fn, preTokenGeneration: fn } });
    pool.addTrigger(UserPoolOperation.PRE_SIGN_UP, fn);
    const other = newFunction(stack, 'Other');
    pool.addTrigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, other, LambdaVersion.V2_0);
    // Both reported in one synth.
    expect(synthProblems(stack)).toEqual([
      expect.stringMatching(/^\[Stack\/Pool\] lambdaTriggers.preSignUp is already set/),
      expect.stringMatching(/^\[Stack\/Pool\] lambdaTriggers.preTokenGenerationConfig is already set \(as preTokenGeneration\)/),
    ]);
  });

  test('the same function as legacy preTokenGeneration and as PRE_TOKEN_GENERATION_CONFIG is accepted, as aws-cdk-lib and Cognito accept it', () => {
    const { stack, fn } = setup();
    const pool = new UserPool(stack, 'Pool', { lambdaTriggers: { preTokenGeneration: fn } });
    pool.addTrigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, fn, LambdaVersion.V2_0);
    expect(synthProblems(stack)).toEqual([]);
    const arn = stack.resolve(fn.functionArn);
    expect(poolProperties(checkedTemplate(stack)).LambdaConfig).toEqual({
      PreTokenGeneration: arn,
      PreTokenGenerationConfig: { LambdaArn: arn, LambdaVersion: 'V2_0' },
    });
  });

  test('an operation added with of() renders under its key', () => {
    const { stack, fn } = setup();
    new UserPool(stack, 'Pool').addTrigger(UserPoolOperation.of('someFutureTrigger'), fn);
    // A made-up trigger no CloudFormation schema knows: read the template without the cfn-lint check (Template.fromJSON).
    const json = App.of(stack)!.synth().getStackByName(stack.stackName).template;
    expect(poolProperties(Template.fromJSON(json)).LambdaConfig).toEqual({ SomeFutureTrigger: stack.resolve(fn.functionArn) });
    expect(() => UserPoolOperation.of('Not A Key')).toThrow(/UserPoolOperation.of name must be a camelCase LambdaConfig key/);
    expect(() => UserPoolOperation.of(Aws.STACK_NAME)).toThrow(/UserPoolOperation.of name must be a literal LambdaConfig key, got a token/);
  });
});

describe('invoke permissions', () => {
  test('one permission per pool and function, in the pool\'s scope, restricted to the pool and account', () => {
    const { stack, fn } = setup();
    const pool = new UserPool(stack, 'Pool', { lambdaTriggers: { preSignUp: fn, postConfirmation: fn } });
    pool.addTrigger(UserPoolOperation.PRE_AUTHENTICATION, fn);
    const template = checkedTemplate(stack);
    template.resourceCountIs('AWS::Lambda::Permission', 1);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: stack.resolve(fn.functionArn),
      Principal: 'cognito-idp.amazonaws.com',
      SourceArn: stack.resolve(pool.userPoolArn),
      SourceAccount: '123456789012',
    });
    // Named as aws-cdk-lib names the permission of the function's first trigger, so a switched pool keeps its id.
    expect(pool.node.tryFindChild('PreSignUpCognito')).toBeDefined();
  });

  test('one function serves two pools', () => {
    const { stack, fn } = setup();
    const a = new UserPool(stack, 'A', { lambdaTriggers: { preSignUp: fn } });
    const b = new UserPool(stack, 'B', { lambdaTriggers: { preSignUp: fn } });
    const template = checkedTemplate(stack);
    template.resourceCountIs('AWS::Lambda::Permission', 2);
    for (const pool of [a, b]) {
      template.hasResourceProperties('AWS::Lambda::Permission', { SourceArn: stack.resolve(pool.userPoolArn) });
    }
  });

  test('an imported function works too', () => {
    const stack = newStack();
    const fn = LambdaFunction.fromFunctionArn(stack, 'Imported', 'arn:aws:lambda:us-east-1:123456789012:function:existing');
    new UserPool(stack, 'Pool', { lambdaTriggers: { userMigration: fn } });
    const template = checkedTemplate(stack);
    template.hasResourceProperties('AWS::Lambda::Permission', { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:existing' });
    expect(poolProperties(template).LambdaConfig).toEqual({ UserMigration: 'arn:aws:lambda:us-east-1:123456789012:function:existing' });
  });
});
