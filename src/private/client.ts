import { Duration } from 'aws-cdk-lib';
import {
  ClientAttributes, OAuthScope, UserPoolClientIdentityProvider, type AuthFlow, type OAuthSettings, type StandardAttributesMask,
  type UserPoolClientProps,
} from 'aws-cdk-lib/aws-cognito';
import { STANDARD_ATTRIBUTES } from './attribute-names';
import { compileBranding } from './managed-login';
import { type PoolWarning, WARNINGS, type Warn } from './warnings';
import { isLiteral, Problems } from '../checks/problems';
import { show } from '../checks/show';
import { FeaturePlan } from '../feature-plan';
import { renderSsoSession, resolveSsoSession } from './sessions';
import { compileTerms } from './terms';
import type { UserPoolClientProps as SecureClientProps } from '../client';

/**
 * App clients: resolve the secure defaults, check what Cognito refuses, and return the props aws-cdk-lib's
 * `UserPoolClient` renders. Pure: creates nothing. docs/clients.md gives each default and rule its source.
 */

/** What a client's defaults and rules need to know about its pool; empty for pools this library didn't create. */
export interface ClientPoolContext {
  /** Whether the pool's sign-in policy allows factors other than a password (passwordless, passkeys). */
  readonly choiceBasedSignIn?: boolean;
  readonly featurePlan?: FeaturePlan;
  /** Whether the pool tracks sessions (the client's SSO session length takes effect only then). */
  readonly tracksSessions?: boolean;
}

function buildClientDefaults() {
  return {
    accessTokenValidity: Duration.minutes(15),
    idTokenValidity: Duration.minutes(15),
    refreshTokenValidity: Duration.hours(12),
    authSessionValidity: Duration.minutes(3),
    scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
  } as const;
}
let clientDefaultValues: ReturnType<typeof buildClientDefaults> | undefined;

/**
 * Token lifetimes and scopes (docs/clients.md says why each). Built on first use: `OAuthScope` loads aws-cdk-lib's
 * client module, which a pool without app clients doesn't need.
 */
export function clientDefaults(): ReturnType<typeof buildClientDefaults> {
  return (clientDefaultValues ??= buildClientDefaults());
}

/** Cognito's bounds for token and session lifetimes, in minutes (API: CreateUserPoolClient, TokenValidityUnitsType). */
const BOUNDS = {
  accessTokenValidity: [5, 24 * 60],
  idTokenValidity: [5, 24 * 60],
  refreshTokenValidity: [60, 10 * 365 * 24 * 60],
  authSessionValidity: [3, 15],
} as const;

/**
 * A machine client's flows: none for users. `{ userSrp: false }` makes aws-cdk-lib render `ExplicitAuthFlows` with
 * `ALLOW_REFRESH_TOKEN_AUTH` alone: left out, Cognito would turn on SRP, custom and refresh ("If you don't specify a
 * value for ExplicitAuthFlows, your app client supports ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_SRP_AUTH, and
 * ALLOW_CUSTOM_AUTH", API CreateUserPoolClient), and a list without the refresh flow is refused ("REFRESH_TOKEN_AUTH
 * should always be allowed", aws/aws-cdk#7625).
 */
const MACHINE_AUTH_FLOWS: AuthFlow = { userSrp: false };

/** Every standard attribute except the `*_verified` ones, which only an administrator or Cognito should set. */
const WRITABLE_STANDARD: StandardAttributesMask = Object.fromEntries(Object.keys(STANDARD_ATTRIBUTES).map((key) => [key, true]));
const VERIFIED = ['email_verified', 'phone_number_verified'];

export interface CompiledClient {
  readonly props: UserPoolClientProps;
  /**
   * `oAuth.defaultRedirectUri`, which the construct sets on the L1 itself: aws-cdk-lib's own check throws when a
   * callback URL is a token, where the rule here skips tokens.
   */
  readonly defaultRedirectUri?: string;
  /** The SSO session attachment's properties but the pool and client ids, when one is rendered. */
  readonly ssoSession?: Record<string, unknown>;
  /** The client's own managed login style's properties but the pool and client ids, when given. */
  readonly branding?: Record<string, unknown>;
  /** The terms documents to render: construct id and properties but the pool and client ids. */
  readonly terms: ReadonlyArray<{ readonly id: string; readonly properties: Record<string, unknown> }>;
  readonly warnings: readonly PoolWarning[];
}

