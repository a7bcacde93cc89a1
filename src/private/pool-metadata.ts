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
 * Where an effective setting came from: a prop, a default, a default adjusted to fit another choice, or (for
 * structs) a prop whose missing fields took defaults. `resolveUserPool` records one per setting; the construct writes
 * them into its Metadata and the CLI's report reads them back, both through `ORIGIN_SPELLING`.
 */
export type Origin = 'prop' | 'default' | 'adjusted' | 'prop+default';

/**
 * How each origin is spelled, the one table the Metadata and the report share: `suffix` after the prop's name in
 * the `DEFAULTS_METADATA_KEY` list (a prop given in full is not listed), `label` in the report's text.
 */
export const ORIGIN_SPELLING: { readonly [O in Origin]: { readonly suffix?: string; readonly label: string } } = {
  'prop': { label: 'prop' },
  'default': { suffix: '', label: 'default' },
  'adjusted': { suffix: ' (adjusted)', label: 'adjusted' },
  'prop+default': { suffix: ' (partly)', label: 'prop + default' },
};

/**
 * The Metadata key under which the construct lists the props that took its defaults (for reviews and reports):
 * `name`, `name (adjusted)` for a default that yielded to another choice, `name (partly)` for a struct prop
 * whose missing fields took defaults (`ORIGIN_SPELLING`).
 */
export const DEFAULTS_METADATA_KEY = 'cdk-secure-user-pool:defaults';

/** The `DEFAULTS_METADATA_KEY` entry of a prop with an origin; undefined for a prop given in full, which is not listed. */
export function defaultsEntryOf(prop: string, origin: Origin): string | undefined {
  const suffix = ORIGIN_SPELLING[origin].suffix;
  return suffix === undefined ? undefined : `${prop}${suffix}`;
}

/** The `DEFAULTS_METADATA_KEY` entries for the origins `resolveUserPool` recorded, sorted. */
export function defaultsRecordOf(origins: { readonly [prop: string]: Origin | undefined }): string[] {
  // Pools of one app mostly share their origins: the record is computed once per distinct set.
  const key = JSON.stringify(origins);
  const known = DEFAULTS_RECORDS.get(key);
  if (known) { return [...known]; }
  const record = Object.entries(origins)
    .flatMap(([prop, origin]) => (origin === undefined ? [] : [defaultsEntryOf(prop, origin)]))
    .filter((entry): entry is string => entry !== undefined)
    .sort();
  if (DEFAULTS_RECORDS.size < 100) { DEFAULTS_RECORDS.set(key, record); }
  return [...record];
}
const DEFAULTS_RECORDS = new Map<string, readonly string[]>();
