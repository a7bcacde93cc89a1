/**
 * Migrate-user Lambda trigger (`UserMigration`) of a TARGET user pool: on a user's first sign-in (or forgot-password
 * request) in the target, it looks the user up in an older SOURCE Cognito user pool and, when the source vouches for
 * them, hands their attributes to the target, which then creates the user.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
 *
 * This directory is the Lambda asset (lib/handlers/user-pool-migration/). It loads only Node's own modules and the AWS
 * SDK v3 clients that the Node.js Lambda runtimes carry, nothing else of this library.
 *
 * ## Environment (set by the construct)
 *
 * | variable | required | meaning |
 * | --- | --- | --- |
 * | `SOURCE_USER_POOL_ID` | yes | the source pool, e.g. `eu-west-1_AbC123` |
 * | `SOURCE_CLIENT_ID` | yes | an app client of the source pool that allows `ALLOW_ADMIN_USER_PASSWORD_AUTH` and has NO client secret |
 * | `SOURCE_REGION` | no | the source pool's Region; default: the prefix of `SOURCE_USER_POOL_ID` (set it only for a replica Region) |
 * | `SOURCE_ROLE_ARN` | no | a role (usually in the source account) to assume with STS before calling the source pool; its credentials are cached until 5 minutes before they expire |
 * | `ATTRIBUTE_MAPPING` | no | JSON object, source attribute name → target attribute name; `null` or `""` drops the attribute |
 * | `TARGET_CUSTOM_ATTRIBUTES` | no | JSON array of the `custom:` attribute names the target pool has; other custom attributes are dropped (default `[]`: all dropped) |
 *
 * `SOURCE_CLIENT_SECRET` is refused: no secrets in the environment. A source client with a secret needs a `SECRET_HASH`
 * (Base64 HMAC-SHA256 of username + client id, keyed by the secret) in every AdminInitiateAuth
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminInitiateAuth.html,
 * https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash),
 * so the source client must be one without a secret. A client with a secret fails every sign-in; the handler reports it
 * as a configuration error rather than as wrong passwords.
 *
 * IAM: `cognito-idp:AdminInitiateAuth` and `cognito-idp:AdminGetUser` on the source pool's ARN (granted to the
 * function's role, or to `SOURCE_ROLE_ARN`, which then trusts the function's role; the function needs `sts:AssumeRole`
 * on it).
 *
 * ## Behaviour
 *
 * - `UserMigration_Authentication`: AdminInitiateAuth (ADMIN_USER_PASSWORD_AUTH, USERNAME = the name the user typed,
 *   which may be an email or phone alias of the source pool) against the source pool and client; on tokens, AdminGetUser
 *   (by the canonical username from the access token), then the mapped attributes with `finalUserStatus: CONFIRMED` and
 *   `messageAction: SUPPRESS`.
 * - `UserMigration_ForgotPassword`: AdminGetUser; a user who is enabled, CONFIRMED or RESET_REQUIRED, and keeps a
 *   verified email or phone number after mapping is handed over with `messageAction: SUPPRESS` (no `finalUserStatus`):
 *   the target then sends the reset code to that verified address.
 * - Anything else the source says (wrong password, no such user, disabled, unconfirmed, password reset required, any
 *   challenge such as MFA or NEW_PASSWORD_REQUIRED, a refusal by the source pool's own triggers) DECLINES: the event goes
 *   back with its response untouched. With the
 *   target client's PreventUserExistenceErrors ENABLED (this library's default), Cognito then answers exactly as for any
 *   wrong password (NotAuthorizedException "Incorrect username or password.") or, for a password reset, with a
 *   simulated code delivery: "Amazon Cognito returns a simulated response for users that don't exist when an empty
 *   response was set in the original event context by the Lambda trigger"
 *   (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html). Throwing instead
 *   would reach the client as `UserNotFoundException: UserMigration failed with error <message>.` (and be shown on
 *   managed login pages), which tells a caller the name is not in the target yet.
 * - A challenge means the password was right but a second factor (or a new password) is due, which this function can't
 *   collect. Migrating anyway would sign the user in on the password alone; the user recovers through forgot-password,
 *   which proves possession of the verified email or phone and migrates them (their TOTP secret can't be carried over).
 * - Failures that are not about the user (throttling, access denied, a misconfigured client, a timeout) THROW a generic
 *   message: Cognito shows trigger errors to end users, so details go only to the log.
 *
 * Cognito waits 5 seconds for a trigger (and retries): every call here is bounded, and all of them share a deadline
 * under that (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html).
 *
 * Logs: one JSON line per invocation with the trigger source, a pseudonymous hash of the username and the outcome.
 * Never the event, the password, tokens, attribute values or raw error messages.
 */
