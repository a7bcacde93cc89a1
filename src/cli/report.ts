import { clientLines, type FoundClient } from './clients';
import { findPools, type FoundPool, nameOf } from './pools';
import { DEFAULTS_METADATA_KEY, defaultsEntryOf, type Origin, ORIGIN_SPELLING } from '../private/pool-metadata';

type Json = Record<string, any>;
export type Verdict = 'PASS' | 'FAIL' | 'WARN' | 'INFO';

interface Line {
  readonly setting: string;
  /** The props behind the setting, to say whether it came from a default (this library's pools only). */
  readonly props?: readonly string[];
  readonly value: string;
  readonly verdict: Verdict;
  /** The rules the verdict is against: cdk-nag AwsSolutions and AWS Security Hub controls. */
  readonly rules: string;
}


function passwordPolicy(p: Json): Line {
  const policy = p.Policies?.PasswordPolicy as Json | undefined;
  if (!policy) {
    return { setting: 'password policy', props: ['passwordPolicy'], value: 'not set (Cognito: 8, all classes, 7 days)', verdict: 'FAIL', rules: 'cdk-nag COG1 needs it present' };
  }
  const min = policy.MinimumLength ?? 8;
  const classes = {
    lower: policy.RequireLowercase ?? true,
    upper: policy.RequireUppercase ?? true,
    digits: policy.RequireNumbers ?? true,
    symbols: policy.RequireSymbols ?? true,
  };
  const days = policy.TemporaryPasswordValidityDays ?? 7;
  const nag = min >= 8 && classes.upper && classes.digits && classes.symbols;
  const hub = nag && classes.lower && days <= 7;
  const on = Object.entries(classes).filter(([, v]) => v).map(([k]) => k).join('+') || 'no classes';
  return {
    setting: 'password policy',
    props: ['passwordPolicy'],
    value: `min ${min}, ${on}, temporary ${days}d, history ${policy.PasswordHistorySize ?? 0}`,
    verdict: nag && hub ? 'PASS' : 'FAIL',
    rules: `cdk-nag COG1 ${nag ? 'pass' : 'fail'}, Security Hub Cognito.3 ${hub ? 'pass' : 'fail'}, `
      + `Prowler cognito_user_pool_password_policy_minimum_length_14 ${min >= 14 ? 'pass' : 'fail'}`,
  };
}

/** The pool-wide risk configuration, against Prowler's two risk-configuration checks. */
function riskLines(risk: Json | undefined, advancedSecurityMode: string): Line[] {
  const compromised = risk?.CompromisedCredentialsRiskConfiguration as Json | undefined;
  const events = (compromised?.EventFilter as string[] | undefined) ?? (compromised ? ['all events'] : []);
  const blocksCompromised = compromised?.Actions?.EventAction === 'BLOCK' && (events.includes('SIGN_IN') || events.includes('all events'));
  const actions = (risk?.AccountTakeoverRiskConfiguration?.Actions ?? {}) as Json;
  const takeover = ['LowAction', 'MediumAction', 'HighAction'].map((level) => String(actions[level]?.EventAction ?? 'not set'));
  const blocksTakeover = advancedSecurityMode === 'ENFORCED' && takeover.every((a) => a === 'BLOCK');
  return [
    {
      setting: 'compromised credentials',
      props: ['riskConfiguration'],
      value: compromised ? `${compromised.Actions?.EventAction} on ${events.join(', ')}` : 'no risk configuration',
      verdict: blocksCompromised ? 'PASS' : 'FAIL',
      rules: 'Prowler cognito_user_pool_blocks_compromised_credentials_sign_in_attempts',
    },
    {
      setting: 'account takeover',
      props: ['riskConfiguration'],
      value: risk ? `low ${takeover[0]}, medium ${takeover[1]}, high ${takeover[2]}` : 'no risk configuration',
      verdict: blocksTakeover ? 'PASS' : 'FAIL',
      rules: 'Prowler cognito_user_pool_blocks_potential_malicious_sign_in_attempts',
    },
  ];
}

