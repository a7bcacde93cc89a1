import { Names, type RemovalPolicy } from 'aws-cdk-lib';
import type { CfnUserPool } from 'aws-cdk-lib/aws-cognito';
import { PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IRoleRef } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

/** External ids are at most 1224 characters (the API's limit is far larger; this matches the IAM condition limit). */
const MAX_EXTERNAL_ID = 1224;

export interface SmsOptions {
  readonly needed: boolean;
  readonly smsRole?: IRoleRef;
  readonly smsRoleExternalId?: string;
  readonly snsRegion?: string;
  readonly enableSmsRole?: boolean;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The `SmsConfiguration` of a pool, creating the `SmsRole` when SMS is used and no role is given.
 * The role carries the pool's removal policy, so a retained pool never points at a deleted role.
 */
export function configureSms(pool: Construct, options: SmsOptions): CfnUserPool.SmsConfigurationProperty | undefined {
  if (options.smsRole) {
    return { snsCallerArn: options.smsRole.roleRef.roleArn, externalId: options.smsRoleExternalId, snsRegion: options.snsRegion };
  }
  const wanted = options.enableSmsRole ?? options.needed;
  if (!wanted) { return undefined; }
  const externalId = options.smsRoleExternalId ?? Names.uniqueId(pool).slice(0, MAX_EXTERNAL_ID);
  const role = new Role(pool, 'SmsRole', {
    description: `Lets Cognito send SMS for ${pool.node.path}`,
    assumedBy: new ServicePrincipal('cognito-idp.amazonaws.com', {
      conditions: { StringEquals: { 'sts:ExternalId': externalId } },
    }),
    inlinePolicies: {
      'sns-publish': new PolicyDocument({
        statements: [new PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })],
      }),
    },
  });
  role.applyRemovalPolicy(options.removalPolicy);
  return { snsCallerArn: role.roleArn, externalId, snsRegion: options.snsRegion };
}
