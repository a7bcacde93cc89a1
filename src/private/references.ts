import { STANDARD_ATTRIBUTES } from './attribute-names';
import { type PoolWarning, WARNINGS } from './warnings';
import type { Problems } from '../checks/problems';
import { show } from '../checks/show';

/**
 * References between a pool's resources, checked when the app synthesizes (docs/validation.md, "References between
 * resources"): what an app client or an identity provider names must exist on the pool, and what is created in the
 * same deploy must be created first. Pure: it takes what `resources/pool-references.ts` read from the stack, every
 * value a literal (tokens are left out by the caller), and returns warnings and adds errors.
 */

/** The OAuth scopes every pool has (API CreateUserPoolClient, AllowedOAuthScopes). */
export const STANDARD_SCOPES: readonly string[] = ['openid', 'email', 'phone', 'profile', 'aws.cognito.signin.user.admin'];

/** The identity provider every pool has: its own users. */
export const COGNITO_PROVIDER = 'COGNITO';

/**
 * The attributes every pool has, for app clients' read and write attributes: the standard attributes and the two
 * verification flags (what aws-cdk-lib's `ClientAttributes` can name).
 */
export const STANDARD_CLIENT_ATTRIBUTES: readonly string[] = [
  ...Object.values(STANDARD_ATTRIBUTES).map((a) => a.name), 'email_verified', 'phone_number_verified',
];

/** What a provider may map onto beside those: `username`, which Cognito maps from `sub` for OIDC providers. */
const MAPPING_ONLY_TARGETS = ['username'];

/** A resource of the pool. */
interface Located {
  /** The construct path (the L2's when the resource is its default child). */
  readonly path: string;
}

/** A resource server of the pool. `identifier` or `scopes` undefined: a token, so any scope may be one of it. */
export interface ResourceServerFacts extends Located {
  readonly identifier?: string;
  readonly scopes?: readonly string[];
}

/** An identity provider of the pool: its `ProviderName` (undefined: a token), and the pool attributes it maps onto. */
export interface IdentityProviderFacts extends Located {
  readonly name?: string;
  /** The literal keys of `AttributeMapping` (the pool's side). */
  readonly mappedAttributes: readonly string[];
}

/** An app client of the pool: the literal values of its properties (tokens left out). */
export interface ClientFacts extends Located {
  /** `AllowedOAuthScopes`. */
  readonly scopes: readonly string[];
  /** `SupportedIdentityProviders`. */
  readonly identityProviders: readonly string[];
  readonly readAttributes: readonly string[];
  readonly writeAttributes: readonly string[];
  /**
   * The paths of the resource servers and identity providers the client is created after: it depends on them
   * (`node.addDependency`, `DependsOn`) or refers to them (a `Ref` in its properties).
   */
  readonly createdAfter: readonly string[];
}

/** Everything the checks need, read from the pool and the resources of its stack. */
export interface PoolReferences {
  /** The custom attributes the pool defines, without the `custom:` prefix. */
  readonly customAttributes: readonly string[];
  readonly resourceServers: readonly ResourceServerFacts[];
  readonly identityProviders: readonly IdentityProviderFacts[];
  readonly clients: readonly ClientFacts[];
}

/** Checks the references of a pool's clients and identity providers: errors into `problems`, warnings returned. */
export function checkPoolReferences(pool: PoolReferences, problems: Problems): PoolWarning[] {
  const warnings: PoolWarning[] = [];
  const custom = pool.customAttributes.map((name) => `custom:${name}`);
  const clientAttributes = new Set([...STANDARD_CLIENT_ATTRIBUTES, ...custom]);
  for (const client of pool.clients) {
    checkScopes(pool, client, problems, warnings);
    checkIdentityProviders(pool, client, problems, warnings);
    for (const [prop, cfn, names] of [
      ['readAttributes', 'ReadAttributes', client.readAttributes],
      ['writeAttributes', 'WriteAttributes', client.writeAttributes],
    ] as const) {
      const unknown = names.filter((name) => !clientAttributes.has(name));
      if (unknown.length === 0) { continue; }
      const path = `${client.path} ${prop}`;
      problems.add('clientAttributeNotInPool', path, `${path} (${cfn}) must name standard attributes or custom attributes this pool defines `
        + `(${custom.length > 0 ? show(custom) : 'it defines none'}), got ${show(unknown)}: add each custom attribute to the pool's `
        + `customAttributes, or remove it from ${prop} (the deploy fails with "Invalid ${prop === 'readAttributes' ? 'read' : 'write'} `
        + 'attributes specified while creating a client")');
    }
  }
  // aws-cdk-lib's `AttributeMapping.custom` renders the bare name (aws/aws-cdk#26820), which deploys: accepted.
  const mappingTargets = new Set([...clientAttributes, ...MAPPING_ONLY_TARGETS, ...pool.customAttributes]);
  for (const provider of pool.identityProviders) {
    const unknown = provider.mappedAttributes.filter((name) => !mappingTargets.has(name));
    if (unknown.length === 0) { continue; }
    const path = `${provider.path} attributeMapping`;
    problems.add('mappedAttributeNotInPool', path, `${path} (AttributeMapping) must map onto standard attributes or custom attributes this `
      + `pool defines (${custom.length > 0 ? show(custom) : 'it defines none'}), got ${show(unknown)}: add each custom attribute to the `
      + 'pool\'s customAttributes, or map onto an attribute the pool has (the deploy fails with "AttributeMapping contains invalid mapping")');
  }
  return warnings;
}

