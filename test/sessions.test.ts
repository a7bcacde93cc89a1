import { Duration, Token } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { FeaturePlan, UserPool, UserPoolClient, type UserPoolProps } from '../src';
import { checkedTemplate, newStack, numberToken, synthProblems } from './util';

// Session management: the pool's session tracking and an app client's managed login (SSO) session, rendered as the
// CloudFormation reference describes AWS::Cognito::UserPoolSessionConfigurationAttachment and
// AWS::Cognito::UserPoolClientSessionConfigurationAttachment (docs/sessions.md).

const POOL_TYPE = 'AWS::Cognito::UserPoolSessionConfigurationAttachment';
const CLIENT_TYPE = 'AWS::Cognito::UserPoolClientSessionConfigurationAttachment';
const HTTPS = { callbackUrls: ['https://app.example.com/callback'] };
const of = (template: Template, type: string) => Object.values(template.findResources(type));

function poolWith(props: UserPoolProps) {
  const stack = newStack();
  const pool = new UserPool(stack, 'Pool', props);
  return { stack, pool };
}

describe('sessions (pool)', () => {
  test.each([FeaturePlan.PLUS, FeaturePlan.ESSENTIALS])('given on %s: tracking on, at most 20 token sessions per user, every required property', (featurePlan) => {
    const { stack, pool } = poolWith({ featurePlan, sessions: {} });
    expect(of(checkedTemplate(stack), POOL_TYPE)).toEqual([{
      Type: POOL_TYPE,
      Properties: { UserPoolId: stack.resolve(pool.userPoolId), UserSessionTracking: 'ENABLED', TokenSession: { MaxPerUser: 20 } },
    }]);
  });

  test.each([FeaturePlan.PLUS, FeaturePlan.ESSENTIALS])('not given on %s: tracking on by default, Cognito\'s cap of 20', (featurePlan) => {
    const { stack, pool } = poolWith({ featurePlan });
    expect(of(checkedTemplate(stack), POOL_TYPE)).toEqual([{
      Type: POOL_TYPE,
      Properties: { UserPoolId: stack.resolve(pool.userPoolId), UserSessionTracking: 'ENABLED', TokenSession: { MaxPerUser: 20 } },
    }]);
  });

  test('LITE without sessions, a plan given as a token, or tracking false: nothing, Cognito\'s default', () => {
    expect(of(checkedTemplate(poolWith({ featurePlan: FeaturePlan.LITE }).stack), POOL_TYPE)).toEqual([]);
    const tokenPlan = newStack();
    new UserPool(tokenPlan, 'Pool', { featurePlan: Token.asString({ Ref: 'Plan' }) as FeaturePlan });
    expect(tokenPlan.node.findAll().filter((c) => c.node.id === 'Sessions')).toEqual([]);
    expect(of(checkedTemplate(poolWith({ sessions: { tracking: false } }).stack), POOL_TYPE)).toEqual([]);
    expect(of(checkedTemplate(poolWith({ featurePlan: FeaturePlan.LITE, sessions: { tracking: false } }).stack), POOL_TYPE)).toEqual([]);
  });

  test('aws-cdk-lib\'s template validation (on in apps from cdk init) is told the type is known to CloudFormation: F3006 is acknowledged '
    + 'on the attachments only', () => {
    const { stack, pool } = poolWith({});
    const client = new UserPoolClient(stack, 'Web', { userPool: pool, oAuth: HTTPS });
    for (const attachment of [pool.node.findChild('Sessions'), client.node.findChild('SessionConfiguration')]) {
      const acknowledged = attachment.node.metadata.filter((m) => m.type === 'aws:cdk:acknowledged-rules').map((m) => Object.keys(m.data as object));
      expect(acknowledged).toEqual([['CloudFormation-Validate::F3006']]);
    }
    expect(pool.node.metadata.filter((m) => m.type === 'aws:cdk:acknowledged-rules')).toEqual([]);
  });

  test.each([1, 100, 7])('maxPerUser %d is accepted and rendered', (maxPerUser) => {
    const { stack } = poolWith({ sessions: { maxPerUser } });
    expect(of(checkedTemplate(stack), POOL_TYPE)[0].Properties.TokenSession).toEqual({ MaxPerUser: maxPerUser });
  });

  test.each([0, 101, 2.5])('maxPerUser %d is rejected', (maxPerUser) => {
    expect(synthProblems(poolWith({ sessions: { maxPerUser } }).stack)).toEqual([
      expect.stringMatching(new RegExp(`^\\[Stack/Pool\\] sessions.maxPerUser must be a whole number from 1 to 100, got ${maxPerUser}.*sessionMaxPerUser\\]$`)),
    ]);
  });

  test('a token maxPerUser, and a token plan with sessions given, are accepted', () => {
    const stack = newStack();
    const max = numberToken(stack);
    new UserPool(stack, 'Pool', { sessions: { maxPerUser: max } });
    expect(synthProblems(stack)).toEqual([]);
    expect(Token.isUnresolved(max)).toBe(true);
  });

  test('asking for sessions on LITE is rejected; a cap with tracking off is rejected', () => {
    const stack = newStack();
    new UserPool(stack, 'Tracking', { featurePlan: FeaturePlan.LITE, sessions: { tracking: true } });
    new UserPool(stack, 'Cap', { featurePlan: FeaturePlan.LITE, sessions: { maxPerUser: 5 } });
    new UserPool(stack, 'Empty', { featurePlan: FeaturePlan.LITE, sessions: {} });
    new UserPool(stack, 'Off', { sessions: { tracking: false, maxPerUser: 5 } });
    new UserPool(stack, 'LiteOff', { featurePlan: FeaturePlan.LITE, sessions: { tracking: false } });
    expect(synthProblems(stack)).toEqual([
      expect.stringMatching(/^\[Stack\/Tracking\] sessions needs featurePlan ESSENTIALS or PLUS, got LITE: .*sessionsNeedPlan\]$/),
      expect.stringMatching(/^\[Stack\/Cap\] sessions needs featurePlan ESSENTIALS or PLUS, got LITE/),
      // `{}` asks for tracking (it renders ENABLED), so it is checked the same way.
      expect.stringMatching(/^\[Stack\/Empty\] sessions needs featurePlan ESSENTIALS or PLUS, got LITE/),
      expect.stringMatching(/^\[Stack\/Off\] sessions.maxPerUser is 5 with sessions.tracking false: .*sessionCapWithoutTracking\]$/),
    ]);
  });
});

