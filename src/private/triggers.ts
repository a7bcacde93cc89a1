import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { checkArn } from '../checks/api-limits';
import type { Problems } from '../checks/problems';
import { FeaturePlan } from '../feature-plan';
import { LambdaVersion, type UserPoolOperation, type UserPoolTriggers } from '../triggers';

/** What Cognito needs to know about one trigger, by operation name. */
interface TriggerSpec {
  /** The `LambdaConfig` key in CloudFormation's casing. */
  readonly cfnKey: string;
  /** Triggers that fill the same `LambdaConfig` slot: a pool has one function per slot. @default the operation name */
  readonly slot?: string;
  /** The event versions Cognito accepts; rendered as `{ LambdaArn, LambdaVersion }`. @default - a plain ARN, V1_0 only */
  readonly versions?: readonly LambdaVersion[];
  /** Whether Cognito encrypts the codes it passes with `LambdaConfig.KMSKeyID`. */
  readonly needsKmsKey?: boolean;
  /** Whether `UserPoolTriggers` has a prop of this name. @default true */
  readonly prop?: boolean;
}

const V1_ONLY = [LambdaVersion.V1_0];
const PRE_TOKEN_VERSIONS = [LambdaVersion.V1_0, LambdaVersion.V2_0, LambdaVersion.V3_0];

/**
 * Every trigger this library knows, by operation name (`UserPoolOperation.operationName`): the one table from
 * which the `lambdaTriggers` props, the slots and the `LambdaConfig` shape derive. The CloudFormation keys are those
 * of `AWS::Cognito::UserPool` `LambdaConfig`:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cognito-userpool-lambdaconfig.html
 */
export const TRIGGERS = {
  createAuthChallenge: { cfnKey: 'CreateAuthChallenge' },
  customMessage: { cfnKey: 'CustomMessage' },
  defineAuthChallenge: { cfnKey: 'DefineAuthChallenge' },
  postAuthentication: { cfnKey: 'PostAuthentication' },
  postConfirmation: { cfnKey: 'PostConfirmation' },
  preAuthentication: { cfnKey: 'PreAuthentication' },
  preSignUp: { cfnKey: 'PreSignUp' },
  // Legacy V1_0 key; with a version it renders as PreTokenGenerationConfig. Both fill one slot.
  preTokenGeneration: { cfnKey: 'PreTokenGeneration', slot: 'preTokenGeneration', versions: PRE_TOKEN_VERSIONS },
  preTokenGenerationConfig: { cfnKey: 'PreTokenGenerationConfig', slot: 'preTokenGeneration', versions: PRE_TOKEN_VERSIONS, prop: false },
  userMigration: { cfnKey: 'UserMigration' },
  verifyAuthChallengeResponse: { cfnKey: 'VerifyAuthChallengeResponse' },
  customEmailSender: { cfnKey: 'CustomEmailSender', versions: V1_ONLY, needsKmsKey: true },
  customSmsSender: { cfnKey: 'CustomSMSSender', versions: V1_ONLY, needsKmsKey: true },
  inboundFederation: { cfnKey: 'InboundFederation', versions: V1_ONLY },
} satisfies Record<Exclude<keyof UserPoolTriggers, 'preTokenGenerationVersion'> | 'preTokenGenerationConfig', TriggerSpec>;

/** The spec of an operation; one added with `UserPoolOperation.of` renders a plain ARN under its capitalised name. */
export function triggerSpec(operationName: string): TriggerSpec {
  return (TRIGGERS as Record<string, TriggerSpec>)[operationName]
    ?? { cfnKey: operationName.charAt(0).toUpperCase() + operationName.slice(1) };
}

/** The `LambdaConfig` slot of an operation: both pre token generation keys fill one. */
export const slotOf = (operationName: string) => triggerSpec(operationName).slot ?? operationName;

/** A trigger of the pool: from `lambdaTriggers` or `addTrigger`. */
export interface TriggerRequest {
  /** The operation's name (`UserPoolOperation.operationName`). */
  readonly operation: string;
  readonly fn: IFunction;
  readonly version?: LambdaVersion;
}

/** Whether Cognito encrypts the codes it passes to this trigger, with `LambdaConfig.KMSKeyID`. */
export function needsKmsKey(operation: string): boolean {
  return triggerSpec(operation).needsKmsKey === true;
}

