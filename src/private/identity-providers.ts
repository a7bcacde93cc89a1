import type { ResolvedAttribute } from './pool/resolve';

/**
 * Identity providers hung on the pool: what their attribute mappings need from its schema. Pure.
 *
 * API SchemaAttributeType.Mutable: "Any user pool attribute whose value you map from an IdP attribute must be
 * mutable ... If an attribute is immutable, Amazon Cognito throws an error when it attempts to update the
 * attribute", which it does on every federated sign-in after the first (aws-amplify/amplify-js#3526).
 */

/** One provider's mapping: its construct path and the pool attributes it maps onto (`email`, `custom:tier`). */
export interface ProviderMapping {
  readonly provider: string;
  readonly poolAttributes: readonly string[];
}

/** For each provider, the pool attributes it maps onto that the pool's schema declares immutable. */
export function immutableMappedAttributes(schema: readonly ResolvedAttribute[], providers: readonly ProviderMapping[]):
Array<{ provider: string; attributes: string[] }> {
  // A custom attribute left without `mutable` under aws-cdk-lib's creation-only defaults renders no Mutable: immutable.
  const immutable = new Set(schema.filter((a) => a.mutable !== true).map((a) => (a.standard ? a.name : `custom:${a.name}`)));
  return providers
    .map(({ provider, poolAttributes }) => ({ provider, attributes: poolAttributes.filter((name) => immutable.has(name)) }))
    .filter(({ attributes }) => attributes.length > 0);
}
