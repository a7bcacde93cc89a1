import { type FoundClient, findClients } from './clients';
import { creationRecordOf, type CreationRecord } from './creation-record';
import type { Resource, StackTemplate } from './templates';
import { CREATION_METADATA_KEY, type CreationMetadata } from '../private/pool-metadata';

/** A user pool found in a template, by any construct. */
export interface FoundPool {
  readonly stack: string;
  /** The template file the pool was read from. */
  readonly file: string;
  readonly logicalId: string;
  readonly properties: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
  /** Read from the properties; the construct path comes from this library's metadata when present. */
  readonly record: CreationRecord;
  readonly deletionProtection: string;
  readonly deletionPolicy: string;
  readonly updateReplacePolicy: string;
  /** Whether this library built it (its metadata is present). */
  readonly secureUserPool: boolean;
  /** The app clients of the pool in the same template. */
  readonly clients: readonly FoundClient[];
  /** The properties of the pool-wide risk configuration attachment (`ClientId: ALL`) in the same template. */
  readonly riskConfiguration?: Record<string, any>;
  /** The event sources of the pool's log delivery configuration in the same template. */
  readonly logEventSources: readonly string[];
  /** Whether a WAF web ACL association names the pool in the same template. */
  readonly webAcl: boolean;
  /** The Regions of the pool's replicas in the same template (`RegionName`, as JSON when it isn't a string). */
  readonly replicas: readonly string[];
  /** The properties of the pool's session tracking attachment in the same template. */
  readonly sessions?: Record<string, any>;
  /**
   * The pool's domains in the same template: logical id, the `Domain` property (as JSON), whether it is a custom domain,
   * and its failover to a replica's Region (`Routing.Failover`), as `<SecondaryRegion> (health check <id>)`.
   */
  readonly domains: ReadonlyArray<{ readonly logicalId: string; readonly domain: string; readonly custom: boolean; readonly failover?: string }>;
}

export function findPools(stacks: readonly StackTemplate[]): FoundPool[] {
  return stacks.flatMap((stackTemplate) => {
    const clients = findClients(stackTemplate);
    return Object.entries(stackTemplate.template.Resources)
      .filter(([, resource]) => resource.Type === 'AWS::Cognito::UserPool')
      .map(([logicalId, resource]) => ({
        ...describe(stackTemplate.stack, logicalId, resource),
        file: stackTemplate.file,
        clients: clients.filter((c) => c.poolLogicalId === logicalId),
        riskConfiguration: Object.values(stackTemplate.template.Resources).find((r) => r.Type === 'AWS::Cognito::UserPoolRiskConfigurationAttachment'
          && (r.Properties?.UserPoolId as { Ref?: string } | undefined)?.Ref === logicalId && r.Properties?.ClientId === 'ALL')?.Properties,
        logEventSources: Object.values(stackTemplate.template.Resources)
          .filter((r) => r.Type === 'AWS::Cognito::LogDeliveryConfiguration' && (r.Properties?.UserPoolId as { Ref?: string } | undefined)?.Ref === logicalId)
          .flatMap((r) => ((r.Properties?.LogConfigurations ?? []) as Array<{ EventSource?: string }>).map((c) => String(c.EventSource))),
        webAcl: Object.values(stackTemplate.template.Resources).some((r) => r.Type === 'AWS::WAFv2::WebACLAssociation'
          && JSON.stringify(r.Properties?.ResourceArn) === JSON.stringify({ 'Fn::GetAtt': [logicalId, 'Arn'] })),
        replicas: Object.values(stackTemplate.template.Resources)
          .filter((r) => r.Type === 'AWS::Cognito::UserPoolReplica' && (r.Properties?.UserPoolId as { Ref?: string } | undefined)?.Ref === logicalId)
          .map((r) => (typeof r.Properties?.RegionName === 'string' ? r.Properties.RegionName : JSON.stringify(r.Properties?.RegionName))),
        sessions: Object.values(stackTemplate.template.Resources).find((r) => r.Type === 'AWS::Cognito::UserPoolSessionConfigurationAttachment'
          && (r.Properties?.UserPoolId as { Ref?: string } | undefined)?.Ref === logicalId)?.Properties,
        domains: Object.entries(stackTemplate.template.Resources)
          .filter(([, r]) => r.Type === 'AWS::Cognito::UserPoolDomain' && (r.Properties?.UserPoolId as { Ref?: string } | undefined)?.Ref === logicalId)
          .map(([id, r]) => ({
            logicalId: id,
            domain: JSON.stringify(r.Properties?.Domain ?? null),
            custom: r.Properties?.CustomDomainConfig !== undefined,
            failover: failoverOf(r.Properties?.Routing),
          })),
      }));
  });
}

/** A domain's `Routing.Failover` as `<SecondaryRegion> (health check <id>)`, each as written (a reference as its JSON). */
function failoverOf(routing: unknown): string | undefined {
  const failover = (routing as { Failover?: Record<string, unknown> } | undefined)?.Failover;
  if (failover === undefined) { return undefined; }
  const written = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value ?? null));
  return `${written(failover.SecondaryRegion)} (health check ${written(failover.PrimaryRoute53HealthCheckId)})`;
}

/** What a pool's own resource says; the rest of FoundPool comes from its neighbours in the template. */
type OwnFields = Omit<FoundPool, 'file' | 'clients' | 'riskConfiguration' | 'logEventSources' | 'webAcl' | 'domains' | 'sessions' | 'replicas'>;

function describe(stack: string, logicalId: string, resource: Resource): OwnFields {
  const properties = resource.Properties ?? {};
  const metadata = resource.Metadata?.[CREATION_METADATA_KEY] as Partial<CreationMetadata> | undefined;
  const cdkPath = resource.Metadata?.['aws:cdk:path'];
  const constructPath = metadata?.constructPath ?? (typeof cdkPath === 'string' ? cdkPath.replace(/\/Resource$/, '') : undefined);
  return {
    stack,
    logicalId,
    properties,
    metadata: resource.Metadata ?? {},
    record: creationRecordOf(properties, constructPath),
    // CloudFormation's defaults: no DeletionProtection is INACTIVE; no DeletionPolicy is Delete.
    deletionProtection: typeof properties.DeletionProtection === 'string' ? properties.DeletionProtection : 'INACTIVE',
    deletionPolicy: resource.DeletionPolicy ?? 'Delete',
    updateReplacePolicy: resource.UpdateReplacePolicy ?? 'Delete',
    secureUserPool: metadata !== undefined,
  };
}

/** `stack/logicalId (construct path)`, how findings name a pool. */
export function nameOf(pool: FoundPool): string {
  return `${pool.stack}/${pool.logicalId}${pool.record.constructPath ? ` (${pool.record.constructPath})` : ''}`;
}