/** OAuth scopes: standard, or `<identifier>/<scope>` of a resource server of the pool, created before the client. */
function checkScopes(pool: PoolReferences, client: ClientFacts, problems: Problems, warnings: PoolWarning[]): void {
  // A server whose identifier or scopes are tokens could define any scope: then no literal is known to be missing.
  const allKnown = pool.resourceServers.every((s) => s.identifier !== undefined && s.scopes !== undefined);
  const serversOf = (scope: string) => pool.resourceServers.filter((s) => s.scopes?.some((name) => `${s.identifier}/${name}` === scope));
  const known = pool.resourceServers.flatMap((s) => (s.scopes ?? []).map((name) => `${s.identifier}/${name}`));
  const path = `${client.path} oAuth.scopes`;
  for (const scope of new Set(client.scopes)) {
    if (STANDARD_SCOPES.includes(scope)) { continue; }
    const servers = serversOf(scope);
    if (servers.length === 0) {
      if (!allKnown) { continue; }
      problems.add('clientScopeNotInPool', path, `${path} (AllowedOAuthScopes) must be standard scopes (${STANDARD_SCOPES.join(', ')}) or `
        + `scopes of this pool's resource servers (${known.length > 0 ? show(known) : 'it has none'}), got ${show(scope)}: define the scope `
        + 'on a resource server of the pool and name it with OAuthScope.resourceServer(server, scope) (the deploy fails with '
        + 'ScopeDoesNotExistException)');
    } else if (!servers.some((s) => client.createdAfter.includes(s.path))) {
      warnings.push({
        id: WARNINGS.scopeWithoutResourceServerDependency,
        message: `${path} names ${show(scope)} as a literal string, without a reference to the resource server ${servers[0].path} that `
          + 'defines it: CloudFormation may create the client first, and the deploy fails with ScopeDoesNotExistException; name it with '
          + 'OAuthScope.resourceServer(server, scope), or add client.node.addDependency(server)',
      });
    }
  }
}

/** Identity providers: `COGNITO`, or the `ProviderName` of an identity provider of the pool, created before the client. */
function checkIdentityProviders(pool: PoolReferences, client: ClientFacts, problems: Problems, warnings: PoolWarning[]): void {
  const allKnown = pool.identityProviders.every((p) => p.name !== undefined);
  const known = [COGNITO_PROVIDER, ...pool.identityProviders.flatMap((p) => (p.name === undefined ? [] : [p.name]))];
  const path = `${client.path} supportedIdentityProviders`;
  for (const name of new Set(client.identityProviders)) {
    if (name === COGNITO_PROVIDER) { continue; }
    const providers = pool.identityProviders.filter((p) => p.name === name);
    if (providers.length === 0) {
      if (!allKnown) { continue; }
      problems.add('clientIdentityProviderNotInPool', path, `${path} (SupportedIdentityProviders) must be COGNITO or the names of this `
        + `pool's identity providers (${show(known)}), got ${show(name)}: add the identity provider to the pool (UserPoolIdentityProvider*), `
        + `or remove it from the list (the deploy fails: "The provider ${name} does not exist for User Pool")`);
    } else if (!providers.some((p) => client.createdAfter.includes(p.path))) {
      warnings.push({
        id: WARNINGS.identityProviderWithoutDependency,
        message: `${path} names ${show(name)} without depending on the identity provider ${providers[0].path}: CloudFormation may create `
          + `the client first, and the deploy fails ("The provider ${name} does not exist for User Pool"); add `
          + 'client.node.addDependency(provider)',
      });
    }
  }
}
