import { show } from '../checks/show';
import type { ResolvedAttribute } from './pool/resolve';
import { type PoolWarning, WARNINGS } from './warnings';

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

/** A warning for each provider that maps onto attributes the pool's schema declares immutable. */
export function immutableMappingWarnings(schema: readonly ResolvedAttribute[], providers: readonly ProviderMapping[]): PoolWarning[] {
  // A custom attribute left without `mutable` under aws-cdk-lib's creation-only defaults renders no Mutable: immutable.
  // aws-cdk-lib's `attributeMapping.custom` writes a custom attribute's bare name, which deploys (aws/aws-cdk#26820).
  const immutable = new Set(schema.filter((a) => a.mutable !== true).flatMap((a) => (a.standard ? [a.name] : [`custom:${a.name}`, a.name])));
  return providers.flatMap(({ provider, poolAttributes }) => {
    const attributes = poolAttributes.filter((name) => immutable.has(name));
    return attributes.length === 0 ? [] : [{
      id: WARNINGS.mappedAttributeImmutable,
      message: `the identity provider ${provider} maps onto ${attributes.map((a) => show(a)).join(', ')}, which this pool declares immutable: `
        + 'Cognito updates mapped attributes on every federated sign-in, so every sign-in after the first fails ("Attribute cannot be updated"); '
        + 'declare them mutable: true (creation-only: before the pool is created)',
    }];
  });
}
