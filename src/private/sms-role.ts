import { Aws, type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Effect, PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

/**
 * Creates the role Cognito sends SMS with (`SmsRole`). It carries the pool's removal policy, so a retained pool
 * never points at a deleted role.
 */
export function createSmsRole(pool: Construct, externalId: string, removalPolicy: RemovalPolicy): Role {
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
  role.applyRemovalPolicy(removalPolicy);
  // On this role only, never globally: the one wildcard SMS publishing needs.
  Validations.of(role).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: 'Cognito publishes SMS to phone numbers, which have no ARN; publishing to SNS topics is denied',
  });
  return role;
}
