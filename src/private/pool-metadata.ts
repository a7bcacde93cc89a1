/**
 * What the construct records in its pool's CloudFormation Metadata, and the CLI reads back (src/cli/pools.ts,
 * report.ts): only what the properties can't tell, where the construct was and which props took defaults.
 * No aws-cdk-lib imports: the CLI runs without it.
 */

/** The Metadata key under which the construct records its path, to explain a changed logical id. */
export const CREATION_METADATA_KEY = 'cdk-secure-user-pool:creation-only';

/** What the construct records under `CREATION_METADATA_KEY`. */
export interface CreationMetadata {
  readonly version: 1;
  readonly constructPath: string;
}

export function creationMetadataOf(constructPath: string): CreationMetadata {
  return { version: 1, constructPath };
}

/**
 * The Metadata key under which the construct lists the props that took its defaults (for reviews and reports):
 * `name`, `name (adjusted)` for a default that yielded to another choice, `name (partly)` for a struct prop
 * whose missing fields took defaults.
 */
export const DEFAULTS_METADATA_KEY = 'cdk-secure-user-pool:defaults';

/** The `DEFAULTS_METADATA_KEY` entries for the origins `resolveUserPool` recorded, sorted. */
export function defaultsRecordOf(origins: Readonly<Record<string, string>>): string[] {
  const suffix: Record<string, string> = { 'default': '', 'adjusted': ' (adjusted)', 'prop+default': ' (partly)' };
  return Object.entries(origins).filter(([, origin]) => origin !== 'prop').map(([prop, origin]) => `${prop}${suffix[origin]}`).sort();
}
