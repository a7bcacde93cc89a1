import { Annotations, CfnResource, Stack, Token } from 'aws-cdk-lib';
import type { IConstruct, IValidation } from 'constructs';
import { Problems } from '../../checks/problems';
import { CHECKED_DOMAIN } from '../domain';
import { immutableMappingWarnings } from '../identity-providers';
import type { ResolvedAttribute } from '../pool/resolve';
import { checkPoolReferences, type ClientFacts, type IdentityProviderFacts, type ResourceServerFacts } from '../references';
import { checkResourceLimits, RESOURCE_PROPS, type ResourceProperties } from '../resource-limits';
import { type PoolResource, resourcesOfPool } from './pool-index';

/** The pool whose references are checked: this library's `UserPool` (an imported pool has no schema to check against). */
interface Pool extends IConstruct {
  readonly userPoolId: string;
}

type Resource = PoolResource;

/**
 * The check of references between the pool's resources (src/private/references.ts), run when the app synthesizes,
 * so the order in which the app created the pool, its clients, resource servers and identity providers doesn't
 * matter. It reads the resources of the pool's stack whose `UserPoolId` is the pool's, whichever construct library
 * made them; errors are the validation's result, warnings annotations of the pool. The same read checks those
 * resources' per-property limits (src/private/resource-limits.ts).
 */
export function poolReferencesValidation(pool: Pool, schema: readonly ResolvedAttribute[]): IValidation {
  return {
    validate: () => {
      const stack = Stack.of(pool);
      const byType = resourcesOfPool(pool);
      const servers = byType('AWS::Cognito::UserPoolResourceServer');
      const providers = byType('AWS::Cognito::UserPoolIdentityProvider');
      // One in another stack may belong to this pool, but its pool id there is an import: its names count as unknown,
      // so nothing this stack names is reported missing (a deploy order problem then is the warning's, not an error).
      // Read the whole app only when a client names a resource server's scope or a provider.
      const clients = byType('AWS::Cognito::UserPoolClient').map((client) => clientFacts(stack, client, [...servers, ...providers]));
      const named = clients.some((c) => c.scopes.some((s) => s.includes('/')) || c.identityProviders.some((p) => p !== 'COGNITO'));
      const elsewhere = (type: string) => named && stack.node.root.node.findAll()
        .some((c) => CfnResource.isCfnResource(c) && c.cfnResourceType === type && Stack.of(c) !== stack);
      const problems = new Problems();
      const providerFactsList = providers.map(providerFacts);
      const warnings = checkPoolReferences({
        customAttributes: schema.filter((a) => !a.standard).map((a) => a.name),
        resourceServers: [...servers.map(serverFacts),
          ...(elsewhere('AWS::Cognito::UserPoolResourceServer') ? [{ path: 'another stack', identifier: undefined, scopes: undefined }] : [])],
        identityProviders: [...providerFactsList,
          ...(elsewhere('AWS::Cognito::UserPoolIdentityProvider') ? [{ path: 'another stack', name: undefined, mappedAttributes: [] }] : [])],
        clients,
      }, problems);
      checkResourceLimits(problems, Object.keys(RESOURCE_PROPS).flatMap(byType)
        .filter((resource) => !checkedDomain(resource)).map(propertiesOf));
      checkDomainKinds(problems, byType('AWS::Cognito::UserPoolDomain'));
      warnings.push(...immutableMappingWarnings(schema, providerFactsList.map((p) => ({ provider: p.path, poolAttributes: p.mappedAttributes }))));
      warnings.forEach((w) => Annotations.of(pool).addWarningV2(w.id, w.message));
      return [...problems.all];
    },
  };
}

/** A resource's path in messages: its L2's, when it is the L2's default child. */
function pathOf(resource: CfnResource): string {
  const parent = resource.node.scope;
  return parent && parent.node.defaultChild === resource ? parent.node.path : resource.node.path;
}

/**
 * One Cognito (prefix) and one custom domain per pool ("User pool already has a domain configured", aws/aws-cdk#10062),
 * whichever way they were made: a second one of a kind is reported, unless this library's `UserPoolDomain` (or
 * `addDomain`) made both (it reports its own).
 */
