/**
 * Changes that deploy but that users feel (NOTICE): the feature plan and its bill, threat protection starting to act
 * on sign-ins, the token issuer, risk actions made stricter and more events or IP ranges blocked, app client lifetimes shortened, app
 * clients replaced or removed.
 */
import type { Emit } from './check';
import { type FoundClient, LIFETIMES, type Lifetime, minutesOf } from './clients';
import { type FoundPool, nameOf } from './pools';
import { CLIENT_PROPS, duration, fieldsOf, propChanges, RISK_PROPS, written } from './props';

type Json = Record<string, any>;

const TIERS = ['LITE', 'ESSENTIALS', 'PLUS'];
/** What each plan adds to the one below it. */
const PLAN_FEATURES: Record<string, string> = { ESSENTIALS: 'passwordless sign-in, email MFA, managed login', PLUS: 'threat protection' };

function featurePlanNotice(from: unknown, to: unknown): string | undefined {
  // Without UserPoolTier, Cognito gives a new pool ESSENTIALS.
  const [was, is] = [String(from ?? 'ESSENTIALS'), String(to ?? 'ESSENTIALS')];
  if (was === is) { return undefined; }
  return TIERS.indexOf(is) > TIERS.indexOf(was)
    ? `the pool is billed at the ${is} rate per monthly active user`
    : `the pool loses what ${was} adds (${PLAN_FEATURES[was] ?? 'its features'}) and is billed at the ${is} rate`;
}

const enforced = (what: string) => (_from: unknown, to: unknown) => (to === 'ENFORCED'
  ? `${what} starts acting on risky sign-ins: the risk configuration's actions (block, require MFA) apply to users` : undefined);

/** The pool properties whose change users feel, and why, by template path. */
const POOL_NOTICES: Record<string, (from: unknown, to: unknown) => string | undefined> = {
  'UserPoolTier': featurePlanNotice,
  'UserPoolAddOns.AdvancedSecurityMode': enforced('threat protection'),
  'UserPoolAddOns.AdvancedSecurityAdditionalFlows.CustomAuthMode': enforced('threat protection for custom authentication'),
  // The token issuer (`iss`) and the OIDC discovery URL follow the issuer type: apps and APIs that check it reject new tokens.
  'IssuerConfiguration.Type': (from, to) => (from === to ? undefined
    : 'new tokens may carry another issuer (iss) URL: apps and APIs that check the issuer must accept it before you deploy'),
};

const at = (value: Json, path: string): unknown => path.split('.').reduce<unknown>((v, key) => (v as Json | undefined)?.[key], value);

/** Why users feel the change of a pool property at this path, or nothing for a plain safe change. */
export function noticeOf(path: string, before: Json, after: Json): string | undefined {
  return POOL_NOTICES[path]?.(at(before, path), at(after, path));
}

const ENFORCED = '(with threat protection ENFORCED)';

/** The risk actions from the most lenient to the strictest: an absent action is none. */
const ACTION_RANK = ['NO_ACTION', 'MFA_IF_CONFIGURED', 'MFA_REQUIRED', 'BLOCK'];
const rankOf = (action: unknown) => (action === undefined ? 0 : ACTION_RANK.indexOf(String(action)));
/** What users feel when an account-takeover action becomes this one. */
const TAKEOVER_WHY: Record<string, string> = {
  MFA_IF_CONFIGURED: 'users who set up MFA must complete it when threat protection scores their sign-in at this risk',
  MFA_REQUIRED: 'sign-ins that threat protection scores at this risk need MFA: users without MFA are blocked',
  BLOCK: 'sign-ins that threat protection scores at this risk are blocked',
};

const COMPROMISED = 'CompromisedCredentialsRiskConfiguration';
/** The events the compromised-credentials check applies to: all of them when the filter is absent, none without the check. */
function compromisedEvents(config: Json): string[] {
  const check = config[COMPROMISED] as Json | undefined;
  if (check === undefined) { return []; }
  return Array.isArray(check.EventFilter) ? check.EventFilter.map(String) : ['SIGN_IN', 'PASSWORD_CHANGE', 'SIGN_UP'];
}
const listOf = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
const andJoined = (items: readonly string[]) => [items.slice(0, -1).join(', '), items[items.length - 1]].filter(Boolean).join(' and ');

/** Why users feel a change of the risk configuration at this path: a stricter action, a blocked event or IP range gained. */
function riskNoticeOf(path: string, before: Json, after: Json): string | undefined {
  if (path.endsWith('EventAction')) {
    const [from, to] = [at(before, path), at(after, path)];
    if (rankOf(to) <= rankOf(from)) { return undefined; }
    return path.startsWith(COMPROMISED)
      ? `sign-ins, sign-ups and password changes with compromised credentials are blocked ${ENFORCED}`
      : `${TAKEOVER_WHY[String(to)]} ${ENFORCED}`;
  }
  if (path === `${COMPROMISED}.EventFilter`) {
    const was = compromisedEvents(before);
    const gained = compromisedEvents(after).filter((event) => !was.includes(event));
    const blocks = at(after, `${COMPROMISED}.Actions.EventAction`) === 'BLOCK';
    return blocks && gained.length > 0
      ? `${andJoined(gained)} with compromised credentials ${gained.length === 1 ? 'is' : 'are'} blocked ${ENFORCED}` : undefined;
  }
  if (path === 'RiskExceptionConfiguration.BlockedIPRangeList') {
    const was = listOf(at(before, path));
    const added = listOf(at(after, path)).filter((range) => !was.includes(range));
    return added.length > 0 ? `sign-ins from ${andJoined(added)} are blocked ${ENFORCED}` : undefined;
  }
  return undefined;
}

