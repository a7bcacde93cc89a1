import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Annotations } from 'aws-cdk-lib/assertions';
import { Key } from 'aws-cdk-lib/aws-kms';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { FeaturePlan, StandardThreatProtectionMode, UserPool, UserPoolLogDestination } from '../src';
import { checkedTemplate, Match, newStack, stringToken, synthesize, synthProblems } from './util';

describe('logDelivery', () => {
  test('notification errors to CloudWatch Logs (ERROR) and user activity to S3 (INFO), in one configuration', () => {
    const stack = newStack();
    const group = new LogGroup(stack, 'Logs', { logGroupName: '/aws/vendedlogs/cognito/pool', removalPolicy: RemovalPolicy.DESTROY });
    const bucket = new Bucket(stack, 'Bucket');
    const pool = new UserPool(stack, 'Pool', {
      logDelivery: { userNotification: UserPoolLogDestination.cloudWatchLogs(group), userAuthEvents: UserPoolLogDestination.s3(bucket) },
    });
    const [config] = Object.values(checkedTemplate(stack).findResources('AWS::Cognito::LogDeliveryConfiguration'));
    expect(config.Properties).toEqual({
      UserPoolId: stack.resolve(pool.userPoolId),
      LogConfigurations: [
        {
          EventSource: 'userNotification',
          LogLevel: 'ERROR',
          // Built from the name: logGroupArn ends in ":*", which Cognito refuses (aws/aws-cdk#31241).
          CloudWatchLogsConfiguration: {
            LogGroupArn: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':logs:us-east-1:123456789012:log-group:', { Ref: stack.getLogicalId(group.node.defaultChild as never) }]] },
          },
        },
        { EventSource: 'userAuthEvents', LogLevel: 'INFO', S3Configuration: { BucketArn: stack.resolve(bucket.bucketArn) } },
      ],
    });
  });

  test('user activity to Firehose, by ARN or token', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool', { logDelivery: { userAuthEvents: UserPoolLogDestination.firehose(stringToken(stack)) } });
    const [config] = Object.values(checkedTemplate(stack).findResources('AWS::Cognito::LogDeliveryConfiguration'));
    expect(config.Properties.LogConfigurations).toEqual([{ EventSource: 'userAuthEvents', LogLevel: 'INFO', FirehoseConfiguration: { StreamArn: { Ref: 'P' } } }]);
  });

  test('no configuration without logDelivery', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool');
    checkedTemplate(stack).resourceCountIs('AWS::Cognito::LogDeliveryConfiguration', 0);
  });

  test('errors: notification errors only to CloudWatch Logs, user activity only on PLUS, no KMS-encrypted log group', () => {
    const stack = newStack();
    const bucket = new Bucket(stack, 'Bucket');
    new UserPool(stack, 'A', { logDelivery: { userNotification: UserPoolLogDestination.s3(bucket) } });
    new UserPool(stack, 'B', { featurePlan: FeaturePlan.ESSENTIALS, logDelivery: { userAuthEvents: UserPoolLogDestination.s3(bucket) } });
    const encrypted = new LogGroup(stack, 'Encrypted', { encryptionKey: new Key(stack, 'Key') });
    new UserPool(stack, 'C', { logDelivery: { userNotification: UserPoolLogDestination.cloudWatchLogs(encrypted) } });
    // Boundaries: notification errors on ESSENTIALS, an imported log group.
    new UserPool(stack, 'D', {
      featurePlan: FeaturePlan.ESSENTIALS,
      logDelivery: { userNotification: UserPoolLogDestination.cloudWatchLogs(LogGroup.fromLogGroupName(stack, 'Imported', 'my-logs')) },
    });
    // One synth reports the three pools' problems, and nothing of D.
    expect(synthProblems(stack)).toEqual([
      expect.stringMatching(/^\[Stack\/A\] logDelivery.userNotification must be UserPoolLogDestination.cloudWatchLogs\(...\), got s3/),
      expect.stringMatching(/^\[Stack\/B\] logDelivery.userAuthEvents needs featurePlan PLUS, got ESSENTIALS/),
      expect.stringMatching(/^\[Stack\/C\] logDelivery.userNotification must be a log group not encrypted with a KMS key/),
    ]);
  });

  test('user activity with threat protection off warns that nothing is written', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool', {
      standardThreatProtectionMode: StandardThreatProtectionMode.NO_ENFORCEMENT,
      logDelivery: { userAuthEvents: UserPoolLogDestination.s3(new Bucket(stack, 'Bucket')) },
    });
    Annotations.fromStack(stack).hasWarning('/Stack/Pool', Match.stringLikeRegexp('\\[ack: cdk-secure-user-pool:logDeliveryWithoutThreatProtection\\]'));
  });
});

