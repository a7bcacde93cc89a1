import { Annotations, type CfnResource, Stack, Token } from 'aws-cdk-lib';
import { UserPoolDomain as CdkUserPoolDomain, type UserPoolDomainProps as CdkUserPoolDomainProps } from 'aws-cdk-lib/aws-cognito';
import type { aws_route53 as route53Refs } from 'aws-cdk-lib/interfaces';
import type { Construct, IConstruct } from 'constructs';
import { reportOnSynth } from './checks/validation-error';
import { brandManagedLogin, CHECKED_DOMAIN, compileDomain, type PoolDomains } from './private';

/**
 * Failover of a domain's managed login, federation and OAuth endpoints to the pool's replica in another Region
 * (`Routing.Failover` of `AWS::Cognito::UserPoolDomain`): while the health check is unhealthy, Cognito serves them from
 * the secondary replica. See docs/replicas.md, "Domain failover".
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-multi-region.html
 */
export interface UserPoolDomainFailover {
  /**
   * The Route 53 health check that tells whether the primary Region is healthy (`PrimaryRoute53HealthCheckId`):
   * healthy routes to the primary, unhealthy to the secondary Region. A `route53.HealthCheck` of the app, or one
   * made elsewhere by id: `route53.HealthCheck.fromHealthCheckId(this, 'Primary', '<id>')`. You decide what it
   * watches.
   */
  readonly healthCheck: route53Refs.IHealthCheckRef;

  /**
   * The Region to fail over to (`SecondaryRegion`): the Region of the pool's replica.
   * @default - the Region of the pool's replica, for this library's `UserPool` with `replicas`; required otherwise
   */
  readonly secondaryRegion?: string;
}

/** Props of a domain: aws-cdk-lib's `UserPoolDomainProps`, and what its `UserPoolDomain` doesn't model yet. */
export interface UserPoolDomainProps extends CdkUserPoolDomainProps {
  /**
   * Fail the domain over to the pool's replica in another Region when a Route 53 health check is unhealthy
   * (`Routing.Failover`). The API reference supports it on custom domains. An update without interruption.
   * See docs/replicas.md, "Domain failover".
   * @default - no failover: the domain is served from the pool's own Region only
   */
  readonly failover?: UserPoolDomainFailover;
}

/** What this library's pools tell a domain: created and imported pools count their domains; created pools know their replicas. */
interface DomainPool extends IConstruct {
  _domains?: PoolDomains;
  readonly _replicas?: ReadonlyArray<{ readonly region: string; readonly resource: IConstruct }>;
}

/**
 * A user pool domain checked before it deploys: aws-cdk-lib's `UserPoolDomain`, so anything that accepts one accepts
 * this, and what `addDomain` creates.
 *
 * - A Cognito prefix is checked against the API's pattern and reserved words, a custom domain's certificate must be in
 *   us-east-1, and a pool takes one domain of each kind.
 * - A custom domain gets the TLS policy the API recommends (`TLS_V1_2_2021`).
 * - On the newer managed login, the pool's OAuth clients get a managed login branding with Cognito's provided values.
 * - `failover` routes the domain to the pool's replica while a Route 53 health check is unhealthy.
 *
 * Problems are reported when the app synthesizes, with the rest of the app's. See docs/validation.md and docs/replicas.md.
 */
export class UserPoolDomain extends CdkUserPoolDomain {
  constructor(scope: Construct, id: string, props: UserPoolDomainProps) {
    const pool = props.userPool as Partial<DomainPool>;
    const replicas = pool._replicas;
    const region = Stack.of(props.userPool).region;
    const compiled = compileDomain(props, {
      domains: pool._domains,
      replicaRegions: replicas?.map((r) => r.region),
      region: Token.isUnresolved(region) ? undefined : region,
    });
    // A domain with problems is built as a stand-in that aws-cdk-lib's own checks can't stop the app on, so that every
    // problem is reported at synth; the app can't synthesize until they are fixed.
    super(scope, id, { ...compiled.options, userPool: props.userPool });
    Object.defineProperty(this, CHECKED_DOMAIN, { value: true });
    reportOnSynth(this, compiled.problems);
    const resource = this.node.defaultChild as CfnResource;
    if (compiled.securityPolicy) {
      // An override: aws-cdk-lib models CustomDomainConfig.SecurityPolicy only from 2.278 (this library's minimum is 2.257).
      resource.addPropertyOverride('CustomDomainConfig.SecurityPolicy', compiled.securityPolicy);
    }
    if (compiled.routing) {
      // An override for the same reason (Routing from 2.276). The domain is configured after the replica exists, the
      // order the developer guide gives (create the replica, then configure the domain for failover).
      resource.addPropertyOverride('Routing', compiled.routing);
      replicas?.forEach((replica) => this.node.addDependency(replica.resource));
    }
    for (const warning of compiled.warnings) {
      Annotations.of(this).addWarningV2(warning.id, warning.message);
    }
    if (compiled.problems.length === 0 && pool._domains) {
      const kind = props.cognitoDomain ? 'prefix' : 'custom';
      pool._domains = { ...pool._domains, [kind]: pool._domains[kind] + 1 };
    }
    if ('userPoolId' in props.userPool) {
      brandManagedLogin(props.userPool as never);
    }
  }
}
