import { Annotations } from 'aws-cdk-lib';
import { type CfnUserPoolClient, UserPoolClient as CdkUserPoolClient, type UserPoolClientProps } from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import { reportOnSynth } from './checks/validation-error';
import { brandManagedLogin, type ClientPoolContext, compileClient } from './private';

/**
 * An app client with secure defaults: aws-cdk-lib's `UserPoolClient`, so anything that accepts one accepts this.
 *
 * - No OAuth unless `oAuth` is given; with it, the authorization code grant only, `openid`, `email` and `profile`
 *   scopes, and callback URLs required (https, http://localhost or an app scheme).
 * - User-existence errors prevented, token revocation on, SRP sign-in (plus choice-based sign-in when the pool
 *   allows passwordless or passkey sign-in), the standard attributes writable except `email_verified` and
 *   `phone_number_verified`, and token lifetimes from current guidance.
 *
 * Each default yields to an explicit choice; a choice that weakens one is a synth warning with an id. A
 * configuration Cognito refuses is reported when the app synthesizes, with the rest of the app's problems.
 * See docs/clients.md.
 */
export class UserPoolClient extends CdkUserPoolClient {
  constructor(scope: Construct, id: string, props: UserPoolClientProps) {
    const pool = props.userPool as { _clientContext?: ClientPoolContext };
    const compiled = compileClient(props, pool._clientContext ?? {});
    // A client with problems is built as a stand-in that keeps what code may read from it (its name, whether it has
    // a secret) and nothing aws-cdk-lib's own checks could stop the app on, with OAuth off, so that every problem is
    // reported at synth; the app can't synthesize until they are fixed.
    super(scope, id, compiled.problems.length > 0 ? standIn(props) : compiled.props);
    reportOnSynth(this, compiled.problems);
    if (compiled.defaultRedirectUri !== undefined && compiled.problems.length === 0) {
      (this.node.defaultChild as CfnUserPoolClient).defaultRedirectUri = compiled.defaultRedirectUri;
    }
    for (const warning of compiled.warnings) {
      Annotations.of(this).addWarningV2(warning.id, warning.message);
    }
    if ('node' in props.userPool && 'userPoolId' in props.userPool) {
      brandManagedLogin(props.userPool as never);
    }
  }
}

/** What an app client with problems is built as (see above). */
function standIn(props: UserPoolClientProps): UserPoolClientProps {
  return { userPool: props.userPool, userPoolClientName: props.userPoolClientName, generateSecret: props.generateSecret, disableOAuth: true };
}
