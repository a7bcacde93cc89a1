import type { StackTemplate } from './templates';

type Json = Record<string, any>;
type Verdict = 'PASS' | 'FAIL' | 'WARN' | 'INFO';

/** An app client found in a template, and the pool it belongs to (by `Ref` to the pool's logical id). */
export interface FoundClient {
  readonly logicalId: string;
  readonly poolLogicalId?: string;
  readonly properties: Json;
  /** `SSOSession.MaxValidityMinutes` of the client's session attachment in the same template, if it has one. */
  readonly ssoSessionMinutes?: unknown;
}

export function findClients(stack: StackTemplate): FoundClient[] {
  return Object.entries(stack.template.Resources)
    .filter(([, resource]) => resource.Type === 'AWS::Cognito::UserPoolClient')
    .map(([logicalId, resource]) => {
      const poolId = (resource.Properties ?? {}).UserPoolId as Json | undefined;
      const session = Object.values(stack.template.Resources).find((r) => r.Type === 'AWS::Cognito::UserPoolClientSessionConfigurationAttachment'
        && (r.Properties?.ClientId as Json | undefined)?.Ref === logicalId);
      return {
        logicalId,
        poolLogicalId: typeof poolId?.Ref === 'string' ? poolId.Ref : undefined,
        properties: resource.Properties ?? {},
        ssoSessionMinutes: (session?.Properties?.SSOSession as Json | undefined)?.MaxValidityMinutes,
      };
    });
}

export interface ClientLine {
  readonly setting: string;
  readonly value: string;
  readonly verdict: Verdict;
  /** The rule the verdict is against: Prowler's client checks, RFC 9700 sections. */
  readonly rules: string;
}

/** A token or session lifetime of an app client: its property, its unit's key in TokenValidityUnits, Cognito's default. */
export interface Lifetime {
  /** The prop of aws-cdk-lib's UserPoolClient. */
  readonly prop: string;
  readonly property: string;
  /** The key in `TokenValidityUnits`; the auth session is always in minutes. */
  readonly unit?: string;
  readonly defaultUnit: string;
  readonly defaultMinutes: number;
}

/** Cognito's defaults where a client sets no lifetime: one hour, 30 days, three minutes. */
export const LIFETIMES: { readonly [token in 'access' | 'id' | 'refresh' | 'authSession']: Lifetime } = {
  access: { prop: 'accessTokenValidity', property: 'AccessTokenValidity', unit: 'AccessToken', defaultUnit: 'hours', defaultMinutes: 60 },
  id: { prop: 'idTokenValidity', property: 'IdTokenValidity', unit: 'IdToken', defaultUnit: 'hours', defaultMinutes: 60 },
  refresh: { prop: 'refreshTokenValidity', property: 'RefreshTokenValidity', unit: 'RefreshToken', defaultUnit: 'days', defaultMinutes: 30 * 24 * 60 },
  authSession: { prop: 'authSessionValidity', property: 'AuthSessionValidity', defaultUnit: 'minutes', defaultMinutes: 3 },
};

/** A client's lifetime in minutes, taking its unit and Cognito's default into account. */
export function minutesOf(p: Json, lifetime: Lifetime): number {
  const value = p[lifetime.property];
  if (typeof value !== 'number') { return lifetime.defaultMinutes; }
  const unit = lifetime.unit ? (p.TokenValidityUnits as Json | undefined)?.[lifetime.unit] : undefined;
  const per: Record<string, number> = { seconds: 1 / 60, minutes: 1, hours: 60, days: 24 * 60 };
  return value * per[typeof unit === 'string' ? unit : lifetime.defaultUnit];
}

/**
 * A client's security posture. Where a property is absent, the API's default applies: `LEGACY` user-existence
 * errors, token revocation on for new clients, SRP, custom and refresh flows, every attribute writable.
 */
