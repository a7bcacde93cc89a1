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
  constructor(private readonly pool: IUserPool) {}

  public visit(node: IConstruct): void {
    if (node !== this.pool) { return; }
    const stack = Stack.of(this.pool);
    const key = (value: unknown) => JSON.stringify(stack.resolve(value));
    const poolId = key(this.pool.userPoolId);
    const resources = stack.node.findAll().filter(CfnResource.isCfnResource) as Array<CfnResource & Record<string, unknown>>;
    const ofPool = (type: string) => resources.filter((r) => r.cfnResourceType === type && key(r.userPoolId) === poolId);
    if (!ofPool('AWS::Cognito::UserPoolDomain').some((d) => stack.resolve(d.managedLoginVersion) === 2)) { return; }
    const branded = new Set(ofPool('AWS::Cognito::ManagedLoginBranding').map((b) => key(b.clientId)));
    for (const client of ofPool('AWS::Cognito::UserPoolClient')) {
      const id = `ManagedLoginBranding${client.node.addr}`;
      // Login pages are for the browser flows: a machine client (client credentials only) never shows them.
      const flows = stack.resolve(client.allowedOAuthFlows) as unknown;
      const browser = !Array.isArray(flows) || flows.some((f) => f !== 'client_credentials');
      const oAuth = stack.resolve(client.allowedOAuthFlowsUserPoolClient) === true;
      if (!oAuth || !browser || branded.has(key(client.ref)) || this.pool.node.tryFindChild(id)) { continue; }
      new CfnManagedLoginBranding(this.pool, id, { userPoolId: this.pool.userPoolId, clientId: client.ref, useCognitoProvidedValues: true });
    }
  }
}

const WITH_BRANDING = new WeakSet<IUserPool>();

/** Makes sure the pool's OAuth clients get a managed login branding when a domain uses the newer managed login. */
export function brandManagedLogin(pool: IUserPool): void {
  if (WITH_BRANDING.has(pool)) { return; }
  WITH_BRANDING.add(pool);
  Aspects.of(pool).add(new ManagedLoginBrandingAspect(pool));
}
