import type { CfnUserPoolRiskConfigurationAttachment, CfnUserPoolRiskConfigurationAttachmentProps } from 'aws-cdk-lib/aws-cognito';
import { isLiteral, type Problems } from '../checks/problems';
import { show } from '../checks/show';
import { CustomThreatProtectionMode, FeaturePlan, StandardThreatProtectionMode } from '../feature-plan';
import {
  AccountTakeoverAction, CompromisedCredentialsAction, CompromisedCredentialsEvent, type AccountTakeoverNotification, type NotifyEmail,
  type RiskConfiguration,
} from '../risk-configuration';
import { WARNINGS, type Warn } from './warnings';

/**
 * Risk configuration: resolve the defaults, check what Cognito refuses, render the attachment's properties.
 * Pure: creates nothing. docs/threat-protection.md gives each default and rule its source.
 */

/** The defaults: block compromised credentials on every event, and sign-ins at every account-takeover risk level. */
export const RISK_DEFAULTS = {
  compromisedCredentials: CompromisedCredentialsAction.BLOCK,
  compromisedCredentialsEvents: [
    CompromisedCredentialsEvent.SIGN_IN, CompromisedCredentialsEvent.PASSWORD_CHANGE, CompromisedCredentialsEvent.SIGN_UP,
  ],
  accountTakeover: AccountTakeoverAction.BLOCK,
} as const;

export interface ResolvedRiskConfiguration {
  /** Where the configuration came from, for messages: `riskConfiguration` or `addRiskConfiguration`. */
  readonly path: string;
  readonly compromisedCredentials: CompromisedCredentialsAction;
  readonly compromisedCredentialsEvents: readonly CompromisedCredentialsEvent[];
  readonly accountTakeover: { readonly [level in Level]: { readonly action: AccountTakeoverAction; readonly notify: boolean } };
  readonly notification?: AccountTakeoverNotification;
  readonly blockedIpRanges?: readonly string[];
  readonly alwaysAllowedIpRanges?: readonly string[];
}

type Level = 'low' | 'medium' | 'high';
const LEVELS: readonly Level[] = ['low', 'medium', 'high'];

/** What the rules need to know about the pool. */
export interface RiskPoolContext {
  readonly featurePlan: FeaturePlan;
  readonly standardThreatProtectionMode?: StandardThreatProtectionMode;
  readonly customThreatProtectionMode?: CustomThreatProtectionMode;
  readonly usesSes: boolean;
}

/** Whether threat protection is on (audit or enforced, for standard or custom sign-in). */
export function threatProtectionOn(pool: RiskPoolContext): boolean {
  const standard = pool.standardThreatProtectionMode;
  return (standard !== undefined && standard !== StandardThreatProtectionMode.NO_ENFORCEMENT) || pool.customThreatProtectionMode !== undefined;
}

/**
 * The configuration to attach: the given one with defaults, or the default one when the pool runs threat
 * protection on PLUS and none is given; undefined when there is nothing to attach.
 */
export function resolveRiskConfiguration(config: RiskConfiguration | undefined, pool: RiskPoolContext,
  path = 'riskConfiguration'): ResolvedRiskConfiguration | undefined {
  if (config === undefined && !(pool.featurePlan === FeaturePlan.PLUS && threatProtectionOn(pool))) { return undefined; }
  const c = config ?? {};
  const takeover = c.accountTakeover ?? {};
  return {
    path,
    compromisedCredentials: c.compromisedCredentials ?? RISK_DEFAULTS.compromisedCredentials,
    compromisedCredentialsEvents: c.compromisedCredentialsEvents ?? RISK_DEFAULTS.compromisedCredentialsEvents,
    accountTakeover: Object.fromEntries(LEVELS.map((level) => [level, {
      action: takeover[level] ?? RISK_DEFAULTS.accountTakeover,
      notify: takeover.notify?.[level] ?? false,
    }])) as ResolvedRiskConfiguration['accountTakeover'],
    notification: c.notification,
    blockedIpRanges: c.blockedIpRanges,
    alwaysAllowedIpRanges: c.alwaysAllowedIpRanges,
  };
}

const IPV4_CIDR = /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\/(3[0-2]|[12]?\d)$/;
const IPV6_CIDR = /^[0-9A-Fa-f:]+(:\d{1,3}(\.\d{1,3}){3})?\/(12[0-8]|1[01]\d|[1-9]?\d)$/;
const MAX_RANGES = 200;

