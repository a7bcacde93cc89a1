import { Stack } from 'aws-cdk-lib';
import { CfnUserPool, type CfnUserPoolProps } from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';

/**
 * The pool's `CfnUserPool`, which also renders the properties the minimum supported aws-cdk-lib doesn't model
 * (`RenderedUserPool.unmodelled`). They are produced at synth, so triggers added after construction appear.
 */
export class UserPoolResource extends CfnUserPool {
  private readonly unmodelled: () => Record<string, unknown>;

  constructor(scope: Construct, id: string, props: CfnUserPoolProps, unmodelled: () => Record<string, unknown>) {
    super(scope, id, props);
    this.unmodelled = unmodelled;
  }

  protected renderProperties(props: { [key: string]: any }): { [key: string]: any } {
    return { ...super.renderProperties(props), ...Stack.of(this).resolve(this.unmodelled()) };
  }
}