function lines(pool: FoundPool): Line[] {
  const p = pool.properties as Json;
  const mfa = p.MfaConfiguration ?? 'OFF';
  const addOns = (p.UserPoolAddOns ?? {}) as Json;
  const standard = addOns.AdvancedSecurityMode ?? 'OFF';
  const custom = addOns.AdvancedSecurityAdditionalFlows?.CustomAuthMode ?? 'not set';
  const tier = p.UserPoolTier ?? 'not set (ESSENTIALS)';
  const recovery = (p.AccountRecoverySetting?.RecoveryMechanisms as Json[] | undefined)?.map((m) => m.Name).join(', ');
  const r = pool.record;
  return [
    { setting: 'sign-in', props: ['signInAliases'], value: r.usernameAttributes.length ? `${r.usernameAttributes.join(', ')} as username` : `username${r.aliasAttributes.length ? ` + ${r.aliasAttributes.join(', ')}` : ''}`, verdict: 'INFO', rules: 'fixed at creation' },
    { setting: 'case-sensitive usernames', props: ['signInCaseSensitive'], value: String(r.caseSensitive), verdict: r.caseSensitive ? 'WARN' : 'PASS', rules: 'AWS recommends case-insensitive' },
    { setting: 'self sign-up', props: ['selfSignUpEnabled'], value: String(p.AdminCreateUserConfig?.AllowAdminCreateUserOnly !== true), verdict: 'INFO', rules: 'AWS recommends off unless the app is public; Prowler cognito_user_pool_self_registration_disabled' },
    passwordPolicy(p),
    { setting: 'MFA', props: ['mfa', 'mfaSecondFactor'], value: `${mfa}${p.EnabledMfas ? ` (${(p.EnabledMfas as string[]).join(', ')})` : ''}`, verdict: mfa === 'ON' ? 'PASS' : mfa === 'OPTIONAL' ? 'WARN' : 'FAIL', rules: 'cdk-nag COG2 needs ON, Security Hub Cognito.5, Prowler cognito_user_pool_mfa_enabled' },
    { setting: 'feature plan', props: ['featurePlan'], value: String(tier), verdict: tier === 'PLUS' ? 'PASS' : 'FAIL', rules: 'cdk-nag COG8 needs PLUS' },
    { setting: 'threat protection', props: ['standardThreatProtectionMode'], value: String(standard), verdict: standard === 'ENFORCED' ? 'PASS' : 'FAIL', rules: 'Security Hub Cognito.1 needs ENFORCED, Prowler cognito_user_pool_advanced_security_enabled' },
    { setting: 'custom auth threat protection', props: ['customThreatProtectionMode'], value: String(custom), verdict: custom === 'ENFORCED' ? 'PASS' : 'FAIL', rules: 'Security Hub Cognito.4 needs ENFORCED' },
    ...riskLines(pool.riskConfiguration, String(standard)),
    {
      setting: 'log delivery',
      props: ['logDelivery'],
      value: pool.logEventSources.join(', ') || 'none',
      verdict: pool.logEventSources.includes('userAuthEvents') ? 'PASS' : 'INFO',
      rules: 'threat protection user-activity logs (userAuthEvents)',
    },
    {
      setting: 'WAF web ACL',
      props: ['webAclArn'],
      value: pool.webAcl ? 'associated' : 'none',
      verdict: pool.webAcl ? 'PASS' : 'WARN',
      rules: 'Prowler cognito_user_pool_waf_acl_attached (a web ACL costs money: the one check the defaults leave open)',
    },
    sessionLine(pool.sessions),
    replicaLine(pool),
    { setting: 'deletion protection', props: ['deletionProtection'], value: pool.deletionProtection, verdict: pool.deletionProtection === 'ACTIVE' ? 'PASS' : 'FAIL', rules: 'Security Hub Cognito.6 needs ACTIVE, Prowler cognito_user_pool_deletion_protection_enabled' },
    { setting: 'removal policy', props: ['removalPolicy'], value: pool.deletionPolicy, verdict: pool.deletionPolicy === 'Delete' ? 'WARN' : 'PASS', rules: 'a deleted pool loses every user' },
    { setting: 'account recovery', props: ['accountRecovery'], value: recovery ?? 'not set (phone preferred)', verdict: recovery?.startsWith('verified_email') || recovery === 'admin_only' ? 'PASS' : 'WARN', rules: 'AWS recommends explicit email-first recovery' },
    { setting: 'email sender', props: ['email'], value: String(p.EmailConfiguration?.EmailSendingAccount ?? 'COGNITO_DEFAULT'), verdict: p.EmailConfiguration?.EmailSendingAccount === 'DEVELOPER' ? 'PASS' : 'WARN', rules: 'AWS recommends SES in production' },
    smsLine(p.SmsConfiguration),
  ];
}

