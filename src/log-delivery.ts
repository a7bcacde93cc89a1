import { ArnFormat, Stack } from 'aws-cdk-lib';
import type { ILogGroup } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { LogDestinationConfig } from './private/logs-and-waf';

/**
 * Where a user pool delivers its logs.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/exporting-quotas-and-usage.html
 */
export abstract class UserPoolLogDestination {
  /**
   * A CloudWatch Logs log group. Its ARN is built from its name, without the `:*` that `logGroupArn` carries and
   * Cognito refuses (aws/aws-cdk#31241). Name it under `/aws/vendedlogs/` when its resource policy may grow past
   * 5,120 characters (many services logging to one account).
   */
  public static cloudWatchLogs(logGroup: ILogGroup): UserPoolLogDestination {
    return new LogGroupDestination(logGroup);
  }

  /**
   * An S3 bucket (user-activity logs only). A bucket created in the app gets the log delivery service's two
   * statements in its bucket policy, so a policy the stack manages keeps them; for an imported bucket, a warning
   * says to put them in its policy (docs/threat-protection.md).
   */
  public static s3(bucket: IBucket): UserPoolLogDestination {
    return new BucketDestination(bucket);
  }

  /** An Amazon Data Firehose stream, by ARN (user-activity logs only). */
  public static firehose(deliveryStreamArn: string): UserPoolLogDestination {
    return new ArnDestination('firehose', deliveryStreamArn);
  }

  /** @internal */
  public abstract _bind(): LogDestinationConfig;
}

class LogGroupDestination extends UserPoolLogDestination {
  constructor(private readonly logGroup: ILogGroup) {
    super();
  }

  public _bind(): LogDestinationConfig {
    const { logGroup } = this;
    // In the log group's own account and region: an imported group's come from its ARN.
    const arn = Stack.of(logGroup).formatArn({
      service: 'logs',
      resource: 'log-group',
      resourceName: logGroup.logGroupName,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      account: logGroup.env.account,
      region: logGroup.env.region,
    });
    // A log group created in the app: its L1 holds the name given (its logGroupName is a reference).
    const l1 = logGroup.node.defaultChild as { kmsKeyId?: unknown; logGroupName?: string } | undefined;
    return {
      kind: 'cloudWatchLogs',
      arn,
      kmsEncrypted: l1?.kmsKeyId !== undefined,
      logGroupName: l1 ? l1.logGroupName : logGroup.logGroupName,
      account: logGroup.env.account,
    };
  }
}

class BucketDestination extends UserPoolLogDestination {
  constructor(private readonly bucket: IBucket) {
    super();
  }

  public _bind(): LogDestinationConfig {
    return { kind: 's3', arn: this.bucket.bucketArn, bucket: this.bucket };
  }
}

class ArnDestination extends UserPoolLogDestination {
  constructor(private readonly kind: 'firehose', private readonly arn: string) {
    super();
  }

  public _bind(): LogDestinationConfig {
    return { kind: this.kind, arn: this.arn };
  }
}

/**
 * The pool's log delivery: `AWS::Cognito::LogDeliveryConfiguration`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/exporting-quotas-and-usage.html
 */
export interface UserPoolLogDelivery {
  /**
   * User-activity logs (threat protection's assessments, `INFO`): to CloudWatch Logs, S3 or Firehose.
   * Needs the PLUS plan with threat protection on.
   * @default - not delivered
   */
  readonly userAuthEvents?: UserPoolLogDestination;

  /**
   * Errors delivering email and SMS (`ERROR`): to CloudWatch Logs only.
   * @default - not delivered
   */
  readonly userNotification?: UserPoolLogDestination;
}
