import type { CfnLogDeliveryConfiguration } from 'aws-cdk-lib/aws-cognito';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { isLiteral, type Problems } from '../checks/problems';
import { FeaturePlan } from '../feature-plan';
import type { UserPoolLogDelivery } from '../log-delivery';
import { type RiskPoolContext, threatProtectionOn } from './risk-configuration';
import { WARNINGS, type Warn } from './warnings';
import { show } from '../checks/show';

/**
 * Log delivery and WAF: check what Cognito and AWS WAF refuse, render the resources' properties. Pure.
 * docs/threat-protection.md gives each rule its source.
 */

/** Where a destination is, as the log delivery configuration needs it (`UserPoolLogDestination._bind()`). */
export interface LogDestinationConfig {
  readonly kind: 'cloudWatchLogs' | 's3' | 'firehose';
  readonly arn: string;
  /** Whether the destination is known to be encrypted with a KMS key (a log group created in the app). */
  readonly kmsEncrypted?: boolean;
  /** A log group's name. */
  readonly logGroupName?: string;
  /** A log group's account (an imported group's, from its ARN). */
  readonly account?: string;
  /** An S3 destination's bucket, whose policy gets the log delivery statements (src/private/resources/log-bucket.ts). */
  readonly bucket?: IBucket;
}

/** Log groups whose names start so are covered by the delivery service's resource policy once it nears its size limit. */
const VENDED_LOGS = '/aws/vendedlogs/';

export function checkLogDelivery(problems: Problems, warn: Warn, delivery: UserPoolLogDelivery | undefined, pool: RiskPoolContext,
  poolAccount?: string): void {
  const notification = delivery?.userNotification?._bind();
  const authEvents = delivery?.userAuthEvents?._bind();
  if (notification && notification.kind !== 'cloudWatchLogs') {
    problems.add('logNotificationDestination', 'logDelivery.userNotification', `logDelivery.userNotification must be UserPoolLogDestination.cloudWatchLogs(...), got ${notification.kind}: `
      + 'Cognito delivers notification errors to CloudWatch Logs only');
  }
  if (authEvents && pool.featurePlan !== FeaturePlan.PLUS && isLiteral(pool.featurePlan)) {
    problems.add('logAuthEventsNeedsPlus', 'logDelivery.userAuthEvents', `logDelivery.userAuthEvents needs featurePlan PLUS, got ${pool.featurePlan}: user-activity logs are a threat protection feature`);
  } else if (authEvents && !threatProtectionOn(pool)) {
    warn(WARNINGS.logDeliveryWithoutThreatProtection, 'logDelivery.userAuthEvents with threat protection off: Cognito writes user-activity '
      + 'logs only when threat protection is AUDIT_ONLY or FULL_FUNCTION');
  }
  for (const [key, destination] of [['userNotification', notification], ['userAuthEvents', authEvents]] as const) {
    if (destination?.kmsEncrypted) {
      problems.add('logGroupEncrypted', `logDelivery.${key}`, `logDelivery.${key} must be a log group not encrypted with a KMS key: Cognito can't deliver to one`);
    }
    const account = destination?.account;
    if (isLiteral(account) && isLiteral(poolAccount) && account !== poolAccount) {
      problems.add('logGroupAccount', `logDelivery.${key}`, `logDelivery.${key} must be a log group in the pool's account ${poolAccount}, got one in `
        + `${account}: Cognito delivers logs to log groups of its own account only`);
    }
    const name = destination?.logGroupName;
    if (isLiteral(name) && !name.startsWith(VENDED_LOGS)) {
      warn(WARNINGS.logGroupOutsideVendedLogs, `logDelivery.${key} is the log group ${show(name)}, not under ${VENDED_LOGS}: once the account's `
        + 'CloudWatch Logs resource policy for log delivery passes 5,120 characters, Cognito can deliver only to log groups named '
        + `${VENDED_LOGS}... (Cognito log export guide); name it so, e.g. ${show(`${VENDED_LOGS}cognito${name.startsWith('/') ? '' : '/'}${name}`)}`);
    }
  }
}

/** The `LogConfigurations` of `AWS::Cognito::LogDeliveryConfiguration`, or undefined when nothing is delivered. */
export function renderLogDelivery(delivery: UserPoolLogDelivery | undefined): CfnLogDeliveryConfiguration.LogConfigurationProperty[] | undefined {
  const configurations = [
    ['userNotification', 'ERROR', delivery?.userNotification],
    ['userAuthEvents', 'INFO', delivery?.userAuthEvents],
  ] as const;
  const rendered = configurations.filter(([, , d]) => d !== undefined).map(([eventSource, logLevel, d]) => {
    const { kind, arn } = d!._bind();
    return {
      eventSource,
      logLevel,
      cloudWatchLogsConfiguration: kind === 'cloudWatchLogs' ? { logGroupArn: arn } : undefined,
      s3Configuration: kind === 's3' ? { bucketArn: arn } : undefined,
      firehoseConfiguration: kind === 'firehose' ? { streamArn: arn } : undefined,
    };
  });
  return rendered.length > 0 ? rendered : undefined;
}

/** The S3 buckets the pool delivers logs to, whose policies get the delivery service's statements. */
export function logBucketsOf(delivery: UserPoolLogDelivery | undefined): IBucket[] {
  return [delivery?.userNotification, delivery?.userAuthEvents].flatMap((d) => d?._bind().bucket ?? []);
}

/** A regional AWS WAF web ACL's ARN. */
const WEB_ACL = /^arn:[^:]+:wafv2:([^:]*):[^:]*:(regional|global)\/webacl\/[^/]+\/[^/]+$/;

export function checkWebAcl(problems: Problems, webAclArn: string | undefined, region: string | undefined): void {
  if (!isLiteral(webAclArn)) { return; }
  const match = WEB_ACL.exec(webAclArn);
  if (!match) {
    problems.add('webAclArn', 'webAclArn', `webAclArn must be an AWS WAF web ACL ARN (arn:aws:wafv2:<region>:<account>:regional/webacl/<name>/<id>), got ${show(webAclArn)}`);
  } else if (match[2] === 'global') {
    problems.add('webAclArn', 'webAclArn', `webAclArn must be a regional web ACL, got a global (CloudFront) one: ${show(webAclArn)}`);
  } else if (isLiteral(region) && match[1] !== region) {
    problems.add('webAclArn', 'webAclArn', `webAclArn must be a web ACL in the pool's region ${region}, got one in ${match[1]}`);
  }
}
