/** `check`: NOTICE, the changes that deploy but that users feel, and `--strict`. */
import { Duration } from 'aws-cdk-lib';
import * as cdkCognito from 'aws-cdk-lib/aws-cognito';
import {
  AccountTakeoverAction, CompromisedCredentialsAction, CompromisedCredentialsEvent, FeaturePlan, type RiskConfiguration, StandardThreatProtectionMode,
  UserPool, UserPoolIssuerType,
} from '../src';
import { check, notices, pool, synth } from './cli-util';

describe('check: NOTICE, changes that deploy but that users feel', () => {
  const essentials = synth(pool({ featurePlan: FeaturePlan.ESSENTIALS }));
  const plus = synth(pool());

  test('the feature plan ESSENTIALS → PLUS: the bill; exit 0', () => {
    const result = check(essentials, plus);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^NOTICE Auth\/Pool\w+ \(Auth\/Pool\): featurePlan: FeaturePlan\.ESSENTIALS → FeaturePlan\.PLUS \(UserPoolTier ESSENTIALS → PLUS\): the pool is billed at the PLUS rate per monthly active user\.$/m);
    expect(result.stdout).toMatch(/^0 unsafe change\(s\), 0 acknowledged, [1-9]\d* notice\(s\), \d+ safe change\(s\)$/m);
  });

  test('--strict makes notices fail; --acknowledge lets them pass', () => {
    const strict = check(essentials, plus, '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/notice\(s\), \d+ safe change\(s\); --strict: [1-9]\d* notice\(s\) fail$/m);
    const key = /^NOTICE (Auth\/Pool\w+)/m.exec(strict.stdout)![1];
    const acknowledged = check(essentials, plus, '--strict', '--acknowledge', key);
    expect(acknowledged.status).toBe(0);
    expect(acknowledged.stdout).toMatch(/^NOTICE .*featurePlan: .*\(--acknowledge given: passing with this warning\)$/m);
    expect(check(essentials, plus, '--acknowledge', key).stdout).toMatch(/^NOTE --acknowledge Auth\/Pool\w+ matched no unsafe change$/m);
  });

  test('threat protection AUDIT → ENFORCED, and a risk action turned to BLOCK: sign-ins blocked', () => {
    const audit = synth(pool({ standardThreatProtectionMode: StandardThreatProtectionMode.AUDIT_ONLY }));
    expect(notices(check(audit, plus).stdout)).toContainEqual(expect.stringMatching(
      /: standardThreatProtectionMode: StandardThreatProtectionMode\.AUDIT_ONLY → StandardThreatProtectionMode\.FULL_FUNCTION \(UserPoolAddOns\.AdvancedSecurityMode AUDIT → ENFORCED\): threat protection starts acting on risky sign-ins/));
    const lenient = synth(pool({ riskConfiguration: { accountTakeover: { low: AccountTakeoverAction.NO_ACTION } } }));
    const result = check(lenient, plus);
    expect(result.status).toBe(0);
    expect(notices(result.stdout)).toEqual([expect.stringMatching(
      /^NOTICE .*: riskConfiguration\.accountTakeover\.low: AccountTakeoverAction\.NO_ACTION → AccountTakeoverAction\.BLOCK \(AccountTakeoverRiskConfiguration\.Actions\.LowAction\.EventAction NO_ACTION → BLOCK\): sign-ins .* are blocked/)]);
    expect(notices(check(plus, lenient).stdout)).toEqual([]);
  });

  test('the token issuer ORIGINAL → UPDATED: apps that check the issuer reject new tokens; unchanged is no notice', () => {
    const original = synth(pool({ issuerType: UserPoolIssuerType.ORIGINAL }));
    const updated = synth(pool({ issuerType: UserPoolIssuerType.UPDATED }));
    const result = check(original, updated);
    expect(result.status).toBe(0);
    expect(notices(result.stdout)).toEqual([expect.stringMatching(
      /^NOTICE .*: issuerType: UserPoolIssuerType\.ORIGINAL → UserPoolIssuerType\.UPDATED .*new tokens may carry another issuer \(iss\) URL/)]);
    expect(check(original, updated, '--strict').status).toBe(1);
    expect(notices(check(updated, updated).stdout)).toEqual([]);
  });

  describe('the risk configuration: any change that blocks or challenges more sign-ins', () => {
    const risk = (riskConfiguration: RiskConfiguration) => synth(pool({ riskConfiguration }));
    const takeover = (low: AccountTakeoverAction) => risk({ accountTakeover: { low } });
    /** The notices of a check, and that --strict fails on them. */
    const noticed = (before: string, after: string) => {
      const result = check(before, after);
      expect(result.status).toBe(0);
      const found = notices(result.stdout);
      expect(check(before, after, '--strict').status).toBe(found.length > 0 ? 1 : 0);
      return found;
    };

    test.each<[AccountTakeoverAction, AccountTakeoverAction, RegExp]>([
      [AccountTakeoverAction.NO_ACTION, AccountTakeoverAction.MFA_IF_CONFIGURED, /users who set up MFA must complete it/],
      [AccountTakeoverAction.MFA_IF_CONFIGURED, AccountTakeoverAction.MFA_REQUIRED, /users without MFA are blocked/],
      [AccountTakeoverAction.NO_ACTION, AccountTakeoverAction.MFA_REQUIRED, /users without MFA are blocked/],
      [AccountTakeoverAction.MFA_REQUIRED, AccountTakeoverAction.BLOCK, /sign-ins .* are blocked/],
    ])('account takeover %s → %s is a notice, and fails --strict', (from, to, why) => {
      expect(noticed(takeover(from), takeover(to))).toEqual([expect.stringMatching(new RegExp(
        `^NOTICE .*: riskConfiguration\\.accountTakeover\\.low: AccountTakeoverAction\\.${from} → AccountTakeoverAction\\.${to} `
        + `\\(AccountTakeoverRiskConfiguration\\.Actions\\.LowAction\\.EventAction ${from} → ${to}\\): .*${why.source}`))]);
    });

    test('an account takeover action lowered is safe', () => {
      expect(noticed(takeover(AccountTakeoverAction.MFA_REQUIRED), takeover(AccountTakeoverAction.MFA_IF_CONFIGURED))).toEqual([]);
      expect(noticed(takeover(AccountTakeoverAction.BLOCK), takeover(AccountTakeoverAction.MFA_REQUIRED))).toEqual([]);
    });

    test('the compromised-credentials events gain one while the action is BLOCK: a notice; with NO_ACTION, or fewer events, safe', () => {
      const events = (compromisedCredentialsEvents: CompromisedCredentialsEvent[], compromisedCredentials = CompromisedCredentialsAction.BLOCK) =>
        risk({ compromisedCredentials, compromisedCredentialsEvents });
      const signIn = events([CompromisedCredentialsEvent.SIGN_IN]);
      const signInAndUp = events([CompromisedCredentialsEvent.SIGN_IN, CompromisedCredentialsEvent.SIGN_UP]);
      expect(noticed(signIn, signInAndUp)).toEqual([expect.stringMatching(
        /^NOTICE .*: riskConfiguration\.compromisedCredentialsEvents: \[SIGN_IN\] → \[SIGN_IN, SIGN_UP\] .*: SIGN_UP with compromised credentials is blocked/)]);
      expect(noticed(signInAndUp, signIn)).toEqual([]);
      const lenient = CompromisedCredentialsAction.NO_ACTION;
      const { SIGN_IN, SIGN_UP } = CompromisedCredentialsEvent;
      expect(noticed(events([SIGN_IN], lenient), events([SIGN_IN, SIGN_UP], lenient))).toEqual([]);
    });

    test('blocked IP ranges added or widened: a notice; removed: safe', () => {
      const narrow = risk({ blockedIpRanges: ['192.0.2.0/25'] });
      const wide = risk({ blockedIpRanges: ['192.0.2.0/24'] });
      expect(noticed(risk({}), narrow)).toEqual([expect.stringMatching(
        /^NOTICE .*: riskConfiguration\.blockedIpRanges: \(absent\) → \[192\.0\.2\.0\/25\] .*: sign-ins from 192\.0\.2\.0\/25 are blocked/)]);
      expect(noticed(narrow, wide)).toEqual([expect.stringMatching(/: riskConfiguration\.blockedIpRanges: .*: sign-ins from 192\.0\.2\.0\/24 are blocked/)]);
      expect(noticed(wide, risk({}))).toEqual([]);
      expect(noticed(wide, risk({ blockedIpRanges: ['192.0.2.0/24'], alwaysAllowedIpRanges: ['198.51.100.0/24'] }))).toEqual([]);
    });
  });

  describe('app clients of the paired pools, paired by logical id', () => {
    const withClient = (props: Partial<cdkCognito.UserPoolClientProps>) => synth((stack) => {
      new cdkCognito.UserPoolClient(stack, 'Web', { userPool: new UserPool(stack, 'Pool'), ...props });
    });
    const hour = withClient({ accessTokenValidity: Duration.minutes(60) });
    const quarter = withClient({ accessTokenValidity: Duration.minutes(15) });

    test('an access token lifetime 60 → 15 minutes signs users out sooner; longer is safe', () => {
      const result = check(hour, quarter);
      expect(result.status).toBe(0);
      expect(notices(result.stdout)).toEqual([expect.stringMatching(
        /^NOTICE Auth\/Pool\w+ \(Auth\/Pool\) app client Web\w+: accessTokenValidity: Duration\.hours\(1\) → Duration\.minutes\(15\) \(AccessTokenValidity 60 → 15\): users are signed out sooner/)]);
      expect(check(hour, quarter, '--strict').status).toBe(1);
      const longer = check(quarter, hour);
      expect(notices(longer.stdout)).toEqual([]);
      expect(longer.stdout).toMatch(/^SAFE .* app client Web\w+: accessTokenValidity: Duration\.minutes\(15\) → Duration\.hours\(1\) /m);
    });

    test('lifetimes compare in minutes, with Cognito\'s defaults where none is set', () => {
      const unset = withClient({});
      expect(notices(check(unset, hour).stdout)).toEqual([]);
      expect(check(unset, hour).stdout).toMatch(/: accessTokenValidity: Duration\.hours\(1\) \(default\) → Duration\.hours\(1\) \(AccessTokenValidity \(absent\) → 60, TokenValidityUnits\.AccessToken \(absent\) → minutes\)$/m);
      expect(notices(check(unset, withClient({ refreshTokenValidity: Duration.days(1), authSessionValidity: Duration.minutes(3) })).stdout)).toEqual([
        expect.stringMatching(/: refreshTokenValidity: Duration\.days\(30\) \(default\) → Duration\.days\(1\) /),
      ]);
    });

    test('a removed client is a notice; a new one is safe', () => {
      const none = synth(pool());
      expect(notices(check(hour, none).stdout)).toEqual([expect.stringMatching(/ app client Web\w+: app client: present → removed: apps that use its client id can no longer sign in/)]);
      expect(check(none, hour).stdout).toMatch(/^SAFE Auth\/Pool\w+ \(Auth\/Pool\) app client Web\w+: new app client$/m);
    });
  });
});

