import { Token } from 'aws-cdk-lib';
import { API_CONSTRAINTS, type ApiConstraint } from './constraints.generated';
import type { Problems } from './problems';
import { userPathOf } from './prop-paths';
import { show } from './show';

/** Constraint paths by lower-cased path, so camelCase L1 keys find their CloudFormation names (KMSKeyID, SMSMessage). */
const BY_LOWER_PATH = new Map(Object.keys(API_CONSTRAINTS).map((path) => [path.toLowerCase(), path]));

/** Compiled patterns, once per process. Botocore patterns are Java regexes matched against the whole value. */
const PATTERNS = new Map<string, RegExp>();
function compile(pattern: string): RegExp {
  let regex = PATTERNS.get(pattern);
  if (!regex) {
    const dotAll = pattern.startsWith('(?s)');
    regex = new RegExp(`^(?:${dotAll ? pattern.slice(4) : pattern})$`, dotAll ? 'su' : 'u');
    PATTERNS.set(pattern, regex);
  }
  return regex;
}

/** The rule a literal value breaks, or undefined. Tokens never break a rule. */
export function breaks(constraint: ApiConstraint, value: unknown): string | undefined {
  if (Token.isUnresolved(value)) { return undefined; }
  const { minLength = 0, maxLength = Infinity, minimum = -Infinity, maximum = Infinity, minItems = 0, maxItems = Infinity } = constraint;
  if (typeof value === 'string') {
    if (value.length < minLength || value.length > maxLength) {
      return `must be ${minLength} to ${maxLength} characters long, got ${value.length}: ${show(value)}`;
    }
    if (constraint.enum && !constraint.enum.includes(value)) {
      return `must be one of ${constraint.enum.join(', ')}, got ${show(value)}`;
    }
    const failed = constraint.patterns?.find((p) => !compile(p).test(value));
    return failed === undefined ? undefined : `must match the pattern ${failed}, got ${show(value)}`;
  }
  if (typeof value === 'number') {
    const whole = !constraint.integer || Number.isInteger(value);
    return whole && value >= minimum && value <= maximum
      ? undefined
      : `must be a ${constraint.integer ? 'whole number' : 'number'} from ${minimum} to ${maximum}, got ${value}`;
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
    problems.add(userPath, `${userPath} ${rule}`);
  }
}

/** Checks an ARN the API model types as `ArnType` (every ARN in CreateUserPool is; KMSKeyID stands for them). */
export function checkArn(problems: Problems, userPath: string, value: string | undefined): void {
  checkValue(problems, 'LambdaConfig.KMSKeyID', userPath, value);
}

/**
 * Checks every literal value of the rendered properties (either casing) against the limits extracted from the
 * Cognito API model and the CloudFormation schema; a problem names the prop the value came from.
 */
export function checkRendered(problems: Problems, rendered: { readonly properties: object; readonly unmodelled: object }): void {
  walk(problems, rendered.properties, '');
  walk(problems, rendered.unmodelled, '');
}

function walk(problems: Problems, value: unknown, path: string): void {
  if (value === undefined || value === null || Token.isUnresolved(value)) { return; }
  const canonical = path && BY_LOWER_PATH.get(path.toLowerCase());
  if (canonical && breaks(API_CONSTRAINTS[canonical], value)) {
    checkValue(problems, canonical, userPathOf(canonical), value);
  }
  if (Array.isArray(value)) {
    value.forEach((item) => walk(problems, item, `${path}[]`));
  } else if (typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      walk(problems, child, path ? `${path}.${key}` : key);
    }
  }
}