/**
 * How the pool sends SMS: through Amazon SNS, through AWS End User Messaging SMS directly (`EumsSms`), or not at all.
 * Informational, and without a source: the path is chosen by several props (docs/triggers.md).
 */
function smsLine(sms: Json | undefined): Line {
  const shown = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  const eums = sms?.EumsSms as Json | undefined;
  const value = eums ? `AWS End User Messaging SMS${eums.OriginationIdentity !== undefined ? ` from ${shown(eums.OriginationIdentity)}` : ''}`
    : sms?.SnsCallerArn !== undefined ? `Amazon SNS${sms.SnsRegion !== undefined ? ` in ${shown(sms.SnsRegion)}` : ''}` : 'none';
  return {
    setting: 'SMS sender',
    value,
    verdict: 'INFO',
    rules: 'Cognito recommends AWS End User Messaging SMS directly for new pools; AWS recommends no SMS unless needed (SMS pumping)',
  };
}

/** The pool's replicas, and each domain that fails over to a replica's Region (docs/replicas.md, "Domain failover"). */
function replicaLine(pool: FoundPool): Line {
  const failovers = pool.domains.filter((d) => d.failover !== undefined)
    .map((d) => `domain ${typeof JSON.parse(d.domain) === 'string' ? JSON.parse(d.domain) : d.logicalId} fails over to ${d.failover}`);
  return {
    setting: 'replicas',
    props: ['replicas'],
    value: [pool.replicas.join(', ') || 'none', ...failovers].join('; '),
    verdict: 'INFO',
    rules: 'multi-Region replication (docs/replicas.md)',
  };
}

/** Session tracking (docs/sessions.md): Cognito's default, with no attachment, is off. */
function sessionLine(sessions: Record<string, any> | undefined): Line {
  const on = sessions?.UserSessionTracking === 'ENABLED';
  const cap = sessions?.TokenSession?.MaxPerUser;
  return {
    setting: 'session tracking',
    props: ['sessions'],
    value: on ? `on, at most ${typeof cap === 'number' ? cap : JSON.stringify(cap)} token sessions per user` : 'off',
    verdict: on ? 'PASS' : 'WARN',
    rules: 'tracked sessions can be listed, capped and revoked (OWASP Session Management)',
  };
}

/**
 * Where a setting came from: this library's default, one that yielded to another choice, a prop, or a prop completed
 * by defaults. The construct's `Origin`, spelled as its Metadata spells it (`ORIGIN_SPELLING`).
 */
export type Source = Origin;

/** From the construct's metadata (this library's pools only). */
function sourceOf(props: readonly string[], defaults: readonly string[]): Source {
  const listed = (prop: string, origin: Exclude<Origin, 'prop'>) => defaults.includes(defaultsEntryOf(prop, origin)!);
  if (props.some((p) => listed(p, 'adjusted'))) { return 'adjusted'; }
  if (props.length > 0 && props.every((p) => listed(p, 'default'))) { return 'default'; }
  const partly = props.some((p) => listed(p, 'default') || listed(p, 'prop+default'));
  return partly ? 'prop+default' : 'prop';
}

/** One setting of a pool or app client with its verdict. */
export interface Check {
  /** Stable: `pool.passwordPolicy`, `client.implicitGrant`, from the setting's name. */
  readonly id: string;
  readonly setting: string;
  readonly value: string;
  readonly verdict: Verdict;
  readonly rules: string;
  readonly props?: readonly string[];
  readonly source?: Source;
}

