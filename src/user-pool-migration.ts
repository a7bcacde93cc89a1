import { Annotations, Arn, ArnFormat, CfnResource, Duration, Lazy, Stack, Token } from 'aws-cdk-lib';
import type { CfnUserPool, IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { IRole } from 'aws-cdk-lib/aws-iam';
import { Code, Function as LambdaFunction, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { isLiteral, Problems } from './checks/problems';
import { regionOfPoolId } from './checks/regions';
import { reportOnSynth } from './checks/validation-error';
import {
  acknowledgeFinding, LAMBDA_BASIC_EXECUTION_FINDING, onDemand, resourcesOfPool, WARNINGS,
} from './private';
import { UserPoolOperation } from './triggers';
import { UserPoolTrigger } from './user-pool-trigger';

/**
 * Props of `UserPoolMigration`.
 */
export interface UserPoolMigrationProps {
  /** The pool users move from: created in this app, or imported. */
  readonly sourceUserPool: IUserPool;
  /** The pool users move to: this library's or aws-cdk-lib's created pool, or an imported one (then through `UserPoolTrigger`). */
  readonly targetUserPool: IUserPool;
  /**
   * An app client of the source pool that allows `ALLOW_ADMIN_USER_PASSWORD_AUTH` and has no client secret.
   * @default - created on the source pool when it is created in this app; required otherwise
   */
  readonly sourceClient?: IUserPoolClient;
  /**
   * A role the function assumes to call a source pool in another account. It must trust the function's role
   * (`migrationFunction.role`) and allow `cognito-idp:AdminInitiateAuth` and `cognito-idp:AdminGetUser` on the source
   * pool; docs/migration.md shows both policies.
   * @default - the function's own role calls the source pool (same account)
   */
  readonly sourceRole?: IRole;
  /**
   * Source attribute name → target attribute name, applied before copying; an empty name drops the attribute.
   * `sub` is never copied.
   * @default - attributes keep their names
   */
  readonly attributeMapping?: Record<string, string>;
  /**
   * The target's custom attributes (`custom:<name>`) that migrated users may carry; other custom attributes are dropped.
   * @default - the target's custom attributes when it is created in this app; none for an imported target
   */
  readonly targetCustomAttributes?: string[];
}

/**
 * Moves users from one user pool to another when they first sign in (or reset their password) on the new one: the
 * way out of a creation-only change. A user-migration trigger on the target signs the user in against the source
 * (`AdminInitiateAuth`) and returns their attributes, so the target creates them with the password they typed.
 * See docs/migration.md, "Moving to a new pool".
 */
export class UserPoolMigration extends Construct {
  /** The user-migration function. */
  public readonly migrationFunction: IFunction;
  /** The source pool's app client the function signs users in with. */
  public readonly sourceClient?: IUserPoolClient;

  constructor(scope: Construct, id: string, props: UserPoolMigrationProps) {
    super(scope, id);
    const { sourceUserPool: source, targetUserPool: target } = props;
    const problems = new Problems();
    const { checkMigration, customAttributeNames, migrationEnvironment } = onDemand.migration();
    const { handlerDirectory, newestNodeRuntime } = onDemand.handlers();
    const sourceClient = props.sourceClient ?? this.createSourceClient(source, problems);
    this.sourceClient = sourceClient;
    const stack = Stack.of(this);
    const sourceId = stack.resolve(source.userPoolId);
    const input = {
      sourceUserPoolId: source.userPoolId,
      sourceClientId: sourceClient?.userPoolClientId ?? '',
      sourceRoleArn: props.sourceRole?.roleArn,
      attributeMapping: props.attributeMapping,
      targetCustomAttributes: props.targetCustomAttributes,
      samePool: JSON.stringify(sourceId) === JSON.stringify(stack.resolve(target.userPoolId)),
    };
    checkMigration(problems, input);
    const sourceAccount = Token.isUnresolved(source.userPoolArn) ? undefined : Arn.split(source.userPoolArn, ArnFormat.SLASH_RESOURCE_NAME).account;
    if (!props.sourceRole && isLiteral(sourceAccount) && isLiteral(stack.account) && sourceAccount !== stack.account) {
      problems.add('migrationCrossAccount', 'sourceRole', `sourceRole is required for a sourceUserPool of account ${sourceAccount}, another than the stack's `
        + `${stack.account}: the function assumes a role of that account to call the pool (docs/migration.md)`);
    }
    reportOnSynth(this, problems.all);

    const targetSchema = props.targetCustomAttributes === undefined ? createdSchema(target) : undefined;
    const customAttributes = props.targetCustomAttributes
      ? JSON.stringify(props.targetCustomAttributes)
      : Lazy.string({ produce: () => JSON.stringify(customAttributeNames(targetSchema?.())) });
    const fn = new LambdaFunction(this, 'Function', {
      description: 'cdk-secure-user-pool: migrates users from the source pool on their first sign-in to the target pool',
      runtime: newestNodeRuntime(),
      handler: 'index.handler',
      code: Code.fromAsset(handlerDirectory('user-pool-migration')),
      // Cognito waits 5 seconds for a trigger; the handler shares a 4-second budget between its calls.
      timeout: Duration.seconds(5),
      memorySize: 256,
      environment: migrationEnvironment(input, customAttributes),
    });
    this.migrationFunction = fn;
    acknowledgeFinding(fn, LAMBDA_BASIC_EXECUTION_FINDING,
      'the function writes its logs with the AWS managed AWSLambdaBasicExecutionRole policy, as aws-cdk-lib\'s Function gives it');
    // Only what the handler calls, on the source pool only (docs/migration.md).
    const actions = ['cognito-idp:AdminInitiateAuth', 'cognito-idp:AdminGetUser'];
    const iam = onDemand.iam();
    if (props.sourceRole) {
      fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['sts:AssumeRole'], resources: [props.sourceRole.roleArn] }));
    } else {
      fn.addToRolePolicy(new iam.PolicyStatement({ actions, resources: [sourcePoolArn(source)] }));
    }
    if (problems.all.length === 0) {
      new UserPoolTrigger(this, 'Trigger', { userPool: target, operation: UserPoolOperation.USER_MIGRATION, handler: fn });
    }
    this.node.addValidation({ validate: () => this.warnIfNoPasswordFlow(target) });
  }

  /** A client on a source pool created in this app: admin password sign-in, no secret, nothing else. */
  private createSourceClient(source: IUserPool, problems: Problems): IUserPoolClient | undefined {
    if (!isCreated(source)) {
      problems.add('migrationSourceClient', 'sourceClient', 'sourceClient is required when sourceUserPool is created elsewhere: an app client of the '
        + 'source pool that allows ALLOW_ADMIN_USER_PASSWORD_AUTH and has no client secret');
      return undefined;
    }
    const client = source.addClient(`MigrationClient${this.node.addr.slice(0, 8)}`, {
      authFlows: { adminUserPassword: true },
      generateSecret: false,
      disableOAuth: true,
    });
    Annotations.of(client).acknowledgeWarning(WARNINGS.clientPasswordAuth,
      'the migration function signs users in with the password they typed on the target pool (UserPoolMigration)');
    return client;
  }

  /**
   * Cognito calls the migration trigger only where it sees the password: USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH
   * and managed login, not SRP (docs/migration.md). Warn when no client of a created target allows one of them.
   */
  private warnIfNoPasswordFlow(target: IUserPool): string[] {
    if (!isCreated(target)) { return []; }
    const clients = resourcesOfPool(target)('AWS::Cognito::UserPoolClient');
    const stack = Stack.of(target);
    const passes = clients.some((client) => {
      const rendered = stack.resolve((client as unknown as { _toCloudFormation(): Record<string, any> })._toCloudFormation());
      const properties = Object.values(rendered.Resources ?? {})[0] as { Properties?: Record<string, any> } | undefined;
      const flows: string[] = properties?.Properties?.ExplicitAuthFlows ?? [];
      return flows.includes('ALLOW_USER_PASSWORD_AUTH') || flows.includes('ALLOW_ADMIN_USER_PASSWORD_AUTH')
        || (properties?.Properties?.AllowedOAuthFlows ?? []).length > 0;
    });
    if (!passes) {
      Annotations.of(this).addWarningV2(WARNINGS.migrationWithoutPasswordFlow, 'targetUserPool has no app client in this stack that sends the password: '
        + 'Cognito invokes the migration trigger for USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH and managed login, not for SRP (userSrp), so '
        + 'no user migrates; allow authFlows.userPassword on the client the app signs in with, or use managed login');
    }
    return [];
  }
}

