import { Lazy, Stack } from 'aws-cdk-lib';
import {
  CfnPolicy, Grant, PolicyDocument, type AddToPrincipalPolicyResult, type IGrantable, type IPrincipal, type IRole, type Policy, type PolicyStatement,
} from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/**
 * A principal that adds statements to a separate IAM policy attached to the role, instead of the role's default
 * policy. A Lambda function depends on its role's default policy, so a grant there that names the pool closes the
 * cycle function → policy → pool → function (aws/aws-cdk#7016). Nothing depends on this policy.
 *
 * It renders what `iam.Policy` renders (same construct path, logical id, name and document) from the L1 directly,
 * which costs half as much to construct. One is made per (stack, role), in the stack of the pool granting: every pool
 * of a stack that grants to one role (a trigger function shared by many pools) adds to one document, whose identical
 * statements merge, instead of one policy per pool. That keeps the role under IAM's 10,240-character total for
 * inline policies (IAM quotas) and saves a resource per pool. It is attached the way aws-cdk-lib attaches
 * a policy, by the role itself (`attachInlinePolicy`): a role created in the app or imported mutable from this
 * account takes it; an immutable role (`mutable: false`, `withoutPolicyUpdates()`, a role of another account)
 * ignores it, and then the policy is not written at all.
 */
class SeparatePolicy extends Construct implements IPrincipal {
  public readonly grantPrincipal: IPrincipal = this;
  public readonly assumeRoleAction: string;
  public readonly policyFragment: IPrincipal['policyFragment'];
  public readonly principalAccount?: string;
  /** What `attachInlinePolicy` reads of a policy: its account (an imported role compares it with its own) and name. */
  public readonly env: { readonly account: string; readonly region: string };
  public readonly policyName: string;
  public readonly document = new PolicyDocument();
  private readonly resource: CfnPolicy;
  private readonly roles: string[] = [];

  constructor(scope: Construct, id: string, role: IRole) {
    super(scope, id);
    this.assumeRoleAction = role.assumeRoleAction;
    this.policyFragment = role.policyFragment;
    this.principalAccount = role.principalAccount;
    const stack = Stack.of(this);
    this.env = { account: stack.account, region: stack.region };
    // As iam.Policy names it: the logical id, at most 128 characters from its end.
    this.policyName = Lazy.string({ produce: (): string => (stack.resolve(this.resource.logicalId) as string).slice(-128) });
    this.resource = new CfnPolicy(this, 'Resource', {
      policyDocument: this.document,
      policyName: this.policyName,
      roles: Lazy.list({ produce: () => this.roles }),
    });
  }

  /** Called by the role's `attachInlinePolicy` when the role takes the policy. */
  public attachToRole(role: IRole): void {
    this.roles.push(role.roleName);
  }

  /** Whether a role took the policy. */
  public get attached(): boolean {
    return this.roles.length > 0;
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
 * Grants `actions` on `resourceArns`. A role gets them through one separate policy per role in the stack of `scope`
 * (so trigger functions can be granted on their own pool); any other principal the usual way.
 */
export function grantWithoutCycles(scope: Construct, grantee: IGrantable, actions: string[], resourceArns: string[]): Grant {
  const role = asRole(grantee.grantPrincipal);
  const policy = role && separatePolicyFor(Stack.of(scope), role);
  // A principal that is not a role, or a role that takes no policy: as aws-cdk-lib's `Grant.addToPrincipal` does.
  return Grant.addToPrincipal({ grantee: policy ?? grantee, actions, resourceArns });
}

/** The role's separate policy in `stack`, or undefined when the role doesn't take policies (see `SeparatePolicy`). */
function separatePolicyFor(stack: Stack, role: IRole): SeparatePolicy | undefined {
  const id = `Grants${role.node.addr}`;
  const existing = stack.node.tryFindChild(id) as SeparatePolicy | undefined;
  if (existing) { return existing; }
  const policy = new SeparatePolicy(stack, id, role);
  role.attachInlinePolicy(policy as unknown as Policy);
  if (policy.attached) { return policy; }
  stack.node.tryRemoveChild(id);
  return undefined;
}
