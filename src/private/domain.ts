import type { UserPoolDomainOptions } from 'aws-cdk-lib/aws-cognito';
import { breaks } from '../checks/api-limits';
import { RESOURCE_CONSTRAINTS } from '../checks/constraints.generated';
import { isLiteral, type Problems } from '../checks/problems';
import { REGION_CODE } from '../checks/regions';
import { show } from '../checks/show';
import type { UserPoolDomainFailover } from '../domain';
import { type Warn, WARNINGS } from './warnings';

/**
 * Domains of this library's `UserPoolDomain` (and so `addDomain`): check what Cognito refuses, render the failover
 * routing, and say what to build when there are problems. Pure. docs/validation.md and docs/replicas.md ("Domain
 * failover") give each rule its source.
 */

/**
 * API DomainType (CreateUserPoolDomain): the prefix of a Cognito-hosted domain, 1 to 63 lowercase letters, digits and
 * hyphens, starting and ending with a letter or digit (the pattern carries the length), from the generated limits.
 */
const PREFIX = new RegExp(RESOURCE_CONSTRAINTS['AWS::Cognito::UserPoolDomain'].Domain.patterns![0], 'u');
/** Cognito's developer guide: "You can't use the text aws, amazon, or cognito, in the domain prefix". */
const RESERVED = ['aws', 'amazon', 'cognito'];
/** An ACM certificate ARN's region. */
const CERTIFICATE = /^arn:[^:]+:acm:([^:]*):/;

/**
 * The TLS policy of a custom domain this library creates: the API's "recommended minimum for typical
 * commercial-grade consumer applications" (TLS 1.3 preferred, TLS 1.2 allowed). `TLS_V1_3_2025` allows TLS 1.3
 * only, "ideal for workloads where all clients and browsers are updated"; `TLS_V1` is "strongly discouraged"
 * (API CustomDomainConfigType.SecurityPolicy, 2026-06); docs/clients.md, "Custom domains".
 */
export const CUSTOM_DOMAIN_SECURITY_POLICY = 'TLS_V1_2_2021';

/** The CloudFormation limits of the failover routing (API FailoverType; vendored in scripts/schema-additions). */
const HEALTH_CHECK_ID_LIMIT = RESOURCE_CONSTRAINTS['AWS::Cognito::UserPoolDomain']['Routing.Failover.PrimaryRoute53HealthCheckId'];
const SECONDARY_REGION_LIMIT = RESOURCE_CONSTRAINTS['AWS::Cognito::UserPoolDomain']['Routing.Failover.SecondaryRegion'];

/**
 * Marks a domain construct whose options this library checked (its `UserPoolDomain`, so `addDomain`'s too): the
 * pool's read of its stack at synth doesn't check it again (src/private/resources/pool-references.ts).
 */
export const CHECKED_DOMAIN = Symbol.for('cdk-secure-user-pool.UserPoolDomain');

/** The pool's domains so far, by kind: a pool takes one of each. */
export interface PoolDomains {
  readonly prefix: number;
  readonly custom: number;
}

/** What a domain's checks know of its pool: more for this library's pools than for others. */
export interface DomainPoolContext {
  /** The domains this library's `UserPoolDomain` made for the pool so far; undefined when the pool doesn't count them. */
  readonly domains?: PoolDomains;
  /** The Regions of the pool's replicas as written (`replicas`); undefined when they can't be known (not this library's pool, imported). */
  readonly replicaRegions?: readonly string[];
  /** The pool's own Region, when its stack has one. */
  readonly region?: string;
}

/** A domain's options: aws-cdk-lib's, and this library's failover. */
export interface DomainRequest extends UserPoolDomainOptions {
  readonly failover?: UserPoolDomainFailover;
}

/** `Routing` of `AWS::Cognito::UserPoolDomain`. */
export interface RenderedRouting {
  readonly Failover: { readonly PrimaryRoute53HealthCheckId: string; readonly SecondaryRegion: string };
}

/**
 * The domain's problems and warnings, given what is known of its pool; returns its routing, rendered, when it fails
 * over (`undefined` otherwise, or when the failover has a problem).
 */