/** The triggers set in `lambdaTriggers`, in declaration order. */
export function triggersFromProps(triggers: UserPoolTriggers | undefined): TriggerRequest[] {
  if (!triggers) { return []; }
  // In the order the user declared them, as aws-cdk-lib adds them (its first trigger names a shared invoke permission).
  return Object.keys(triggers).flatMap((operation) => {
    const spec: TriggerSpec | undefined = (TRIGGERS as Record<string, TriggerSpec>)[operation];
    const fn = spec === undefined || spec.prop === false ? undefined : triggers[operation as keyof UserPoolTriggers] as IFunction | undefined;
    if (fn === undefined) { return []; }
    return [{ operation, fn, version: operation === 'preTokenGeneration' ? triggers.preTokenGenerationVersion : undefined }];
  });
}

/** The request of an `addTrigger` call. */
export function triggerRequest(operation: UserPoolOperation, fn: IFunction, version?: LambdaVersion): TriggerRequest {
  return { operation: operation.operationName, fn, version };
}

/** The `LambdaConfig` key a trigger renders under. */
function renderedKey({ operation, version }: TriggerRequest): string {
  if (slotOf(operation) !== 'preTokenGeneration') { return triggerSpec(operation).cfnKey; }
  return operation === 'preTokenGeneration' && version === undefined ? 'PreTokenGeneration' : 'PreTokenGenerationConfig';
}

/**
 * Adds to `problems` what is wrong with adding `requests` to a pool that already has `existing` triggers:
 * a slot filled twice, an event version the trigger doesn't take or the plan doesn't allow, a malformed ARN.
 * One function may fill the pre token generation slot under both keys, legacy `PreTokenGeneration` and
 * `PreTokenGenerationConfig`: Cognito accepts both when their ARNs are identical (API reference, LambdaConfigType).
 * `featurePlan` is undefined when the pool's plan is not known (a regional configuration of an imported pool).
 */
export function checkTriggers(problems: Problems, requests: readonly TriggerRequest[], existing: readonly TriggerRequest[],
  featurePlan: FeaturePlan | undefined): void {
  requests.forEach((request, i) => {
    const { operation, fn, version } = request;
    const spec = triggerSpec(operation);
    const path = `lambdaTriggers.${operation}`;
    const taken = [...existing, ...requests.slice(0, i)].find((other) => slotOf(other.operation) === slotOf(operation)
      && !(other.fn.functionArn === fn.functionArn && renderedKey(other) !== renderedKey(request)));
    if (taken) {
      problems.add('triggerSetTwice', path, `${path} is already set (as ${taken.operation}): a pool has one function per trigger`
        + (slotOf(operation) === 'preTokenGeneration' ? ', or the same function as both legacy and versioned pre token generation' : ''));
    }
    const versions = spec.versions ?? V1_ONLY;
    if (version !== undefined && !versions.includes(version)) {
      problems.add('triggerLambdaVersion', path, `${path} accepts LambdaVersion ${versions.join(' or ')}, got ${version}`);
      // The version renders unchanged: its generated limit would report it a second time.
      problems.firstReport(`LambdaConfig.${renderedKey(request)}.LambdaVersion=${JSON.stringify(version)}`);
    } else if (version !== undefined && version !== LambdaVersion.V1_0 && featurePlan === FeaturePlan.LITE) {
      problems.add('triggerVersionNeedsPlan', path, `${path} with LambdaVersion ${version} needs featurePlan ESSENTIALS or PLUS, got LITE`);
    }
    checkArn(problems, `${path} (the function ARN)`, fn.functionArn);
  });
}

/**
 * One trigger's `LambdaConfig` entry, for a pool created elsewhere (`UserPoolTrigger`): the key in CloudFormation's
 * (and the API's) casing, and the event version when the entry is a `{ LambdaArn, LambdaVersion }` object.
 */
export function lambdaConfigEntry(request: TriggerRequest): { readonly key: string; readonly version?: LambdaVersion } {
  const key = renderedKey(request);
  const versioned = key === 'PreTokenGenerationConfig' || (key !== 'PreTokenGeneration' && triggerSpec(request.operation).versions !== undefined);
  return { key, version: versioned ? request.version ?? LambdaVersion.V1_0 : undefined };
}

/**
 * The `LambdaConfig` property in CloudFormation's casing, or undefined when there is nothing to configure.
 * Rendered in CloudFormation's casing because a trigger added with `UserPoolOperation.of` can be newer than the L1.
 */
export function renderLambdaConfig(triggers: readonly TriggerRequest[], kmsKeyArn: string | undefined): Record<string, unknown> | undefined {
  if (triggers.length === 0 && kmsKeyArn === undefined) { return undefined; }
  const config: Record<string, unknown> = { KMSKeyID: kmsKeyArn };
  for (const request of triggers) {
    const { key, version } = lambdaConfigEntry(request);
    config[key] = version ? { LambdaArn: request.fn.functionArn, LambdaVersion: version } : request.fn.functionArn;
  }
  return config;
}
