import { Aws, Stack } from 'aws-cdk-lib';
import type { CfnLogDeliveryConfiguration } from 'aws-cdk-lib/aws-cognito';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';

/**
 * Adds to an S3 log destination's bucket policy the two statements the log delivery service writes there itself
 * when it first delivers (CloudWatch Logs guide, "Logs sent to Amazon S3", statement for statement), and orders
 * the pool's log delivery configuration after the policy.
 *
 * Why: the service appends them to the bucket's policy at deploy time, but a bucket policy CloudFormation manages
 * (any `AWS::S3::BucketPolicy`, e.g. from `enforceSSL`, `autoDeleteObjects` or a grant) is replaced whole on its
 * next update, or fails to create when the service's policy came first ("The bucket policy already exists on
 * bucket", aws/aws-cdk#18676, #18985). With the statements in the stack's own policy, both are avoided.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-infrastructure-S3.html
 *
 * Returns false when the bucket takes no statements (an imported bucket): its policy is managed elsewhere.
 */
export function allowLogDeliveryToBucket(configuration: CfnLogDeliveryConfiguration, bucket: IBucket): boolean {
  const { account, region } = Stack.of(configuration);
  const delivery = new ServicePrincipal('delivery.logs.amazonaws.com');
  const fromPoolLogs = { 'aws:SourceArn': [`arn:${Aws.PARTITION}:logs:${region}:${account}:*`] };
  const aclCheck = bucket.addToResourcePolicy(new PolicyStatement({
    sid: 'AWSLogDeliveryAclCheck',
    principals: [delivery],
    actions: ['s3:GetBucketAcl'],
    resources: [bucket.bucketArn],
    conditions: { StringEquals: { 'aws:SourceAccount': [account] }, ArnLike: fromPoolLogs },
  }));
  if (!aclCheck.statementAdded) { return false; }
  bucket.addToResourcePolicy(new PolicyStatement({
    sid: 'AWSLogDeliveryWrite',
    principals: [delivery],
    actions: ['s3:PutObject'],
    resources: [bucket.arnForObjects(`AWSLogs/${account}/*`)],
    conditions: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceAccount': [account] }, ArnLike: fromPoolLogs },
  }));
  if (aclCheck.policyDependable) {
    configuration.node.addDependency(aclCheck.policyDependable);
  }
  return true;
}
