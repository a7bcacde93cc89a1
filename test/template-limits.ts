/**
 * An oracle for the Cognito API limits, independent of the library's own check (src/checks/api-limits.ts): it
 * reads the same extracted data, but matches CloudFormation paths exactly as they appear in the synthesized
 * template and applies each limit with its own code.
 */
import { API_CONSTRAINTS } from '../src/checks/constraints.generated';

type Limits = (typeof API_CONSTRAINTS)[string];

/** Java regexes from botocore, matched against the whole value; `(?s)` becomes the `s` flag. */
function fullMatch(pattern: string, value: string): boolean {
  const dotAll = pattern.startsWith('(?s)');
  return new RegExp(`^(?:${dotAll ? pattern.slice(4) : pattern})$`, dotAll ? 'su' : 'u').test(value);
}

function violation(limits: Limits, value: unknown): string | undefined {
  if (typeof value === 'string') {
    if (value.length < (limits.minLength ?? 0) || value.length > (limits.maxLength ?? Infinity)) { return `length ${value.length}`; }
    if (limits.enum && !limits.enum.includes(value)) { return `not one of ${limits.enum.join(', ')}`; }
    const broken = (limits.patterns ?? []).find((p) => !fullMatch(p, value));
    return broken === undefined ? undefined : `must match the pattern ${broken}`;
  }
  if (typeof value === 'number') {
    const inRange = value >= (limits.minimum ?? -Infinity) && value <= (limits.maximum ?? Infinity);
    return inRange && (!limits.integer || Number.isInteger(value)) ? undefined : `out of range: ${value}`;
  }
  if (Array.isArray(value) && (value.length < (limits.minItems ?? 0) || value.length > (limits.maxItems ?? Infinity))) {
    return `${value.length} items`;
  }
  return undefined;
}

/** Intrinsic functions (Ref, Fn::GetAtt, Fn::Join, ...) are values CloudFormation computes: not checked. */
const isIntrinsic = (value: object) => Object.keys(value).some((key) => key === 'Ref' || key.startsWith('Fn::'));

function visit(value: unknown, path: string, out: string[]): void {
  if (value === null || value === undefined) { return; }
  if (typeof value === 'object' && !Array.isArray(value) && isIntrinsic(value)) { return; }
  const limits = API_CONSTRAINTS[path];
  const broken = limits && violation(limits, value);
  if (broken) { out.push(`${path} ${broken}: ${JSON.stringify(value).slice(0, 80)}`); }
  if (Array.isArray(value)) {
    value.forEach((item) => visit(item, `${path}[]`, out));
  } else if (typeof value === 'object') {
    Object.entries(value).forEach(([key, child]) => visit(child, path ? `${path}.${key}` : key, out));
  }
}

/** What breaks the API limits in every AWS::Cognito::UserPool of a synthesized template. */
export function checkTemplate(template: { Resources?: Record<string, { Type: string; Properties?: object }> }): string[] {
  return Object.entries(template.Resources ?? {})
    .filter(([, resource]) => resource.Type === 'AWS::Cognito::UserPool')
    .flatMap(([logicalId, resource]) => {
      const out: string[] = [];
      visit(resource.Properties ?? {}, '', out);
      return out.map((problem) => `${logicalId}: ${problem}`);
    });
}
