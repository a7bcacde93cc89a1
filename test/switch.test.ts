import * as path from 'node:path';
import * as cdkCognito from 'aws-cdk-lib/aws-cognito';
import * as ts from 'typescript';
import { buildAuth } from './fixtures/aws-cdk-lib-app';
import { checkedTemplate, newStack, poolProperties, synthProblems } from './util';
import { UserPool, UserPoolEmail } from '../src';

const FIXTURE = path.join(__dirname, 'fixtures', 'aws-cdk-lib-app.ts');

describe('an aws-cdk-lib app in which only UserPool and UserPoolClient come from this library', () => {
  test('type-checks with the project\'s compiler options', () => {
    const config = ts.getParsedCommandLineOfConfigFile(path.join(__dirname, 'tsconfig.json'), {}, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); },
    })!;
    const program = ts.createProgram([FIXTURE], { ...config.options, noEmit: true });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${path.relative(process.cwd(), d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ` : '';
      return `${where}TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(problems).toEqual([]);
  });

  test('synthesizes, rendering aws-cdk-lib\'s UserPoolEmail.withSES with this library\'s checks', () => {
    const stack = newStack();
    buildAuth(stack);
    const p = poolProperties(checkedTemplate(stack));
    expect(p.EmailConfiguration).toEqual({
      EmailSendingAccount: 'DEVELOPER',
      From: 'Example App <noreply@example.com>',
      SourceArn: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':ses:us-east-1:123456789012:identity/example.com']] },
    });
    expect(p.MfaConfiguration).toBe('ON');
    expect(p.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']);
  });
});

describe('aws-cdk-lib\'s UserPoolEmail', () => {
  /** The EmailConfiguration aws-cdk-lib's own pool and this library's render for the same aws-cdk-lib email. */
  const both = (email: cdkCognito.UserPoolEmail) => {
    const theirs = newStack();
    new cdkCognito.UserPool(theirs, 'Pool', { email });
    const ours = newStack();
    new UserPool(ours, 'Pool', { email });
    return [poolProperties(checkedTemplate(ours)).EmailConfiguration, poolProperties(checkedTemplate(theirs)).EmailConfiguration];
  };

  test.each<[string, cdkCognito.UserPoolEmail]>([
    ['withCognito()', cdkCognito.UserPoolEmail.withCognito()],
    ['withCognito(replyTo)', cdkCognito.UserPoolEmail.withCognito('help@example.com')],
    ['withSES with every option', cdkCognito.UserPoolEmail.withSES({
      fromEmail: 'noreply@example.com',
      fromName: 'Example',
      replyTo: 'help@example.com',
      configurationSetName: 'auth',
      sesRegion: 'us-east-1',
      sesVerifiedDomain: 'example.com',
    })],
    ['withSES to an internationalised domain', cdkCognito.UserPoolEmail.withSES({ fromEmail: 'noreply@bücher.example' })],
  ])('%s renders as aws-cdk-lib renders it', (_name, email) => {
    const [ours, theirs] = both(email);
    expect(ours).toEqual(theirs);
  });

  test('its input goes through this library\'s checks, named as the factory the user called, reported with the pool\'s', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool', { mfaMessage: 'no code', email: cdkCognito.UserPoolEmail.withSES({ fromEmail: 'not-an-address' }) });
    expect(synthProblems(stack)).toEqual([
      '[Stack/Pool] UserPoolEmail.withSES fromEmail must be an email address (local@domain), got "not-an-address" [cdk-secure-user-pool:emailAddress]',
      '[Stack/Pool] mfaMessage must contain the placeholder {####}, got "no code" [cdk-secure-user-pool:placeholder]',
    ]);
  });

  test('an object that is neither factory\'s, or a subclass of theirs, is an error, not a different email configuration', () => {
    class MyEmail extends cdkCognito.UserPoolEmail {
      public _bind() { return { emailSendingAccount: 'DEVELOPER' }; }
    }
    const SesClass: new (options: cdkCognito.UserPoolSESOptions) => cdkCognito.UserPoolEmail =
      Object.getPrototypeOf(cdkCognito.UserPoolEmail.withSES({ fromEmail: 'a@example.com' })).constructor;
    const Subclass = class extends SesClass {
      public _bind() { return { emailSendingAccount: 'DEVELOPER', from: 'other@example.com' }; }
    };
    const cases: Array<[unknown, RegExp]> = [
      [new MyEmail(), /got an instance of MyEmail/],
      [new Subclass({ fromEmail: 'a@example.com' }), /got an instance of Subclass/],
      [{ fromEmail: 'a@example.com' }, /got \{"fromEmail":"a@example.com"\}/],
    ];
    for (const [email, got] of cases) {
      const stack = newStack();
      new UserPool(stack, 'Pool', { email: email as never });
      const problems = synthProblems(stack);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^\[Stack\/Pool\] email must come from UserPoolEmail.withSES\(...\) or UserPoolEmail.withCognito\(...\) /);
      expect(problems[0]).toMatch(got);
      expect(problems[0]).toMatch(/\[cdk-secure-user-pool:unknownEmail\]$/);
    }
  });

  test('the boundary: either library\'s factory, and this library\'s email from another copy of the package, are accepted', () => {
    const fromAnotherCopy = { _usesSes: false, _sesRegion: undefined, _render: () => ({ emailSendingAccount: 'COGNITO_DEFAULT' }) };
    for (const email of [cdkCognito.UserPoolEmail.withSES({ fromEmail: 'a@example.com' }), cdkCognito.UserPoolEmail.withCognito(), fromAnotherCopy]) {
      const stack = newStack();
      new UserPool(stack, 'Pool', { email: email as never });
      expect(synthProblems(stack)).toEqual([]);
    }
  });

  test('input from JavaScript: one problem each, never a TypeError, and a bad value reported once', () => {
    const throwing = new Proxy({}, { getPrototypeOf: () => { throw new Error('trap'); }, get: () => { throw new Error('trap'); } });
    const cases: Array<[unknown, RegExp]> = [
      [cdkCognito.UserPoolEmail.withSES(undefined as never), /^\[Stack\/Pool\] UserPoolEmail.withSES options must be \{ fromEmail, ... \}, got undefined/],
      [cdkCognito.UserPoolEmail.withSES({} as never), /^\[Stack\/Pool\] UserPoolEmail.withSES fromEmail is required/],
      [cdkCognito.UserPoolEmail.withSES({ fromEmail: 5 } as never), /^\[Stack\/Pool\] UserPoolEmail.withSES fromEmail must be an email address \(local@domain\), got 5/],
      [cdkCognito.UserPoolEmail.withCognito(5 as never), /^\[Stack\/Pool\] UserPoolEmail.withCognito replyTo must be an email address \(local@domain\), got 5/],
      [cdkCognito.UserPoolEmail.withCognito('a b'), /^\[Stack\/Pool\] UserPoolEmail.withCognito replyTo must be an email address \(local@domain\), got "a b"/],
      [throwing, /^\[Stack\/Pool\] email must come from .*got an object that can't be read/],
    ];
    for (const [email, problem] of cases) {
      const stack = newStack();
      new UserPool(stack, 'Pool', { email: email as never });
      const problems = synthProblems(stack);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(problem);
    }
    // This library's own factories check the same, and throw at once.
    expect(() => UserPoolEmail.withSES({} as never)).toThrow(/UserPoolEmail.withSES fromEmail is required/);
    expect(() => UserPoolEmail.withCognito(5 as never)).toThrow(/UserPoolEmail.withCognito replyTo must be an email address \(local@domain\), got 5/);
  });
});
