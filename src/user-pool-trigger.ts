import { Annotations, Arn, ArnFormat, CfnResource, Stack, Token } from 'aws-cdk-lib';
import {
  type IUserPool, LambdaVersion as CdkLambdaVersion, UserPool as CdkUserPool, UserPoolOperation as CdkUserPoolOperation,
} from 'aws-cdk-lib/aws-cognito';
import type { IRoleRef } from 'aws-cdk-lib/aws-iam';
import type { IKeyRef } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { isLiteral, Problems } from './checks/problems';
import { regionOfPoolId } from './checks/regions';
import { reportOnSynth } from './checks/validation-error';
import { compileImportedTrigger, needsKmsKey, onDemand, triggerRequest } from './private';
import type { LambdaVersion, UserPoolOperation } from './triggers';
import { UserPoolBase } from './user-pool-base';

/**
 * Props of `UserPoolTrigger`.
 */
export interface UserPoolTriggerProps {
  /** The pool: created in this app by this library, or created elsewhere (`fromUserPoolId`, `fromUserPoolArn`). */
  readonly userPool: IUserPool;
  /** The trigger, such as `UserPoolOperation.PRE_SIGN_UP`. */
  readonly operation: UserPoolOperation;
  /** The function Cognito invokes. */
  readonly handler: IFunction;
  /**
   * The event version: V2_0 or V3_0 only for pre token generation (they need ESSENTIALS or PLUS).
   * @default - V1_0
   */
  readonly lambdaVersion?: LambdaVersion;
  /**
   * For a custom email or SMS sender on a pool created elsewhere: the symmetric KMS key Cognito encrypts the codes
   * with (`LambdaConfig.KMSKeyID`). A pool has one such key for both senders.
   * @default - required for custom senders on a pool created elsewhere; a pool of this library uses its own
   */
  readonly kmsKey?: IKeyRef;
  /**
   * The role a pool created elsewhere sends SMS with (its `SmsConfiguration.SnsCallerArn`). `UpdateUserPool` writes
   * it back, which needs `iam:PassRole` on it (serverless/serverless#6593), so the custom resource's role gets that on
   * this role only.
   * @default - the pool sends no SMS through a role; an update of a pool that does fails with "not authorized to perform: iam:PassRole"
   */
  readonly smsRole?: IRoleRef;
}

/**
 * A Lambda trigger of a user pool, also of a pool created elsewhere: another stack, another tool (Amplify, the
 * console, Terraform) or another team. On a pool created in this app (this library's or aws-cdk-lib's) it is the
 * pool's `addTrigger`. On a pool created elsewhere, a
 * custom resource reads the pool (`DescribeUserPool`), sets this trigger in `LambdaConfig` and writes every other
 * setting back as it was (`UpdateUserPool`); deleting it removes only this trigger. See docs/triggers.md.
 */
