import {
  Arn, ArnFormat, CustomResource, CustomResourceProvider, CustomResourceProviderRuntime, Duration, Stack, Token,
} from 'aws-cdk-lib';
import { type IRoleRef, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKeyRef } from 'aws-cdk-lib/aws-kms';
import type { Construct, IConstruct } from 'constructs';
import { acknowledgeFinding, LAMBDA_BASIC_EXECUTION_FINDING } from './acknowledge';
import { grantWithoutCycles } from './grants';
import { handlerDirectory } from './handlers';
import type { TriggerRequest } from '../triggers';

/**
 * Sets one Lambda trigger on a user pool created elsewhere, through a custom resource whose handler
 * (src/handlers/user-pool-trigger) reads the pool with `DescribeUserPool` and writes every setting back with
 * `UpdateUserPool`, changing only its own `LambdaConfig` entry (docs/triggers.md, "Pools created elsewhere").
 */

/** The custom resource type, as CloudFormation shows it. */
export const IMPORTED_TRIGGER_TYPE = 'Custom::CognitoUserPoolTrigger';
const PROVIDER_ID = 'CdkSecureUserPoolTriggerProvider';

/** Per app: the triggers set on each pool created elsewhere, and per stack the last custom resource on that pool. */
interface PoolEntry {
  readonly requests: TriggerRequest[];
  readonly lastByStack: Map<Stack, CustomResource>;
}
const POOLS = new WeakMap<IConstruct, Map<string, PoolEntry>>();

/** The app-wide entry of a pool, by its id as the template would write it (a string or a reference). */
export function importedPoolEntry(scope: IConstruct, userPoolId: string): PoolEntry {
  const stack = Stack.of(scope);
  const root = scope.node.root;
  const pools = POOLS.get(root) ?? new Map<string, PoolEntry>();
  POOLS.set(root, pools);
  // A literal id names one pool app-wide; a reference ({ Ref }, Fn::ImportValue, a parameter) means something only in its stack.
  const key = Token.isUnresolved(userPoolId) ? `${stack.node.path}|${JSON.stringify(stack.resolve(userPoolId))}` : userPoolId;
  const entry = pools.get(key) ?? { requests: [], lastByStack: new Map() };
  pools.set(key, entry);
  return entry;
}

export interface ImportedTriggerOptions {
  readonly userPoolId: string;
  readonly userPoolArn: string;
  readonly request: TriggerRequest;
  /** The `LambdaConfig` key and, for object entries, the event version. */
  readonly entry: { readonly key: string; readonly version?: string };
  /** The key Cognito encrypts custom senders' codes with. */
  readonly kmsKey?: IKeyRef;
  /** The pool's SMS role, which `UpdateUserPool` passes back to Cognito. */
  readonly smsRole?: IRoleRef;
}

/**
 * Creates, in `scope`, the custom resource that sets the trigger, the function's invoke permission, and (custom
 * senders) the function's `kms:Decrypt`; adds to the stack's one provider role the pool's actions.
 */
export function attachImportedTrigger(scope: Construct, options: ImportedTriggerOptions): CustomResource {
  const { userPoolId, userPoolArn, request, entry, kmsKey, smsRole } = options;
  const stack = Stack.of(scope);
  const provider = triggerProvider(stack);
  // DescribeUserPool to read, UpdateUserPool to write, on this pool only (service authorization reference: both
  // take the userpool resource type).
  provider.addToRolePolicy({
    Effect: 'Allow',
    Action: ['cognito-idp:DescribeUserPool', 'cognito-idp:UpdateUserPool'],
    Resource: userPoolArn,
  });
  if (smsRole) {
    // Writing SmsConfiguration back passes the role to Cognito: without iam:PassRole, UpdateUserPool fails with "not
    // authorized to perform: iam:PassRole" (serverless/serverless#6593; Amplify's trigger custom resource grants it).
    provider.addToRolePolicy({
      Effect: 'Allow',
      Action: 'iam:PassRole',
      // On this role only; no iam:PassedToService condition, which no source shows Cognito setting.
      Resource: smsRole.roleRef.roleArn,
    });
  }
  if (kmsKey) {
    // "The IAM principal that creates or updates your user pool creates a one-time grant against the KMS key"
    // (Cognito custom sender guide), here the handler's role, conditioned as in the guide's example.
    provider.addToRolePolicy({
      Effect: 'Allow',
      Action: 'kms:CreateGrant',
      Resource: kmsKey.keyRef.keyArn,
      Condition: { StringEquals: { 'kms:EncryptionContext:userpool-id': userPoolId } },
    });
    grantWithoutCycles(scope, request.fn, ['kms:Decrypt'], [kmsKey.keyRef.keyArn]);
  }
  const poolArn = Arn.split(userPoolArn, ArnFormat.SLASH_RESOURCE_NAME);
  // The permission a created pool gives its triggers: Cognito, this pool's ARN, the pool's account.
  request.fn.addPermission(`${request.operation.charAt(0).toUpperCase()}${request.operation.slice(1)}Cognito`, {
    scope,
    principal: new ServicePrincipal('cognito-idp.amazonaws.com'),
    sourceArn: userPoolArn,
    sourceAccount: poolArn.account ?? stack.account,
  });
  const resource = new CustomResource(scope, 'Resource', {
    serviceToken: provider.serviceToken,
    resourceType: IMPORTED_TRIGGER_TYPE,
    properties: {
      UserPoolId: userPoolId,
      Operation: entry.key,
      LambdaArn: request.fn.functionArn,
      ...(entry.version ? { LambdaVersion: entry.version } : {}),
      ...(kmsKey ? { KmsKeyArn: kmsKey.keyRef.keyArn } : {}),
    },
  });
  // The pool's configuration is read, changed and written whole: two updates of one pool at once would lose one.
  // So the triggers of one pool in one stack run one after another.
  const poolEntry = importedPoolEntry(scope, userPoolId);
  const previous = poolEntry.lastByStack.get(stack);
  if (previous) { resource.node.addDependency(previous); }
  poolEntry.lastByStack.set(stack, resource);
  return resource;
}

/** The stack's one provider of the trigger custom resource (aws-cdk-lib's provider for construct libraries). */
function triggerProvider(stack: Stack): CustomResourceProvider {
  const provider = CustomResourceProvider.getOrCreateProvider(stack, PROVIDER_ID, {
    codeDirectory: handlerDirectory('user-pool-trigger'),
    runtime: CustomResourceProviderRuntime.NODEJS_22_X,
    description: 'cdk-secure-user-pool: sets one Lambda trigger on a user pool created elsewhere, keeping its other settings',
    timeout: Duration.minutes(2),
  });
  if (!ACKNOWLEDGED.has(provider)) {
    ACKNOWLEDGED.add(provider);
    acknowledgeFinding(provider, LAMBDA_BASIC_EXECUTION_FINDING,
      'aws-cdk-lib\'s CustomResourceProvider gives its function the AWS managed policy for writing its logs');
  }
  return provider;
}
const ACKNOWLEDGED = new WeakSet<CustomResourceProvider>();