describe('ssoSessionValidity (app client)', () => {
  test('a browser client of a pool that tracks sessions gets 60 minutes, after the pool\'s tracking; SDK and machine clients get none', () => {
    const { stack, pool } = poolWith({ sessions: {} });
    const web = pool.addClient('Web', { oAuth: HTTPS });
    pool.addClient('Sdk');
    const api = pool.addResourceServer('Api', { identifier: 'api', scopes: [new cognito.ResourceServerScope({ scopeName: 'r', scopeDescription: 'r' })] });
    pool.addClient('Machine', { generateSecret: true, oAuth: { flows: { clientCredentials: true }, scopes: [cognito.OAuthScope.resourceServer(api, new cognito.ResourceServerScope({ scopeName: 'r', scopeDescription: 'r' }))] } });
    const template = checkedTemplate(stack);
    const [poolSessions] = Object.keys(template.findResources(POOL_TYPE));
    expect(of(template, CLIENT_TYPE)).toEqual([{
      Type: CLIENT_TYPE,
      Properties: {
        UserPoolId: stack.resolve(pool.userPoolId), ClientId: stack.resolve(web.userPoolClientId), SSOSession: { MaxValidityMinutes: 60 },
      },
      DependsOn: [poolSessions],
    }]);
  });

  test.each([[Duration.minutes(0), 0], [Duration.days(90), 129600], [Duration.hours(8), 480]])('%s is accepted', (validity, minutes) => {
    const { stack, pool } = poolWith({ sessions: {} });
    new UserPoolClient(stack, 'Web', { userPool: pool, oAuth: HTTPS, ssoSessionValidity: validity });
    expect(of(checkedTemplate(stack), CLIENT_TYPE)[0].Properties.SSOSession).toEqual({ MaxValidityMinutes: minutes });
  });

  test.each([['90 days and a minute', Duration.minutes(129601)], ['30 seconds', Duration.seconds(30)]])('%s is rejected', (_name, validity) => {
    const { stack, pool } = poolWith({ sessions: {} });
    new UserPoolClient(stack, 'Web', { userPool: pool, oAuth: HTTPS, ssoSessionValidity: validity });
    expect(synthProblems(stack)).toEqual([expect.stringMatching(
      /^\[Stack\/Web\] ssoSessionValidity must be whole minutes from 0 \(always sign in again\) to 90 days, got .*ssoSessionValidity\]$/)]);
  });

  test('a token is accepted', () => {
    const { stack, pool } = poolWith({ sessions: {} });
    new UserPoolClient(stack, 'Web', { userPool: pool, oAuth: HTTPS, ssoSessionValidity: Duration.minutes(numberToken(stack)) });
    expect(synthProblems(stack)).toEqual([]);
  });

  test('rejected on a machine client, and on a pool that doesn\'t track sessions; an imported pool is not checked', () => {
    const { stack, pool } = poolWith({ sessions: {} });
    const api = pool.addResourceServer('Api', { identifier: 'api', scopes: [new cognito.ResourceServerScope({ scopeName: 'r', scopeDescription: 'r' })] });
    new UserPoolClient(stack, 'Machine', {
      userPool: pool,
      generateSecret: true,
      ssoSessionValidity: Duration.minutes(5),
      oAuth: { flows: { clientCredentials: true }, scopes: [cognito.OAuthScope.resourceServer(api, new cognito.ResourceServerScope({ scopeName: 'r', scopeDescription: 'r' }))] },
    });
    const lite = new UserPool(stack, 'Lite', { featurePlan: FeaturePlan.LITE });
    new UserPoolClient(stack, 'LiteWeb', { userPool: lite, oAuth: HTTPS, ssoSessionValidity: Duration.minutes(5) });
    const imported = UserPool.fromUserPoolId(stack, 'Imported', 'us-east-1_abc');
    new UserPoolClient(stack, 'ImportedWeb', { userPool: imported, oAuth: HTTPS, ssoSessionValidity: Duration.minutes(5) });
    expect(synthProblems(stack)).toEqual([
      expect.stringMatching(/^\[Stack\/Machine\] ssoSessionValidity is for clients that sign users in through managed login, not a client credentials client.*ssoSessionMachineClient\]$/),
      expect.stringMatching(/^\[Stack\/LiteWeb\] ssoSessionValidity needs the pool to track sessions.*ssoSessionWithoutTracking\]$/),
    ]);
  });

  test('an imported pool\'s client gets the attachment it asks for, and none by default', () => {
    const stack = newStack();
    const imported = UserPool.fromUserPoolId(stack, 'Imported', 'us-east-1_abc');
    new UserPoolClient(stack, 'Asked', { userPool: imported, oAuth: HTTPS, ssoSessionValidity: Duration.minutes(5) });
    imported.addClient('Default', { oAuth: HTTPS });
    expect(of(checkedTemplate(stack), CLIENT_TYPE).map((r) => [r.Properties.UserPoolId, r.Properties.SSOSession, r.DependsOn])).toEqual([
      ['us-east-1_abc', { MaxValidityMinutes: 5 }, undefined],
    ]);
  });
});
