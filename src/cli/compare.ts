import type { Emit } from './check';
import { creationRecordOf, type CustomAttributeRecord, isStandardAttribute } from './creation-record';
import { type FoundPool } from './pools';
import {
  attributeProp, type ChangeFields, customAttributeOf, fieldsOf, nameOfPath, POOL_PROPS, propChanges, same, signInAliasesOf, signInPropertiesOf,
  written,
} from './props';
import { compareClients, compareDomains, compareReplicas, compareRiskConfiguration, compareSessions, noticeOf } from './user-impact';

export const MIGRATE = 'or create a new pool beside it and move users on their first sign-in with UserPoolMigration (docs/migration.md, "Moving to a new pool")';
const SCHEMA_FIXED = '(Existing schema attributes cannot be modified or deleted)';

/** Compared setting by setting below; every other property is compared field by field. */
const CREATION_ONLY = new Set(['UsernameAttributes', 'AliasAttributes', 'UsernameConfiguration', 'Schema', 'MfaConfiguration', 'DeletionProtection']);

/** Every change between the deployed pool and the one that takes its place, with its app clients and risk configuration. */
export function comparePools(before: FoundPool, after: FoundPool, emit: Emit): void {
  const unsafe = (fields: ChangeFields, why: string, wayOut: string) => emit({ kind: 'UNSAFE', ...fieldsOf(fields), why, wayOut });
  const changed = compareSignIn(before, after, unsafe);
  compareSchema(before, after, unsafe, emit);
  compareProtection(before, after, unsafe, emit);
  compareWrittenForm(before, after, emit, changed);
  for (const change of propChanges(before.properties, after.properties, POOL_PROPS, CREATION_ONLY)) {
    const notice = noticeOf(change.path, before.properties, after.properties);
    emit({ kind: notice ? 'NOTICE' : 'SAFE', ...fieldsOf(change), why: notice });
  }
  compareRiskConfiguration(before, after, emit);
  compareClients(before, after, emit);
  compareDomains(before, after, emit);
  compareSessions(before, after, emit);
  compareReplicas(before, after, emit);
}

type Unsafe = (fields: ChangeFields, why: string, wayOut: string) => void;
const keep = (setting: string, value: string) => `keep ${setting}: ${value}, ${MIGRATE}`;

function compareSignIn(before: FoundPool, after: FoundPool, unsafe: Unsafe): { signInChanged: boolean; caseChanged: boolean } {
  const [b, a] = [before.record, after.record];
  const signInChanged = !same(b.usernameAttributes, a.usernameAttributes) || !same(b.aliasAttributes, a.aliasAttributes);
  if (signInChanged) {
    unsafe({ setting: 'signInAliases', from: signInAliasesOf(b), to: signInAliasesOf(a), detail: `${signInPropertiesOf(b)} → ${signInPropertiesOf(a)}` },
      'Cognito refuses to change how users sign in once the pool exists: the update fails', keep('signInAliases', signInAliasesOf(b)));
  }
  const caseChanged = b.caseSensitive !== a.caseSensitive;
  if (caseChanged) {
    const asWritten = (pool: FoundPool) => written((pool.properties.UsernameConfiguration as { CaseSensitive?: unknown } | undefined)?.CaseSensitive);
    unsafe({ setting: 'signInCaseSensitive', from: String(b.caseSensitive), to: String(a.caseSensitive), detail: `UsernameConfiguration.CaseSensitive ${asWritten(before)} → ${asWritten(after)}` },
      'Cognito refuses to change username case sensitivity once the pool exists (Updates are not allowed for property - UsernameConfiguration)',
      keep('signInCaseSensitive', String(b.caseSensitive)));
  }
  return { signInChanged, caseChanged };
}

