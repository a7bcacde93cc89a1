import { inspect } from 'node:util';
import { App, Errors } from 'aws-cdk-lib';
import { OAuthScope } from 'aws-cdk-lib/aws-cognito';
import { newFunction, newStack, synthProblems } from './util';
import { StringAttribute, UserPool, UserPoolClient, UserPoolEmail, UserPoolOperation } from '../src';

describe('one synth reports every problem in the app', () => {
  test('a pool\'s, a client\'s and a method\'s problems, each once, under its construct\'s path', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool', { mfaMessage: 'no code', passwordPolicy: { minLength: 3 } });
    pool.addClient('Web', { oAuth: { callbackUrls: ['http://app.example.com/callback'] } });
    const fn = newFunction(stack, 'Fn');
    pool.addTrigger(UserPoolOperation.PRE_SIGN_UP, fn);
    pool.addTrigger(UserPoolOperation.PRE_SIGN_UP, fn);
    const other = new UserPool(stack, 'Other');
    new UserPoolClient(stack, 'Standalone', { userPool: other, oAuth: { callbackUrls: [], scopes: [OAuthScope.OPENID] } });
    // Nothing is thrown while the app is built.
    let error: unknown;
    try {
      App.of(stack)!.synth();
    } catch (e) {
      error = e;
    }
    expect(Errors.isValidationError(error)).toBe(true);
    const lines = (error as Error).message.split('\n').slice(1).map((line) => line.trim());
    expect(lines).toEqual([
      expect.stringMatching(/^\[Stack\/Pool\] mfaMessage must contain the placeholder \{####\}, got "no code" \[cdk-secure-user-pool:\w+\]$/),
      expect.stringMatching(/^\[Stack\/Pool\] passwordPolicy.minLength must be a whole number from 6 to 99, got 3 \[cdk-secure-user-pool:\w+\]$/),
      expect.stringMatching(/^\[Stack\/Pool\] lambdaTriggers.preSignUp is already set/),
      expect.stringMatching(/^\[Stack\/Pool\/Web\] oAuth.callbackUrls must be https:\/\/, http:\/\/localhost or an app scheme/),
      expect.stringMatching(/^\[Stack\/Standalone\] oAuth.callbackUrls is required with the authorization code or implicit grant/),
    ]);
  });

  test('an app with no problems synthesizes', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    pool.addClient('Web', { oAuth: { callbackUrls: ['https://app.example.com/callback'] } });
    expect(synthProblems(stack)).toEqual([]);
  });
});

describe('a factory\'s error, thrown at once', () => {
  const thrown = (build: () => unknown): Error => {
    try {
      build();
    } catch (error) {
      return error as Error;
    }
    throw new Error('nothing was thrown');
  };

  test('is recognised by aws-cdk-lib\'s Errors.isValidationError', () => {
    const error = thrown(() => UserPoolEmail.withSES({ fromEmail: 'nope' }));
    expect(Errors.isValidationError(error)).toBe(true);
    expect(Errors.isConstructError(error)).toBe(true);
    expect(Errors.isValidationError(new Error('plain'))).toBe(false);
  });

  test('prints each problem once: its list is not an enumerable property', () => {
    const error = thrown(() => new StringAttribute({ minLen: 10, maxLen: 5 }));
    expect(Object.keys(error)).toEqual([]);
    const printed = inspect(error);
    const problem = /StringAttribute minLen[^\n]*/.exec(error.message)![0];
    expect(printed.split(problem)).toHaveLength(2);
  });

  test('its stack starts at the caller\'s line, with no frame inside the library', () => {
    const error = thrown(() => UserPoolEmail.withCognito('not an address'));
    const frames = error.stack!.split('\n').filter((line) => /^\s+at /.test(line));
    expect(frames[0]).toContain('reporting.test.ts');
    expect(frames.filter((line) => /[/\\](src|lib)[/\\]/.test(line))).toEqual([]);
    expect(error.stack!.split('\n')[0]).toBe('UserPoolValidationError: invalid user pool configuration (1 problem):');
  });
});

describe('a client with problems', () => {
  test('keeps what code reads from it, and its problems are still reported at synth', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    const client = pool.addClient('Web', {
      userPoolClientName: 'web',
      generateSecret: true,
      oAuth: { callbackUrls: ['http://app.example.com/callback'] },
    });
    expect(client.userPoolClientName).toBe('web');
    expect(() => client.userPoolClientSecret).not.toThrow();
    expect(synthProblems(stack)).toEqual([expect.stringMatching(/^\[Stack\/Pool\/Web\] oAuth.callbackUrls must be https:\/\//)]);
  });

  test('renders as a client with OAuth off, were validation skipped', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool').addClient('Web', { oAuth: { callbackUrls: ['http://app.example.com/callback'] } });
    const assembly = App.of(stack)!.synth({ skipValidation: true, force: true });
    const [client] = Object.values(assembly.getStackByName('Stack').template.Resources as Record<string, any>)
      .filter((r) => r.Type === 'AWS::Cognito::UserPoolClient');
    expect(client.Properties.AllowedOAuthFlows).toBeUndefined();
    expect(client.Properties.CallbackURLs).toBeUndefined();
    expect(client.Properties.AllowedOAuthFlowsUserPoolClient).toBe(false);
  });
});