function isCreated(pool: IUserPool): boolean {
  const resource = pool.node.defaultChild;
  return resource instanceof CfnResource && resource.cfnResourceType === 'AWS::Cognito::UserPool';
}

/** The `Schema` of a pool created in this app, read at synth (attributes may be added after the migration). */
function createdSchema(pool: IUserPool): (() => ReadonlyArray<{ name?: string }> | undefined) | undefined {
  if (!isCreated(pool)) { return undefined; }
  const resource = pool.node.defaultChild as CfnUserPool;
  return () => {
    const schema = Stack.of(pool).resolve(resource.schema) as ReadonlyArray<{ name?: string; Name?: string }> | undefined;
    return Token.isUnresolved(schema) ? undefined : schema?.map((a) => ({ name: a.name ?? a.Name }));
  };
}

/**
 * The source pool's ARN, in the Region its id names: an import by id (aws-cdk-lib's `fromUserPoolId`) gives the ARN
 * the stack's Region, but the function calls the pool in the Region of its id.
 */
function sourcePoolArn(pool: IUserPool): string {
  const region = Token.isUnresolved(pool.userPoolId) ? undefined : regionOfPoolId(pool.userPoolId);
  if (!region) { return pool.userPoolArn; }
  if (!Token.isUnresolved(pool.userPoolArn)) {
    const arn = Arn.split(pool.userPoolArn, ArnFormat.SLASH_RESOURCE_NAME);
    return arn.region === region ? pool.userPoolArn : Arn.format({ ...arn, region }, Stack.of(pool));
  }
  // An import by id: its ARN was formatted with the stack's Region and account.
  return Stack.of(pool).formatArn({ service: 'cognito-idp', resource: 'userpool', resourceName: pool.userPoolId, region });
}