/** Required attributes, custom attributes and the mutability of standard attributes: fixed once created, but attributes can be added. */
function compareSchema(before: FoundPool, after: FoundPool, unsafe: Unsafe, emit: Emit): void {
  const [b, a] = [before.record, after.record];
  const [oldSchema, newSchema] = [schemaByName(before), schemaByName(after)];
  for (const name of [...new Set([...b.requiredAttributes, ...a.requiredAttributes])].sort()) {
    const [was, is] = [b.requiredAttributes.includes(name), a.requiredAttributes.includes(name)];
    if (was === is) { continue; }
    const setting = `${attributeProp(name, isStandardAttribute(name))}.required`;
    const detail = `Schema ${cfnName(name)} Required ${written(oldSchema.get(name)?.Required)} → ${written(newSchema.get(name)?.Required)}`;
    unsafe({ setting, from: String(was), to: String(is), detail }, 'required attributes are fixed when the pool is created: the update fails', keep(setting, String(was)));
  }
  for (const [name, old] of Object.entries(b.customAttributes)) {
    const now: CustomAttributeRecord | undefined = a.customAttributes[name];
    const setting = attributeProp(name, false);
    if (!now) {
      unsafe({ setting, from: customAttributeOf(old), to: 'removed', detail: `Schema custom:${name} removed` },
        `Cognito can't remove a custom attribute ${SCHEMA_FIXED}`, `keep ${setting} as it is, ${MIGRATE}`);
    } else if (!same(old, now)) {
      const fields = propChanges(oldSchema.get(name) ?? {}, newSchema.get(name) ?? {}, {}).map((c) => `${c.setting} ${c.from} → ${c.to}`);
      unsafe({ setting, from: customAttributeOf(old), to: customAttributeOf(now), detail: `Schema custom:${name} ${fields.join(', ')}` },
        `Cognito can't change an existing custom attribute ${SCHEMA_FIXED}`, `keep ${setting}: ${customAttributeOf(old)}, or add a new attribute under another name`);
    }
  }
  // The creation record keeps only Required of a standard attribute: its mutability is compared here.
  for (const [name, attribute] of oldSchema) {
    const current = newSchema.get(name);
    if (current && isStandardAttribute(name) && mutable(attribute) !== mutable(current)) {
      const setting = `${attributeProp(name, true)}.mutable`;
      unsafe({ setting, from: String(mutable(attribute)), to: String(mutable(current)), detail: `Schema ${name} Mutable ${written(attribute.Mutable)} → ${written(current.Mutable)}` },
        `Cognito can't modify an existing schema attribute ${SCHEMA_FIXED}`, keep(setting, String(mutable(attribute))));
    }
  }
  for (const name of Object.keys(a.customAttributes).filter((n) => !(n in b.customAttributes))) {
    emit({ kind: 'SAFE', setting: attributeProp(name, false), from: written(undefined), to: customAttributeOf(a.customAttributes[name]), detail: `Schema custom:${name} added` });
  }
}

/** MFA made required, deletion protection turned off, a removal policy that deletes: each loses users or fails. */
function compareProtection(before: FoundPool, after: FoundPool, unsafe: Unsafe, emit: Emit): void {
  const [b, a] = [before.record, after.record];
  const mfa = nameOfPath('MfaConfiguration', POOL_PROPS, before.properties.MfaConfiguration, after.properties.MfaConfiguration);
  if (b.mfa !== 'ON' && a.mfa === 'ON') {
    unsafe(mfa, 'MFA can be made required only when the pool is created (Cannot turn MFA functionality ON, once the user pool has been created), '
      + 'and where it applies, every existing user without MFA must set it up at the next sign-in', keep('mfa', mfa.from));
  } else if (b.mfa !== a.mfa) {
    emit({ kind: 'SAFE', ...fieldsOf(mfa), why: b.mfa === 'ON' ? 'users are no longer required to use MFA' : undefined });
  }
  const protection = nameOfPath('DeletionProtection', POOL_PROPS, before.deletionProtection, after.deletionProtection);
  if (before.deletionProtection === 'ACTIVE' && after.deletionProtection !== 'ACTIVE') {
    unsafe(protection, 'turning deletion protection off lets a stack deletion or a replacement delete every user', 'keep deletionProtection: true');
  } else if (before.deletionProtection !== after.deletionProtection) {
    emit({ kind: 'SAFE', ...fieldsOf(protection) });
  }
  const policies = [['DeletionPolicy', before.deletionPolicy, after.deletionPolicy], ['UpdateReplacePolicy', before.updateReplacePolicy, after.updateReplacePolicy]];
  for (const [attribute, from, to] of policies) {
    const change = nameOfPath(attribute, POOL_PROPS, from, to);
    if (from !== 'Delete' && to === 'Delete') {
      unsafe(change, 'the pool and its users would be deleted, not kept, when it leaves the stack', 'keep removalPolicy: RemovalPolicy.RETAIN');
    } else if (from !== to) {
      emit({ kind: 'SAFE', ...fieldsOf(change) });
    }
  }
}

