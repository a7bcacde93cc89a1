import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { Code, Function, Runtime } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import {
  AccountRecovery, FeaturePlan, LambdaVersion, Mfa, StringAttribute, UserPool, UserPoolEmail, UserPoolOperation, type UserPoolProps,
} from '../src';

/** A pool with no props: every setting is this library's default. */
export const DEFAULT_POOL_PROPS: UserPoolProps = {};

/** A richer pool: SES email, email and TOTP MFA, passkeys, a stricter password policy, and a trigger. */
export const RICH_POOL_PROPS: UserPoolProps = {
  userPoolName: 'customers',
  selfSignUpEnabled: true,
  signInAliases: { email: true },
  email: UserPoolEmail.withSES({ fromEmail: 'no-reply@example.com', fromName: 'Example' }),
  mfa: Mfa.REQUIRED,
  mfaSecondFactor: { otp: true, sms: false, email: true },
  signInPolicy: { allowedFirstAuthFactors: { password: true, passkey: true } },
  passkeyRelyingPartyId: 'auth.example.com',
  passwordPolicy: { minLength: 14, tempPasswordValidity: Duration.days(1) },
  accountRecovery: AccountRecovery.EMAIL_ONLY,
  featurePlan: FeaturePlan.PLUS,
  customAttributes: { tenant: new StringAttribute({ maxLen: 64, mutable: false }) },
};

/** A stack holding one pool with the given props. */
export class PoolStack extends Stack {
  public readonly pool: UserPool;

  constructor(scope: Construct, id: string, poolProps: UserPoolProps, props?: StackProps) {
    super(scope, id, props);
    this.pool = new UserPool(this, 'Pool', poolProps);
  }
}

/** The rich stack also has a pre token generation (V2) trigger. */
export class RichPoolStack extends PoolStack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, RICH_POOL_PROPS, props);
    const fn = new Function(this, 'PreToken', {
      runtime: Runtime.NODEJS_LATEST,
      handler: 'index.handler',
      code: Code.fromInline('exports.handler = async (event) => event;'),
    });
    this.pool.addTrigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, fn, LambdaVersion.V2_0);
  }
}
