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
export declare function mapAttributes(source: readonly SourceAttribute[] | undefined, rules: AttributeRules): MappedAttributes;
/** Whether the mapped attributes carry a verified email or phone number, where a reset code can be delivered. */
export declare function hasVerifiedContact(attributes: Readonly<Record<string, string>>): boolean;
/** ATTRIBUTE_MAPPING: a JSON object of source name → target name (string), or `null`/`''` to drop. */
export declare function parseAttributeMapping(text: string | undefined): Record<string, string | null>;
/** TARGET_CUSTOM_ATTRIBUTES: a JSON array of the target's `custom:` attribute names. */
export declare function parseCustomAttributes(text: string | undefined): Set<string>;
