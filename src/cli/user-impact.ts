/**
 * Changes that deploy but that users feel (NOTICE): the feature plan and its bill, threat protection starting to act
 * on sign-ins, risk actions that block, app client lifetimes shortened, app clients replaced or removed.
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
};

const at = (value: Json, path: string): unknown => path.split('.').reduce<unknown>((v, key) => (v as Json | undefined)?.[key], value);

/** Why users feel the change of a pool property at this path, or nothing for a plain safe change. */
export function noticeOf(path: string, before: Json, after: Json): string | undefined {
  return POOL_NOTICES[path]?.(at(before, path), at(after, path));
}

/** The pool-wide risk configuration: an action that turns to BLOCK refuses sign-ins that went through before. */
export function compareRiskConfiguration(before: FoundPool, after: FoundPool, emit: Emit): void {
  const skip = new Set(['UserPoolId', 'ClientId']);
  for (const change of propChanges(before.riskConfiguration ?? {}, after.riskConfiguration ?? {}, RISK_PROPS, skip)) {
    const blocks = change.path.endsWith('EventAction') && at(after.riskConfiguration ?? {}, change.path) === 'BLOCK';
    emit({
      kind: blocks ? 'NOTICE' : 'SAFE',
      ...fieldsOf(change),
      why: blocks ? 'sign-ins that threat protection scores at this risk are blocked (with threat protection ENFORCED)' : undefined,
    });
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
