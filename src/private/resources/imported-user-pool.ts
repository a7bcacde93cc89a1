import { ArnFormat, Stack } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { type ISecureUserPool, UserPoolBase } from '../../user-pool-base';
import { Problems } from '../problems';
import { show } from '../show';
import { UserPoolValidationError } from '../validation-error';

/** Imports a pool by ARN (`UserPool.fromUserPoolArn`, `fromUserPoolId`). */
export function importUserPool(scope: Construct, id: string, userPoolArn: string): ISecureUserPool {
  const stack = Stack.of(scope);
  const parts = stack.splitArn(userPoolArn, ArnFormat.SLASH_RESOURCE_NAME);
  const userPoolId = parts.resourceName;
  if (!userPoolId) {
    // Thrown at once: there is no pool id to import.
    const problems = new Problems();
    problems.add('userPoolArn', 'userPoolArn', `userPoolArn must end in userpool/<id>, got ${show(userPoolArn)}`);
    throw UserPoolValidationError.of(scope, problems.all);
  }
  class ImportedUserPool extends UserPoolBase {
    public readonly userPoolArn = userPoolArn;
    public readonly userPoolId = userPoolId!;
    public readonly userPoolProviderName = `cognito-idp.${parts.region}.${stack.urlSuffix}/${userPoolId}`;
  }
  return new ImportedUserPool(scope, id, { account: parts.account, region: parts.region });
}
