import { Aws, type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import type { SmsRolePermission } from '../sms';

/**
 * Creates the role Cognito sends SMS with (`smsRole`, aws-cdk-lib's construct id), as Cognito's SMS settings guide documents it: a trust
 * policy for `cognito-idp.amazonaws.com` with `sts:ExternalId`, `aws:SourceAccount` and an `aws:SourceArn` that
 * may be a wildcard (the same for the Amazon SNS path and the direct path to AWS End User Messaging SMS), and the one
 * permission of the path (`smsRolePermission` in src/private/sms.ts): `sns:Publish`, or `sms-voice:SendTextMessage`.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html
 * It carries the pool's removal policy, so a retained pool never points at a deleted role.
 */
export function createSmsRole(pool: Construct, externalId: string, removalPolicy: RemovalPolicy, permission: SmsRolePermission): Role {
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
      // Nothing more than the guide's one statement: CreateUserPool checks that the role can send
      // (InvalidSmsRoleAccessPolicyException), and aws-cdk never merged a Deny on SNS topics (aws/aws-cdk#6999).
      [permission.policyName]: new PolicyDocument({
        statements: [new PolicyStatement({ actions: [permission.action], resources: [permission.resource] })],
      }),
    },
  });
  role.applyRemovalPolicy(removalPolicy);
  if (permission.wildcardReason !== undefined) {
    // On this role only, never globally: the one wildcard sending needs.
    Validations.of(role).acknowledge({ id: 'AwsSolutions-IAM5[Resource::*]', reason: permission.wildcardReason });
  }
  return role;
}
