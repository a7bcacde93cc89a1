import { Aws, Names, type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { CfnUserPool } from 'aws-cdk-lib/aws-cognito';
import { Effect, PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IRoleRef } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

/** External ids are at most 1224 characters (the API's limit is far larger; this matches the IAM condition limit). */
const MAX_EXTERNAL_ID = 1224;

export interface SmsOptions {
  readonly smsRole?: IRoleRef;
  readonly smsRoleExternalId?: string;
  readonly snsRegion?: string;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The `SmsConfiguration` of a pool that sends SMS: the given role, or a created `SmsRole`.
 * The role carries the pool's removal policy, so a retained pool never points at a deleted role.
 */
export function configureSms(pool: Construct, options: SmsOptions): CfnUserPool.SmsConfigurationProperty {
  if (options.smsRole) {
    return { snsCallerArn: options.smsRole.roleRef.roleArn, externalId: options.smsRoleExternalId, snsRegion: options.snsRegion };
  }
  const externalId = options.smsRoleExternalId ?? Names.uniqueId(pool).slice(0, MAX_EXTERNAL_ID);
  const role = new Role(pool, 'SmsRole', {
    description: `Lets Cognito send SMS for ${pool.node.path}`,
    // Confused-deputy protection: the external id, and this account only. Naming the pool's ARN here would be a
    // circular dependency, because the pool names this role.
    assumedBy: new ServicePrincipal('cognito-idp.amazonaws.com', {
      conditions: { StringEquals: { 'sts:ExternalId': externalId, 'aws:SourceAccount': Stack.of(pool).account } },
    }),
    inlinePolicies: {
      'sns-publish-sms': new PolicyDocument({
        statements: [
          // SMS goes to phone numbers, which have no ARN: publishing needs resource "*".
          new PolicyStatement({ sid: 'PublishSms', actions: ['sns:Publish'], resources: ['*'] }),
          // Nothing else: no publishing to SNS topics.
          new PolicyStatement({ sid: 'NoTopics', effect: Effect.DENY, actions: ['sns:Publish'], resources: [`arn:${Aws.PARTITION}:sns:*:*:*`] }),
        ],
      }),
    },
  });
  role.applyRemovalPolicy(options.removalPolicy);
  // On this role only, never globally: the one wildcard SMS publishing needs.
  Validations.of(role).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: 'Cognito publishes SMS to phone numbers, which have no ARN; publishing to SNS topics is denied',
  });
  return { snsCallerArn: role.roleArn, externalId, snsRegion: options.snsRegion };
}
