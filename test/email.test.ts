import type { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cdkCognito from 'aws-cdk-lib/aws-cognito';
import { UserPool, UserPoolEmail } from '../src';
import { checkedTemplate, newStack, poolProperties, RENDER_ENV, stringToken } from './util';


describe('UserPoolEmail.withSES', () => {
  test.each([
    ['a plain name', 'Example App', 'Example App <noreply@example.com>'],
    ['a name with specials is quoted and escaped', 'Example "Ops", Inc.', '"Example \\"Ops\\", Inc." <noreply@example.com>'],
    ['a non-ASCII name is RFC 2047 encoded', 'Café', `=?UTF-8?B?${Buffer.from('Café').toString('base64')}?= <noreply@example.com>`],
    ['a name already quoted is kept as written', '"My App"', '"My App" <noreply@example.com>'],
    ['a quoted name with escapes is kept as written', '"My \\"Ops\\" App"', '"My \\"Ops\\" App" <noreply@example.com>'],
    ['periods after the first character stay unquoted', 'Acme Inc.', 'Acme Inc. <noreply@example.com>'],
    ['a leading period is quoted', '.hidden', '".hidden" <noreply@example.com>'],
    ['a comma is quoted', 'Ops, Inc', '"Ops, Inc" <noreply@example.com>'],
    ['an unbalanced quote is quoted and escaped', '"My App', '"\\"My App" <noreply@example.com>'],
    ['an empty name is no name', '', 'noreply@example.com'],
  ])('formats %s', (_name, fromName, expected) => {
    expect(UserPoolEmail.withSES({ fromEmail: 'noreply@example.com', fromName })._render(RENDER_ENV).from).toBe(expected);
  });

  test.each(['"My App"', 'Acme Inc.', 'Example App', '"My \\"Ops\\" App"', ''])('renders %s as aws-cdk-lib renders it', (fromName) => {
    const options = { fromEmail: 'noreply@example.com', fromName };
    const ours = newStack();
    new UserPool(ours, 'Pool', { email: UserPoolEmail.withSES(options) });
    const theirs = newStack();
    new cdkCognito.UserPool(theirs, 'Pool', { email: cdkCognito.UserPoolEmail.withSES(options) });
    const from = (stack: Stack) => poolProperties(Template.fromStack(stack)).EmailConfiguration.From;
    expect(from(ours)).toBe(from(theirs));
  });

  test('punycode-encodes an internationalised domain', () => {
    const out = UserPoolEmail.withSES({ fromEmail: 'noreply@bücher.example' })._render(RENDER_ENV);
    expect(out.from).toBe('noreply@xn--bcher-kva.example');
    expect(out.sourceArn).toBe('arn:aws:ses:us-east-1:123456789012:identity/noreply@xn--bcher-kva.example');
  });

  test.each([
    [{ fromEmail: 'not-an-address' }, /UserPoolEmail.withSES fromEmail must be an email address \(local@domain\), got "not-an-address"/],
    [{ fromEmail: 'ü@example.com' }, /fromEmail must use ASCII characters before the @/],
    [{ fromEmail: 'a@example.com', replyTo: 'nope' }, /replyTo must be an email address/],
    [{ fromEmail: 'a@example.com', configurationSetName: 'bad name' }, /configurationSetName must match the pattern \^\[a-zA-Z0-9_-\]\+\$, got "bad name"/],
    [{ fromEmail: 'a@example.com', sesRegion: 'Ireland' }, /sesRegion must be a region code such as us-east-1, got "Ireland"/],
    [{ fromEmail: 'a@example.com', sesVerifiedDomain: 'other.com' }, /sesVerifiedDomain must be the domain of fromEmail "a@example.com", got "other.com"/],
  ])('rejects %o', (options, message) => {
    expect(() => UserPoolEmail.withSES(options)).toThrow(message);
  });

  test('accepts the boundary configuration set name and tokens everywhere', () => {
    expect(() => UserPoolEmail.withSES({ fromEmail: 'a@example.com', configurationSetName: 'x'.repeat(64) })).not.toThrow();
    expect(() => UserPoolEmail.withSES({ fromEmail: 'a@example.com', configurationSetName: 'x'.repeat(65) })).toThrow(/configurationSetName/);
    const stack = newStack();
    const token = stringToken(stack);
    const email = UserPoolEmail.withSES({ fromEmail: token, replyTo: token, sesRegion: token, sesVerifiedDomain: token, fromName: token });
    new UserPool(stack, 'Pool', { email });
    expect(poolProperties(checkedTemplate(stack)).EmailConfiguration.EmailSendingAccount).toBe('DEVELOPER');
  });

  test('an env-agnostic stack uses the deployment region in the identity ARN', () => {
    const out = UserPoolEmail.withSES({ fromEmail: 'a@example.com' })._render({ partition: 'aws', region: '${Token[AWS.Region]}', account: '1' });
    expect(out.sourceArn).toContain('${Token[AWS.Region]}');
  });
});

describe('UserPoolEmail.withCognito', () => {
  test('checks the reply-to address', () => {
    expect(() => UserPoolEmail.withCognito('bad')).toThrow(/UserPoolEmail.withCognito replyTo must be an email address/);
    expect(UserPoolEmail.withCognito('help@example.com')._render(RENDER_ENV)).toEqual({ emailSendingAccount: 'COGNITO_DEFAULT', replyToEmailAddress: 'help@example.com' });
  });
});
