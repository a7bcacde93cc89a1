import { domainToASCII } from 'node:url';
import { Token } from 'aws-cdk-lib';
import type { CfnUserPool } from 'aws-cdk-lib/aws-cognito';
import { checkCognitoEmail, checkSesEmail } from './checks/email-rules';
import type { EmailEnvironment } from './checks/environment';
import { Problems } from './checks/problems';
import { UserPoolValidationError } from './checks/validation-error';

/**
 * Options to send the pool's email through Amazon SES.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-email.html#user-pool-email-developer
 */
export interface UserPoolSESOptions {
  /** The sender address. It, or its domain, must be a verified SES identity. */
  readonly fromEmail: string;

  /**
   * The sender's display name.
   * @default - the address only
   */
  readonly fromName?: string;

  /**
   * The reply-to address.
   * @default - replies go to the sender
   */
  readonly replyTo?: string;

  /**
   * The SES configuration set to send with.
   * @default - none
   */
  readonly configurationSetName?: string;

  /**
   * The region of the SES identity.
   * @default - the stack's region
   */
  readonly sesRegion?: string;

  /**
   * A verified SES domain identity to send from, instead of the address identity.
   * Must be the domain of `fromEmail`.
   * @default - the `fromEmail` address identity
   */
  readonly sesVerifiedDomain?: string;
}


/**
 * How the pool sends email: Cognito's built-in sender or Amazon SES.
 */
export abstract class UserPoolEmail {
  /**
   * Send with Cognito's built-in sender. It has a low daily quota: use SES in production.
   * @param replyTo the reply-to address
   */
  public static withCognito(replyTo?: string): UserPoolEmail {
    const problems = new Problems();
    checkCognitoEmail(problems, replyTo);
    UserPoolValidationError.throwIfAny(undefined, problems.all);
    return new CognitoEmail(replyTo);
  }

  /** Send through Amazon SES (`EmailSendingAccount: DEVELOPER`). */
  public static withSES(options: UserPoolSESOptions): UserPoolEmail {
    const problems = new Problems();
    checkSesEmail(problems, options);
    UserPoolValidationError.throwIfAny(undefined, problems.all);
    return new SesEmail(options);
  }

  /** `withCognito` for input the caller has checked into its own problems (an aws-cdk-lib email's). @internal */
  public static _cognito(replyTo?: string): UserPoolEmail {
    return new CognitoEmail(replyTo);
  }

  /** `withSES` for input the caller has checked into its own problems (an aws-cdk-lib email's). @internal */
  public static _ses(options: UserPoolSESOptions): UserPoolEmail {
    return new SesEmail(options);
  }

  /** Whether this sends through SES (needed for email MFA and custom messages at volume). @internal */
  public abstract readonly _usesSes: boolean;

  /** The SES identity's region, when given (`sesRegion`); the stack's region otherwise. @internal */
  public abstract readonly _sesRegion?: string;

  /** The `EmailConfiguration` property. @internal */
  public abstract _render(env: EmailEnvironment): CfnUserPool.EmailConfigurationProperty;
}

class CognitoEmail extends UserPoolEmail {
  public readonly _usesSes = false;
  public readonly _sesRegion = undefined;

  constructor(private readonly replyTo?: string) {
    super();
  }

  public _render(): CfnUserPool.EmailConfigurationProperty {
    return { emailSendingAccount: 'COGNITO_DEFAULT', replyToEmailAddress: toAsciiAddress(this.replyTo) };
  }
}

class SesEmail extends UserPoolEmail {
  public readonly _usesSes = true;
  public readonly _sesRegion?: string;

  constructor(private readonly options: UserPoolSESOptions) {
    super();
    this._sesRegion = options.sesRegion;
  }

  public _render(env: EmailEnvironment): CfnUserPool.EmailConfigurationProperty {
    const { fromEmail, fromName, replyTo, configurationSetName, sesRegion, sesVerifiedDomain } = this.options;
    const address = toAsciiAddress(fromEmail)!;
    const identity = sesVerifiedDomain ? toAsciiDomain(sesVerifiedDomain) : address;
    return {
      emailSendingAccount: 'DEVELOPER',
      // An empty name is no name, as aws-cdk-lib renders it.
      from: fromName === undefined || fromName === '' ? address : `${formatDisplayName(fromName)} <${address}>`,
      replyToEmailAddress: toAsciiAddress(replyTo),
      configurationSet: configurationSetName,
      sourceArn: `arn:${env.partition}:ses:${sesRegion ?? env.region}:${env.account}:identity/${identity}`,
    };
  }
}

function toAsciiDomain(domain: string): string {
  return Token.isUnresolved(domain) ? domain : (domainToASCII(domain) || domain);
}

/** Punycode-encodes the domain of an address, which SES requires for internationalised domains. */
function toAsciiAddress(address: string | undefined): string | undefined {
  if (address === undefined || Token.isUnresolved(address)) { return address; }
  const at = address.lastIndexOf('@');
  return `${address.slice(0, at)}@${toAsciiDomain(address.slice(at + 1))}`;
}

/**
 * Formats a display name per RFC 5322 §3.2.5 or RFC 2047 (non-ASCII). A phrase (with the obsolete syntax's periods
 * after the first character, as in `Acme Inc.`) or an already quoted string is rendered as written, as aws-cdk-lib
 * renders it; any other ASCII name is quoted (a comma would otherwise split the address in two).
 */
function formatDisplayName(name: string): string {
  if (Token.isUnresolved(name)) { return name; }
  if (/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ][A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ .]*$/.test(name)) { return name; }
  if (/^"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*"$/.test(name)) { return name; }
  if (/^[\x20-\x7e]*$/.test(name)) { return `"${name.replace(/["\\]/g, (c) => `\\${c}`)}"`; }
  return `=?UTF-8?B?${Buffer.from(name, 'utf-8').toString('base64')}?=`;
}