import { createHash } from 'node:crypto';
// eslint-disable-next-line import/no-extraneous-dependencies -- provided by the Node.js Lambda runtime, not a dependency of the library
import { AdminGetUserCommand, AdminInitiateAuthCommand, CognitoIdentityProviderClient, type AdminGetUserCommandOutput } from '@aws-sdk/client-cognito-identity-provider';
// eslint-disable-next-line import/no-extraneous-dependencies -- provided by the Node.js Lambda runtime, not a dependency of the library
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { hasVerifiedContact, mapAttributes, parseAttributeMapping, parseCustomAttributes, type AttributeRules } from './attributes';

/** The migrate-user event, as Cognito sends it (only what this function reads or writes). */
export interface UserMigrationEvent {
  readonly version?: string;
  readonly triggerSource: string;
  readonly region?: string;
  readonly userPoolId?: string;
  readonly userName: string;
  readonly callerContext?: { readonly awsSdkVersion?: string; readonly clientId?: string };
  readonly request: {
    readonly password?: string;
    readonly validationData?: Record<string, string> | null;
    readonly clientMetadata?: Record<string, string> | null;
  };
  response: UserMigrationResponse;
}

export interface UserMigrationResponse {
  userAttributes?: Record<string, string> | null;
  finalUserStatus?: string | null;
  messageAction?: string | null;
  desiredDeliveryMediums?: string[] | null;
  forceAliasCreation?: boolean | null;
  enableSMSMFA?: boolean | null;
}

/** The message end users see when the migration can't run (a configuration or service problem, never a user's). */
export const UNAVAILABLE_MESSAGE = 'Sign-in is temporarily unavailable. Try again later.';

/** All source calls of one invocation end by then: under Cognito's 5-second wait, leaving room for Cognito itself. */
const INVOCATION_BUDGET_MS = 4_000;
/** One call (STS or Cognito, SDK retries included) ends by then. */
const CALL_TIMEOUT_MS = 2_000;
/** Assumed-role credentials are renewed when fewer than this many milliseconds are left. */
const CREDENTIALS_RENEWAL_MS = 5 * 60_000;
const ROLE_SESSION_NAME = 'cognito-user-migration';

interface Config {
  readonly userPoolId: string;
  readonly clientId: string;
  readonly region: string;
  readonly roleArn?: string;
  readonly rules: AttributeRules;
}

interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  readonly expiration?: Date;
}

/** A problem with this function's configuration or the service, not with the user: thrown to Cognito, generically. */
class Unavailable extends Error {
  constructor(readonly reason: string) {
    super(UNAVAILABLE_MESSAGE);
    this.name = 'Unavailable';
  }
}

/** The source does not vouch for the user: the event goes back untouched. */
class Declined {
  constructor(readonly reason: string) {}
}

// ---- module state, kept across invocations of a warm execution environment ----
let config: Config | Unavailable | undefined;
let stsClient: STSClient | undefined;
let assumed: { readonly credentials: Credentials; readonly renewAt: number } | undefined;
let assuming: Promise<Credentials> | undefined;
/** One Cognito client per Region and credentials: the credentials' access key id, or the function's own role. */
const cognitoClients = new Map<string, CognitoIdentityProviderClient>();

