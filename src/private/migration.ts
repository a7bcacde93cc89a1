import { Token } from 'aws-cdk-lib';
import { STANDARD_ATTRIBUTES } from './attribute-names';
import { isLiteral, type Problems } from '../checks/problems';
import { show } from '../checks/show';

/**
 * `UserPoolMigration`, pure: the checks of its props and the environment its function reads
 * (src/handlers/user-pool-migration documents each variable). docs/migration.md gives the sources.
 */

export interface MigrationInput {
  readonly sourceUserPoolId: string;
  readonly sourceClientId: string;
  readonly sourceRoleArn?: string;
  readonly attributeMapping?: Record<string, string>;
  readonly targetCustomAttributes?: readonly string[];
  /** Whether source and target are the same pool, when both ids are known. */
  readonly samePool: boolean;
}

const STANDARD_NAMES = new Set([...Object.values(STANDARD_ATTRIBUTES).map((a) => a.name), 'email_verified', 'phone_number_verified']);
const ATTRIBUTE_NAME = /^(custom:)?[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,32}$/u;

export function checkMigration(problems: Problems, input: MigrationInput): void {
  if (input.samePool) {
    problems.add('migrationSamePool', 'targetUserPool', `targetUserPool must be another pool than sourceUserPool, got ${show(input.sourceUserPoolId)} for both`);
  }
  for (const [from, to] of Object.entries(input.attributeMapping ?? {})) {
    const path = `attributeMapping[${show(from)}]`;
    if (from === 'sub' || to === 'sub') {
      problems.add('migrationAttribute', path, `${path} can't map sub: the target pool gives every user a new sub, and a migration that returns one fails`);
    } else {
      for (const name of [from, to]) {
        if (isLiteral(name) && name !== '' && !ATTRIBUTE_NAME.test(name)) {
          problems.add('migrationAttribute', path, `${path} must map attribute names (a standard name or custom:<name>, at most 32 characters after custom:), got ${show(name)}`);
        }
      }
    }
  }
  for (const [i, name] of (input.targetCustomAttributes ?? []).entries()) {
    if (isLiteral(name) && !/^custom:.{1,20}$/su.test(name)) {
      problems.add('migrationAttribute', `targetCustomAttributes[${i}]`, `targetCustomAttributes[${i}] must be a custom attribute name such as custom:tenant, got ${show(name)}`);
    }
  }
}

/** The custom attribute names (`custom:<name>`) of a CloudFormation `Schema`: every attribute that is not a standard one. */
export function customAttributeNames(schema: ReadonlyArray<{ readonly name?: string }> | undefined): string[] {
  return (schema ?? []).map((a) => a.name).filter((name): name is string => isLiteral(name) && !STANDARD_NAMES.has(name))
    .map((name) => `custom:${name}`);
}

/** The function's environment. Lists and maps are JSON; a token stays a token inside `Fn::Join` when the template resolves. */
export function migrationEnvironment(input: MigrationInput, targetCustomAttributes: string): Record<string, string> {
  return {
    SOURCE_USER_POOL_ID: input.sourceUserPoolId,
    SOURCE_CLIENT_ID: input.sourceClientId,
    ...(input.sourceRoleArn ? { SOURCE_ROLE_ARN: input.sourceRoleArn } : {}),
    ...(input.attributeMapping && !Token.isUnresolved(input.attributeMapping) ? { ATTRIBUTE_MAPPING: JSON.stringify(input.attributeMapping) } : {}),
    TARGET_CUSTOM_ATTRIBUTES: targetCustomAttributes,
  };
}
