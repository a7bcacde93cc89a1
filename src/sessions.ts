/**
 * Server-side session tracking for a user pool (`AWS::Cognito::UserPoolSessionConfigurationAttachment`): Cognito
 * records each user's sessions, so it can cap them and end the least recently used. Needs the ESSENTIALS or PLUS
 * plan. On by default on those plans; `tracking: false` turns it off. See docs/sessions.md.
 */
export interface UserPoolSessions {
  /**
   * Whether Cognito tracks users' sessions (ESSENTIALS or PLUS). The client's `ssoSessionValidity` takes effect only
   * while it does.
   * @default true on ESSENTIALS and PLUS
   */
  readonly tracking?: boolean;

  /**
   * The most token sessions (refresh tokens) one user may hold, 1 to 100. The next sign-in beyond it ends the
   * user's least recently used session.
   * @default 20, Cognito's own cap
   */
  readonly maxPerUser?: number;
}
