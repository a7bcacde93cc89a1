"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.handler = void 0;
exports.makeHandler = makeHandler;
exports.physicalId = physicalId;
/**
 * Custom resource handler: sets ONE Lambda trigger on an existing Cognito user pool and leaves everything else as
 * it was. Cognito has no "add a trigger" call, and UpdateUserPool resets every setting it isn't given, so each change
 * reads the pool (DescribeUserPool), changes its own trigger in LambdaConfig and writes every other setting back
 * (UpdateUserPool, request built by fields.ts).
 *
 * Deployed as the code of aws-cdk-lib's CustomResourceProvider: its entrypoint calls `handler(event)` and answers
 * CloudFormation (a thrown Error becomes FAILED with its message). This directory is the Lambda asset, so it loads
 * only the AWS SDK (provided by the Node.js Lambda runtime) and Node.
 *
 * ResourceProperties (strings):
 * - UserPoolId
 * - Operation     the LambdaConfig key: PreSignUp, CustomMessage, PostConfirmation, PreAuthentication,
 *                 PostAuthentication, DefineAuthChallenge, CreateAuthChallenge, VerifyAuthChallengeResponse,
 *                 UserMigration, PreTokenGeneration (legacy, V1_0 events), PreTokenGenerationConfig,
 *                 CustomEmailSender, CustomSMSSender or InboundFederation
 * - LambdaArn
 * - LambdaVersion optional, for the four versioned triggers (default V1_0)
 * - KmsKeyArn     optional, for the custom senders: becomes LambdaConfig.KMSKeyID
 *
 * Ownership: the resource owns a trigger slot while the slot invokes its LambdaArn. It never replaces another
 * function (Create fails instead) and never removes one (Delete is then a no-op).
 */
// The Node.js Lambda runtime provides the AWS SDK, so the package lists it only as a development dependency.
// eslint-disable-next-line import/no-extraneous-dependencies
const client_cognito_identity_provider_1 = require("@aws-sdk/client-cognito-identity-provider");
const fields_1 = require("./fields");
/** Triggers configured as a bare function ARN. */
const PLAIN_TRIGGERS = [
    'PreSignUp', 'CustomMessage', 'PostConfirmation', 'PreAuthentication', 'PostAuthentication',
    'DefineAuthChallenge', 'CreateAuthChallenge', 'VerifyAuthChallengeResponse', 'UserMigration', 'PreTokenGeneration',
];
/** Triggers configured as `{ LambdaArn, LambdaVersion }`. */
const VERSIONED_TRIGGERS = ['PreTokenGenerationConfig', 'CustomEmailSender', 'CustomSMSSender', 'InboundFederation'];
const CUSTOM_SENDERS = ['CustomEmailSender', 'CustomSMSSender'];
const OPERATIONS = [...PLAIN_TRIGGERS, ...VERSIONED_TRIGGERS];
/** Errors worth another try; anything else fails at once with the service's message. */
const RETRYABLE = new Set([
    'TooManyRequestsException', 'ConcurrentModificationException', 'InternalErrorException',
    'ThrottlingException', 'ServiceUnavailableException',
]);
const MAX_ATTEMPTS = 5;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 8_000;
/** A handler with its dependencies; `handler`, at the end of this file, is the one the Lambda function runs. */
function makeHandler(options = {}) {
    const client = options.client ?? new client_cognito_identity_provider_1.CognitoIdentityProviderClient({});
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const pools = new PoolAccess(client, sleep, options.runtimeMembers);
    return async (event) => {
        if (event.RequestType === 'Delete') {
            let props;
            try {
                props = parseProps(event.ResourceProperties, 'ResourceProperties');
            }
            catch (error) {
                // Properties that never validated never set a trigger: nothing to remove.
                log(event.RequestType, '(unknown)', `nothing to remove: ${error.message}`);
                return { PhysicalResourceId: event.PhysicalResourceId };
            }
            log(event.RequestType, props.UserPoolId, props.Operation);
            await removeTrigger(pools, props);
            return { PhysicalResourceId: event.PhysicalResourceId };
        }
        const props = parseProps(event.ResourceProperties, 'ResourceProperties');
        log(event.RequestType, props.UserPoolId, props.Operation);
        if (event.RequestType === 'Create') {
            await setTrigger(pools, props);
            return { PhysicalResourceId: physicalId(props) };
        }
        const old = parseProps(event.OldResourceProperties ?? {}, 'OldResourceProperties');
        await setTrigger(pools, props, old);
        // Same slot: setTrigger moved it from the old function (or version, or key). Else the old slot is freed.
        if (!sameSlot(old, props))
            await removeTrigger(pools, old);
        return { PhysicalResourceId: physicalId(props) };
    };
}
/**
 * `${UserPoolId}/${Operation}`, except that both pre token generation keys name one slot: switching between them
 * keeps the id, so CloudFormation sends no DELETE for the old one (which would remove the trigger just moved).
 */
function physicalId(props) {
    return `${props.UserPoolId}/${slotOf(props.Operation)}`;
}
/**
 * Points the slot at this resource's function. Fails if another function holds it, except, on UPDATE, the
 * `previous` function of the same slot (that is a move).
 */
async function setTrigger(pools, props, previous) {
    await pools.change(props.UserPoolId, (lambdaConfig) => {
        const current = ownerOf(lambdaConfig, props.Operation);
        const replacing = previous && sameSlot(previous, props) ? previous.LambdaArn : undefined;
        if (current !== undefined && current !== props.LambdaArn && current !== replacing) {
            throw new Error(`User pool ${props.UserPoolId} already has a ${props.Operation} trigger, ${current}, that this `
                + `resource does not manage (its function is ${props.LambdaArn}). Refusing to replace another owner's trigger: `
                + 'remove it from the pool first, or manage it here.');
        }
        if (CUSTOM_SENDERS.includes(props.Operation))
            setSenderKey(lambdaConfig, props, previous);
        if (VERSIONED_TRIGGERS.includes(props.Operation)) {
            lambdaConfig[props.Operation] = { LambdaArn: props.LambdaArn, LambdaVersion: props.LambdaVersion ?? 'V1_0' };
        }
        else {
            lambdaConfig[props.Operation] = props.LambdaArn;
        }
        // PreTokenGeneration and PreTokenGenerationConfig.LambdaArn "have the same value" (SDK reference): write the
        // config and its legacy twin together, or the legacy key alone (legacy means V1_0 events).
        if (props.Operation === 'PreTokenGenerationConfig')
            lambdaConfig.PreTokenGeneration = props.LambdaArn;
        if (props.Operation === 'PreTokenGeneration')
            delete lambdaConfig.PreTokenGenerationConfig;
    });
}
/** Removes the slot if it still invokes this resource's function; a missing pool or a slot held by another is a no-op. */
async function removeTrigger(pools, props) {
    await pools.change(props.UserPoolId, (lambdaConfig) => {
        if (ownerOf(lambdaConfig, props.Operation) !== props.LambdaArn) {
            log('Remove', props.UserPoolId, `${props.Operation} does not invoke this resource's function: nothing to remove`);
            return;
        }
        if (slotOf(props.Operation) === 'PreTokenGenerationConfig') {
            delete lambdaConfig.PreTokenGeneration;
            delete lambdaConfig.PreTokenGenerationConfig;
        }
        else {
            delete lambdaConfig[props.Operation];
        }
        // KMSKeyID only serves custom senders: it goes with the last of them.
        if (CUSTOM_SENDERS.includes(props.Operation) && !CUSTOM_SENDERS.some((sender) => lambdaConfig[sender] !== undefined)) {
            delete lambdaConfig.KMSKeyID;
        }
    }, { missingPoolIsDone: true });
}
/**
 * Custom senders need LambdaConfig.KMSKeyID. A new key is set unless the pool's other custom sender belongs to
 * another function (not this resource's, nor its `previous` one): it decrypts with the current key.
 */
