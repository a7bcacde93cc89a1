import { Resource } from 'aws-cdk-lib';
import { UserPoolGroup, UserPoolResourceServer } from 'aws-cdk-lib/aws-cognito';
import type {
  UserPoolClient as CdkUserPoolClient, UserPoolDomain as CdkUserPoolDomain,
  IUserPool, IUserPoolIdentityProvider, UserPoolClientOptions, UserPoolDomainOptions, UserPoolGroupOptions,
  UserPoolResourceServerOptions,
} from 'aws-cdk-lib/aws-cognito';
import type { Grant, IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { aws_cognito as cognitoRefs } from 'aws-cdk-lib/interfaces';
import type { IConstruct } from 'constructs';
import type * as clientModule from './client';
import type * as domainModule from './domain';
import { type ClientPoolContext, onDemand, PERMS, type PoolDomains } from './private';
import type { LambdaVersion, UserPoolOperation } from './triggers';

/**
 * A user pool, created here or imported: aws-cdk-lib's `IUserPool` plus grants for what triggers commonly need.
 *
 * Grants to a role go through a separate IAM policy that nothing depends on, so a trigger function can be
 * granted access to its own pool without a circular dependency.
 */
export interface ISecureUserPool extends IUserPool {
  /** Grants adding users to groups (`AdminAddUserToGroup`), e.g. for a post-confirmation trigger. */
  grantAddUserToGroup(grantee: IGrantable): Grant;
  /** Grants listing a user's groups (`AdminListGroupsForUser`), e.g. for a pre token generation trigger. */
  grantListUserGroups(grantee: IGrantable): Grant;
  /** Grants reading users and their attributes (`AdminGetUser`, `ListUsers`). */
  grantReadUserAttributes(grantee: IGrantable): Grant;
  /** Grants updating and deleting user attributes (`AdminUpdateUserAttributes`, `AdminDeleteUserAttributes`). */
  grantUpdateUserAttributes(grantee: IGrantable): Grant;
  /** Grants full user administration: creating, deleting, enabling, confirming users and managing their groups. */
  grantManageUsers(grantee: IGrantable): Grant;

  /**
   * Adds a Lambda trigger. On a pool created here it renders into the pool; on an imported pool a custom resource
   * sets only this trigger and keeps the pool's other settings (docs/triggers.md).
   * @param lambdaVersion the event version: V2_0 or V3_0 only for pre token generation
   */
  addTrigger(operation: UserPoolOperation, fn: IFunction, lambdaVersion?: LambdaVersion): void;
}

/**
 * What a user pool, created here or imported, offers.
 */
export abstract class UserPoolBase extends Resource implements ISecureUserPool {
  public abstract readonly userPoolId: string;
  public abstract readonly userPoolArn: string;
  public abstract readonly userPoolProviderName: string;
  public readonly identityProviders: IUserPoolIdentityProvider[] = [];
  /**
   * The domains this library's `UserPoolDomain` (and so `addDomain`) made for this pool, by kind: Cognito takes one of each.
   * @internal
   */
  public _domains: PoolDomains = { prefix: 0, custom: 0 };

  public abstract addTrigger(operation: UserPoolOperation, fn: IFunction, lambdaVersion?: LambdaVersion): void;

  public get userPoolRef(): cognitoRefs.UserPoolReference {
    return { userPoolId: this.userPoolId, userPoolArn: this.userPoolArn };
  }

  /**
   * What this pool tells its app clients' defaults (choice-based sign-in, the plan). Empty for imported pools.
   * @internal
   */
  public get _clientContext(): ClientPoolContext {
    return {};
  }

  /**
   * The pool's replicas, for a domain that fails over to one: undefined when they can't be known (an imported pool).
   * @internal
   */
  public get _replicas(): ReadonlyArray<{ readonly region: string; readonly resource: IConstruct }> | undefined {
    return undefined;
  }

  /**
   * Adds an app client with secure defaults: this library's `UserPoolClient`. It is typed as aws-cdk-lib's
   * `UserPoolClient`, which it extends, because `IUserPool` declares that type. See docs/clients.md.
   */
  public addClient(id: string, options?: UserPoolClientOptions): CdkUserPoolClient {
    // Loaded with the first client, so a pool without app clients doesn't load them (docs/performance.md, "Loading").
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { UserPoolClient } = require('./client') as typeof clientModule;
    return new UserPoolClient(this, id, { userPool: this, ...options });
  }

  /**
   * Adds a domain: this library's `UserPoolDomain`, checked, with the recommended TLS policy for a custom domain. It
   * is typed as aws-cdk-lib's `UserPoolDomain`, which it extends, because `IUserPool` declares that type. On the
   * newer managed login, the pool's OAuth clients get a managed login branding with Cognito's provided values,
   * whichever came first. For failover to a replica, create `new UserPoolDomain(...)` with `failover`.
   */
  public addDomain(id: string, options: UserPoolDomainOptions): CdkUserPoolDomain {
    // Loaded with the first domain, as clients are (docs/performance.md, "Loading").
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { UserPoolDomain } = require('./domain') as typeof domainModule;
    return new UserPoolDomain(this, id, { userPool: this, ...options });
  }

  /** Adds a resource server (aws-cdk-lib's `UserPoolResourceServer`). */
  public addResourceServer(id: string, options: UserPoolResourceServerOptions): UserPoolResourceServer {
    return new UserPoolResourceServer(this, id, { userPool: this, ...options });
  }

  /** Adds a group (aws-cdk-lib's `UserPoolGroup`). */
  public addGroup(id: string, options: UserPoolGroupOptions): UserPoolGroup {
    return new UserPoolGroup(this, id, { userPool: this, ...options });
  }

  /** Records an identity provider registered with this pool. */
  public registerIdentityProvider(provider: cognitoRefs.IUserPoolIdentityProviderRef): void {
    if ('providerName' in provider) {
      this.identityProviders.push(provider as IUserPoolIdentityProvider);
    }
  }

  /**
   * Grants `actions` on this pool to `grantee`. A role gets them through a separate IAM policy,
   * so a trigger of this pool can be granted without a circular dependency.
   */
  public grant(grantee: IGrantable, ...actions: string[]): Grant {
    return onDemand.grants().grantWithoutCycles(this, grantee, actions, [this.userPoolArn]);
  }

  public grantAddUserToGroup(grantee: IGrantable): Grant {
    return this.grant(grantee, ...PERMS.addUserToGroup);
  }

  public grantListUserGroups(grantee: IGrantable): Grant {
    return this.grant(grantee, ...PERMS.listUserGroups);
  }

  public grantReadUserAttributes(grantee: IGrantable): Grant {
    return this.grant(grantee, ...PERMS.readUserAttributes);
  }

  public grantUpdateUserAttributes(grantee: IGrantable): Grant {
    return this.grant(grantee, ...PERMS.updateUserAttributes);
  }

  public grantManageUsers(grantee: IGrantable): Grant {
    return this.grant(grantee, ...PERMS.manageUsers);
  }
}
