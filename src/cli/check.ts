import { type FoundPool, nameOf } from './pools';
import type { CreationRecord, CustomAttributeRecord } from '../private/creation-record';
import { show } from '../private/show';

/** A change the deployed pool can't take, or that exposes its users. */
export interface Finding {
  readonly pool: string;
  /** `stack/logicalId`, what `--acknowledge` names. */
  readonly key: string;
  readonly setting: string;
  readonly from: string;
  readonly to: string;
  readonly why: string;
  readonly wayOut: string;
  acknowledged?: boolean;
}

export interface SafeChange {
  readonly pool: string;
  readonly description: string;
}

export interface CheckResult {
  readonly unsafe: Finding[];
  readonly safe: SafeChange[];
  readonly unusedAcknowledgements: string[];
}

const MIGRATE = 'or create a new pool and migrate users to it with a user-migration trigger';
const plain = (value: unknown) => show(value, false);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const withoutPath = (r: CreationRecord) => ({ ...r, constructPath: undefined });

/** The properties compared setting by setting; everything else is reported as a safe change when it differs. */
const CREATION_ONLY_PROPERTIES = new Set(['UsernameAttributes', 'AliasAttributes', 'UsernameConfiguration', 'Schema', 'MfaConfiguration', 'DeletionProtection']);

/**
 * Compares each user pool of the baseline (what is deployed) with the same pool in the current synth.
 * Pools are matched by stack and logical id; the recorded construct path explains a changed logical id.
 */
export function checkChanges(baseline: readonly FoundPool[], current: readonly FoundPool[], acknowledgements: readonly string[]): CheckResult {
  const unsafe: Finding[] = [];
  const safe: SafeChange[] = [];
  const key = (p: FoundPool) => `${p.stack}/${p.logicalId}`;
  const currentByKey = new Map(current.map((p) => [key(p), p]));
  const baselineKeys = new Set(baseline.map(key));

  for (const before of baseline) {
    const finding = (setting: string, from: unknown, to: unknown, why: string, wayOut: string) =>
      unsafe.push({ pool: nameOf(before), key: key(before), setting, from: plain(from), to: plain(to), why, wayOut });
    const after = currentByKey.get(key(before));
    if (!after) {
      const samePath = (p: FoundPool) => before.record.constructPath !== undefined && p.record.constructPath === before.record.constructPath;
      const sameSettings = (p: FoundPool) => same(withoutPath(p.record), withoutPath(before.record));
      const successor = current.find((p) => !baselineKeys.has(key(p)) && (samePath(p) || sameSettings(p)));
      const fate = before.deletionPolicy === 'Delete' ? 'deletes the deployed pool and every user in it' : 'orphans the deployed pool (retained, no longer managed)';
      if (successor) {
        finding('logical id', key(before), key(successor),
          `the pool's logical id changed (construct ${before.record.constructPath ?? 'unknown'} → ${successor.record.constructPath ?? 'unknown'}): `
          + `CloudFormation creates a new, empty pool and ${fate}`,
          `keep the construct's id and place, or pin the old id with (pool.node.defaultChild as CfnResource).overrideLogicalId('${before.logicalId}'), ${MIGRATE}`);
      } else {
        finding('pool', 'present', 'removed', `the pool is gone from the synthesized app: the deployment ${fate}`,
          `keep the pool in the app, ${MIGRATE}`);
      }
      continue;
    }
    compare(before, after, finding, (description) => safe.push({ pool: nameOf(after), description }));
  }
  for (const added of current.filter((p) => !baselineKeys.has(key(p)))) {
    if (!unsafe.some((f) => f.to === key(added))) {
      safe.push({ pool: nameOf(added), description: 'new pool' });
    }
  }

  const used = new Set<string>();
  for (const finding of unsafe) {
    const ack = acknowledgements.find((a) => a === finding.key || a === `${finding.key}:${finding.setting}`);
    if (ack) {
      finding.acknowledged = true;
      used.add(ack);
    }
  }
  return { unsafe, safe, unusedAcknowledgements: acknowledgements.filter((a) => !used.has(a)) };
}

type Report = (setting: string, from: unknown, to: unknown, why: string, wayOut: string) => void;