/**
 * The pool-wide risk configuration: an account-takeover action made stricter (NO_ACTION < MFA_IF_CONFIGURED <
 * MFA_REQUIRED < BLOCK), compromised credentials blocked on more events, more IP ranges blocked: sign-ins that went
 * through before are challenged or refused.
 */
export function compareRiskConfiguration(before: FoundPool, after: FoundPool, emit: Emit): void {
  const skip = new Set(['UserPoolId', 'ClientId']);
  const [was, is] = [before.riskConfiguration ?? {}, after.riskConfiguration ?? {}];
  for (const change of propChanges(was, is, RISK_PROPS, skip)) {
    const notice = riskNoticeOf(change.path, was, is);
    emit({ kind: notice ? 'NOTICE' : 'SAFE', ...fieldsOf(change), why: notice });
  }
}

/** The app clients of two paired pools, paired by logical id. */
export function compareClients(before: FoundPool, after: FoundPool, emit: Emit): void {
  const subject = (client: FoundClient) => ({ pool: `${nameOf(before)} app client ${client.logicalId}`, key: `${before.stack}/${client.logicalId}` });
  const current = new Map(after.clients.map((c) => [c.logicalId, c]));
  for (const old of before.clients) {
    const now = current.get(old.logicalId);
    if (!now) {
      emit({ kind: 'NOTICE', ...subject(old), setting: 'app client', from: 'present', to: 'removed', why: 'apps that use its client id can no longer sign in' });
      continue;
    }
    const on = (draft: Parameters<Emit>[0]) => emit({ ...subject(old), ...draft });
    Object.values(LIFETIMES).forEach((lifetime) => compareLifetime(old.properties, now.properties, lifetime, on));
    compareSsoSession(old, now, on);
    const skip = new Set(['UserPoolId', 'TokenValidityUnits', ...Object.values(LIFETIMES).map((l) => l.property)]);
    for (const change of propChanges(old.properties, now.properties, CLIENT_PROPS, skip)) {
      // GenerateSecret is the one property whose change replaces the client (CloudFormation: Update requires Replacement).
      const replaced = change.path === 'GenerateSecret';
      on({ kind: replaced ? 'NOTICE' : 'SAFE', ...fieldsOf(change), why: replaced ? 'CloudFormation replaces the client: apps must use its new client id and secret' : undefined });
    }
  }
  const baseline = new Set(before.clients.map((c) => c.logicalId));
  for (const client of after.clients.filter((c) => !baseline.has(c.logicalId))) {
    emit({ kind: 'SAFE', ...subject(client), setting: 'new app client' });
  }
}

/** Replicas (docs/replicas.md): a new one starts INACTIVE and serves nobody; a removed one ends failover to its Region. */
export function compareReplicas(before: FoundPool, after: FoundPool, emit: Emit): void {
  for (const region of before.replicas.filter((r) => !after.replicas.includes(r))) {
    emit({ kind: 'NOTICE', setting: 'replicas', from: region, to: 'removed', why: 'the replica and its users\' copies in that Region are deleted: failover to it ends' });
  }
  for (const region of after.replicas.filter((r) => !before.replicas.includes(r))) {
    emit({ kind: 'SAFE', setting: 'replicas', from: 'none', to: `${region} (starts INACTIVE)` });
  }
}

/** Session tracking and its cap (docs/sessions.md): what users feel is a NOTICE. */
export function compareSessions(before: FoundPool, after: FoundPool, emit: Emit): void {
  const state = (s: Record<string, any> | undefined) => (s?.UserSessionTracking === 'ENABLED' ? s.TokenSession?.MaxPerUser : undefined);
  const [was, is] = [state(before.sessions), state(after.sessions)];
  if (was === is) { return; }
  const shown = (cap: unknown) => (cap === undefined ? 'off' : `on, at most ${typeof cap === 'number' ? cap : JSON.stringify(cap)} per user`);
  const fields = { setting: 'sessions', from: shown(was), to: shown(is) };
  if (is === undefined) {
    emit({ kind: 'NOTICE', ...fields, why: 'Cognito stops tracking sessions: they can no longer be listed or revoked, and app clients\' SSO session settings stop applying' });
  } else if (was === undefined || (typeof was === 'number' && typeof is === 'number' && is < was) || typeof is !== 'number') {
    emit({ kind: 'NOTICE', ...fields, why: 'a user holding more token sessions than the cap loses the least recently used at the next sign-in' });
  } else {
    emit({ kind: 'SAFE', ...fields });
  }
}