export async function handler(event: UserMigrationEvent): Promise<UserMigrationEvent> {
  const deadline = Date.now() + INVOCATION_BUDGET_MS;
  const started = Date.now();
  const log = (outcome: string, reason?: string, extra?: Record<string, unknown>) => console.log(JSON.stringify({
    message: 'user migration', triggerSource: event.triggerSource, user: pseudonym(event.userName), outcome, reason, ms: Date.now() - started, ...extra,
  }));

  try {
    const cfg = loadConfig();
    let result: Record<string, string> | Declined;
    switch (event.triggerSource) {
      case 'UserMigration_Authentication':
        result = await authenticate(cfg, event, deadline);
        if (!(result instanceof Declined)) {
          event.response.userAttributes = result;
          event.response.finalUserStatus = 'CONFIRMED';
          event.response.messageAction = 'SUPPRESS';
        }
        break;
      case 'UserMigration_ForgotPassword':
        result = await forgotPassword(cfg, event, deadline);
        if (!(result instanceof Declined)) {
          event.response.userAttributes = result;
          event.response.messageAction = 'SUPPRESS';
        }
        break;
      default:
        throw new Unavailable('unknown trigger source');
    }
    if (result instanceof Declined) {
      log('declined', result.reason);
    } else {
      log('migrated', undefined, { attributes: Object.keys(result).length });
    }
    return event;
  } catch (err) {
    const reason = err instanceof Unavailable ? err.reason : `unexpected ${errorName(err)}`;
    console.error(JSON.stringify({
      message: 'user migration', triggerSource: event.triggerSource, user: pseudonym(event.userName), outcome: 'failed', reason, ms: Date.now() - started,
    }));
    throw err instanceof Unavailable ? err : new Unavailable(reason);
  }
}

async function authenticate(cfg: Config, event: UserMigrationEvent, deadline: number): Promise<Record<string, string> | Declined> {
  const password = event.request.password;
  if (!event.userName || !password) { return new Declined('no username or password'); }
  const cognito = await sourceClient(cfg, deadline);

  let auth;
  try {
    auth = await bounded('AdminInitiateAuth', deadline, (abortSignal) => cognito.send(new AdminInitiateAuthCommand({
      UserPoolId: cfg.userPoolId,
      ClientId: cfg.clientId,
      AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: event.userName, PASSWORD: password },
    }), { abortSignal }));
  } catch (err) {
    const name = errorName(err);
    if (name === 'NotAuthorizedException' && /secret/i.test(errorMessage(err))) {
      // The source client has a secret (SECRET_HASH is missing): every sign-in would fail, not a wrong password.
      throw new Unavailable('source app client has a client secret; use a client without one');
    }
    const declined = DECLINED_AUTH_ERRORS[name];
    if (declined) { return new Declined(declined); }
    throw sourceFailure('AdminInitiateAuth', err);
  }

  if (auth.ChallengeName) { return new Declined(`challenge ${auth.ChallengeName}`); }
  if (!auth.AuthenticationResult?.AccessToken) { return new Declined('no authentication result'); }

  // The canonical username (the user may have typed an email or phone alias); AdminGetUser takes aliases too.
  const username = usernameFromToken(auth.AuthenticationResult.AccessToken) ?? event.userName;
  const user = await getSourceUser(cfg, cognito, username, deadline);
  if (user instanceof Declined) { return user; }
  if (user.Enabled === false) { return new Declined('disabled'); }
  const { attributes, dropped } = mapAttributes(user.UserAttributes, cfg.rules);
  if (dropped.length > 0) { console.log(JSON.stringify({ message: 'user migration: attributes the target does not take', dropped })); }
  if (Object.keys(attributes).length === 0) { return new Declined('no attributes to migrate'); }
  return attributes;
}

