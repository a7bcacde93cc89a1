/**
 * Which of a source user's attributes the target user pool receives, and under which names. Pure: no SDK, no I/O.
 *
 * Part of the migrate-user Lambda asset (lib/handlers/user-pool-migration/): it loads nothing but Node's own modules,
 * so the directory runs as it is on the Node.js Lambda runtime.
 */

/** An attribute as AdminGetUser returns it. */
export interface SourceAttribute {
  readonly Name?: string;
  readonly Value?: string;
}

/** How the attributes are carried over, from ATTRIBUTE_MAPPING and TARGET_CUSTOM_ATTRIBUTES. */
export interface AttributeRules {
  /** Source name → target name; `null` or `''` drops the attribute. Names not listed keep their name. */
  readonly mapping: Readonly<Record<string, string | null>>;
  /** The `custom:` attributes the target pool has; any other custom attribute is dropped. */
  readonly targetCustomAttributes: ReadonlySet<string>;
}

/** What the target receives, and the target names that were dropped (for the log: names only, never values). */
export interface MappedAttributes {
  readonly attributes: Record<string, string>;
  readonly dropped: readonly string[];
}

/**
 * The standard attributes a user pool accepts in a migrate-user response (all but `sub`, which Cognito assigns, and the
 * verified flags, which are handled apart). https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html
 */
const STANDARD = new Set([
  'address', 'birthdate', 'email', 'family_name', 'gender', 'given_name', 'locale', 'middle_name', 'name', 'nickname',
  'phone_number', 'picture', 'preferred_username', 'profile', 'updated_at', 'website', 'zoneinfo',
]);

/** Each verifiable attribute and its flag: the flag travels only with its attribute, copied under its own name. */
const VERIFIED_FLAGS: Readonly<Record<string, string>> = { email: 'email_verified', phone_number: 'phone_number_verified' };
const FLAG_NAMES = new Set(Object.values(VERIFIED_FLAGS));

/**
 * Maps a source user's attributes onto the target pool:
 *
 * 1. ATTRIBUTE_MAPPING first: a listed source name is renamed, or dropped when mapped to `null`/`''`.
 * 2. Only names the target can hold survive: standard attributes and the `custom:` names in TARGET_CUSTOM_ATTRIBUTES.
 *    Never `sub` (the target assigns its own; returning it fails the migration), `identities`, `cognito:*`,
 *    `dev:custom:*`, or a custom attribute the target lacks (Cognito rejects the response: "Attributes did not conform
 *    to the schema").
 * 3. `email_verified` / `phone_number_verified` are copied, as "true" or "false", only when `email` / `phone_number`
 *    itself is copied from the source attribute of the same name; they are never renamed, and a mapping of the flag to
 *    `null`/`''` drops it. A value never becomes verified that the source did not verify.
 *
 * When two source attributes land on one target name, the explicitly mapped one wins.
 */
export function mapAttributes(source: readonly SourceAttribute[] | undefined, rules: AttributeRules): MappedAttributes {
  const values = new Map<string, string>();
  for (const { Name, Value } of source ?? []) {
    if (Name !== undefined && Value !== undefined) { values.set(Name, Value); }
  }

  const attributes: Record<string, string> = {};
  const origin = new Map<string, string>();
  const dropped = new Set<string>();
  const allowed = (name: string) => STANDARD.has(name) || (name.startsWith('custom:') && rules.targetCustomAttributes.has(name));
  const put = (from: string, to: string, value: string) => {
    if (!allowed(to)) { dropped.add(to); return; }
    attributes[to] = value;
    origin.set(to, from);
  };

  const mapped = (name: string) => Object.prototype.hasOwnProperty.call(rules.mapping, name);
  // Identity copies first, then the explicit mappings, so a mapped attribute wins a clash.
  for (const [name, value] of values) {
    if (!FLAG_NAMES.has(name) && !mapped(name)) { put(name, name, value); }
  }
  for (const [name, value] of values) {
    if (FLAG_NAMES.has(name) || !mapped(name)) { continue; }
    const to = rules.mapping[name];
    if (to === null || to === '') { continue; }
    if (FLAG_NAMES.has(to)) { dropped.add(to); continue; }
    put(name, to, value);
  }

  for (const [attribute, flag] of Object.entries(VERIFIED_FLAGS)) {
    const value = values.get(flag);
    const flagDropped = mapped(flag) && (rules.mapping[flag] === null || rules.mapping[flag] === '');
    if (value === undefined || flagDropped || origin.get(attribute) !== attribute) { continue; }
    attributes[flag] = value.trim().toLowerCase() === 'true' ? 'true' : 'false';
  }
  return { attributes, dropped: [...dropped].sort() };
}

/** Whether the mapped attributes carry a verified email or phone number, where a reset code can be delivered. */
export function hasVerifiedContact(attributes: Readonly<Record<string, string>>): boolean {
  return Object.entries(VERIFIED_FLAGS).some(([attribute, flag]) => attributes[attribute] !== undefined && attributes[flag] === 'true');
}

/** ATTRIBUTE_MAPPING: a JSON object of source name → target name (string), or `null`/`''` to drop. */
export function parseAttributeMapping(text: string | undefined): Record<string, string | null> {
  if (text === undefined || text.trim() === '') { return {}; }
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('ATTRIBUTE_MAPPING must be a JSON object of source attribute name to target attribute name (or null)');
  }
  const mapping: Record<string, string | null> = {};
  for (const [from, to] of Object.entries(value)) {
    if (to !== null && typeof to !== 'string') {
      throw new Error(`ATTRIBUTE_MAPPING["${from}"] must be a string or null`);
    }
    mapping[from] = to;
  }
  return mapping;
}

/** TARGET_CUSTOM_ATTRIBUTES: a JSON array of the target's `custom:` attribute names. */
export function parseCustomAttributes(text: string | undefined): Set<string> {
  if (text === undefined || text.trim() === '') { return new Set(); }
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value) || !value.every((name) => typeof name === 'string' && name.startsWith('custom:') && name.length > 'custom:'.length)) {
    throw new Error('TARGET_CUSTOM_ATTRIBUTES must be a JSON array of "custom:..." names');
  }
  return new Set(value as string[]);
}
