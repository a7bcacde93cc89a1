import type { IConstruct } from 'constructs';
import type { EmailEnvironment } from '../email';
import type { UserPoolProps } from '../user-pool-props';
import { checkArn, checkRendered, checkValue } from './api-limits';
import { Problems } from './problems';
import { UserPoolValidationError } from './validation-error';
import { type RenderedUserPool, renderUserPool } from './render';
import { resolveUserPool, type ResolvedUserPool } from './resolve';
import { type PoolWarning, validateUserPool } from './rules';
import { checkTriggers, needsKmsKey } from './triggers';

/** What compiling needs from the construct (or a test) beyond the props. */
export interface CompileContext {
  readonly environment: EmailEnvironment;
  /** The pool's unique id, the default SMS external id: asked for only when the construct creates the role. */
  readonly poolUniqueId?: () => string;
  /**
   * References to the resources the construct creates once compiling has succeeded (`Lazy` tokens), asked for
   * only when they are needed.
   */
  readonly created: { readonly smsRoleArn: () => string; readonly senderKeyArn: () => string };
}

export interface CompiledUserPool {
  readonly resolved: ResolvedUserPool;
  readonly rendered: RenderedUserPool;
  readonly warnings: readonly PoolWarning[];
  /** Whether the construct must create the SMS role. */
  readonly createsSmsRole: boolean;
}

/**
 * The one path from props to CloudFormation: resolve defaults, check the cross-field rules and the triggers,
 * render every property, then check every rendered literal against the API model's limits. Creates nothing:
 * throws one `UserPoolValidationError` listing every problem before the construct creates any resource.
 */
export function compileUserPool(props: UserPoolProps, context: CompileContext, scope?: IConstruct): CompiledUserPool {
  const problems = new Problems();
  const resolved = resolveUserPool(props, context.poolUniqueId);
  const warnings = validateUserPool(props, resolved, problems, { region: context.environment.region });
  checkTriggers(problems, resolved.triggers, [], resolved.featurePlan);
  checkArn(problems, 'customSenderKmsKey (its ARN)', resolved.senderKey?.arn);
  checkArn(problems, 'encryptionKey (its ARN)', resolved.encryptionKey?.arn);
  // Rendered only when SMS is used, but a value given is checked either way.
  checkValue(problems, 'SmsConfiguration.SnsRegion', 'snsRegion', props.snsRegion);

  const createsSmsRole = resolved.sms !== undefined && resolved.sms.roleArn === undefined;
  const createsSenderKey = resolved.senderKey === undefined && resolved.triggers.some((t) => needsKmsKey(t.operation));
  const rendered = renderUserPool(resolved, {
    environment: context.environment,
    createdSmsRoleArn: createsSmsRole ? context.created.smsRoleArn() : undefined,
    senderKeyArn: resolved.senderKey?.arn ?? (createsSenderKey ? context.created.senderKeyArn() : undefined),
  });
  checkRendered(problems, rendered);
  UserPoolValidationError.throwIfAny(scope, problems.all);
  return { resolved, rendered, warnings, createsSmsRole };
}

