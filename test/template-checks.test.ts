import { CfnUserPool } from 'aws-cdk-lib/aws-cognito';
import { UserPool } from '../src';
import { checkedTemplate, newStack } from './util';

describe('checkedTemplate checks every synthesized template against the Cognito API limits', () => {
  test('a template that escapes the construct\'s checks fails the test that synthesizes it', () => {
    // GIVEN a pool patched through the L1 escape hatch, past the construct's validation
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    (pool.node.defaultChild as CfnUserPool).addPropertyOverride('UserPoolName', 'bad/name');
    // THEN
    expect(() => checkedTemplate(stack)).toThrow(/breaks the Cognito API limits:\n.*UserPoolName must match the pattern/);
  });

  test('a valid template passes', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool', { userPoolName: 'good name' });
    expect(() => checkedTemplate(stack)).not.toThrow();
  });
});