/** Applies the secure defaults and checks the result; throws nothing, returns problems and warnings. */
/** aws-cdk-lib's client props and this library's additions, as src/client.ts declares them. */
export type ClientProps = SecureClientProps;

export function compileClient(props: ClientProps, pool: ClientPoolContext, problems: Problems): CompiledClient {
  const warnings: PoolWarning[] = [];
  const warn: Warn = (id, message) => warnings.push({ id, message });
  const oAuthOn = props.disableOAuth !== true && (props.oAuth !== undefined || props.disableOAuth === false);
  const oAuth = oAuthOn ? resolveOAuth(props.oAuth ?? {}) : undefined;
  if (oAuth) { checkOAuth(problems, warn, oAuth, props.generateSecret === true); }
  if (props.enablePropagateAdditionalUserContextData === true && props.generateSecret !== true) {
    problems.add('clientContextDataNeedsSecret', 'enablePropagateAdditionalUserContextData', 'enablePropagateAdditionalUserContextData needs '
      + 'generateSecret: true: Cognito accepts additional user context data only from a client with a secret');
  }

  // A machine client (the client credentials grant) gets access tokens only: no user signs in through it.
  const machine = oAuth?.flows?.clientCredentials === true;
  const authFlows: AuthFlow = props.authFlows ?? (machine ? MACHINE_AUTH_FLOWS : { userSrp: true, user: pool.choiceBasedSignIn ? true : undefined });
  checkAuthFlows(problems, warn, authFlows, pool);

  checkIdentityProviders(warn, props, authFlows);
  const writeAttributes = props.writeAttributes ?? (machine ? undefined : new ClientAttributes().withStandardAttributes(WRITABLE_STANDARD));
  if (props.writeAttributes) { checkWriteAttributes(warn, props.writeAttributes); }

  const defaults = clientDefaults();
  const lifetimes = {
    accessTokenValidity: props.accessTokenValidity ?? defaults.accessTokenValidity,
    idTokenValidity: props.idTokenValidity ?? (machine ? undefined : defaults.idTokenValidity),
    refreshTokenValidity: props.refreshTokenValidity ?? (machine ? undefined : defaults.refreshTokenValidity),
    authSessionValidity: props.authSessionValidity ?? (machine ? undefined : defaults.authSessionValidity),
  };
  checkLifetimes(problems, lifetimes);

  if (props.preventUserExistenceErrors === false) {
    warn(WARNINGS.clientRevealsUserExistence, 'preventUserExistenceErrors is false: sign-in and password-reset errors tell an attacker '
      + 'which usernames exist');
  }
  if (props.enableTokenRevocation === false) {
    warn(WARNINGS.clientWithoutTokenRevocation, 'enableTokenRevocation is false: a refresh token that leaks can\'t be revoked before it expires');
  }
  const browser = oAuth !== undefined && (oAuth.flows?.authorizationCodeGrant === true || oAuth.flows?.implicitCodeGrant === true);
  const ssoMinutes = resolveSsoSession(problems, props.ssoSessionValidity, { browser, machine, poolTracksSessions: pool.tracksSessions });
  const { defaultRedirectUri, ...oAuthRest } = oAuth ?? {};
  const terms = compileTerms(problems, warn, props, browser);
  const branding = props.managedLoginBranding && compileBranding(problems, props.managedLoginBranding);
  const { ssoSessionValidity: _sso, termsOfUse: _terms, privacyPolicy: _privacy, managedLoginBranding: _branding, ...cdkProps } = props;
  return {
    defaultRedirectUri,
    ssoSession: renderSsoSession(ssoMinutes),
    terms,
    branding,
    props: {
      ...cdkProps,
      disableOAuth: !oAuthOn,
      oAuth: oAuth ? oAuthRest : undefined,
      authFlows,
      writeAttributes,
      supportedIdentityProviders: props.supportedIdentityProviders ?? (machine ? [UserPoolClientIdentityProvider.COGNITO] : undefined),
      ...lifetimes,
      preventUserExistenceErrors: props.preventUserExistenceErrors ?? true,
      enableTokenRevocation: props.enableTokenRevocation ?? true,
    },
    warnings,
  };
}

function resolveOAuth(oAuth: OAuthSettings): OAuthSettings {
  const flows = oAuth.flows ?? { authorizationCodeGrant: true };
  // Machine-to-machine clients may use only resource server scopes, so they get no default.
  const scopes = oAuth.scopes ?? (flows.clientCredentials ? undefined : [...clientDefaults().scopes]);
  return { ...oAuth, flows, scopes };
}

