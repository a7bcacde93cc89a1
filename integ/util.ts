import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Code, Function, Runtime } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import type { UserPoolProps } from '../src';

/** Every integ pool is destroyable, so a sandbox account cleans up after `integ-runner --force`. */
export const DESTROYABLE: Pick<UserPoolProps, 'removalPolicy' | 'deletionProtection'> = {
  removalPolicy: RemovalPolicy.DESTROY,
  deletionProtection: false,
};

/** An app and a stack named after the scenario. */
export function scenario(name: string): { app: App; stack: Stack } {
  const app = new App();
  return { app, stack: new Stack(app, `SecureUserPool${name}`) };
}

/** A small trigger function that returns the event unchanged. */
export function passThrough(scope: Construct, id: string): Function {
  return new Function(scope, id, {
    runtime: Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: Code.fromInline('exports.handler = async (event) => event;'),
  });
}
