import type { Stack } from 'aws-cdk-lib';
import { Annotations } from 'aws-cdk-lib/assertions';
import {
  AccountTakeoverAction, CompromisedCredentialsAction, CompromisedCredentialsEvent, FeaturePlan, StandardThreatProtectionMode, UserPool,
  UserPoolEmail, type UserPoolProps,
} from '../src';
import { checkedTemplate, Match, newStack, stringToken, synthesize, synthPool, synthProblems } from './util';

const ses = UserPoolEmail.withSES({ fromEmail: 'security@example.com' });
const attachments = (stack: Stack) => Object.values(checkedTemplate(stack).findResources('AWS::Cognito::UserPoolRiskConfigurationAttachment'));
const attachmentOf = (props: UserPoolProps) => {
  const { stack } = synthPool(props);
  const found = attachments(stack);
  expect(found).toHaveLength(1);
  return found[0].Properties;
};

describe('explicit choices', () => {
  test('every field yields to an explicit choice; the rest keep the defaults', () => {
    const p = attachmentOf({
      riskConfiguration: {
        compromisedCredentials: CompromisedCredentialsAction.NO_ACTION,
        compromisedCredentialsEvents: [CompromisedCredentialsEvent.SIGN_IN],
        accountTakeover: { low: AccountTakeoverAction.MFA_IF_CONFIGURED, medium: AccountTakeoverAction.MFA_REQUIRED },
        blockedIpRanges: ['192.0.2.0/24'],
        alwaysAllowedIpRanges: ['2001:db8::/32'],
      },
    });
    expect(p.CompromisedCredentialsRiskConfiguration).toEqual({ EventFilter: ['SIGN_IN'], Actions: { EventAction: 'NO_ACTION' } });
    expect(p.AccountTakeoverRiskConfiguration.Actions).toEqual({
      LowAction: { EventAction: 'MFA_IF_CONFIGURED', Notify: false },
      MediumAction: { EventAction: 'MFA_REQUIRED', Notify: false },
      HighAction: { EventAction: 'BLOCK', Notify: false },
    });
    expect(p.RiskExceptionConfiguration).toEqual({ BlockedIPRangeList: ['192.0.2.0/24'], SkippedIPRangeList: ['2001:db8::/32'] });
  });

  test('notification through the pool\'s SES identity', () => {
    const p = attachmentOf({
      email: ses,
      riskConfiguration: {
        accountTakeover: { notify: { high: true } },
        notification: { replyTo: 'help@example.com', blockEmail: { subject: 'Sign-in blocked', textBody: 'We blocked a sign-in to your account.' } },
      },
    });
    expect(p.AccountTakeoverRiskConfiguration.Actions.HighAction).toEqual({ EventAction: 'BLOCK', Notify: true });
    expect(p.AccountTakeoverRiskConfiguration.NotifyConfiguration).toEqual({
      SourceArn: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':ses:us-east-1:123456789012:identity/security@example.com']] },
      ReplyTo: 'help@example.com',
      BlockEmail: { Subject: 'Sign-in blocked', TextBody: 'We blocked a sign-in to your account.' },
    });
  });
});

describe('plans and threat protection', () => {
  test('no default attachment on ESSENTIALS, on LITE, or with threat protection off', () => {
    for (const props of [{ featurePlan: FeaturePlan.ESSENTIALS }, { featurePlan: FeaturePlan.LITE },
      { standardThreatProtectionMode: StandardThreatProtectionMode.NO_ENFORCEMENT }]) {
      expect(attachments(synthPool(props).stack)).toEqual([]);
    }
  });

  test('an explicit risk configuration needs PLUS with threat protection on', () => {
    expect(() => synthPool({ featurePlan: FeaturePlan.ESSENTIALS, riskConfiguration: {} }))
      .toThrow(/riskConfiguration needs threat protection, which needs featurePlan PLUS, got ESSENTIALS/);
    expect(() => synthPool({ standardThreatProtectionMode: StandardThreatProtectionMode.NO_ENFORCEMENT, riskConfiguration: {} }))
      .toThrow(/riskConfiguration needs threat protection on .*UserPoolAddOnNotEnabledException/);
    expect(() => synthPool({ featurePlan: FeaturePlan.PLUS, riskConfiguration: {} })).not.toThrow();
  });

  test('audit-only threat protection attaches the configuration, with a warning that nothing is enforced', () => {
    const { stack } = synthPool({ standardThreatProtectionMode: StandardThreatProtectionMode.AUDIT_ONLY });
    expect(attachments(stack)).toHaveLength(1);
    Annotations.fromStack(stack).hasWarning('/Stack/Pool', Match.stringLikeRegexp('\\[ack: cdk-secure-user-pool:riskConfigurationAuditOnly\\]'));
  });
});

