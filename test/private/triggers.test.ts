import { Stack } from 'aws-cdk-lib';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { FeaturePlan, LambdaVersion, UserPoolOperation, type UserPoolTriggers } from '../../src';
import { Problems } from '../../src/checks/problems';
import { checkTriggers, needsKmsKey, renderLambdaConfig, TRIGGERS, triggerSpec, triggersFromProps, type TriggerRequest } from '../../src/private/triggers';

// The trigger table and the pure functions that derive from it: no App, no synth.
const stack = new Stack();
let made = 0;
const fn = (name: string) => LambdaFunction.fromFunctionArn(stack, `Fn${made++}`, `arn:aws:lambda:us-east-1:123456789012:function:${name}`);
const request = (operation: string, name = operation, version?: LambdaVersion): TriggerRequest => ({ operation, fn: fn(name), version });
const problemsOf = (requests: TriggerRequest[], existing: TriggerRequest[] = [], plan = FeaturePlan.PLUS) => {
  const problems = new Problems();
  checkTriggers(problems, requests, existing, plan);
  return problems.all;
};

describe('the trigger table', () => {
  test('has an entry for every UserPoolOperation constant, by operation name', () => {
    const operations = Object.values(UserPoolOperation).filter((v): v is UserPoolOperation => v instanceof UserPoolOperation);
    expect(operations.map((op) => op.operationName).sort()).toEqual(Object.keys(TRIGGERS).sort());
  });

  test('a trigger unknown to the table renders a plain ARN under its capitalised name', () => {
    expect(triggerSpec('someFutureTrigger')).toEqual({ cfnKey: 'SomeFutureTrigger' });
    expect(TRIGGERS.customSmsSender.cfnKey).toBe('CustomSMSSender');
  });

  test('only the custom senders need the KMS key', () => {
    expect(Object.keys(TRIGGERS).filter(needsKmsKey).sort()).toEqual(['customEmailSender', 'customSmsSender']);
  });

  test('lambdaTriggers props become requests in declaration order; preTokenGenerationVersion travels with its function', () => {
    const triggers: UserPoolTriggers = { preTokenGeneration: fn('p'), preSignUp: fn('s'), preTokenGenerationVersion: LambdaVersion.V2_0 };
    expect(triggersFromProps(triggers).map((t) => [t.operation, t.version])).toEqual([['preTokenGeneration', 'V2_0'], ['preSignUp', undefined]]);
    expect(triggersFromProps(undefined)).toEqual([]);
  });
});

describe('checkTriggers', () => {
  test('one function per slot, including the two pre token generation operations', () => {
    expect(problemsOf([request('preSignUp', 'a'), request('preSignUp', 'b')])).toEqual([
      'lambdaTriggers.preSignUp is already set (as preSignUp): a pool has one function per trigger [cdk-secure-user-pool:triggerSetTwice]',
    ]);
    expect(problemsOf([request('preTokenGenerationConfig', 'b', LambdaVersion.V2_0)], [request('preTokenGeneration', 'a')]))
      .toEqual(['lambdaTriggers.preTokenGenerationConfig is already set (as preTokenGeneration): a pool has one function per trigger, '
        + 'or the same function as both legacy and versioned pre token generation [cdk-secure-user-pool:triggerSetTwice]']);
    // Boundary: different slots are fine.
    expect(problemsOf([request('preSignUp'), request('postConfirmation')])).toEqual([]);
  });

  test('the same function as legacy and versioned pre token generation is accepted, as Cognito accepts identical ARNs', () => {
    const same = fn('p');
    const legacy = { operation: 'preTokenGeneration', fn: same };
    expect(problemsOf([{ operation: 'preTokenGenerationConfig', fn: same, version: LambdaVersion.V2_0 }], [legacy])).toEqual([]);
    // Both under the versioned key would be two settings for one key.
    expect(problemsOf([{ operation: 'preTokenGenerationConfig', fn: same, version: LambdaVersion.V2_0 }],
      [{ operation: 'preTokenGeneration', fn: same, version: LambdaVersion.V1_0 }])).toHaveLength(1);
    expect(stack.resolve(renderLambdaConfig([legacy, { operation: 'preTokenGenerationConfig', fn: same, version: LambdaVersion.V2_0 }], undefined))).toEqual({
      PreTokenGeneration: 'arn:aws:lambda:us-east-1:123456789012:function:p',
      PreTokenGenerationConfig: { LambdaArn: 'arn:aws:lambda:us-east-1:123456789012:function:p', LambdaVersion: 'V2_0' },
    });
  });

  test('event versions: the trigger must take it, and V2_0/V3_0 need ESSENTIALS or PLUS', () => {
    expect(problemsOf([request('customEmailSender', 'x', LambdaVersion.V2_0)]))
      .toEqual(['lambdaTriggers.customEmailSender accepts LambdaVersion V1_0, got V2_0 [cdk-secure-user-pool:triggerLambdaVersion]']);
    expect(problemsOf([request('preTokenGenerationConfig', 'x', LambdaVersion.V3_0)], [], FeaturePlan.LITE))
      .toEqual(['lambdaTriggers.preTokenGenerationConfig with LambdaVersion V3_0 needs featurePlan ESSENTIALS or PLUS, got LITE '
        + '[cdk-secure-user-pool:triggerVersionNeedsPlan]']);
    expect(problemsOf([request('preTokenGenerationConfig', 'x', LambdaVersion.V1_0)], [], FeaturePlan.LITE)).toEqual([]);
  });

  test('a malformed function ARN is reported; a token is not', () => {
    const bad = { operation: 'preSignUp', fn: LambdaFunction.fromFunctionArn(stack, 'Bad', 'arn:aws:lambda:us-east-1:123456789012:function:has space') };
    expect(problemsOf([bad])).toEqual([expect.stringMatching(/^lambdaTriggers.preSignUp \(the function ARN\) must match the pattern/)]);
  });
});

describe('renderLambdaConfig', () => {
  test('shapes by table entry: plain ARN, versioned, legacy pre token generation, and the key', () => {
    const config = renderLambdaConfig([
      request('preSignUp', 's'),
      request('preTokenGeneration', 'p'),
      request('customSmsSender', 'c'),
      request('someFutureTrigger', 'f'),
    ], 'arn:aws:kms:us-east-1:123456789012:key/k');
    expect(stack.resolve(config)).toEqual({
      KMSKeyID: 'arn:aws:kms:us-east-1:123456789012:key/k',
      PreSignUp: 'arn:aws:lambda:us-east-1:123456789012:function:s',
      PreTokenGeneration: 'arn:aws:lambda:us-east-1:123456789012:function:p',
      CustomSMSSender: { LambdaArn: 'arn:aws:lambda:us-east-1:123456789012:function:c', LambdaVersion: 'V1_0' },
      SomeFutureTrigger: 'arn:aws:lambda:us-east-1:123456789012:function:f',
    });
  });

  test('a versioned pre token generation renders PreTokenGenerationConfig; nothing renders nothing', () => {
    expect(stack.resolve(renderLambdaConfig([request('preTokenGeneration', 'p', LambdaVersion.V2_0)], undefined))).toEqual({
      PreTokenGenerationConfig: { LambdaArn: 'arn:aws:lambda:us-east-1:123456789012:function:p', LambdaVersion: 'V2_0' },
    });
    expect(renderLambdaConfig([], undefined)).toBeUndefined();
  });
});
