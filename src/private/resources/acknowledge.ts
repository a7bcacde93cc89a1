import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** cdk-nag's finding for the AWS managed policy aws-cdk-lib gives a function's role to write its logs. */
export const LAMBDA_BASIC_EXECUTION_FINDING = 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';

/**
 * Acknowledges one validation finding on `scope` and below, in the metadata `Validations.acknowledge` writes and
 * cdk-nag reads (a finding's full id: `Validations.acknowledge` refuses ids with more than one `::`, which a managed
 * policy ARN has).
 */
export function acknowledgeFinding(scope: IConstruct, id: string, reason: string): void {
  scope.node.addMetadata(Validations.ACKNOWLEDGED_RULES_METADATA_KEY, { [id]: reason });
}
