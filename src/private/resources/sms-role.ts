import { Aws, type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

/**
 * Creates the role Cognito sends SMS with (`smsRole`, aws-cdk-lib's construct id), as Cognito's SMS settings guide documents it: a trust
 * policy for `cognito-idp.amazonaws.com` with `sts:ExternalId`, `aws:SourceAccount` and an `aws:SourceArn` that
 * may be a wildcard, and the `sns:Publish` permission.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html
 * It carries the pool's removal policy, so a retained pool never points at a deleted role.
 */
export function createSmsRole(pool: Construct, externalId: string, removalPolicy: RemovalPolicy): Role {
  const { account, region } = Stack.of(pool);
  const role = new Role(pool, 'smsRole', {
    description: `Lets Cognito send SMS for ${pool.node.path}`,
    // The guide allows a wildcard source ARN: naming this pool would be a circular dependency (the pool names the role).
    assumedBy: new ServicePrincipal('cognito-idp.amazonaws.com', {
      conditions: {
        StringEquals: { 'sts:ExternalId': externalId, 'aws:SourceAccount': account },
        ArnLike: { 'aws:SourceArn': `arn:${Aws.PARTITION}:cognito-idp:${region}:${account}:userpool/*` },
      },
    }),
    inlinePolicies: {
      'sns-publish': new PolicyDocument({
        // SMS goes to phone numbers, which have no ARN: publishing needs resource "*". Nothing more: CreateUserPool
        // checks that the role can publish (InvalidSmsRoleAccessPolicyException), and aws-cdk never merged a Deny on
        // topics (aws/aws-cdk#6999).
        statements: [new PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })],
      }),
    },
  });
  role.applyRemovalPolicy(removalPolicy);
  // On this role only, never globally: the one wildcard SMS publishing needs.
  Validations.of(role).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: 'Cognito publishes SMS to phone numbers, which have no ARN (Cognito SMS settings guide)',
  });
  return role;
}
