import { Aspects, CfnResource, type IAspect, Stack } from 'aws-cdk-lib';
import { CfnManagedLoginBranding, type IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { IConstruct } from 'constructs';

/**
 * Managed login that works: a domain on the newer managed login shows "Login pages unavailable" for an app client
 * that has no `AWS::Cognito::ManagedLoginBranding` (aws/aws-cdk#32463). When the app synthesizes, every client of
 * the pool with a browser OAuth flow (code or implicit grant) gets a branding with Cognito's provided values, unless
 * one is already there for it, whether the client or the domain came first. Only the pool's stack is searched.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/managed-login-brandingeditor.html
 */
class ManagedLoginBrandingAspect implements IAspect {
  /** The pools of this stack that asked for branding, in the order they asked. */
  public readonly pools = new Set<IUserPool>();
  /** Whether the stack was visited: a pool that asks later (from another aspect) needs an aspect of its own. */
  public visited = false;

  /** `anchor`: the construct whose visit runs the pass (the stack; a late pool itself). */
  constructor(private readonly stack: Stack, private readonly anchor: IConstruct) {}

  /**
   * One pass over the stack for all its pools: its resources are listed and resolved once, not once per pool. Pools
   * that are the same pool (an imported copy beside the created one) are handled once, and a client is branded once.
   */
  public visit(node: IConstruct): void {
    if (node !== this.anchor) { return; }
    this.visited = true;
    const stack = this.stack;
    const key = (value: unknown) => JSON.stringify(stack.resolve(value));
    const byPool = new Map<string, Array<CfnResource & Record<string, unknown>>>();
    for (const r of stack.node.findAll() as Array<CfnResource & Record<string, unknown>>) {
      if (!CfnResource.isCfnResource(r) || !BRANDING_TYPES.has(r.cfnResourceType)) { continue; }
      const poolId = key(r.userPoolId);
      byPool.set(poolId, [...byPool.get(poolId) ?? [], r]);
    }
    const done = new Set<string>();
    for (const pool of this.pools) {
      const poolId = key(pool.userPoolId);
      if (done.has(poolId)) { continue; }
      done.add(poolId);
      const resources = byPool.get(poolId) ?? [];
      const ofType = (type: string) => resources.filter((r) => r.cfnResourceType === type);
      if (!ofType('AWS::Cognito::UserPoolDomain').some((d) => stack.resolve(d.managedLoginVersion) === 2)) { continue; }
      const branded = new Set(ofType('AWS::Cognito::ManagedLoginBranding').map((b) => key(b.clientId)));
      for (const client of ofType('AWS::Cognito::UserPoolClient')) {
        const id = `ManagedLoginBranding${client.node.addr}`;
        // Login pages are for the browser flows: a machine client (client credentials only) never shows them.
        const flows = stack.resolve(client.allowedOAuthFlows) as unknown;
        const browser = !Array.isArray(flows) || flows.some((f) => f !== 'client_credentials');
        const oAuth = stack.resolve(client.allowedOAuthFlowsUserPoolClient) === true;
        if (!oAuth || !browser || branded.has(key(client.ref)) || pool.node.tryFindChild(id)) { continue; }
        new CfnManagedLoginBranding(pool, id, { userPoolId: pool.userPoolId, clientId: client.ref, useCognitoProvidedValues: true });
        branded.add(key(client.ref));
      }
    }
  }
}

const BRANDING_TYPES = new Set(['AWS::Cognito::UserPoolDomain', 'AWS::Cognito::ManagedLoginBranding', 'AWS::Cognito::UserPoolClient']);
const ASPECTS = new WeakMap<Stack, ManagedLoginBrandingAspect>();

/** Makes sure the pool's OAuth clients get a managed login branding when a domain uses the newer managed login. */
export function brandManagedLogin(pool: IUserPool): void {
  const stack = Stack.of(pool);
  let aspect = ASPECTS.get(stack);
  if (!aspect) {
    ASPECTS.set(stack, aspect = new ManagedLoginBrandingAspect(stack, stack));
    Aspects.of(stack).add(aspect);
  } else if (aspect.visited) {
    // A pool made while aspects run (by another aspect), after its stack was visited: it is visited on its own.
    aspect = new ManagedLoginBrandingAspect(stack, pool);
    Aspects.of(pool).add(aspect);
  }
  aspect.pools.add(pool);
}