describe('what the log destinations need', () => {
  const LOGS = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':logs:us-east-1:123456789012:*']] };

  test('an S3 bucket created in the app gets the delivery service\'s two statements in its policy, and the configuration waits for it', () => {
    const stack = newStack();
    const bucket = new Bucket(stack, 'Bucket', { enforceSSL: true });
    new UserPool(stack, 'Pool', { logDelivery: { userAuthEvents: UserPoolLogDestination.s3(bucket) } });
    const template = checkedTemplate(stack);
    const [policyId, policy] = Object.entries(template.findResources('AWS::S3::BucketPolicy'))[0];
    const statements = policy.Properties.PolicyDocument.Statement;
    // enforceSSL's statement stays; the CloudWatch Logs guide's two follow, statement for statement.
    expect(statements.map((st: { Sid?: string; Effect: string }) => st.Sid ?? st.Effect)).toEqual(['Deny', 'AWSLogDeliveryAclCheck', 'AWSLogDeliveryWrite']);
    expect(statements.slice(1)).toEqual([
      {
        Sid: 'AWSLogDeliveryAclCheck',
        Effect: 'Allow',
        Principal: { Service: 'delivery.logs.amazonaws.com' },
        Action: 's3:GetBucketAcl',
        Resource: stack.resolve(bucket.bucketArn),
        Condition: { StringEquals: { 'aws:SourceAccount': ['123456789012'] }, ArnLike: { 'aws:SourceArn': [LOGS] } },
      },
      {
        Sid: 'AWSLogDeliveryWrite',
        Effect: 'Allow',
        Principal: { Service: 'delivery.logs.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: stack.resolve(bucket.arnForObjects('AWSLogs/123456789012/*')),
        Condition: {
          StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceAccount': ['123456789012'] },
          ArnLike: { 'aws:SourceArn': [LOGS] },
        },
      },
    ]);
    const [config] = Object.values(template.findResources('AWS::Cognito::LogDeliveryConfiguration'));
    expect(config.DependsOn).toEqual([policyId]);
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('logBucketPolicyNotManaged'))).toEqual([]);
  });

  test('an imported bucket: no policy written, a warning that its own policy must carry the statements', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool', { logDelivery: { userAuthEvents: UserPoolLogDestination.s3(Bucket.fromBucketName(stack, 'Bucket', 'my-logs')) } });
    const template = checkedTemplate(stack);
    template.resourceCountIs('AWS::S3::BucketPolicy', 0);
    expect(Object.values(template.findResources('AWS::Cognito::LogDeliveryConfiguration'))[0].DependsOn).toBeUndefined();
    Annotations.fromStack(stack).hasWarning('/Stack/Pool', Match.stringLikeRegexp(
      'bucket Stack/Bucket is imported.*AWSLogDeliveryAclCheck and AWSLogDeliveryWrite.*\\[ack: cdk-secure-user-pool:logBucketPolicyNotManaged\\]'));
  });

  test.each([
    ['a literal name outside /aws/vendedlogs/ warns', 'cognito-errors', 1],
    ['a name under /aws/vendedlogs/ does not', '/aws/vendedlogs/cognito/errors', 0],
    ['a generated name (a token) does not', undefined, 0],
  ])('log group names: %s', (_name, logGroupName, warnings) => {
    const stack = newStack();
    const group = new LogGroup(stack, 'Errors', { logGroupName, removalPolicy: RemovalPolicy.DESTROY });
    new UserPool(stack, 'Pool', { logDelivery: { userNotification: UserPoolLogDestination.cloudWatchLogs(group) } });
    const found = Annotations.fromStack(stack).findWarning('/Stack/Pool', Match.stringLikeRegexp('logGroupOutsideVendedLogs'));
    expect(found).toHaveLength(warnings);
    if (warnings > 0) {
      expect(found[0].entry.data).toMatch(/logDelivery.userNotification is the log group "cognito-errors", not under \/aws\/vendedlogs\/.*5,120 characters.*"\/aws\/vendedlogs\/cognito\/cognito-errors"/);
    }
  });

  test('a log group of another account is rejected; the pool\'s own account, an unknown account and a token are accepted', () => {
    const stack = newStack();
    const other = LogGroup.fromLogGroupArn(stack, 'Other', 'arn:aws:logs:us-east-1:210987654321:log-group:/aws/vendedlogs/cognito');
    new UserPool(stack, 'Pool', { logDelivery: { userNotification: UserPoolLogDestination.cloudWatchLogs(other) } });
    expect(synthProblems(stack)).toEqual([expect.stringMatching(
      /^\[Stack\/Pool\] logDelivery.userNotification must be a log group in the pool's account 123456789012, got one in 210987654321: .*logGroupAccount/)]);

    const ok = newStack();
    const own = LogGroup.fromLogGroupArn(ok, 'Own', 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/cognito');
    new UserPool(ok, 'Own Pool', { logDelivery: { userNotification: UserPoolLogDestination.cloudWatchLogs(own) } });
    new UserPool(ok, 'Token Pool', { logDelivery: { userNotification: UserPoolLogDestination.cloudWatchLogs(LogGroup.fromLogGroupArn(ok, 'T', stringToken(ok))) } });
    expect(synthProblems(ok)).toEqual([]);
    // The configuration names the group in its own account, from its ARN.
    const [config] = Object.values(checkedTemplate(ok).findResources('AWS::Cognito::LogDeliveryConfiguration'));
    expect(JSON.stringify(config.Properties.LogConfigurations[0].CloudWatchLogsConfiguration.LogGroupArn)).toContain(':123456789012:log-group:');
    const agnostic = new Stack(new App(), 'Agnostic');
    new UserPool(agnostic, 'Pool', { logDelivery: { userNotification: UserPoolLogDestination.cloudWatchLogs(LogGroup.fromLogGroupArn(agnostic, 'G', 'arn:aws:logs:us-east-1:210987654321:log-group:g')) } });
    expect(synthProblems(agnostic)).toEqual([]);
  });

  test('an imported log group\'s literal name is checked too', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool', { logDelivery: { userNotification: UserPoolLogDestination.cloudWatchLogs(LogGroup.fromLogGroupName(stack, 'G', '/cognito/errors')) } });
    Annotations.fromStack(stack).hasWarning('/Stack/Pool', Match.stringLikeRegexp('"/aws/vendedlogs/cognito/cognito/errors".*logGroupOutsideVendedLogs'));
  });
});

describe('webAclArn', () => {
  const arn = (scope: string, region = 'us-east-1') => `arn:aws:wafv2:${region}:123456789012:${scope}/webacl/pool-acl/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111`;

  test('a regional web ACL in the pool\'s region is associated with the pool', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool', { webAclArn: arn('regional') });
    const [association] = Object.values(checkedTemplate(stack).findResources('AWS::WAFv2::WebACLAssociation'));
    expect(association.Properties).toEqual({ ResourceArn: stack.resolve(pool.userPoolArn), WebACLArn: arn('regional') });
  });

  test.each([
    ['a global (CloudFront) web ACL', arn('global'), /webAclArn must be a regional web ACL, got a global \(CloudFront\) one/],
    ['a web ACL in another region', arn('regional', 'eu-west-1'), /webAclArn must be a web ACL in the pool's region us-east-1, got one in eu-west-1/],
    ['not a web ACL ARN', 'arn:aws:wafv2:us-east-1:123456789012:regional/ipset/x/y', /webAclArn must be an AWS WAF web ACL ARN/],
  ])('%s is rejected', (_name, value, message) => {
    const stack = newStack();
    new UserPool(stack, 'Pool', { webAclArn: value });
    expect(() => synthesize(stack)).toThrow(message);
  });

  test('a token is accepted', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool', { webAclArn: stringToken(stack) });
    expect(synthProblems(stack)).toEqual([]);
  });
});
