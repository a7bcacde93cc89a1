import { type FoundPool, nameOf } from './pools';
import { creationRecordOf, type CreationRecord, type CustomAttributeRecord, isStandardAttribute } from '../private/creation-record';
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
/** CloudFormation compares objects by their keys, whatever their order; the order of a list counts. */
const canonical = (value: unknown): unknown => (Array.isArray(value) ? value.map(canonical)
  : value !== null && typeof value === 'object'
    ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]))
    : value);
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
const withoutPath = (r: CreationRecord) => ({ ...r, constructPath: undefined });

/** The properties compared setting by setting; everything else is reported as a safe change when it differs. */
const CREATION_ONLY_PROPERTIES = new Set(['UsernameAttributes', 'AliasAttributes', 'UsernameConfiguration', 'Schema', 'MfaConfiguration', 'DeletionProtection']);

/** The stack names on each side, pools or not: a stack that is still there was not renamed. */
export interface StackNames {
  readonly baseline: readonly string[];
  readonly current: readonly string[];
}

/**
 * Compares each user pool of the baseline (what is deployed) with the same pool in the current synth.
 * Pools are matched by stack and logical id; the recorded construct path explains a changed logical id, and a
 * pool found again in a stack of another name explains a renamed stack.
 */
export function checkChanges(baseline: readonly FoundPool[], current: readonly FoundPool[], acknowledgements: readonly string[],
  stacks: StackNames = { baseline: baseline.map((p) => p.stack), current: current.map((p) => p.stack) }): CheckResult {
  const unsafe: Finding[] = [];
  const safe: SafeChange[] = [];
  const key = (p: FoundPool) => `${p.stack}/${p.logicalId}`;
  const currentByKey = new Map(current.map((p) => [key(p), p]));
  const baselineKeys = new Set(baseline.map(key));
  const added = current.filter((p) => !baselineKeys.has(key(p)));
  const succeeded = new Set<string>();
  const baselineStacks = new Set(stacks.baseline);
  const currentStacks = new Set(stacks.current);
  /** The baseline stack is gone and the current one is new: the same stack under another name. */
  const renamed = (from: string, to: string) => !currentStacks.has(from) && !baselineStacks.has(to);

  for (const before of baseline) {
    const finding = (setting: string, from: unknown, to: unknown, why: string, wayOut: string) =>
      unsafe.push({ pool: nameOf(before), key: key(before), setting, from: plain(from), to: plain(to), why, wayOut });
    const after = currentByKey.get(key(before));
    if (after) {
      compare(before, after, finding, (description) => safe.push({ pool: nameOf(after), description }));
      continue;
    }
    const successor = successorOf(before, added.filter((p) => !succeeded.has(key(p))), renamed);
    const fate = before.deletionPolicy === 'Delete' ? 'deletes the deployed pool and every user in it' : 'orphans the deployed pool (retained, no longer managed)';
    if (!successor) {
      finding('pool', 'present', 'removed', `the pool is gone from the synthesized app: the deployment ${fate}`,
        `keep the pool in the app, ${MIGRATE}`);
      continue;
    }
    succeeded.add(key(successor));
    if (successor.stack === before.stack) {
      finding('logical id', key(before), key(successor),
        `the pool's logical id changed (construct ${before.record.constructPath ?? 'unknown'} → ${successor.record.constructPath ?? 'unknown'}): `
        + `CloudFormation creates a new, empty pool and ${fate}`,
        `keep the construct's id and place, or pin the old id with (pool.node.defaultChild as CfnResource).overrideLogicalId('${before.logicalId}'), ${MIGRATE}`);
    } else if (renamed(before.stack, successor.stack)) {
      finding('stack', before.stack, successor.stack,
        `the stack was renamed: CloudFormation creates stack ${successor.stack} with a new, empty pool, and the deployed pool `
        + `stays in stack ${before.stack} only until that stack is deleted, which ${fate}`,
        `keep the stack name: deploy under the old name with the stackName prop (stackName: '${before.stack}'; the construct id can stay), ${MIGRATE}`);
    } else {
      finding('stack', before.stack, successor.stack,
        `the pool moved to another stack: CloudFormation creates a new, empty pool in stack ${successor.stack}, and the update of stack ${before.stack} ${fate}`,
        `keep the pool in stack ${before.stack}, ${MIGRATE}`);
    }
  }
  for (const pool of added.filter((p) => !succeeded.has(key(p)))) {
    safe.push({ pool: nameOf(pool), description: 'new pool' });
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

/**
 * The new pool that takes the place of a baseline pool that is gone, best evidence first: the same construct path,
 * the same logical id in a renamed stack, the same creation-only settings in the same stack, then in any stack.
 */
function successorOf(before: FoundPool, candidates: readonly FoundPool[], renamed: (from: string, to: string) => boolean): FoundPool | undefined {
  const sameSettings = (p: FoundPool) => same(withoutPath(p.record), withoutPath(before.record));
  return candidates.find((p) => before.record.constructPath !== undefined && p.record.constructPath === before.record.constructPath)
    ?? candidates.find((p) => p.logicalId === before.logicalId && renamed(before.stack, p.stack))
    ?? candidates.find((p) => p.stack === before.stack && sameSettings(p))
    ?? candidates.find(sameSettings);
}

type Report = (setting: string, from: unknown, to: unknown, why: string, wayOut: string) => void;

function compare(before: FoundPool, after: FoundPool, finding: Report, safe: (description: string) => void): void {
  const b = before.record;
  const a = after.record;
  const keep = (value: unknown) => `keep ${plain(value)}, ${MIGRATE}`;
  const signInChanged = !same(b.usernameAttributes, a.usernameAttributes) || !same(b.aliasAttributes, a.aliasAttributes);
  if (signInChanged) {
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
  // The creation record keeps only Required of a standard attribute: its mutability is compared here.
  const [oldSchema, newSchema] = [schemaByName(before), schemaByName(after)];
  for (const [name, attribute] of oldSchema) {
    const current = newSchema.get(name);
    if (current && isStandardAttribute(name) && mutable(attribute) !== mutable(current)) {
      finding(`standard attribute ${name} mutable`, mutable(attribute), mutable(current),
        'Cognito can\'t modify an existing schema attribute (Existing schema attributes cannot be modified or deleted)',
        `keep ${name} ${mutable(attribute) ? 'mutable' : 'immutable'} (mutable: ${mutable(attribute)}), ${MIGRATE}`);
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
  compareWrittenForm(before, after, finding, { signInChanged, caseChanged: b.caseSensitive !== a.caseSensitive });
  const keys = new Set([...Object.keys(before.properties), ...Object.keys(after.properties)]);
  for (const property of [...keys].filter((k) => !CREATION_ONLY_PROPERTIES.has(k)).sort()) {
    if (!same(before.properties[property], after.properties[property])) {
      safe(`${property} changed`);
    }
  }
}

/** A pool's schema attributes by name, without the `custom:` prefix; entries that aren't objects are passed over. */
function schemaByName(pool: FoundPool): Map<string, Record<string, unknown>> {
  return new Map((Array.isArray(pool.properties.Schema) ? pool.properties.Schema as unknown[] : [])
    .filter((a): a is Record<string, unknown> => typeof a === 'object' && a !== null)
    .map((attribute) => [String(attribute.Name).replace(/^custom:/, ''), attribute]));
}

/** A schema attribute listed without `Mutable` is immutable (aws/aws-cdk#8624). */
const mutable = (attribute: Record<string, unknown>) => attribute.Mutable === true;

const ABSENT = '(absent)';
const written = (value: unknown) => (value === undefined ? ABSENT : plain(value));

/**
 * The same settings written differently: `UsernameConfiguration` added with the case sensitivity Cognito already
 * applies, `UsernameAttributes: []` for an absent list, an existing schema attribute gaining or losing a field that
 * means what its absence meant. CloudFormation's Cognito handler refuses updates to these properties and checks
 * the schema attribute by attribute as written (docs/immutability.md), so such an update likely fails even though
 * Cognito's settings would not change. Reported only where the settings themselves are unchanged.
 */
function compareWrittenForm(before: FoundPool, after: FoundPool, finding: Report, changed: { signInChanged: boolean; caseChanged: boolean }): void {
  const wayOut = 'write it as deployed: for a pool created by aws-cdk-lib\'s UserPool, set creationOnlyDefaults: CreationOnlyDefaults.AWS_CDK_LIB '
    + 'and leave out what aws-cdk-lib left out';
  const why = (property: string) => `the same setting written differently, but CloudFormation refuses updates to ${property} as written `
    + `(Updates are not allowed for property - ${property}), so the update likely fails`;
  const properties = [...(changed.signInChanged ? [] : ['UsernameAttributes', 'AliasAttributes']), ...(changed.caseChanged ? [] : ['UsernameConfiguration'])];
  for (const property of properties) {
    const [from, to] = [before.properties[property], after.properties[property]];
    if (!same(from, to)) { finding(`${property} as written`, written(from), written(to), why(property), wayOut); }
  }
  const [old, now] = [schemaByName(before), schemaByName(after)];
  const settingChanged = (name: string) => !same(creationRecordOf({ Schema: [old.get(name)] }), creationRecordOf({ Schema: [now.get(name)] }))
    || (isStandardAttribute(name) && mutable(old.get(name)!) !== mutable(now.get(name)!));
  for (const [name, attribute] of old) {
    const current = now.get(name);
    if (current && !same(attribute, current) && !settingChanged(name)) {
      finding(`schema attribute ${name} as written`, written(attribute), written(current),
        'Cognito can\'t modify an existing schema attribute and CloudFormation compares each one as written (Existing schema attributes '
        + 'cannot be modified or deleted), so the update likely fails even where the attribute means the same', wayOut);
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
