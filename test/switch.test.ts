import * as path from 'node:path';
import * as cdkCognito from 'aws-cdk-lib/aws-cognito';
import * as ts from 'typescript';
import { buildAuth } from './fixtures/aws-cdk-lib-app';
import { checkedTemplate, newStack, poolProperties, synthesize } from './util';
import { UserPool } from '../src';

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

  test('its input goes through this library\'s checks, named as the factory the user called', () => {
    const stack = newStack();
    expect(() => new UserPool(stack, 'Pool', { email: cdkCognito.UserPoolEmail.withSES({ fromEmail: 'not-an-address' }) }))
      .toThrow(/UserPoolEmail.withSES fromEmail must be an email address \(local@domain\), got "not-an-address"/);
  });

  test('an object that is neither factory\'s is a clear error, not a different email configuration', () => {
    class MyEmail extends cdkCognito.UserPoolEmail {
      public _bind() { return { emailSendingAccount: 'DEVELOPER' }; }
    }
    const stack = newStack();
    expect(() => new UserPool(stack, 'Pool', { email: new MyEmail() }))
      .toThrow(/email must come from UserPoolEmail.withSES\(...\) or UserPoolEmail.withCognito\(...\) .*got an instance of MyEmail/);
    expect(() => new UserPool(newStack(), 'Pool', { email: { fromEmail: 'a@example.com' } as never }))
      .toThrow(/email must come from .*got \{"fromEmail":"a@example.com"\}/);
    // The boundary: the same input through either library's factory is accepted.
    const ok = newStack();
    new UserPool(ok, 'Pool', { email: cdkCognito.UserPoolEmail.withSES({ fromEmail: 'a@example.com' }) });
    expect(() => synthesize(ok)).not.toThrow();
  });
});