/**
 * The pool's domains. A changed `Domain` replaces the domain, and CloudFormation creates the replacement (or a new
 * domain of the same kind under another logical id) before it deletes the old one, which Cognito refuses: "User pool
 * already has a domain configured" (aws/aws-cdk#10062). Failover to a replica's Region (`Routing`) is an update
 * without interruption (CloudFormation reference of the domain): SAFE, but removing it is a NOTICE (docs/replicas.md).
 */
export function compareDomains(before: FoundPool, after: FoundPool, emit: Emit): void {
  const subject = (logicalId: string) => ({ pool: `${nameOf(before)} domain ${logicalId}`, key: `${before.stack}/${logicalId}` });
  const current = new Map(after.domains.map((d) => [d.logicalId, d]));
  const kind = (custom: boolean) => (custom ? 'custom domain' : 'Cognito domain');
  // The Domain property as written: a name, or the JSON of a reference.
  const name = (domain: string) => { const value = JSON.parse(domain); return typeof value === 'string' ? value : domain; };
  const why = 'CloudFormation creates the new domain before it deletes the old one, and Cognito refuses a second domain of a kind '
    + '("User pool already has a domain configured", aws/aws-cdk#10062)';
  const wayOut = 'deploy twice: first without the old domain, then with the new one (managed login is unavailable in between)';
  for (const old of before.domains) {
    const now = current.get(old.logicalId);
    if (now && now.domain === old.domain && now.failover !== old.failover) {
      const fields = { ...subject(old.logicalId), setting: 'failover', from: old.failover ?? 'none', detail: 'Routing, an update without interruption' };
      if (now.failover === undefined) {
        emit({
          kind: 'NOTICE',
          ...fields,
          to: 'removed',
          why: 'the domain no longer fails over to the replica: while the primary Region is '
          + 'unhealthy, managed login and the OAuth endpoints at this domain are unavailable',
        });
      } else {
        emit({ kind: 'SAFE', ...fields, to: now.failover });
      }
    }
    if (now && now.domain !== old.domain) {
      emit({ kind: 'UNSAFE', ...subject(old.logicalId), setting: kind(old.custom), from: name(old.domain), to: name(now.domain), why, wayOut });
    } else if (!now) {
      const successor = after.domains.find((d) => d.custom === old.custom && !before.domains.some((b) => b.logicalId === d.logicalId));
      if (successor) {
        emit({
          kind: 'UNSAFE',
          ...subject(old.logicalId),
          setting: kind(old.custom),
          from: `${name(old.domain)} (${old.logicalId})`,
          to: `${name(successor.domain)} (${successor.logicalId})`,
          why,
          wayOut,
        });
      } else {
        emit({ kind: 'NOTICE', ...subject(old.logicalId), setting: kind(old.custom), from: 'present', to: 'removed', why: 'the managed login pages and OAuth endpoints at this domain stop working' });
      }
    }
  }
}

/** A browser client's SSO session length (Cognito's 60 minutes without an attachment): shorter asks users to sign in sooner. */
function compareSsoSession(before: FoundClient, after: FoundClient, emit: Emit): void {
  const minutes = (c: FoundClient) => c.ssoSessionMinutes ?? 60;
  const [was, is] = [minutes(before), minutes(after)];
  if (JSON.stringify(was) === JSON.stringify(is)) { return; }
  const shorter = typeof was !== 'number' || typeof is !== 'number' || is < was;
  emit({
    kind: shorter ? 'NOTICE' : 'SAFE',
    setting: 'ssoSessionValidity',
    from: `${JSON.stringify(was)} min`,
    to: `${JSON.stringify(is)} min`,
    why: shorter ? 'managed login asks users to sign in again sooner' : undefined,
  });
}

/** A lifetime compared in minutes, whatever its unit: shorter signs users out sooner. */
function compareLifetime(before: Json, after: Json, lifetime: Lifetime, emit: Emit): void {
  const asWritten = (p: Json) => [p[lifetime.property], lifetime.unit ? p.TokenValidityUnits?.[lifetime.unit] : undefined];
  const [old, now] = [asWritten(before), asWritten(after)];
  if (old[0] === now[0] && old[1] === now[1]) { return; }
  const [was, is] = [minutesOf(before, lifetime), minutesOf(after, lifetime)];
  const shown = (minutes: number, value: unknown) => `${duration(minutes)}${typeof value === 'number' ? '' : ' (default)'}`;
  const detail = [`${lifetime.property} ${written(old[0])} → ${written(now[0])}`,
    ...(lifetime.unit && old[1] !== now[1] ? [`TokenValidityUnits.${lifetime.unit} ${written(old[1])} → ${written(now[1])}`] : [])].join(', ');
  emit({
    kind: is < was ? 'NOTICE' : 'SAFE',
    setting: lifetime.prop,
    from: shown(was, old[0]),
    to: shown(is, now[0]),
    detail,
    why: is < was ? 'users are signed out sooner: tokens and sessions issued after the deployment expire earlier' : undefined,
  });
}