export function clientLines(p: Json, ssoSessionMinutes?: unknown): ClientLine[] {
  const flows = (p.AllowedOAuthFlows ?? []) as string[];
  const lines = userClientLines(p, flows);
  if (flows.includes('code') || flows.includes('implicit')) {
    // docs/sessions.md: Cognito reuses a managed login session for 60 minutes unless the client says otherwise.
    const minutes = ssoSessionMinutes ?? 60;
    const known = typeof minutes === 'number';
    lines.push({
      setting: 'SSO session',
      value: known ? `${minutes} min${ssoSessionMinutes === undefined ? ' (default)' : ''}` : JSON.stringify(minutes),
      verdict: known && minutes > 12 * 60 ? 'WARN' : 'PASS',
      rules: 'NIST SP 800-63B AAL2: reauthenticate at least every 12 hours',
    });
  }
  if (!flows.includes('client_credentials')) { return lines; }
  // A machine client: client credentials return an access token only, so any flow a user signs in with is surface
  // no machine needs (Cognito's token endpoint guide). Left out, ExplicitAuthFlows is SRP, custom and refresh.
  const authFlows = p.ExplicitAuthFlows as string[] | undefined;
  const userFlows = authFlows === undefined ? ['not set (SRP, custom)'] : authFlows.filter((f) => f !== 'ALLOW_REFRESH_TOKEN_AUTH');
  return [
    ...lines,
    { setting: 'machine client user sign-in', value: userFlows.join(', ') || 'none', verdict: userFlows.length > 0 ? 'FAIL' : 'PASS', rules: 'client credentials are for machines only' },
  ];
}

function userClientLines(p: Json, flows: string[]): ClientLine[] {
  const scopes = (p.AllowedOAuthScopes ?? []) as string[];
  const authFlows = p.ExplicitAuthFlows as string[] | undefined;
  const passwordFlows = (authFlows ?? []).filter((f) => f === 'ALLOW_USER_PASSWORD_AUTH' || f === 'ALLOW_ADMIN_USER_PASSWORD_AUTH'
    || f === 'USER_PASSWORD_AUTH' || f === 'ADMIN_NO_SRP_AUTH');
  const write = p.WriteAttributes as string[] | undefined;
  const writableCustom = write === undefined ? 'all, including custom attributes' : write.filter((a) => a.startsWith('custom:')).join(', ');
  const existence = p.PreventUserExistenceErrors ?? 'LEGACY (not set)';
  const [access, id, refresh] = [LIFETIMES.access, LIFETIMES.id, LIFETIMES.refresh].map((lifetime) => minutesOf(p, lifetime));
  return [
    { setting: 'implicit grant', value: String(flows.includes('implicit')), verdict: flows.includes('implicit') ? 'FAIL' : 'PASS', rules: 'RFC 9700 §2.1.2' },
    { setting: 'admin scope', value: String(scopes.includes('aws.cognito.signin.user.admin')), verdict: scopes.includes('aws.cognito.signin.user.admin') ? 'WARN' : 'PASS', rules: 'users can change their own attributes' },
    { setting: 'user-existence errors', value: String(existence), verdict: existence === 'ENABLED' ? 'PASS' : 'FAIL', rules: 'Prowler cognito_user_pool_client_prevent_user_existence_errors' },
    { setting: 'token revocation', value: String(p.EnableTokenRevocation ?? 'not set (on)'), verdict: p.EnableTokenRevocation === false ? 'FAIL' : 'PASS', rules: 'Prowler cognito_user_pool_client_token_revocation_enabled' },
    { setting: 'password auth flows', value: authFlows === undefined ? 'not set (SRP, custom, refresh)' : passwordFlows.join(', ') || 'none', verdict: passwordFlows.length > 0 ? 'WARN' : 'PASS', rules: 'RFC 9700 §2.4' },
    { setting: 'writable custom attributes', value: writableCustom || 'none', verdict: writableCustom ? 'WARN' : 'PASS', rules: 'never authorize on user-writable attributes' },
    { setting: 'token lifetimes', value: `access ${access} min, ID ${id} min, refresh ${refresh} min`, verdict: access > 60 || id > 60 ? 'WARN' : 'PASS', rules: 'RFC 9700 §4.14 short-lived access tokens' },
  ];
}
