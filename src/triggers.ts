import { Token } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Problems } from './checks/problems';
import { UserPoolValidationError } from './checks/validation-error';

/**
 * The version of the event a Lambda trigger receives.
 */
export enum LambdaVersion {
  /** The original event. */
  V1_0 = 'V1_0',
  /** Pre token generation V2: customise ID and access tokens. Needs ESSENTIALS or PLUS. */
  V2_0 = 'V2_0',
  /** Pre token generation V3: V2 plus machine-to-machine tokens. Needs ESSENTIALS or PLUS. */
  V3_0 = 'V3_0',
}

/**
 * Lambda functions Cognito invokes at points of the user lifecycle.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-identity-pools-working-with-aws-lambda-triggers.html
 */
export interface UserPoolTriggers {
  /** Creates a custom auth challenge. @default - none */
  readonly createAuthChallenge?: IFunction;
  /** Customises messages before they are sent. @default - none */
  readonly customMessage?: IFunction;
  /** Defines the custom auth challenge flow. @default - none */
  readonly defineAuthChallenge?: IFunction;
  /** Runs after a user signs in. @default - none */
  readonly postAuthentication?: IFunction;
  /** Runs after a user is confirmed. @default - none */
  readonly postConfirmation?: IFunction;
  /** Runs before a user signs in. @default - none */
  readonly preAuthentication?: IFunction;
  /** Runs before a user signs up. @default - none */
  readonly preSignUp?: IFunction;
  /** Customises tokens before they are issued. See `preTokenGenerationVersion`. @default - none */
  readonly preTokenGeneration?: IFunction;
  /**
   * The event version `preTokenGeneration` receives. V2_0 and V3_0 need ESSENTIALS or PLUS.
   * @default LambdaVersion.V1_0
   */
  readonly preTokenGenerationVersion?: LambdaVersion;
  /** Migrates users from another directory at sign-in. @default - none */
  readonly userMigration?: IFunction;
  /** Verifies the answer to a custom auth challenge. @default - none */
  readonly verifyAuthChallengeResponse?: IFunction;
  /** Sends email instead of Cognito. Needs `customSenderKmsKey`. @default - none */
  readonly customEmailSender?: IFunction;
  /** Sends SMS instead of Cognito. Needs `customSenderKmsKey`. @default - none */
  readonly customSmsSender?: IFunction;
  /** Runs when a federated user signs in, to change their attributes. @default - none */
  readonly inboundFederation?: IFunction;
}

/**
 * A user pool operation that can invoke a Lambda trigger.
 */
export class UserPoolOperation {
  /** Creates a custom auth challenge. */
  public static readonly CREATE_AUTH_CHALLENGE = new UserPoolOperation('createAuthChallenge');
  /** Customises messages. */
  public static readonly CUSTOM_MESSAGE = new UserPoolOperation('customMessage');
  /** Defines the custom auth challenge flow. */
  public static readonly DEFINE_AUTH_CHALLENGE = new UserPoolOperation('defineAuthChallenge');
  /** After sign-in. */
  public static readonly POST_AUTHENTICATION = new UserPoolOperation('postAuthentication');
  /** After confirmation. */
  public static readonly POST_CONFIRMATION = new UserPoolOperation('postConfirmation');
  /** Before sign-in. */
  public static readonly PRE_AUTHENTICATION = new UserPoolOperation('preAuthentication');
  /** Before sign-up. */
  public static readonly PRE_SIGN_UP = new UserPoolOperation('preSignUp');
  /** Pre token generation (V1_0 unless a version is given). */
  public static readonly PRE_TOKEN_GENERATION = new UserPoolOperation('preTokenGeneration');
  /** Pre token generation with an explicit event version. Same trigger as PRE_TOKEN_GENERATION. */
  public static readonly PRE_TOKEN_GENERATION_CONFIG = new UserPoolOperation('preTokenGenerationConfig');
  /** Migrates users at sign-in. */
  public static readonly USER_MIGRATION = new UserPoolOperation('userMigration');
  /** Verifies a custom auth challenge response. */
  public static readonly VERIFY_AUTH_CHALLENGE_RESPONSE = new UserPoolOperation('verifyAuthChallengeResponse');
  /** Custom email sender. */
  public static readonly CUSTOM_EMAIL_SENDER = new UserPoolOperation('customEmailSender');
  /** Custom SMS sender. */
  public static readonly CUSTOM_SMS_SENDER = new UserPoolOperation('customSmsSender');
  /** Inbound federation. */
  public static readonly INBOUND_FEDERATION = new UserPoolOperation('inboundFederation');

  /**
   * An operation not listed here yet, by its `LambdaConfig` key in camelCase.
   */
  public static of(name: string): UserPoolOperation {
    const problems = new Problems();
    if (Token.isUnresolved(name)) {
      problems.add('operationName', 'UserPoolOperation.of name', 'UserPoolOperation.of name must be a literal LambdaConfig key, got a token: the key can\'t be known at synth');
    }
    problems.pattern('operationName', 'UserPoolOperation.of name', name, /^[a-z][A-Za-z0-9]*$/, 'a camelCase LambdaConfig key such as \'preSignUp\'');
    UserPoolValidationError.throwIfAny(undefined, problems.all);
    return new UserPoolOperation(name);
  }

  /** The operation's `LambdaConfig` key, in camelCase. */
  public readonly operationName: string;

  private constructor(operationName: string) {
    this.operationName = operationName;
  }
}
