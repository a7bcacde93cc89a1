import type { UserPoolDomainOptions } from 'aws-cdk-lib/aws-cognito';
import { RESOURCE_CONSTRAINTS } from '../checks/constraints.generated';
import { isLiteral, type Problems } from '../checks/problems';
import { show } from '../checks/show';

/**
 * Domains added with `addDomain`: check what Cognito refuses, and say what to build when there are problems. Pure.
 * docs/validation.md ("Domains") gives each rule its source.
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

/** The pool's domains so far, by kind: a pool takes one of each. */
export interface PoolDomains {
  readonly prefix: number;
  readonly custom: number;
}

/** The domain's problems, given the domains the pool already has through `addDomain`. */
export function checkDomain(problems: Problems, options: UserPoolDomainOptions, existing: PoolDomains): void {
  const prefixDomain = options.cognitoDomain;
  const customDomain = options.customDomain;
  if ((prefixDomain === undefined) === (customDomain === undefined)) {
    problems.add('domainExactlyOne', 'cognitoDomain', `addDomain needs exactly one of cognitoDomain or customDomain, got ${prefixDomain ? 'both' : 'neither'}`);
    return;
  }
  checkDomainPrefix(problems, 'cognitoDomain.domainPrefix', prefixDomain?.domainPrefix);
  // An ACM certificate's reference id is its ARN; a full ICertificate also has certificateArn.
  const certificate = customDomain?.certificate as { certificateArn?: string; certificateRef?: { certificateId?: string } } | undefined;
  checkCertificateRegion(problems, 'customDomain.certificate', certificate?.certificateArn ?? certificate?.certificateRef?.certificateId);
  const kind = prefixDomain ? 'prefix' : 'custom';
  if (existing[kind] > 0) {
    problems.add('domainOnePerKind', prefixDomain ? 'cognitoDomain' : 'customDomain', `the pool already has a ${kind === 'prefix' ? 'Cognito (prefix)' : 'custom'} `
      + 'domain from addDomain: Cognito takes one of each ("User pool already has a domain configured"), so remove one');
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
