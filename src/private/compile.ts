import type { IResolvable } from 'aws-cdk-lib';
import type { CfnUserPool, CfnUserPoolProps } from 'aws-cdk-lib/aws-cognito';
import type { IConstruct } from 'constructs';
import type { EmailEnvironment } from '../email';
import type { UserPoolProps } from '../user-pool-props';
import { checkArn, checkRendered, checkValue } from './api-check';
import { renderUserPool } from './render';
import { resolveUserPool, type ResolvedUserPool } from './resolve';
import { type TriggerRegistry, type TriggerRequest, triggersFromProps } from './trigger-registry';
import { type PoolWarning, validateUserPool } from './validate';
import { Problems, UserPoolValidationError } from './validation';

/** What compiling needs from the construct (or a test) beyond the props. */
export interface CompileContext {
  readonly environment: EmailEnvironment;
  /** The pool's triggers so far, to check new ones against. */
  readonly triggers: TriggerRegistry;
  /** Returns the `SmsConfiguration`, creating the SMS role if one is needed. */
  readonly configureSms: (resolved: ResolvedUserPool) => CfnUserPool.SmsConfigurationProperty | undefined;
  readonly lambdaConfig?: IResolvable;
}

export interface CompiledUserPool {
  readonly resolved: ResolvedUserPool;
  readonly properties: CfnUserPoolProps;
  readonly warnings: readonly PoolWarning[];
  readonly triggers: readonly TriggerRequest[];
}

/**
 * The one path from props to `CfnUserPool` properties: resolve defaults, check the cross-field rules,
 * check the triggers, render, then check every rendered literal against the API model's limits.
 * Throws one `UserPoolValidationError` listing every problem.
 */
export function compileUserPool(props: UserPoolProps, context: CompileContext, scope?: IConstruct): CompiledUserPool {
  const problems = new Problems();
  const resolved = resolveUserPool(props);
  const warnings = validateUserPool(props, resolved, problems);
  const triggers = triggersFromProps(props.lambdaTriggers);
  const kmsKeyArn = props.customSenderKmsKey?.keyRef.keyArn;
  context.triggers.check(problems, triggers, { featurePlan: resolved.featurePlan });
  checkArn(problems, 'customSenderKmsKey (its ARN)', kmsKeyArn);
  checkArn(problems, 'encryptionKey (its ARN)', props.encryptionKey?.keyRef.keyArn);
  // Rendered only when SMS is used, but a value given is checked either way.
  checkValue(problems, 'SmsConfiguration.SnsRegion', 'snsRegion', props.snsRegion);
  const properties = renderUserPool(props, resolved, {
    environment: context.environment,
    smsConfiguration: context.configureSms(resolved),
    lambdaConfig: context.lambdaConfig,
  });
  checkRendered(problems, properties);
  UserPoolValidationError.throwIfAny(scope, problems.all);
  return { resolved, properties, warnings, triggers };
}
