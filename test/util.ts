import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, CfnParameter, Errors, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Code, Function, Runtime } from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';
import { UserPool, type UserPoolProps } from '../src';
import { checkTemplate } from './template-limits';

/** Where checked templates are saved for cfn-lint (scripts/lint-templates.py), emptied when jest starts. */
export const TEMPLATES_DIR = path.join(__dirname, '..', 'test-reports', 'templates');

/**
 * Synthesizes a stack's template, checks every user pool in it against the Cognito API limits (with an oracle
 * independent of the library's own check), and saves it for cfn-lint unless `save` is false.
 */
export function checkedTemplate(stack: Stack, options: { save?: boolean } = {}): Template {
  const template = Template.fromStack(stack);
  const json = template.toJSON();
  const problems = checkTemplate(json);
  if (problems.length > 0) {
    throw new Error(`the synthesized template breaks the Cognito API limits:\n${problems.join('\n')}`);
  }
  if (options.save ?? true) {
    const text = JSON.stringify(json);
    fs.mkdirSync(TEMPLATES_DIR, { recursive: true });
    fs.writeFileSync(path.join(TEMPLATES_DIR, `${createHash('sha1').update(text).digest('hex')}.template.json`), text);
  }
  return template;
}

/** The one environment of the tests' stacks: `new Stack(app, id, { env: ENV })`. */
export const ENV = { account: '123456789012', region: 'us-east-1' } as const;

/** The same environment as rendering takes it (`RenderContext.environment`, `CompileContext.environment`). */
export const RENDER_ENV = { partition: 'aws', ...ENV } as const;

/** A fresh stack in the tests' environment. */
export function newStack(id = 'Stack'): Stack {
  return new Stack(new App(), id, { env: ENV });
}

/** Builds a pool in a fresh stack and returns the stack's checked template and the pool. */
export function synthPool(props?: UserPoolProps): { template: Template; pool: UserPool; stack: Stack } {
  const stack = newStack();
  const pool = new UserPool(stack, 'Pool', props);
  return { template: checkedTemplate(stack), pool, stack };
}

/** The properties of the only AWS::Cognito::UserPool in a template. */
export function poolProperties(template: Template): Record<string, any> {
  const pools = Object.values(template.findResources('AWS::Cognito::UserPool'));
  expect(pools).toHaveLength(1);
  return pools[0].Properties;
}

/** Renders a pool with these props and returns its CloudFormation properties. */
export function propsOf(props?: UserPoolProps): Record<string, any> {
  return poolProperties(synthPool(props).template);
}

/** A string token, as a CloudFormation parameter. */
export function stringToken(stack: Stack, id = 'P'): string {
  return new CfnParameter(stack, id).valueAsString;
}

/** A number token, as a CloudFormation parameter. */
export function numberToken(stack: Stack, id = 'N'): number {
  return new CfnParameter(stack, id, { type: 'Number' }).valueAsNumber;
}

/** A small inline Lambda function. */
export function newFunction(scope: IConstruct, id: string): Function {
  return new Function(scope, id, {
    runtime: Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: Code.fromInline('exports.handler = async (event) => event;'),
  });
}

export { Match };

/** Synthesizes the app of `scope` (again, if it was): throws the app's validation error, which lists every problem. */
export function synthesize(scope: IConstruct): void {
  (App.of(scope) as App).synth({ force: true });
}

/** The problems the app of `scope` reports when it synthesizes, one per line (`[<path>] <problem>`); [] when it does. */
export function synthProblems(scope: IConstruct): string[] {
  try {
    synthesize(scope);
    return [];
  } catch (error) {
    return problemsOf(error);
  }
}

/** The lines of the app's validation error at synth (`[<path>] <problem>`); anything else is thrown again. */
export function problemsOf(error: unknown): string[] {
  if (!Errors.isValidationError(error)) { throw error; }
  return error.message.split('\n').slice(1).map((line) => line.trim());
}
