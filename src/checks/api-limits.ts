import { Token } from 'aws-cdk-lib';
import { API_CONSTRAINTS, type ApiConstraint } from './constraints.generated';
import type { Problems } from './problems';
import { show } from './show';


/** The API model's "any printable character" class: letters, marks, symbols, numbers and punctuation. */
const PRINTABLE = '\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}';
/** Within ASCII, exactly `!` to `~`: every one of those is a letter, number, punctuation or symbol, nothing else is. */
const PRINTABLE_ASCII = '!-~';
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Compiled patterns, once per process. Botocore patterns are Java regexes matched against the whole value.
 * An ASCII value is matched against the same pattern with the printable class written as a range, which matches
 * the same ASCII strings and compiles in a fraction of the time of V8's Unicode property classes.
 */
const PATTERNS = new Map<string, RegExp>();
function compile(pattern: string, ascii: boolean): RegExp {
  const source = ascii ? pattern.split(PRINTABLE).join(PRINTABLE_ASCII) : pattern;
  let regex = PATTERNS.get(source);
  if (!regex) {
    const dotAll = source.startsWith('(?s)');
    regex = new RegExp(`^(?:${dotAll ? source.slice(4) : source})$`, dotAll ? 'su' : 'u');
    PATTERNS.set(source, regex);
  }
  return regex;
}

/**
 * Verdicts on literal strings, per constraint: every pool renders the same defaults, and many pools of an app share
 * messages, so each distinct value is matched against the Unicode patterns once. Bounded per constraint.
 */
const VERDICTS = new Map<ApiConstraint, Map<string, string | undefined>>();
const MAX_VERDICTS = 64;

/** The rule a literal value breaks, or undefined. Tokens never break a rule. */
export function breaks(constraint: ApiConstraint, value: unknown): string | undefined {
  if (typeof value !== 'string') { return Token.isUnresolved(value) ? undefined : judge(constraint, value); }
  let verdicts = VERDICTS.get(constraint);
  if (!verdicts) { VERDICTS.set(constraint, verdicts = new Map()); }
  if (verdicts.has(value)) { return verdicts.get(value); }
  if (Token.isUnresolved(value)) { return undefined; }
  const verdict = judge(constraint, value);
  if (verdicts.size < MAX_VERDICTS) { verdicts.set(value, verdict); }
  return verdict;
}

function judge(constraint: ApiConstraint, value: unknown): string | undefined {
  const { minLength = 0, maxLength = Infinity, minimum = -Infinity, maximum = Infinity, minItems = 0, maxItems = Infinity } = constraint;
  if (typeof value === 'string') {
    if (value.length < minLength || value.length > maxLength) {
      return `must be ${minLength} to ${maxLength} characters long, got ${value.length}: ${show(value)}`;
    }
    if (constraint.enum && !constraint.enum.includes(value)) {
      return `must be one of ${constraint.enum.join(', ')}, got ${show(value)}`;
    }
    const ascii = ASCII.test(value);
    const failed = constraint.patterns?.find((p) => !compile(p, ascii).test(value));
    return failed === undefined ? undefined : `must match the pattern ${failed}, got ${show(value)}`;
  }
  if (typeof value === 'number') {
    const whole = !constraint.integer || Number.isInteger(value);
    const range = maximum === Infinity ? `of at least ${minimum}` : `from ${minimum} to ${maximum}`;
    return whole && value >= minimum && value <= maximum
      ? undefined
      : `must be a ${constraint.integer ? 'whole number' : 'number'} ${range}, got ${value}`;
  }
  if (Array.isArray(value) && (value.length < minItems || value.length > maxItems)) {
    return `must have ${minItems} to ${maxItems} items, got ${value.length}`;
  }
  return undefined;
}

/**
 * Checks one value against the limits of a CloudFormation property path; adds a problem under `userPath`.
 * A value is reported once, however many checks reach it.
 */
export function checkValue(problems: Problems, cfnPath: string, userPath: string, value: unknown): void {
  const constraint = API_CONSTRAINTS[cfnPath];
  const rule = constraint && breaks(constraint, value);
  if (rule && !problems.has(userPath) && problems.firstReport(`${cfnPath}=${JSON.stringify(value)}`)) {
    problems.add('apiLimit', userPath, `${userPath} ${rule}`);
  }
}

/** Checks an ARN the API model types as `ArnType` (every ARN in CreateUserPool is; KMSKeyID stands for them). */
export function checkArn(problems: Problems, userPath: string, value: string | undefined): void {
  checkValue(problems, 'LambdaConfig.KMSKeyID', userPath, value);
}

/** Checks a user pool's tags (`UserPoolTags`: the pool's, or a replica's in its regional configuration). */
export function checkTags(problems: Problems, tags: unknown): void {
  for (const [key, value] of Object.entries(tags ?? {})) {
    checkValue(problems, 'UserPoolTags{key}', `tag key ${show(key)}`, key);
    checkValue(problems, 'UserPoolTags{}', `tag ${show(key)} value`, value);
  }
}
