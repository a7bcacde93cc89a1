/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Modules loaded on first use, so `require('cdk-secure-user-pool')` stays as cheap as aws-cdk-lib's own lazily
 * loaded modules: IAM and KMS are loaded only by pools that need an SMS role, a KMS key or its policy, a grant, a trigger or an S3
 * log destination's bucket policy; the regional configuration's resources only by `UserPoolRegionalConfiguration`, the
 * trigger custom resource, the handlers' assets and the migration rules only by `UserPoolTrigger` and `UserPoolMigration`.
 * Besides this, only `addClient` and `addDomain` (src/user-pool-base.ts), an imported pool's `addTrigger` (src/user-pool.ts) and the
 * package's index (scripts/lazy-index.ts) load on demand.
 */
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type * as migration from './migration';
import type * as grants from './resources/grants';
import type * as handlers from './resources/handlers';
import type * as importedTrigger from './resources/imported-trigger';
import type * as keys from './resources/keys';
import type * as logBucket from './resources/log-bucket';
import type * as regional from './resources/regional-configuration';
import type * as smsRole from './resources/sms-role';

function once<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}

export const onDemand = {
  iam: once((): typeof iam => require('aws-cdk-lib/aws-iam')),
  wafv2: once((): typeof wafv2 => require('aws-cdk-lib/aws-wafv2')),
  grants: once((): typeof grants => require('./resources/grants')),
  keys: once((): typeof keys => require('./resources/keys')),
  smsRole: once((): typeof smsRole => require('./resources/sms-role')),
  logBucket: once((): typeof logBucket => require('./resources/log-bucket')),
  regional: once((): typeof regional => require('./resources/regional-configuration')),
  importedTrigger: once((): typeof importedTrigger => require('./resources/imported-trigger')),
  handlers: once((): typeof handlers => require('./resources/handlers')),
  migration: once((): typeof migration => require('./migration')),
};
