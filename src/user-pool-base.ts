import { ArnFormat, Resource, Stack } from 'aws-cdk-lib';
import {
  UserPoolClient, UserPoolDomain, UserPoolGroup, UserPoolResourceServer,
} from 'aws-cdk-lib/aws-cognito';
import type {
  IUserPool, IUserPoolIdentityProvider, UserPoolClientOptions, UserPoolDomainOptions, UserPoolGroupOptions,
  UserPoolResourceServerOptions,
} from 'aws-cdk-lib/aws-cognito';
import { Grant } from 'aws-cdk-lib/aws-iam';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import type { aws_cognito as cognitoRefs } from 'aws-cdk-lib/interfaces';
import type { Construct } from 'constructs';
import { UserPoolValidationError } from './private/validation';

/**
 * What a user pool, created here or imported, offers: aws-cdk-lib's `IUserPool`.
 */
export abstract class UserPoolBase extends Resource implements IUserPool {
  public abstract readonly userPoolId: string;
  public abstract readonly userPoolArn: string;
  public abstract readonly userPoolProviderName: string;
  public readonly identityProviders: IUserPoolIdentityProvider[] = [];

  public get userPoolRef(): cognitoRefs.UserPoolReference {
    return { userPoolId: this.userPoolId, userPoolArn: this.userPoolArn };
  }

  /** Adds an app client (aws-cdk-lib's `UserPoolClient`). */
  public addClient(id: string, options?: UserPoolClientOptions): UserPoolClient {
    return new UserPoolClient(this, id, { userPool: this, ...options });
  }

  /** Adds a domain (aws-cdk-lib's `UserPoolDomain`). */
  public addDomain(id: string, options: UserPoolDomainOptions): UserPoolDomain {
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

  /** Grants `actions` on this pool to `grantee`. */
  public grant(grantee: IGrantable, ...actions: string[]): Grant {
    return Grant.addToPrincipal({ grantee, actions, resourceArns: [this.userPoolArn] });
  }
}

/** Imports a pool by ARN. @internal */
export function importUserPool(scope: Construct, id: string, userPoolArn: string): IUserPool {
  const stack = Stack.of(scope);
  const parts = stack.splitArn(userPoolArn, ArnFormat.SLASH_RESOURCE_NAME);
  const userPoolId = parts.resourceName;
  if (!userPoolId) {
    UserPoolValidationError.throwIfAny(scope, [`userPoolArn must end in userpool/<id>, got ${JSON.stringify(userPoolArn)}`]);
  }
  class ImportedUserPool extends UserPoolBase {
    public readonly userPoolArn = userPoolArn;
    public readonly userPoolId = userPoolId!;
    public readonly userPoolProviderName = `cognito-idp.${parts.region}.${stack.urlSuffix}/${userPoolId}`;
  }
  return new ImportedUserPool(scope, id, { account: parts.account, region: parts.region });
}