async function forgotPassword(cfg: Config, event: UserMigrationEvent, deadline: number): Promise<Record<string, string> | Declined> {
  if (!event.userName) { return new Declined('no username'); }
  const cognito = await sourceClient(cfg, deadline);
  const user = await getSourceUser(cfg, cognito, event.userName, deadline);
  if (user instanceof Declined) { return user; }
  if (user.Enabled === false) { return new Declined('disabled'); }
  // The statuses in which the source pool itself would let the user reset a password.
  if (user.UserStatus !== 'CONFIRMED' && user.UserStatus !== 'RESET_REQUIRED') { return new Declined(`status ${user.UserStatus ?? 'unknown'}`); }
  const { attributes } = mapAttributes(user.UserAttributes, cfg.rules);
  // Without a verified email or phone the target can't deliver the reset code, and a user created now could no longer
  // be migrated at sign-in (the trigger runs only for users the target doesn't have).
  if (!hasVerifiedContact(attributes)) { return new Declined('no verified email or phone number'); }
  return attributes;
}

/** Source sign-in errors that mean "the source doesn't vouch for this user": declined, whatever the cause. */
const DECLINED_AUTH_ERRORS: Readonly<Record<string, string>> = {
  NotAuthorizedException: 'not authorized (wrong password, disabled, or too many attempts)',
  UserNotFoundException: 'not found',
  UserNotConfirmedException: 'unconfirmed',
  PasswordResetRequiredException: 'password reset required',
  // A second factor is due but the user has none set up: as for a challenge.
  MFAMethodNotFoundException: 'MFA required, no method',
  // The source pool's own Lambda trigger (pre authentication) refused the user.
  UserLambdaValidationException: 'refused by a source trigger',
  // Not documented for AdminInitiateAuth, but about the password (the cognito-local emulator answers a wrong password so).
  InvalidPasswordException: 'password rejected',
};

async function getSourceUser(
  cfg: Config, cognito: CognitoIdentityProviderClient, username: string, deadline: number,
): Promise<AdminGetUserCommandOutput | Declined> {
  try {
    return await bounded('AdminGetUser', deadline, (abortSignal) => cognito.send(new AdminGetUserCommand({
      UserPoolId: cfg.userPoolId,
      Username: username,
    }), { abortSignal }));
  } catch (err) {
    if (errorName(err) === 'UserNotFoundException') { return new Declined('not found'); }
    throw sourceFailure('AdminGetUser', err);
  }
}

function sourceFailure(call: string, err: unknown): Unavailable {
  return err instanceof Unavailable ? err : new Unavailable(`${call} failed: ${errorName(err)}`);
}

// ---- clients and credentials ----

async function sourceClient(cfg: Config, deadline: number): Promise<CognitoIdentityProviderClient> {
  const credentials = cfg.roleArn ? await assumedCredentials(cfg.roleArn, deadline) : undefined;
  const key = `${cfg.region}|${credentials?.accessKeyId ?? 'function-role'}`;
  let client = cognitoClients.get(key);
  if (!client) {
    // Clients made with credentials that have since been renewed are no longer used.
    for (const old of cognitoClients.keys()) {
      if (old.startsWith(`${cfg.region}|`)) { cognitoClients.get(old)?.destroy(); cognitoClients.delete(old); }
    }
    client = new CognitoIdentityProviderClient({ region: cfg.region, credentials, maxAttempts: 2 });
    cognitoClients.set(key, client);
  }
  return client;
}

async function assumedCredentials(roleArn: string, deadline: number): Promise<Credentials> {
  if (assumed && Date.now() < assumed.renewAt) { return assumed.credentials; }
  // One AssumeRole for concurrent callers (the runtime runs one event at a time, but be safe).
  assuming ??= assumeRole(roleArn, deadline).finally(() => { assuming = undefined; });
  return assuming;
}

