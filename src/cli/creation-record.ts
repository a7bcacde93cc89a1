/**
 * The settings of a user pool that can never change once it exists, read from its CloudFormation properties by the
 * `cdk-secure-user-pool check` CLI, from any pool (this library's, aws-cdk-lib's or a raw CfnUserPool). See
 * "Settings you can't change" in https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-updating.html
 */
import { STANDARD_ATTRIBUTES } from '../private/attribute-names';

/** A custom attribute as Cognito fixes it at creation. */
export interface CustomAttributeRecord {
  readonly dataType: string;
  readonly mutable: boolean;
  readonly developerOnly: boolean;
  readonly minLength?: string;
  readonly maxLength?: string;
  readonly minValue?: string;
  readonly maxValue?: string;
}

export interface CreationRecord {
  readonly version: 1;
  /** Where the construct was in the app: explains a changed logical id (renamed or moved construct). */
  readonly constructPath?: string;
  readonly usernameAttributes: readonly string[];
  readonly aliasAttributes: readonly string[];
  readonly caseSensitive: boolean;
  readonly requiredAttributes: readonly string[];
  /** By name, sorted. */
  readonly customAttributes: { readonly [name: string]: CustomAttributeRecord };
  readonly mfa: string;
}

/** Standard attributes (the configurable ones, plus those Cognito manages): anything else is a custom attribute. */
const STANDARD = new Set([
  ...Object.values(STANDARD_ATTRIBUTES).map((a) => a.name),
  'email_verified', 'phone_number_verified', 'sub', 'identities',
]);

/** Whether a schema attribute name is a standard attribute's, not a custom one's. */
export const isStandardAttribute = (name: string): boolean => STANDARD.has(name);

type Json = { readonly [key: string]: unknown };

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String).sort() : []);
const text = (value: unknown): string | undefined => (value === undefined || value === null ? undefined : typeof value === 'string' ? value : JSON.stringify(value));

/** Cognito's own defaults apply where a property is absent, so pools written in different styles compare equal. */
export function creationRecordOf(properties: Json, constructPath?: string): CreationRecord {
  const schema = (Array.isArray(properties.Schema) ? properties.Schema as unknown[] : [])
    .filter((attribute): attribute is Json => typeof attribute === 'object' && attribute !== null);
  const custom: Record<string, CustomAttributeRecord> = {};
  const required: string[] = [];
  for (const attribute of [...schema].sort((a, b) => String(a.Name).localeCompare(String(b.Name)))) {
    const name = String(attribute.Name).replace(/^custom:/, '');
    if (attribute.Required === true) { required.push(name); }
    if (STANDARD.has(name)) { continue; }
    const s = (attribute.StringAttributeConstraints ?? {}) as Json;
    const n = (attribute.NumberAttributeConstraints ?? {}) as Json;
    custom[name] = Object.fromEntries(Object.entries({
      dataType: text(attribute.AttributeDataType) ?? 'String',
      // A custom attribute without Mutable is immutable (what aws-cdk-lib renders by default).
      mutable: attribute.Mutable === true,
      developerOnly: attribute.DeveloperOnlyAttribute === true,
      minLength: text(s.MinLength),
      maxLength: text(s.MaxLength),
      minValue: text(n.MinValue),
      maxValue: text(n.MaxValue),
    }).filter(([, v]) => v !== undefined)) as unknown as CustomAttributeRecord;
  }
  const usernameConfiguration = (properties.UsernameConfiguration ?? {}) as Json;
  return {
    version: 1,
    ...(constructPath ? { constructPath } : {}),
    usernameAttributes: list(properties.UsernameAttributes),
    aliasAttributes: list(properties.AliasAttributes),
    // Without UsernameConfiguration, Cognito keeps usernames case-sensitive.
    caseSensitive: usernameConfiguration.CaseSensitive !== false,
    requiredAttributes: required.sort(),
    customAttributes: custom,
    mfa: text(properties.MfaConfiguration) ?? 'OFF',
  };
}