function compare(before: FoundPool, after: FoundPool, finding: Report, safe: (description: string) => void): void {
  const b = before.record;
  const a = after.record;
  const keep = (value: unknown) => `keep ${plain(value)}, ${MIGRATE}`;
  if (!same(b.usernameAttributes, a.usernameAttributes) || !same(b.aliasAttributes, a.aliasAttributes)) {
    const describe = (r: CreationRecord) => ({ usernameAttributes: r.usernameAttributes, aliasAttributes: r.aliasAttributes });
    finding('sign-in identifiers', describe(b), describe(a), 'Cognito refuses to change how users sign in once the pool exists: the update fails',
      keep(describe(b)));
  }
  if (b.caseSensitive !== a.caseSensitive) {
    finding('case-sensitive usernames', b.caseSensitive, a.caseSensitive,
      'Cognito refuses to change username case sensitivity once the pool exists (Updates are not allowed for property - UsernameConfiguration)',
      keep(b.caseSensitive));
  }
  if (!same(b.requiredAttributes, a.requiredAttributes)) {
    finding('required attributes', b.requiredAttributes, a.requiredAttributes,
      'required attributes are fixed when the pool is created: the update fails', keep(b.requiredAttributes));
  }
  for (const [name, old] of Object.entries(b.customAttributes)) {
    const now: CustomAttributeRecord | undefined = a.customAttributes[name];
    if (!now) {
      finding(`custom attribute ${name}`, old, 'removed', 'Cognito can\'t remove a custom attribute (Existing schema attributes cannot be modified or deleted)',
        `keep custom attribute ${name} as it is, ${MIGRATE}`);
    } else if (!same(old, now)) {
      finding(`custom attribute ${name}`, old, now, 'Cognito can\'t change an existing custom attribute (Existing schema attributes cannot be modified or deleted)',
        `keep ${plain(old)}, or add a new attribute under another name`);
    }
  }
  for (const name of Object.keys(a.customAttributes).filter((n) => !(n in b.customAttributes))) {
    safe(`custom attribute added: ${name}`);
  }
  if (b.mfa !== 'ON' && a.mfa === 'ON') {
    finding('mfa', b.mfa, a.mfa, 'MFA can be made required only when the pool is created', `keep ${b.mfa}, ${MIGRATE}`);
  } else if (b.mfa !== a.mfa) {
    safe(`mfa ${b.mfa} → ${a.mfa}${b.mfa === 'ON' ? ' (users are no longer required to use MFA)' : ''}`);
  }
  if (before.deletionProtection === 'ACTIVE' && after.deletionProtection !== 'ACTIVE') {
    finding('deletion protection', before.deletionProtection, after.deletionProtection,
      'turning deletion protection off lets a stack deletion or a replacement delete every user', 'keep deletion protection ACTIVE');
  }
  for (const [setting, from, to] of [['DeletionPolicy', before.deletionPolicy, after.deletionPolicy], ['UpdateReplacePolicy', before.updateReplacePolicy, after.updateReplacePolicy]]) {
    if (from !== 'Delete' && to === 'Delete') {
      finding(`removal policy (${setting})`, from, to, 'the pool and its users would be deleted, not kept, when it leaves the stack',
        'keep RemovalPolicy.RETAIN');
    }
  }
  const keys = new Set([...Object.keys(before.properties), ...Object.keys(after.properties)]);
  for (const property of [...keys].filter((k) => !CREATION_ONLY_PROPERTIES.has(k)).sort()) {
    if (!same(before.properties[property], after.properties[property])) {
      safe(`${property} changed`);
    }
  }
}

/** One line per finding and safe change, then a summary. */
export function formatCheck(result: CheckResult): string[] {
  const lines = result.unsafe.map((f) => `${f.acknowledged ? 'ACKNOWLEDGED' : 'UNSAFE'} ${f.pool}: ${f.setting}: ${f.from} → ${f.to}: ${f.why}. `
    + `Way out: ${f.wayOut}.${f.acknowledged ? ' (--acknowledge given: passing with this warning)' : ''}`);
  lines.push(...result.safe.map((s) => `SAFE ${s.pool}: ${s.description}`));
  lines.push(...result.unusedAcknowledgements.map((a) => `NOTE --acknowledge ${a} matched no unsafe change`));
  const open = result.unsafe.filter((f) => !f.acknowledged).length;
  lines.push(`${open} unsafe change(s), ${result.unsafe.length - open} acknowledged, ${result.safe.length} safe change(s)`);
  return lines;
}