async function assumeRole(roleArn: string, deadline: number): Promise<Credentials> {
  stsClient ??= new STSClient({ maxAttempts: 2 });
  const sts = stsClient;
  let out;
  try {
    out = await bounded('AssumeRole', deadline, (abortSignal) => sts.send(new AssumeRoleCommand({
      RoleArn: roleArn,
      RoleSessionName: ROLE_SESSION_NAME,
    }), { abortSignal }));
  } catch (err) {
    throw sourceFailure('AssumeRole', err);
  }
  const c = out.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey) { throw new Unavailable('AssumeRole returned no credentials'); }
  const credentials: Credentials = {
    accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration,
  };
  const expires = c.Expiration ? c.Expiration.getTime() : Date.now() + 15 * 60_000;
  assumed = { credentials, renewAt: expires - CREDENTIALS_RENEWAL_MS };
  return credentials;
}

/** Runs one call with an abort signal, ending it after CALL_TIMEOUT_MS or at the invocation's deadline. */
async function bounded<T>(call: string, deadline: number, run: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
  const ms = Math.min(CALL_TIMEOUT_MS, deadline - Date.now());
  if (ms <= 0) { throw new Unavailable(`${call}: no time left`); }
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Unavailable(`${call} timed out after ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([run(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// ---- configuration ----

function loadConfig(): Config {
  config ??= readConfig(process.env);
  if (config instanceof Unavailable) { throw config; }
  return config;
}

function readConfig(env: NodeJS.ProcessEnv): Config | Unavailable {
  const problem = (reason: string) => {
    console.error(JSON.stringify({ message: 'user migration: configuration error', reason }));
    return new Unavailable(`configuration: ${reason}`);
  };
  if (env.SOURCE_CLIENT_SECRET !== undefined) {
    return problem('SOURCE_CLIENT_SECRET is not supported: no secrets in the environment; use a source app client without a secret');
  }
  const userPoolId = env.SOURCE_USER_POOL_ID ?? '';
  const pool = /^([a-z]{2}(?:-[a-z]+)+-\d+)_[0-9A-Za-z]+$/.exec(userPoolId);
  if (!pool) { return problem('SOURCE_USER_POOL_ID is missing or not a user pool id (<region>_<id>)'); }
  const clientId = env.SOURCE_CLIENT_ID ?? '';
  if (!/^[\w+]{1,128}$/.test(clientId)) { return problem('SOURCE_CLIENT_ID is missing or not an app client id'); }
  const region = env.SOURCE_REGION?.trim() || pool[1];
  const roleArn = env.SOURCE_ROLE_ARN?.trim() || undefined;
  if (roleArn !== undefined && !/^arn:aws[\w-]*:iam::\d{12}:role\/.+$/.test(roleArn)) { return problem('SOURCE_ROLE_ARN is not an IAM role ARN'); }
  try {
    const rules: AttributeRules = {
      mapping: parseAttributeMapping(env.ATTRIBUTE_MAPPING),
      targetCustomAttributes: parseCustomAttributes(env.TARGET_CUSTOM_ATTRIBUTES),
    };
    return { userPoolId, clientId, region, roleArn, rules };
  } catch (err) {
    return problem(err instanceof SyntaxError ? 'ATTRIBUTE_MAPPING or TARGET_CUSTOM_ATTRIBUTES is not JSON' : errorMessage(err));
  }
}

// ---- small helpers ----

/** The `username` claim of a Cognito access token (its payload only; the token came straight from Cognito over TLS). */
function usernameFromToken(token: string): string | undefined {
  try {
    const payload: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    const username = (payload as { username?: unknown } | null)?.username;
    return typeof username === 'string' && username !== '' ? username : undefined;
  } catch {
    return undefined;
  }
}

/** A short, stable pseudonym of a username for correlating log lines (not an anonymisation: guessable names can be tested). */
function pseudonym(userName: string | undefined): string | undefined {
  if (!userName) { return undefined; }
  return createHash('sha256').update(`${process.env.SOURCE_USER_POOL_ID ?? ''}\n${userName.toLowerCase()}`).digest('hex').slice(0, 16);
}

function errorName(err: unknown): string {
  const name = (err as { name?: unknown } | null | undefined)?.name;
  return typeof name === 'string' && name !== '' ? name : 'Error';
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
