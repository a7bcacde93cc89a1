import type { UserPoolSESOptions } from '../email';
import { checkValue } from './api-limits';
import { isLiteral, type Problems } from './problems';
import { REGION_CODE } from './regions';
import { show } from './show';

/**
 * What `UserPoolEmail.withCognito` and `withSES` check, into the caller's problems: the factories throw them, and a
 * pool given aws-cdk-lib's email reports them with its own (src/private/pool/email-compat.ts). Paths name the factory.
 */

const EMAIL = /^[^@\s]+@[^@\s]+$/;

export function checkCognitoEmail(problems: Problems, replyTo: string | undefined): void {
  checkAddress(problems, 'UserPoolEmail.withCognito replyTo', replyTo);
}

export function checkSesEmail(problems: Problems, options: UserPoolSESOptions): void {
  // From JavaScript, anything can arrive: options that aren't an object, or without fromEmail.
  if (typeof options !== 'object' || options === null) {
    problems.add('emailAddress', 'UserPoolEmail.withSES options', `UserPoolEmail.withSES options must be { fromEmail, ... }, got ${show(options)}`);
    return;
  }
  if (options.fromEmail === undefined || options.fromEmail === null) {
    problems.add('emailAddress', 'UserPoolEmail.withSES fromEmail', 'UserPoolEmail.withSES fromEmail is required: the address to send from');
  }
  checkAddress(problems, 'UserPoolEmail.withSES fromEmail', options.fromEmail);
  checkAddress(problems, 'UserPoolEmail.withSES replyTo', options.replyTo);
  checkValue(problems, 'EmailConfiguration.ConfigurationSet', 'UserPoolEmail.withSES configurationSetName', options.configurationSetName);
  problems.pattern('regionCode', 'UserPoolEmail.withSES sesRegion', options.sesRegion, REGION_CODE, 'a region code such as us-east-1');
  const { fromEmail, sesVerifiedDomain } = options;
  if (typeof fromEmail === 'string' && isLiteral(fromEmail) && isLiteral(sesVerifiedDomain) && fromEmail.split('@').pop() !== sesVerifiedDomain) {
    problems.add('sesVerifiedDomain', 'UserPoolEmail.withSES sesVerifiedDomain',
      `UserPoolEmail.withSES sesVerifiedDomain must be the domain of fromEmail ${show(fromEmail)}, got ${show(sesVerifiedDomain)}`);
  }
}

function checkAddress(problems: Problems, path: string, value: string | undefined): void {
  if (value !== undefined && value !== null && typeof value !== 'string') {
    problems.add('emailAddress', path, `${path} must be an email address (local@domain), got ${show(value)}`);
    return;
  }
  problems.pattern('emailAddress', path, value, EMAIL, 'an email address (local@domain)');
  if (isLiteral(value) && EMAIL.test(value) && !/^[\x21-\x7e]+$/.test(value.split('@')[0])) {
    problems.add('emailAddress', path, `${path} must use ASCII characters before the @, got ${show(value)}`);
  }
  checkValue(problems, 'EmailConfiguration.ReplyToEmailAddress', path, value);
}