/** A pool's schema attributes by name, without the `custom:` prefix; entries that aren't objects are passed over. */
function schemaByName(pool: FoundPool): Map<string, Record<string, unknown>> {
  return new Map((Array.isArray(pool.properties.Schema) ? pool.properties.Schema as unknown[] : [])
    .filter((a): a is Record<string, unknown> => typeof a === 'object' && a !== null)
    .map((attribute) => [String(attribute.Name).replace(/^custom:/, ''), attribute]));
}

const cfnName = (name: string) => (isStandardAttribute(name) ? name : `custom:${name}`);

/** A schema attribute listed without `Mutable` is immutable (aws/aws-cdk#8624). */
const mutable = (attribute: Record<string, unknown>) => attribute.Mutable === true;

/**
 * The same settings written differently: `UsernameConfiguration` added with the case sensitivity Cognito already
 * applies, `UsernameAttributes: []` for an absent list, an existing schema attribute gaining or losing a field that
 * means what its absence meant. CloudFormation's Cognito handler refuses updates to these properties and checks
 * the schema attribute by attribute as written (docs/immutability.md), so such an update likely fails even though
 * Cognito's settings would not change. Reported only where the settings themselves are unchanged.
 */
function compareWrittenForm(before: FoundPool, after: FoundPool, emit: Emit, changed: { signInChanged: boolean; caseChanged: boolean }): void {
  const wayOut = 'write it as deployed: for a pool created by aws-cdk-lib\'s UserPool, set creationOnlyDefaults: CreationOnlyDefaults.AWS_CDK_LIB '
    + 'and leave out what aws-cdk-lib left out';
  const unsafe = (setting: string, from: unknown, to: unknown, detail: string, why: string) =>
    emit({ kind: 'UNSAFE', setting: `${setting} as written`, from: written(from), to: written(to), detail, why, wayOut });
  const properties = [...(changed.signInChanged ? [] : ['UsernameAttributes', 'AliasAttributes']), ...(changed.caseChanged ? [] : ['UsernameConfiguration'])];
  for (const property of properties) {
    const [from, to] = [before.properties[property], after.properties[property]];
    if (!same(from, to)) {
      unsafe(property === 'UsernameConfiguration' ? 'signInCaseSensitive' : 'signInAliases', from, to, property,
        `the same setting written differently, but CloudFormation refuses updates to ${property} as written `
        + `(Updates are not allowed for property - ${property}), so the update likely fails`);
    }
  }
  const [old, now] = [schemaByName(before), schemaByName(after)];
  const settingChanged = (name: string) => !same(creationRecordOf({ Schema: [old.get(name)] }), creationRecordOf({ Schema: [now.get(name)] }))
    || (isStandardAttribute(name) && mutable(old.get(name)!) !== mutable(now.get(name)!));
  for (const [name, attribute] of old) {
    const current = now.get(name);
    if (current && !same(attribute, current) && !settingChanged(name)) {
      unsafe(attributeProp(name, isStandardAttribute(name)), attribute, current, `Schema ${cfnName(name)}`,
        `Cognito can't modify an existing schema attribute and CloudFormation compares each one as written ${SCHEMA_FIXED}, `
        + 'so the update likely fails even where the attribute means the same');
    }
  }
}
