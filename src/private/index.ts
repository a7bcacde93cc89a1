/**
 * The compile entry point: the one way the public modules (the constructs in src/*.ts) reach src/private.
 *
 * - `compile*`: the pure pipeline for the pool and for each capability hung on it (docs/design.md); each returns
 *   data and problems, and creates nothing.
 * - what the constructs create from that data with: the pool's `CfnUserPool` and the branding aspect
 *   (`./resources`), and the loader of the modules created only on demand (IAM, WAF, grants, keys, the SMS role).
 *
 * The public value classes and types (`UserPoolEmail`, attributes, operations, enums) import nothing from
 * src/private: their checks live in src/checks, a leaf layer both sides use (`test/import-graph.test.ts`).
 */
export {
  compileClient, compileClientRiskConfiguration, compileDomain, compileImportedTrigger, compileRegionalConfiguration, compileReplicaKey,
  compileTrigger, compileUserPool, regionalConfigurationTwiceProblems, replicaKeyWarnings,
} from './compile';
export { smsRolePermission } from './sms';
export type { ClientPoolContext } from './client';
export { CHECKED_DOMAIN, type DomainPoolContext, type PoolDomains } from './domain';
export type { RiskPoolContext } from './risk-configuration';
export { needsKmsKey, triggerRequest, type TriggerRequest } from './triggers';
export { PERMS } from './perms';
export { CREATION_METADATA_KEY, creationMetadataOf, DEFAULTS_METADATA_KEY, defaultsRecordOf } from './pool-metadata';
export { WARNINGS } from './warnings';
export { CLIENT_SESSION_TYPE, POOL_SESSIONS_TYPE, SESSION_TYPE_ACKNOWLEDGEMENT } from './sessions';
export { REPLICA_TYPE } from './replicas';
export { REGIONAL_CONFIGURATION_MARKER, REPLICA_KEY_MARKER, type ReplicatedPoolFacts } from './regional-configuration';
export { TERMS_TYPE } from './terms';
export { onDemand } from './modules-on-demand';
export { brandManagedLogin } from './resources/branding';
export { poolReferencesValidation } from './resources/pool-references';
export { UserPoolResource } from './resources/user-pool-resource';
export { resourcesOfPool } from './resources/pool-index';
export { acknowledgeFinding, LAMBDA_BASIC_EXECUTION_FINDING } from './resources/acknowledge';
