import { Lazy } from 'aws-cdk-lib';
import type { IResolvable } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { FeaturePlan } from '../feature-plan';
import { LambdaVersion, UserPoolOperation } from '../triggers';

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

/** `LambdaConfig` keys the L1 `CfnUserPool` models; others must go through a property override. */
const MODELED_KEYS = new Set([
  'createAuthChallenge', 'customMessage', 'defineAuthChallenge', 'postAuthentication', 'postConfirmation', 'preAuthentication',
  'preSignUp', 'userMigration', 'verifyAuthChallengeResponse', ...Object.keys(SHAPES),
]);

/** The CloudFormation key of an operation the L1 doesn't model (added with `UserPoolOperation.of`), or undefined. */
export function unmodeledCfnKey(operation: UserPoolOperation): string | undefined {
  const name = operation.operationName;
  return MODELED_KEYS.has(name) ? undefined : name.charAt(0).toUpperCase() + name.slice(1);
}

function shapeOf(operation: UserPoolOperation): TriggerShape {
  return SHAPES[operation.operationName] ?? { key: operation.operationName };
}

interface Registration {
  readonly fn: IFunction;
  readonly operation: UserPoolOperation;
  readonly version?: LambdaVersion;
}

/** What a trigger check needs to know about the pool. */
export interface TriggerContext {
  readonly featurePlan: FeaturePlan;
  readonly hasKmsKey: boolean;
}

/**
 * The pool's Lambda triggers: one code path for `lambdaTriggers` and `addTrigger`.
 * It checks a trigger before anything is created, and renders `LambdaConfig` lazily so later additions appear.
 */
export class TriggerRegistry {
  private readonly slots = new Map<string, Registration>();

  /** Problems with adding this trigger, given the pool and what is already registered. */
  public check(operation: UserPoolOperation, version: LambdaVersion | undefined, context: TriggerContext,
    pending: readonly UserPoolOperation[] = []): string[] {
    const shape = shapeOf(operation);
    const name = operation.operationName;
    const problems: string[] = [];
    const taken = this.slots.get(shape.key)?.operation
      ?? pending.find((other) => shapeOf(other).key === shape.key);
    if (taken) {
      problems.push(`lambdaTriggers.${name} is already set (as ${taken.operationName}): a pool has one function per trigger`);
    }
    if (version !== undefined && !(shape.versions ?? V1_ONLY).includes(version)) {
      problems.push(`lambdaTriggers.${name} accepts LambdaVersion ${(shape.versions ?? V1_ONLY).join(' or ')}, got ${version}`);
    } else if (version !== undefined && version !== LambdaVersion.V1_0 && context.featurePlan === FeaturePlan.LITE) {
      problems.push(`lambdaTriggers.${name} with LambdaVersion ${version} needs featurePlan ESSENTIALS or PLUS, got LITE`);
    }
    if (shape.needsKmsKey && !context.hasKmsKey) {
      problems.push(`lambdaTriggers.${name} needs customSenderKmsKey: Cognito encrypts the codes it passes to custom senders`);
    }
    return problems;
  }

  /** Registers a checked trigger. */
  public add(operation: UserPoolOperation, fn: IFunction, version?: LambdaVersion): void {
    this.slots.set(shapeOf(operation).key, { fn, operation, version });
  }

  /** The `LambdaConfig` property, resolved at synth so triggers added later are included. */
  public render(kmsKeyArn: string | undefined): IResolvable {
    return Lazy.any({
      produce: () => {
        if (this.slots.size === 0 && kmsKeyArn === undefined) { return undefined; }
        const config: Record<string, unknown> = { kmsKeyId: kmsKeyArn };
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
