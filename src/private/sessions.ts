import { Duration, Token } from 'aws-cdk-lib';
import type { Problems } from '../checks/problems';
import { show } from '../checks/show';
import { FeaturePlan } from '../feature-plan';
import type { UserPoolSessions } from '../sessions';

/**
 * Session management: the pool's session tracking and an app client's managed login (SSO) session. Resolve, check,
 * render; pure. docs/sessions.md gives each default and rule its source.
 */

/** The CloudFormation types, rendered with `CfnResource` (aws-cdk-lib has L1 classes for them only from 2.278). */
export const POOL_SESSIONS_TYPE = 'AWS::Cognito::UserPoolSessionConfigurationAttachment';
export const CLIENT_SESSION_TYPE = 'AWS::Cognito::UserPoolClientSessionConfigurationAttachment';

/** Cognito's defaults: a cap of 20 token sessions per user; an SSO session reused for 60 minutes. */
export const SESSION_DEFAULTS = { maxPerUser: 20, ssoSessionValidity: Duration.minutes(60) } as const;
/** TokenSession.MaxPerUser and SSOSession.MaxValidityMinutes (CloudFormation reference of the two attachments). */
const MAX_PER_USER = [1, 100] as const;
const SSO_MINUTES = [0, 129600] as const;

export interface ResolvedSessions {
  readonly maxPerUser: number;
}

/**
 * The pool's session tracking, or undefined when the pool doesn't track sessions (nothing is rendered). On by default
 * where the plan allows it (ESSENTIALS, PLUS); a LITE pool without `sessions` renders none. Given, it is rendered
 * whatever the plan (the rules check it). docs/sessions.md gives the sources.
 */
export function resolveSessions(sessions: UserPoolSessions | undefined, featurePlan: FeaturePlan): ResolvedSessions | undefined {
  // A plan given as a token may be LITE, where tracking fails the deploy: off by default then.
  const tracking = sessions?.tracking ?? (sessions !== undefined || (!Token.isUnresolved(featurePlan) && featurePlan !== FeaturePlan.LITE));
  return tracking ? { maxPerUser: sessions?.maxPerUser ?? SESSION_DEFAULTS.maxPerUser } : undefined;
}

/**
 * Why the library acknowledges `CloudFormation-Validate::F3006` ("Unknown resource type") on the session attachments
 * it creates: the template validation aws-cdk-lib runs at synth (on by default in apps from `cdk init`) uses bundled
 * CloudFormation schemas that predate the two types, which CloudFormation supports (docs/sessions.md).
 */
export const SESSION_TYPE_ACKNOWLEDGEMENT = {
  id: 'CloudFormation-Validate::F3006',
  reason: 'CloudFormation supports this resource type (aws-cdk-lib 2.278 has its L1); the schemas bundled with aws-cdk-lib\'s '
    + 'template validation predate it (cdk-secure-user-pool, docs/sessions.md)',
} as const;

export function checkSessions(problems: Problems, sessions: UserPoolSessions | undefined, featurePlan: FeaturePlan): void {
  if (sessions === undefined) { return; }
  // Given, tracking is on unless `tracking: false` (resolveSessions): so `{}` asks for it too.
  const asked = sessions.tracking !== false;
  if (asked && featurePlan === FeaturePlan.LITE) {
    problems.add('sessionsNeedPlan', 'sessions', 'sessions needs featurePlan ESSENTIALS or PLUS, got LITE: Cognito tracks sessions on those plans only '
      + '(FeatureUnavailableInTierException)');
  }
  if (sessions.tracking === false && sessions.maxPerUser !== undefined) {
    problems.add('sessionCapWithoutTracking', 'sessions.maxPerUser', `sessions.maxPerUser is ${show(sessions.maxPerUser)} with sessions.tracking false: `
      + 'Cognito caps sessions only while it tracks them; remove one of them');
  }
  const max = sessions.maxPerUser;
  if (max !== undefined && !Token.isUnresolved(max) && !(Number.isInteger(max) && max >= MAX_PER_USER[0] && max <= MAX_PER_USER[1])) {
    problems.add('sessionMaxPerUser', 'sessions.maxPerUser', `sessions.maxPerUser must be a whole number from ${MAX_PER_USER[0]} to ${MAX_PER_USER[1]}, got ${show(max)}`);
  }
}

/** The pool attachment's properties but the pool id, in CloudFormation's casing. */
export function renderSessions(sessions: ResolvedSessions | undefined): Record<string, unknown> | undefined {
  return sessions && { UserSessionTracking: 'ENABLED', TokenSession: { MaxPerUser: sessions.maxPerUser } };
}

/** What a client's session rules need to know about it. */
export interface ClientSessionContext {
  /** Whether the client signs users in through managed login (the code or implicit grant). */
  readonly browser: boolean;
  /** Whether the client uses the client credentials grant. */
  readonly machine: boolean;
  /** Whether the pool tracks sessions; undefined for a pool this library didn't create. */
  readonly poolTracksSessions?: boolean;
}

/**
 * The client's SSO session length in minutes, or undefined when no attachment is rendered: given, or by default
 * for a browser client of a pool that tracks sessions (only then does it take effect).
 */
export function resolveSsoSession(problems: Problems, validity: Duration | undefined, client: ClientSessionContext): number | undefined {
  if (validity === undefined) {
    return client.browser && client.poolTracksSessions === true ? SESSION_DEFAULTS.ssoSessionValidity.toMinutes() : undefined;
  }
  if (client.machine) {
    problems.add('ssoSessionMachineClient', 'ssoSessionValidity', 'ssoSessionValidity is for clients that sign users in through managed login, '
      + 'not a client credentials client: remove it');
    return undefined;
  }
  if (client.poolTracksSessions === false) {
    problems.add('ssoSessionWithoutTracking', 'ssoSessionValidity', 'ssoSessionValidity needs the pool to track sessions, and it doesn\'t '
      + '(sessions.tracking false, or the LITE plan): Cognito applies a client\'s session settings only while the pool tracks sessions');
    return undefined;
  }
  if (validity.isUnresolved()) { return validity.toMinutes(); }
  const minutes = validity.toMinutes({ integral: false });
  if (!Number.isInteger(minutes) || minutes < SSO_MINUTES[0] || minutes > SSO_MINUTES[1]) {
    problems.add('ssoSessionValidity', 'ssoSessionValidity', 'ssoSessionValidity must be whole minutes from 0 (always sign in again) to 90 days, '
      + `got ${validity.toHumanString()}`);
    return undefined;
  }
  return minutes;
}

/** The client attachment's properties but the pool and client ids. */
export function renderSsoSession(minutes: number | undefined): Record<string, unknown> | undefined {
  return minutes === undefined ? undefined : { SSOSession: { MaxValidityMinutes: minutes } };
}
