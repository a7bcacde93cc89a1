import { Token } from 'aws-cdk-lib';
import { isLiteral, type Problems } from '../checks/problems';
import { REGION_CODE } from '../checks/regions';
import { show } from '../checks/show';
import { FeaturePlan } from '../feature-plan';
import type { UserPoolReplicaProps } from '../replicas';
import type { ResolvedKey } from './pool/resolve';
import { type Warn, WARNINGS } from './warnings';

/**
 * Multi-Region replication: check what Cognito refuses and render the replicas. Pure. docs/replicas.md gives each
 * rule its source (Cognito developer guide, "Multi-Region replication for user pools").
 */

/** The CloudFormation type, rendered with `CfnResource` (aws-cdk-lib has an L1 for it only from 2.278). */
export const REPLICA_TYPE = 'AWS::Cognito::UserPoolReplica';
/** "You can have at most one secondary replica in an additional Region per user directory." */
const MAX_REPLICAS = 1;

export interface ReplicaContext {
  readonly featurePlan: FeaturePlan;
  readonly region?: string;
  readonly encryptionKey?: ResolvedKey;
  /** Whether the key is multi-Region, for a key created in the app: undefined when not known. */
  readonly keyMultiRegion?: boolean;
  /** Whether TOTP is the pool's only MFA factor while MFA is on. */
  readonly totpOnlyMfa: boolean;
}

export function checkReplicas(problems: Problems, warn: Warn, replicas: readonly UserPoolReplicaProps[] | undefined, pool: ReplicaContext): void {
  if (!replicas || Token.isUnresolved(replicas) || replicas.length === 0) { return; }
  if (pool.featurePlan === FeaturePlan.LITE) {
    problems.add('replicasNeedPlan', 'replicas', 'replicas needs featurePlan ESSENTIALS or PLUS, got LITE: Cognito doesn\'t replicate LITE pools');
  }
  if (replicas.length > MAX_REPLICAS) {
    problems.add('replicaCount', 'replicas', `replicas may name at most ${MAX_REPLICAS} Region, got ${replicas.length}: Cognito keeps one secondary replica per pool`);
  }
  const seen = new Set<string>();
  replicas.forEach((replica, i) => {
    const region = replica?.region;
    const path = `replicas[${i}].region`;
    if (!isLiteral(region)) { return; }
    if (!REGION_CODE.test(region)) {
      problems.add('regionCode', path, `${path} must be a region code such as us-west-2, got ${show(region)}`);
    } else if (isLiteral(pool.region) && region === pool.region) {
      problems.add('replicaInOwnRegion', path, `${path} must be another Region than the pool's own, got ${region}: the pool itself is the primary there`);
    } else if (seen.has(region)) {
      problems.add('replicaCount', path, `${path} names ${region} twice`);
    }
    seen.add(region);
  });
  const key = pool.encryptionKey;
  if (!key) {
    problems.add('replicaNeedsKey', 'encryptionKey', 'replicas needs encryptionKey, a multi-Region customer managed key: "You must configure your user pool '
      + 'with a multi-Region customer managed key from AWS KMS before enabling replication"; pass new kms.Key(this, \'Key\', { multiRegion: true }) '
      + 'and replicate it to each replica Region (docs/replicas.md)');
  } else if (key.kind === 'created' && pool.keyMultiRegion === false) {
    problems.add('replicaNeedsKey', 'encryptionKey', 'encryptionKey must be a multi-Region key with replicas, got a single-Region key: create it with multiRegion: true '
      + '(a key can\'t become multi-Region later, so the pool needs a new key)');
  } else if (key.kind === 'imported' && isLiteral(key.arn) && !/:key\/mrk-/.test(key.arn)) {
    problems.add('replicaNeedsKey', 'encryptionKey', `encryptionKey must be a multi-Region key with replicas (its key id starts with mrk-), got ${show(key.arn)}`);
  }
  if (pool.totpOnlyMfa) {
    warn(WARNINGS.replicaWithTotpMfa, 'replicas with TOTP as the only MFA factor: "TOTP MFA is not supported in secondary replicas", so users '
      + 'can\'t complete MFA while the replica serves them; add another factor (mfaSecondFactor email or sms)');
  }
}

/** One replica resource's properties but the pool id, keyed by its construct id (stable by Region). */
export function renderReplicas(replicas: readonly UserPoolReplicaProps[] | undefined): Array<{ id: string; properties: Record<string, unknown> }> {
  if (!replicas || Token.isUnresolved(replicas)) { return []; }
  // A duplicate (an error) still gets a construct of its own, so the synth reaches the report.
  const ids = new Set<string>();
  return replicas.map((replica, i) => {
    const byRegion = isLiteral(replica.region) ? `Replica-${replica.region}` : undefined;
    const id = byRegion && !ids.has(byRegion) ? byRegion : `Replica${i}`;
    ids.add(id);
    return { id, properties: { RegionName: replica.region } };
  });
}