export function checkDomain(problems: Problems, warn: Warn, request: DomainRequest, pool: DomainPoolContext): RenderedRouting | undefined {
  const prefixDomain = request.cognitoDomain;
  const customDomain = request.customDomain;
  if ((prefixDomain === undefined) === (customDomain === undefined)) {
    problems.add('domainExactlyOne', 'cognitoDomain', `a domain needs exactly one of cognitoDomain or customDomain, got ${prefixDomain ? 'both' : 'neither'}`);
    return undefined;
  }
  checkDomainPrefix(problems, 'cognitoDomain.domainPrefix', prefixDomain?.domainPrefix);
  // An ACM certificate's reference id is its ARN; a full ICertificate also has certificateArn.
  const certificate = customDomain?.certificate as { certificateArn?: string; certificateRef?: { certificateId?: string } } | undefined;
  checkCertificateRegion(problems, 'customDomain.certificate', certificate?.certificateArn ?? certificate?.certificateRef?.certificateId);
  const kind = prefixDomain ? 'prefix' : 'custom';
  if ((pool.domains?.[kind] ?? 0) > 0) {
    problems.add('domainOnePerKind', prefixDomain ? 'cognitoDomain' : 'customDomain', `the pool already has a ${kind === 'prefix' ? 'Cognito (prefix)' : 'custom'} `
      + 'domain from addDomain or UserPoolDomain: Cognito takes one of each ("User pool already has a domain configured"), so remove one');
  }
  return request.failover === undefined ? undefined : checkFailover(problems, warn, request.failover, kind, pool);
}

/**
 * `failover`: a health check and a secondary Region (both required by the API's FailoverType), the Region defaulting
 * to the pool's replica's. Warns where the sources say it can't work as meant: on a prefix domain, the API reference
 * says routing is "currently only supported for custom domains" (the developer guide says failover works with either
 * kind, hence a warning); and failing over to a Region where the pool has no replica, since the secondary replica is
 * what serves sign-in then (developer guide, "Failover in multi-Region user pools").
 */
function checkFailover(problems: Problems, warn: Warn, failover: UserPoolDomainFailover, kind: 'prefix' | 'custom',
  pool: DomainPoolContext): RenderedRouting | undefined {
  const before = problems.all.length;
  // A reference's id: a health check created in the app is a token; one imported by id is the id.
  const healthCheckId = (failover.healthCheck as { healthCheckRef?: { healthCheckId?: string } } | undefined)?.healthCheckRef?.healthCheckId;
  if (healthCheckId === undefined) {
    problems.add('domainFailoverIncomplete', 'failover.healthCheck', 'failover.healthCheck is required, got none: pass the Route 53 health check '
      + 'that tells whether the primary Region is healthy (a route53.HealthCheck, or route53.HealthCheck.fromHealthCheckId(...))');
  }
  const given = failover.secondaryRegion;
  const secondaryRegion = given ?? pool.replicaRegions?.[0];
  if (secondaryRegion === undefined) {
    problems.add('domainFailoverIncomplete', 'failover.secondaryRegion', 'failover.secondaryRegion is required, got none: '
      + (pool.replicaRegions === undefined
        ? 'the Regions of this pool\'s replicas are not known here (an imported pool, or one not made by this library\'s UserPool), so give the Region of its replica'
        : 'the pool has no replicas to fail over to; add replicas: [{ region }] to the pool, whose Region is then the default'));
  }
  checkFailoverValues(problems, (field) => (field === 'healthCheck' ? 'failover.healthCheck (its id, PrimaryRoute53HealthCheckId)' : 'failover.secondaryRegion'),
    healthCheckId, given);
  if (kind === 'prefix') {
    warn(WARNINGS.domainFailoverOnPrefixDomain, 'failover on a Cognito (prefix) domain: the API reference says routing "is currently only supported '
      + 'for custom domains" (CreateUserPoolDomain), while the developer guide says failover works with either kind; use a custom domain '
      + '(customDomain) unless you know your prefix domain takes it (docs/replicas.md, "Domain failover")');
  }
  const replicas = pool.replicaRegions;
  if (isLiteral(secondaryRegion) && replicas !== undefined && replicas.every((r) => isLiteral(r)) && !replicas.includes(secondaryRegion)) {
    const where = secondaryRegion === pool.region ? 'that is the pool\'s own Region, where the primary serves' : `the pool's replicas are in ${replicas.join(', ') || 'no Region'}`;
    warn(WARNINGS.domainFailoverNotToReplica, `failover.secondaryRegion is ${secondaryRegion}, but ${where}: while the health check is unhealthy `
      + 'Cognito serves managed login "from the secondary replica user pool", so there must be one in that Region; name the Region of the '
      + 'pool\'s replica, or leave secondaryRegion out to default to it (docs/replicas.md, "Domain failover")');
  }
  if (problems.all.length > before || healthCheckId === undefined || secondaryRegion === undefined) { return undefined; }
  return { Failover: { PrimaryRoute53HealthCheckId: healthCheckId, SecondaryRegion: secondaryRegion } };
}