describe('errors', () => {
  test('IP ranges in CIDR notation, at most 200; a token is accepted', () => {
    expect(() => synthPool({ riskConfiguration: { blockedIpRanges: ['192.0.2.0'] } }))
      .toThrow(/riskConfiguration.blockedIpRanges must hold IP ranges in CIDR notation such as 192.0.2.0\/24 or 2001:db8::\/32, got "192.0.2.0"/);
    expect(() => synthPool({ riskConfiguration: { alwaysAllowedIpRanges: ['10.0.0.0/33'] } })).toThrow(/alwaysAllowedIpRanges must hold IP ranges/);
    expect(() => synthPool({ riskConfiguration: { blockedIpRanges: Array.from({ length: 201 }, (_, i) => `10.0.${i % 256}.0/24`) } }))
      .toThrow(/blockedIpRanges must have at most 200 ranges, got 201/);
    expect(() => synthPool({ riskConfiguration: { blockedIpRanges: Array.from({ length: 200 }, (_, i) => `10.0.${i % 256}.0/24`) } })).not.toThrow();
    const stack = newStack();
    new UserPool(stack, 'Pool', { riskConfiguration: { blockedIpRanges: [stringToken(stack)] } });
    expect(synthProblems(stack)).toEqual([]);
  });

  test('notify needs a notification, which needs SES, and each email a body', () => {
    expect(() => synthPool({ riskConfiguration: { accountTakeover: { notify: { low: true } } } }))
      .toThrow(/riskConfiguration.accountTakeover.notify \(low\) needs riskConfiguration.notification/);
    expect(() => synthPool({ riskConfiguration: { notification: {} } }))
      .toThrow(/riskConfiguration.notification needs email: UserPoolEmail.withSES/);
    expect(() => synthPool({ email: ses, riskConfiguration: { notification: { mfaEmail: { subject: 'Check' } } } }))
      .toThrow(/riskConfiguration.notification.mfaEmail needs htmlBody or textBody/);
    expect(() => synthPool({ email: ses, riskConfiguration: { accountTakeover: { notify: { low: true } }, notification: {} } })).not.toThrow();
  });
});

describe('per-client configuration', () => {
  test('addRiskConfiguration attaches one for a client, beside the pool-wide one', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    const web = pool.addClient('Web');
    pool.addRiskConfiguration(web, { accountTakeover: { low: AccountTakeoverAction.NO_ACTION } });
    const found = attachments(stack);
    expect(found.map((a) => a.Properties.ClientId)).toEqual(['ALL', stack.resolve(web.userPoolClientId)]);
    expect(found[1].Properties.AccountTakeoverRiskConfiguration.Actions.LowAction).toEqual({ EventAction: 'NO_ACTION', Notify: false });
  });

  test('it follows the pool\'s plan and threat protection', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool', { featurePlan: FeaturePlan.ESSENTIALS });
    pool.addRiskConfiguration(pool.addClient('Web'), {});
    expect(() => synthesize(stack)).toThrow(/addRiskConfiguration\(Web\) needs threat protection, which needs featurePlan PLUS, got ESSENTIALS/);
    // Nothing is attached for a configuration with problems.
    expect(pool.node.children.filter((c) => c.node.id.startsWith('RiskConfiguration'))).toEqual([]);
  });
});
