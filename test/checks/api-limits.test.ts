import { Lazy, Token } from 'aws-cdk-lib';
import { breaks, checkValue } from '../../src/checks/api-limits';
import { API_CONSTRAINTS } from '../../src/checks/constraints.generated';
import { Problems } from '../../src/checks/problems';
import { checkRendered } from '../../src/private/pool/rendered-limits';

// The limit check on its own: values, rendered property trees, and how a problem is named.
const problemsOf = (properties: object, unmodelled: object = {}) => {
  const problems = new Problems();
  checkRendered(problems, { properties, unmodelled });
  return problems.all;
};

describe('breaks', () => {
  test('lengths, patterns, ranges and list sizes, at and past each bound', () => {
    const name = API_CONSTRAINTS.UserPoolName;
    expect(breaks(name, 'x'.repeat(128))).toBeUndefined();
    expect(breaks(name, 'x'.repeat(129))).toMatch(/^must be 1 to 128 characters long, got 129/);
    expect(breaks(name, 'bad/name')).toMatch(/^must match the pattern /);
    const length = API_CONSTRAINTS['Policies.PasswordPolicy.MinimumLength'];
    expect(breaks(length, 99)).toBeUndefined();
    expect(breaks(length, 100)).toBe('must be a whole number from 6 to 99, got 100');
    expect(breaks(length, 6.5)).toBe('must be a whole number from 6 to 99, got 6.5');
    expect(breaks(API_CONSTRAINTS.Schema, new Array(51).fill({}))).toBe('must have 1 to 50 items, got 51');
  });

  test('tokens never break a rule', () => {
    expect(breaks(API_CONSTRAINTS.UserPoolName, Lazy.string({ produce: () => 'bad/name' }))).toBeUndefined();
    expect(breaks(API_CONSTRAINTS['Policies.PasswordPolicy.MinimumLength'], Token.asNumber(Lazy.number({ produce: () => 1 })))).toBeUndefined();
  });

  test('an ASCII value and a non-ASCII value are judged by the same rule', () => {
    // The ASCII fast path must agree with the Unicode pattern: control characters fail, printable ones pass.
    const subject = API_CONSTRAINTS['VerificationMessageTemplate.EmailSubject'];
    expect(breaks(subject, 'Plain subject ~!')).toBeUndefined();
    expect(breaks(subject, 'Betreff für Sie')).toBeUndefined();
    expect(breaks(subject, 'bell\u0007')).toMatch(/must match the pattern/);
    expect(breaks(subject, 'glocke\u0007ü')).toMatch(/must match the pattern/);
  });

  test('the same value gets the same verdict when asked again', () => {
    const name = API_CONSTRAINTS.UserPoolName;
    expect(breaks(name, 'bad/name')).toBe(breaks(name, 'bad/name'));
  });
});

describe('checkRendered', () => {
  test('walks both casings and names the prop the value came from', () => {
    expect(problemsOf({ userPoolName: 'bad/name' })).toEqual([expect.stringMatching(/^userPoolName must match the pattern/)]);
    expect(problemsOf({}, { LambdaConfig: { KMSKeyID: 'not-an-arn' } }))
      .toEqual([expect.stringMatching(/^customSenderKmsKey \(its ARN\) must be 20 to 2048 characters long/)]);
    expect(problemsOf({ verificationMessageTemplate: { emailMessageByLink: 'no link here' } }))
      .toEqual([expect.stringMatching(/^userVerification.emailBody must match the pattern/)]);
  });

  test('values under paths without limits, and tokens, are not checked', () => {
    expect(problemsOf({ somethingElse: { deeper: 'bad/name' }, userPoolName: Lazy.string({ produce: () => 'x' }) })).toEqual([]);
  });

  test('a value reached twice is reported once', () => {
    const problems = new Problems();
    checkValue(problems, 'UserPoolName', 'first', 'bad/name');
    checkValue(problems, 'UserPoolName', 'second', 'bad/name');
    expect(problems.all).toHaveLength(1);
  });
});