function checkDomainKinds(problems: Problems, domains: readonly Resource[]): void {
  const first = new Map<string, Resource>();
  for (const domain of domains) {
    const kind = domain.customDomainConfig === undefined ? 'Cognito (prefix)' : 'custom';
    const earlier = first.get(kind);
    if (earlier && !(checkedDomain(domain) && checkedDomain(earlier))) {
      problems.add('domainOnePerKind', pathOf(domain), `${pathOf(domain)} is a second ${kind} domain of the pool: Cognito takes one of each `
        + '("User pool already has a domain configured"), so remove one');
    }
    if (!earlier) { first.set(kind, domain); }
  }
}

/**
 * A domain this library's `UserPoolDomain` created (wherever it is, `addDomain`'s under the pool too) was checked there,
 * with the prop paths of its props: not checked again.
 */
function checkedDomain(resource: CfnResource): boolean {
  const parent = resource.node.scope;
  return resource.cfnResourceType === 'AWS::Cognito::UserPoolDomain' && parent?.node.defaultChild === resource
    && (parent as unknown as Record<symbol, unknown>)[CHECKED_DOMAIN] === true;
}

/**
 * A resource's CloudFormation properties as its L1 renders them, tokens unresolved (escape-hatch overrides are not
 * read). A value of the wrong type makes the L1's own validator throw: that is the synth's error, not a limit's.
 */
function propertiesOf(resource: Resource): ResourceProperties {
  const l1 = resource as unknown as { cfnProperties: object; renderProperties(props: object): Record<string, unknown> };
  let properties: Record<string, unknown>;
  try {
    properties = l1.renderProperties(l1.cfnProperties) ?? {};
  } catch {
    properties = {};
  }
  return { path: pathOf(resource), type: resource.cfnResourceType, properties };
}

/** The literal strings of a list property; a list that is a token has none. */
function literals(value: unknown): string[] {
  if (!Array.isArray(value) || Token.isUnresolved(value)) { return []; }
  return value.filter((item): item is string => typeof item === 'string' && !Token.isUnresolved(item));
}

function serverFacts(server: Resource): ResourceServerFacts {
  const identifier = server.identifier;
  const scopes = server.scopes;
  const names = Array.isArray(scopes) && !Token.isUnresolved(scopes)
    ? scopes.map((s) => (s as { scopeName?: unknown } | undefined)?.scopeName)
    : undefined;
  return {
    path: pathOf(server),
    identifier: typeof identifier === 'string' && !Token.isUnresolved(identifier) ? identifier : undefined,
    scopes: names?.every((n): n is string => typeof n === 'string' && !Token.isUnresolved(n)) ? names : (scopes === undefined ? [] : undefined),
  };
}

function providerFacts(provider: Resource): IdentityProviderFacts {
  const name = provider.providerName;
  const mapping = provider.attributeMapping;
  const mapped = typeof mapping === 'object' && mapping !== null && !Token.isUnresolved(mapping) ? Object.keys(mapping) : [];
  return {
    path: pathOf(provider),
    name: typeof name === 'string' && !Token.isUnresolved(name) ? name : undefined,
    mappedAttributes: mapped.filter((key) => !Token.isUnresolved(key)),
  };
}

function clientFacts(stack: Stack, client: Resource, targets: readonly Resource[]): ClientFacts {
  // A `Ref` to a target in the properties that name it orders the client after it, as a dependency does.
  const named = JSON.stringify(stack.resolve([client.allowedOAuthScopes, client.supportedIdentityProviders]));
  const dependencies = dependenciesOf(client);
  const createdAfter = targets.filter((t) => dependencies.has(t) || named.includes(JSON.stringify({ Ref: stack.resolve(t.logicalId) })));
  return {
    path: pathOf(client),
    scopes: literals(client.allowedOAuthScopes),
    identityProviders: literals(client.supportedIdentityProviders),
    readAttributes: literals(client.readAttributes),
    writeAttributes: literals(client.writeAttributes),
    createdAfter: createdAfter.map(pathOf),
  };
}

/**
 * The constructs a resource is created after: its own dependencies (`addDependency`, `DependsOn`) and, for the
 * construct dependencies of it or any scope above it (`node.addDependency`), everything inside their targets.
 */
function dependenciesOf(resource: CfnResource): Set<IConstruct> {
  const found = new Set<IConstruct>(resource.obtainDependencies() as IConstruct[]);
  for (const scope of resource.node.scopes) {
    for (const target of scope.node.dependencies) {
      target.node.findAll().forEach((c) => found.add(c));
    }
  }
  return found;
}