function setSenderKey(lambdaConfig, props, previous) {
    const current = lambdaConfig.KMSKeyID;
    if (props.KmsKeyArn === undefined) {
        if (current === undefined) {
            throw new Error(`User pool ${props.UserPoolId} has no KMSKeyID, which a ${props.Operation} trigger needs: pass KmsKeyArn.`);
        }
        return;
    }
    if (current === props.KmsKeyArn)
        return;
    const other = CUSTOM_SENDERS.find((sender) => sender !== props.Operation && lambdaConfig[sender] !== undefined);
    const otherOwner = other && ownerOf(lambdaConfig, other);
    const ours = otherOwner === props.LambdaArn
        || (previous?.UserPoolId === props.UserPoolId && previous.Operation === other && previous.LambdaArn === otherOwner);
    if (other && !ours) {
        throw new Error(`User pool ${props.UserPoolId} encrypts for its ${other} trigger (${String(otherOwner)}) with `
            + `KMSKeyID ${String(current)}; setting ${props.KmsKeyArn} for ${props.Operation} would break that trigger.`);
    }
    lambdaConfig.KMSKeyID = props.KmsKeyArn;
}
/** The function a slot invokes, if any. */
function ownerOf(lambdaConfig, operation) {
    if (slotOf(operation) === 'PreTokenGenerationConfig') {
        const config = (0, fields_1.asObject)(lambdaConfig.PreTokenGenerationConfig);
        return asString(config?.LambdaArn) ?? asString(lambdaConfig.PreTokenGeneration);
    }
    const value = lambdaConfig[operation];
    return asString(value) ?? asString((0, fields_1.asObject)(value)?.LambdaArn);
}
function sameSlot(a, b) {
    return a.UserPoolId === b.UserPoolId && slotOf(a.Operation) === slotOf(b.Operation);
}
/** The slot an operation configures: both pre token generation keys are one trigger. */
function slotOf(operation) {
    return operation === 'PreTokenGeneration' ? 'PreTokenGenerationConfig' : operation;
}
function parseProps(raw, where) {
    const text = (name, required) => {
        const value = raw[name];
        if (value === undefined || value === '') {
            if (required)
                throw new Error(`${where}.${name} is required`);
            return undefined;
        }
        if (typeof value !== 'string')
            throw new Error(`${where}.${name} must be a string, got ${typeof value}`);
        return value;
    };
    const props = {
        UserPoolId: text('UserPoolId', true),
        Operation: text('Operation', true),
        LambdaArn: text('LambdaArn', true),
        LambdaVersion: text('LambdaVersion', false),
        KmsKeyArn: text('KmsKeyArn', false),
    };
    if (!OPERATIONS.includes(props.Operation)) {
        throw new Error(`${where}.Operation ${props.Operation} is not a trigger this handler sets (${OPERATIONS.join(', ')})`);
    }
    if (props.LambdaVersion !== undefined && !VERSIONED_TRIGGERS.includes(props.Operation)) {
        throw new Error(`${where}.LambdaVersion applies only to ${VERSIONED_TRIGGERS.join(', ')}, not ${props.Operation}`);
    }
    if (props.KmsKeyArn !== undefined && !CUSTOM_SENDERS.includes(props.Operation)) {
        throw new Error(`${where}.KmsKeyArn applies only to ${CUSTOM_SENDERS.join(', ')}, not ${props.Operation}`);
    }
    return props;
}
/** Reads and writes user pools, retrying a whole read-change-write on throttling and concurrent changes. */
class PoolAccess {
    client;
    sleep;
    runtimeMembers;
    constructor(client, sleep, runtimeMembers) {
        this.client = client;
        this.sleep = sleep;
        this.runtimeMembers = runtimeMembers;
    }
    /**
     * Reads the pool, lets `edit` change a copy of its LambdaConfig, and writes the pool back with every other setting
     * as read; when `edit` changed nothing, nothing is written. A retry starts again from the read, so it sees what
     * changed meanwhile.
     */
    async change(userPoolId, edit, options = {}) {
        for (let attempt = 1;; attempt++) {
            try {
                const pool = await this.call('DescribeUserPool', userPoolId, () => this.describe(userPoolId));
                const request = (0, fields_1.updateRequestFor)(pool, this.runtimeMembers);
                const lambdaConfig = (0, fields_1.asObject)(request.LambdaConfig) ?? {};
                const before = canonicalJson(lambdaConfig);
                edit(lambdaConfig);
                if (canonicalJson(lambdaConfig) === before) {
                    log('Unchanged', userPoolId, 'the triggers are already as wanted: nothing to write');
                    return;
                }
                request.UserPoolId = userPoolId;
                request.LambdaConfig = lambdaConfig;
                await this.call('UpdateUserPool', userPoolId, () => this.update(request));
                return;
            }
            catch (error) {
                if (error instanceof CognitoCallError && error.serviceError === 'ResourceNotFoundException' && options.missingPoolIsDone) {
                    log('Remove', userPoolId, 'the user pool no longer exists: nothing to remove');
                    return;
                }
                if (!(error instanceof CognitoCallError) || !error.retryable || attempt >= MAX_ATTEMPTS)
                    throw error;
                const delay = Math.min(FIRST_DELAY_MS * 2 ** (attempt - 1), MAX_DELAY_MS);
                log('Retry', userPoolId, `${error.serviceError} (attempt ${attempt} of ${MAX_ATTEMPTS}), again in ${delay} ms`);
                await this.sleep(delay);
            }
        }
    }
    /**
     * DescribeUserPool's `UserPool` as the service sent it. The SDK's deserializer keeps only members its model knows,
     * so the raw JSON body is kept as well: a setting newer than the SDK of the Lambda runtime still gets written back.
     */
    async describe(userPoolId) {
        const command = new client_cognito_identity_provider_1.DescribeUserPoolCommand({ UserPoolId: userPoolId });
        let raw;
        // Last in the deserialize step: inside the SDK's deserializer, so it sees the response before the deserializer.
        command.middlewareStack.add(rawResponseReader((body) => { raw = body; }), {
            step: 'deserialize', priority: 'low', name: 'userPoolTriggerRawResponse',
        });
        const output = await this.client.send(command);
        const pool = (0, fields_1.asObject)(raw?.UserPool) ?? (0, fields_1.asObject)(output.UserPool);
        if (!pool)
            throw new Error(`DescribeUserPool returned no user pool for ${userPoolId}`);
        return pool;
    }
    /** UpdateUserPool with `request` as the JSON body, members the runtime's SDK doesn't know included. */
    async update(request) {
        const command = new client_cognito_identity_provider_1.UpdateUserPoolCommand(request);
        command.middlewareStack.add(jsonBodyWriter(request), { step: 'build', name: 'userPoolTriggerJsonBody' });
        await this.client.send(command);
    }
    async call(operation, userPoolId, fn) {
        try {
            return await fn();
        }
        catch (error) {
            throw new CognitoCallError(operation, userPoolId, error);
        }
    }
}
/** A failed Cognito call: the message names the call, the pool and the service's own message. */
class CognitoCallError extends Error {
    serviceError;
    retryable;
    constructor(operation, userPoolId, cause) {
        const name = cause instanceof Error ? cause.name : 'Error';
        const status = cause.$metadata?.httpStatusCode;
        super(`${operation} failed for user pool ${userPoolId}: ${name}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
        this.name = 'CognitoCallError';
        this.serviceError = name;
        this.retryable = RETRYABLE.has(name) || (status !== undefined && status >= 500);
    }
}
/**
 * Runs between the HTTP response and the SDK's deserializer: reads a successful JSON body, hands it to `onBody`
 * and gives the deserializer the same bytes.
 */
function rawResponseReader(onBody) {
    return (next) => async (args) => {
        const result = await next(args);
        const response = result.response;
        if ((response.statusCode ?? 0) >= 300)
            return result;
        const bytes = await readAll(response.body);
        if (bytes === undefined)
            return result;
        response.body = bytes;
        try {
            const parsed = (0, fields_1.asObject)(JSON.parse(Buffer.from(bytes).toString('utf8')));
            if (parsed)
                onBody(parsed);
        }
        catch {
            // Not JSON: the SDK's deserializer reports it.
        }
        return result;
    };
}
/** Replaces the serialized body with `body` as JSON (the SDK's serializer drops members its model doesn't know). */
function jsonBodyWriter(body) {
    return (next) => async (args) => {
        const json = JSON.stringify(body);
        args.request.body = json;
        if (args.request.headers)
            args.request.headers['content-length'] = String(Buffer.byteLength(json));
        return next(args);
    };
}
/** The whole of a response body, or undefined for a body this can't read (left to the SDK). */
async function readAll(body) {
    if (body instanceof Uint8Array)
        return body;
    if (typeof body === 'string')
        return Buffer.from(body);
    if (body && typeof body[Symbol.asyncIterator] === 'function') {
        const chunks = [];
        for await (const chunk of body)
            chunks.push(Buffer.from(chunk));
        return Buffer.concat(chunks);
    }
    return undefined;
}
/** JSON with object keys sorted, to compare values whatever order their keys came in. */
function canonicalJson(value) {
    return JSON.stringify(value, (_key, member) => {
        const object = (0, fields_1.asObject)(member);
        return object ? Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : member;
    });
}
function asString(value) {
    return typeof value === 'string' ? value : undefined;
}
/** One line per step: the request type (or step), the pool and what happened; never a pool's settings. */
function log(step, userPoolId, detail) {
    console.log(JSON.stringify({ step, userPoolId, detail }));
}
/** What the Lambda function runs (last: makeHandler needs the class above). */
exports.handler = makeHandler();
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiaW5kZXguanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi9zcmMvaGFuZGxlcnMvdXNlci1wb29sLXRyaWdnZXIvaW5kZXgudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7O0FBbUZBLGtDQWlDQztBQU1ELGdDQUVDO0FBNUhEOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0dBc0JHO0FBQ0gsNkdBQTZHO0FBQzdHLDZEQUE2RDtBQUM3RCxnR0FLbUQ7QUFDbkQscUNBQWlFO0FBRWpFLGtEQUFrRDtBQUNsRCxNQUFNLGNBQWMsR0FBc0I7SUFDeEMsV0FBVyxFQUFFLGVBQWUsRUFBRSxrQkFBa0IsRUFBRSxtQkFBbUIsRUFBRSxvQkFBb0I7SUFDM0YscUJBQXFCLEVBQUUscUJBQXFCLEVBQUUsNkJBQTZCLEVBQUUsZUFBZSxFQUFFLG9CQUFvQjtDQUNuSCxDQUFDO0FBQ0YsNkRBQTZEO0FBQzdELE1BQU0sa0JBQWtCLEdBQXNCLENBQUMsMEJBQTBCLEVBQUUsbUJBQW1CLEVBQUUsaUJBQWlCLEVBQUUsbUJBQW1CLENBQUMsQ0FBQztBQUN4SSxNQUFNLGNBQWMsR0FBc0IsQ0FBQyxtQkFBbUIsRUFBRSxpQkFBaUIsQ0FBQyxDQUFDO0FBQ25GLE1BQU0sVUFBVSxHQUFzQixDQUFDLEdBQUcsY0FBYyxFQUFFLEdBQUcsa0JBQWtCLENBQUMsQ0FBQztBQUVqRix3RkFBd0Y7QUFDeEYsTUFBTSxTQUFTLEdBQUcsSUFBSSxHQUFHLENBQUM7SUFDeEIsMEJBQTBCLEVBQUUsaUNBQWlDLEVBQUUsd0JBQXdCO0lBQ3ZGLHFCQUFxQixFQUFFLDZCQUE2QjtDQUNyRCxDQUFDLENBQUM7QUFDSCxNQUFNLFlBQVksR0FBRyxDQUFDLENBQUM7QUFDdkIsTUFBTSxjQUFjLEdBQUcsS0FBSyxDQUFDO0FBQzdCLE1BQU0sWUFBWSxHQUFHLEtBQUssQ0FBQztBQWdDM0IsZ0hBQWdIO0FBQ2hILFNBQWdCLFdBQVcsQ0FBQyxVQUEwQixFQUFFO0lBQ3RELE1BQU0sTUFBTSxHQUFHLE9BQU8sQ0FBQyxNQUFNLElBQUksSUFBSSxnRUFBNkIsQ0FBQyxFQUFFLENBQUMsQ0FBQztJQUN2RSxNQUFNLEtBQUssR0FBRyxPQUFPLENBQUMsS0FBSyxJQUFJLENBQUMsQ0FBQyxFQUFVLEVBQUUsRUFBRSxDQUFDLElBQUksT0FBTyxDQUFPLENBQUMsT0FBTyxFQUFFLEVBQUUsQ0FBQyxVQUFVLENBQUMsT0FBTyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUN6RyxNQUFNLEtBQUssR0FBRyxJQUFJLFVBQVUsQ0FBQyxNQUFNLEVBQUUsS0FBSyxFQUFFLE9BQU8sQ0FBQyxjQUFjLENBQUMsQ0FBQztJQUVwRSxPQUFPLEtBQUssRUFBRSxLQUFLLEVBQUUsRUFBRTtRQUNyQixJQUFJLEtBQUssQ0FBQyxXQUFXLEtBQUssUUFBUSxFQUFFLENBQUM7WUFDbkMsSUFBSSxLQUFtQixDQUFDO1lBQ3hCLElBQUksQ0FBQztnQkFDSCxLQUFLLEdBQUcsVUFBVSxDQUFDLEtBQUssQ0FBQyxrQkFBa0IsRUFBRSxvQkFBb0IsQ0FBQyxDQUFDO1lBQ3JFLENBQUM7WUFBQyxPQUFPLEtBQUssRUFBRSxDQUFDO2dCQUNmLDBFQUEwRTtnQkFDMUUsR0FBRyxDQUFDLEtBQUssQ0FBQyxXQUFXLEVBQUUsV0FBVyxFQUFFLHNCQUF1QixLQUFlLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQztnQkFDdEYsT0FBTyxFQUFFLGtCQUFrQixFQUFFLEtBQUssQ0FBQyxrQkFBa0IsRUFBRSxDQUFDO1lBQzFELENBQUM7WUFDRCxHQUFHLENBQUMsS0FBSyxDQUFDLFdBQVcsRUFBRSxLQUFLLENBQUMsVUFBVSxFQUFFLEtBQUssQ0FBQyxTQUFTLENBQUMsQ0FBQztZQUMxRCxNQUFNLGFBQWEsQ0FBQyxLQUFLLEVBQUUsS0FBSyxDQUFDLENBQUM7WUFDbEMsT0FBTyxFQUFFLGtCQUFrQixFQUFFLEtBQUssQ0FBQyxrQkFBa0IsRUFBRSxDQUFDO1FBQzFELENBQUM7UUFFRCxNQUFNLEtBQUssR0FBRyxVQUFVLENBQUMsS0FBSyxDQUFDLGtCQUFrQixFQUFFLG9CQUFvQixDQUFDLENBQUM7UUFDekUsR0FBRyxDQUFDLEtBQUssQ0FBQyxXQUFXLEVBQUUsS0FBSyxDQUFDLFVBQVUsRUFBRSxLQUFLLENBQUMsU0FBUyxDQUFDLENBQUM7UUFDMUQsSUFBSSxLQUFLLENBQUMsV0FBVyxLQUFLLFFBQVEsRUFBRSxDQUFDO1lBQ25DLE1BQU0sVUFBVSxDQUFDLEtBQUssRUFBRSxLQUFLLENBQUMsQ0FBQztZQUMvQixPQUFPLEVBQUUsa0JBQWtCLEVBQUUsVUFBVSxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUM7UUFDbkQsQ0FBQztRQUVELE1BQU0sR0FBRyxHQUFHLFVBQVUsQ0FBQyxLQUFLLENBQUMscUJBQXFCLElBQUksRUFBRSxFQUFFLHVCQUF1QixDQUFDLENBQUM7UUFDbkYsTUFBTSxVQUFVLENBQUMsS0FBSyxFQUFFLEtBQUssRUFBRSxHQUFHLENBQUMsQ0FBQztRQUNwQyx5R0FBeUc7UUFDekcsSUFBSSxDQUFDLFFBQVEsQ0FBQyxHQUFHLEVBQUUsS0FBSyxDQUFDO1lBQUUsTUFBTSxhQUFhLENBQUMsS0FBSyxFQUFFLEdBQUcsQ0FBQyxDQUFDO1FBQzNELE9BQU8sRUFBRSxrQkFBa0IsRUFBRSxVQUFVLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQztJQUNuRCxDQUFDLENBQUM7QUFDSixDQUFDO0FBRUQ7OztHQUdHO0FBQ0gsU0FBZ0IsVUFBVSxDQUFDLEtBQW1CO0lBQzVDLE9BQU8sR0FBRyxLQUFLLENBQUMsVUFBVSxJQUFJLE1BQU0sQ0FBQyxLQUFLLENBQUMsU0FBUyxDQUFDLEVBQUUsQ0FBQztBQUMxRCxDQUFDO0FBRUQ7OztHQUdHO0FBQ0gsS0FBSyxVQUFVLFVBQVUsQ0FBQyxLQUFpQixFQUFFLEtBQW1CLEVBQUUsUUFBdUI7SUFDdkYsTUFBTSxLQUFLLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQyxVQUFVLEVBQUUsQ0FBQyxZQUFZLEVBQUUsRUFBRTtRQUNwRCxNQUFNLE9BQU8sR0FBRyxPQUFPLENBQUMsWUFBWSxFQUFFLEtBQUssQ0FBQyxTQUFTLENBQUMsQ0FBQztRQUN2RCxNQUFNLFNBQVMsR0FBRyxRQUFRLElBQUksUUFBUSxDQUFDLFFBQVEsRUFBRSxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO1FBQ3pGLElBQUksT0FBTyxLQUFLLFNBQVMsSUFBSSxPQUFPLEtBQUssS0FBSyxDQUFDLFNBQVMsSUFBSSxPQUFPLEtBQUssU0FBUyxFQUFFLENBQUM7WUFDbEYsTUFBTSxJQUFJLEtBQUssQ0FBQyxhQUFhLEtBQUssQ0FBQyxVQUFVLGtCQUFrQixLQUFLLENBQUMsU0FBUyxhQUFhLE9BQU8sY0FBYztrQkFDNUcsNkNBQTZDLEtBQUssQ0FBQyxTQUFTLGtEQUFrRDtrQkFDOUcsbURBQW1ELENBQUMsQ0FBQztRQUMzRCxDQUFDO1FBQ0QsSUFBSSxjQUFjLENBQUMsUUFBUSxDQUFDLEtBQUssQ0FBQyxTQUFTLENBQUM7WUFBRSxZQUFZLENBQUMsWUFBWSxFQUFFLEtBQUssRUFBRSxRQUFRLENBQUMsQ0FBQztRQUUxRixJQUFJLGtCQUFrQixDQUFDLFFBQVEsQ0FBQyxLQUFLLENBQUMsU0FBUyxDQUFDLEVBQUUsQ0FBQztZQUNqRCxZQUFZLENBQUMsS0FBSyxDQUFDLFNBQVMsQ0FBQyxHQUFHLEVBQUUsU0FBUyxFQUFFLEtBQUssQ0FBQyxTQUFTLEVBQUUsYUFBYSxFQUFFLEtBQUssQ0FBQyxhQUFhLElBQUksTUFBTSxFQUFFLENBQUM7UUFDL0csQ0FBQzthQUFNLENBQUM7WUFDTixZQUFZLENBQUMsS0FBSyxDQUFDLFNBQVMsQ0FBQyxHQUFHLEtBQUssQ0FBQyxTQUFTLENBQUM7UUFDbEQsQ0FBQztRQUNELDZHQUE2RztRQUM3RywyRkFBMkY7UUFDM0YsSUFBSSxLQUFLLENBQUMsU0FBUyxLQUFLLDBCQUEwQjtZQUFFLFlBQVksQ0FBQyxrQkFBa0IsR0FBRyxLQUFLLENBQUMsU0FBUyxDQUFDO1FBQ3RHLElBQUksS0FBSyxDQUFDLFNBQVMsS0FBSyxvQkFBb0I7WUFBRSxPQUFPLFlBQVksQ0FBQyx3QkFBd0IsQ0FBQztJQUM3RixDQUFDLENBQUMsQ0FBQztBQUNMLENBQUM7QUFFRCwwSEFBMEg7QUFDMUgsS0FBSyxVQUFVLGFBQWEsQ0FBQyxLQUFpQixFQUFFLEtBQW1CO0lBQ2pFLE1BQU0sS0FBSyxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUMsVUFBVSxFQUFFLENBQUMsWUFBWSxFQUFFLEVBQUU7UUFDcEQsSUFBSSxPQUFPLENBQUMsWUFBWSxFQUFFLEtBQUssQ0FBQyxTQUFTLENBQUMsS0FBSyxLQUFLLENBQUMsU0FBUyxFQUFFLENBQUM7WUFDL0QsR0FBRyxDQUFDLFFBQVEsRUFBRSxLQUFLLENBQUMsVUFBVSxFQUFFLEdBQUcsS0FBSyxDQUFDLFNBQVMsOERBQThELENBQUMsQ0FBQztZQUNsSCxPQUFPO1FBQ1QsQ0FBQztRQUNELElBQUksTUFBTSxDQUFDLEtBQUssQ0FBQyxTQUFTLENBQUMsS0FBSywwQkFBMEIsRUFBRSxDQUFDO1lBQzNELE9BQU8sWUFBWSxDQUFDLGtCQUFrQixDQUFDO1lBQ3ZDLE9BQU8sWUFBWSxDQUFDLHdCQUF3QixDQUFDO1FBQy9DLENBQUM7YUFBTSxDQUFDO1lBQ04sT0FBTyxZQUFZLENBQUMsS0FBSyxDQUFDLFNBQVMsQ0FBQyxDQUFDO1FBQ3ZDLENBQUM7UUFDRCxzRUFBc0U7UUFDdEUsSUFBSSxjQUFjLENBQUMsUUFBUSxDQUFDLEtBQUssQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLGNBQWMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxNQUFNLEVBQUUsRUFBRSxDQUFDLFlBQVksQ0FBQyxNQUFNLENBQUMsS0FBSyxTQUFTLENBQUMsRUFBRSxDQUFDO1lBQ3JILE9BQU8sWUFBWSxDQUFDLFFBQVEsQ0FBQztRQUMvQixDQUFDO0lBQ0gsQ0FBQyxFQUFFLEVBQUUsaUJBQWlCLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQztBQUNsQyxDQUFDO0FBRUQ7OztHQUdHO0FBQ0gsU0FBUyxZQUFZLENBQUMsWUFBa0IsRUFBRSxLQUFtQixFQUFFLFFBQXVCO0lBQ3BGLE1BQU0sT0FBTyxHQUFHLFlBQVksQ0FBQyxRQUFRLENBQUM7SUFDdEMsSUFBSSxLQUFLLENBQUMsU0FBUyxLQUFLLFNBQVMsRUFBRSxDQUFDO1FBQ2xDLElBQUksT0FBTyxLQUFLLFNBQVMsRUFBRSxDQUFDO1lBQzFCLE1BQU0sSUFBSSxLQUFLLENBQUMsYUFBYSxLQUFLLENBQUMsVUFBVSw2QkFBNkIsS0FBSyxDQUFDLFNBQVMsaUNBQWlDLENBQUMsQ0FBQztRQUM5SCxDQUFDO1FBQ0QsT0FBTztJQUNULENBQUM7SUFDRCxJQUFJLE9BQU8sS0FBSyxLQUFLLENBQUMsU0FBUztRQUFFLE9BQU87SUFDeEMsTUFBTSxLQUFLLEdBQUcsY0FBYyxDQUFDLElBQUksQ0FBQyxDQUFDLE1BQU0sRUFBRSxFQUFFLENBQUMsTUFBTSxLQUFLLEtBQUssQ0FBQyxTQUFTLElBQUksWUFBWSxDQUFDLE1BQU0sQ0FBQyxLQUFLLFNBQVMsQ0FBQyxDQUFDO0lBQ2hILE1BQU0sVUFBVSxHQUFHLEtBQUssSUFBSSxPQUFPLENBQUMsWUFBWSxFQUFFLEtBQUssQ0FBQyxDQUFDO0lBQ3pELE1BQU0sSUFBSSxHQUFHLFVBQVUsS0FBSyxLQUFLLENBQUMsU0FBUztXQUN0QyxDQUFDLFFBQVEsRUFBRSxVQUFVLEtBQUssS0FBSyxDQUFDLFVBQVUsSUFBSSxRQUFRLENBQUMsU0FBUyxLQUFLLEtBQUssSUFBSSxRQUFRLENBQUMsU0FBUyxLQUFLLFVBQVUsQ0FBQyxDQUFDO0lBQ3RILElBQUksS0FBSyxJQUFJLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDbkIsTUFBTSxJQUFJLEtBQUssQ0FBQyxhQUFhLEtBQUssQ0FBQyxVQUFVLHFCQUFxQixLQUFLLGFBQWEsTUFBTSxDQUFDLFVBQVUsQ0FBQyxTQUFTO2NBQzNHLFlBQVksTUFBTSxDQUFDLE9BQU8sQ0FBQyxhQUFhLEtBQUssQ0FBQyxTQUFTLFFBQVEsS0FBSyxDQUFDLFNBQVMsNEJBQTRCLENBQUMsQ0FBQztJQUNsSCxDQUFDO0lBQ0QsWUFBWSxDQUFDLFFBQVEsR0FBRyxLQUFLLENBQUMsU0FBUyxDQUFDO0FBQzFDLENBQUM7QUFFRCwyQ0FBMkM7QUFDM0MsU0FBUyxPQUFPLENBQUMsWUFBa0IsRUFBRSxTQUFpQjtJQUNwRCxJQUFJLE1BQU0sQ0FBQyxTQUFTLENBQUMsS0FBSywwQkFBMEIsRUFBRSxDQUFDO1FBQ3JELE1BQU0sTUFBTSxHQUFHLElBQUEsaUJBQVEsRUFBQyxZQUFZLENBQUMsd0JBQXdCLENBQUMsQ0FBQztRQUMvRCxPQUFPLFFBQVEsQ0FBQyxNQUFNLEVBQUUsU0FBUyxDQUFDLElBQUksUUFBUSxDQUFDLFlBQVksQ0FBQyxrQkFBa0IsQ0FBQyxDQUFDO0lBQ2xGLENBQUM7SUFDRCxNQUFNLEtBQUssR0FBRyxZQUFZLENBQUMsU0FBUyxDQUFDLENBQUM7SUFDdEMsT0FBTyxRQUFRLENBQUMsS0FBSyxDQUFDLElBQUksUUFBUSxDQUFDLElBQUEsaUJBQVEsRUFBQyxLQUFLLENBQUMsRUFBRSxTQUFTLENBQUMsQ0FBQztBQUNqRSxDQUFDO0FBRUQsU0FBUyxRQUFRLENBQUMsQ0FBZSxFQUFFLENBQWU7SUFDaEQsT0FBTyxDQUFDLENBQUMsVUFBVSxLQUFLLENBQUMsQ0FBQyxVQUFVLElBQUksTUFBTSxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsS0FBSyxNQUFNLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDO0FBQ3RGLENBQUM7QUFFRCx3RkFBd0Y7QUFDeEYsU0FBUyxNQUFNLENBQUMsU0FBaUI7SUFDL0IsT0FBTyxTQUFTLEtBQUssb0JBQW9CLENBQUMsQ0FBQyxDQUFDLDBCQUEwQixDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7QUFDckYsQ0FBQztBQUVELFNBQVMsVUFBVSxDQUFDLEdBQVMsRUFBRSxLQUFhO0lBQzFDLE1BQU0sSUFBSSxHQUFHLENBQUMsSUFBWSxFQUFFLFFBQWlCLEVBQXNCLEVBQUU7UUFDbkUsTUFBTSxLQUFLLEdBQUcsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ3hCLElBQUksS0FBSyxLQUFLLFNBQVMsSUFBSSxLQUFLLEtBQUssRUFBRSxFQUFFLENBQUM7WUFDeEMsSUFBSSxRQUFRO2dCQUFFLE1BQU0sSUFBSSxLQUFLLENBQUMsR0FBRyxLQUFLLElBQUksSUFBSSxjQUFjLENBQUMsQ0FBQztZQUM5RCxPQUFPLFNBQVMsQ0FBQztRQUNuQixDQUFDO1FBQ0QsSUFBSSxPQUFPLEtBQUssS0FBSyxRQUFRO1lBQUUsTUFBTSxJQUFJLEtBQUssQ0FBQyxHQUFHLEtBQUssSUFBSSxJQUFJLDBCQUEwQixPQUFPLEtBQUssRUFBRSxDQUFDLENBQUM7UUFDekcsT0FBTyxLQUFLLENBQUM7SUFDZixDQUFDLENBQUM7SUFDRixNQUFNLEtBQUssR0FBaUI7UUFDMUIsVUFBVSxFQUFFLElBQUksQ0FBQyxZQUFZLEVBQUUsSUFBSSxDQUFFO1FBQ3JDLFNBQVMsRUFBRSxJQUFJLENBQUMsV0FBVyxFQUFFLElBQUksQ0FBRTtRQUNuQyxTQUFTLEVBQUUsSUFBSSxDQUFDLFdBQVcsRUFBRSxJQUFJLENBQUU7UUFDbkMsYUFBYSxFQUFFLElBQUksQ0FBQyxlQUFlLEVBQUUsS0FBSyxDQUFDO1FBQzNDLFNBQVMsRUFBRSxJQUFJLENBQUMsV0FBVyxFQUFFLEtBQUssQ0FBQztLQUNwQyxDQUFDO0lBQ0YsSUFBSSxDQUFDLFVBQVUsQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDLFNBQVMsQ0FBQyxFQUFFLENBQUM7UUFDMUMsTUFBTSxJQUFJLEtBQUssQ0FBQyxHQUFHLEtBQUssY0FBYyxLQUFLLENBQUMsU0FBUyx3Q0FBd0MsVUFBVSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUM7SUFDekgsQ0FBQztJQUNELElBQUksS0FBSyxDQUFDLGFBQWEsS0FBSyxTQUFTLElBQUksQ0FBQyxrQkFBa0IsQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDLFNBQVMsQ0FBQyxFQUFFLENBQUM7UUFDdkYsTUFBTSxJQUFJLEtBQUssQ0FBQyxHQUFHLEtBQUssa0NBQWtDLGtCQUFrQixDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsU0FBUyxLQUFLLENBQUMsU0FBUyxFQUFFLENBQUMsQ0FBQztJQUNySCxDQUFDO0lBQ0QsSUFBSSxLQUFLLENBQUMsU0FBUyxLQUFLLFNBQVMsSUFBSSxDQUFDLGNBQWMsQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDLFNBQVMsQ0FBQyxFQUFFLENBQUM7UUFDL0UsTUFBTSxJQUFJLEtBQUssQ0FBQyxHQUFHLEtBQUssOEJBQThCLGNBQWMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLFNBQVMsS0FBSyxDQUFDLFNBQVMsRUFBRSxDQUFDLENBQUM7SUFDN0csQ0FBQztJQUNELE9BQU8sS0FBSyxDQUFDO0FBQ2YsQ0FBQztBQUVELDRHQUE0RztBQUM1RyxNQUFNLFVBQVU7SUFFSztJQUNBO0lBQ0E7SUFIbkIsWUFDbUIsTUFBcUMsRUFDckMsS0FBb0MsRUFDcEMsY0FBa0M7UUFGbEMsV0FBTSxHQUFOLE1BQU0sQ0FBK0I7UUFDckMsVUFBSyxHQUFMLEtBQUssQ0FBK0I7UUFDcEMsbUJBQWMsR0FBZCxjQUFjLENBQW9CO0lBQ2xELENBQUM7SUFFSjs7OztPQUlHO0lBQ0gsS0FBSyxDQUFDLE1BQU0sQ0FBQyxVQUFrQixFQUFFLElBQWtDLEVBQUUsVUFBMkMsRUFBRTtRQUNoSCxLQUFLLElBQUksT0FBTyxHQUFHLENBQUMsR0FBSSxPQUFPLEVBQUUsRUFBRSxDQUFDO1lBQ2xDLElBQUksQ0FBQztnQkFDSCxNQUFNLElBQUksR0FBRyxNQUFNLElBQUksQ0FBQyxJQUFJLENBQUMsa0JBQWtCLEVBQUUsVUFBVSxFQUFFLEdBQUcsRUFBRSxDQUFDLElBQUksQ0FBQyxRQUFRLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQztnQkFDOUYsTUFBTSxPQUFPLEdBQUcsSUFBQSx5QkFBZ0IsRUFBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLGNBQWMsQ0FBQyxDQUFDO2dCQUM1RCxNQUFNLFlBQVksR0FBRyxJQUFBLGlCQUFRLEVBQUMsT0FBTyxDQUFDLFlBQVksQ0FBQyxJQUFJLEVBQUUsQ0FBQztnQkFDMUQsTUFBTSxNQUFNLEdBQUcsYUFBYSxDQUFDLFlBQVksQ0FBQyxDQUFDO2dCQUMzQyxJQUFJLENBQUMsWUFBWSxDQUFDLENBQUM7Z0JBQ25CLElBQUksYUFBYSxDQUFDLFlBQVksQ0FBQyxLQUFLLE1BQU0sRUFBRSxDQUFDO29CQUMzQyxHQUFHLENBQUMsV0FBVyxFQUFFLFVBQVUsRUFBRSxzREFBc0QsQ0FBQyxDQUFDO29CQUNyRixPQUFPO2dCQUNULENBQUM7Z0JBQ0QsT0FBTyxDQUFDLFVBQVUsR0FBRyxVQUFVLENBQUM7Z0JBQ2hDLE9BQU8sQ0FBQyxZQUFZLEdBQUcsWUFBWSxDQUFDO2dCQUNwQyxNQUFNLElBQUksQ0FBQyxJQUFJLENBQUMsZ0JBQWdCLEVBQUUsVUFBVSxFQUFFLEdBQUcsRUFBRSxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQztnQkFDMUUsT0FBTztZQUNULENBQUM7WUFBQyxPQUFPLEtBQUssRUFBRSxDQUFDO2dCQUNmLElBQUksS0FBSyxZQUFZLGdCQUFnQixJQUFJLEtBQUssQ0FBQyxZQUFZLEtBQUssMkJBQTJCLElBQUksT0FBTyxDQUFDLGlCQUFpQixFQUFFLENBQUM7b0JBQ3pILEdBQUcsQ0FBQyxRQUFRLEVBQUUsVUFBVSxFQUFFLG1EQUFtRCxDQUFDLENBQUM7b0JBQy9FLE9BQU87Z0JBQ1QsQ0FBQztnQkFDRCxJQUFJLENBQUMsQ0FBQyxLQUFLLFlBQVksZ0JBQWdCLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxTQUFTLElBQUksT0FBTyxJQUFJLFlBQVk7b0JBQUUsTUFBTSxLQUFLLENBQUM7Z0JBQ3JHLE1BQU0sS0FBSyxHQUFHLElBQUksQ0FBQyxHQUFHLENBQUMsY0FBYyxHQUFHLENBQUMsSUFBSSxDQUFDLE9BQU8sR0FBRyxDQUFDLENBQUMsRUFBRSxZQUFZLENBQUMsQ0FBQztnQkFDMUUsR0FBRyxDQUFDLE9BQU8sRUFBRSxVQUFVLEVBQUUsR0FBRyxLQUFLLENBQUMsWUFBWSxhQUFhLE9BQU8sT0FBTyxZQUFZLGVBQWUsS0FBSyxLQUFLLENBQUMsQ0FBQztnQkFDaEgsTUFBTSxJQUFJLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxDQUFDO1lBQzFCLENBQUM7UUFDSCxDQUFDO0lBQ0gsQ0FBQztJQUVEOzs7T0FHRztJQUNLLEtBQUssQ0FBQyxRQUFRLENBQUMsVUFBa0I7UUFDdkMsTUFBTSxPQUFPLEdBQUcsSUFBSSwwREFBdUIsQ0FBQyxFQUFFLFVBQVUsRUFBRSxVQUFVLEVBQUUsQ0FBQyxDQUFDO1FBQ3hFLElBQUksR0FBcUIsQ0FBQztRQUMxQixnSEFBZ0g7UUFDL0csT0FBTyxDQUFDLGVBQThDLENBQUMsR0FBRyxDQUFDLGlCQUFpQixDQUFDLENBQUMsSUFBSSxFQUFFLEVBQUUsR0FBRyxHQUFHLEdBQUcsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUU7WUFDeEcsSUFBSSxFQUFFLGFBQWEsRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSw0QkFBNEI7U0FDekUsQ0FBQyxDQUFDO1FBQ0gsTUFBTSxNQUFNLEdBQUcsTUFBTSxJQUFJLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsQ0FBQztRQUMvQyxNQUFNLElBQUksR0FBRyxJQUFBLGlCQUFRLEVBQUMsR0FBRyxFQUFFLFFBQVEsQ0FBQyxJQUFJLElBQUEsaUJBQVEsRUFBQyxNQUFNLENBQUMsUUFBUSxDQUFDLENBQUM7UUFDbEUsSUFBSSxDQUFDLElBQUk7WUFBRSxNQUFNLElBQUksS0FBSyxDQUFDLDhDQUE4QyxVQUFVLEVBQUUsQ0FBQyxDQUFDO1FBQ3ZGLE9BQU8sSUFBSSxDQUFDO0lBQ2QsQ0FBQztJQUVELHVHQUF1RztJQUMvRixLQUFLLENBQUMsTUFBTSxDQUFDLE9BQWE7UUFDaEMsTUFBTSxPQUFPLEdBQUcsSUFBSSx3REFBcUIsQ0FBQyxPQUFnRCxDQUFDLENBQUM7UUFDM0YsT0FBTyxDQUFDLGVBQThDLENBQUMsR0FBRyxDQUFDLGNBQWMsQ0FBQyxPQUFPLENBQUMsRUFBRSxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLHlCQUF5QixFQUFFLENBQUMsQ0FBQztRQUN6SSxNQUFNLElBQUksQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDO0lBQ2xDLENBQUM7SUFFTyxLQUFLLENBQUMsSUFBSSxDQUFJLFNBQWlCLEVBQUUsVUFBa0IsRUFBRSxFQUFvQjtRQUMvRSxJQUFJLENBQUM7WUFDSCxPQUFPLE1BQU0sRUFBRSxFQUFFLENBQUM7UUFDcEIsQ0FBQztRQUFDLE9BQU8sS0FBSyxFQUFFLENBQUM7WUFDZixNQUFNLElBQUksZ0JBQWdCLENBQUMsU0FBUyxFQUFFLFVBQVUsRUFBRSxLQUFLLENBQUMsQ0FBQztRQUMzRCxDQUFDO0lBQ0gsQ0FBQztDQUNGO0FBRUQsaUdBQWlHO0FBQ2pHLE1BQU0sZ0JBQWlCLFNBQVEsS0FBSztJQUN6QixZQUFZLENBQVM7SUFDckIsU0FBUyxDQUFVO0lBRTVCLFlBQVksU0FBaUIsRUFBRSxVQUFrQixFQUFFLEtBQWM7UUFDL0QsTUFBTSxJQUFJLEdBQUcsS0FBSyxZQUFZLEtBQUssQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDO1FBQzNELE1BQU0sTUFBTSxHQUFJLEtBQXFELENBQUMsU0FBUyxFQUFFLGNBQWMsQ0FBQztRQUNoRyxLQUFLLENBQUMsR0FBRyxTQUFTLHlCQUF5QixVQUFVLEtBQUssSUFBSSxLQUFLLEtBQUssWUFBWSxLQUFLLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUMsRUFBRSxFQUFFLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQztRQUN4SSxJQUFJLENBQUMsSUFBSSxHQUFHLGtCQUFrQixDQUFDO1FBQy9CLElBQUksQ0FBQyxZQUFZLEdBQUcsSUFBSSxDQUFDO1FBQ3pCLElBQUksQ0FBQyxTQUFTLEdBQUcsU0FBUyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLE1BQU0sS0FBSyxTQUFTLElBQUksTUFBTSxJQUFJLEdBQUcsQ0FBQyxDQUFDO0lBQ2xGLENBQUM7Q0FDRjtBQWVEOzs7R0FHRztBQUNILFNBQVMsaUJBQWlCLENBQUMsTUFBNEI7SUFDckQsT0FBTyxDQUFDLElBQUksRUFBRSxFQUFFLENBQUMsS0FBSyxFQUFFLElBQUksRUFBRSxFQUFFO1FBQzlCLE1BQU0sTUFBTSxHQUFHLE1BQU0sSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ2hDLE1BQU0sUUFBUSxHQUFHLE1BQU0sQ0FBQyxRQUFRLENBQUM7UUFDakMsSUFBSSxDQUFDLFFBQVEsQ0FBQyxVQUFVLElBQUksQ0FBQyxDQUFDLElBQUksR0FBRztZQUFFLE9BQU8sTUFBTSxDQUFDO1FBQ3JELE1BQU0sS0FBSyxHQUFHLE1BQU0sT0FBTyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUMzQyxJQUFJLEtBQUssS0FBSyxTQUFTO1lBQUUsT0FBTyxNQUFNLENBQUM7UUFDdkMsUUFBUSxDQUFDLElBQUksR0FBRyxLQUFLLENBQUM7UUFDdEIsSUFBSSxDQUFDO1lBQ0gsTUFBTSxNQUFNLEdBQUcsSUFBQSxpQkFBUSxFQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQ3pFLElBQUksTUFBTTtnQkFBRSxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUM7UUFDN0IsQ0FBQztRQUFDLE1BQU0sQ0FBQztZQUNQLCtDQUErQztRQUNqRCxDQUFDO1FBQ0QsT0FBTyxNQUFNLENBQUM7SUFDaEIsQ0FBQyxDQUFDO0FBQ0osQ0FBQztBQUVELG9IQUFvSDtBQUNwSCxTQUFTLGNBQWMsQ0FBQyxJQUFVO0lBQ2hDLE9BQU8sQ0FBQyxJQUFJLEVBQUUsRUFBRSxDQUFDLEtBQUssRUFBRSxJQUFJLEVBQUUsRUFBRTtRQUM5QixNQUFNLElBQUksR0FBRyxJQUFJLENBQUMsU0FBUyxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ2xDLElBQUksQ0FBQyxPQUFPLENBQUMsSUFBSSxHQUFHLElBQUksQ0FBQztRQUN6QixJQUFJLElBQUksQ0FBQyxPQUFPLENBQUMsT0FBTztZQUFFLElBQUksQ0FBQyxPQUFPLENBQUMsT0FBTyxDQUFDLGdCQUFnQixDQUFDLEdBQUcsTUFBTSxDQUFDLE1BQU0sQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQztRQUNuRyxPQUFPLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUNwQixDQUFDLENBQUM7QUFDSixDQUFDO0FBRUQsK0ZBQStGO0FBQy9GLEtBQUssVUFBVSxPQUFPLENBQUMsSUFBYTtJQUNsQyxJQUFJLElBQUksWUFBWSxVQUFVO1FBQUUsT0FBTyxJQUFJLENBQUM7SUFDNUMsSUFBSSxPQUFPLElBQUksS0FBSyxRQUFRO1FBQUUsT0FBTyxNQUFNLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQ3ZELElBQUksSUFBSSxJQUFJLE9BQVEsSUFBK0IsQ0FBQyxNQUFNLENBQUMsYUFBYSxDQUFDLEtBQUssVUFBVSxFQUFFLENBQUM7UUFDekYsTUFBTSxNQUFNLEdBQWEsRUFBRSxDQUFDO1FBQzVCLElBQUksS0FBSyxFQUFFLE1BQU0sS0FBSyxJQUFJLElBQTBDO1lBQUUsTUFBTSxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUM7UUFDdEcsT0FBTyxNQUFNLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxDQUFDO0lBQy9CLENBQUM7SUFDRCxPQUFPLFNBQVMsQ0FBQztBQUNuQixDQUFDO0FBRUQseUZBQXlGO0FBQ3pGLFNBQVMsYUFBYSxDQUFDLEtBQWM7SUFDbkMsT0FBTyxJQUFJLENBQUMsU0FBUyxDQUFDLEtBQUssRUFBRSxDQUFDLElBQUksRUFBRSxNQUFlLEVBQUUsRUFBRTtRQUNyRCxNQUFNLE1BQU0sR0FBRyxJQUFBLGlCQUFRLEVBQUMsTUFBTSxDQUFDLENBQUM7UUFDaEMsT0FBTyxNQUFNLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxXQUFXLENBQUMsTUFBTSxDQUFDLE9BQU8sQ0FBQyxNQUFNLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUM7SUFDdkgsQ0FBQyxDQUFDLENBQUM7QUFDTCxDQUFDO0FBRUQsU0FBUyxRQUFRLENBQUMsS0FBYztJQUM5QixPQUFPLE9BQU8sS0FBSyxLQUFLLFFBQVEsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7QUFDdkQsQ0FBQztBQUVELDBHQUEwRztBQUMxRyxTQUFTLEdBQUcsQ0FBQyxJQUFZLEVBQUUsVUFBa0IsRUFBRSxNQUFjO0lBQzNELE9BQU8sQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQyxDQUFDO0FBQzVELENBQUM7QUFFRCwrRUFBK0U7QUFDbEUsUUFBQSxPQUFPLEdBQUcsV0FBVyxFQUFFLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIEN1c3RvbSByZXNvdXJjZSBoYW5kbGVyOiBzZXRzIE9ORSBMYW1iZGEgdHJpZ2dlciBvbiBhbiBleGlzdGluZyBDb2duaXRvIHVzZXIgcG9vbCBhbmQgbGVhdmVzIGV2ZXJ5dGhpbmcgZWxzZSBhc1xuICogaXQgd2FzLiBDb2duaXRvIGhhcyBubyBcImFkZCBhIHRyaWdnZXJcIiBjYWxsLCBhbmQgVXBkYXRlVXNlclBvb2wgcmVzZXRzIGV2ZXJ5IHNldHRpbmcgaXQgaXNuJ3QgZ2l2ZW4sIHNvIGVhY2ggY2hhbmdlXG4gKiByZWFkcyB0aGUgcG9vbCAoRGVzY3JpYmVVc2VyUG9vbCksIGNoYW5nZXMgaXRzIG93biB0cmlnZ2VyIGluIExhbWJkYUNvbmZpZyBhbmQgd3JpdGVzIGV2ZXJ5IG90aGVyIHNldHRpbmcgYmFja1xuICogKFVwZGF0ZVVzZXJQb29sLCByZXF1ZXN0IGJ1aWx0IGJ5IGZpZWxkcy50cykuXG4gKlxuICogRGVwbG95ZWQgYXMgdGhlIGNvZGUgb2YgYXdzLWNkay1saWIncyBDdXN0b21SZXNvdXJjZVByb3ZpZGVyOiBpdHMgZW50cnlwb2ludCBjYWxscyBgaGFuZGxlcihldmVudClgIGFuZCBhbnN3ZXJzXG4gKiBDbG91ZEZvcm1hdGlvbiAoYSB0aHJvd24gRXJyb3IgYmVjb21lcyBGQUlMRUQgd2l0aCBpdHMgbWVzc2FnZSkuIFRoaXMgZGlyZWN0b3J5IGlzIHRoZSBMYW1iZGEgYXNzZXQsIHNvIGl0IGxvYWRzXG4gKiBvbmx5IHRoZSBBV1MgU0RLIChwcm92aWRlZCBieSB0aGUgTm9kZS5qcyBMYW1iZGEgcnVudGltZSkgYW5kIE5vZGUuXG4gKlxuICogUmVzb3VyY2VQcm9wZXJ0aWVzIChzdHJpbmdzKTpcbiAqIC0gVXNlclBvb2xJZFxuICogLSBPcGVyYXRpb24gICAgIHRoZSBMYW1iZGFDb25maWcga2V5OiBQcmVTaWduVXAsIEN1c3RvbU1lc3NhZ2UsIFBvc3RDb25maXJtYXRpb24sIFByZUF1dGhlbnRpY2F0aW9uLFxuICogICAgICAgICAgICAgICAgIFBvc3RBdXRoZW50aWNhdGlvbiwgRGVmaW5lQXV0aENoYWxsZW5nZSwgQ3JlYXRlQXV0aENoYWxsZW5nZSwgVmVyaWZ5QXV0aENoYWxsZW5nZVJlc3BvbnNlLFxuICogICAgICAgICAgICAgICAgIFVzZXJNaWdyYXRpb24sIFByZVRva2VuR2VuZXJhdGlvbiAobGVnYWN5LCBWMV8wIGV2ZW50cyksIFByZVRva2VuR2VuZXJhdGlvbkNvbmZpZyxcbiAqICAgICAgICAgICAgICAgICBDdXN0b21FbWFpbFNlbmRlciwgQ3VzdG9tU01TU2VuZGVyIG9yIEluYm91bmRGZWRlcmF0aW9uXG4gKiAtIExhbWJkYUFyblxuICogLSBMYW1iZGFWZXJzaW9uIG9wdGlvbmFsLCBmb3IgdGhlIGZvdXIgdmVyc2lvbmVkIHRyaWdnZXJzIChkZWZhdWx0IFYxXzApXG4gKiAtIEttc0tleUFybiAgICAgb3B0aW9uYWwsIGZvciB0aGUgY3VzdG9tIHNlbmRlcnM6IGJlY29tZXMgTGFtYmRhQ29uZmlnLktNU0tleUlEXG4gKlxuICogT3duZXJzaGlwOiB0aGUgcmVzb3VyY2Ugb3ducyBhIHRyaWdnZXIgc2xvdCB3aGlsZSB0aGUgc2xvdCBpbnZva2VzIGl0cyBMYW1iZGFBcm4uIEl0IG5ldmVyIHJlcGxhY2VzIGFub3RoZXJcbiAqIGZ1bmN0aW9uIChDcmVhdGUgZmFpbHMgaW5zdGVhZCkgYW5kIG5ldmVyIHJlbW92ZXMgb25lIChEZWxldGUgaXMgdGhlbiBhIG5vLW9wKS5cbiAqL1xuLy8gVGhlIE5vZGUuanMgTGFtYmRhIHJ1bnRpbWUgcHJvdmlkZXMgdGhlIEFXUyBTREssIHNvIHRoZSBwYWNrYWdlIGxpc3RzIGl0IG9ubHkgYXMgYSBkZXZlbG9wbWVudCBkZXBlbmRlbmN5LlxuLy8gZXNsaW50LWRpc2FibGUtbmV4dC1saW5lIGltcG9ydC9uby1leHRyYW5lb3VzLWRlcGVuZGVuY2llc1xuaW1wb3J0IHtcbiAgQ29nbml0b0lkZW50aXR5UHJvdmlkZXJDbGllbnQsXG4gIERlc2NyaWJlVXNlclBvb2xDb21tYW5kLFxuICBVcGRhdGVVc2VyUG9vbENvbW1hbmQsXG4gIHR5cGUgVXBkYXRlVXNlclBvb2xDb21tYW5kSW5wdXQsXG59IGZyb20gJ0Bhd3Mtc2RrL2NsaWVudC1jb2duaXRvLWlkZW50aXR5LXByb3ZpZGVyJztcbmltcG9ydCB7IGFzT2JqZWN0LCB0eXBlIEpzb24sIHVwZGF0ZVJlcXVlc3RGb3IgfSBmcm9tICcuL2ZpZWxkcyc7XG5cbi8qKiBUcmlnZ2VycyBjb25maWd1cmVkIGFzIGEgYmFyZSBmdW5jdGlvbiBBUk4uICovXG5jb25zdCBQTEFJTl9UUklHR0VSUzogcmVhZG9ubHkgc3RyaW5nW10gPSBbXG4gICdQcmVTaWduVXAnLCAnQ3VzdG9tTWVzc2FnZScsICdQb3N0Q29uZmlybWF0aW9uJywgJ1ByZUF1dGhlbnRpY2F0aW9uJywgJ1Bvc3RBdXRoZW50aWNhdGlvbicsXG4gICdEZWZpbmVBdXRoQ2hhbGxlbmdlJywgJ0NyZWF0ZUF1dGhDaGFsbGVuZ2UnLCAnVmVyaWZ5QXV0aENoYWxsZW5nZVJlc3BvbnNlJywgJ1VzZXJNaWdyYXRpb24nLCAnUHJlVG9rZW5HZW5lcmF0aW9uJyxcbl07XG4vKiogVHJpZ2dlcnMgY29uZmlndXJlZCBhcyBgeyBMYW1iZGFBcm4sIExhbWJkYVZlcnNpb24gfWAuICovXG5jb25zdCBWRVJTSU9ORURfVFJJR0dFUlM6IHJlYWRvbmx5IHN0cmluZ1tdID0gWydQcmVUb2tlbkdlbmVyYXRpb25Db25maWcnLCAnQ3VzdG9tRW1haWxTZW5kZXInLCAnQ3VzdG9tU01TU2VuZGVyJywgJ0luYm91bmRGZWRlcmF0aW9uJ107XG5jb25zdCBDVVNUT01fU0VOREVSUzogcmVhZG9ubHkgc3RyaW5nW10gPSBbJ0N1c3RvbUVtYWlsU2VuZGVyJywgJ0N1c3RvbVNNU1NlbmRlciddO1xuY29uc3QgT1BFUkFUSU9OUzogcmVhZG9ubHkgc3RyaW5nW10gPSBbLi4uUExBSU5fVFJJR0dFUlMsIC4uLlZFUlNJT05FRF9UUklHR0VSU107XG5cbi8qKiBFcnJvcnMgd29ydGggYW5vdGhlciB0cnk7IGFueXRoaW5nIGVsc2UgZmFpbHMgYXQgb25jZSB3aXRoIHRoZSBzZXJ2aWNlJ3MgbWVzc2FnZS4gKi9cbmNvbnN0IFJFVFJZQUJMRSA9IG5ldyBTZXQoW1xuICAnVG9vTWFueVJlcXVlc3RzRXhjZXB0aW9uJywgJ0NvbmN1cnJlbnRNb2RpZmljYXRpb25FeGNlcHRpb24nLCAnSW50ZXJuYWxFcnJvckV4Y2VwdGlvbicsXG4gICdUaHJvdHRsaW5nRXhjZXB0aW9uJywgJ1NlcnZpY2VVbmF2YWlsYWJsZUV4Y2VwdGlvbicsXG5dKTtcbmNvbnN0IE1BWF9BVFRFTVBUUyA9IDU7XG5jb25zdCBGSVJTVF9ERUxBWV9NUyA9IDFfMDAwO1xuY29uc3QgTUFYX0RFTEFZX01TID0gOF8wMDA7XG5cbi8qKiBXaGF0IHRoZSBlbnRyeXBvaW50IHBhc3NlczogYSBDbG91ZEZvcm1hdGlvbiBjdXN0b20gcmVzb3VyY2UgcmVxdWVzdC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgVHJpZ2dlckV2ZW50IHtcbiAgcmVhZG9ubHkgUmVxdWVzdFR5cGU6ICdDcmVhdGUnIHwgJ1VwZGF0ZScgfCAnRGVsZXRlJztcbiAgcmVhZG9ubHkgUmVzb3VyY2VQcm9wZXJ0aWVzOiBKc29uO1xuICByZWFkb25seSBPbGRSZXNvdXJjZVByb3BlcnRpZXM/OiBKc29uO1xuICByZWFkb25seSBQaHlzaWNhbFJlc291cmNlSWQ/OiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgVHJpZ2dlclJlc3BvbnNlIHtcbiAgLyoqIExlZnQgb3V0IG9uIERFTEVURSB3aGVuIHRoZSBldmVudCBoYWQgbm9uZTsgdGhlIGVudHJ5cG9pbnQgdGhlbiBrZWVwcyB0aGUgZXZlbnQncy4gKi9cbiAgcmVhZG9ubHkgUGh5c2ljYWxSZXNvdXJjZUlkPzogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFRyaWdnZXJQcm9wcyB7XG4gIHJlYWRvbmx5IFVzZXJQb29sSWQ6IHN0cmluZztcbiAgcmVhZG9ubHkgT3BlcmF0aW9uOiBzdHJpbmc7XG4gIHJlYWRvbmx5IExhbWJkYUFybjogc3RyaW5nO1xuICByZWFkb25seSBMYW1iZGFWZXJzaW9uPzogc3RyaW5nO1xuICByZWFkb25seSBLbXNLZXlBcm4/OiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgSGFuZGxlck9wdGlvbnMge1xuICAvKiogVGhlIENvZ25pdG8gY2xpZW50OyBieSBkZWZhdWx0IG9uZSBmb3IgdGhlIGZ1bmN0aW9uJ3MgUmVnaW9uLiAqL1xuICByZWFkb25seSBjbGllbnQ/OiBDb2duaXRvSWRlbnRpdHlQcm92aWRlckNsaWVudDtcbiAgLyoqIFdhaXRzIGJldHdlZW4gcmV0cmllczsgdGVzdHMgcGFzcyBvbmUgdGhhdCBkb2Vzbid0IHdhaXQuICovXG4gIHJlYWRvbmx5IHNsZWVwPzogKG1zOiBudW1iZXIpID0+IFByb21pc2U8dm9pZD47XG4gIC8qKiBVcGRhdGVVc2VyUG9vbCBtZW1iZXJzIHRvIGNvcHkgYmV5b25kIGZpZWxkcy50cydzIHRhYmxlOyBieSBkZWZhdWx0IHRob3NlIHRoZSBydW5uaW5nIFNESydzIHNjaGVtYSBsaXN0cy4gKi9cbiAgcmVhZG9ubHkgcnVudGltZU1lbWJlcnM/OiByZWFkb25seSBzdHJpbmdbXTtcbn1cblxuLyoqIEEgaGFuZGxlciB3aXRoIGl0cyBkZXBlbmRlbmNpZXM7IGBoYW5kbGVyYCwgYXQgdGhlIGVuZCBvZiB0aGlzIGZpbGUsIGlzIHRoZSBvbmUgdGhlIExhbWJkYSBmdW5jdGlvbiBydW5zLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1ha2VIYW5kbGVyKG9wdGlvbnM6IEhhbmRsZXJPcHRpb25zID0ge30pOiAoZXZlbnQ6IFRyaWdnZXJFdmVudCkgPT4gUHJvbWlzZTxUcmlnZ2VyUmVzcG9uc2U+IHtcbiAgY29uc3QgY2xpZW50ID0gb3B0aW9ucy5jbGllbnQgPz8gbmV3IENvZ25pdG9JZGVudGl0eVByb3ZpZGVyQ2xpZW50KHt9KTtcbiAgY29uc3Qgc2xlZXAgPSBvcHRpb25zLnNsZWVwID8/ICgobXM6IG51bWJlcikgPT4gbmV3IFByb21pc2U8dm9pZD4oKHJlc29sdmUpID0+IHNldFRpbWVvdXQocmVzb2x2ZSwgbXMpKSk7XG4gIGNvbnN0IHBvb2xzID0gbmV3IFBvb2xBY2Nlc3MoY2xpZW50LCBzbGVlcCwgb3B0aW9ucy5ydW50aW1lTWVtYmVycyk7XG5cbiAgcmV0dXJuIGFzeW5jIChldmVudCkgPT4ge1xuICAgIGlmIChldmVudC5SZXF1ZXN0VHlwZSA9PT0gJ0RlbGV0ZScpIHtcbiAgICAgIGxldCBwcm9wczogVHJpZ2dlclByb3BzO1xuICAgICAgdHJ5IHtcbiAgICAgICAgcHJvcHMgPSBwYXJzZVByb3BzKGV2ZW50LlJlc291cmNlUHJvcGVydGllcywgJ1Jlc291cmNlUHJvcGVydGllcycpO1xuICAgICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgICAgLy8gUHJvcGVydGllcyB0aGF0IG5ldmVyIHZhbGlkYXRlZCBuZXZlciBzZXQgYSB0cmlnZ2VyOiBub3RoaW5nIHRvIHJlbW92ZS5cbiAgICAgICAgbG9nKGV2ZW50LlJlcXVlc3RUeXBlLCAnKHVua25vd24pJywgYG5vdGhpbmcgdG8gcmVtb3ZlOiAkeyhlcnJvciBhcyBFcnJvcikubWVzc2FnZX1gKTtcbiAgICAgICAgcmV0dXJuIHsgUGh5c2ljYWxSZXNvdXJjZUlkOiBldmVudC5QaHlzaWNhbFJlc291cmNlSWQgfTtcbiAgICAgIH1cbiAgICAgIGxvZyhldmVudC5SZXF1ZXN0VHlwZSwgcHJvcHMuVXNlclBvb2xJZCwgcHJvcHMuT3BlcmF0aW9uKTtcbiAgICAgIGF3YWl0IHJlbW92ZVRyaWdnZXIocG9vbHMsIHByb3BzKTtcbiAgICAgIHJldHVybiB7IFBoeXNpY2FsUmVzb3VyY2VJZDogZXZlbnQuUGh5c2ljYWxSZXNvdXJjZUlkIH07XG4gICAgfVxuXG4gICAgY29uc3QgcHJvcHMgPSBwYXJzZVByb3BzKGV2ZW50LlJlc291cmNlUHJvcGVydGllcywgJ1Jlc291cmNlUHJvcGVydGllcycpO1xuICAgIGxvZyhldmVudC5SZXF1ZXN0VHlwZSwgcHJvcHMuVXNlclBvb2xJZCwgcHJvcHMuT3BlcmF0aW9uKTtcbiAgICBpZiAoZXZlbnQuUmVxdWVzdFR5cGUgPT09ICdDcmVhdGUnKSB7XG4gICAgICBhd2FpdCBzZXRUcmlnZ2VyKHBvb2xzLCBwcm9wcyk7XG4gICAgICByZXR1cm4geyBQaHlzaWNhbFJlc291cmNlSWQ6IHBoeXNpY2FsSWQocHJvcHMpIH07XG4gICAgfVxuXG4gICAgY29uc3Qgb2xkID0gcGFyc2VQcm9wcyhldmVudC5PbGRSZXNvdXJjZVByb3BlcnRpZXMgPz8ge30sICdPbGRSZXNvdXJjZVByb3BlcnRpZXMnKTtcbiAgICBhd2FpdCBzZXRUcmlnZ2VyKHBvb2xzLCBwcm9wcywgb2xkKTtcbiAgICAvLyBTYW1lIHNsb3Q6IHNldFRyaWdnZXIgbW92ZWQgaXQgZnJvbSB0aGUgb2xkIGZ1bmN0aW9uIChvciB2ZXJzaW9uLCBvciBrZXkpLiBFbHNlIHRoZSBvbGQgc2xvdCBpcyBmcmVlZC5cbiAgICBpZiAoIXNhbWVTbG90KG9sZCwgcHJvcHMpKSBhd2FpdCByZW1vdmVUcmlnZ2VyKHBvb2xzLCBvbGQpO1xuICAgIHJldHVybiB7IFBoeXNpY2FsUmVzb3VyY2VJZDogcGh5c2ljYWxJZChwcm9wcykgfTtcbiAgfTtcbn1cblxuLyoqXG4gKiBgJHtVc2VyUG9vbElkfS8ke09wZXJhdGlvbn1gLCBleGNlcHQgdGhhdCBib3RoIHByZSB0b2tlbiBnZW5lcmF0aW9uIGtleXMgbmFtZSBvbmUgc2xvdDogc3dpdGNoaW5nIGJldHdlZW4gdGhlbVxuICoga2VlcHMgdGhlIGlkLCBzbyBDbG91ZEZvcm1hdGlvbiBzZW5kcyBubyBERUxFVEUgZm9yIHRoZSBvbGQgb25lICh3aGljaCB3b3VsZCByZW1vdmUgdGhlIHRyaWdnZXIganVzdCBtb3ZlZCkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwaHlzaWNhbElkKHByb3BzOiBUcmlnZ2VyUHJvcHMpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7cHJvcHMuVXNlclBvb2xJZH0vJHtzbG90T2YocHJvcHMuT3BlcmF0aW9uKX1gO1xufVxuXG4vKipcbiAqIFBvaW50cyB0aGUgc2xvdCBhdCB0aGlzIHJlc291cmNlJ3MgZnVuY3Rpb24uIEZhaWxzIGlmIGFub3RoZXIgZnVuY3Rpb24gaG9sZHMgaXQsIGV4Y2VwdCwgb24gVVBEQVRFLCB0aGVcbiAqIGBwcmV2aW91c2AgZnVuY3Rpb24gb2YgdGhlIHNhbWUgc2xvdCAodGhhdCBpcyBhIG1vdmUpLlxuICovXG5hc3luYyBmdW5jdGlvbiBzZXRUcmlnZ2VyKHBvb2xzOiBQb29sQWNjZXNzLCBwcm9wczogVHJpZ2dlclByb3BzLCBwcmV2aW91cz86IFRyaWdnZXJQcm9wcyk6IFByb21pc2U8dm9pZD4ge1xuICBhd2FpdCBwb29scy5jaGFuZ2UocHJvcHMuVXNlclBvb2xJZCwgKGxhbWJkYUNvbmZpZykgPT4ge1xuICAgIGNvbnN0IGN1cnJlbnQgPSBvd25lck9mKGxhbWJkYUNvbmZpZywgcHJvcHMuT3BlcmF0aW9uKTtcbiAgICBjb25zdCByZXBsYWNpbmcgPSBwcmV2aW91cyAmJiBzYW1lU2xvdChwcmV2aW91cywgcHJvcHMpID8gcHJldmlvdXMuTGFtYmRhQXJuIDogdW5kZWZpbmVkO1xuICAgIGlmIChjdXJyZW50ICE9PSB1bmRlZmluZWQgJiYgY3VycmVudCAhPT0gcHJvcHMuTGFtYmRhQXJuICYmIGN1cnJlbnQgIT09IHJlcGxhY2luZykge1xuICAgICAgdGhyb3cgbmV3IEVycm9yKGBVc2VyIHBvb2wgJHtwcm9wcy5Vc2VyUG9vbElkfSBhbHJlYWR5IGhhcyBhICR7cHJvcHMuT3BlcmF0aW9ufSB0cmlnZ2VyLCAke2N1cnJlbnR9LCB0aGF0IHRoaXMgYFxuICAgICAgICArIGByZXNvdXJjZSBkb2VzIG5vdCBtYW5hZ2UgKGl0cyBmdW5jdGlvbiBpcyAke3Byb3BzLkxhbWJkYUFybn0pLiBSZWZ1c2luZyB0byByZXBsYWNlIGFub3RoZXIgb3duZXIncyB0cmlnZ2VyOiBgXG4gICAgICAgICsgJ3JlbW92ZSBpdCBmcm9tIHRoZSBwb29sIGZpcnN0LCBvciBtYW5hZ2UgaXQgaGVyZS4nKTtcbiAgICB9XG4gICAgaWYgKENVU1RPTV9TRU5ERVJTLmluY2x1ZGVzKHByb3BzLk9wZXJhdGlvbikpIHNldFNlbmRlcktleShsYW1iZGFDb25maWcsIHByb3BzLCBwcmV2aW91cyk7XG5cbiAgICBpZiAoVkVSU0lPTkVEX1RSSUdHRVJTLmluY2x1ZGVzKHByb3BzLk9wZXJhdGlvbikpIHtcbiAgICAgIGxhbWJkYUNvbmZpZ1twcm9wcy5PcGVyYXRpb25dID0geyBMYW1iZGFBcm46IHByb3BzLkxhbWJkYUFybiwgTGFtYmRhVmVyc2lvbjogcHJvcHMuTGFtYmRhVmVyc2lvbiA/PyAnVjFfMCcgfTtcbiAgICB9IGVsc2Uge1xuICAgICAgbGFtYmRhQ29uZmlnW3Byb3BzLk9wZXJhdGlvbl0gPSBwcm9wcy5MYW1iZGFBcm47XG4gICAgfVxuICAgIC8vIFByZVRva2VuR2VuZXJhdGlvbiBhbmQgUHJlVG9rZW5HZW5lcmF0aW9uQ29uZmlnLkxhbWJkYUFybiBcImhhdmUgdGhlIHNhbWUgdmFsdWVcIiAoU0RLIHJlZmVyZW5jZSk6IHdyaXRlIHRoZVxuICAgIC8vIGNvbmZpZyBhbmQgaXRzIGxlZ2FjeSB0d2luIHRvZ2V0aGVyLCBvciB0aGUgbGVnYWN5IGtleSBhbG9uZSAobGVnYWN5IG1lYW5zIFYxXzAgZXZlbnRzKS5cbiAgICBpZiAocHJvcHMuT3BlcmF0aW9uID09PSAnUHJlVG9rZW5HZW5lcmF0aW9uQ29uZmlnJykgbGFtYmRhQ29uZmlnLlByZVRva2VuR2VuZXJhdGlvbiA9IHByb3BzLkxhbWJkYUFybjtcbiAgICBpZiAocHJvcHMuT3BlcmF0aW9uID09PSAnUHJlVG9rZW5HZW5lcmF0aW9uJykgZGVsZXRlIGxhbWJkYUNvbmZpZy5QcmVUb2tlbkdlbmVyYXRpb25Db25maWc7XG4gIH0pO1xufVxuXG4vKiogUmVtb3ZlcyB0aGUgc2xvdCBpZiBpdCBzdGlsbCBpbnZva2VzIHRoaXMgcmVzb3VyY2UncyBmdW5jdGlvbjsgYSBtaXNzaW5nIHBvb2wgb3IgYSBzbG90IGhlbGQgYnkgYW5vdGhlciBpcyBhIG5vLW9wLiAqL1xuYXN5bmMgZnVuY3Rpb24gcmVtb3ZlVHJpZ2dlcihwb29sczogUG9vbEFjY2VzcywgcHJvcHM6IFRyaWdnZXJQcm9wcyk6IFByb21pc2U8dm9pZD4ge1xuICBhd2FpdCBwb29scy5jaGFuZ2UocHJvcHMuVXNlclBvb2xJZCwgKGxhbWJkYUNvbmZpZykgPT4ge1xuICAgIGlmIChvd25lck9mKGxhbWJkYUNvbmZpZywgcHJvcHMuT3BlcmF0aW9uKSAhPT0gcHJvcHMuTGFtYmRhQXJuKSB7XG4gICAgICBsb2coJ1JlbW92ZScsIHByb3BzLlVzZXJQb29sSWQsIGAke3Byb3BzLk9wZXJhdGlvbn0gZG9lcyBub3QgaW52b2tlIHRoaXMgcmVzb3VyY2UncyBmdW5jdGlvbjogbm90aGluZyB0byByZW1vdmVgKTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgaWYgKHNsb3RPZihwcm9wcy5PcGVyYXRpb24pID09PSAnUHJlVG9rZW5HZW5lcmF0aW9uQ29uZmlnJykge1xuICAgICAgZGVsZXRlIGxhbWJkYUNvbmZpZy5QcmVUb2tlbkdlbmVyYXRpb247XG4gICAgICBkZWxldGUgbGFtYmRhQ29uZmlnLlByZVRva2VuR2VuZXJhdGlvbkNvbmZpZztcbiAgICB9IGVsc2Uge1xuICAgICAgZGVsZXRlIGxhbWJkYUNvbmZpZ1twcm9wcy5PcGVyYXRpb25dO1xuICAgIH1cbiAgICAvLyBLTVNLZXlJRCBvbmx5IHNlcnZlcyBjdXN0b20gc2VuZGVyczogaXQgZ29lcyB3aXRoIHRoZSBsYXN0IG9mIHRoZW0uXG4gICAgaWYgKENVU1RPTV9TRU5ERVJTLmluY2x1ZGVzKHByb3BzLk9wZXJhdGlvbikgJiYgIUNVU1RPTV9TRU5ERVJTLnNvbWUoKHNlbmRlcikgPT4gbGFtYmRhQ29uZmlnW3NlbmRlcl0gIT09IHVuZGVmaW5lZCkpIHtcbiAgICAgIGRlbGV0ZSBsYW1iZGFDb25maWcuS01TS2V5SUQ7XG4gICAgfVxuICB9LCB7IG1pc3NpbmdQb29sSXNEb25lOiB0cnVlIH0pO1xufVxuXG4vKipcbiAqIEN1c3RvbSBzZW5kZXJzIG5lZWQgTGFtYmRhQ29uZmlnLktNU0tleUlELiBBIG5ldyBrZXkgaXMgc2V0IHVubGVzcyB0aGUgcG9vbCdzIG90aGVyIGN1c3RvbSBzZW5kZXIgYmVsb25ncyB0b1xuICogYW5vdGhlciBmdW5jdGlvbiAobm90IHRoaXMgcmVzb3VyY2Uncywgbm9yIGl0cyBgcHJldmlvdXNgIG9uZSk6IGl0IGRlY3J5cHRzIHdpdGggdGhlIGN1cnJlbnQga2V5LlxuICovXG5mdW5jdGlvbiBzZXRTZW5kZXJLZXkobGFtYmRhQ29uZmlnOiBKc29uLCBwcm9wczogVHJpZ2dlclByb3BzLCBwcmV2aW91cz86IFRyaWdnZXJQcm9wcyk6IHZvaWQge1xuICBjb25zdCBjdXJyZW50ID0gbGFtYmRhQ29uZmlnLktNU0tleUlEO1xuICBpZiAocHJvcHMuS21zS2V5QXJuID09PSB1bmRlZmluZWQpIHtcbiAgICBpZiAoY3VycmVudCA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICB0aHJvdyBuZXcgRXJyb3IoYFVzZXIgcG9vbCAke3Byb3BzLlVzZXJQb29sSWR9IGhhcyBubyBLTVNLZXlJRCwgd2hpY2ggYSAke3Byb3BzLk9wZXJhdGlvbn0gdHJpZ2dlciBuZWVkczogcGFzcyBLbXNLZXlBcm4uYCk7XG4gICAgfVxuICAgIHJldHVybjtcbiAgfVxuICBpZiAoY3VycmVudCA9PT0gcHJvcHMuS21zS2V5QXJuKSByZXR1cm47XG4gIGNvbnN0IG90aGVyID0gQ1VTVE9NX1NFTkRFUlMuZmluZCgoc2VuZGVyKSA9PiBzZW5kZXIgIT09IHByb3BzLk9wZXJhdGlvbiAmJiBsYW1iZGFDb25maWdbc2VuZGVyXSAhPT0gdW5kZWZpbmVkKTtcbiAgY29uc3Qgb3RoZXJPd25lciA9IG90aGVyICYmIG93bmVyT2YobGFtYmRhQ29uZmlnLCBvdGhlcik7XG4gIGNvbnN0IG91cnMgPSBvdGhlck93bmVyID09PSBwcm9wcy5MYW1iZGFBcm5cbiAgICB8fCAocHJldmlvdXM/LlVzZXJQb29sSWQgPT09IHByb3BzLlVzZXJQb29sSWQgJiYgcHJldmlvdXMuT3BlcmF0aW9uID09PSBvdGhlciAmJiBwcmV2aW91cy5MYW1iZGFBcm4gPT09IG90aGVyT3duZXIpO1xuICBpZiAob3RoZXIgJiYgIW91cnMpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoYFVzZXIgcG9vbCAke3Byb3BzLlVzZXJQb29sSWR9IGVuY3J5cHRzIGZvciBpdHMgJHtvdGhlcn0gdHJpZ2dlciAoJHtTdHJpbmcob3RoZXJPd25lcil9KSB3aXRoIGBcbiAgICAgICsgYEtNU0tleUlEICR7U3RyaW5nKGN1cnJlbnQpfTsgc2V0dGluZyAke3Byb3BzLkttc0tleUFybn0gZm9yICR7cHJvcHMuT3BlcmF0aW9ufSB3b3VsZCBicmVhayB0aGF0IHRyaWdnZXIuYCk7XG4gIH1cbiAgbGFtYmRhQ29uZmlnLktNU0tleUlEID0gcHJvcHMuS21zS2V5QXJuO1xufVxuXG4vKiogVGhlIGZ1bmN0aW9uIGEgc2xvdCBpbnZva2VzLCBpZiBhbnkuICovXG5mdW5jdGlvbiBvd25lck9mKGxhbWJkYUNvbmZpZzogSnNvbiwgb3BlcmF0aW9uOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBpZiAoc2xvdE9mKG9wZXJhdGlvbikgPT09ICdQcmVUb2tlbkdlbmVyYXRpb25Db25maWcnKSB7XG4gICAgY29uc3QgY29uZmlnID0gYXNPYmplY3QobGFtYmRhQ29uZmlnLlByZVRva2VuR2VuZXJhdGlvbkNvbmZpZyk7XG4gICAgcmV0dXJuIGFzU3RyaW5nKGNvbmZpZz8uTGFtYmRhQXJuKSA/PyBhc1N0cmluZyhsYW1iZGFDb25maWcuUHJlVG9rZW5HZW5lcmF0aW9uKTtcbiAgfVxuICBjb25zdCB2YWx1ZSA9IGxhbWJkYUNvbmZpZ1tvcGVyYXRpb25dO1xuICByZXR1cm4gYXNTdHJpbmcodmFsdWUpID8/IGFzU3RyaW5nKGFzT2JqZWN0KHZhbHVlKT8uTGFtYmRhQXJuKTtcbn1cblxuZnVuY3Rpb24gc2FtZVNsb3QoYTogVHJpZ2dlclByb3BzLCBiOiBUcmlnZ2VyUHJvcHMpOiBib29sZWFuIHtcbiAgcmV0dXJuIGEuVXNlclBvb2xJZCA9PT0gYi5Vc2VyUG9vbElkICYmIHNsb3RPZihhLk9wZXJhdGlvbikgPT09IHNsb3RPZihiLk9wZXJhdGlvbik7XG59XG5cbi8qKiBUaGUgc2xvdCBhbiBvcGVyYXRpb24gY29uZmlndXJlczogYm90aCBwcmUgdG9rZW4gZ2VuZXJhdGlvbiBrZXlzIGFyZSBvbmUgdHJpZ2dlci4gKi9cbmZ1bmN0aW9uIHNsb3RPZihvcGVyYXRpb246IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBvcGVyYXRpb24gPT09ICdQcmVUb2tlbkdlbmVyYXRpb24nID8gJ1ByZVRva2VuR2VuZXJhdGlvbkNvbmZpZycgOiBvcGVyYXRpb247XG59XG5cbmZ1bmN0aW9uIHBhcnNlUHJvcHMocmF3OiBKc29uLCB3aGVyZTogc3RyaW5nKTogVHJpZ2dlclByb3BzIHtcbiAgY29uc3QgdGV4dCA9IChuYW1lOiBzdHJpbmcsIHJlcXVpcmVkOiBib29sZWFuKTogc3RyaW5nIHwgdW5kZWZpbmVkID0+IHtcbiAgICBjb25zdCB2YWx1ZSA9IHJhd1tuYW1lXTtcbiAgICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gJycpIHtcbiAgICAgIGlmIChyZXF1aXJlZCkgdGhyb3cgbmV3IEVycm9yKGAke3doZXJlfS4ke25hbWV9IGlzIHJlcXVpcmVkYCk7XG4gICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgIH1cbiAgICBpZiAodHlwZW9mIHZhbHVlICE9PSAnc3RyaW5nJykgdGhyb3cgbmV3IEVycm9yKGAke3doZXJlfS4ke25hbWV9IG11c3QgYmUgYSBzdHJpbmcsIGdvdCAke3R5cGVvZiB2YWx1ZX1gKTtcbiAgICByZXR1cm4gdmFsdWU7XG4gIH07XG4gIGNvbnN0IHByb3BzOiBUcmlnZ2VyUHJvcHMgPSB7XG4gICAgVXNlclBvb2xJZDogdGV4dCgnVXNlclBvb2xJZCcsIHRydWUpISxcbiAgICBPcGVyYXRpb246IHRleHQoJ09wZXJhdGlvbicsIHRydWUpISxcbiAgICBMYW1iZGFBcm46IHRleHQoJ0xhbWJkYUFybicsIHRydWUpISxcbiAgICBMYW1iZGFWZXJzaW9uOiB0ZXh0KCdMYW1iZGFWZXJzaW9uJywgZmFsc2UpLFxuICAgIEttc0tleUFybjogdGV4dCgnS21zS2V5QXJuJywgZmFsc2UpLFxuICB9O1xuICBpZiAoIU9QRVJBVElPTlMuaW5jbHVkZXMocHJvcHMuT3BlcmF0aW9uKSkge1xuICAgIHRocm93IG5ldyBFcnJvcihgJHt3aGVyZX0uT3BlcmF0aW9uICR7cHJvcHMuT3BlcmF0aW9ufSBpcyBub3QgYSB0cmlnZ2VyIHRoaXMgaGFuZGxlciBzZXRzICgke09QRVJBVElPTlMuam9pbignLCAnKX0pYCk7XG4gIH1cbiAgaWYgKHByb3BzLkxhbWJkYVZlcnNpb24gIT09IHVuZGVmaW5lZCAmJiAhVkVSU0lPTkVEX1RSSUdHRVJTLmluY2x1ZGVzKHByb3BzLk9wZXJhdGlvbikpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoYCR7d2hlcmV9LkxhbWJkYVZlcnNpb24gYXBwbGllcyBvbmx5IHRvICR7VkVSU0lPTkVEX1RSSUdHRVJTLmpvaW4oJywgJyl9LCBub3QgJHtwcm9wcy5PcGVyYXRpb259YCk7XG4gIH1cbiAgaWYgKHByb3BzLkttc0tleUFybiAhPT0gdW5kZWZpbmVkICYmICFDVVNUT01fU0VOREVSUy5pbmNsdWRlcyhwcm9wcy5PcGVyYXRpb24pKSB7XG4gICAgdGhyb3cgbmV3IEVycm9yKGAke3doZXJlfS5LbXNLZXlBcm4gYXBwbGllcyBvbmx5IHRvICR7Q1VTVE9NX1NFTkRFUlMuam9pbignLCAnKX0sIG5vdCAke3Byb3BzLk9wZXJhdGlvbn1gKTtcbiAgfVxuICByZXR1cm4gcHJvcHM7XG59XG5cbi8qKiBSZWFkcyBhbmQgd3JpdGVzIHVzZXIgcG9vbHMsIHJldHJ5aW5nIGEgd2hvbGUgcmVhZC1jaGFuZ2Utd3JpdGUgb24gdGhyb3R0bGluZyBhbmQgY29uY3VycmVudCBjaGFuZ2VzLiAqL1xuY2xhc3MgUG9vbEFjY2VzcyB7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgY2xpZW50OiBDb2duaXRvSWRlbnRpdHlQcm92aWRlckNsaWVudCxcbiAgICBwcml2YXRlIHJlYWRvbmx5IHNsZWVwOiAobXM6IG51bWJlcikgPT4gUHJvbWlzZTx2b2lkPixcbiAgICBwcml2YXRlIHJlYWRvbmx5IHJ1bnRpbWVNZW1iZXJzPzogcmVhZG9ubHkgc3RyaW5nW10sXG4gICkge31cblxuICAvKipcbiAgICogUmVhZHMgdGhlIHBvb2wsIGxldHMgYGVkaXRgIGNoYW5nZSBhIGNvcHkgb2YgaXRzIExhbWJkYUNvbmZpZywgYW5kIHdyaXRlcyB0aGUgcG9vbCBiYWNrIHdpdGggZXZlcnkgb3RoZXIgc2V0dGluZ1xuICAgKiBhcyByZWFkOyB3aGVuIGBlZGl0YCBjaGFuZ2VkIG5vdGhpbmcsIG5vdGhpbmcgaXMgd3JpdHRlbi4gQSByZXRyeSBzdGFydHMgYWdhaW4gZnJvbSB0aGUgcmVhZCwgc28gaXQgc2VlcyB3aGF0XG4gICAqIGNoYW5nZWQgbWVhbndoaWxlLlxuICAgKi9cbiAgYXN5bmMgY2hhbmdlKHVzZXJQb29sSWQ6IHN0cmluZywgZWRpdDogKGxhbWJkYUNvbmZpZzogSnNvbikgPT4gdm9pZCwgb3B0aW9uczogeyBtaXNzaW5nUG9vbElzRG9uZT86IGJvb2xlYW4gfSA9IHt9KTogUHJvbWlzZTx2b2lkPiB7XG4gICAgZm9yIChsZXQgYXR0ZW1wdCA9IDE7IDsgYXR0ZW1wdCsrKSB7XG4gICAgICB0cnkge1xuICAgICAgICBjb25zdCBwb29sID0gYXdhaXQgdGhpcy5jYWxsKCdEZXNjcmliZVVzZXJQb29sJywgdXNlclBvb2xJZCwgKCkgPT4gdGhpcy5kZXNjcmliZSh1c2VyUG9vbElkKSk7XG4gICAgICAgIGNvbnN0IHJlcXVlc3QgPSB1cGRhdGVSZXF1ZXN0Rm9yKHBvb2wsIHRoaXMucnVudGltZU1lbWJlcnMpO1xuICAgICAgICBjb25zdCBsYW1iZGFDb25maWcgPSBhc09iamVjdChyZXF1ZXN0LkxhbWJkYUNvbmZpZykgPz8ge307XG4gICAgICAgIGNvbnN0IGJlZm9yZSA9IGNhbm9uaWNhbEpzb24obGFtYmRhQ29uZmlnKTtcbiAgICAgICAgZWRpdChsYW1iZGFDb25maWcpO1xuICAgICAgICBpZiAoY2Fub25pY2FsSnNvbihsYW1iZGFDb25maWcpID09PSBiZWZvcmUpIHtcbiAgICAgICAgICBsb2coJ1VuY2hhbmdlZCcsIHVzZXJQb29sSWQsICd0aGUgdHJpZ2dlcnMgYXJlIGFscmVhZHkgYXMgd2FudGVkOiBub3RoaW5nIHRvIHdyaXRlJyk7XG4gICAgICAgICAgcmV0dXJuO1xuICAgICAgICB9XG4gICAgICAgIHJlcXVlc3QuVXNlclBvb2xJZCA9IHVzZXJQb29sSWQ7XG4gICAgICAgIHJlcXVlc3QuTGFtYmRhQ29uZmlnID0gbGFtYmRhQ29uZmlnO1xuICAgICAgICBhd2FpdCB0aGlzLmNhbGwoJ1VwZGF0ZVVzZXJQb29sJywgdXNlclBvb2xJZCwgKCkgPT4gdGhpcy51cGRhdGUocmVxdWVzdCkpO1xuICAgICAgICByZXR1cm47XG4gICAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBDb2duaXRvQ2FsbEVycm9yICYmIGVycm9yLnNlcnZpY2VFcnJvciA9PT0gJ1Jlc291cmNlTm90Rm91bmRFeGNlcHRpb24nICYmIG9wdGlvbnMubWlzc2luZ1Bvb2xJc0RvbmUpIHtcbiAgICAgICAgICBsb2coJ1JlbW92ZScsIHVzZXJQb29sSWQsICd0aGUgdXNlciBwb29sIG5vIGxvbmdlciBleGlzdHM6IG5vdGhpbmcgdG8gcmVtb3ZlJyk7XG4gICAgICAgICAgcmV0dXJuO1xuICAgICAgICB9XG4gICAgICAgIGlmICghKGVycm9yIGluc3RhbmNlb2YgQ29nbml0b0NhbGxFcnJvcikgfHwgIWVycm9yLnJldHJ5YWJsZSB8fCBhdHRlbXB0ID49IE1BWF9BVFRFTVBUUykgdGhyb3cgZXJyb3I7XG4gICAgICAgIGNvbnN0IGRlbGF5ID0gTWF0aC5taW4oRklSU1RfREVMQVlfTVMgKiAyICoqIChhdHRlbXB0IC0gMSksIE1BWF9ERUxBWV9NUyk7XG4gICAgICAgIGxvZygnUmV0cnknLCB1c2VyUG9vbElkLCBgJHtlcnJvci5zZXJ2aWNlRXJyb3J9IChhdHRlbXB0ICR7YXR0ZW1wdH0gb2YgJHtNQVhfQVRURU1QVFN9KSwgYWdhaW4gaW4gJHtkZWxheX0gbXNgKTtcbiAgICAgICAgYXdhaXQgdGhpcy5zbGVlcChkZWxheSk7XG4gICAgICB9XG4gICAgfVxuICB9XG5cbiAgLyoqXG4gICAqIERlc2NyaWJlVXNlclBvb2wncyBgVXNlclBvb2xgIGFzIHRoZSBzZXJ2aWNlIHNlbnQgaXQuIFRoZSBTREsncyBkZXNlcmlhbGl6ZXIga2VlcHMgb25seSBtZW1iZXJzIGl0cyBtb2RlbCBrbm93cyxcbiAgICogc28gdGhlIHJhdyBKU09OIGJvZHkgaXMga2VwdCBhcyB3ZWxsOiBhIHNldHRpbmcgbmV3ZXIgdGhhbiB0aGUgU0RLIG9mIHRoZSBMYW1iZGEgcnVudGltZSBzdGlsbCBnZXRzIHdyaXR0ZW4gYmFjay5cbiAgICovXG4gIHByaXZhdGUgYXN5bmMgZGVzY3JpYmUodXNlclBvb2xJZDogc3RyaW5nKTogUHJvbWlzZTxKc29uPiB7XG4gICAgY29uc3QgY29tbWFuZCA9IG5ldyBEZXNjcmliZVVzZXJQb29sQ29tbWFuZCh7IFVzZXJQb29sSWQ6IHVzZXJQb29sSWQgfSk7XG4gICAgbGV0IHJhdzogSnNvbiB8IHVuZGVmaW5lZDtcbiAgICAvLyBMYXN0IGluIHRoZSBkZXNlcmlhbGl6ZSBzdGVwOiBpbnNpZGUgdGhlIFNESydzIGRlc2VyaWFsaXplciwgc28gaXQgc2VlcyB0aGUgcmVzcG9uc2UgYmVmb3JlIHRoZSBkZXNlcmlhbGl6ZXIuXG4gICAgKGNvbW1hbmQubWlkZGxld2FyZVN0YWNrIGFzIHVua25vd24gYXMgTWlkZGxld2FyZVN0YWNrKS5hZGQocmF3UmVzcG9uc2VSZWFkZXIoKGJvZHkpID0+IHsgcmF3ID0gYm9keTsgfSksIHtcbiAgICAgIHN0ZXA6ICdkZXNlcmlhbGl6ZScsIHByaW9yaXR5OiAnbG93JywgbmFtZTogJ3VzZXJQb29sVHJpZ2dlclJhd1Jlc3BvbnNlJyxcbiAgICB9KTtcbiAgICBjb25zdCBvdXRwdXQgPSBhd2FpdCB0aGlzLmNsaWVudC5zZW5kKGNvbW1hbmQpO1xuICAgIGNvbnN0IHBvb2wgPSBhc09iamVjdChyYXc/LlVzZXJQb29sKSA/PyBhc09iamVjdChvdXRwdXQuVXNlclBvb2wpO1xuICAgIGlmICghcG9vbCkgdGhyb3cgbmV3IEVycm9yKGBEZXNjcmliZVVzZXJQb29sIHJldHVybmVkIG5vIHVzZXIgcG9vbCBmb3IgJHt1c2VyUG9vbElkfWApO1xuICAgIHJldHVybiBwb29sO1xuICB9XG5cbiAgLyoqIFVwZGF0ZVVzZXJQb29sIHdpdGggYHJlcXVlc3RgIGFzIHRoZSBKU09OIGJvZHksIG1lbWJlcnMgdGhlIHJ1bnRpbWUncyBTREsgZG9lc24ndCBrbm93IGluY2x1ZGVkLiAqL1xuICBwcml2YXRlIGFzeW5jIHVwZGF0ZShyZXF1ZXN0OiBKc29uKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgY29uc3QgY29tbWFuZCA9IG5ldyBVcGRhdGVVc2VyUG9vbENvbW1hbmQocmVxdWVzdCBhcyB1bmtub3duIGFzIFVwZGF0ZVVzZXJQb29sQ29tbWFuZElucHV0KTtcbiAgICAoY29tbWFuZC5taWRkbGV3YXJlU3RhY2sgYXMgdW5rbm93biBhcyBNaWRkbGV3YXJlU3RhY2spLmFkZChqc29uQm9keVdyaXRlcihyZXF1ZXN0KSwgeyBzdGVwOiAnYnVpbGQnLCBuYW1lOiAndXNlclBvb2xUcmlnZ2VySnNvbkJvZHknIH0pO1xuICAgIGF3YWl0IHRoaXMuY2xpZW50LnNlbmQoY29tbWFuZCk7XG4gIH1cblxuICBwcml2YXRlIGFzeW5jIGNhbGw8VD4ob3BlcmF0aW9uOiBzdHJpbmcsIHVzZXJQb29sSWQ6IHN0cmluZywgZm46ICgpID0+IFByb21pc2U8VD4pOiBQcm9taXNlPFQ+IHtcbiAgICB0cnkge1xuICAgICAgcmV0dXJuIGF3YWl0IGZuKCk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIHRocm93IG5ldyBDb2duaXRvQ2FsbEVycm9yKG9wZXJhdGlvbiwgdXNlclBvb2xJZCwgZXJyb3IpO1xuICAgIH1cbiAgfVxufVxuXG4vKiogQSBmYWlsZWQgQ29nbml0byBjYWxsOiB0aGUgbWVzc2FnZSBuYW1lcyB0aGUgY2FsbCwgdGhlIHBvb2wgYW5kIHRoZSBzZXJ2aWNlJ3Mgb3duIG1lc3NhZ2UuICovXG5jbGFzcyBDb2duaXRvQ2FsbEVycm9yIGV4dGVuZHMgRXJyb3Ige1xuICByZWFkb25seSBzZXJ2aWNlRXJyb3I6IHN0cmluZztcbiAgcmVhZG9ubHkgcmV0cnlhYmxlOiBib29sZWFuO1xuXG4gIGNvbnN0cnVjdG9yKG9wZXJhdGlvbjogc3RyaW5nLCB1c2VyUG9vbElkOiBzdHJpbmcsIGNhdXNlOiB1bmtub3duKSB7XG4gICAgY29uc3QgbmFtZSA9IGNhdXNlIGluc3RhbmNlb2YgRXJyb3IgPyBjYXVzZS5uYW1lIDogJ0Vycm9yJztcbiAgICBjb25zdCBzdGF0dXMgPSAoY2F1c2UgYXMgeyAkbWV0YWRhdGE/OiB7IGh0dHBTdGF0dXNDb2RlPzogbnVtYmVyIH0gfSkuJG1ldGFkYXRhPy5odHRwU3RhdHVzQ29kZTtcbiAgICBzdXBlcihgJHtvcGVyYXRpb259IGZhaWxlZCBmb3IgdXNlciBwb29sICR7dXNlclBvb2xJZH06ICR7bmFtZX06ICR7Y2F1c2UgaW5zdGFuY2VvZiBFcnJvciA/IGNhdXNlLm1lc3NhZ2UgOiBTdHJpbmcoY2F1c2UpfWAsIHsgY2F1c2UgfSk7XG4gICAgdGhpcy5uYW1lID0gJ0NvZ25pdG9DYWxsRXJyb3InO1xuICAgIHRoaXMuc2VydmljZUVycm9yID0gbmFtZTtcbiAgICB0aGlzLnJldHJ5YWJsZSA9IFJFVFJZQUJMRS5oYXMobmFtZSkgfHwgKHN0YXR1cyAhPT0gdW5kZWZpbmVkICYmIHN0YXR1cyA+PSA1MDApO1xuICB9XG59XG5cbi8qKiBBbiBIVFRQIHJlcXVlc3Qgb3IgcmVzcG9uc2UgYXMgdGhlIFNESydzIG1pZGRsZXdhcmUgc2VlcyBpdCAob25seSB3aGF0IGlzIHVzZWQgaGVyZSkuICovXG5pbnRlcmZhY2UgSHR0cE1lc3NhZ2Uge1xuICBzdGF0dXNDb2RlPzogbnVtYmVyO1xuICBoZWFkZXJzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgYm9keT86IHVua25vd247XG59XG50eXBlIE1pZGRsZXdhcmUgPSAobmV4dDogKGFyZ3M6IHsgcmVxdWVzdDogSHR0cE1lc3NhZ2UgfSkgPT4gUHJvbWlzZTx7IHJlc3BvbnNlOiBIdHRwTWVzc2FnZSB9Pilcbj0+IChhcmdzOiB7IHJlcXVlc3Q6IEh0dHBNZXNzYWdlIH0pID0+IFByb21pc2U8eyByZXNwb25zZTogSHR0cE1lc3NhZ2UgfT47XG4vKiogVGhlIG1ldGhvZCBvZiB0aGUgU0RLJ3MgbWlkZGxld2FyZSBzdGFjayB1c2VkIGhlcmUsIHR5cGVkIHdpdGhvdXQgbG9hZGluZyBAc21pdGh5L3R5cGVzLiAqL1xuaW50ZXJmYWNlIE1pZGRsZXdhcmVTdGFjayB7XG4gIGFkZChtaWRkbGV3YXJlOiBNaWRkbGV3YXJlLCBvcHRpb25zOiB7IHN0ZXA6ICdidWlsZCcgfCAnZGVzZXJpYWxpemUnOyBwcmlvcml0eT86ICdsb3cnOyBuYW1lOiBzdHJpbmcgfSk6IHZvaWQ7XG59XG5cbi8qKlxuICogUnVucyBiZXR3ZWVuIHRoZSBIVFRQIHJlc3BvbnNlIGFuZCB0aGUgU0RLJ3MgZGVzZXJpYWxpemVyOiByZWFkcyBhIHN1Y2Nlc3NmdWwgSlNPTiBib2R5LCBoYW5kcyBpdCB0byBgb25Cb2R5YFxuICogYW5kIGdpdmVzIHRoZSBkZXNlcmlhbGl6ZXIgdGhlIHNhbWUgYnl0ZXMuXG4gKi9cbmZ1bmN0aW9uIHJhd1Jlc3BvbnNlUmVhZGVyKG9uQm9keTogKGJvZHk6IEpzb24pID0+IHZvaWQpOiBNaWRkbGV3YXJlIHtcbiAgcmV0dXJuIChuZXh0KSA9PiBhc3luYyAoYXJncykgPT4ge1xuICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IG5leHQoYXJncyk7XG4gICAgY29uc3QgcmVzcG9uc2UgPSByZXN1bHQucmVzcG9uc2U7XG4gICAgaWYgKChyZXNwb25zZS5zdGF0dXNDb2RlID8/IDApID49IDMwMCkgcmV0dXJuIHJlc3VsdDtcbiAgICBjb25zdCBieXRlcyA9IGF3YWl0IHJlYWRBbGwocmVzcG9uc2UuYm9keSk7XG4gICAgaWYgKGJ5dGVzID09PSB1bmRlZmluZWQpIHJldHVybiByZXN1bHQ7XG4gICAgcmVzcG9uc2UuYm9keSA9IGJ5dGVzO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBwYXJzZWQgPSBhc09iamVjdChKU09OLnBhcnNlKEJ1ZmZlci5mcm9tKGJ5dGVzKS50b1N0cmluZygndXRmOCcpKSk7XG4gICAgICBpZiAocGFyc2VkKSBvbkJvZHkocGFyc2VkKTtcbiAgICB9IGNhdGNoIHtcbiAgICAgIC8vIE5vdCBKU09OOiB0aGUgU0RLJ3MgZGVzZXJpYWxpemVyIHJlcG9ydHMgaXQuXG4gICAgfVxuICAgIHJldHVybiByZXN1bHQ7XG4gIH07XG59XG5cbi8qKiBSZXBsYWNlcyB0aGUgc2VyaWFsaXplZCBib2R5IHdpdGggYGJvZHlgIGFzIEpTT04gKHRoZSBTREsncyBzZXJpYWxpemVyIGRyb3BzIG1lbWJlcnMgaXRzIG1vZGVsIGRvZXNuJ3Qga25vdykuICovXG5mdW5jdGlvbiBqc29uQm9keVdyaXRlcihib2R5OiBKc29uKTogTWlkZGxld2FyZSB7XG4gIHJldHVybiAobmV4dCkgPT4gYXN5bmMgKGFyZ3MpID0+IHtcbiAgICBjb25zdCBqc29uID0gSlNPTi5zdHJpbmdpZnkoYm9keSk7XG4gICAgYXJncy5yZXF1ZXN0LmJvZHkgPSBqc29uO1xuICAgIGlmIChhcmdzLnJlcXVlc3QuaGVhZGVycykgYXJncy5yZXF1ZXN0LmhlYWRlcnNbJ2NvbnRlbnQtbGVuZ3RoJ10gPSBTdHJpbmcoQnVmZmVyLmJ5dGVMZW5ndGgoanNvbikpO1xuICAgIHJldHVybiBuZXh0KGFyZ3MpO1xuICB9O1xufVxuXG4vKiogVGhlIHdob2xlIG9mIGEgcmVzcG9uc2UgYm9keSwgb3IgdW5kZWZpbmVkIGZvciBhIGJvZHkgdGhpcyBjYW4ndCByZWFkIChsZWZ0IHRvIHRoZSBTREspLiAqL1xuYXN5bmMgZnVuY3Rpb24gcmVhZEFsbChib2R5OiB1bmtub3duKTogUHJvbWlzZTxVaW50OEFycmF5IHwgdW5kZWZpbmVkPiB7XG4gIGlmIChib2R5IGluc3RhbmNlb2YgVWludDhBcnJheSkgcmV0dXJuIGJvZHk7XG4gIGlmICh0eXBlb2YgYm9keSA9PT0gJ3N0cmluZycpIHJldHVybiBCdWZmZXIuZnJvbShib2R5KTtcbiAgaWYgKGJvZHkgJiYgdHlwZW9mIChib2R5IGFzIEFzeW5jSXRlcmFibGU8dW5rbm93bj4pW1N5bWJvbC5hc3luY0l0ZXJhdG9yXSA9PT0gJ2Z1bmN0aW9uJykge1xuICAgIGNvbnN0IGNodW5rczogQnVmZmVyW10gPSBbXTtcbiAgICBmb3IgYXdhaXQgKGNvbnN0IGNodW5rIG9mIGJvZHkgYXMgQXN5bmNJdGVyYWJsZTxVaW50OEFycmF5IHwgc3RyaW5nPikgY2h1bmtzLnB1c2goQnVmZmVyLmZyb20oY2h1bmspKTtcbiAgICByZXR1cm4gQnVmZmVyLmNvbmNhdChjaHVua3MpO1xuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbi8qKiBKU09OIHdpdGggb2JqZWN0IGtleXMgc29ydGVkLCB0byBjb21wYXJlIHZhbHVlcyB3aGF0ZXZlciBvcmRlciB0aGVpciBrZXlzIGNhbWUgaW4uICovXG5mdW5jdGlvbiBjYW5vbmljYWxKc29uKHZhbHVlOiB1bmtub3duKTogc3RyaW5nIHtcbiAgcmV0dXJuIEpTT04uc3RyaW5naWZ5KHZhbHVlLCAoX2tleSwgbWVtYmVyOiB1bmtub3duKSA9PiB7XG4gICAgY29uc3Qgb2JqZWN0ID0gYXNPYmplY3QobWVtYmVyKTtcbiAgICByZXR1cm4gb2JqZWN0ID8gT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKG9iamVjdCkuc29ydCgoW2FdLCBbYl0pID0+IChhIDwgYiA/IC0xIDogYSA+IGIgPyAxIDogMCkpKSA6IG1lbWJlcjtcbiAgfSk7XG59XG5cbmZ1bmN0aW9uIGFzU3RyaW5nKHZhbHVlOiB1bmtub3duKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycgPyB2YWx1ZSA6IHVuZGVmaW5lZDtcbn1cblxuLyoqIE9uZSBsaW5lIHBlciBzdGVwOiB0aGUgcmVxdWVzdCB0eXBlIChvciBzdGVwKSwgdGhlIHBvb2wgYW5kIHdoYXQgaGFwcGVuZWQ7IG5ldmVyIGEgcG9vbCdzIHNldHRpbmdzLiAqL1xuZnVuY3Rpb24gbG9nKHN0ZXA6IHN0cmluZywgdXNlclBvb2xJZDogc3RyaW5nLCBkZXRhaWw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zb2xlLmxvZyhKU09OLnN0cmluZ2lmeSh7IHN0ZXAsIHVzZXJQb29sSWQsIGRldGFpbCB9KSk7XG59XG5cbi8qKiBXaGF0IHRoZSBMYW1iZGEgZnVuY3Rpb24gcnVucyAobGFzdDogbWFrZUhhbmRsZXIgbmVlZHMgdGhlIGNsYXNzIGFib3ZlKS4gKi9cbmV4cG9ydCBjb25zdCBoYW5kbGVyID0gbWFrZUhhbmRsZXIoKTtcbiJdfQ==