/**
 * The failover's literal values against the CloudFormation limits (API FailoverType: the health check id at most 64
 * characters, the Region 5 to 32) and the Region against a region code. `pathOf` names a field in messages, as the
 * props of `UserPoolDomain` or a domain of the pool's stack made otherwise (src/private/resource-limits.ts). Tokens pass.
 */
export function checkFailoverValues(problems: Problems, pathOf: (field: 'healthCheck' | 'secondaryRegion') => string,
  healthCheckId: unknown, secondaryRegion: unknown): void {
  const tooLong = breaks(HEALTH_CHECK_ID_LIMIT, healthCheckId);
  if (tooLong) {
    problems.add('apiLimit', pathOf('healthCheck'), `${pathOf('healthCheck')} ${tooLong}`);
  }
  const badLength = breaks(SECONDARY_REGION_LIMIT, secondaryRegion);
  if (badLength) {
    problems.add('apiLimit', pathOf('secondaryRegion'), `${pathOf('secondaryRegion')} ${badLength}`);
  } else if (typeof secondaryRegion === 'string' && isLiteral(secondaryRegion) && !REGION_CODE.test(secondaryRegion)) {
    problems.add('regionCode', pathOf('secondaryRegion'), `${pathOf('secondaryRegion')} must be a region code such as us-west-2, got ${show(secondaryRegion)}`);
  }
}

/** A custom domain's certificate, by ARN: in us-east-1. `path` names it in messages. Tokens pass. */
export function checkCertificateRegion(problems: Problems, path: string, certificateArn: string | undefined): void {
  const region = isLiteral(certificateArn) ? CERTIFICATE.exec(certificateArn)?.[1] : undefined;
  if (region !== undefined && region !== 'us-east-1') {
    problems.add('domainCertificateRegion', path, `${path} must be an ACM certificate in us-east-1, got one in ${region}: `
      + 'Cognito custom domains take certificates from US East (N. Virginia) only, whatever the pool\'s region');
  }
}

/**
 * A Cognito domain's prefix: the API's DomainType and the reserved words. `path` names it in messages: the option of
 * `addDomain`, or a domain of the pool's stack made otherwise (src/private/resource-limits.ts). Tokens pass.
 */
export function checkDomainPrefix(problems: Problems, path: string, prefix: string | undefined): void {
  if (!isLiteral(prefix)) { return; }
  if (!PREFIX.test(prefix)) {
    problems.add('domainPrefix', path, `${path} must be 1 to 63 lowercase letters, digits and hyphens, `
      + `starting and ending with a letter or digit, got ${show(prefix)}`);
  }
  const reserved = RESERVED.filter((word) => prefix.toLowerCase().includes(word));
  if (reserved.length > 0) {
    problems.add('domainPrefixReservedWord', path, `${path} must not contain ${reserved.map((w) => show(w)).join(' or ')}, `
      + `got ${show(prefix)}: Cognito reserves aws, amazon and cognito ("Domain cannot contain reserved word")`);
  }
}

/** What to build when there are problems: aws-cdk-lib's own checks throw at once on some of them, and the synth stops anyway. */
export function domainStandIn(options: UserPoolDomainOptions): UserPoolDomainOptions {
  return { ...options, customDomain: undefined, cognitoDomain: { domainPrefix: 'invalid' } };
}
