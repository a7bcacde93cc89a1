import { App, CfnResource, type ITaggable, Stack, TagManager, TagType, Token } from 'aws-cdk-lib';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { IKeyRef } from 'aws-cdk-lib/aws-kms';
import type { Construct, IConstruct } from 'constructs';
import { type FoundReplicaKey, REGIONAL_CONFIGURATION_MARKER, REGIONAL_CONFIGURATION_TYPE, REPLICA_KEY_MARKER } from '../regional-configuration';

/**
 * The regional configuration's `AWS::Cognito::UserPoolRegionalConfigurationAttachment`, rendered with `CfnResource`
 * and the type name (aws-cdk-lib models it only from 2.276). Taggable, as 2.278's L1 is: `UserPoolTags` takes the
 * given tags and those `Tags.of(...)` adds.
 */
export class RegionalConfigurationResource extends CfnResource implements ITaggable {
  public readonly tags: TagManager;

  constructor(scope: Construct, id: string, properties: Record<string, unknown>, tags: { readonly [key: string]: string } | undefined) {
    super(scope, id, { type: REGIONAL_CONFIGURATION_TYPE, properties });
    this.tags = new TagManager(TagType.MAP, REGIONAL_CONFIGURATION_TYPE, tags, { tagPropertyName: 'UserPoolTags' });
  }
}

/** What a `UserPoolReplicaKey` shows through the marker. */
interface MarkedReplicaKey extends IConstruct {
  readonly [REPLICA_KEY_MARKER]: { readonly primaryKey: IKeyRef };
}

function isReplicaKey(construct: IConstruct): construct is MarkedReplicaKey {
  return (construct as Partial<MarkedReplicaKey>)[REPLICA_KEY_MARKER] !== undefined;
}

/** Whether `stack` deploys after `other`: it depends on it, directly or through other stacks. */
function deploysAfter(stack: Stack, other: Stack, seen = new Set<Stack>()): boolean {
  for (const dependency of stack.dependencies) {
    if (dependency === other) { return true; }
    if (!seen.has(dependency)) {
      seen.add(dependency);
      if (deploysAfter(dependency, other, seen)) { return true; }
    }
  }
  return false;
}

/**
 * The app's `UserPoolReplicaKey`s of `primaryKey` in `region`, each with whether its stack deploys after the stack of
 * `pool`. Read when the app synthesizes: by then the stacks' dependencies include those their references add.
 */
export function replicaKeysOf(scope: IConstruct, pool: IConstruct, primaryKey: IKeyRef, region: string): FoundReplicaKey[] {
  const app = App.of(scope) ?? scope.node.root;
  const poolStack = Stack.of(pool);
  return app.node.findAll()
    .filter(isReplicaKey)
    .filter((key) => key[REPLICA_KEY_MARKER].primaryKey === primaryKey && Stack.of(key).region === region)
    .map((key) => ({ path: key.node.path, afterPool: deploysAfter(Stack.of(key), poolStack) }));
}

/** What a `UserPoolRegionalConfiguration` shows through its marker. */
interface MarkedConfiguration extends IConstruct {
  readonly [REGIONAL_CONFIGURATION_MARKER]: { readonly userPool: IUserPool };
}

function isConfiguration(construct: IConstruct): construct is MarkedConfiguration {
  return (construct as Partial<MarkedConfiguration>)[REGIONAL_CONFIGURATION_MARKER] !== undefined;
}

/**
 * The paths of the app's other regional configurations of `userPool` in `region`: of the same pool object, or of a
 * pool with the same literal id. Read when the app synthesizes, so configurations added later count.
 */
export function otherConfigurationsOf(scope: IConstruct, userPool: IUserPool, region: string): string[] {
  if (Token.isUnresolved(region)) { return []; }
  const app = App.of(scope) ?? scope.node.root;
  const samePool = (other: IUserPool) => other === userPool
    || (!Token.isUnresolved(other.userPoolId) && other.userPoolId === userPool.userPoolId);
  return app.node.findAll()
    .filter(isConfiguration)
    .filter((c) => c !== scope && Stack.of(c).region === region && samePool(c[REGIONAL_CONFIGURATION_MARKER].userPool))
    .map((c) => c.node.path);
}