/** Adds what Cognito refuses to `problems`; returns through `warn` what deploys but doesn't act. */
export function checkRiskConfiguration(problems: Problems, warn: Warn, r: ResolvedRiskConfiguration, pool: RiskPoolContext): void {
  const { path } = r;
  if (pool.featurePlan !== FeaturePlan.PLUS && isLiteral(pool.featurePlan)) {
    problems.add('riskConfigurationNeedsPlus', path, `${path} needs threat protection, which needs featurePlan PLUS, got ${pool.featurePlan}`);
  } else if (!threatProtectionOn(pool)) {
    problems.add('riskConfigurationNeedsThreatProtection', path, `${path} needs threat protection on (standardThreatProtectionMode AUDIT_ONLY or FULL_FUNCTION): Cognito refuses a `
      + 'risk configuration for a pool without it (UserPoolAddOnNotEnabledException)');
  } else if (pool.standardThreatProtectionMode === StandardThreatProtectionMode.AUDIT_ONLY) {
    warn(WARNINGS.riskConfigurationAuditOnly, `${path} with standardThreatProtectionMode AUDIT_ONLY: threat protection records risky `
      + 'sign-ins but takes none of the configured actions; use FULL_FUNCTION to enforce them');
  }
  const notifying = LEVELS.filter((level) => r.accountTakeover[level].notify);
  if (notifying.length > 0 && !r.notification) {
    problems.add('riskNotifyWithoutNotification', `${path}.notification`, `${path}.accountTakeover.notify (${notifying.join(', ')}) needs ${path}.notification: `
      + 'Cognito emails users only with a notify configuration');
  }
  if (r.notification && !pool.usesSes) {
    problems.add('riskNotificationNeedsSes', `${path}.notification`, `${path}.notification needs email: UserPoolEmail.withSES(...): Cognito sends threat `
      + 'protection email from the pool\'s SES identity');
  }
  const n = r.notification;
  for (const [key, message] of Object.entries({ blockEmail: n?.blockEmail, mfaEmail: n?.mfaEmail, noActionEmail: n?.noActionEmail })) {
    if (message && message.htmlBody === undefined && message.textBody === undefined) {
      problems.add('riskNotificationEmailBody', `${path}.notification.${key}`, `${path}.notification.${key} needs htmlBody or textBody`);
    }
  }
  for (const [key, ranges] of [['blockedIpRanges', r.blockedIpRanges], ['alwaysAllowedIpRanges', r.alwaysAllowedIpRanges]] as const) {
    if (ranges && ranges.length > MAX_RANGES) {
      problems.add('riskIpRanges', `${path}.${key}`, `${path}.${key} must have at most ${MAX_RANGES} ranges, got ${ranges.length}`);
    }
    for (const range of ranges ?? []) {
      if (isLiteral(range) && !IPV4_CIDR.test(range) && !IPV6_CIDR.test(range)) {
        problems.add('riskIpRanges', `${path}.${key}`, `${path}.${key} must hold IP ranges in CIDR notation such as 192.0.2.0/24 or 2001:db8::/32, got ${show(range)}`);
      }
    }
  }
}

/** What the attachment needs beyond the configuration: the pool's SES identity, for notifications. */
export interface RiskRenderContext {
  readonly sesIdentityArn?: string;
}

const email = (e: NotifyEmail | undefined): CfnUserPoolRiskConfigurationAttachment.NotifyEmailTypeProperty | undefined =>
  e && { subject: e.subject, htmlBody: e.htmlBody, textBody: e.textBody };

/** The attachment's properties, without `UserPoolId` and `ClientId`. */
export function renderRiskConfiguration(r: ResolvedRiskConfiguration, context: RiskRenderContext):
Omit<CfnUserPoolRiskConfigurationAttachmentProps, 'userPoolId' | 'clientId'> {
  const action = (level: Level) => ({ eventAction: r.accountTakeover[level].action, notify: r.accountTakeover[level].notify });
  const n = r.notification;
  const ranges = r.blockedIpRanges?.length || r.alwaysAllowedIpRanges?.length;
  return {
    compromisedCredentialsRiskConfiguration: { eventFilter: [...r.compromisedCredentialsEvents], actions: { eventAction: r.compromisedCredentials } },
    accountTakeoverRiskConfiguration: {
      actions: { lowAction: action('low'), mediumAction: action('medium'), highAction: action('high') },
      notifyConfiguration: n && context.sesIdentityArn ? {
        sourceArn: context.sesIdentityArn,
        from: n.from,
        replyTo: n.replyTo,
        blockEmail: email(n.blockEmail),
        mfaEmail: email(n.mfaEmail),
        noActionEmail: email(n.noActionEmail),
      } : undefined,
    },
    riskExceptionConfiguration: ranges ? {
      blockedIpRangeList: r.blockedIpRanges && [...r.blockedIpRanges],
      skippedIpRangeList: r.alwaysAllowedIpRanges && [...r.alwaysAllowedIpRanges],
    } : undefined,
  };
}