export interface ClientReport {
  readonly client: FoundClient;
  readonly checks: readonly Check[];
}

export interface PoolReport {
  readonly pool: FoundPool;
  readonly checks: readonly Check[];
  /** The props that took this library's defaults, from its metadata (its pools only). */
  readonly defaults?: readonly string[];
  readonly clients: readonly ClientReport[];
}

/** `pool.wafWebAcl` for the pool's `WAF web ACL`: the setting's words in camel case. */
export function checkId(scope: 'pool' | 'client', setting: string): string {
  const words = setting.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.toLowerCase());
  return `${scope}.${words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('')}`;
}

/** The verdict of every setting of each pool and of its app clients. */
export function reportOf(pools: readonly FoundPool[]): PoolReport[] {
  return pools.map((pool) => {
    const metadata = pool.metadata[DEFAULTS_METADATA_KEY];
    const defaults = Array.isArray(metadata) ? metadata.map(String) : undefined;
    return {
      pool,
      defaults,
      checks: lines(pool).map(({ props, ...row }) => ({
        id: checkId('pool', row.setting), ...row, ...(props ? { props, ...(defaults ? { source: sourceOf(props, defaults) } : {}) } : {}),
      })),
      clients: pool.clients.map((client) => ({
        client, checks: clientLines(client.properties, client.ssoSessionMinutes).map((row) => ({ id: checkId('client', row.setting), ...row })),
      })),
    };
  });
}

/** Every check there is, pool and client, as a pool, a browser client and a machine client without other properties give them. */
export function allChecks(): Check[] {
  const [pool] = findPools([{ stack: 'Stack', file: '', template: { Resources: { Pool: { Type: 'AWS::Cognito::UserPool' } } } }]);
  const client = [...clientLines({ AllowedOAuthFlows: ['code'] }), ...clientLines({ AllowedOAuthFlows: ['client_credentials'] })]
    .filter((row, i, all) => all.findIndex((r) => r.setting === row.setting) === i);
  return [...reportOf([pool])[0].checks, ...client.map((row) => ({ id: checkId('client', row.setting), ...row }))];
}

/** The number of checks of each verdict, clients included. */
export function summaryOf(reports: readonly PoolReport[]): Record<Lowercase<Verdict>, number> {
  const summary = { pass: 0, fail: 0, warn: 0, info: 0 };
  for (const check of reports.flatMap((r) => [...r.checks, ...r.clients.flatMap((c) => c.checks)])) {
    summary[check.verdict.toLowerCase() as Lowercase<Verdict>]++;
  }
  return summary;
}

/** The security posture of each pool: its settings, each with a verdict against cdk-nag and Security Hub. */
export function formatReport(reports: readonly PoolReport[]): string[] {
  if (reports.length === 0) { return ['no AWS::Cognito::UserPool found']; }
  return reports.flatMap(({ pool, checks, defaults, clients }) => {
    const origin = (check: Check) => (check.source ? ` (${ORIGIN_SPELLING[check.source].label})` : '');
    const out = [`${nameOf(pool)}${pool.secureUserPool ? ' [cdk-secure-user-pool]' : ''}`];
    for (const row of checks) {
      out.push(`  ${row.verdict.padEnd(4)}  ${row.setting.padEnd(30)} ${`${row.value}${origin(row)}`.padEnd(70)} ${row.rules}`);
    }
    if (defaults) {
      out.push(`  settings that took cdk-secure-user-pool defaults: ${defaults.length ? defaults.join(', ') : 'none'}`);
    }
    for (const { client, checks: rows } of clients) {
      out.push(`  app client ${client.logicalId}`);
      for (const row of rows) {
        out.push(`    ${row.verdict.padEnd(4)}  ${row.setting.padEnd(28)} ${row.value.padEnd(70)} ${row.rules}`);
      }
    }
    const failed = summaryOf([{ pool, checks, clients }]).fail;
    out.push(`  ${failed === 0 ? 'no failed checks' : `${failed} failed check(s)`}`);
    return [...out, ''];
  });
}
