import { Annotations, CfnResource, type Duration } from 'aws-cdk-lib';
import {
  CfnManagedLoginBranding, type CfnUserPoolClient, UserPoolClient as CdkUserPoolClient, type UserPoolClientProps as CdkUserPoolClientProps,
} from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import type { ManagedLoginBrandingOptions } from './branding';
import { reportOnSynth } from './checks/validation-error';
import {
  acknowledgeFinding, brandManagedLogin, CLIENT_SESSION_TYPE, type ClientPoolContext, compileClient, SESSION_TYPE_ACKNOWLEDGEMENT, TERMS_TYPE,
} from './private';

/** Props of an app client: aws-cdk-lib's `UserPoolClientProps`, and what its `UserPoolClient` doesn't model yet. */
export interface UserPoolClientProps extends CdkUserPoolClientProps {
  /**
   * How long managed login reuses a user's single sign-on session for this client before asking them to sign in
   * again (`AWS::Cognito::UserPoolClientSessionConfigurationAttachment`): whole minutes from 0 (always sign in
   * again) to 90 days. Takes effect while the pool tracks sessions (`sessions`). See docs/sessions.md.
   * @default - 60 minutes (Cognito's default, written down) for a client with the code or implicit grant of a pool
   * that tracks sessions; otherwise not set
   */
  readonly ssoSessionValidity?: Duration;

  /**
   * Links to the terms of use that managed login shows on this client's sign-up page (`AWS::Cognito::Terms`),
   * by language: `cognito:default`, and managed login languages such as `cognito:french`. Give `privacyPolicy`
   * too: Cognito shows the documents only when both exist. See docs/clients.md.
   * @default - none
   */
  readonly termsOfUse?: { [language: string]: string };

  /**
   * Links to the privacy policy that managed login shows on this client's sign-up page (`AWS::Cognito::Terms`),
   * keyed as `termsOfUse` is.
   * @default - none
   */
  readonly privacyPolicy?: { [language: string]: string };

  /**
   * This client's own managed login style (`AWS::Cognito::ManagedLoginBranding`): a settings document and images.
   * Without it, a client of a pool whose domain uses the newer managed login gets Cognito's provided style.
   * See docs/clients.md, "Managed login branding".
   * @default - Cognito's provided style, when the pool's domain uses the newer managed login
   */
  readonly managedLoginBranding?: ManagedLoginBrandingOptions;
}

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
    const pool = props.userPool as { _clientContext?: ClientPoolContext; _sessionsAttachment?: CfnResource };
    const compiled = compileClient(props, pool._clientContext ?? {});
    // A client with problems is built as a stand-in that keeps what code may read from it (its name, whether it has
    // a secret) and nothing aws-cdk-lib's own checks could stop the app on, with OAuth off, so that every problem is
    // reported at synth; the app can't synthesize until they are fixed.
    super(scope, id, compiled.problems.length > 0 ? standIn(props) : compiled.props);
    reportOnSynth(this, compiled.problems);
    if (compiled.defaultRedirectUri !== undefined && compiled.problems.length === 0) {
      (this.node.defaultChild as CfnUserPoolClient).defaultRedirectUri = compiled.defaultRedirectUri;
    }
    if (compiled.ssoSession !== undefined && compiled.problems.length === 0) {
      const attachment = new CfnResource(this, 'SessionConfiguration', {
        type: CLIENT_SESSION_TYPE,
        properties: { UserPoolId: props.userPool.userPoolRef.userPoolId, ClientId: this.userPoolClientId, ...compiled.ssoSession },
      });
      acknowledgeFinding(attachment, SESSION_TYPE_ACKNOWLEDGEMENT.id, SESSION_TYPE_ACKNOWLEDGEMENT.reason);
      // Its settings apply only once the pool tracks sessions (CloudFormation reference of the attachment).
      if (pool._sessionsAttachment) { attachment.node.addDependency(pool._sessionsAttachment); }
    }
    if (compiled.branding && compiled.problems.length === 0) {
      new CfnManagedLoginBranding(this, 'ManagedLoginBranding', { userPoolId: props.userPool.userPoolRef.userPoolId, clientId: this.userPoolClientId, ...compiled.branding });
    }
    for (const document of compiled.problems.length === 0 ? compiled.terms : []) {
      new CfnResource(this, document.id, {
        type: TERMS_TYPE,
        properties: { UserPoolId: props.userPool.userPoolRef.userPoolId, ClientId: this.userPoolClientId, ...document.properties },
      });
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
function standIn(props: UserPoolClientProps): CdkUserPoolClientProps {
  return { userPool: props.userPool, userPoolClientName: props.userPoolClientName, generateSecret: props.generateSecret, disableOAuth: true };
}
