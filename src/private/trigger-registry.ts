import { Lazy } from 'aws-cdk-lib';
import type { IResolvable } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { FeaturePlan } from '../feature-plan';
import { LambdaVersion, UserPoolOperation, type UserPoolTriggers } from '../triggers';
import { checkArn } from './api-check';
import type { Problems } from './validation';

/** How a trigger renders in `LambdaConfig`. */
interface TriggerShape {
  /** The LambdaConfig key. */
  readonly key: string;
  /** The event versions Cognito accepts; undefined for plain ARN triggers. */
  readonly versions?: readonly LambdaVersion[];
  /** Whether Cognito encrypts codes for it with `LambdaConfig.KMSKeyID`. */
  readonly needsKmsKey?: boolean;
}

const V1_ONLY = [LambdaVersion.V1_0];
const PRE_TOKEN = { key: 'preTokenGeneration', versions: [LambdaVersion.V1_0, LambdaVersion.V2_0, LambdaVersion.V3_0] };

/** Operations that aren't plain ARNs. Every other operation renders `{ [operationName]: functionArn }`. */
const SHAPES: Record<string, TriggerShape> = {
  preTokenGeneration: PRE_TOKEN,
  preTokenGenerationConfig: PRE_TOKEN,
  customEmailSender: { key: 'customEmailSender', versions: V1_ONLY, needsKmsKey: true },
  customSmsSender: { key: 'customSmsSender', versions: V1_ONLY, needsKmsKey: true },
  inboundFederation: { key: 'inboundFederation', versions: V1_ONLY },
};

/** The CloudFormation key of an operation the L1 doesn't model (added with `UserPoolOperation.of`), or undefined. */
export function unmodeledCfnKey(operation: UserPoolOperation): string | undefined {
  const name = operation.operationName;
  return MODELED_KEYS.has(name) ? undefined : name.charAt(0).toUpperCase() + name.slice(1);
}

function shapeOf(operation: UserPoolOperation): TriggerShape {
  return SHAPES[operation.operationName] ?? { key: operation.operationName };
}

/** A trigger to register: from `lambdaTriggers` or `addTrigger`. */
export interface TriggerRequest {
  readonly operation: UserPoolOperation;
  readonly fn: IFunction;
  readonly version?: LambdaVersion;
}

/** What a trigger check needs to know about the pool. */
export interface TriggerContext {
  readonly featurePlan: FeaturePlan;
}

/** Whether Cognito encrypts the codes it passes to this trigger, with `LambdaConfig.KMSKeyID`. */
export function needsKmsKey(operation: UserPoolOperation): boolean {
  return shapeOf(operation).needsKmsKey === true;
}

/**
 * The pool's Lambda triggers: one code path for `lambdaTriggers` and `addTrigger`.
 * It checks a trigger before anything is created, and renders `LambdaConfig` lazily so later additions appear.
 */
export class TriggerRegistry {
  private readonly slots = new Map<string, TriggerRequest>();

  /**
   * Adds to `problems` what is wrong with adding these triggers, given the pool and what is already registered.
   * Pure: registers nothing.
   */
  public check(problems: Problems, requests: readonly TriggerRequest[], context: TriggerContext): void {
    requests.forEach(({ operation, fn, version }, i) => {
      const shape = shapeOf(operation);
      const path = `lambdaTriggers.${operation.operationName}`;
      const taken = this.slots.get(shape.key)?.operation
        ?? requests.slice(0, i).find((other) => shapeOf(other.operation).key === shape.key)?.operation;
      if (taken) {
        problems.add(path, `${path} is already set (as ${taken.operationName}): a pool has one function per trigger`);
      }
      const versions = shape.versions ?? V1_ONLY;
      if (version !== undefined && !versions.includes(version)) {
        problems.add(path, `${path} accepts LambdaVersion ${versions.join(' or ')}, got ${version}`);
      } else if (version !== undefined && version !== LambdaVersion.V1_0 && context.featurePlan === FeaturePlan.LITE) {
        problems.add(path, `${path} with LambdaVersion ${version} needs featurePlan ESSENTIALS or PLUS, got LITE`);
      }
      checkArn(problems, `${path} (the function ARN)`, fn.functionArn);
    });
  }

  /** Registers a checked trigger. */
  public add(request: TriggerRequest): void {
    this.slots.set(shapeOf(request.operation).key, request);
  }

  /** The `LambdaConfig` property, resolved at synth so triggers (and a sender key) added later are included. */
  public render(kmsKeyArn: () => string | undefined): IResolvable {
    return Lazy.any({
      produce: () => {
        const kmsKeyId = kmsKeyArn();
        if (this.slots.size === 0 && kmsKeyId === undefined) { return undefined; }
        const config: Record<string, unknown> = { kmsKeyId };
        for (const [key, { fn, operation, version }] of this.slots) {
          const shape = shapeOf(operation);
          if (key === PRE_TOKEN.key && version === undefined && operation === UserPoolOperation.PRE_TOKEN_GENERATION) {
            config.preTokenGeneration = fn.functionArn;
          } else if (key === PRE_TOKEN.key) {
            config.preTokenGenerationConfig = { lambdaArn: fn.functionArn, lambdaVersion: version ?? LambdaVersion.V1_0 };
          } else if (shape.versions) {
            config[key] = { lambdaArn: fn.functionArn, lambdaVersion: version ?? LambdaVersion.V1_0 };
          } else if (!unmodeledCfnKey(operation)) {
            config[key] = fn.functionArn;
          }
        }
        return config;
      },
    });
  }
}

const PROP_OPERATIONS: ReadonlyArray<[keyof UserPoolTriggers, UserPoolOperation]> = [
  ['createAuthChallenge', UserPoolOperation.CREATE_AUTH_CHALLENGE],
  ['customMessage', UserPoolOperation.CUSTOM_MESSAGE],
  ['defineAuthChallenge', UserPoolOperation.DEFINE_AUTH_CHALLENGE],
  ['postAuthentication', UserPoolOperation.POST_AUTHENTICATION],
  ['postConfirmation', UserPoolOperation.POST_CONFIRMATION],
  ['preAuthentication', UserPoolOperation.PRE_AUTHENTICATION],
  ['preSignUp', UserPoolOperation.PRE_SIGN_UP],
  ['preTokenGeneration', UserPoolOperation.PRE_TOKEN_GENERATION],
  ['userMigration', UserPoolOperation.USER_MIGRATION],
  ['verifyAuthChallengeResponse', UserPoolOperation.VERIFY_AUTH_CHALLENGE_RESPONSE],
  ['customEmailSender', UserPoolOperation.CUSTOM_EMAIL_SENDER],
  ['customSmsSender', UserPoolOperation.CUSTOM_SMS_SENDER],
  ['inboundFederation', UserPoolOperation.INBOUND_FEDERATION],
];

/** `LambdaConfig` keys the L1 `CfnUserPool` models (every `lambdaTriggers` prop); others need a property override. */
const MODELED_KEYS = new Set<string>([...PROP_OPERATIONS.map(([, op]) => op.operationName), ...Object.keys(SHAPES)]);

/** The triggers set in `lambdaTriggers`, as requests for the one registration path. */
export function triggersFromProps(triggers: UserPoolTriggers | undefined): TriggerRequest[] {
  if (!triggers) { return []; }
  return PROP_OPERATIONS.flatMap(([key, operation]) => {
    const fn = triggers[key] as IFunction | undefined;
    if (fn === undefined) { return []; }
    const version = key === 'preTokenGeneration' ? triggers.preTokenGenerationVersion : undefined;
    return [{ operation, fn, version }];
  });
}
