import { UserPoolEmail as CdkUserPoolEmail, type UserPoolSESOptions } from 'aws-cdk-lib/aws-cognito';
import { checkCognitoEmail, checkSesEmail } from '../../checks/email-rules';
import type { Problems } from '../../checks/problems';
import { show } from '../../checks/show';
import { UserPoolEmail } from '../../email';

/**
 * The pool's `email` as this library's `UserPoolEmail`, its problems added to the pool's. aws-cdk-lib's
 * `UserPoolEmail.withSES(options)` and `withCognito(replyTo)` are accepted, so switching only the pool's import
 * compiles: what their factory was given is checked as this library's factory of the same name checks it, and
 * rendered by this library.
 *
 * aws-cdk-lib keeps a factory's input in fields it doesn't document (`options` of its SES class, `replyTo` of its
 * Cognito class; unchanged from 2.257 to 2.278, tested on both: docs/migration.md). They are read only from an object
 * of exactly those classes (a subclass may render differently). Anything else is an error naming the way out, never
 * a silently different email configuration.
 */
export function emailOf(email: UserPoolEmail | CdkUserPoolEmail, problems: Problems): UserPoolEmail {
  const before = problems.all.length;
  // An input with problems stands in as the Cognito sender, so it isn't rendered (and its limits reported) again.
  const unlessProblems = (build: () => UserPoolEmail) => (problems.all.length > before ? UserPoolEmail._cognito() : build());
  // A getter or a proxy of the caller's may throw while the object is inspected: that is not an email either.
  const safely = <T>(read: () => T): T | undefined => { try { return read(); } catch { return undefined; } };
  if (safely(() => isThisLibrarys(email))) { return email as UserPoolEmail; }
  const prototype = typeof email === 'object' && email !== null ? safely(() => Object.getPrototypeOf(email)) : undefined;
  const classes = cdkEmailClasses();
  if (prototype && prototype === classes.ses) {
    const options = (email as unknown as { readonly options: UserPoolSESOptions }).options;
    checkSesEmail(problems, options);
    return unlessProblems(() => UserPoolEmail._ses(options));
  }
  if (prototype && prototype === classes.cognito) {
    const replyTo = (email as unknown as { readonly replyTo?: string }).replyTo;
    checkCognitoEmail(problems, replyTo);
    return unlessProblems(() => UserPoolEmail._cognito(replyTo));
  }
  problems.add('unknownEmail', 'email', 'email must come from UserPoolEmail.withSES(...) or UserPoolEmail.withCognito(...) '
    + `(of this library or of aws-cdk-lib), got ${safely(() => describe(email)) ?? 'an object that can\'t be read'}: use UserPoolEmail from cdk-secure-user-pool`);
  // Stands in until the problem is fixed: the app doesn't synthesize meanwhile.
  return UserPoolEmail._cognito();
}

/** This library's email, also from another copy of the package in node_modules (same shape, another class). */
function isThisLibrarys(email: unknown): email is UserPoolEmail {
  if (email instanceof UserPoolEmail) { return true; }
  const shape = email as { _render?: unknown; _usesSes?: unknown };
  return typeof email === 'object' && email !== null && typeof shape._render === 'function' && typeof shape._usesSes === 'boolean';
}

let classes: { readonly ses: object; readonly cognito: object } | undefined;

/** The prototypes of the classes aws-cdk-lib's two factories return, found once by calling them. */
function cdkEmailClasses(): { readonly ses: object; readonly cognito: object } {
  classes ??= {
    ses: Object.getPrototypeOf(CdkUserPoolEmail.withSES({ fromEmail: 'probe@example.com' })),
    cognito: Object.getPrototypeOf(CdkUserPoolEmail.withCognito()),
  };
  return classes;
}

function describe(value: unknown): string {
  const name = typeof value === 'object' && value !== null ? value.constructor?.name : undefined;
  return name && name !== 'Object' ? `an instance of ${name}` : show(value);
}