/** An app scheme (`myapp://`), https, or http to localhost (Cognito's app client guide); never a fragment. */
const CALLBACK = /^(https:\/\/[^\s#]+|http:\/\/localhost(:\d+)?(\/[^\s#]*)?|(?!https?:)[a-z][a-z0-9+.-]*:\/\/?[^\s#]*)$/i;

function checkOAuth(problems: Problems, warn: Warn, oAuth: OAuthSettings, secret: boolean) {
  const flows = oAuth.flows!;
  const browserFlows = flows.authorizationCodeGrant || flows.implicitCodeGrant;
  if (!browserFlows && !flows.clientCredentials) {
    problems.add('clientOAuthFlows', 'oAuth.flows', 'oAuth.flows must enable at least one of authorizationCodeGrant, implicitCodeGrant or clientCredentials, '
      + `got ${show(flows)}: or set disableOAuth to true`);
  }
  if (flows.clientCredentials && browserFlows) {
    problems.add('clientCredentialsWithBrowserFlows', 'oAuth.flows', 'oAuth.flows.clientCredentials can\'t be combined with authorizationCodeGrant or implicitCodeGrant: '
      + 'use one client for users and another for machines');
  }
  if (flows.clientCredentials && !secret) {
    problems.add('clientCredentialsNeedSecret', 'generateSecret', 'oAuth.flows.clientCredentials needs generateSecret: true: machines authenticate with the client secret');
  }
  const scopes = oAuth.scopes ?? [];
  const standard = ['openid', 'email', 'phone', 'profile', OAuthScope.COGNITO_ADMIN.scopeName];
  if (flows.clientCredentials && scopes.length === 0) {
    problems.add('clientCredentialsScopes', 'oAuth.scopes', 'oAuth.scopes must name resource server scopes (OAuthScope.resourceServer(...)) for '
      + 'oAuth.flows.clientCredentials, got none');
  }
  const standardForMachines = scopes.map((s) => s.scopeName).filter((s) => standard.includes(s));
  if (flows.clientCredentials && standardForMachines.length > 0) {
    problems.add('clientCredentialsScopes', 'oAuth.scopes', `oAuth.scopes for oAuth.flows.clientCredentials may only be resource server scopes, got ${show(standardForMachines)}`);
  }
  if (flows.implicitCodeGrant) {
    warn(WARNINGS.clientImplicitGrant, 'oAuth.flows.implicitCodeGrant is true: tokens travel in the redirect URL; the OAuth 2.0 '
      + 'Security BCP (RFC 9700 §2.1.2) says to use the authorization code grant with PKCE instead');
  }
  if (scopes.some((s) => s.scopeName === OAuthScope.COGNITO_ADMIN.scopeName)) {
    warn(WARNINGS.clientAdminScope, 'oAuth.scopes includes aws.cognito.signin.user.admin: users can then change their own attributes '
      + 'and settings with the access token');
  }
  if (!browserFlows) { return; }
  const callbackUrls = oAuth.callbackUrls;
  const redirect = oAuth.defaultRedirectUri;
  const knownOthers = callbackUrls !== undefined && callbackUrls.length > 0 && callbackUrls.every((url) => isLiteral(url) && url !== redirect);
  if (isLiteral(redirect) && knownOthers) {
    problems.add('clientDefaultRedirectUri', 'oAuth.defaultRedirectUri', `oAuth.defaultRedirectUri must be one of oAuth.callbackUrls, got ${show(redirect)}: `
      + `add it to the callback URLs ${show(callbackUrls)} or pick one of them`);
  }
  if (callbackUrls === undefined || callbackUrls.length === 0) {
    problems.add('clientCallbackUrlsRequired', 'oAuth.callbackUrls', 'oAuth.callbackUrls is required with the authorization code or implicit grant: name the URLs '
      + 'Cognito may redirect to (https://, http://localhost, or an app scheme such as myapp://callback)');
  }
  for (const [path, urls] of [['oAuth.callbackUrls', callbackUrls], ['oAuth.logoutUrls', oAuth.logoutUrls]] as const) {
    for (const url of urls ?? []) {
      if (isLiteral(url) && !CALLBACK.test(url)) {
        problems.add('clientCallbackUrl', path, `${path} must be https://, http://localhost or an app scheme, with no fragment (#), got ${show(url)}`);
      }
    }
  }
}

function checkAuthFlows(problems: Problems, warn: Warn, flows: AuthFlow, pool: ClientPoolContext) {
  const raw = [flows.userPassword && 'userPassword', flows.adminUserPassword && 'adminUserPassword'].filter(Boolean);
  if (raw.length > 0) {
    warn(WARNINGS.clientPasswordAuth, `authFlows ${raw.join(' and ')} sends the password itself to Cognito, where SRP (userSrp) `
      + 'proves it without sending it; the OAuth 2.0 Security BCP (RFC 9700 §2.4) warns against handing passwords to clients');
  }
  if (flows.user && pool.featurePlan === FeaturePlan.LITE) {
    problems.add('clientChoiceBasedSignInNeedsPlan', 'authFlows.user', 'authFlows.user (choice-based sign-in) needs the pool\'s featurePlan ESSENTIALS or PLUS, got LITE');
  }
}

function checkWriteAttributes(warn: Warn, attributes: ClientAttributes) {
  const names = attributes.attributes();
  if (names.length === 0) {
    warn(WARNINGS.clientWriteAttributesEmpty, 'writeAttributes names no attribute, which Cognito reads as not set: every standard attribute '
      + 'stays writable ("When you don\'t specify the WriteAttributes ... your app can write the values of the Standard attributes"); '
      + 'name at least one attribute, or leave writeAttributes out for this library\'s default');
  }
  const verified = names.filter((n) => VERIFIED.includes(n));
  if (verified.length > 0) {
    warn(WARNINGS.clientWritesVerifiedAttribute, `writeAttributes includes ${verified.join(' and ')}: users could mark an address `
      + 'they don\'t own as verified');
  }
  const custom = names.filter((n) => n.startsWith('custom:'));
  if (custom.length > 0) {
    warn(WARNINGS.clientWritesCustomAttributes, `writeAttributes lets users change ${custom.join(', ')}: never base authorization on `
      + 'an attribute users can write');
  }
}

/** API CreateUserPoolClient, SupportedIdentityProviders. */
function checkIdentityProviders(warn: Warn, props: UserPoolClientProps, authFlows: AuthFlow) {
  const providers = props.supportedIdentityProviders;
  const userFlows = Object.entries(authFlows).filter(([, on]) => on === true).map(([flow]) => flow);
  if (providers === undefined || providers.some((p) => p.name === UserPoolClientIdentityProvider.COGNITO.name) || userFlows.length === 0) { return; }
  warn(WARNINGS.clientSdkSignInWithoutCognito, `supportedIdentityProviders leaves out COGNITO, but authFlows ${userFlows.join(', ')} still let the `
    + 'pool\'s own users sign in through this client with the SDK: "The removal of COGNITO from this list doesn\'t prevent authentication '
    + 'operations for local users"; to allow federation only, set authFlows to { userSrp: false } (refresh only)');
}

function checkLifetimes(problems: Problems, lifetimes: Record<keyof typeof BOUNDS, Duration | undefined>) {
  const minutes: Partial<Record<keyof typeof BOUNDS, number>> = {};
  for (const [name, [min, max]] of Object.entries(BOUNDS) as Array<[keyof typeof BOUNDS, readonly [number, number]]>) {
    const duration = lifetimes[name];
    if (duration === undefined || duration.isUnresolved()) { continue; }
    const value = duration.toMinutes({ integral: false });
    minutes[name] = value;
    if (value < min || value > max) {
      problems.add('clientTokenValidity', name, `${name} must be from ${describe(min)} to ${describe(max)}, got ${duration.toHumanString()}`);
    }
  }
  for (const name of ['accessTokenValidity', 'idTokenValidity'] as const) {
    const refresh = minutes.refreshTokenValidity;
    const value = minutes[name];
    if (value !== undefined && refresh !== undefined && value > refresh && !problems.has(name)) {
      problems.add('clientTokenLongerThanRefresh', name, `${name} must not be longer than refreshTokenValidity (${lifetimes.refreshTokenValidity!.toHumanString()}), `
        + `got ${lifetimes[name]!.toHumanString()}`);
    }
  }
}

function describe(minutes: number): string {
  if (minutes % (365 * 24 * 60) === 0) { return `${minutes / (365 * 24 * 60)} years`; }
  if (minutes % (24 * 60) === 0) { return `${minutes / (24 * 60)} day${minutes === 24 * 60 ? '' : 's'}`; }
  return `${minutes} minutes`;
}
