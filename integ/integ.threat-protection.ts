/**
 * Threat protection that acts: the default risk configuration with an SES notification for high risk, user-activity
 * logs to S3, notification errors to CloudWatch Logs, and a regional AWS WAF web ACL. Deploying needs
 * INTEG_SES_FROM_EMAIL=you@your-verified-domain (see docs/integ.md).
 */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { RemovalPolicy } from 'aws-cdk-lib';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { UserPool, UserPoolEmail, UserPoolLogDestination } from '../src';
import { DESTROYABLE, scenario } from './util';

const { app, stack } = scenario('ThreatProtection');
const fromEmail = process.env.INTEG_SES_FROM_EMAIL ?? 'no-reply@example.com';
const notifications = new LogGroup(stack, 'NotificationErrors', {
  logGroupName: '/aws/vendedlogs/cognito/secure-user-pool-integ', retention: RetentionDays.ONE_WEEK, removalPolicy: RemovalPolicy.DESTROY,
});
const activity = new Bucket(stack, 'UserActivity', { removalPolicy: RemovalPolicy.DESTROY, autoDeleteObjects: true, enforceSSL: true });
const acl = new CfnWebACL(stack, 'WebAcl', {
  scope: 'REGIONAL',
  defaultAction: { allow: {} },
  visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'secure-user-pool-integ', sampledRequestsEnabled: true },
  rules: [{
    name: 'common',
    priority: 0,
    overrideAction: { none: {} },
    statement: { managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesCommonRuleSet' } },
    visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'common', sampledRequestsEnabled: true },
  }],
});
const pool = new UserPool(stack, 'Pool', {
  ...DESTROYABLE,
  email: UserPoolEmail.withSES({ fromEmail }),
  riskConfiguration: {
    accountTakeover: { notify: { high: true } },
    notification: { blockEmail: { subject: 'We blocked a sign-in', textBody: 'Someone tried to sign in to your account and was blocked.' } },
  },
  logDelivery: { userNotification: UserPoolLogDestination.cloudWatchLogs(notifications), userAuthEvents: UserPoolLogDestination.s3(activity) },
  webAclArn: acl.attrArn,
});

const integ = new IntegTest(app, 'ThreatProtection', { testCases: [stack] });
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'describeRiskConfiguration', { UserPoolId: pool.userPoolId })
  .expect(ExpectedResult.objectLike({
    RiskConfiguration: Match.objectLike({
      AccountTakeoverRiskConfiguration: Match.objectLike({ Actions: Match.objectLike({ HighAction: { EventAction: 'BLOCK', Notify: true } }) }),
    }),
  }));
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'getLogDeliveryConfiguration', { UserPoolId: pool.userPoolId })
  .expect(ExpectedResult.objectLike({
    LogDeliveryConfiguration: Match.objectLike({
      LogConfigurations: Match.arrayWith([Match.objectLike({ EventSource: 'userAuthEvents', LogLevel: 'INFO' })]),
    }),
  }));
integ.assertions.awsApiCall('WAFV2', 'getWebACLForResource', { ResourceArn: pool.userPoolArn })
  .expect(ExpectedResult.objectLike({ WebACL: Match.objectLike({ ARN: acl.attrArn }) }));
