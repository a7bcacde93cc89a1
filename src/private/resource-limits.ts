import { Token } from 'aws-cdk-lib';
import { checkCertificateRegion, checkDomainPrefix, checkFailoverValues } from './domain';
import { breaks } from '../checks/api-limits';
import { type ApiConstraint, RESOURCE_CONSTRAINTS } from '../checks/constraints.generated';
import type { Problems } from '../checks/problems';
import { show } from '../checks/show';

/**
 * The per-property limits of the resources around a pool (docs/validation.md, "Limits of the resources around the
 * pool"): app clients, resource servers, groups, identity providers and domains of the pool's stack, whichever
 * construct library made them, checked when the app synthesizes against the limits generated from the API model
 * (`RESOURCE_CONSTRAINTS`). Pure: `resources/pool-references.ts` reads the stack and passes each resource's rendered
 * CloudFormation properties; tokens are never rejected.
 */

/** The checked resource types: what a user calls one, and the prop (aws-cdk-lib's name) behind each top-level property. */
export const RESOURCE_PROPS: {
  readonly [type: string]: {
    readonly kind: string;
    readonly props: { readonly [cfnProperty: string]: string };
    /** Nested paths whose prop isn't the top-level prop's path (this library's `UserPoolDomain` props). */
    readonly paths?: { readonly [cfnPath: string]: string };
  };
} = {
  'AWS::Cognito::UserPoolClient': {
    kind: 'app client',
    props: {
      ClientName: 'userPoolClientName',
      CallbackURLs: 'oAuth.callbackUrls',
      LogoutURLs: 'oAuth.logoutUrls',
      DefaultRedirectURI: 'oAuth.defaultRedirectUri',
      AllowedOAuthScopes: 'oAuth.scopes',
      SupportedIdentityProviders: 'supportedIdentityProviders',
      ReadAttributes: 'readAttributes',
      WriteAttributes: 'writeAttributes',
    },
  },
  'AWS::Cognito::UserPoolResourceServer': {
    kind: 'resource server',
    props: { Identifier: 'identifier', Name: 'userPoolResourceServerName', Scopes: 'scopes' },
  },
  'AWS::Cognito::UserPoolGroup': {
    kind: 'group',
    props: { GroupName: 'groupName', Description: 'description', Precedence: 'precedence' },
  },
  'AWS::Cognito::UserPoolIdentityProvider': {
    kind: 'identity provider',
    props: { ProviderName: 'providerName', ProviderDetails: 'providerDetails', AttributeMapping: 'attributeMapping', IdpIdentifiers: 'identifiers' },
  },
  'AWS::Cognito::UserPoolDomain': {
    kind: 'domain',
    // Checked by the prefix rules of `addDomain` (domain.ts), and only for a Cognito (prefix) domain; Routing by failover's.
    props: { Domain: 'cognitoDomain.domainPrefix', Routing: 'failover' },
    paths: {
      'Routing.Failover.PrimaryRoute53HealthCheckId': 'failover.healthCheck',
      'Routing.Failover.SecondaryRegion': 'failover.secondaryRegion',
    },
  },
};

/** The prop a user writes for a limited CloudFormation path (`Scopes[].ScopeName` → `scopes[].scopeName`), for the docs. */
export function resourcePropOf(type: string, cfnPath: string): string {
  const path = RESOURCE_PROPS[type]?.paths?.[cfnPath];
  if (path) { return path; }
  const [top, ...rest] = cfnPath.split('.');
  const name = top.replace(/(\[\]|\{key\}|\{\})$/, '');
  const prop = RESOURCE_PROPS[type]?.props[name] ?? name;
  return [prop + top.slice(name.length), ...rest.map(lowerFirst)].join('.');
}

/** One resource of the pool's stack: its path in messages, its type and its rendered CloudFormation properties. */
export interface ResourceProperties {
  readonly path: string;
  readonly type: string;
  readonly properties: { readonly [cfnProperty: string]: unknown };
}

/** Checks each resource's literal values against the limits of its type; problems name the resource, the prop and the value. */
export function checkResourceLimits(problems: Problems, resources: readonly ResourceProperties[]): void {
  for (const { path, type, properties } of resources) {
    const limits = RESOURCE_CONSTRAINTS[type];
    const props = RESOURCE_PROPS[type]?.props;
    if (!limits || !props) { continue; }
    if (type === 'AWS::Cognito::UserPoolDomain') {
      // A custom domain's `Domain` is a full domain name; DomainType is the prefix of a Cognito domain.
      if (properties.CustomDomainConfig === undefined && typeof properties.Domain === 'string') {
        checkDomainPrefix(problems, `${path} ${props.Domain} (Domain)`, properties.Domain);
      }
      const certificateArn = (properties.CustomDomainConfig as { CertificateArn?: unknown } | undefined)?.CertificateArn;
      if (typeof certificateArn === 'string') {
        checkCertificateRegion(problems, `${path} customDomain.certificate (CustomDomainConfig.CertificateArn)`, certificateArn);
      }
      // Routing.Failover as an L1 that models it renders it (aws-cdk-lib 2.276 and later); an override is not read.
      const failover = (properties.Routing as { Failover?: Record<string, unknown> } | undefined)?.Failover;
      if (typeof failover === 'object' && failover !== null && !Token.isUnresolved(failover)) {
        const cfnPaths = { healthCheck: 'Routing.Failover.PrimaryRoute53HealthCheckId', secondaryRegion: 'Routing.Failover.SecondaryRegion' };
        checkFailoverValues(problems, (field) => `${path} failover.${field} (${cfnPaths[field]})`, failover.PrimaryRoute53HealthCheckId, failover.SecondaryRegion);
      }
      continue;
    }
    for (const [cfnProperty, prop] of Object.entries(props)) {
      walk(problems, limits, properties[cfnProperty], cfnProperty, `${path} ${prop}`);
    }
  }
}

/** Checks a value at a limited path, then its items, map entries or members that have limits of their own. */
function walk(problems: Problems, limits: { readonly [path: string]: ApiConstraint }, value: unknown, cfnPath: string, userPath: string): void {
  if (value === undefined || value === null || (typeof value === 'object' && Token.isUnresolved(value))) { return; }
  const report = (constraint: ApiConstraint | undefined, at: string, path: string, v: unknown) => {
    const rule = constraint && breaks(constraint, v);
    if (rule) { problems.add('apiLimit', path, `${path} (${at}) ${rule}`); }
  };
  report(limits[cfnPath], cfnPath, userPath, value);
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(problems, limits, item, `${cfnPath}[]`, `${userPath}[${i}]`));
  } else if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (`${cfnPath}{key}` in limits || `${cfnPath}{}` in limits) {
      for (const [key, item] of entries) {
        if (!Token.isUnresolved(key)) { report(limits[`${cfnPath}{key}`], `${cfnPath}{key}`, `${userPath} key ${show(key)}`, key); }
        walk(problems, limits, item, `${cfnPath}{}`, `${userPath}[${show(key)}]`);
      }
    } else {
      for (const [key, item] of entries) {
        walk(problems, limits, item, `${cfnPath}.${key}`, `${userPath}.${lowerFirst(key)}`);
      }
    }
  }
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
