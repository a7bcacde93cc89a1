import { Grant, Policy, type AddToPrincipalPolicyResult, type IGrantable, type IPrincipal, type IRole, type PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

/**
 * A principal that adds statements to a separate `iam.Policy` attached to the role, instead of the role's
 * default policy. A Lambda function depends on its role's default policy, so a grant there that names the
 * pool closes the cycle function → policy → pool → function (aws/aws-cdk#7016). Nothing depends on this policy.
 */
class SeparatePolicyPrincipal implements IPrincipal {
  public readonly grantPrincipal: IPrincipal = this;
  public readonly assumeRoleAction: string;
  public readonly policyFragment: IPrincipal['policyFragment'];
  public readonly principalAccount?: string;

  constructor(role: IRole, private readonly policy: Policy) {
    this.assumeRoleAction = role.assumeRoleAction;
    this.policyFragment = role.policyFragment;
    this.principalAccount = role.principalAccount;
  }

  public addToPolicy(statement: PolicyStatement): boolean {
    return this.addToPrincipalPolicy(statement).statementAdded;
  }

  public addToPrincipalPolicy(statement: PolicyStatement): AddToPrincipalPolicyResult {
    this.policy.addStatements(statement);
    return { statementAdded: true, policyDependable: this.policy };
  }
}

function asRole(principal: IPrincipal): IRole | undefined {
  return 'roleArn' in principal && 'attachInlinePolicy' in principal ? principal as IRole : undefined;
}

/**
 * Grants `actions` on `resourceArns`. A role gets them through one separate policy per role in `scope`
 * (so trigger functions can be granted on their own pool); any other principal the usual way.
 */
export function grantWithoutCycles(scope: Construct, grantee: IGrantable, actions: string[], resourceArns: string[]): Grant {
  const role = asRole(grantee.grantPrincipal);
  if (!role) {
    return Grant.addToPrincipal({ grantee, actions, resourceArns });
  }
  const id = `Grants${role.node.addr}`;
  const policy = scope.node.tryFindChild(id) as Policy | undefined ?? new Policy(scope, id, { roles: [role] });
  return Grant.addToPrincipal({ grantee: { grantPrincipal: new SeparatePolicyPrincipal(role, policy) }, actions, resourceArns });
}