export class UserPoolTrigger extends Construct {
  constructor(scope: Construct, id: string, props: UserPoolTriggerProps) {
    super(scope, id);
    const { userPool, operation, handler, lambdaVersion, kmsKey } = props;
    const request = triggerRequest(operation, handler, lambdaVersion);
    const created = createdPoolType(userPool);
    if (created === 'this library') {
      const problems = new Problems();
      if (kmsKey) {
        problems.add('triggerKmsKeyOnCreatedPool', 'kmsKey', 'kmsKey is for pools created elsewhere: this library\'s pool takes its custom sender key '
          + 'from customSenderKmsKey, or creates one');
      }
      reportOnSynth(this, problems.all);
      if (problems.all.length === 0) { (userPool as UserPoolBase).addTrigger(operation, handler, lambdaVersion); }
      return;
    }
    if (created === 'aws-cdk-lib') {
      // aws-cdk-lib's own addTrigger renders it into the pool, which CloudFormation manages: a custom resource there
      // would be undone by the next deploy of the pool's stack.
      // aws-cdk-lib compares its operations by identity: take its own constant where it has one.
      const cdkOperation = Object.values(CdkUserPoolOperation).find((o): o is CdkUserPoolOperation =>
        o instanceof CdkUserPoolOperation && o.operationName === operation.operationName) ?? CdkUserPoolOperation.of(operation.operationName);
      const cdkVersion = lambdaVersion && CdkLambdaVersion[lambdaVersion as keyof typeof CdkLambdaVersion];
      (userPool as CdkUserPool).addTrigger(cdkOperation, handler, cdkVersion);
      return;
    }
    const problems = new Problems();
    if (created === 'another construct') {
      problems.add('triggerOnForeignCreatedPool', 'userPool', 'userPool is created in this app by a construct without addTrigger: set the trigger in the '
        + 'pool\'s LambdaConfig there; a custom resource would be undone by the next deploy of the pool\'s stack');
    }
    if (needsKmsKey(request.operation) && !kmsKey) {
      problems.add('triggerNeedsKmsKey', 'kmsKey', `kmsKey is required for ${request.operation} on a pool created elsewhere: Cognito encrypts the codes `
        + 'it passes to custom senders with it (LambdaConfig.KMSKeyID)');
    } else if (kmsKey && !needsKmsKey(request.operation)) {
      problems.add('triggerNeedsKmsKey', 'kmsKey', `kmsKey is only for customEmailSender and customSmsSender, got it with ${request.operation}`);
    }
    checkPoolPlace(this, problems, userPool.userPoolArn, userPool.userPoolId);
    const { attachImportedTrigger, importedPoolEntry } = onDemand.importedTrigger();
    const poolEntry = importedPoolEntry(this, userPool.userPoolId);
    const compiled = compileImportedTrigger(request, poolEntry.requests);
    const all = [...problems.all, ...compiled.problems];
    reportOnSynth(this, all);
    for (const warning of compiled.warnings) { Annotations.of(this).addWarningV2(warning.id, warning.message); }
    if (all.length > 0) { return; }
    poolEntry.requests.push(request);
    attachImportedTrigger(this, {
      userPoolId: userPool.userPoolId, userPoolArn: userPool.userPoolArn, request, entry: compiled.entry, kmsKey, smsRole: props.smsRole,
    });
  }
}

/** Whether the pool is created in this app, and by whom; undefined for a pool created elsewhere. */
function createdPoolType(userPool: IUserPool): 'this library' | 'aws-cdk-lib' | 'another construct' | undefined {
  const resource = userPool.node.defaultChild;
  const isPool = resource instanceof CfnResource && resource.cfnResourceType === 'AWS::Cognito::UserPool';
  if (!isPool) { return undefined; }
  if (userPool instanceof UserPoolBase) { return 'this library'; }
  return userPool instanceof CdkUserPool ? 'aws-cdk-lib' : 'another construct';
}

/**
 * The custom resource's function calls the pool from the stack's account and Region: Cognito has no resource
 * policies, and the function's client targets its own Region. So the pool must be in both (when both are known).
 */
function checkPoolPlace(scope: Construct, problems: Problems, userPoolArn: string, userPoolId: string): void {
  const stack = Stack.of(scope);
  const arn = Token.isUnresolved(userPoolArn) ? undefined : Arn.split(userPoolArn, ArnFormat.SLASH_RESOURCE_NAME);
  const account = arn?.account;
  // The id names the pool's Region (`eu-west-1_...`), also where an import gave the ARN the stack's.
  const region = (Token.isUnresolved(userPoolId) ? undefined : regionOfPoolId(userPoolId)) ?? arn?.region;
  if (isLiteral(account) && isLiteral(stack.account) && account !== stack.account) {
    problems.add('triggerPoolElsewhere', 'userPool', `userPool must be in the stack's account ${stack.account} to take a trigger from it, got a pool of account ${account}: `
      + 'Cognito user pools have no resource policies, so deploy the trigger from a stack in the pool\'s account');
  }
  if (isLiteral(region) && isLiteral(stack.region) && region !== stack.region) {
    problems.add('triggerPoolElsewhere', 'userPool', `userPool must be in the stack's Region ${stack.region} to take a trigger from it, got a pool in ${region}: `
      + 'deploy the trigger from a stack in the pool\'s Region');
  }
}
