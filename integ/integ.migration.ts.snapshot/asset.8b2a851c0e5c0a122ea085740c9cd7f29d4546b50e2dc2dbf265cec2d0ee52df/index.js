"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UNAVAILABLE_MESSAGE = void 0;
exports.handler = handler;
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
const node_crypto_1 = require("node:crypto");
// eslint-disable-next-line import/no-extraneous-dependencies -- provided by the Node.js Lambda runtime, not a dependency of the library
const client_cognito_identity_provider_1 = require("@aws-sdk/client-cognito-identity-provider");
// eslint-disable-next-line import/no-extraneous-dependencies -- provided by the Node.js Lambda runtime, not a dependency of the library
const client_sts_1 = require("@aws-sdk/client-sts");
const attributes_1 = require("./attributes");
/** The message end users see when the migration can't run (a configuration or service problem, never a user's). */
exports.UNAVAILABLE_MESSAGE = 'Sign-in is temporarily unavailable. Try again later.';
/** All source calls of one invocation end by then: under Cognito's 5-second wait, leaving room for Cognito itself. */
const INVOCATION_BUDGET_MS = 4_000;
/** One call (STS or Cognito, SDK retries included) ends by then. */
const CALL_TIMEOUT_MS = 2_000;
/** Assumed-role credentials are renewed when fewer than this many milliseconds are left. */
const CREDENTIALS_RENEWAL_MS = 5 * 60_000;
const ROLE_SESSION_NAME = 'cognito-user-migration';
/** A problem with this function's configuration or the service, not with the user: thrown to Cognito, generically. */
class Unavailable extends Error {
    reason;
    constructor(reason) {
        super(exports.UNAVAILABLE_MESSAGE);
        this.reason = reason;
        this.name = 'Unavailable';
    }
}
/** The source does not vouch for the user: the event goes back untouched. */
class Declined {
    reason;
    constructor(reason) {
        this.reason = reason;
    }
}
// ---- module state, kept across invocations of a warm execution environment ----
let config;
let stsClient;
let assumed;
let assuming;
/** One Cognito client per Region and credentials: the credentials' access key id, or the function's own role. */
const cognitoClients = new Map();
async function handler(event) {
    const deadline = Date.now() + INVOCATION_BUDGET_MS;
    const started = Date.now();
    const log = (outcome, reason, extra) => console.log(JSON.stringify({
        message: 'user migration', triggerSource: event.triggerSource, user: pseudonym(event.userName), outcome, reason, ms: Date.now() - started, ...extra,
    }));
    try {
        const cfg = loadConfig();
        let result;
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
        }
        else {
            log('migrated', undefined, { attributes: Object.keys(result).length });
        }
        return event;
    }
    catch (err) {
        const reason = err instanceof Unavailable ? err.reason : `unexpected ${errorName(err)}`;
        console.error(JSON.stringify({
            message: 'user migration', triggerSource: event.triggerSource, user: pseudonym(event.userName), outcome: 'failed', reason, ms: Date.now() - started,
        }));
        throw err instanceof Unavailable ? err : new Unavailable(reason);
    }
}
async function authenticate(cfg, event, deadline) {
    const password = event.request.password;
    if (!event.userName || !password) {
        return new Declined('no username or password');
    }
    const cognito = await sourceClient(cfg, deadline);
    let auth;
    try {
        auth = await bounded('AdminInitiateAuth', deadline, (abortSignal) => cognito.send(new client_cognito_identity_provider_1.AdminInitiateAuthCommand({
            UserPoolId: cfg.userPoolId,
            ClientId: cfg.clientId,
            AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
            AuthParameters: { USERNAME: event.userName, PASSWORD: password },
        }), { abortSignal }));
    }
    catch (err) {
        const name = errorName(err);
        if (name === 'NotAuthorizedException' && /secret/i.test(errorMessage(err))) {
            // The source client has a secret (SECRET_HASH is missing): every sign-in would fail, not a wrong password.
            throw new Unavailable('source app client has a client secret; use a client without one');
        }
        const declined = DECLINED_AUTH_ERRORS[name];
        if (declined) {
            return new Declined(declined);
        }
        throw sourceFailure('AdminInitiateAuth', err);
    }
    if (auth.ChallengeName) {
        return new Declined(`challenge ${auth.ChallengeName}`);
    }
    if (!auth.AuthenticationResult?.AccessToken) {
        return new Declined('no authentication result');
    }
    // The canonical username (the user may have typed an email or phone alias); AdminGetUser takes aliases too.
    const username = usernameFromToken(auth.AuthenticationResult.AccessToken) ?? event.userName;
    const user = await getSourceUser(cfg, cognito, username, deadline);
    if (user instanceof Declined) {
        return user;
    }
    if (user.Enabled === false) {
        return new Declined('disabled');
    }
    const { attributes, dropped } = (0, attributes_1.mapAttributes)(user.UserAttributes, cfg.rules);
    if (dropped.length > 0) {
        console.log(JSON.stringify({ message: 'user migration: attributes the target does not take', dropped }));
    }
    if (Object.keys(attributes).length === 0) {
        return new Declined('no attributes to migrate');
    }
    return attributes;
}
async function forgotPassword(cfg, event, deadline) {
    if (!event.userName) {
        return new Declined('no username');
    }
    const cognito = await sourceClient(cfg, deadline);
    const user = await getSourceUser(cfg, cognito, event.userName, deadline);
    if (user instanceof Declined) {
        return user;
    }
    if (user.Enabled === false) {
        return new Declined('disabled');
    }
    // The statuses in which the source pool itself would let the user reset a password.
    if (user.UserStatus !== 'CONFIRMED' && user.UserStatus !== 'RESET_REQUIRED') {
        return new Declined(`status ${user.UserStatus ?? 'unknown'}`);
    }
    const { attributes } = (0, attributes_1.mapAttributes)(user.UserAttributes, cfg.rules);
    // Without a verified email or phone the target can't deliver the reset code, and a user created now could no longer
    // be migrated at sign-in (the trigger runs only for users the target doesn't have).
    if (!(0, attributes_1.hasVerifiedContact)(attributes)) {
        return new Declined('no verified email or phone number');
    }
    return attributes;
}
/** Source sign-in errors that mean "the source doesn't vouch for this user": declined, whatever the cause. */
const DECLINED_AUTH_ERRORS = {
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
async function getSourceUser(cfg, cognito, username, deadline) {
    try {
        return await bounded('AdminGetUser', deadline, (abortSignal) => cognito.send(new client_cognito_identity_provider_1.AdminGetUserCommand({
            UserPoolId: cfg.userPoolId,
            Username: username,
        }), { abortSignal }));
    }
    catch (err) {
        if (errorName(err) === 'UserNotFoundException') {
            return new Declined('not found');
        }
        throw sourceFailure('AdminGetUser', err);
    }
}
function sourceFailure(call, err) {
    return err instanceof Unavailable ? err : new Unavailable(`${call} failed: ${errorName(err)}`);
}
// ---- clients and credentials ----
async function sourceClient(cfg, deadline) {
    const credentials = cfg.roleArn ? await assumedCredentials(cfg.roleArn, deadline) : undefined;
    const key = `${cfg.region}|${credentials?.accessKeyId ?? 'function-role'}`;
    let client = cognitoClients.get(key);
    if (!client) {
        // Clients made with credentials that have since been renewed are no longer used.
        for (const old of cognitoClients.keys()) {
            if (old.startsWith(`${cfg.region}|`)) {
                cognitoClients.get(old)?.destroy();
                cognitoClients.delete(old);
            }
        }
        client = new client_cognito_identity_provider_1.CognitoIdentityProviderClient({ region: cfg.region, credentials, maxAttempts: 2 });
        cognitoClients.set(key, client);
    }
    return client;
}
async function assumedCredentials(roleArn, deadline) {
    if (assumed && Date.now() < assumed.renewAt) {
        return assumed.credentials;
    }
    // One AssumeRole for concurrent callers (the runtime runs one event at a time, but be safe).
    assuming ??= assumeRole(roleArn, deadline).finally(() => { assuming = undefined; });
    return assuming;
}
async function assumeRole(roleArn, deadline) {
    stsClient ??= new client_sts_1.STSClient({ maxAttempts: 2 });
    const sts = stsClient;
    let out;
    try {
        out = await bounded('AssumeRole', deadline, (abortSignal) => sts.send(new client_sts_1.AssumeRoleCommand({
            RoleArn: roleArn,
            RoleSessionName: ROLE_SESSION_NAME,
        }), { abortSignal }));
    }
    catch (err) {
        throw sourceFailure('AssumeRole', err);
    }
    const c = out.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey) {
        throw new Unavailable('AssumeRole returned no credentials');
    }
    const credentials = {
        accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration,
    };
    const expires = c.Expiration ? c.Expiration.getTime() : Date.now() + 15 * 60_000;
    assumed = { credentials, renewAt: expires - CREDENTIALS_RENEWAL_MS };
    return credentials;
}
/** Runs one call with an abort signal, ending it after CALL_TIMEOUT_MS or at the invocation's deadline. */
async function bounded(call, deadline, run) {
    const ms = Math.min(CALL_TIMEOUT_MS, deadline - Date.now());
    if (ms <= 0) {
        throw new Unavailable(`${call}: no time left`);
    }
    const controller = new AbortController();
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => {
            controller.abort();
            reject(new Unavailable(`${call} timed out after ${ms} ms`));
        }, ms);
    });
    try {
        return await Promise.race([run(controller.signal), timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}
// ---- configuration ----
function loadConfig() {
    config ??= readConfig(process.env);
    if (config instanceof Unavailable) {
        throw config;
    }
    return config;
}
function readConfig(env) {
    const problem = (reason) => {
        console.error(JSON.stringify({ message: 'user migration: configuration error', reason }));
        return new Unavailable(`configuration: ${reason}`);
    };
    if (env.SOURCE_CLIENT_SECRET !== undefined) {
        return problem('SOURCE_CLIENT_SECRET is not supported: no secrets in the environment; use a source app client without a secret');
    }
    const userPoolId = env.SOURCE_USER_POOL_ID ?? '';
    const pool = /^([a-z]{2}(?:-[a-z]+)+-\d+)_[0-9A-Za-z]+$/.exec(userPoolId);
    if (!pool) {
        return problem('SOURCE_USER_POOL_ID is missing or not a user pool id (<region>_<id>)');
    }
    const clientId = env.SOURCE_CLIENT_ID ?? '';
    if (!/^[\w+]{1,128}$/.test(clientId)) {
        return problem('SOURCE_CLIENT_ID is missing or not an app client id');
    }
    const region = env.SOURCE_REGION?.trim() || pool[1];
    const roleArn = env.SOURCE_ROLE_ARN?.trim() || undefined;
    if (roleArn !== undefined && !/^arn:aws[\w-]*:iam::\d{12}:role\/.+$/.test(roleArn)) {
        return problem('SOURCE_ROLE_ARN is not an IAM role ARN');
    }
    try {
        const rules = {
            mapping: (0, attributes_1.parseAttributeMapping)(env.ATTRIBUTE_MAPPING),
            targetCustomAttributes: (0, attributes_1.parseCustomAttributes)(env.TARGET_CUSTOM_ATTRIBUTES),
        };
        return { userPoolId, clientId, region, roleArn, rules };
    }
    catch (err) {
        return problem(err instanceof SyntaxError ? 'ATTRIBUTE_MAPPING or TARGET_CUSTOM_ATTRIBUTES is not JSON' : errorMessage(err));
    }
}
// ---- small helpers ----
/** The `username` claim of a Cognito access token (its payload only; the token came straight from Cognito over TLS). */
function usernameFromToken(token) {
    try {
        const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
        const username = payload?.username;
        return typeof username === 'string' && username !== '' ? username : undefined;
    }
    catch {
        return undefined;
    }
}
/** A short, stable pseudonym of a username for correlating log lines (not an anonymisation: guessable names can be tested). */
function pseudonym(userName) {
    if (!userName) {
        return undefined;
    }
    return (0, node_crypto_1.createHash)('sha256').update(`${process.env.SOURCE_USER_POOL_ID ?? ''}\n${userName.toLowerCase()}`).digest('hex').slice(0, 16);
}
function errorName(err) {
    const name = err?.name;
    return typeof name === 'string' && name !== '' ? name : 'Error';
}
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiaW5kZXguanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi9zcmMvaGFuZGxlcnMvdXNlci1wb29sLW1pZ3JhdGlvbi9pbmRleC50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7QUE2SUEsMEJBMENDO0FBdkxEOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0dBNkRHO0FBQ0gsNkNBQXlDO0FBQ3pDLHdJQUF3STtBQUN4SSxnR0FBeUs7QUFDekssd0lBQXdJO0FBQ3hJLG9EQUFtRTtBQUNuRSw2Q0FBb0k7QUEyQnBJLG1IQUFtSDtBQUN0RyxRQUFBLG1CQUFtQixHQUFHLHNEQUFzRCxDQUFDO0FBRTFGLHNIQUFzSDtBQUN0SCxNQUFNLG9CQUFvQixHQUFHLEtBQUssQ0FBQztBQUNuQyxvRUFBb0U7QUFDcEUsTUFBTSxlQUFlLEdBQUcsS0FBSyxDQUFDO0FBQzlCLDRGQUE0RjtBQUM1RixNQUFNLHNCQUFzQixHQUFHLENBQUMsR0FBRyxNQUFNLENBQUM7QUFDMUMsTUFBTSxpQkFBaUIsR0FBRyx3QkFBd0IsQ0FBQztBQWlCbkQsc0hBQXNIO0FBQ3RILE1BQU0sV0FBWSxTQUFRLEtBQUs7SUFDUjtJQUFyQixZQUFxQixNQUFjO1FBQ2pDLEtBQUssQ0FBQywyQkFBbUIsQ0FBQyxDQUFDO1FBRFIsV0FBTSxHQUFOLE1BQU0sQ0FBUTtRQUVqQyxJQUFJLENBQUMsSUFBSSxHQUFHLGFBQWEsQ0FBQztJQUM1QixDQUFDO0NBQ0Y7QUFFRCw2RUFBNkU7QUFDN0UsTUFBTSxRQUFRO0lBQ1M7SUFBckIsWUFBcUIsTUFBYztRQUFkLFdBQU0sR0FBTixNQUFNLENBQVE7SUFBRyxDQUFDO0NBQ3hDO0FBRUQsa0ZBQWtGO0FBQ2xGLElBQUksTUFBd0MsQ0FBQztBQUM3QyxJQUFJLFNBQWdDLENBQUM7QUFDckMsSUFBSSxPQUFvRixDQUFDO0FBQ3pGLElBQUksUUFBMEMsQ0FBQztBQUMvQyxpSEFBaUg7QUFDakgsTUFBTSxjQUFjLEdBQUcsSUFBSSxHQUFHLEVBQXlDLENBQUM7QUFFakUsS0FBSyxVQUFVLE9BQU8sQ0FBQyxLQUF5QjtJQUNyRCxNQUFNLFFBQVEsR0FBRyxJQUFJLENBQUMsR0FBRyxFQUFFLEdBQUcsb0JBQW9CLENBQUM7SUFDbkQsTUFBTSxPQUFPLEdBQUcsSUFBSSxDQUFDLEdBQUcsRUFBRSxDQUFDO0lBQzNCLE1BQU0sR0FBRyxHQUFHLENBQUMsT0FBZSxFQUFFLE1BQWUsRUFBRSxLQUErQixFQUFFLEVBQUUsQ0FBQyxPQUFPLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxTQUFTLENBQUM7UUFDNUcsT0FBTyxFQUFFLGdCQUFnQixFQUFFLGFBQWEsRUFBRSxLQUFLLENBQUMsYUFBYSxFQUFFLElBQUksRUFBRSxTQUFTLENBQUMsS0FBSyxDQUFDLFFBQVEsQ0FBQyxFQUFFLE9BQU8sRUFBRSxNQUFNLEVBQUUsRUFBRSxFQUFFLElBQUksQ0FBQyxHQUFHLEVBQUUsR0FBRyxPQUFPLEVBQUUsR0FBRyxLQUFLO0tBQ3BKLENBQUMsQ0FBQyxDQUFDO0lBRUosSUFBSSxDQUFDO1FBQ0gsTUFBTSxHQUFHLEdBQUcsVUFBVSxFQUFFLENBQUM7UUFDekIsSUFBSSxNQUF5QyxDQUFDO1FBQzlDLFFBQVEsS0FBSyxDQUFDLGFBQWEsRUFBRSxDQUFDO1lBQzVCLEtBQUssOEJBQThCO2dCQUNqQyxNQUFNLEdBQUcsTUFBTSxZQUFZLENBQUMsR0FBRyxFQUFFLEtBQUssRUFBRSxRQUFRLENBQUMsQ0FBQztnQkFDbEQsSUFBSSxDQUFDLENBQUMsTUFBTSxZQUFZLFFBQVEsQ0FBQyxFQUFFLENBQUM7b0JBQ2xDLEtBQUssQ0FBQyxRQUFRLENBQUMsY0FBYyxHQUFHLE1BQU0sQ0FBQztvQkFDdkMsS0FBSyxDQUFDLFFBQVEsQ0FBQyxlQUFlLEdBQUcsV0FBVyxDQUFDO29CQUM3QyxLQUFLLENBQUMsUUFBUSxDQUFDLGFBQWEsR0FBRyxVQUFVLENBQUM7Z0JBQzVDLENBQUM7Z0JBQ0QsTUFBTTtZQUNSLEtBQUssOEJBQThCO2dCQUNqQyxNQUFNLEdBQUcsTUFBTSxjQUFjLENBQUMsR0FBRyxFQUFFLEtBQUssRUFBRSxRQUFRLENBQUMsQ0FBQztnQkFDcEQsSUFBSSxDQUFDLENBQUMsTUFBTSxZQUFZLFFBQVEsQ0FBQyxFQUFFLENBQUM7b0JBQ2xDLEtBQUssQ0FBQyxRQUFRLENBQUMsY0FBYyxHQUFHLE1BQU0sQ0FBQztvQkFDdkMsS0FBSyxDQUFDLFFBQVEsQ0FBQyxhQUFhLEdBQUcsVUFBVSxDQUFDO2dCQUM1QyxDQUFDO2dCQUNELE1BQU07WUFDUjtnQkFDRSxNQUFNLElBQUksV0FBVyxDQUFDLHdCQUF3QixDQUFDLENBQUM7UUFDcEQsQ0FBQztRQUNELElBQUksTUFBTSxZQUFZLFFBQVEsRUFBRSxDQUFDO1lBQy9CLEdBQUcsQ0FBQyxVQUFVLEVBQUUsTUFBTSxDQUFDLE1BQU0sQ0FBQyxDQUFDO1FBQ2pDLENBQUM7YUFBTSxDQUFDO1lBQ04sR0FBRyxDQUFDLFVBQVUsRUFBRSxTQUFTLEVBQUUsRUFBRSxVQUFVLEVBQUUsTUFBTSxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDO1FBQ3pFLENBQUM7UUFDRCxPQUFPLEtBQUssQ0FBQztJQUNmLENBQUM7SUFBQyxPQUFPLEdBQUcsRUFBRSxDQUFDO1FBQ2IsTUFBTSxNQUFNLEdBQUcsR0FBRyxZQUFZLFdBQVcsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsY0FBYyxTQUFTLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQztRQUN4RixPQUFPLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxTQUFTLENBQUM7WUFDM0IsT0FBTyxFQUFFLGdCQUFnQixFQUFFLGFBQWEsRUFBRSxLQUFLLENBQUMsYUFBYSxFQUFFLElBQUksRUFBRSxTQUFTLENBQUMsS0FBSyxDQUFDLFFBQVEsQ0FBQyxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsTUFBTSxFQUFFLEVBQUUsRUFBRSxJQUFJLENBQUMsR0FBRyxFQUFFLEdBQUcsT0FBTztTQUNwSixDQUFDLENBQUMsQ0FBQztRQUNKLE1BQU0sR0FBRyxZQUFZLFdBQVcsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLFdBQVcsQ0FBQyxNQUFNLENBQUMsQ0FBQztJQUNuRSxDQUFDO0FBQ0gsQ0FBQztBQUVELEtBQUssVUFBVSxZQUFZLENBQUMsR0FBVyxFQUFFLEtBQXlCLEVBQUUsUUFBZ0I7SUFDbEYsTUFBTSxRQUFRLEdBQUcsS0FBSyxDQUFDLE9BQU8sQ0FBQyxRQUFRLENBQUM7SUFDeEMsSUFBSSxDQUFDLEtBQUssQ0FBQyxRQUFRLElBQUksQ0FBQyxRQUFRLEVBQUUsQ0FBQztRQUFDLE9BQU8sSUFBSSxRQUFRLENBQUMseUJBQXlCLENBQUMsQ0FBQztJQUFDLENBQUM7SUFDckYsTUFBTSxPQUFPLEdBQUcsTUFBTSxZQUFZLENBQUMsR0FBRyxFQUFFLFFBQVEsQ0FBQyxDQUFDO0lBRWxELElBQUksSUFBSSxDQUFDO0lBQ1QsSUFBSSxDQUFDO1FBQ0gsSUFBSSxHQUFHLE1BQU0sT0FBTyxDQUFDLG1CQUFtQixFQUFFLFFBQVEsRUFBRSxDQUFDLFdBQVcsRUFBRSxFQUFFLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxJQUFJLDJEQUF3QixDQUFDO1lBQzdHLFVBQVUsRUFBRSxHQUFHLENBQUMsVUFBVTtZQUMxQixRQUFRLEVBQUUsR0FBRyxDQUFDLFFBQVE7WUFDdEIsUUFBUSxFQUFFLDBCQUEwQjtZQUNwQyxjQUFjLEVBQUUsRUFBRSxRQUFRLEVBQUUsS0FBSyxDQUFDLFFBQVEsRUFBRSxRQUFRLEVBQUUsUUFBUSxFQUFFO1NBQ2pFLENBQUMsRUFBRSxFQUFFLFdBQVcsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUN4QixDQUFDO0lBQUMsT0FBTyxHQUFHLEVBQUUsQ0FBQztRQUNiLE1BQU0sSUFBSSxHQUFHLFNBQVMsQ0FBQyxHQUFHLENBQUMsQ0FBQztRQUM1QixJQUFJLElBQUksS0FBSyx3QkFBd0IsSUFBSSxTQUFTLENBQUMsSUFBSSxDQUFDLFlBQVksQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLENBQUM7WUFDM0UsMkdBQTJHO1lBQzNHLE1BQU0sSUFBSSxXQUFXLENBQUMsaUVBQWlFLENBQUMsQ0FBQztRQUMzRixDQUFDO1FBQ0QsTUFBTSxRQUFRLEdBQUcsb0JBQW9CLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDNUMsSUFBSSxRQUFRLEVBQUUsQ0FBQztZQUFDLE9BQU8sSUFBSSxRQUFRLENBQUMsUUFBUSxDQUFDLENBQUM7UUFBQyxDQUFDO1FBQ2hELE1BQU0sYUFBYSxDQUFDLG1CQUFtQixFQUFFLEdBQUcsQ0FBQyxDQUFDO0lBQ2hELENBQUM7SUFFRCxJQUFJLElBQUksQ0FBQyxhQUFhLEVBQUUsQ0FBQztRQUFDLE9BQU8sSUFBSSxRQUFRLENBQUMsYUFBYSxJQUFJLENBQUMsYUFBYSxFQUFFLENBQUMsQ0FBQztJQUFDLENBQUM7SUFDbkYsSUFBSSxDQUFDLElBQUksQ0FBQyxvQkFBb0IsRUFBRSxXQUFXLEVBQUUsQ0FBQztRQUFDLE9BQU8sSUFBSSxRQUFRLENBQUMsMEJBQTBCLENBQUMsQ0FBQztJQUFDLENBQUM7SUFFakcsNEdBQTRHO0lBQzVHLE1BQU0sUUFBUSxHQUFHLGlCQUFpQixDQUFDLElBQUksQ0FBQyxvQkFBb0IsQ0FBQyxXQUFXLENBQUMsSUFBSSxLQUFLLENBQUMsUUFBUSxDQUFDO0lBQzVGLE1BQU0sSUFBSSxHQUFHLE1BQU0sYUFBYSxDQUFDLEdBQUcsRUFBRSxPQUFPLEVBQUUsUUFBUSxFQUFFLFFBQVEsQ0FBQyxDQUFDO0lBQ25FLElBQUksSUFBSSxZQUFZLFFBQVEsRUFBRSxDQUFDO1FBQUMsT0FBTyxJQUFJLENBQUM7SUFBQyxDQUFDO0lBQzlDLElBQUksSUFBSSxDQUFDLE9BQU8sS0FBSyxLQUFLLEVBQUUsQ0FBQztRQUFDLE9BQU8sSUFBSSxRQUFRLENBQUMsVUFBVSxDQUFDLENBQUM7SUFBQyxDQUFDO0lBQ2hFLE1BQU0sRUFBRSxVQUFVLEVBQUUsT0FBTyxFQUFFLEdBQUcsSUFBQSwwQkFBYSxFQUFDLElBQUksQ0FBQyxjQUFjLEVBQUUsR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDO0lBQzlFLElBQUksT0FBTyxDQUFDLE1BQU0sR0FBRyxDQUFDLEVBQUUsQ0FBQztRQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxFQUFFLE9BQU8sRUFBRSxxREFBcUQsRUFBRSxPQUFPLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFBQyxDQUFDO0lBQ3JJLElBQUksTUFBTSxDQUFDLElBQUksQ0FBQyxVQUFVLENBQUMsQ0FBQyxNQUFNLEtBQUssQ0FBQyxFQUFFLENBQUM7UUFBQyxPQUFPLElBQUksUUFBUSxDQUFDLDBCQUEwQixDQUFDLENBQUM7SUFBQyxDQUFDO0lBQzlGLE9BQU8sVUFBVSxDQUFDO0FBQ3BCLENBQUM7QUFFRCxLQUFLLFVBQVUsY0FBYyxDQUFDLEdBQVcsRUFBRSxLQUF5QixFQUFFLFFBQWdCO0lBQ3BGLElBQUksQ0FBQyxLQUFLLENBQUMsUUFBUSxFQUFFLENBQUM7UUFBQyxPQUFPLElBQUksUUFBUSxDQUFDLGFBQWEsQ0FBQyxDQUFDO0lBQUMsQ0FBQztJQUM1RCxNQUFNLE9BQU8sR0FBRyxNQUFNLFlBQVksQ0FBQyxHQUFHLEVBQUUsUUFBUSxDQUFDLENBQUM7SUFDbEQsTUFBTSxJQUFJLEdBQUcsTUFBTSxhQUFhLENBQUMsR0FBRyxFQUFFLE9BQU8sRUFBRSxLQUFLLENBQUMsUUFBUSxFQUFFLFFBQVEsQ0FBQyxDQUFDO0lBQ3pFLElBQUksSUFBSSxZQUFZLFFBQVEsRUFBRSxDQUFDO1FBQUMsT0FBTyxJQUFJLENBQUM7SUFBQyxDQUFDO0lBQzlDLElBQUksSUFBSSxDQUFDLE9BQU8sS0FBSyxLQUFLLEVBQUUsQ0FBQztRQUFDLE9BQU8sSUFBSSxRQUFRLENBQUMsVUFBVSxDQUFDLENBQUM7SUFBQyxDQUFDO0lBQ2hFLG9GQUFvRjtJQUNwRixJQUFJLElBQUksQ0FBQyxVQUFVLEtBQUssV0FBVyxJQUFJLElBQUksQ0FBQyxVQUFVLEtBQUssZ0JBQWdCLEVBQUUsQ0FBQztRQUFDLE9BQU8sSUFBSSxRQUFRLENBQUMsVUFBVSxJQUFJLENBQUMsVUFBVSxJQUFJLFNBQVMsRUFBRSxDQUFDLENBQUM7SUFBQyxDQUFDO0lBQy9JLE1BQU0sRUFBRSxVQUFVLEVBQUUsR0FBRyxJQUFBLDBCQUFhLEVBQUMsSUFBSSxDQUFDLGNBQWMsRUFBRSxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUM7SUFDckUsb0hBQW9IO0lBQ3BILG9GQUFvRjtJQUNwRixJQUFJLENBQUMsSUFBQSwrQkFBa0IsRUFBQyxVQUFVLENBQUMsRUFBRSxDQUFDO1FBQUMsT0FBTyxJQUFJLFFBQVEsQ0FBQyxtQ0FBbUMsQ0FBQyxDQUFDO0lBQUMsQ0FBQztJQUNsRyxPQUFPLFVBQVUsQ0FBQztBQUNwQixDQUFDO0FBRUQsOEdBQThHO0FBQzlHLE1BQU0sb0JBQW9CLEdBQXFDO0lBQzdELHNCQUFzQixFQUFFLGlFQUFpRTtJQUN6RixxQkFBcUIsRUFBRSxXQUFXO0lBQ2xDLHlCQUF5QixFQUFFLGFBQWE7SUFDeEMsOEJBQThCLEVBQUUseUJBQXlCO0lBQ3pELDJFQUEyRTtJQUMzRSwwQkFBMEIsRUFBRSx5QkFBeUI7SUFDckQsOEVBQThFO0lBQzlFLDZCQUE2QixFQUFFLDZCQUE2QjtJQUM1RCx5SEFBeUg7SUFDekgsd0JBQXdCLEVBQUUsbUJBQW1CO0NBQzlDLENBQUM7QUFFRixLQUFLLFVBQVUsYUFBYSxDQUMxQixHQUFXLEVBQUUsT0FBc0MsRUFBRSxRQUFnQixFQUFFLFFBQWdCO0lBRXZGLElBQUksQ0FBQztRQUNILE9BQU8sTUFBTSxPQUFPLENBQUMsY0FBYyxFQUFFLFFBQVEsRUFBRSxDQUFDLFdBQVcsRUFBRSxFQUFFLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxJQUFJLHNEQUFtQixDQUFDO1lBQ25HLFVBQVUsRUFBRSxHQUFHLENBQUMsVUFBVTtZQUMxQixRQUFRLEVBQUUsUUFBUTtTQUNuQixDQUFDLEVBQUUsRUFBRSxXQUFXLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDeEIsQ0FBQztJQUFDLE9BQU8sR0FBRyxFQUFFLENBQUM7UUFDYixJQUFJLFNBQVMsQ0FBQyxHQUFHLENBQUMsS0FBSyx1QkFBdUIsRUFBRSxDQUFDO1lBQUMsT0FBTyxJQUFJLFFBQVEsQ0FBQyxXQUFXLENBQUMsQ0FBQztRQUFDLENBQUM7UUFDckYsTUFBTSxhQUFhLENBQUMsY0FBYyxFQUFFLEdBQUcsQ0FBQyxDQUFDO0lBQzNDLENBQUM7QUFDSCxDQUFDO0FBRUQsU0FBUyxhQUFhLENBQUMsSUFBWSxFQUFFLEdBQVk7SUFDL0MsT0FBTyxHQUFHLFlBQVksV0FBVyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksV0FBVyxDQUFDLEdBQUcsSUFBSSxZQUFZLFNBQVMsQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDLENBQUM7QUFDakcsQ0FBQztBQUVELG9DQUFvQztBQUVwQyxLQUFLLFVBQVUsWUFBWSxDQUFDLEdBQVcsRUFBRSxRQUFnQjtJQUN2RCxNQUFNLFdBQVcsR0FBRyxHQUFHLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxNQUFNLGtCQUFrQixDQUFDLEdBQUcsQ0FBQyxPQUFPLEVBQUUsUUFBUSxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQztJQUM5RixNQUFNLEdBQUcsR0FBRyxHQUFHLEdBQUcsQ0FBQyxNQUFNLElBQUksV0FBVyxFQUFFLFdBQVcsSUFBSSxlQUFlLEVBQUUsQ0FBQztJQUMzRSxJQUFJLE1BQU0sR0FBRyxjQUFjLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQ3JDLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQztRQUNaLGlGQUFpRjtRQUNqRixLQUFLLE1BQU0sR0FBRyxJQUFJLGNBQWMsQ0FBQyxJQUFJLEVBQUUsRUFBRSxDQUFDO1lBQ3hDLElBQUksR0FBRyxDQUFDLFVBQVUsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxFQUFFLENBQUM7Z0JBQUMsY0FBYyxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsRUFBRSxPQUFPLEVBQUUsQ0FBQztnQkFBQyxjQUFjLENBQUMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDO1lBQUMsQ0FBQztRQUMzRyxDQUFDO1FBQ0QsTUFBTSxHQUFHLElBQUksZ0VBQTZCLENBQUMsRUFBRSxNQUFNLEVBQUUsR0FBRyxDQUFDLE1BQU0sRUFBRSxXQUFXLEVBQUUsV0FBVyxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDaEcsY0FBYyxDQUFDLEdBQUcsQ0FBQyxHQUFHLEVBQUUsTUFBTSxDQUFDLENBQUM7SUFDbEMsQ0FBQztJQUNELE9BQU8sTUFBTSxDQUFDO0FBQ2hCLENBQUM7QUFFRCxLQUFLLFVBQVUsa0JBQWtCLENBQUMsT0FBZSxFQUFFLFFBQWdCO0lBQ2pFLElBQUksT0FBTyxJQUFJLElBQUksQ0FBQyxHQUFHLEVBQUUsR0FBRyxPQUFPLENBQUMsT0FBTyxFQUFFLENBQUM7UUFBQyxPQUFPLE9BQU8sQ0FBQyxXQUFXLENBQUM7SUFBQyxDQUFDO0lBQzVFLDZGQUE2RjtJQUM3RixRQUFRLEtBQUssVUFBVSxDQUFDLE9BQU8sRUFBRSxRQUFRLENBQUMsQ0FBQyxPQUFPLENBQUMsR0FBRyxFQUFFLEdBQUcsUUFBUSxHQUFHLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ3BGLE9BQU8sUUFBUSxDQUFDO0FBQ2xCLENBQUM7QUFFRCxLQUFLLFVBQVUsVUFBVSxDQUFDLE9BQWUsRUFBRSxRQUFnQjtJQUN6RCxTQUFTLEtBQUssSUFBSSxzQkFBUyxDQUFDLEVBQUUsV0FBVyxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDaEQsTUFBTSxHQUFHLEdBQUcsU0FBUyxDQUFDO0lBQ3RCLElBQUksR0FBRyxDQUFDO0lBQ1IsSUFBSSxDQUFDO1FBQ0gsR0FBRyxHQUFHLE1BQU0sT0FBTyxDQUFDLFlBQVksRUFBRSxRQUFRLEVBQUUsQ0FBQyxXQUFXLEVBQUUsRUFBRSxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSw4QkFBaUIsQ0FBQztZQUMxRixPQUFPLEVBQUUsT0FBTztZQUNoQixlQUFlLEVBQUUsaUJBQWlCO1NBQ25DLENBQUMsRUFBRSxFQUFFLFdBQVcsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUN4QixDQUFDO0lBQUMsT0FBTyxHQUFHLEVBQUUsQ0FBQztRQUNiLE1BQU0sYUFBYSxDQUFDLFlBQVksRUFBRSxHQUFHLENBQUMsQ0FBQztJQUN6QyxDQUFDO0lBQ0QsTUFBTSxDQUFDLEdBQUcsR0FBRyxDQUFDLFdBQVcsQ0FBQztJQUMxQixJQUFJLENBQUMsQ0FBQyxFQUFFLFdBQVcsSUFBSSxDQUFDLENBQUMsQ0FBQyxlQUFlLEVBQUUsQ0FBQztRQUFDLE1BQU0sSUFBSSxXQUFXLENBQUMsb0NBQW9DLENBQUMsQ0FBQztJQUFDLENBQUM7SUFDM0csTUFBTSxXQUFXLEdBQWdCO1FBQy9CLFdBQVcsRUFBRSxDQUFDLENBQUMsV0FBVyxFQUFFLGVBQWUsRUFBRSxDQUFDLENBQUMsZUFBZSxFQUFFLFlBQVksRUFBRSxDQUFDLENBQUMsWUFBWSxFQUFFLFVBQVUsRUFBRSxDQUFDLENBQUMsVUFBVTtLQUN2SCxDQUFDO0lBQ0YsTUFBTSxPQUFPLEdBQUcsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEdBQUcsRUFBRSxHQUFHLEVBQUUsR0FBRyxNQUFNLENBQUM7SUFDakYsT0FBTyxHQUFHLEVBQUUsV0FBVyxFQUFFLE9BQU8sRUFBRSxPQUFPLEdBQUcsc0JBQXNCLEVBQUUsQ0FBQztJQUNyRSxPQUFPLFdBQVcsQ0FBQztBQUNyQixDQUFDO0FBRUQsMkdBQTJHO0FBQzNHLEtBQUssVUFBVSxPQUFPLENBQUksSUFBWSxFQUFFLFFBQWdCLEVBQUUsR0FBNkM7SUFDckcsTUFBTSxFQUFFLEdBQUcsSUFBSSxDQUFDLEdBQUcsQ0FBQyxlQUFlLEVBQUUsUUFBUSxHQUFHLElBQUksQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDO0lBQzVELElBQUksRUFBRSxJQUFJLENBQUMsRUFBRSxDQUFDO1FBQUMsTUFBTSxJQUFJLFdBQVcsQ0FBQyxHQUFHLElBQUksZ0JBQWdCLENBQUMsQ0FBQztJQUFDLENBQUM7SUFDaEUsTUFBTSxVQUFVLEdBQUcsSUFBSSxlQUFlLEVBQUUsQ0FBQztJQUN6QyxJQUFJLEtBQWdELENBQUM7SUFDckQsTUFBTSxPQUFPLEdBQUcsSUFBSSxPQUFPLENBQVEsQ0FBQyxDQUFDLEVBQUUsTUFBTSxFQUFFLEVBQUU7UUFDL0MsS0FBSyxHQUFHLFVBQVUsQ0FBQyxHQUFHLEVBQUU7WUFDdEIsVUFBVSxDQUFDLEtBQUssRUFBRSxDQUFDO1lBQ25CLE1BQU0sQ0FBQyxJQUFJLFdBQVcsQ0FBQyxHQUFHLElBQUksb0JBQW9CLEVBQUUsS0FBSyxDQUFDLENBQUMsQ0FBQztRQUM5RCxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDVCxDQUFDLENBQUMsQ0FBQztJQUNILElBQUksQ0FBQztRQUNILE9BQU8sTUFBTSxPQUFPLENBQUMsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLFVBQVUsQ0FBQyxNQUFNLENBQUMsRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDO0lBQy9ELENBQUM7WUFBUyxDQUFDO1FBQ1QsWUFBWSxDQUFDLEtBQUssQ0FBQyxDQUFDO0lBQ3RCLENBQUM7QUFDSCxDQUFDO0FBRUQsMEJBQTBCO0FBRTFCLFNBQVMsVUFBVTtJQUNqQixNQUFNLEtBQUssVUFBVSxDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQztJQUNuQyxJQUFJLE1BQU0sWUFBWSxXQUFXLEVBQUUsQ0FBQztRQUFDLE1BQU0sTUFBTSxDQUFDO0lBQUMsQ0FBQztJQUNwRCxPQUFPLE1BQU0sQ0FBQztBQUNoQixDQUFDO0FBRUQsU0FBUyxVQUFVLENBQUMsR0FBc0I7SUFDeEMsTUFBTSxPQUFPLEdBQUcsQ0FBQyxNQUFjLEVBQUUsRUFBRTtRQUNqQyxPQUFPLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxTQUFTLENBQUMsRUFBRSxPQUFPLEVBQUUscUNBQXFDLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQyxDQUFDO1FBQzFGLE9BQU8sSUFBSSxXQUFXLENBQUMsa0JBQWtCLE1BQU0sRUFBRSxDQUFDLENBQUM7SUFDckQsQ0FBQyxDQUFDO0lBQ0YsSUFBSSxHQUFHLENBQUMsb0JBQW9CLEtBQUssU0FBUyxFQUFFLENBQUM7UUFDM0MsT0FBTyxPQUFPLENBQUMsZ0hBQWdILENBQUMsQ0FBQztJQUNuSSxDQUFDO0lBQ0QsTUFBTSxVQUFVLEdBQUcsR0FBRyxDQUFDLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztJQUNqRCxNQUFNLElBQUksR0FBRywyQ0FBMkMsQ0FBQyxJQUFJLENBQUMsVUFBVSxDQUFDLENBQUM7SUFDMUUsSUFBSSxDQUFDLElBQUksRUFBRSxDQUFDO1FBQUMsT0FBTyxPQUFPLENBQUMsc0VBQXNFLENBQUMsQ0FBQztJQUFDLENBQUM7SUFDdEcsTUFBTSxRQUFRLEdBQUcsR0FBRyxDQUFDLGdCQUFnQixJQUFJLEVBQUUsQ0FBQztJQUM1QyxJQUFJLENBQUMsZ0JBQWdCLENBQUMsSUFBSSxDQUFDLFFBQVEsQ0FBQyxFQUFFLENBQUM7UUFBQyxPQUFPLE9BQU8sQ0FBQyxxREFBcUQsQ0FBQyxDQUFDO0lBQUMsQ0FBQztJQUNoSCxNQUFNLE1BQU0sR0FBRyxHQUFHLENBQUMsYUFBYSxFQUFFLElBQUksRUFBRSxJQUFJLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUNwRCxNQUFNLE9BQU8sR0FBRyxHQUFHLENBQUMsZUFBZSxFQUFFLElBQUksRUFBRSxJQUFJLFNBQVMsQ0FBQztJQUN6RCxJQUFJLE9BQU8sS0FBSyxTQUFTLElBQUksQ0FBQyxzQ0FBc0MsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztRQUFDLE9BQU8sT0FBTyxDQUFDLHdDQUF3QyxDQUFDLENBQUM7SUFBQyxDQUFDO0lBQ2pKLElBQUksQ0FBQztRQUNILE1BQU0sS0FBSyxHQUFtQjtZQUM1QixPQUFPLEVBQUUsSUFBQSxrQ0FBcUIsRUFBQyxHQUFHLENBQUMsaUJBQWlCLENBQUM7WUFDckQsc0JBQXNCLEVBQUUsSUFBQSxrQ0FBcUIsRUFBQyxHQUFHLENBQUMsd0JBQXdCLENBQUM7U0FDNUUsQ0FBQztRQUNGLE9BQU8sRUFBRSxVQUFVLEVBQUUsUUFBUSxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsS0FBSyxFQUFFLENBQUM7SUFDMUQsQ0FBQztJQUFDLE9BQU8sR0FBRyxFQUFFLENBQUM7UUFDYixPQUFPLE9BQU8sQ0FBQyxHQUFHLFlBQVksV0FBVyxDQUFDLENBQUMsQ0FBQywyREFBMkQsQ0FBQyxDQUFDLENBQUMsWUFBWSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7SUFDL0gsQ0FBQztBQUNILENBQUM7QUFFRCwwQkFBMEI7QUFFMUIsd0hBQXdIO0FBQ3hILFNBQVMsaUJBQWlCLENBQUMsS0FBYTtJQUN0QyxJQUFJLENBQUM7UUFDSCxNQUFNLE9BQU8sR0FBWSxJQUFJLENBQUMsS0FBSyxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLEVBQUUsV0FBVyxDQUFDLENBQUMsUUFBUSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUM7UUFDMUcsTUFBTSxRQUFRLEdBQUksT0FBeUMsRUFBRSxRQUFRLENBQUM7UUFDdEUsT0FBTyxPQUFPLFFBQVEsS0FBSyxRQUFRLElBQUksUUFBUSxLQUFLLEVBQUUsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7SUFDaEYsQ0FBQztJQUFDLE1BQU0sQ0FBQztRQUNQLE9BQU8sU0FBUyxDQUFDO0lBQ25CLENBQUM7QUFDSCxDQUFDO0FBRUQsK0hBQStIO0FBQy9ILFNBQVMsU0FBUyxDQUFDLFFBQTRCO0lBQzdDLElBQUksQ0FBQyxRQUFRLEVBQUUsQ0FBQztRQUFDLE9BQU8sU0FBUyxDQUFDO0lBQUMsQ0FBQztJQUNwQyxPQUFPLElBQUEsd0JBQVUsRUFBQyxRQUFRLENBQUMsQ0FBQyxNQUFNLENBQUMsR0FBRyxPQUFPLENBQUMsR0FBRyxDQUFDLG1CQUFtQixJQUFJLEVBQUUsS0FBSyxRQUFRLENBQUMsV0FBVyxFQUFFLEVBQUUsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDO0FBQ3ZJLENBQUM7QUFFRCxTQUFTLFNBQVMsQ0FBQyxHQUFZO0lBQzdCLE1BQU0sSUFBSSxHQUFJLEdBQTZDLEVBQUUsSUFBSSxDQUFDO0lBQ2xFLE9BQU8sT0FBTyxJQUFJLEtBQUssUUFBUSxJQUFJLElBQUksS0FBSyxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDO0FBQ2xFLENBQUM7QUFFRCxTQUFTLFlBQVksQ0FBQyxHQUFZO0lBQ2hDLE9BQU8sR0FBRyxZQUFZLEtBQUssQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0FBQzFELENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIE1pZ3JhdGUtdXNlciBMYW1iZGEgdHJpZ2dlciAoYFVzZXJNaWdyYXRpb25gKSBvZiBhIFRBUkdFVCB1c2VyIHBvb2w6IG9uIGEgdXNlcidzIGZpcnN0IHNpZ24taW4gKG9yIGZvcmdvdC1wYXNzd29yZFxuICogcmVxdWVzdCkgaW4gdGhlIHRhcmdldCwgaXQgbG9va3MgdGhlIHVzZXIgdXAgaW4gYW4gb2xkZXIgU09VUkNFIENvZ25pdG8gdXNlciBwb29sIGFuZCwgd2hlbiB0aGUgc291cmNlIHZvdWNoZXMgZm9yXG4gKiB0aGVtLCBoYW5kcyB0aGVpciBhdHRyaWJ1dGVzIHRvIHRoZSB0YXJnZXQsIHdoaWNoIHRoZW4gY3JlYXRlcyB0aGUgdXNlci5cbiAqIGh0dHBzOi8vZG9jcy5hd3MuYW1hem9uLmNvbS9jb2duaXRvL2xhdGVzdC9kZXZlbG9wZXJndWlkZS91c2VyLXBvb2wtbGFtYmRhLW1pZ3JhdGUtdXNlci5odG1sXG4gKlxuICogVGhpcyBkaXJlY3RvcnkgaXMgdGhlIExhbWJkYSBhc3NldCAobGliL2hhbmRsZXJzL3VzZXItcG9vbC1taWdyYXRpb24vKS4gSXQgbG9hZHMgb25seSBOb2RlJ3Mgb3duIG1vZHVsZXMgYW5kIHRoZSBBV1NcbiAqIFNESyB2MyBjbGllbnRzIHRoYXQgdGhlIE5vZGUuanMgTGFtYmRhIHJ1bnRpbWVzIGNhcnJ5LCBub3RoaW5nIGVsc2Ugb2YgdGhpcyBsaWJyYXJ5LlxuICpcbiAqICMjIEVudmlyb25tZW50IChzZXQgYnkgdGhlIGNvbnN0cnVjdClcbiAqXG4gKiB8IHZhcmlhYmxlIHwgcmVxdWlyZWQgfCBtZWFuaW5nIHxcbiAqIHwgLS0tIHwgLS0tIHwgLS0tIHxcbiAqIHwgYFNPVVJDRV9VU0VSX1BPT0xfSURgIHwgeWVzIHwgdGhlIHNvdXJjZSBwb29sLCBlLmcuIGBldS13ZXN0LTFfQWJDMTIzYCB8XG4gKiB8IGBTT1VSQ0VfQ0xJRU5UX0lEYCB8IHllcyB8IGFuIGFwcCBjbGllbnQgb2YgdGhlIHNvdXJjZSBwb29sIHRoYXQgYWxsb3dzIGBBTExPV19BRE1JTl9VU0VSX1BBU1NXT1JEX0FVVEhgIGFuZCBoYXMgTk8gY2xpZW50IHNlY3JldCB8XG4gKiB8IGBTT1VSQ0VfUkVHSU9OYCB8IG5vIHwgdGhlIHNvdXJjZSBwb29sJ3MgUmVnaW9uOyBkZWZhdWx0OiB0aGUgcHJlZml4IG9mIGBTT1VSQ0VfVVNFUl9QT09MX0lEYCAoc2V0IGl0IG9ubHkgZm9yIGEgcmVwbGljYSBSZWdpb24pIHxcbiAqIHwgYFNPVVJDRV9ST0xFX0FSTmAgfCBubyB8IGEgcm9sZSAodXN1YWxseSBpbiB0aGUgc291cmNlIGFjY291bnQpIHRvIGFzc3VtZSB3aXRoIFNUUyBiZWZvcmUgY2FsbGluZyB0aGUgc291cmNlIHBvb2w7IGl0cyBjcmVkZW50aWFscyBhcmUgY2FjaGVkIHVudGlsIDUgbWludXRlcyBiZWZvcmUgdGhleSBleHBpcmUgfFxuICogfCBgQVRUUklCVVRFX01BUFBJTkdgIHwgbm8gfCBKU09OIG9iamVjdCwgc291cmNlIGF0dHJpYnV0ZSBuYW1lIOKGkiB0YXJnZXQgYXR0cmlidXRlIG5hbWU7IGBudWxsYCBvciBgXCJcImAgZHJvcHMgdGhlIGF0dHJpYnV0ZSB8XG4gKiB8IGBUQVJHRVRfQ1VTVE9NX0FUVFJJQlVURVNgIHwgbm8gfCBKU09OIGFycmF5IG9mIHRoZSBgY3VzdG9tOmAgYXR0cmlidXRlIG5hbWVzIHRoZSB0YXJnZXQgcG9vbCBoYXM7IG90aGVyIGN1c3RvbSBhdHRyaWJ1dGVzIGFyZSBkcm9wcGVkIChkZWZhdWx0IGBbXWA6IGFsbCBkcm9wcGVkKSB8XG4gKlxuICogYFNPVVJDRV9DTElFTlRfU0VDUkVUYCBpcyByZWZ1c2VkOiBubyBzZWNyZXRzIGluIHRoZSBlbnZpcm9ubWVudC4gQSBzb3VyY2UgY2xpZW50IHdpdGggYSBzZWNyZXQgbmVlZHMgYSBgU0VDUkVUX0hBU0hgXG4gKiAoQmFzZTY0IEhNQUMtU0hBMjU2IG9mIHVzZXJuYW1lICsgY2xpZW50IGlkLCBrZXllZCBieSB0aGUgc2VjcmV0KSBpbiBldmVyeSBBZG1pbkluaXRpYXRlQXV0aFxuICogKGh0dHBzOi8vZG9jcy5hd3MuYW1hem9uLmNvbS9jb2duaXRvLXVzZXItaWRlbnRpdHktcG9vbHMvbGF0ZXN0L0FQSVJlZmVyZW5jZS9BUElfQWRtaW5Jbml0aWF0ZUF1dGguaHRtbCxcbiAqIGh0dHBzOi8vZG9jcy5hd3MuYW1hem9uLmNvbS9jb2duaXRvL2xhdGVzdC9kZXZlbG9wZXJndWlkZS9zaWduaW5nLXVwLXVzZXJzLWluLXlvdXItYXBwLmh0bWwjY29nbml0by11c2VyLXBvb2xzLWNvbXB1dGluZy1zZWNyZXQtaGFzaCksXG4gKiBzbyB0aGUgc291cmNlIGNsaWVudCBtdXN0IGJlIG9uZSB3aXRob3V0IGEgc2VjcmV0LiBBIGNsaWVudCB3aXRoIGEgc2VjcmV0IGZhaWxzIGV2ZXJ5IHNpZ24taW47IHRoZSBoYW5kbGVyIHJlcG9ydHMgaXRcbiAqIGFzIGEgY29uZmlndXJhdGlvbiBlcnJvciByYXRoZXIgdGhhbiBhcyB3cm9uZyBwYXNzd29yZHMuXG4gKlxuICogSUFNOiBgY29nbml0by1pZHA6QWRtaW5Jbml0aWF0ZUF1dGhgIGFuZCBgY29nbml0by1pZHA6QWRtaW5HZXRVc2VyYCBvbiB0aGUgc291cmNlIHBvb2wncyBBUk4gKGdyYW50ZWQgdG8gdGhlXG4gKiBmdW5jdGlvbidzIHJvbGUsIG9yIHRvIGBTT1VSQ0VfUk9MRV9BUk5gLCB3aGljaCB0aGVuIHRydXN0cyB0aGUgZnVuY3Rpb24ncyByb2xlOyB0aGUgZnVuY3Rpb24gbmVlZHMgYHN0czpBc3N1bWVSb2xlYFxuICogb24gaXQpLlxuICpcbiAqICMjIEJlaGF2aW91clxuICpcbiAqIC0gYFVzZXJNaWdyYXRpb25fQXV0aGVudGljYXRpb25gOiBBZG1pbkluaXRpYXRlQXV0aCAoQURNSU5fVVNFUl9QQVNTV09SRF9BVVRILCBVU0VSTkFNRSA9IHRoZSBuYW1lIHRoZSB1c2VyIHR5cGVkLFxuICogICB3aGljaCBtYXkgYmUgYW4gZW1haWwgb3IgcGhvbmUgYWxpYXMgb2YgdGhlIHNvdXJjZSBwb29sKSBhZ2FpbnN0IHRoZSBzb3VyY2UgcG9vbCBhbmQgY2xpZW50OyBvbiB0b2tlbnMsIEFkbWluR2V0VXNlclxuICogICAoYnkgdGhlIGNhbm9uaWNhbCB1c2VybmFtZSBmcm9tIHRoZSBhY2Nlc3MgdG9rZW4pLCB0aGVuIHRoZSBtYXBwZWQgYXR0cmlidXRlcyB3aXRoIGBmaW5hbFVzZXJTdGF0dXM6IENPTkZJUk1FRGAgYW5kXG4gKiAgIGBtZXNzYWdlQWN0aW9uOiBTVVBQUkVTU2AuXG4gKiAtIGBVc2VyTWlncmF0aW9uX0ZvcmdvdFBhc3N3b3JkYDogQWRtaW5HZXRVc2VyOyBhIHVzZXIgd2hvIGlzIGVuYWJsZWQsIENPTkZJUk1FRCBvciBSRVNFVF9SRVFVSVJFRCwgYW5kIGtlZXBzIGFcbiAqICAgdmVyaWZpZWQgZW1haWwgb3IgcGhvbmUgbnVtYmVyIGFmdGVyIG1hcHBpbmcgaXMgaGFuZGVkIG92ZXIgd2l0aCBgbWVzc2FnZUFjdGlvbjogU1VQUFJFU1NgIChubyBgZmluYWxVc2VyU3RhdHVzYCk6XG4gKiAgIHRoZSB0YXJnZXQgdGhlbiBzZW5kcyB0aGUgcmVzZXQgY29kZSB0byB0aGF0IHZlcmlmaWVkIGFkZHJlc3MuXG4gKiAtIEFueXRoaW5nIGVsc2UgdGhlIHNvdXJjZSBzYXlzICh3cm9uZyBwYXNzd29yZCwgbm8gc3VjaCB1c2VyLCBkaXNhYmxlZCwgdW5jb25maXJtZWQsIHBhc3N3b3JkIHJlc2V0IHJlcXVpcmVkLCBhbnlcbiAqICAgY2hhbGxlbmdlIHN1Y2ggYXMgTUZBIG9yIE5FV19QQVNTV09SRF9SRVFVSVJFRCwgYSByZWZ1c2FsIGJ5IHRoZSBzb3VyY2UgcG9vbCdzIG93biB0cmlnZ2VycykgREVDTElORVM6IHRoZSBldmVudCBnb2VzXG4gKiAgIGJhY2sgd2l0aCBpdHMgcmVzcG9uc2UgdW50b3VjaGVkLiBXaXRoIHRoZVxuICogICB0YXJnZXQgY2xpZW50J3MgUHJldmVudFVzZXJFeGlzdGVuY2VFcnJvcnMgRU5BQkxFRCAodGhpcyBsaWJyYXJ5J3MgZGVmYXVsdCksIENvZ25pdG8gdGhlbiBhbnN3ZXJzIGV4YWN0bHkgYXMgZm9yIGFueVxuICogICB3cm9uZyBwYXNzd29yZCAoTm90QXV0aG9yaXplZEV4Y2VwdGlvbiBcIkluY29ycmVjdCB1c2VybmFtZSBvciBwYXNzd29yZC5cIikgb3IsIGZvciBhIHBhc3N3b3JkIHJlc2V0LCB3aXRoIGFcbiAqICAgc2ltdWxhdGVkIGNvZGUgZGVsaXZlcnk6IFwiQW1hem9uIENvZ25pdG8gcmV0dXJucyBhIHNpbXVsYXRlZCByZXNwb25zZSBmb3IgdXNlcnMgdGhhdCBkb24ndCBleGlzdCB3aGVuIGFuIGVtcHR5XG4gKiAgIHJlc3BvbnNlIHdhcyBzZXQgaW4gdGhlIG9yaWdpbmFsIGV2ZW50IGNvbnRleHQgYnkgdGhlIExhbWJkYSB0cmlnZ2VyXCJcbiAqICAgKGh0dHBzOi8vZG9jcy5hd3MuYW1hem9uLmNvbS9jb2duaXRvL2xhdGVzdC9kZXZlbG9wZXJndWlkZS9jb2duaXRvLXVzZXItcG9vbC1tYW5hZ2luZy1lcnJvcnMuaHRtbCkuIFRocm93aW5nIGluc3RlYWRcbiAqICAgd291bGQgcmVhY2ggdGhlIGNsaWVudCBhcyBgVXNlck5vdEZvdW5kRXhjZXB0aW9uOiBVc2VyTWlncmF0aW9uIGZhaWxlZCB3aXRoIGVycm9yIDxtZXNzYWdlPi5gIChhbmQgYmUgc2hvd24gb25cbiAqICAgbWFuYWdlZCBsb2dpbiBwYWdlcyksIHdoaWNoIHRlbGxzIGEgY2FsbGVyIHRoZSBuYW1lIGlzIG5vdCBpbiB0aGUgdGFyZ2V0IHlldC5cbiAqIC0gQSBjaGFsbGVuZ2UgbWVhbnMgdGhlIHBhc3N3b3JkIHdhcyByaWdodCBidXQgYSBzZWNvbmQgZmFjdG9yIChvciBhIG5ldyBwYXNzd29yZCkgaXMgZHVlLCB3aGljaCB0aGlzIGZ1bmN0aW9uIGNhbid0XG4gKiAgIGNvbGxlY3QuIE1pZ3JhdGluZyBhbnl3YXkgd291bGQgc2lnbiB0aGUgdXNlciBpbiBvbiB0aGUgcGFzc3dvcmQgYWxvbmU7IHRoZSB1c2VyIHJlY292ZXJzIHRocm91Z2ggZm9yZ290LXBhc3N3b3JkLFxuICogICB3aGljaCBwcm92ZXMgcG9zc2Vzc2lvbiBvZiB0aGUgdmVyaWZpZWQgZW1haWwgb3IgcGhvbmUgYW5kIG1pZ3JhdGVzIHRoZW0gKHRoZWlyIFRPVFAgc2VjcmV0IGNhbid0IGJlIGNhcnJpZWQgb3ZlcikuXG4gKiAtIEZhaWx1cmVzIHRoYXQgYXJlIG5vdCBhYm91dCB0aGUgdXNlciAodGhyb3R0bGluZywgYWNjZXNzIGRlbmllZCwgYSBtaXNjb25maWd1cmVkIGNsaWVudCwgYSB0aW1lb3V0KSBUSFJPVyBhIGdlbmVyaWNcbiAqICAgbWVzc2FnZTogQ29nbml0byBzaG93cyB0cmlnZ2VyIGVycm9ycyB0byBlbmQgdXNlcnMsIHNvIGRldGFpbHMgZ28gb25seSB0byB0aGUgbG9nLlxuICpcbiAqIENvZ25pdG8gd2FpdHMgNSBzZWNvbmRzIGZvciBhIHRyaWdnZXIgKGFuZCByZXRyaWVzKTogZXZlcnkgY2FsbCBoZXJlIGlzIGJvdW5kZWQsIGFuZCBhbGwgb2YgdGhlbSBzaGFyZSBhIGRlYWRsaW5lXG4gKiB1bmRlciB0aGF0IChodHRwczovL2RvY3MuYXdzLmFtYXpvbi5jb20vY29nbml0by9sYXRlc3QvZGV2ZWxvcGVyZ3VpZGUvY29nbml0by11c2VyLXBvb2xzLXdvcmtpbmctd2l0aC1sYW1iZGEtdHJpZ2dlcnMuaHRtbCkuXG4gKlxuICogTG9nczogb25lIEpTT04gbGluZSBwZXIgaW52b2NhdGlvbiB3aXRoIHRoZSB0cmlnZ2VyIHNvdXJjZSwgYSBwc2V1ZG9ueW1vdXMgaGFzaCBvZiB0aGUgdXNlcm5hbWUgYW5kIHRoZSBvdXRjb21lLlxuICogTmV2ZXIgdGhlIGV2ZW50LCB0aGUgcGFzc3dvcmQsIHRva2VucywgYXR0cmlidXRlIHZhbHVlcyBvciByYXcgZXJyb3IgbWVzc2FnZXMuXG4gKi9cbmltcG9ydCB7IGNyZWF0ZUhhc2ggfSBmcm9tICdub2RlOmNyeXB0byc7XG4vLyBlc2xpbnQtZGlzYWJsZS1uZXh0LWxpbmUgaW1wb3J0L25vLWV4dHJhbmVvdXMtZGVwZW5kZW5jaWVzIC0tIHByb3ZpZGVkIGJ5IHRoZSBOb2RlLmpzIExhbWJkYSBydW50aW1lLCBub3QgYSBkZXBlbmRlbmN5IG9mIHRoZSBsaWJyYXJ5XG5pbXBvcnQgeyBBZG1pbkdldFVzZXJDb21tYW5kLCBBZG1pbkluaXRpYXRlQXV0aENvbW1hbmQsIENvZ25pdG9JZGVudGl0eVByb3ZpZGVyQ2xpZW50LCB0eXBlIEFkbWluR2V0VXNlckNvbW1hbmRPdXRwdXQgfSBmcm9tICdAYXdzLXNkay9jbGllbnQtY29nbml0by1pZGVudGl0eS1wcm92aWRlcic7XG4vLyBlc2xpbnQtZGlzYWJsZS1uZXh0LWxpbmUgaW1wb3J0L25vLWV4dHJhbmVvdXMtZGVwZW5kZW5jaWVzIC0tIHByb3ZpZGVkIGJ5IHRoZSBOb2RlLmpzIExhbWJkYSBydW50aW1lLCBub3QgYSBkZXBlbmRlbmN5IG9mIHRoZSBsaWJyYXJ5XG5pbXBvcnQgeyBBc3N1bWVSb2xlQ29tbWFuZCwgU1RTQ2xpZW50IH0gZnJvbSAnQGF3cy1zZGsvY2xpZW50LXN0cyc7XG5pbXBvcnQgeyBoYXNWZXJpZmllZENvbnRhY3QsIG1hcEF0dHJpYnV0ZXMsIHBhcnNlQXR0cmlidXRlTWFwcGluZywgcGFyc2VDdXN0b21BdHRyaWJ1dGVzLCB0eXBlIEF0dHJpYnV0ZVJ1bGVzIH0gZnJvbSAnLi9hdHRyaWJ1dGVzJztcblxuLyoqIFRoZSBtaWdyYXRlLXVzZXIgZXZlbnQsIGFzIENvZ25pdG8gc2VuZHMgaXQgKG9ubHkgd2hhdCB0aGlzIGZ1bmN0aW9uIHJlYWRzIG9yIHdyaXRlcykuICovXG5leHBvcnQgaW50ZXJmYWNlIFVzZXJNaWdyYXRpb25FdmVudCB7XG4gIHJlYWRvbmx5IHZlcnNpb24/OiBzdHJpbmc7XG4gIHJlYWRvbmx5IHRyaWdnZXJTb3VyY2U6IHN0cmluZztcbiAgcmVhZG9ubHkgcmVnaW9uPzogc3RyaW5nO1xuICByZWFkb25seSB1c2VyUG9vbElkPzogc3RyaW5nO1xuICByZWFkb25seSB1c2VyTmFtZTogc3RyaW5nO1xuICByZWFkb25seSBjYWxsZXJDb250ZXh0PzogeyByZWFkb25seSBhd3NTZGtWZXJzaW9uPzogc3RyaW5nOyByZWFkb25seSBjbGllbnRJZD86IHN0cmluZyB9O1xuICByZWFkb25seSByZXF1ZXN0OiB7XG4gICAgcmVhZG9ubHkgcGFzc3dvcmQ/OiBzdHJpbmc7XG4gICAgcmVhZG9ubHkgdmFsaWRhdGlvbkRhdGE/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IHwgbnVsbDtcbiAgICByZWFkb25seSBjbGllbnRNZXRhZGF0YT86IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gfCBudWxsO1xuICB9O1xuICByZXNwb25zZTogVXNlck1pZ3JhdGlvblJlc3BvbnNlO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFVzZXJNaWdyYXRpb25SZXNwb25zZSB7XG4gIHVzZXJBdHRyaWJ1dGVzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPiB8IG51bGw7XG4gIGZpbmFsVXNlclN0YXR1cz86IHN0cmluZyB8IG51bGw7XG4gIG1lc3NhZ2VBY3Rpb24/OiBzdHJpbmcgfCBudWxsO1xuICBkZXNpcmVkRGVsaXZlcnlNZWRpdW1zPzogc3RyaW5nW10gfCBudWxsO1xuICBmb3JjZUFsaWFzQ3JlYXRpb24/OiBib29sZWFuIHwgbnVsbDtcbiAgZW5hYmxlU01TTUZBPzogYm9vbGVhbiB8IG51bGw7XG59XG5cbi8qKiBUaGUgbWVzc2FnZSBlbmQgdXNlcnMgc2VlIHdoZW4gdGhlIG1pZ3JhdGlvbiBjYW4ndCBydW4gKGEgY29uZmlndXJhdGlvbiBvciBzZXJ2aWNlIHByb2JsZW0sIG5ldmVyIGEgdXNlcidzKS4gKi9cbmV4cG9ydCBjb25zdCBVTkFWQUlMQUJMRV9NRVNTQUdFID0gJ1NpZ24taW4gaXMgdGVtcG9yYXJpbHkgdW5hdmFpbGFibGUuIFRyeSBhZ2FpbiBsYXRlci4nO1xuXG4vKiogQWxsIHNvdXJjZSBjYWxscyBvZiBvbmUgaW52b2NhdGlvbiBlbmQgYnkgdGhlbjogdW5kZXIgQ29nbml0bydzIDUtc2Vjb25kIHdhaXQsIGxlYXZpbmcgcm9vbSBmb3IgQ29nbml0byBpdHNlbGYuICovXG5jb25zdCBJTlZPQ0FUSU9OX0JVREdFVF9NUyA9IDRfMDAwO1xuLyoqIE9uZSBjYWxsIChTVFMgb3IgQ29nbml0bywgU0RLIHJldHJpZXMgaW5jbHVkZWQpIGVuZHMgYnkgdGhlbi4gKi9cbmNvbnN0IENBTExfVElNRU9VVF9NUyA9IDJfMDAwO1xuLyoqIEFzc3VtZWQtcm9sZSBjcmVkZW50aWFscyBhcmUgcmVuZXdlZCB3aGVuIGZld2VyIHRoYW4gdGhpcyBtYW55IG1pbGxpc2Vjb25kcyBhcmUgbGVmdC4gKi9cbmNvbnN0IENSRURFTlRJQUxTX1JFTkVXQUxfTVMgPSA1ICogNjBfMDAwO1xuY29uc3QgUk9MRV9TRVNTSU9OX05BTUUgPSAnY29nbml0by11c2VyLW1pZ3JhdGlvbic7XG5cbmludGVyZmFjZSBDb25maWcge1xuICByZWFkb25seSB1c2VyUG9vbElkOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGNsaWVudElkOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHJlZ2lvbjogc3RyaW5nO1xuICByZWFkb25seSByb2xlQXJuPzogc3RyaW5nO1xuICByZWFkb25seSBydWxlczogQXR0cmlidXRlUnVsZXM7XG59XG5cbmludGVyZmFjZSBDcmVkZW50aWFscyB7XG4gIHJlYWRvbmx5IGFjY2Vzc0tleUlkOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHNlY3JldEFjY2Vzc0tleTogc3RyaW5nO1xuICByZWFkb25seSBzZXNzaW9uVG9rZW4/OiBzdHJpbmc7XG4gIHJlYWRvbmx5IGV4cGlyYXRpb24/OiBEYXRlO1xufVxuXG4vKiogQSBwcm9ibGVtIHdpdGggdGhpcyBmdW5jdGlvbidzIGNvbmZpZ3VyYXRpb24gb3IgdGhlIHNlcnZpY2UsIG5vdCB3aXRoIHRoZSB1c2VyOiB0aHJvd24gdG8gQ29nbml0bywgZ2VuZXJpY2FsbHkuICovXG5jbGFzcyBVbmF2YWlsYWJsZSBleHRlbmRzIEVycm9yIHtcbiAgY29uc3RydWN0b3IocmVhZG9ubHkgcmVhc29uOiBzdHJpbmcpIHtcbiAgICBzdXBlcihVTkFWQUlMQUJMRV9NRVNTQUdFKTtcbiAgICB0aGlzLm5hbWUgPSAnVW5hdmFpbGFibGUnO1xuICB9XG59XG5cbi8qKiBUaGUgc291cmNlIGRvZXMgbm90IHZvdWNoIGZvciB0aGUgdXNlcjogdGhlIGV2ZW50IGdvZXMgYmFjayB1bnRvdWNoZWQuICovXG5jbGFzcyBEZWNsaW5lZCB7XG4gIGNvbnN0cnVjdG9yKHJlYWRvbmx5IHJlYXNvbjogc3RyaW5nKSB7fVxufVxuXG4vLyAtLS0tIG1vZHVsZSBzdGF0ZSwga2VwdCBhY3Jvc3MgaW52b2NhdGlvbnMgb2YgYSB3YXJtIGV4ZWN1dGlvbiBlbnZpcm9ubWVudCAtLS0tXG5sZXQgY29uZmlnOiBDb25maWcgfCBVbmF2YWlsYWJsZSB8IHVuZGVmaW5lZDtcbmxldCBzdHNDbGllbnQ6IFNUU0NsaWVudCB8IHVuZGVmaW5lZDtcbmxldCBhc3N1bWVkOiB7IHJlYWRvbmx5IGNyZWRlbnRpYWxzOiBDcmVkZW50aWFsczsgcmVhZG9ubHkgcmVuZXdBdDogbnVtYmVyIH0gfCB1bmRlZmluZWQ7XG5sZXQgYXNzdW1pbmc6IFByb21pc2U8Q3JlZGVudGlhbHM+IHwgdW5kZWZpbmVkO1xuLyoqIE9uZSBDb2duaXRvIGNsaWVudCBwZXIgUmVnaW9uIGFuZCBjcmVkZW50aWFsczogdGhlIGNyZWRlbnRpYWxzJyBhY2Nlc3Mga2V5IGlkLCBvciB0aGUgZnVuY3Rpb24ncyBvd24gcm9sZS4gKi9cbmNvbnN0IGNvZ25pdG9DbGllbnRzID0gbmV3IE1hcDxzdHJpbmcsIENvZ25pdG9JZGVudGl0eVByb3ZpZGVyQ2xpZW50PigpO1xuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gaGFuZGxlcihldmVudDogVXNlck1pZ3JhdGlvbkV2ZW50KTogUHJvbWlzZTxVc2VyTWlncmF0aW9uRXZlbnQ+IHtcbiAgY29uc3QgZGVhZGxpbmUgPSBEYXRlLm5vdygpICsgSU5WT0NBVElPTl9CVURHRVRfTVM7XG4gIGNvbnN0IHN0YXJ0ZWQgPSBEYXRlLm5vdygpO1xuICBjb25zdCBsb2cgPSAob3V0Y29tZTogc3RyaW5nLCByZWFzb24/OiBzdHJpbmcsIGV4dHJhPzogUmVjb3JkPHN0cmluZywgdW5rbm93bj4pID0+IGNvbnNvbGUubG9nKEpTT04uc3RyaW5naWZ5KHtcbiAgICBtZXNzYWdlOiAndXNlciBtaWdyYXRpb24nLCB0cmlnZ2VyU291cmNlOiBldmVudC50cmlnZ2VyU291cmNlLCB1c2VyOiBwc2V1ZG9ueW0oZXZlbnQudXNlck5hbWUpLCBvdXRjb21lLCByZWFzb24sIG1zOiBEYXRlLm5vdygpIC0gc3RhcnRlZCwgLi4uZXh0cmEsXG4gIH0pKTtcblxuICB0cnkge1xuICAgIGNvbnN0IGNmZyA9IGxvYWRDb25maWcoKTtcbiAgICBsZXQgcmVzdWx0OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IHwgRGVjbGluZWQ7XG4gICAgc3dpdGNoIChldmVudC50cmlnZ2VyU291cmNlKSB7XG4gICAgICBjYXNlICdVc2VyTWlncmF0aW9uX0F1dGhlbnRpY2F0aW9uJzpcbiAgICAgICAgcmVzdWx0ID0gYXdhaXQgYXV0aGVudGljYXRlKGNmZywgZXZlbnQsIGRlYWRsaW5lKTtcbiAgICAgICAgaWYgKCEocmVzdWx0IGluc3RhbmNlb2YgRGVjbGluZWQpKSB7XG4gICAgICAgICAgZXZlbnQucmVzcG9uc2UudXNlckF0dHJpYnV0ZXMgPSByZXN1bHQ7XG4gICAgICAgICAgZXZlbnQucmVzcG9uc2UuZmluYWxVc2VyU3RhdHVzID0gJ0NPTkZJUk1FRCc7XG4gICAgICAgICAgZXZlbnQucmVzcG9uc2UubWVzc2FnZUFjdGlvbiA9ICdTVVBQUkVTUyc7XG4gICAgICAgIH1cbiAgICAgICAgYnJlYWs7XG4gICAgICBjYXNlICdVc2VyTWlncmF0aW9uX0ZvcmdvdFBhc3N3b3JkJzpcbiAgICAgICAgcmVzdWx0ID0gYXdhaXQgZm9yZ290UGFzc3dvcmQoY2ZnLCBldmVudCwgZGVhZGxpbmUpO1xuICAgICAgICBpZiAoIShyZXN1bHQgaW5zdGFuY2VvZiBEZWNsaW5lZCkpIHtcbiAgICAgICAgICBldmVudC5yZXNwb25zZS51c2VyQXR0cmlidXRlcyA9IHJlc3VsdDtcbiAgICAgICAgICBldmVudC5yZXNwb25zZS5tZXNzYWdlQWN0aW9uID0gJ1NVUFBSRVNTJztcbiAgICAgICAgfVxuICAgICAgICBicmVhaztcbiAgICAgIGRlZmF1bHQ6XG4gICAgICAgIHRocm93IG5ldyBVbmF2YWlsYWJsZSgndW5rbm93biB0cmlnZ2VyIHNvdXJjZScpO1xuICAgIH1cbiAgICBpZiAocmVzdWx0IGluc3RhbmNlb2YgRGVjbGluZWQpIHtcbiAgICAgIGxvZygnZGVjbGluZWQnLCByZXN1bHQucmVhc29uKTtcbiAgICB9IGVsc2Uge1xuICAgICAgbG9nKCdtaWdyYXRlZCcsIHVuZGVmaW5lZCwgeyBhdHRyaWJ1dGVzOiBPYmplY3Qua2V5cyhyZXN1bHQpLmxlbmd0aCB9KTtcbiAgICB9XG4gICAgcmV0dXJuIGV2ZW50O1xuICB9IGNhdGNoIChlcnIpIHtcbiAgICBjb25zdCByZWFzb24gPSBlcnIgaW5zdGFuY2VvZiBVbmF2YWlsYWJsZSA/IGVyci5yZWFzb24gOiBgdW5leHBlY3RlZCAke2Vycm9yTmFtZShlcnIpfWA7XG4gICAgY29uc29sZS5lcnJvcihKU09OLnN0cmluZ2lmeSh7XG4gICAgICBtZXNzYWdlOiAndXNlciBtaWdyYXRpb24nLCB0cmlnZ2VyU291cmNlOiBldmVudC50cmlnZ2VyU291cmNlLCB1c2VyOiBwc2V1ZG9ueW0oZXZlbnQudXNlck5hbWUpLCBvdXRjb21lOiAnZmFpbGVkJywgcmVhc29uLCBtczogRGF0ZS5ub3coKSAtIHN0YXJ0ZWQsXG4gICAgfSkpO1xuICAgIHRocm93IGVyciBpbnN0YW5jZW9mIFVuYXZhaWxhYmxlID8gZXJyIDogbmV3IFVuYXZhaWxhYmxlKHJlYXNvbik7XG4gIH1cbn1cblxuYXN5bmMgZnVuY3Rpb24gYXV0aGVudGljYXRlKGNmZzogQ29uZmlnLCBldmVudDogVXNlck1pZ3JhdGlvbkV2ZW50LCBkZWFkbGluZTogbnVtYmVyKTogUHJvbWlzZTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IHwgRGVjbGluZWQ+IHtcbiAgY29uc3QgcGFzc3dvcmQgPSBldmVudC5yZXF1ZXN0LnBhc3N3b3JkO1xuICBpZiAoIWV2ZW50LnVzZXJOYW1lIHx8ICFwYXNzd29yZCkgeyByZXR1cm4gbmV3IERlY2xpbmVkKCdubyB1c2VybmFtZSBvciBwYXNzd29yZCcpOyB9XG4gIGNvbnN0IGNvZ25pdG8gPSBhd2FpdCBzb3VyY2VDbGllbnQoY2ZnLCBkZWFkbGluZSk7XG5cbiAgbGV0IGF1dGg7XG4gIHRyeSB7XG4gICAgYXV0aCA9IGF3YWl0IGJvdW5kZWQoJ0FkbWluSW5pdGlhdGVBdXRoJywgZGVhZGxpbmUsIChhYm9ydFNpZ25hbCkgPT4gY29nbml0by5zZW5kKG5ldyBBZG1pbkluaXRpYXRlQXV0aENvbW1hbmQoe1xuICAgICAgVXNlclBvb2xJZDogY2ZnLnVzZXJQb29sSWQsXG4gICAgICBDbGllbnRJZDogY2ZnLmNsaWVudElkLFxuICAgICAgQXV0aEZsb3c6ICdBRE1JTl9VU0VSX1BBU1NXT1JEX0FVVEgnLFxuICAgICAgQXV0aFBhcmFtZXRlcnM6IHsgVVNFUk5BTUU6IGV2ZW50LnVzZXJOYW1lLCBQQVNTV09SRDogcGFzc3dvcmQgfSxcbiAgICB9KSwgeyBhYm9ydFNpZ25hbCB9KSk7XG4gIH0gY2F0Y2ggKGVycikge1xuICAgIGNvbnN0IG5hbWUgPSBlcnJvck5hbWUoZXJyKTtcbiAgICBpZiAobmFtZSA9PT0gJ05vdEF1dGhvcml6ZWRFeGNlcHRpb24nICYmIC9zZWNyZXQvaS50ZXN0KGVycm9yTWVzc2FnZShlcnIpKSkge1xuICAgICAgLy8gVGhlIHNvdXJjZSBjbGllbnQgaGFzIGEgc2VjcmV0IChTRUNSRVRfSEFTSCBpcyBtaXNzaW5nKTogZXZlcnkgc2lnbi1pbiB3b3VsZCBmYWlsLCBub3QgYSB3cm9uZyBwYXNzd29yZC5cbiAgICAgIHRocm93IG5ldyBVbmF2YWlsYWJsZSgnc291cmNlIGFwcCBjbGllbnQgaGFzIGEgY2xpZW50IHNlY3JldDsgdXNlIGEgY2xpZW50IHdpdGhvdXQgb25lJyk7XG4gICAgfVxuICAgIGNvbnN0IGRlY2xpbmVkID0gREVDTElORURfQVVUSF9FUlJPUlNbbmFtZV07XG4gICAgaWYgKGRlY2xpbmVkKSB7IHJldHVybiBuZXcgRGVjbGluZWQoZGVjbGluZWQpOyB9XG4gICAgdGhyb3cgc291cmNlRmFpbHVyZSgnQWRtaW5Jbml0aWF0ZUF1dGgnLCBlcnIpO1xuICB9XG5cbiAgaWYgKGF1dGguQ2hhbGxlbmdlTmFtZSkgeyByZXR1cm4gbmV3IERlY2xpbmVkKGBjaGFsbGVuZ2UgJHthdXRoLkNoYWxsZW5nZU5hbWV9YCk7IH1cbiAgaWYgKCFhdXRoLkF1dGhlbnRpY2F0aW9uUmVzdWx0Py5BY2Nlc3NUb2tlbikgeyByZXR1cm4gbmV3IERlY2xpbmVkKCdubyBhdXRoZW50aWNhdGlvbiByZXN1bHQnKTsgfVxuXG4gIC8vIFRoZSBjYW5vbmljYWwgdXNlcm5hbWUgKHRoZSB1c2VyIG1heSBoYXZlIHR5cGVkIGFuIGVtYWlsIG9yIHBob25lIGFsaWFzKTsgQWRtaW5HZXRVc2VyIHRha2VzIGFsaWFzZXMgdG9vLlxuICBjb25zdCB1c2VybmFtZSA9IHVzZXJuYW1lRnJvbVRva2VuKGF1dGguQXV0aGVudGljYXRpb25SZXN1bHQuQWNjZXNzVG9rZW4pID8/IGV2ZW50LnVzZXJOYW1lO1xuICBjb25zdCB1c2VyID0gYXdhaXQgZ2V0U291cmNlVXNlcihjZmcsIGNvZ25pdG8sIHVzZXJuYW1lLCBkZWFkbGluZSk7XG4gIGlmICh1c2VyIGluc3RhbmNlb2YgRGVjbGluZWQpIHsgcmV0dXJuIHVzZXI7IH1cbiAgaWYgKHVzZXIuRW5hYmxlZCA9PT0gZmFsc2UpIHsgcmV0dXJuIG5ldyBEZWNsaW5lZCgnZGlzYWJsZWQnKTsgfVxuICBjb25zdCB7IGF0dHJpYnV0ZXMsIGRyb3BwZWQgfSA9IG1hcEF0dHJpYnV0ZXModXNlci5Vc2VyQXR0cmlidXRlcywgY2ZnLnJ1bGVzKTtcbiAgaWYgKGRyb3BwZWQubGVuZ3RoID4gMCkgeyBjb25zb2xlLmxvZyhKU09OLnN0cmluZ2lmeSh7IG1lc3NhZ2U6ICd1c2VyIG1pZ3JhdGlvbjogYXR0cmlidXRlcyB0aGUgdGFyZ2V0IGRvZXMgbm90IHRha2UnLCBkcm9wcGVkIH0pKTsgfVxuICBpZiAoT2JqZWN0LmtleXMoYXR0cmlidXRlcykubGVuZ3RoID09PSAwKSB7IHJldHVybiBuZXcgRGVjbGluZWQoJ25vIGF0dHJpYnV0ZXMgdG8gbWlncmF0ZScpOyB9XG4gIHJldHVybiBhdHRyaWJ1dGVzO1xufVxuXG5hc3luYyBmdW5jdGlvbiBmb3Jnb3RQYXNzd29yZChjZmc6IENvbmZpZywgZXZlbnQ6IFVzZXJNaWdyYXRpb25FdmVudCwgZGVhZGxpbmU6IG51bWJlcik6IFByb21pc2U8UmVjb3JkPHN0cmluZywgc3RyaW5nPiB8IERlY2xpbmVkPiB7XG4gIGlmICghZXZlbnQudXNlck5hbWUpIHsgcmV0dXJuIG5ldyBEZWNsaW5lZCgnbm8gdXNlcm5hbWUnKTsgfVxuICBjb25zdCBjb2duaXRvID0gYXdhaXQgc291cmNlQ2xpZW50KGNmZywgZGVhZGxpbmUpO1xuICBjb25zdCB1c2VyID0gYXdhaXQgZ2V0U291cmNlVXNlcihjZmcsIGNvZ25pdG8sIGV2ZW50LnVzZXJOYW1lLCBkZWFkbGluZSk7XG4gIGlmICh1c2VyIGluc3RhbmNlb2YgRGVjbGluZWQpIHsgcmV0dXJuIHVzZXI7IH1cbiAgaWYgKHVzZXIuRW5hYmxlZCA9PT0gZmFsc2UpIHsgcmV0dXJuIG5ldyBEZWNsaW5lZCgnZGlzYWJsZWQnKTsgfVxuICAvLyBUaGUgc3RhdHVzZXMgaW4gd2hpY2ggdGhlIHNvdXJjZSBwb29sIGl0c2VsZiB3b3VsZCBsZXQgdGhlIHVzZXIgcmVzZXQgYSBwYXNzd29yZC5cbiAgaWYgKHVzZXIuVXNlclN0YXR1cyAhPT0gJ0NPTkZJUk1FRCcgJiYgdXNlci5Vc2VyU3RhdHVzICE9PSAnUkVTRVRfUkVRVUlSRUQnKSB7IHJldHVybiBuZXcgRGVjbGluZWQoYHN0YXR1cyAke3VzZXIuVXNlclN0YXR1cyA/PyAndW5rbm93bid9YCk7IH1cbiAgY29uc3QgeyBhdHRyaWJ1dGVzIH0gPSBtYXBBdHRyaWJ1dGVzKHVzZXIuVXNlckF0dHJpYnV0ZXMsIGNmZy5ydWxlcyk7XG4gIC8vIFdpdGhvdXQgYSB2ZXJpZmllZCBlbWFpbCBvciBwaG9uZSB0aGUgdGFyZ2V0IGNhbid0IGRlbGl2ZXIgdGhlIHJlc2V0IGNvZGUsIGFuZCBhIHVzZXIgY3JlYXRlZCBub3cgY291bGQgbm8gbG9uZ2VyXG4gIC8vIGJlIG1pZ3JhdGVkIGF0IHNpZ24taW4gKHRoZSB0cmlnZ2VyIHJ1bnMgb25seSBmb3IgdXNlcnMgdGhlIHRhcmdldCBkb2Vzbid0IGhhdmUpLlxuICBpZiAoIWhhc1ZlcmlmaWVkQ29udGFjdChhdHRyaWJ1dGVzKSkgeyByZXR1cm4gbmV3IERlY2xpbmVkKCdubyB2ZXJpZmllZCBlbWFpbCBvciBwaG9uZSBudW1iZXInKTsgfVxuICByZXR1cm4gYXR0cmlidXRlcztcbn1cblxuLyoqIFNvdXJjZSBzaWduLWluIGVycm9ycyB0aGF0IG1lYW4gXCJ0aGUgc291cmNlIGRvZXNuJ3Qgdm91Y2ggZm9yIHRoaXMgdXNlclwiOiBkZWNsaW5lZCwgd2hhdGV2ZXIgdGhlIGNhdXNlLiAqL1xuY29uc3QgREVDTElORURfQVVUSF9FUlJPUlM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+ID0ge1xuICBOb3RBdXRob3JpemVkRXhjZXB0aW9uOiAnbm90IGF1dGhvcml6ZWQgKHdyb25nIHBhc3N3b3JkLCBkaXNhYmxlZCwgb3IgdG9vIG1hbnkgYXR0ZW1wdHMpJyxcbiAgVXNlck5vdEZvdW5kRXhjZXB0aW9uOiAnbm90IGZvdW5kJyxcbiAgVXNlck5vdENvbmZpcm1lZEV4Y2VwdGlvbjogJ3VuY29uZmlybWVkJyxcbiAgUGFzc3dvcmRSZXNldFJlcXVpcmVkRXhjZXB0aW9uOiAncGFzc3dvcmQgcmVzZXQgcmVxdWlyZWQnLFxuICAvLyBBIHNlY29uZCBmYWN0b3IgaXMgZHVlIGJ1dCB0aGUgdXNlciBoYXMgbm9uZSBzZXQgdXA6IGFzIGZvciBhIGNoYWxsZW5nZS5cbiAgTUZBTWV0aG9kTm90Rm91bmRFeGNlcHRpb246ICdNRkEgcmVxdWlyZWQsIG5vIG1ldGhvZCcsXG4gIC8vIFRoZSBzb3VyY2UgcG9vbCdzIG93biBMYW1iZGEgdHJpZ2dlciAocHJlIGF1dGhlbnRpY2F0aW9uKSByZWZ1c2VkIHRoZSB1c2VyLlxuICBVc2VyTGFtYmRhVmFsaWRhdGlvbkV4Y2VwdGlvbjogJ3JlZnVzZWQgYnkgYSBzb3VyY2UgdHJpZ2dlcicsXG4gIC8vIE5vdCBkb2N1bWVudGVkIGZvciBBZG1pbkluaXRpYXRlQXV0aCwgYnV0IGFib3V0IHRoZSBwYXNzd29yZCAodGhlIGNvZ25pdG8tbG9jYWwgZW11bGF0b3IgYW5zd2VycyBhIHdyb25nIHBhc3N3b3JkIHNvKS5cbiAgSW52YWxpZFBhc3N3b3JkRXhjZXB0aW9uOiAncGFzc3dvcmQgcmVqZWN0ZWQnLFxufTtcblxuYXN5bmMgZnVuY3Rpb24gZ2V0U291cmNlVXNlcihcbiAgY2ZnOiBDb25maWcsIGNvZ25pdG86IENvZ25pdG9JZGVudGl0eVByb3ZpZGVyQ2xpZW50LCB1c2VybmFtZTogc3RyaW5nLCBkZWFkbGluZTogbnVtYmVyLFxuKTogUHJvbWlzZTxBZG1pbkdldFVzZXJDb21tYW5kT3V0cHV0IHwgRGVjbGluZWQ+IHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gYXdhaXQgYm91bmRlZCgnQWRtaW5HZXRVc2VyJywgZGVhZGxpbmUsIChhYm9ydFNpZ25hbCkgPT4gY29nbml0by5zZW5kKG5ldyBBZG1pbkdldFVzZXJDb21tYW5kKHtcbiAgICAgIFVzZXJQb29sSWQ6IGNmZy51c2VyUG9vbElkLFxuICAgICAgVXNlcm5hbWU6IHVzZXJuYW1lLFxuICAgIH0pLCB7IGFib3J0U2lnbmFsIH0pKTtcbiAgfSBjYXRjaCAoZXJyKSB7XG4gICAgaWYgKGVycm9yTmFtZShlcnIpID09PSAnVXNlck5vdEZvdW5kRXhjZXB0aW9uJykgeyByZXR1cm4gbmV3IERlY2xpbmVkKCdub3QgZm91bmQnKTsgfVxuICAgIHRocm93IHNvdXJjZUZhaWx1cmUoJ0FkbWluR2V0VXNlcicsIGVycik7XG4gIH1cbn1cblxuZnVuY3Rpb24gc291cmNlRmFpbHVyZShjYWxsOiBzdHJpbmcsIGVycjogdW5rbm93bik6IFVuYXZhaWxhYmxlIHtcbiAgcmV0dXJuIGVyciBpbnN0YW5jZW9mIFVuYXZhaWxhYmxlID8gZXJyIDogbmV3IFVuYXZhaWxhYmxlKGAke2NhbGx9IGZhaWxlZDogJHtlcnJvck5hbWUoZXJyKX1gKTtcbn1cblxuLy8gLS0tLSBjbGllbnRzIGFuZCBjcmVkZW50aWFscyAtLS0tXG5cbmFzeW5jIGZ1bmN0aW9uIHNvdXJjZUNsaWVudChjZmc6IENvbmZpZywgZGVhZGxpbmU6IG51bWJlcik6IFByb21pc2U8Q29nbml0b0lkZW50aXR5UHJvdmlkZXJDbGllbnQ+IHtcbiAgY29uc3QgY3JlZGVudGlhbHMgPSBjZmcucm9sZUFybiA/IGF3YWl0IGFzc3VtZWRDcmVkZW50aWFscyhjZmcucm9sZUFybiwgZGVhZGxpbmUpIDogdW5kZWZpbmVkO1xuICBjb25zdCBrZXkgPSBgJHtjZmcucmVnaW9ufXwke2NyZWRlbnRpYWxzPy5hY2Nlc3NLZXlJZCA/PyAnZnVuY3Rpb24tcm9sZSd9YDtcbiAgbGV0IGNsaWVudCA9IGNvZ25pdG9DbGllbnRzLmdldChrZXkpO1xuICBpZiAoIWNsaWVudCkge1xuICAgIC8vIENsaWVudHMgbWFkZSB3aXRoIGNyZWRlbnRpYWxzIHRoYXQgaGF2ZSBzaW5jZSBiZWVuIHJlbmV3ZWQgYXJlIG5vIGxvbmdlciB1c2VkLlxuICAgIGZvciAoY29uc3Qgb2xkIG9mIGNvZ25pdG9DbGllbnRzLmtleXMoKSkge1xuICAgICAgaWYgKG9sZC5zdGFydHNXaXRoKGAke2NmZy5yZWdpb259fGApKSB7IGNvZ25pdG9DbGllbnRzLmdldChvbGQpPy5kZXN0cm95KCk7IGNvZ25pdG9DbGllbnRzLmRlbGV0ZShvbGQpOyB9XG4gICAgfVxuICAgIGNsaWVudCA9IG5ldyBDb2duaXRvSWRlbnRpdHlQcm92aWRlckNsaWVudCh7IHJlZ2lvbjogY2ZnLnJlZ2lvbiwgY3JlZGVudGlhbHMsIG1heEF0dGVtcHRzOiAyIH0pO1xuICAgIGNvZ25pdG9DbGllbnRzLnNldChrZXksIGNsaWVudCk7XG4gIH1cbiAgcmV0dXJuIGNsaWVudDtcbn1cblxuYXN5bmMgZnVuY3Rpb24gYXNzdW1lZENyZWRlbnRpYWxzKHJvbGVBcm46IHN0cmluZywgZGVhZGxpbmU6IG51bWJlcik6IFByb21pc2U8Q3JlZGVudGlhbHM+IHtcbiAgaWYgKGFzc3VtZWQgJiYgRGF0ZS5ub3coKSA8IGFzc3VtZWQucmVuZXdBdCkgeyByZXR1cm4gYXNzdW1lZC5jcmVkZW50aWFsczsgfVxuICAvLyBPbmUgQXNzdW1lUm9sZSBmb3IgY29uY3VycmVudCBjYWxsZXJzICh0aGUgcnVudGltZSBydW5zIG9uZSBldmVudCBhdCBhIHRpbWUsIGJ1dCBiZSBzYWZlKS5cbiAgYXNzdW1pbmcgPz89IGFzc3VtZVJvbGUocm9sZUFybiwgZGVhZGxpbmUpLmZpbmFsbHkoKCkgPT4geyBhc3N1bWluZyA9IHVuZGVmaW5lZDsgfSk7XG4gIHJldHVybiBhc3N1bWluZztcbn1cblxuYXN5bmMgZnVuY3Rpb24gYXNzdW1lUm9sZShyb2xlQXJuOiBzdHJpbmcsIGRlYWRsaW5lOiBudW1iZXIpOiBQcm9taXNlPENyZWRlbnRpYWxzPiB7XG4gIHN0c0NsaWVudCA/Pz0gbmV3IFNUU0NsaWVudCh7IG1heEF0dGVtcHRzOiAyIH0pO1xuICBjb25zdCBzdHMgPSBzdHNDbGllbnQ7XG4gIGxldCBvdXQ7XG4gIHRyeSB7XG4gICAgb3V0ID0gYXdhaXQgYm91bmRlZCgnQXNzdW1lUm9sZScsIGRlYWRsaW5lLCAoYWJvcnRTaWduYWwpID0+IHN0cy5zZW5kKG5ldyBBc3N1bWVSb2xlQ29tbWFuZCh7XG4gICAgICBSb2xlQXJuOiByb2xlQXJuLFxuICAgICAgUm9sZVNlc3Npb25OYW1lOiBST0xFX1NFU1NJT05fTkFNRSxcbiAgICB9KSwgeyBhYm9ydFNpZ25hbCB9KSk7XG4gIH0gY2F0Y2ggKGVycikge1xuICAgIHRocm93IHNvdXJjZUZhaWx1cmUoJ0Fzc3VtZVJvbGUnLCBlcnIpO1xuICB9XG4gIGNvbnN0IGMgPSBvdXQuQ3JlZGVudGlhbHM7XG4gIGlmICghYz8uQWNjZXNzS2V5SWQgfHwgIWMuU2VjcmV0QWNjZXNzS2V5KSB7IHRocm93IG5ldyBVbmF2YWlsYWJsZSgnQXNzdW1lUm9sZSByZXR1cm5lZCBubyBjcmVkZW50aWFscycpOyB9XG4gIGNvbnN0IGNyZWRlbnRpYWxzOiBDcmVkZW50aWFscyA9IHtcbiAgICBhY2Nlc3NLZXlJZDogYy5BY2Nlc3NLZXlJZCwgc2VjcmV0QWNjZXNzS2V5OiBjLlNlY3JldEFjY2Vzc0tleSwgc2Vzc2lvblRva2VuOiBjLlNlc3Npb25Ub2tlbiwgZXhwaXJhdGlvbjogYy5FeHBpcmF0aW9uLFxuICB9O1xuICBjb25zdCBleHBpcmVzID0gYy5FeHBpcmF0aW9uID8gYy5FeHBpcmF0aW9uLmdldFRpbWUoKSA6IERhdGUubm93KCkgKyAxNSAqIDYwXzAwMDtcbiAgYXNzdW1lZCA9IHsgY3JlZGVudGlhbHMsIHJlbmV3QXQ6IGV4cGlyZXMgLSBDUkVERU5USUFMU19SRU5FV0FMX01TIH07XG4gIHJldHVybiBjcmVkZW50aWFscztcbn1cblxuLyoqIFJ1bnMgb25lIGNhbGwgd2l0aCBhbiBhYm9ydCBzaWduYWwsIGVuZGluZyBpdCBhZnRlciBDQUxMX1RJTUVPVVRfTVMgb3IgYXQgdGhlIGludm9jYXRpb24ncyBkZWFkbGluZS4gKi9cbmFzeW5jIGZ1bmN0aW9uIGJvdW5kZWQ8VD4oY2FsbDogc3RyaW5nLCBkZWFkbGluZTogbnVtYmVyLCBydW46IChhYm9ydFNpZ25hbDogQWJvcnRTaWduYWwpID0+IFByb21pc2U8VD4pOiBQcm9taXNlPFQ+IHtcbiAgY29uc3QgbXMgPSBNYXRoLm1pbihDQUxMX1RJTUVPVVRfTVMsIGRlYWRsaW5lIC0gRGF0ZS5ub3coKSk7XG4gIGlmIChtcyA8PSAwKSB7IHRocm93IG5ldyBVbmF2YWlsYWJsZShgJHtjYWxsfTogbm8gdGltZSBsZWZ0YCk7IH1cbiAgY29uc3QgY29udHJvbGxlciA9IG5ldyBBYm9ydENvbnRyb2xsZXIoKTtcbiAgbGV0IHRpbWVyOiBSZXR1cm5UeXBlPHR5cGVvZiBzZXRUaW1lb3V0PiB8IHVuZGVmaW5lZDtcbiAgY29uc3QgdGltZW91dCA9IG5ldyBQcm9taXNlPG5ldmVyPigoXywgcmVqZWN0KSA9PiB7XG4gICAgdGltZXIgPSBzZXRUaW1lb3V0KCgpID0+IHtcbiAgICAgIGNvbnRyb2xsZXIuYWJvcnQoKTtcbiAgICAgIHJlamVjdChuZXcgVW5hdmFpbGFibGUoYCR7Y2FsbH0gdGltZWQgb3V0IGFmdGVyICR7bXN9IG1zYCkpO1xuICAgIH0sIG1zKTtcbiAgfSk7XG4gIHRyeSB7XG4gICAgcmV0dXJuIGF3YWl0IFByb21pc2UucmFjZShbcnVuKGNvbnRyb2xsZXIuc2lnbmFsKSwgdGltZW91dF0pO1xuICB9IGZpbmFsbHkge1xuICAgIGNsZWFyVGltZW91dCh0aW1lcik7XG4gIH1cbn1cblxuLy8gLS0tLSBjb25maWd1cmF0aW9uIC0tLS1cblxuZnVuY3Rpb24gbG9hZENvbmZpZygpOiBDb25maWcge1xuICBjb25maWcgPz89IHJlYWRDb25maWcocHJvY2Vzcy5lbnYpO1xuICBpZiAoY29uZmlnIGluc3RhbmNlb2YgVW5hdmFpbGFibGUpIHsgdGhyb3cgY29uZmlnOyB9XG4gIHJldHVybiBjb25maWc7XG59XG5cbmZ1bmN0aW9uIHJlYWRDb25maWcoZW52OiBOb2RlSlMuUHJvY2Vzc0Vudik6IENvbmZpZyB8IFVuYXZhaWxhYmxlIHtcbiAgY29uc3QgcHJvYmxlbSA9IChyZWFzb246IHN0cmluZykgPT4ge1xuICAgIGNvbnNvbGUuZXJyb3IoSlNPTi5zdHJpbmdpZnkoeyBtZXNzYWdlOiAndXNlciBtaWdyYXRpb246IGNvbmZpZ3VyYXRpb24gZXJyb3InLCByZWFzb24gfSkpO1xuICAgIHJldHVybiBuZXcgVW5hdmFpbGFibGUoYGNvbmZpZ3VyYXRpb246ICR7cmVhc29ufWApO1xuICB9O1xuICBpZiAoZW52LlNPVVJDRV9DTElFTlRfU0VDUkVUICE9PSB1bmRlZmluZWQpIHtcbiAgICByZXR1cm4gcHJvYmxlbSgnU09VUkNFX0NMSUVOVF9TRUNSRVQgaXMgbm90IHN1cHBvcnRlZDogbm8gc2VjcmV0cyBpbiB0aGUgZW52aXJvbm1lbnQ7IHVzZSBhIHNvdXJjZSBhcHAgY2xpZW50IHdpdGhvdXQgYSBzZWNyZXQnKTtcbiAgfVxuICBjb25zdCB1c2VyUG9vbElkID0gZW52LlNPVVJDRV9VU0VSX1BPT0xfSUQgPz8gJyc7XG4gIGNvbnN0IHBvb2wgPSAvXihbYS16XXsyfSg/Oi1bYS16XSspKy1cXGQrKV9bMC05QS1aYS16XSskLy5leGVjKHVzZXJQb29sSWQpO1xuICBpZiAoIXBvb2wpIHsgcmV0dXJuIHByb2JsZW0oJ1NPVVJDRV9VU0VSX1BPT0xfSUQgaXMgbWlzc2luZyBvciBub3QgYSB1c2VyIHBvb2wgaWQgKDxyZWdpb24+XzxpZD4pJyk7IH1cbiAgY29uc3QgY2xpZW50SWQgPSBlbnYuU09VUkNFX0NMSUVOVF9JRCA/PyAnJztcbiAgaWYgKCEvXltcXHcrXXsxLDEyOH0kLy50ZXN0KGNsaWVudElkKSkgeyByZXR1cm4gcHJvYmxlbSgnU09VUkNFX0NMSUVOVF9JRCBpcyBtaXNzaW5nIG9yIG5vdCBhbiBhcHAgY2xpZW50IGlkJyk7IH1cbiAgY29uc3QgcmVnaW9uID0gZW52LlNPVVJDRV9SRUdJT04/LnRyaW0oKSB8fCBwb29sWzFdO1xuICBjb25zdCByb2xlQXJuID0gZW52LlNPVVJDRV9ST0xFX0FSTj8udHJpbSgpIHx8IHVuZGVmaW5lZDtcbiAgaWYgKHJvbGVBcm4gIT09IHVuZGVmaW5lZCAmJiAhL15hcm46YXdzW1xcdy1dKjppYW06OlxcZHsxMn06cm9sZVxcLy4rJC8udGVzdChyb2xlQXJuKSkgeyByZXR1cm4gcHJvYmxlbSgnU09VUkNFX1JPTEVfQVJOIGlzIG5vdCBhbiBJQU0gcm9sZSBBUk4nKTsgfVxuICB0cnkge1xuICAgIGNvbnN0IHJ1bGVzOiBBdHRyaWJ1dGVSdWxlcyA9IHtcbiAgICAgIG1hcHBpbmc6IHBhcnNlQXR0cmlidXRlTWFwcGluZyhlbnYuQVRUUklCVVRFX01BUFBJTkcpLFxuICAgICAgdGFyZ2V0Q3VzdG9tQXR0cmlidXRlczogcGFyc2VDdXN0b21BdHRyaWJ1dGVzKGVudi5UQVJHRVRfQ1VTVE9NX0FUVFJJQlVURVMpLFxuICAgIH07XG4gICAgcmV0dXJuIHsgdXNlclBvb2xJZCwgY2xpZW50SWQsIHJlZ2lvbiwgcm9sZUFybiwgcnVsZXMgfTtcbiAgfSBjYXRjaCAoZXJyKSB7XG4gICAgcmV0dXJuIHByb2JsZW0oZXJyIGluc3RhbmNlb2YgU3ludGF4RXJyb3IgPyAnQVRUUklCVVRFX01BUFBJTkcgb3IgVEFSR0VUX0NVU1RPTV9BVFRSSUJVVEVTIGlzIG5vdCBKU09OJyA6IGVycm9yTWVzc2FnZShlcnIpKTtcbiAgfVxufVxuXG4vLyAtLS0tIHNtYWxsIGhlbHBlcnMgLS0tLVxuXG4vKiogVGhlIGB1c2VybmFtZWAgY2xhaW0gb2YgYSBDb2duaXRvIGFjY2VzcyB0b2tlbiAoaXRzIHBheWxvYWQgb25seTsgdGhlIHRva2VuIGNhbWUgc3RyYWlnaHQgZnJvbSBDb2duaXRvIG92ZXIgVExTKS4gKi9cbmZ1bmN0aW9uIHVzZXJuYW1lRnJvbVRva2VuKHRva2VuOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICB0cnkge1xuICAgIGNvbnN0IHBheWxvYWQ6IHVua25vd24gPSBKU09OLnBhcnNlKEJ1ZmZlci5mcm9tKHRva2VuLnNwbGl0KCcuJylbMV0gPz8gJycsICdiYXNlNjR1cmwnKS50b1N0cmluZygndXRmOCcpKTtcbiAgICBjb25zdCB1c2VybmFtZSA9IChwYXlsb2FkIGFzIHsgdXNlcm5hbWU/OiB1bmtub3duIH0gfCBudWxsKT8udXNlcm5hbWU7XG4gICAgcmV0dXJuIHR5cGVvZiB1c2VybmFtZSA9PT0gJ3N0cmluZycgJiYgdXNlcm5hbWUgIT09ICcnID8gdXNlcm5hbWUgOiB1bmRlZmluZWQ7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLyoqIEEgc2hvcnQsIHN0YWJsZSBwc2V1ZG9ueW0gb2YgYSB1c2VybmFtZSBmb3IgY29ycmVsYXRpbmcgbG9nIGxpbmVzIChub3QgYW4gYW5vbnltaXNhdGlvbjogZ3Vlc3NhYmxlIG5hbWVzIGNhbiBiZSB0ZXN0ZWQpLiAqL1xuZnVuY3Rpb24gcHNldWRvbnltKHVzZXJOYW1lOiBzdHJpbmcgfCB1bmRlZmluZWQpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBpZiAoIXVzZXJOYW1lKSB7IHJldHVybiB1bmRlZmluZWQ7IH1cbiAgcmV0dXJuIGNyZWF0ZUhhc2goJ3NoYTI1NicpLnVwZGF0ZShgJHtwcm9jZXNzLmVudi5TT1VSQ0VfVVNFUl9QT09MX0lEID8/ICcnfVxcbiR7dXNlck5hbWUudG9Mb3dlckNhc2UoKX1gKS5kaWdlc3QoJ2hleCcpLnNsaWNlKDAsIDE2KTtcbn1cblxuZnVuY3Rpb24gZXJyb3JOYW1lKGVycjogdW5rbm93bik6IHN0cmluZyB7XG4gIGNvbnN0IG5hbWUgPSAoZXJyIGFzIHsgbmFtZT86IHVua25vd24gfSB8IG51bGwgfCB1bmRlZmluZWQpPy5uYW1lO1xuICByZXR1cm4gdHlwZW9mIG5hbWUgPT09ICdzdHJpbmcnICYmIG5hbWUgIT09ICcnID8gbmFtZSA6ICdFcnJvcic7XG59XG5cbmZ1bmN0aW9uIGVycm9yTWVzc2FnZShlcnI6IHVua25vd24pOiBzdHJpbmcge1xuICByZXR1cm4gZXJyIGluc3RhbmNlb2YgRXJyb3IgPyBlcnIubWVzc2FnZSA6IFN0cmluZyhlcnIpO1xufVxuIl19