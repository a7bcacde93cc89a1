import type { UserPoolEmail as CdkUserPoolEmail, UserPoolSESOptions } from 'aws-cdk-lib/aws-cognito';
import { UserPoolEmail } from '../email';
import { Problems } from './problems';
import { show } from './show';
import { UserPoolValidationError } from './validation-error';

/**
 * The pool's `email` as this library's `UserPoolEmail`. aws-cdk-lib's `UserPoolEmail.withSES(options)` and
 * `withCognito(replyTo)` are accepted, so switching only the pool's import compiles: what their factory was given
 * goes through this library's factory of the same name, which checks and renders it like any other.
 *
 * aws-cdk-lib keeps a factory's input in fields it doesn't document (`options` of its SES class, `replyTo` of its
 * Cognito class; unchanged from 2.257 to 2.278, tested on both: docs/migration.md). An object with neither is an error
 * naming the way out, never a silently different email configuration.
 */
export function emailOf(email: UserPoolEmail | CdkUserPoolEmail): UserPoolEmail {
  if (email instanceof UserPoolEmail) { return email; }
  const fields = email as unknown as { readonly options?: UserPoolSESOptions; readonly replyTo?: string };
  if (typeof fields === 'object' && fields !== null) {
    if (typeof fields.options === 'object' && fields.options !== null && 'fromEmail' in fields.options) {
      return UserPoolEmail.withSES(fields.options);
    }
    if (Object.prototype.hasOwnProperty.call(fields, 'replyTo') && typeof (email as { _bind?: unknown })._bind === 'function') {
      return UserPoolEmail.withCognito(fields.replyTo);
    }
  }
  const problems = new Problems();
  problems.add('unknownEmail', 'email', 'email must come from UserPoolEmail.withSES(...) or UserPoolEmail.withCognito(...) '
    + `(of this library or of aws-cdk-lib), got ${describe(email)}: use UserPoolEmail from cdk-secure-user-pool`);
  // Thrown at once: there is no email configuration to render.
  throw UserPoolValidationError.of(undefined, problems.all);
}

function describe(value: unknown): string {
  const name = typeof value === 'object' && value !== null ? value.constructor?.name : undefined;
  return name && name !== 'Object' ? `an instance of ${name}` : show(value);
}
