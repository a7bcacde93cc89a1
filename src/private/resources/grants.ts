import { Lazy, Stack } from 'aws-cdk-lib';
import {
  CfnPolicy, Grant, PolicyDocument, type AddToPrincipalPolicyResult, type IGrantable, type IPrincipal, type IRole, type PolicyStatement,
} from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/**
 * A principal that adds statements to a separate IAM policy attached to the role, instead of the role's default
 * policy. A Lambda function depends on its role's default policy, so a grant there that names the pool closes the
 * cycle function → policy → pool → function (aws/aws-cdk#7016). Nothing depends on this policy.
 *
 * It renders what `iam.Policy` renders (same construct path, logical id, name and document) from the L1 directly,
 * which costs half as much to construct: one is made per (pool, role).
 */
class SeparatePolicy extends Construct implements IPrincipal {
  public readonly grantPrincipal: IPrincipal = this;
  public readonly assumeRoleAction: string;
  public readonly policyFragment: IPrincipal['policyFragment'];
  public readonly principalAccount?: string;
  private readonly document = new PolicyDocument();
  private readonly resource: CfnPolicy;

  constructor(scope: Construct, id: string, role: IRole) {
    super(scope, id);
    this.assumeRoleAction = role.assumeRoleAction;
    this.policyFragment = role.policyFragment;
    this.principalAccount = role.principalAccount;
    const resource: CfnPolicy = this.resource = new CfnPolicy(this, 'Resource', {
      policyDocument: this.document,
      // As iam.Policy names it: the logical id, at most 128 characters from its end.
      policyName: Lazy.string({ produce: (): string => (Stack.of(resource).resolve(resource.logicalId) as string).slice(-128) }),
      roles: [role.roleName],
    });
  }

  public addToPolicy(statement: PolicyStatement): boolean {
    return this.addToPrincipalPolicy(statement).statementAdded;
  }

  public addToPrincipalPolicy(statement: PolicyStatement): AddToPrincipalPolicyResult {
    this.document.addStatements(statement);
    return { statementAdded: true, policyDependable: this.resource };
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
  const policy = scope.node.tryFindChild(id) as SeparatePolicy | undefined ?? new SeparatePolicy(scope, id, role);
  return Grant.addToPrincipal({ grantee: policy, actions, resourceArns });
}
