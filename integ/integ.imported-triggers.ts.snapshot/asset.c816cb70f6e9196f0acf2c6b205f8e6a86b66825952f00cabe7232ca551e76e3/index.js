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
                const unplaced = (0, fields_1.unplacedMembers)(pool, this.runtimeMembers);
                if (unplaced.length > 0)
                    log('Read', userPoolId, `settings newer than this handler, not written back: ${unplaced.join(', ')}`);
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
        const status = cause?.$metadata?.httpStatusCode;
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
            const parsed = (0, fields_1.asObject)(JSON.parse(new TextDecoder().decode(bytes)));
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiaW5kZXguanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi9zcmMvaGFuZGxlcnMvdXNlci1wb29sLXRyaWdnZXIvaW5kZXgudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7O0FBbUZBLGtDQWlDQztBQU1ELGdDQUVDO0FBNUhEOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0dBc0JHO0FBQ0gsNkdBQTZHO0FBQzdHLDZEQUE2RDtBQUM3RCxnR0FLbUQ7QUFDbkQscUNBQWtGO0FBRWxGLGtEQUFrRDtBQUNsRCxNQUFNLGNBQWMsR0FBc0I7SUFDeEMsV0FBVyxFQUFFLGVBQWUsRUFBRSxrQkFBa0IsRUFBRSxtQkFBbUIsRUFBRSxvQkFBb0I7SUFDM0YscUJBQXFCLEVBQUUscUJBQXFCLEVBQUUsNkJBQTZCLEVBQUUsZUFBZSxFQUFFLG9CQUFvQjtDQUNuSCxDQUFDO0FBQ0YsNkRBQTZEO0FBQzdELE1BQU0sa0JBQWtCLEdBQXNCLENBQUMsMEJBQTBCLEVBQUUsbUJBQW1CLEVBQUUsaUJBQWlCLEVBQUUsbUJBQW1CLENBQUMsQ0FBQztBQUN4SSxNQUFNLGNBQWMsR0FBc0IsQ0FBQyxtQkFBbUIsRUFBRSxpQkFBaUIsQ0FBQyxDQUFDO0FBQ25GLE1BQU0sVUFBVSxHQUFzQixDQUFDLEdBQUcsY0FBYyxFQUFFLEdBQUcsa0JBQWtCLENBQUMsQ0FBQztBQUVqRix3RkFBd0Y7QUFDeEYsTUFBTSxTQUFTLEdBQUcsSUFBSSxHQUFHLENBQUM7SUFDeEIsMEJBQTBCLEVBQUUsaUNBQWlDLEVBQUUsd0JBQXdCO0lBQ3ZGLHFCQUFxQixFQUFFLDZCQUE2QjtDQUNyRCxDQUFDLENBQUM7QUFDSCxNQUFNLFlBQVksR0FBRyxDQUFDLENBQUM7QUFDdkIsTUFBTSxjQUFjLEdBQUcsS0FBSyxDQUFDO0FBQzdCLE1BQU0sWUFBWSxHQUFHLEtBQUssQ0FBQztBQWdDM0IsZ0hBQWdIO0FBQ2hILFNBQWdCLFdBQVcsQ0FBQyxVQUEwQixFQUFFO0lBQ3RELE1BQU0sTUFBTSxHQUFHLE9BQU8sQ0FBQyxNQUFNLElBQUksSUFBSSxnRUFBNkIsQ0FBQyxFQUFFLENBQUMsQ0FBQztJQUN2RSxNQUFNLEtBQUssR0FBRyxPQUFPLENBQUMsS0FBSyxJQUFJLENBQUMsQ0FBQyxFQUFVLEVBQUUsRUFBRSxDQUFDLElBQUksT0FBTyxDQUFPLENBQUMsT0FBTyxFQUFFLEVBQUUsQ0FBQyxVQUFVLENBQUMsT0FBTyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUN6RyxNQUFNLEtBQUssR0FBRyxJQUFJLFVBQVUsQ0FBQyxNQUFNLEVBQUUsS0FBSyxFQUFFLE9BQU8sQ0FBQyxjQUFjLENBQUMsQ0FBQztJQUVwRSxPQUFPLEtBQUssRUFBRSxLQUFLLEVBQUUsRUFBRTtRQUNyQixJQUFJLEtBQUssQ0FBQyxXQUFXLEtBQUssUUFBUSxFQUFFLENBQUM7WUFDbkMsSUFBSSxLQUFtQixDQUFDO1lBQ3hCLElBQUksQ0FBQztnQkFDSCxLQUFLLEdBQUcsVUFBVSxDQUFDLEtBQUssQ0FBQyxrQkFBa0IsRUFBRSxvQkFBb0IsQ0FBQyxDQUFDO1lBQ3JFLENBQUM7WUFBQyxPQUFPLEtBQUssRUFBRSxDQUFDO2dCQUNmLDBFQUEwRTtnQkFDMUUsR0FBRyxDQUFDLEtBQUssQ0FBQyxXQUFXLEVBQUUsV0FBVyxFQUFFLHNCQUF1QixLQUFlLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQztnQkFDdEYsT0FBTyxFQUFFLGtCQUFrQixFQUFFLEtBQUssQ0FBQyxrQkFBa0IsRUFBRSxDQUFDO1lBQzFELENBQUM7WUFDRCxHQUFHLENBQUMsS0FBSyxDQUFDLFdBQVcsRUFBRSxLQUFLLENBQUMsVUFBVSxFQUFFLEtBQUssQ0FBQyxTQUFTLENBQUMsQ0FBQztZQUMxRCxNQUFNLGFBQWEsQ0FBQyxLQUFLLEVBQUUsS0FBSyxDQUFDLENBQUM7WUFDbEMsT0FBTyxFQUFFLGtCQUFrQixFQUFFLEtBQUssQ0FBQyxrQkFBa0IsRUFBRSxDQUFDO1FBQzFELENBQUM7UUFFRCxNQUFNLEtBQUssR0FBRyxVQUFVLENBQUMsS0FBSyxDQUFDLGtCQUFrQixFQUFFLG9CQUFvQixDQUFDLENBQUM7UUFDekUsR0FBRyxDQUFDLEtBQUssQ0FBQyxXQUFXLEVBQUUsS0FBSyxDQUFDLFVBQVUsRUFBRSxLQUFLLENBQUMsU0FBUyxDQUFDLENBQUM7UUFDMUQsSUFBSSxLQUFLLENBQUMsV0FBVyxLQUFLLFFBQVEsRUFBRSxDQUFDO1lBQ25DLE1BQU0sVUFBVSxDQUFDLEtBQUssRUFBRSxLQUFLLENBQUMsQ0FBQztZQUMvQixPQUFPLEVBQUUsa0JBQWtCLEVBQUUsVUFBVSxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUM7UUFDbkQsQ0FBQztRQUVELE1BQU0sR0FBRyxHQUFHLFVBQVUsQ0FBQyxLQUFLLENBQUMscUJBQXFCLElBQUksRUFBRSxFQUFFLHVCQUF1QixDQUFDLENBQUM7UUFDbkYsTUFBTSxVQUFVLENBQUMsS0FBSyxFQUFFLEtBQUssRUFBRSxHQUFHLENBQUMsQ0FBQztRQUNwQyx5R0FBeUc7UUFDekcsSUFBSSxDQUFDLFFBQVEsQ0FBQyxHQUFHLEVBQUUsS0FBSyxDQUFDO1lBQUUsTUFBTSxhQUFhLENBQUMsS0FBSyxFQUFFLEdBQUcsQ0FBQyxDQUFDO1FBQzNELE9BQU8sRUFBRSxrQkFBa0IsRUFBRSxVQUFVLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQztJQUNuRCxDQUFDLENBQUM7QUFDSixDQUFDO0FBRUQ7OztHQUdHO0FBQ0gsU0FBZ0IsVUFBVSxDQUFDLEtBQW1CO0lBQzVDLE9BQU8sR0FBRyxLQUFLLENBQUMsVUFBVSxJQUFJLE1BQU0sQ0FBQyxLQUFLLENBQUMsU0FBUyxDQUFDLEVBQUUsQ0FBQztBQUMxRCxDQUFDO0FBRUQ7OztHQUdHO0FBQ0gsS0FBSyxVQUFVLFVBQVUsQ0FBQyxLQUFpQixFQUFFLEtBQW1CLEVBQUUsUUFBdUI7SUFDdkYsTUFBTSxLQUFLLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQyxVQUFVLEVBQUUsQ0FBQyxZQUFZLEVBQUUsRUFBRTtRQUNwRCxNQUFNLE9BQU8sR0FBRyxPQUFPLENBQUMsWUFBWSxFQUFFLEtBQUssQ0FBQyxTQUFTLENBQUMsQ0FBQztRQUN2RCxNQUFNLFNBQVMsR0FBRyxRQUFRLElBQUksUUFBUSxDQUFDLFFBQVEsRUFBRSxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO1FBQ3pGLElBQUksT0FBTyxLQUFLLFNBQVMsSUFBSSxPQUFPLEtBQUssS0FBSyxDQUFDLFNBQVMsSUFBSSxPQUFPLEtBQUssU0FBUyxFQUFFLENBQUM7WUFDbEYsTUFBTSxJQUFJLEtBQUssQ0FBQyxhQUFhLEtBQUssQ0FBQyxVQUFVLGtCQUFrQixLQUFLLENBQUMsU0FBUyxhQUFhLE9BQU8sY0FBYztrQkFDNUcsNkNBQTZDLEtBQUssQ0FBQyxTQUFTLGtEQUFrRDtrQkFDOUcsbURBQW1ELENBQUMsQ0FBQztRQUMzRCxDQUFDO1FBQ0QsSUFBSSxjQUFjLENBQUMsUUFBUSxDQUFDLEtBQUssQ0FBQyxTQUFTLENBQUM7WUFBRSxZQUFZLENBQUMsWUFBWSxFQUFFLEtBQUssRUFBRSxRQUFRLENBQUMsQ0FBQztRQUUxRixJQUFJLGtCQUFrQixDQUFDLFFBQVEsQ0FBQyxLQUFLLENBQUMsU0FBUyxDQUFDLEVBQUUsQ0FBQztZQUNqRCxZQUFZLENBQUMsS0FBSyxDQUFDLFNBQVMsQ0FBQyxHQUFHLEVBQUUsU0FBUyxFQUFFLEtBQUssQ0FBQyxTQUFTLEVBQUUsYUFBYSxFQUFFLEtBQUssQ0FBQyxhQUFhLElBQUksTUFBTSxFQUFFLENBQUM7UUFDL0csQ0FBQzthQUFNLENBQUM7WUFDTixZQUFZLENBQUMsS0FBSyxDQUFDLFNBQVMsQ0FBQyxHQUFHLEtBQUssQ0FBQyxTQUFTLENBQUM7UUFDbEQsQ0FBQztRQUNELDZHQUE2RztRQUM3RywyRkFBMkY7UUFDM0YsSUFBSSxLQUFLLENBQUMsU0FBUyxLQUFLLDBCQUEwQjtZQUFFLFlBQVksQ0FBQyxrQkFBa0IsR0FBRyxLQUFLLENBQUMsU0FBUyxDQUFDO1FBQ3RHLElBQUksS0FBSyxDQUFDLFNBQVMsS0FBSyxvQkFBb0I7WUFBRSxPQUFPLFlBQVksQ0FBQyx3QkFBd0IsQ0FBQztJQUM3RixDQUFDLENBQUMsQ0FBQztBQUNMLENBQUM7QUFFRCwwSEFBMEg7QUFDMUgsS0FBSyxVQUFVLGFBQWEsQ0FBQyxLQUFpQixFQUFFLEtBQW1CO0lBQ2pFLE1BQU0sS0FBSyxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUMsVUFBVSxFQUFFLENBQUMsWUFBWSxFQUFFLEVBQUU7UUFDcEQsSUFBSSxPQUFPLENBQUMsWUFBWSxFQUFFLEtBQUssQ0FBQyxTQUFTLENBQUMsS0FBSyxLQUFLLENBQUMsU0FBUyxFQUFFLENBQUM7WUFDL0QsR0FBRyxDQUFDLFFBQVEsRUFBRSxLQUFLLENBQUMsVUFBVSxFQUFFLEdBQUcsS0FBSyxDQUFDLFNBQVMsOERBQThELENBQUMsQ0FBQztZQUNsSCxPQUFPO1FBQ1QsQ0FBQztRQUNELElBQUksTUFBTSxDQUFDLEtBQUssQ0FBQyxTQUFTLENBQUMsS0FBSywwQkFBMEIsRUFBRSxDQUFDO1lBQzNELE9BQU8sWUFBWSxDQUFDLGtCQUFrQixDQUFDO1lBQ3ZDLE9BQU8sWUFBWSxDQUFDLHdCQUF3QixDQUFDO1FBQy9DLENBQUM7YUFBTSxDQUFDO1lBQ04sT0FBTyxZQUFZLENBQUMsS0FBSyxDQUFDLFNBQVMsQ0FBQyxDQUFDO1FBQ3ZDLENBQUM7UUFDRCxzRUFBc0U7UUFDdEUsSUFBSSxjQUFjLENBQUMsUUFBUSxDQUFDLEtBQUssQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLGNBQWMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxNQUFNLEVBQUUsRUFBRSxDQUFDLFlBQVksQ0FBQyxNQUFNLENBQUMsS0FBSyxTQUFTLENBQUMsRUFBRSxDQUFDO1lBQ3JILE9BQU8sWUFBWSxDQUFDLFFBQVEsQ0FBQztRQUMvQixDQUFDO0lBQ0gsQ0FBQyxFQUFFLEVBQUUsaUJBQWlCLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQztBQUNsQyxDQUFDO0FBRUQ7OztHQUdHO0FBQ0gsU0FBUyxZQUFZLENBQUMsWUFBa0IsRUFBRSxLQUFtQixFQUFFLFFBQXVCO0lBQ3BGLE1BQU0sT0FBTyxHQUFHLFlBQVksQ0FBQyxRQUFRLENBQUM7SUFDdEMsSUFBSSxLQUFLLENBQUMsU0FBUyxLQUFLLFNBQVMsRUFBRSxDQUFDO1FBQ2xDLElBQUksT0FBTyxLQUFLLFNBQVMsRUFBRSxDQUFDO1lBQzFCLE1BQU0sSUFBSSxLQUFLLENBQUMsYUFBYSxLQUFLLENBQUMsVUFBVSw2QkFBNkIsS0FBSyxDQUFDLFNBQVMsaUNBQWlDLENBQUMsQ0FBQztRQUM5SCxDQUFDO1FBQ0QsT0FBTztJQUNULENBQUM7SUFDRCxJQUFJLE9BQU8sS0FBSyxLQUFLLENBQUMsU0FBUztRQUFFLE9BQU87SUFDeEMsTUFBTSxLQUFLLEdBQUcsY0FBYyxDQUFDLElBQUksQ0FBQyxDQUFDLE1BQU0sRUFBRSxFQUFFLENBQUMsTUFBTSxLQUFLLEtBQUssQ0FBQyxTQUFTLElBQUksWUFBWSxDQUFDLE1BQU0sQ0FBQyxLQUFLLFNBQVMsQ0FBQyxDQUFDO0lBQ2hILE1BQU0sVUFBVSxHQUFHLEtBQUssSUFBSSxPQUFPLENBQUMsWUFBWSxFQUFFLEtBQUssQ0FBQyxDQUFDO0lBQ3pELE1BQU0sSUFBSSxHQUFHLFVBQVUsS0FBSyxLQUFLLENBQUMsU0FBUztXQUN0QyxDQUFDLFFBQVEsRUFBRSxVQUFVLEtBQUssS0FBSyxDQUFDLFVBQVUsSUFBSSxRQUFRLENBQUMsU0FBUyxLQUFLLEtBQUssSUFBSSxRQUFRLENBQUMsU0FBUyxLQUFLLFVBQVUsQ0FBQyxDQUFDO0lBQ3RILElBQUksS0FBSyxJQUFJLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDbkIsTUFBTSxJQUFJLEtBQUssQ0FBQyxhQUFhLEtBQUssQ0FBQyxVQUFVLHFCQUFxQixLQUFLLGFBQWEsTUFBTSxDQUFDLFVBQVUsQ0FBQyxTQUFTO2NBQzNHLFlBQVksTUFBTSxDQUFDLE9BQU8sQ0FBQyxhQUFhLEtBQUssQ0FBQyxTQUFTLFFBQVEsS0FBSyxDQUFDLFNBQVMsNEJBQTRCLENBQUMsQ0FBQztJQUNsSCxDQUFDO0lBQ0QsWUFBWSxDQUFDLFFBQVEsR0FBRyxLQUFLLENBQUMsU0FBUyxDQUFDO0FBQzFDLENBQUM7QUFFRCwyQ0FBMkM7QUFDM0MsU0FBUyxPQUFPLENBQUMsWUFBa0IsRUFBRSxTQUFpQjtJQUNwRCxJQUFJLE1BQU0sQ0FBQyxTQUFTLENBQUMsS0FBSywwQkFBMEIsRUFBRSxDQUFDO1FBQ3JELE1BQU0sTUFBTSxHQUFHLElBQUEsaUJBQVEsRUFBQyxZQUFZLENBQUMsd0JBQXdCLENBQUMsQ0FBQztRQUMvRCxPQUFPLFFBQVEsQ0FBQyxNQUFNLEVBQUUsU0FBUyxDQUFDLElBQUksUUFBUSxDQUFDLFlBQVksQ0FBQyxrQkFBa0IsQ0FBQyxDQUFDO0lBQ2xGLENBQUM7SUFDRCxNQUFNLEtBQUssR0FBRyxZQUFZLENBQUMsU0FBUyxDQUFDLENBQUM7SUFDdEMsT0FBTyxRQUFRLENBQUMsS0FBSyxDQUFDLElBQUksUUFBUSxDQUFDLElBQUEsaUJBQVEsRUFBQyxLQUFLLENBQUMsRUFBRSxTQUFTLENBQUMsQ0FBQztBQUNqRSxDQUFDO0FBRUQsU0FBUyxRQUFRLENBQUMsQ0FBZSxFQUFFLENBQWU7SUFDaEQsT0FBTyxDQUFDLENBQUMsVUFBVSxLQUFLLENBQUMsQ0FBQyxVQUFVLElBQUksTUFBTSxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsS0FBSyxNQUFNLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDO0FBQ3RGLENBQUM7QUFFRCx3RkFBd0Y7QUFDeEYsU0FBUyxNQUFNLENBQUMsU0FBaUI7SUFDL0IsT0FBTyxTQUFTLEtBQUssb0JBQW9CLENBQUMsQ0FBQyxDQUFDLDBCQUEwQixDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7QUFDckYsQ0FBQztBQUVELFNBQVMsVUFBVSxDQUFDLEdBQVMsRUFBRSxLQUFhO0lBQzFDLE1BQU0sSUFBSSxHQUFHLENBQUMsSUFBWSxFQUFFLFFBQWlCLEVBQXNCLEVBQUU7UUFDbkUsTUFBTSxLQUFLLEdBQUcsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ3hCLElBQUksS0FBSyxLQUFLLFNBQVMsSUFBSSxLQUFLLEtBQUssRUFBRSxFQUFFLENBQUM7WUFDeEMsSUFBSSxRQUFRO2dCQUFFLE1BQU0sSUFBSSxLQUFLLENBQUMsR0FBRyxLQUFLLElBQUksSUFBSSxjQUFjLENBQUMsQ0FBQztZQUM5RCxPQUFPLFNBQVMsQ0FBQztRQUNuQixDQUFDO1FBQ0QsSUFBSSxPQUFPLEtBQUssS0FBSyxRQUFRO1lBQUUsTUFBTSxJQUFJLEtBQUssQ0FBQyxHQUFHLEtBQUssSUFBSSxJQUFJLDBCQUEwQixPQUFPLEtBQUssRUFBRSxDQUFDLENBQUM7UUFDekcsT0FBTyxLQUFLLENBQUM7SUFDZixDQUFDLENBQUM7SUFDRixNQUFNLEtBQUssR0FBaUI7UUFDMUIsVUFBVSxFQUFFLElBQUksQ0FBQyxZQUFZLEVBQUUsSUFBSSxDQUFFO1FBQ3JDLFNBQVMsRUFBRSxJQUFJLENBQUMsV0FBVyxFQUFFLElBQUksQ0FBRTtRQUNuQyxTQUFTLEVBQUUsSUFBSSxDQUFDLFdBQVcsRUFBRSxJQUFJLENBQUU7UUFDbkMsYUFBYSxFQUFFLElBQUksQ0FBQyxlQUFlLEVBQUUsS0FBSyxDQUFDO1FBQzNDLFNBQVMsRUFBRSxJQUFJLENBQUMsV0FBVyxFQUFFLEtBQUssQ0FBQztLQUNwQyxDQUFDO0lBQ0YsSUFBSSxDQUFDLFVBQVUsQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDLFNBQVMsQ0FBQyxFQUFFLENBQUM7UUFDMUMsTUFBTSxJQUFJLEtBQUssQ0FBQyxHQUFHLEtBQUssY0FBYyxLQUFLLENBQUMsU0FBUyx3Q0FBd0MsVUFBVSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUM7SUFDekgsQ0FBQztJQUNELElBQUksS0FBSyxDQUFDLGFBQWEsS0FBSyxTQUFTLElBQUksQ0FBQyxrQkFBa0IsQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDLFNBQVMsQ0FBQyxFQUFFLENBQUM7UUFDdkYsTUFBTSxJQUFJLEtBQUssQ0FBQyxHQUFHLEtBQUssa0NBQWtDLGtCQUFrQixDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsU0FBUyxLQUFLLENBQUMsU0FBUyxFQUFFLENBQUMsQ0FBQztJQUNySCxDQUFDO0lBQ0QsSUFBSSxLQUFLLENBQUMsU0FBUyxLQUFLLFNBQVMsSUFBSSxDQUFDLGNBQWMsQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDLFNBQVMsQ0FBQyxFQUFFLENBQUM7UUFDL0UsTUFBTSxJQUFJLEtBQUssQ0FBQyxHQUFHLEtBQUssOEJBQThCLGNBQWMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLFNBQVMsS0FBSyxDQUFDLFNBQVMsRUFBRSxDQUFDLENBQUM7SUFDN0csQ0FBQztJQUNELE9BQU8sS0FBSyxDQUFDO0FBQ2YsQ0FBQztBQUVELDRHQUE0RztBQUM1RyxNQUFNLFVBQVU7SUFFSztJQUNBO0lBQ0E7SUFIbkIsWUFDbUIsTUFBcUMsRUFDckMsS0FBb0MsRUFDcEMsY0FBa0M7UUFGbEMsV0FBTSxHQUFOLE1BQU0sQ0FBK0I7UUFDckMsVUFBSyxHQUFMLEtBQUssQ0FBK0I7UUFDcEMsbUJBQWMsR0FBZCxjQUFjLENBQW9CO0lBQ2xELENBQUM7SUFFSjs7OztPQUlHO0lBQ0gsS0FBSyxDQUFDLE1BQU0sQ0FBQyxVQUFrQixFQUFFLElBQWtDLEVBQUUsVUFBMkMsRUFBRTtRQUNoSCxLQUFLLElBQUksT0FBTyxHQUFHLENBQUMsR0FBSSxPQUFPLEVBQUUsRUFBRSxDQUFDO1lBQ2xDLElBQUksQ0FBQztnQkFDSCxNQUFNLElBQUksR0FBRyxNQUFNLElBQUksQ0FBQyxJQUFJLENBQUMsa0JBQWtCLEVBQUUsVUFBVSxFQUFFLEdBQUcsRUFBRSxDQUFDLElBQUksQ0FBQyxRQUFRLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQztnQkFDOUYsTUFBTSxPQUFPLEdBQUcsSUFBQSx5QkFBZ0IsRUFBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLGNBQWMsQ0FBQyxDQUFDO2dCQUM1RCxNQUFNLFFBQVEsR0FBRyxJQUFBLHdCQUFlLEVBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxjQUFjLENBQUMsQ0FBQztnQkFDNUQsSUFBSSxRQUFRLENBQUMsTUFBTSxHQUFHLENBQUM7b0JBQUUsR0FBRyxDQUFDLE1BQU0sRUFBRSxVQUFVLEVBQUUsdURBQXVELFFBQVEsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO2dCQUMvSCxNQUFNLFlBQVksR0FBRyxJQUFBLGlCQUFRLEVBQUMsT0FBTyxDQUFDLFlBQVksQ0FBQyxJQUFJLEVBQUUsQ0FBQztnQkFDMUQsTUFBTSxNQUFNLEdBQUcsYUFBYSxDQUFDLFlBQVksQ0FBQyxDQUFDO2dCQUMzQyxJQUFJLENBQUMsWUFBWSxDQUFDLENBQUM7Z0JBQ25CLElBQUksYUFBYSxDQUFDLFlBQVksQ0FBQyxLQUFLLE1BQU0sRUFBRSxDQUFDO29CQUMzQyxHQUFHLENBQUMsV0FBVyxFQUFFLFVBQVUsRUFBRSxzREFBc0QsQ0FBQyxDQUFDO29CQUNyRixPQUFPO2dCQUNULENBQUM7Z0JBQ0QsT0FBTyxDQUFDLFVBQVUsR0FBRyxVQUFVLENBQUM7Z0JBQ2hDLE9BQU8sQ0FBQyxZQUFZLEdBQUcsWUFBWSxDQUFDO2dCQUNwQyxNQUFNLElBQUksQ0FBQyxJQUFJLENBQUMsZ0JBQWdCLEVBQUUsVUFBVSxFQUFFLEdBQUcsRUFBRSxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQztnQkFDMUUsT0FBTztZQUNULENBQUM7WUFBQyxPQUFPLEtBQUssRUFBRSxDQUFDO2dCQUNmLElBQUksS0FBSyxZQUFZLGdCQUFnQixJQUFJLEtBQUssQ0FBQyxZQUFZLEtBQUssMkJBQTJCLElBQUksT0FBTyxDQUFDLGlCQUFpQixFQUFFLENBQUM7b0JBQ3pILEdBQUcsQ0FBQyxRQUFRLEVBQUUsVUFBVSxFQUFFLG1EQUFtRCxDQUFDLENBQUM7b0JBQy9FLE9BQU87Z0JBQ1QsQ0FBQztnQkFDRCxJQUFJLENBQUMsQ0FBQyxLQUFLLFlBQVksZ0JBQWdCLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxTQUFTLElBQUksT0FBTyxJQUFJLFlBQVk7b0JBQUUsTUFBTSxLQUFLLENBQUM7Z0JBQ3JHLE1BQU0sS0FBSyxHQUFHLElBQUksQ0FBQyxHQUFHLENBQUMsY0FBYyxHQUFHLENBQUMsSUFBSSxDQUFDLE9BQU8sR0FBRyxDQUFDLENBQUMsRUFBRSxZQUFZLENBQUMsQ0FBQztnQkFDMUUsR0FBRyxDQUFDLE9BQU8sRUFBRSxVQUFVLEVBQUUsR0FBRyxLQUFLLENBQUMsWUFBWSxhQUFhLE9BQU8sT0FBTyxZQUFZLGVBQWUsS0FBSyxLQUFLLENBQUMsQ0FBQztnQkFDaEgsTUFBTSxJQUFJLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxDQUFDO1lBQzFCLENBQUM7UUFDSCxDQUFDO0lBQ0gsQ0FBQztJQUVEOzs7T0FHRztJQUNLLEtBQUssQ0FBQyxRQUFRLENBQUMsVUFBa0I7UUFDdkMsTUFBTSxPQUFPLEdBQUcsSUFBSSwwREFBdUIsQ0FBQyxFQUFFLFVBQVUsRUFBRSxVQUFVLEVBQUUsQ0FBQyxDQUFDO1FBQ3hFLElBQUksR0FBcUIsQ0FBQztRQUMxQixnSEFBZ0g7UUFDL0csT0FBTyxDQUFDLGVBQThDLENBQUMsR0FBRyxDQUFDLGlCQUFpQixDQUFDLENBQUMsSUFBSSxFQUFFLEVBQUUsR0FBRyxHQUFHLEdBQUcsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUU7WUFDeEcsSUFBSSxFQUFFLGFBQWEsRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSw0QkFBNEI7U0FDekUsQ0FBQyxDQUFDO1FBQ0gsTUFBTSxNQUFNLEdBQUcsTUFBTSxJQUFJLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsQ0FBQztRQUMvQyxNQUFNLElBQUksR0FBRyxJQUFBLGlCQUFRLEVBQUMsR0FBRyxFQUFFLFFBQVEsQ0FBQyxJQUFJLElBQUEsaUJBQVEsRUFBQyxNQUFNLENBQUMsUUFBUSxDQUFDLENBQUM7UUFDbEUsSUFBSSxDQUFDLElBQUk7WUFBRSxNQUFNLElBQUksS0FBSyxDQUFDLDhDQUE4QyxVQUFVLEVBQUUsQ0FBQyxDQUFDO1FBQ3ZGLE9BQU8sSUFBSSxDQUFDO0lBQ2QsQ0FBQztJQUVELHVHQUF1RztJQUMvRixLQUFLLENBQUMsTUFBTSxDQUFDLE9BQWE7UUFDaEMsTUFBTSxPQUFPLEdBQUcsSUFBSSx3REFBcUIsQ0FBQyxPQUFnRCxDQUFDLENBQUM7UUFDM0YsT0FBTyxDQUFDLGVBQThDLENBQUMsR0FBRyxDQUFDLGNBQWMsQ0FBQyxPQUFPLENBQUMsRUFBRSxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLHlCQUF5QixFQUFFLENBQUMsQ0FBQztRQUN6SSxNQUFNLElBQUksQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDO0lBQ2xDLENBQUM7SUFFTyxLQUFLLENBQUMsSUFBSSxDQUFJLFNBQWlCLEVBQUUsVUFBa0IsRUFBRSxFQUFvQjtRQUMvRSxJQUFJLENBQUM7WUFDSCxPQUFPLE1BQU0sRUFBRSxFQUFFLENBQUM7UUFDcEIsQ0FBQztRQUFDLE9BQU8sS0FBSyxFQUFFLENBQUM7WUFDZixNQUFNLElBQUksZ0JBQWdCLENBQUMsU0FBUyxFQUFFLFVBQVUsRUFBRSxLQUFLLENBQUMsQ0FBQztRQUMzRCxDQUFDO0lBQ0gsQ0FBQztDQUNGO0FBRUQsaUdBQWlHO0FBQ2pHLE1BQU0sZ0JBQWlCLFNBQVEsS0FBSztJQUN6QixZQUFZLENBQVM7SUFDckIsU0FBUyxDQUFVO0lBRTVCLFlBQVksU0FBaUIsRUFBRSxVQUFrQixFQUFFLEtBQWM7UUFDL0QsTUFBTSxJQUFJLEdBQUcsS0FBSyxZQUFZLEtBQUssQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDO1FBQzNELE1BQU0sTUFBTSxHQUFJLEtBQWlFLEVBQUUsU0FBUyxFQUFFLGNBQWMsQ0FBQztRQUM3RyxLQUFLLENBQUMsR0FBRyxTQUFTLHlCQUF5QixVQUFVLEtBQUssSUFBSSxLQUFLLEtBQUssWUFBWSxLQUFLLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUMsRUFBRSxFQUFFLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQztRQUN4SSxJQUFJLENBQUMsSUFBSSxHQUFHLGtCQUFrQixDQUFDO1FBQy9CLElBQUksQ0FBQyxZQUFZLEdBQUcsSUFBSSxDQUFDO1FBQ3pCLElBQUksQ0FBQyxTQUFTLEdBQUcsU0FBUyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLE1BQU0sS0FBSyxTQUFTLElBQUksTUFBTSxJQUFJLEdBQUcsQ0FBQyxDQUFDO0lBQ2xGLENBQUM7Q0FDRjtBQWVEOzs7R0FHRztBQUNILFNBQVMsaUJBQWlCLENBQUMsTUFBNEI7SUFDckQsT0FBTyxDQUFDLElBQUksRUFBRSxFQUFFLENBQUMsS0FBSyxFQUFFLElBQUksRUFBRSxFQUFFO1FBQzlCLE1BQU0sTUFBTSxHQUFHLE1BQU0sSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ2hDLE1BQU0sUUFBUSxHQUFHLE1BQU0sQ0FBQyxRQUFRLENBQUM7UUFDakMsSUFBSSxDQUFDLFFBQVEsQ0FBQyxVQUFVLElBQUksQ0FBQyxDQUFDLElBQUksR0FBRztZQUFFLE9BQU8sTUFBTSxDQUFDO1FBQ3JELE1BQU0sS0FBSyxHQUFHLE1BQU0sT0FBTyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUMzQyxJQUFJLEtBQUssS0FBSyxTQUFTO1lBQUUsT0FBTyxNQUFNLENBQUM7UUFDdkMsUUFBUSxDQUFDLElBQUksR0FBRyxLQUFLLENBQUM7UUFDdEIsSUFBSSxDQUFDO1lBQ0gsTUFBTSxNQUFNLEdBQUcsSUFBQSxpQkFBUSxFQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxXQUFXLEVBQUUsQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQ3JFLElBQUksTUFBTTtnQkFBRSxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUM7UUFDN0IsQ0FBQztRQUFDLE1BQU0sQ0FBQztZQUNQLCtDQUErQztRQUNqRCxDQUFDO1FBQ0QsT0FBTyxNQUFNLENBQUM7SUFDaEIsQ0FBQyxDQUFDO0FBQ0osQ0FBQztBQUVELG9IQUFvSDtBQUNwSCxTQUFTLGNBQWMsQ0FBQyxJQUFVO0lBQ2hDLE9BQU8sQ0FBQyxJQUFJLEVBQUUsRUFBRSxDQUFDLEtBQUssRUFBRSxJQUFJLEVBQUUsRUFBRTtRQUM5QixNQUFNLElBQUksR0FBRyxJQUFJLENBQUMsU0FBUyxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ2xDLElBQUksQ0FBQyxPQUFPLENBQUMsSUFBSSxHQUFHLElBQUksQ0FBQztRQUN6QixJQUFJLElBQUksQ0FBQyxPQUFPLENBQUMsT0FBTztZQUFFLElBQUksQ0FBQyxPQUFPLENBQUMsT0FBTyxDQUFDLGdCQUFnQixDQUFDLEdBQUcsTUFBTSxDQUFDLE1BQU0sQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQztRQUNuRyxPQUFPLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUNwQixDQUFDLENBQUM7QUFDSixDQUFDO0FBRUQsK0ZBQStGO0FBQy9GLEtBQUssVUFBVSxPQUFPLENBQUMsSUFBYTtJQUNsQyxJQUFJLElBQUksWUFBWSxVQUFVO1FBQUUsT0FBTyxJQUFJLENBQUM7SUFDNUMsSUFBSSxPQUFPLElBQUksS0FBSyxRQUFRO1FBQUUsT0FBTyxNQUFNLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQ3ZELElBQUksSUFBSSxJQUFJLE9BQVEsSUFBK0IsQ0FBQyxNQUFNLENBQUMsYUFBYSxDQUFDLEtBQUssVUFBVSxFQUFFLENBQUM7UUFDekYsTUFBTSxNQUFNLEdBQWEsRUFBRSxDQUFDO1FBQzVCLElBQUksS0FBSyxFQUFFLE1BQU0sS0FBSyxJQUFJLElBQTBDO1lBQUUsTUFBTSxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUM7UUFDdEcsT0FBTyxNQUFNLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxDQUFDO0lBQy9CLENBQUM7SUFDRCxPQUFPLFNBQVMsQ0FBQztBQUNuQixDQUFDO0FBRUQseUZBQXlGO0FBQ3pGLFNBQVMsYUFBYSxDQUFDLEtBQWM7SUFDbkMsT0FBTyxJQUFJLENBQUMsU0FBUyxDQUFDLEtBQUssRUFBRSxDQUFDLElBQUksRUFBRSxNQUFlLEVBQUUsRUFBRTtRQUNyRCxNQUFNLE1BQU0sR0FBRyxJQUFBLGlCQUFRLEVBQUMsTUFBTSxDQUFDLENBQUM7UUFDaEMsT0FBTyxNQUFNLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxXQUFXLENBQUMsTUFBTSxDQUFDLE9BQU8sQ0FBQyxNQUFNLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUM7SUFDdkgsQ0FBQyxDQUFDLENBQUM7QUFDTCxDQUFDO0FBRUQsU0FBUyxRQUFRLENBQUMsS0FBYztJQUM5QixPQUFPLE9BQU8sS0FBSyxLQUFLLFFBQVEsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7QUFDdkQsQ0FBQztBQUVELDBHQUEwRztBQUMxRyxTQUFTLEdBQUcsQ0FBQyxJQUFZLEVBQUUsVUFBa0IsRUFBRSxNQUFjO0lBQzNELE9BQU8sQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQyxDQUFDO0FBQzVELENBQUM7QUFFRCwrRUFBK0U7QUFDbEUsUUFBQSxPQUFPLEdBQUcsV0FBVyxFQUFFLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIEN1c3RvbSByZXNvdXJjZSBoYW5kbGVyOiBzZXRzIE9ORSBMYW1iZGEgdHJpZ2dlciBvbiBhbiBleGlzdGluZyBDb2duaXRvIHVzZXIgcG9vbCBhbmQgbGVhdmVzIGV2ZXJ5dGhpbmcgZWxzZSBhc1xuICogaXQgd2FzLiBDb2duaXRvIGhhcyBubyBcImFkZCBhIHRyaWdnZXJcIiBjYWxsLCBhbmQgVXBkYXRlVXNlclBvb2wgcmVzZXRzIGV2ZXJ5IHNldHRpbmcgaXQgaXNuJ3QgZ2l2ZW4sIHNvIGVhY2ggY2hhbmdlXG4gKiByZWFkcyB0aGUgcG9vbCAoRGVzY3JpYmVVc2VyUG9vbCksIGNoYW5nZXMgaXRzIG93biB0cmlnZ2VyIGluIExhbWJkYUNvbmZpZyBhbmQgd3JpdGVzIGV2ZXJ5IG90aGVyIHNldHRpbmcgYmFja1xuICogKFVwZGF0ZVVzZXJQb29sLCByZXF1ZXN0IGJ1aWx0IGJ5IGZpZWxkcy50cykuXG4gKlxuICogRGVwbG95ZWQgYXMgdGhlIGNvZGUgb2YgYXdzLWNkay1saWIncyBDdXN0b21SZXNvdXJjZVByb3ZpZGVyOiBpdHMgZW50cnlwb2ludCBjYWxscyBgaGFuZGxlcihldmVudClgIGFuZCBhbnN3ZXJzXG4gKiBDbG91ZEZvcm1hdGlvbiAoYSB0aHJvd24gRXJyb3IgYmVjb21lcyBGQUlMRUQgd2l0aCBpdHMgbWVzc2FnZSkuIFRoaXMgZGlyZWN0b3J5IGlzIHRoZSBMYW1iZGEgYXNzZXQsIHNvIGl0IGxvYWRzXG4gKiBvbmx5IHRoZSBBV1MgU0RLIChwcm92aWRlZCBieSB0aGUgTm9kZS5qcyBMYW1iZGEgcnVudGltZSkgYW5kIE5vZGUuXG4gKlxuICogUmVzb3VyY2VQcm9wZXJ0aWVzIChzdHJpbmdzKTpcbiAqIC0gVXNlclBvb2xJZFxuICogLSBPcGVyYXRpb24gICAgIHRoZSBMYW1iZGFDb25maWcga2V5OiBQcmVTaWduVXAsIEN1c3RvbU1lc3NhZ2UsIFBvc3RDb25maXJtYXRpb24sIFByZUF1dGhlbnRpY2F0aW9uLFxuICogICAgICAgICAgICAgICAgIFBvc3RBdXRoZW50aWNhdGlvbiwgRGVmaW5lQXV0aENoYWxsZW5nZSwgQ3JlYXRlQXV0aENoYWxsZW5nZSwgVmVyaWZ5QXV0aENoYWxsZW5nZVJlc3BvbnNlLFxuICogICAgICAgICAgICAgICAgIFVzZXJNaWdyYXRpb24sIFByZVRva2VuR2VuZXJhdGlvbiAobGVnYWN5LCBWMV8wIGV2ZW50cyksIFByZVRva2VuR2VuZXJhdGlvbkNvbmZpZyxcbiAqICAgICAgICAgICAgICAgICBDdXN0b21FbWFpbFNlbmRlciwgQ3VzdG9tU01TU2VuZGVyIG9yIEluYm91bmRGZWRlcmF0aW9uXG4gKiAtIExhbWJkYUFyblxuICogLSBMYW1iZGFWZXJzaW9uIG9wdGlvbmFsLCBmb3IgdGhlIGZvdXIgdmVyc2lvbmVkIHRyaWdnZXJzIChkZWZhdWx0IFYxXzApXG4gKiAtIEttc0tleUFybiAgICAgb3B0aW9uYWwsIGZvciB0aGUgY3VzdG9tIHNlbmRlcnM6IGJlY29tZXMgTGFtYmRhQ29uZmlnLktNU0tleUlEXG4gKlxuICogT3duZXJzaGlwOiB0aGUgcmVzb3VyY2Ugb3ducyBhIHRyaWdnZXIgc2xvdCB3aGlsZSB0aGUgc2xvdCBpbnZva2VzIGl0cyBMYW1iZGFBcm4uIEl0IG5ldmVyIHJlcGxhY2VzIGFub3RoZXJcbiAqIGZ1bmN0aW9uIChDcmVhdGUgZmFpbHMgaW5zdGVhZCkgYW5kIG5ldmVyIHJlbW92ZXMgb25lIChEZWxldGUgaXMgdGhlbiBhIG5vLW9wKS5cbiAqL1xuLy8gVGhlIE5vZGUuanMgTGFtYmRhIHJ1bnRpbWUgcHJvdmlkZXMgdGhlIEFXUyBTREssIHNvIHRoZSBwYWNrYWdlIGxpc3RzIGl0IG9ubHkgYXMgYSBkZXZlbG9wbWVudCBkZXBlbmRlbmN5LlxuLy8gZXNsaW50LWRpc2FibGUtbmV4dC1saW5lIGltcG9ydC9uby1leHRyYW5lb3VzLWRlcGVuZGVuY2llc1xuaW1wb3J0IHtcbiAgQ29nbml0b0lkZW50aXR5UHJvdmlkZXJDbGllbnQsXG4gIERlc2NyaWJlVXNlclBvb2xDb21tYW5kLFxuICBVcGRhdGVVc2VyUG9vbENvbW1hbmQsXG4gIHR5cGUgVXBkYXRlVXNlclBvb2xDb21tYW5kSW5wdXQsXG59IGZyb20gJ0Bhd3Mtc2RrL2NsaWVudC1jb2duaXRvLWlkZW50aXR5LXByb3ZpZGVyJztcbmltcG9ydCB7IGFzT2JqZWN0LCB0eXBlIEpzb24sIHVucGxhY2VkTWVtYmVycywgdXBkYXRlUmVxdWVzdEZvciB9IGZyb20gJy4vZmllbGRzJztcblxuLyoqIFRyaWdnZXJzIGNvbmZpZ3VyZWQgYXMgYSBiYXJlIGZ1bmN0aW9uIEFSTi4gKi9cbmNvbnN0IFBMQUlOX1RSSUdHRVJTOiByZWFkb25seSBzdHJpbmdbXSA9IFtcbiAgJ1ByZVNpZ25VcCcsICdDdXN0b21NZXNzYWdlJywgJ1Bvc3RDb25maXJtYXRpb24nLCAnUHJlQXV0aGVudGljYXRpb24nLCAnUG9zdEF1dGhlbnRpY2F0aW9uJyxcbiAgJ0RlZmluZUF1dGhDaGFsbGVuZ2UnLCAnQ3JlYXRlQXV0aENoYWxsZW5nZScsICdWZXJpZnlBdXRoQ2hhbGxlbmdlUmVzcG9uc2UnLCAnVXNlck1pZ3JhdGlvbicsICdQcmVUb2tlbkdlbmVyYXRpb24nLFxuXTtcbi8qKiBUcmlnZ2VycyBjb25maWd1cmVkIGFzIGB7IExhbWJkYUFybiwgTGFtYmRhVmVyc2lvbiB9YC4gKi9cbmNvbnN0IFZFUlNJT05FRF9UUklHR0VSUzogcmVhZG9ubHkgc3RyaW5nW10gPSBbJ1ByZVRva2VuR2VuZXJhdGlvbkNvbmZpZycsICdDdXN0b21FbWFpbFNlbmRlcicsICdDdXN0b21TTVNTZW5kZXInLCAnSW5ib3VuZEZlZGVyYXRpb24nXTtcbmNvbnN0IENVU1RPTV9TRU5ERVJTOiByZWFkb25seSBzdHJpbmdbXSA9IFsnQ3VzdG9tRW1haWxTZW5kZXInLCAnQ3VzdG9tU01TU2VuZGVyJ107XG5jb25zdCBPUEVSQVRJT05TOiByZWFkb25seSBzdHJpbmdbXSA9IFsuLi5QTEFJTl9UUklHR0VSUywgLi4uVkVSU0lPTkVEX1RSSUdHRVJTXTtcblxuLyoqIEVycm9ycyB3b3J0aCBhbm90aGVyIHRyeTsgYW55dGhpbmcgZWxzZSBmYWlscyBhdCBvbmNlIHdpdGggdGhlIHNlcnZpY2UncyBtZXNzYWdlLiAqL1xuY29uc3QgUkVUUllBQkxFID0gbmV3IFNldChbXG4gICdUb29NYW55UmVxdWVzdHNFeGNlcHRpb24nLCAnQ29uY3VycmVudE1vZGlmaWNhdGlvbkV4Y2VwdGlvbicsICdJbnRlcm5hbEVycm9yRXhjZXB0aW9uJyxcbiAgJ1Rocm90dGxpbmdFeGNlcHRpb24nLCAnU2VydmljZVVuYXZhaWxhYmxlRXhjZXB0aW9uJyxcbl0pO1xuY29uc3QgTUFYX0FUVEVNUFRTID0gNTtcbmNvbnN0IEZJUlNUX0RFTEFZX01TID0gMV8wMDA7XG5jb25zdCBNQVhfREVMQVlfTVMgPSA4XzAwMDtcblxuLyoqIFdoYXQgdGhlIGVudHJ5cG9pbnQgcGFzc2VzOiBhIENsb3VkRm9ybWF0aW9uIGN1c3RvbSByZXNvdXJjZSByZXF1ZXN0LiAqL1xuZXhwb3J0IGludGVyZmFjZSBUcmlnZ2VyRXZlbnQge1xuICByZWFkb25seSBSZXF1ZXN0VHlwZTogJ0NyZWF0ZScgfCAnVXBkYXRlJyB8ICdEZWxldGUnO1xuICByZWFkb25seSBSZXNvdXJjZVByb3BlcnRpZXM6IEpzb247XG4gIHJlYWRvbmx5IE9sZFJlc291cmNlUHJvcGVydGllcz86IEpzb247XG4gIHJlYWRvbmx5IFBoeXNpY2FsUmVzb3VyY2VJZD86IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBUcmlnZ2VyUmVzcG9uc2Uge1xuICAvKiogTGVmdCBvdXQgb24gREVMRVRFIHdoZW4gdGhlIGV2ZW50IGhhZCBub25lOyB0aGUgZW50cnlwb2ludCB0aGVuIGtlZXBzIHRoZSBldmVudCdzLiAqL1xuICByZWFkb25seSBQaHlzaWNhbFJlc291cmNlSWQ/OiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgVHJpZ2dlclByb3BzIHtcbiAgcmVhZG9ubHkgVXNlclBvb2xJZDogc3RyaW5nO1xuICByZWFkb25seSBPcGVyYXRpb246IHN0cmluZztcbiAgcmVhZG9ubHkgTGFtYmRhQXJuOiBzdHJpbmc7XG4gIHJlYWRvbmx5IExhbWJkYVZlcnNpb24/OiBzdHJpbmc7XG4gIHJlYWRvbmx5IEttc0tleUFybj86IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBIYW5kbGVyT3B0aW9ucyB7XG4gIC8qKiBUaGUgQ29nbml0byBjbGllbnQ7IGJ5IGRlZmF1bHQgb25lIGZvciB0aGUgZnVuY3Rpb24ncyBSZWdpb24uICovXG4gIHJlYWRvbmx5IGNsaWVudD86IENvZ25pdG9JZGVudGl0eVByb3ZpZGVyQ2xpZW50O1xuICAvKiogV2FpdHMgYmV0d2VlbiByZXRyaWVzOyB0ZXN0cyBwYXNzIG9uZSB0aGF0IGRvZXNuJ3Qgd2FpdC4gKi9cbiAgcmVhZG9ubHkgc2xlZXA/OiAobXM6IG51bWJlcikgPT4gUHJvbWlzZTx2b2lkPjtcbiAgLyoqIFVwZGF0ZVVzZXJQb29sIG1lbWJlcnMgdG8gY29weSBiZXlvbmQgZmllbGRzLnRzJ3MgdGFibGU7IGJ5IGRlZmF1bHQgdGhvc2UgdGhlIHJ1bm5pbmcgU0RLJ3Mgc2NoZW1hIGxpc3RzLiAqL1xuICByZWFkb25seSBydW50aW1lTWVtYmVycz86IHJlYWRvbmx5IHN0cmluZ1tdO1xufVxuXG4vKiogQSBoYW5kbGVyIHdpdGggaXRzIGRlcGVuZGVuY2llczsgYGhhbmRsZXJgLCBhdCB0aGUgZW5kIG9mIHRoaXMgZmlsZSwgaXMgdGhlIG9uZSB0aGUgTGFtYmRhIGZ1bmN0aW9uIHJ1bnMuICovXG5leHBvcnQgZnVuY3Rpb24gbWFrZUhhbmRsZXIob3B0aW9uczogSGFuZGxlck9wdGlvbnMgPSB7fSk6IChldmVudDogVHJpZ2dlckV2ZW50KSA9PiBQcm9taXNlPFRyaWdnZXJSZXNwb25zZT4ge1xuICBjb25zdCBjbGllbnQgPSBvcHRpb25zLmNsaWVudCA/PyBuZXcgQ29nbml0b0lkZW50aXR5UHJvdmlkZXJDbGllbnQoe30pO1xuICBjb25zdCBzbGVlcCA9IG9wdGlvbnMuc2xlZXAgPz8gKChtczogbnVtYmVyKSA9PiBuZXcgUHJvbWlzZTx2b2lkPigocmVzb2x2ZSkgPT4gc2V0VGltZW91dChyZXNvbHZlLCBtcykpKTtcbiAgY29uc3QgcG9vbHMgPSBuZXcgUG9vbEFjY2VzcyhjbGllbnQsIHNsZWVwLCBvcHRpb25zLnJ1bnRpbWVNZW1iZXJzKTtcblxuICByZXR1cm4gYXN5bmMgKGV2ZW50KSA9PiB7XG4gICAgaWYgKGV2ZW50LlJlcXVlc3RUeXBlID09PSAnRGVsZXRlJykge1xuICAgICAgbGV0IHByb3BzOiBUcmlnZ2VyUHJvcHM7XG4gICAgICB0cnkge1xuICAgICAgICBwcm9wcyA9IHBhcnNlUHJvcHMoZXZlbnQuUmVzb3VyY2VQcm9wZXJ0aWVzLCAnUmVzb3VyY2VQcm9wZXJ0aWVzJyk7XG4gICAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgICAvLyBQcm9wZXJ0aWVzIHRoYXQgbmV2ZXIgdmFsaWRhdGVkIG5ldmVyIHNldCBhIHRyaWdnZXI6IG5vdGhpbmcgdG8gcmVtb3ZlLlxuICAgICAgICBsb2coZXZlbnQuUmVxdWVzdFR5cGUsICcodW5rbm93biknLCBgbm90aGluZyB0byByZW1vdmU6ICR7KGVycm9yIGFzIEVycm9yKS5tZXNzYWdlfWApO1xuICAgICAgICByZXR1cm4geyBQaHlzaWNhbFJlc291cmNlSWQ6IGV2ZW50LlBoeXNpY2FsUmVzb3VyY2VJZCB9O1xuICAgICAgfVxuICAgICAgbG9nKGV2ZW50LlJlcXVlc3RUeXBlLCBwcm9wcy5Vc2VyUG9vbElkLCBwcm9wcy5PcGVyYXRpb24pO1xuICAgICAgYXdhaXQgcmVtb3ZlVHJpZ2dlcihwb29scywgcHJvcHMpO1xuICAgICAgcmV0dXJuIHsgUGh5c2ljYWxSZXNvdXJjZUlkOiBldmVudC5QaHlzaWNhbFJlc291cmNlSWQgfTtcbiAgICB9XG5cbiAgICBjb25zdCBwcm9wcyA9IHBhcnNlUHJvcHMoZXZlbnQuUmVzb3VyY2VQcm9wZXJ0aWVzLCAnUmVzb3VyY2VQcm9wZXJ0aWVzJyk7XG4gICAgbG9nKGV2ZW50LlJlcXVlc3RUeXBlLCBwcm9wcy5Vc2VyUG9vbElkLCBwcm9wcy5PcGVyYXRpb24pO1xuICAgIGlmIChldmVudC5SZXF1ZXN0VHlwZSA9PT0gJ0NyZWF0ZScpIHtcbiAgICAgIGF3YWl0IHNldFRyaWdnZXIocG9vbHMsIHByb3BzKTtcbiAgICAgIHJldHVybiB7IFBoeXNpY2FsUmVzb3VyY2VJZDogcGh5c2ljYWxJZChwcm9wcykgfTtcbiAgICB9XG5cbiAgICBjb25zdCBvbGQgPSBwYXJzZVByb3BzKGV2ZW50Lk9sZFJlc291cmNlUHJvcGVydGllcyA/PyB7fSwgJ09sZFJlc291cmNlUHJvcGVydGllcycpO1xuICAgIGF3YWl0IHNldFRyaWdnZXIocG9vbHMsIHByb3BzLCBvbGQpO1xuICAgIC8vIFNhbWUgc2xvdDogc2V0VHJpZ2dlciBtb3ZlZCBpdCBmcm9tIHRoZSBvbGQgZnVuY3Rpb24gKG9yIHZlcnNpb24sIG9yIGtleSkuIEVsc2UgdGhlIG9sZCBzbG90IGlzIGZyZWVkLlxuICAgIGlmICghc2FtZVNsb3Qob2xkLCBwcm9wcykpIGF3YWl0IHJlbW92ZVRyaWdnZXIocG9vbHMsIG9sZCk7XG4gICAgcmV0dXJuIHsgUGh5c2ljYWxSZXNvdXJjZUlkOiBwaHlzaWNhbElkKHByb3BzKSB9O1xuICB9O1xufVxuXG4vKipcbiAqIGAke1VzZXJQb29sSWR9LyR7T3BlcmF0aW9ufWAsIGV4Y2VwdCB0aGF0IGJvdGggcHJlIHRva2VuIGdlbmVyYXRpb24ga2V5cyBuYW1lIG9uZSBzbG90OiBzd2l0Y2hpbmcgYmV0d2VlbiB0aGVtXG4gKiBrZWVwcyB0aGUgaWQsIHNvIENsb3VkRm9ybWF0aW9uIHNlbmRzIG5vIERFTEVURSBmb3IgdGhlIG9sZCBvbmUgKHdoaWNoIHdvdWxkIHJlbW92ZSB0aGUgdHJpZ2dlciBqdXN0IG1vdmVkKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBoeXNpY2FsSWQocHJvcHM6IFRyaWdnZXJQcm9wcyk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtwcm9wcy5Vc2VyUG9vbElkfS8ke3Nsb3RPZihwcm9wcy5PcGVyYXRpb24pfWA7XG59XG5cbi8qKlxuICogUG9pbnRzIHRoZSBzbG90IGF0IHRoaXMgcmVzb3VyY2UncyBmdW5jdGlvbi4gRmFpbHMgaWYgYW5vdGhlciBmdW5jdGlvbiBob2xkcyBpdCwgZXhjZXB0LCBvbiBVUERBVEUsIHRoZVxuICogYHByZXZpb3VzYCBmdW5jdGlvbiBvZiB0aGUgc2FtZSBzbG90ICh0aGF0IGlzIGEgbW92ZSkuXG4gKi9cbmFzeW5jIGZ1bmN0aW9uIHNldFRyaWdnZXIocG9vbHM6IFBvb2xBY2Nlc3MsIHByb3BzOiBUcmlnZ2VyUHJvcHMsIHByZXZpb3VzPzogVHJpZ2dlclByb3BzKTogUHJvbWlzZTx2b2lkPiB7XG4gIGF3YWl0IHBvb2xzLmNoYW5nZShwcm9wcy5Vc2VyUG9vbElkLCAobGFtYmRhQ29uZmlnKSA9PiB7XG4gICAgY29uc3QgY3VycmVudCA9IG93bmVyT2YobGFtYmRhQ29uZmlnLCBwcm9wcy5PcGVyYXRpb24pO1xuICAgIGNvbnN0IHJlcGxhY2luZyA9IHByZXZpb3VzICYmIHNhbWVTbG90KHByZXZpb3VzLCBwcm9wcykgPyBwcmV2aW91cy5MYW1iZGFBcm4gOiB1bmRlZmluZWQ7XG4gICAgaWYgKGN1cnJlbnQgIT09IHVuZGVmaW5lZCAmJiBjdXJyZW50ICE9PSBwcm9wcy5MYW1iZGFBcm4gJiYgY3VycmVudCAhPT0gcmVwbGFjaW5nKSB7XG4gICAgICB0aHJvdyBuZXcgRXJyb3IoYFVzZXIgcG9vbCAke3Byb3BzLlVzZXJQb29sSWR9IGFscmVhZHkgaGFzIGEgJHtwcm9wcy5PcGVyYXRpb259IHRyaWdnZXIsICR7Y3VycmVudH0sIHRoYXQgdGhpcyBgXG4gICAgICAgICsgYHJlc291cmNlIGRvZXMgbm90IG1hbmFnZSAoaXRzIGZ1bmN0aW9uIGlzICR7cHJvcHMuTGFtYmRhQXJufSkuIFJlZnVzaW5nIHRvIHJlcGxhY2UgYW5vdGhlciBvd25lcidzIHRyaWdnZXI6IGBcbiAgICAgICAgKyAncmVtb3ZlIGl0IGZyb20gdGhlIHBvb2wgZmlyc3QsIG9yIG1hbmFnZSBpdCBoZXJlLicpO1xuICAgIH1cbiAgICBpZiAoQ1VTVE9NX1NFTkRFUlMuaW5jbHVkZXMocHJvcHMuT3BlcmF0aW9uKSkgc2V0U2VuZGVyS2V5KGxhbWJkYUNvbmZpZywgcHJvcHMsIHByZXZpb3VzKTtcblxuICAgIGlmIChWRVJTSU9ORURfVFJJR0dFUlMuaW5jbHVkZXMocHJvcHMuT3BlcmF0aW9uKSkge1xuICAgICAgbGFtYmRhQ29uZmlnW3Byb3BzLk9wZXJhdGlvbl0gPSB7IExhbWJkYUFybjogcHJvcHMuTGFtYmRhQXJuLCBMYW1iZGFWZXJzaW9uOiBwcm9wcy5MYW1iZGFWZXJzaW9uID8/ICdWMV8wJyB9O1xuICAgIH0gZWxzZSB7XG4gICAgICBsYW1iZGFDb25maWdbcHJvcHMuT3BlcmF0aW9uXSA9IHByb3BzLkxhbWJkYUFybjtcbiAgICB9XG4gICAgLy8gUHJlVG9rZW5HZW5lcmF0aW9uIGFuZCBQcmVUb2tlbkdlbmVyYXRpb25Db25maWcuTGFtYmRhQXJuIFwiaGF2ZSB0aGUgc2FtZSB2YWx1ZVwiIChTREsgcmVmZXJlbmNlKTogd3JpdGUgdGhlXG4gICAgLy8gY29uZmlnIGFuZCBpdHMgbGVnYWN5IHR3aW4gdG9nZXRoZXIsIG9yIHRoZSBsZWdhY3kga2V5IGFsb25lIChsZWdhY3kgbWVhbnMgVjFfMCBldmVudHMpLlxuICAgIGlmIChwcm9wcy5PcGVyYXRpb24gPT09ICdQcmVUb2tlbkdlbmVyYXRpb25Db25maWcnKSBsYW1iZGFDb25maWcuUHJlVG9rZW5HZW5lcmF0aW9uID0gcHJvcHMuTGFtYmRhQXJuO1xuICAgIGlmIChwcm9wcy5PcGVyYXRpb24gPT09ICdQcmVUb2tlbkdlbmVyYXRpb24nKSBkZWxldGUgbGFtYmRhQ29uZmlnLlByZVRva2VuR2VuZXJhdGlvbkNvbmZpZztcbiAgfSk7XG59XG5cbi8qKiBSZW1vdmVzIHRoZSBzbG90IGlmIGl0IHN0aWxsIGludm9rZXMgdGhpcyByZXNvdXJjZSdzIGZ1bmN0aW9uOyBhIG1pc3NpbmcgcG9vbCBvciBhIHNsb3QgaGVsZCBieSBhbm90aGVyIGlzIGEgbm8tb3AuICovXG5hc3luYyBmdW5jdGlvbiByZW1vdmVUcmlnZ2VyKHBvb2xzOiBQb29sQWNjZXNzLCBwcm9wczogVHJpZ2dlclByb3BzKTogUHJvbWlzZTx2b2lkPiB7XG4gIGF3YWl0IHBvb2xzLmNoYW5nZShwcm9wcy5Vc2VyUG9vbElkLCAobGFtYmRhQ29uZmlnKSA9PiB7XG4gICAgaWYgKG93bmVyT2YobGFtYmRhQ29uZmlnLCBwcm9wcy5PcGVyYXRpb24pICE9PSBwcm9wcy5MYW1iZGFBcm4pIHtcbiAgICAgIGxvZygnUmVtb3ZlJywgcHJvcHMuVXNlclBvb2xJZCwgYCR7cHJvcHMuT3BlcmF0aW9ufSBkb2VzIG5vdCBpbnZva2UgdGhpcyByZXNvdXJjZSdzIGZ1bmN0aW9uOiBub3RoaW5nIHRvIHJlbW92ZWApO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICBpZiAoc2xvdE9mKHByb3BzLk9wZXJhdGlvbikgPT09ICdQcmVUb2tlbkdlbmVyYXRpb25Db25maWcnKSB7XG4gICAgICBkZWxldGUgbGFtYmRhQ29uZmlnLlByZVRva2VuR2VuZXJhdGlvbjtcbiAgICAgIGRlbGV0ZSBsYW1iZGFDb25maWcuUHJlVG9rZW5HZW5lcmF0aW9uQ29uZmlnO1xuICAgIH0gZWxzZSB7XG4gICAgICBkZWxldGUgbGFtYmRhQ29uZmlnW3Byb3BzLk9wZXJhdGlvbl07XG4gICAgfVxuICAgIC8vIEtNU0tleUlEIG9ubHkgc2VydmVzIGN1c3RvbSBzZW5kZXJzOiBpdCBnb2VzIHdpdGggdGhlIGxhc3Qgb2YgdGhlbS5cbiAgICBpZiAoQ1VTVE9NX1NFTkRFUlMuaW5jbHVkZXMocHJvcHMuT3BlcmF0aW9uKSAmJiAhQ1VTVE9NX1NFTkRFUlMuc29tZSgoc2VuZGVyKSA9PiBsYW1iZGFDb25maWdbc2VuZGVyXSAhPT0gdW5kZWZpbmVkKSkge1xuICAgICAgZGVsZXRlIGxhbWJkYUNvbmZpZy5LTVNLZXlJRDtcbiAgICB9XG4gIH0sIHsgbWlzc2luZ1Bvb2xJc0RvbmU6IHRydWUgfSk7XG59XG5cbi8qKlxuICogQ3VzdG9tIHNlbmRlcnMgbmVlZCBMYW1iZGFDb25maWcuS01TS2V5SUQuIEEgbmV3IGtleSBpcyBzZXQgdW5sZXNzIHRoZSBwb29sJ3Mgb3RoZXIgY3VzdG9tIHNlbmRlciBiZWxvbmdzIHRvXG4gKiBhbm90aGVyIGZ1bmN0aW9uIChub3QgdGhpcyByZXNvdXJjZSdzLCBub3IgaXRzIGBwcmV2aW91c2Agb25lKTogaXQgZGVjcnlwdHMgd2l0aCB0aGUgY3VycmVudCBrZXkuXG4gKi9cbmZ1bmN0aW9uIHNldFNlbmRlcktleShsYW1iZGFDb25maWc6IEpzb24sIHByb3BzOiBUcmlnZ2VyUHJvcHMsIHByZXZpb3VzPzogVHJpZ2dlclByb3BzKTogdm9pZCB7XG4gIGNvbnN0IGN1cnJlbnQgPSBsYW1iZGFDb25maWcuS01TS2V5SUQ7XG4gIGlmIChwcm9wcy5LbXNLZXlBcm4gPT09IHVuZGVmaW5lZCkge1xuICAgIGlmIChjdXJyZW50ID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHRocm93IG5ldyBFcnJvcihgVXNlciBwb29sICR7cHJvcHMuVXNlclBvb2xJZH0gaGFzIG5vIEtNU0tleUlELCB3aGljaCBhICR7cHJvcHMuT3BlcmF0aW9ufSB0cmlnZ2VyIG5lZWRzOiBwYXNzIEttc0tleUFybi5gKTtcbiAgICB9XG4gICAgcmV0dXJuO1xuICB9XG4gIGlmIChjdXJyZW50ID09PSBwcm9wcy5LbXNLZXlBcm4pIHJldHVybjtcbiAgY29uc3Qgb3RoZXIgPSBDVVNUT01fU0VOREVSUy5maW5kKChzZW5kZXIpID0+IHNlbmRlciAhPT0gcHJvcHMuT3BlcmF0aW9uICYmIGxhbWJkYUNvbmZpZ1tzZW5kZXJdICE9PSB1bmRlZmluZWQpO1xuICBjb25zdCBvdGhlck93bmVyID0gb3RoZXIgJiYgb3duZXJPZihsYW1iZGFDb25maWcsIG90aGVyKTtcbiAgY29uc3Qgb3VycyA9IG90aGVyT3duZXIgPT09IHByb3BzLkxhbWJkYUFyblxuICAgIHx8IChwcmV2aW91cz8uVXNlclBvb2xJZCA9PT0gcHJvcHMuVXNlclBvb2xJZCAmJiBwcmV2aW91cy5PcGVyYXRpb24gPT09IG90aGVyICYmIHByZXZpb3VzLkxhbWJkYUFybiA9PT0gb3RoZXJPd25lcik7XG4gIGlmIChvdGhlciAmJiAhb3Vycykge1xuICAgIHRocm93IG5ldyBFcnJvcihgVXNlciBwb29sICR7cHJvcHMuVXNlclBvb2xJZH0gZW5jcnlwdHMgZm9yIGl0cyAke290aGVyfSB0cmlnZ2VyICgke1N0cmluZyhvdGhlck93bmVyKX0pIHdpdGggYFxuICAgICAgKyBgS01TS2V5SUQgJHtTdHJpbmcoY3VycmVudCl9OyBzZXR0aW5nICR7cHJvcHMuS21zS2V5QXJufSBmb3IgJHtwcm9wcy5PcGVyYXRpb259IHdvdWxkIGJyZWFrIHRoYXQgdHJpZ2dlci5gKTtcbiAgfVxuICBsYW1iZGFDb25maWcuS01TS2V5SUQgPSBwcm9wcy5LbXNLZXlBcm47XG59XG5cbi8qKiBUaGUgZnVuY3Rpb24gYSBzbG90IGludm9rZXMsIGlmIGFueS4gKi9cbmZ1bmN0aW9uIG93bmVyT2YobGFtYmRhQ29uZmlnOiBKc29uLCBvcGVyYXRpb246IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGlmIChzbG90T2Yob3BlcmF0aW9uKSA9PT0gJ1ByZVRva2VuR2VuZXJhdGlvbkNvbmZpZycpIHtcbiAgICBjb25zdCBjb25maWcgPSBhc09iamVjdChsYW1iZGFDb25maWcuUHJlVG9rZW5HZW5lcmF0aW9uQ29uZmlnKTtcbiAgICByZXR1cm4gYXNTdHJpbmcoY29uZmlnPy5MYW1iZGFBcm4pID8/IGFzU3RyaW5nKGxhbWJkYUNvbmZpZy5QcmVUb2tlbkdlbmVyYXRpb24pO1xuICB9XG4gIGNvbnN0IHZhbHVlID0gbGFtYmRhQ29uZmlnW29wZXJhdGlvbl07XG4gIHJldHVybiBhc1N0cmluZyh2YWx1ZSkgPz8gYXNTdHJpbmcoYXNPYmplY3QodmFsdWUpPy5MYW1iZGFBcm4pO1xufVxuXG5mdW5jdGlvbiBzYW1lU2xvdChhOiBUcmlnZ2VyUHJvcHMsIGI6IFRyaWdnZXJQcm9wcyk6IGJvb2xlYW4ge1xuICByZXR1cm4gYS5Vc2VyUG9vbElkID09PSBiLlVzZXJQb29sSWQgJiYgc2xvdE9mKGEuT3BlcmF0aW9uKSA9PT0gc2xvdE9mKGIuT3BlcmF0aW9uKTtcbn1cblxuLyoqIFRoZSBzbG90IGFuIG9wZXJhdGlvbiBjb25maWd1cmVzOiBib3RoIHByZSB0b2tlbiBnZW5lcmF0aW9uIGtleXMgYXJlIG9uZSB0cmlnZ2VyLiAqL1xuZnVuY3Rpb24gc2xvdE9mKG9wZXJhdGlvbjogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIG9wZXJhdGlvbiA9PT0gJ1ByZVRva2VuR2VuZXJhdGlvbicgPyAnUHJlVG9rZW5HZW5lcmF0aW9uQ29uZmlnJyA6IG9wZXJhdGlvbjtcbn1cblxuZnVuY3Rpb24gcGFyc2VQcm9wcyhyYXc6IEpzb24sIHdoZXJlOiBzdHJpbmcpOiBUcmlnZ2VyUHJvcHMge1xuICBjb25zdCB0ZXh0ID0gKG5hbWU6IHN0cmluZywgcmVxdWlyZWQ6IGJvb2xlYW4pOiBzdHJpbmcgfCB1bmRlZmluZWQgPT4ge1xuICAgIGNvbnN0IHZhbHVlID0gcmF3W25hbWVdO1xuICAgIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSAnJykge1xuICAgICAgaWYgKHJlcXVpcmVkKSB0aHJvdyBuZXcgRXJyb3IoYCR7d2hlcmV9LiR7bmFtZX0gaXMgcmVxdWlyZWRgKTtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICAgIGlmICh0eXBlb2YgdmFsdWUgIT09ICdzdHJpbmcnKSB0aHJvdyBuZXcgRXJyb3IoYCR7d2hlcmV9LiR7bmFtZX0gbXVzdCBiZSBhIHN0cmluZywgZ290ICR7dHlwZW9mIHZhbHVlfWApO1xuICAgIHJldHVybiB2YWx1ZTtcbiAgfTtcbiAgY29uc3QgcHJvcHM6IFRyaWdnZXJQcm9wcyA9IHtcbiAgICBVc2VyUG9vbElkOiB0ZXh0KCdVc2VyUG9vbElkJywgdHJ1ZSkhLFxuICAgIE9wZXJhdGlvbjogdGV4dCgnT3BlcmF0aW9uJywgdHJ1ZSkhLFxuICAgIExhbWJkYUFybjogdGV4dCgnTGFtYmRhQXJuJywgdHJ1ZSkhLFxuICAgIExhbWJkYVZlcnNpb246IHRleHQoJ0xhbWJkYVZlcnNpb24nLCBmYWxzZSksXG4gICAgS21zS2V5QXJuOiB0ZXh0KCdLbXNLZXlBcm4nLCBmYWxzZSksXG4gIH07XG4gIGlmICghT1BFUkFUSU9OUy5pbmNsdWRlcyhwcm9wcy5PcGVyYXRpb24pKSB7XG4gICAgdGhyb3cgbmV3IEVycm9yKGAke3doZXJlfS5PcGVyYXRpb24gJHtwcm9wcy5PcGVyYXRpb259IGlzIG5vdCBhIHRyaWdnZXIgdGhpcyBoYW5kbGVyIHNldHMgKCR7T1BFUkFUSU9OUy5qb2luKCcsICcpfSlgKTtcbiAgfVxuICBpZiAocHJvcHMuTGFtYmRhVmVyc2lvbiAhPT0gdW5kZWZpbmVkICYmICFWRVJTSU9ORURfVFJJR0dFUlMuaW5jbHVkZXMocHJvcHMuT3BlcmF0aW9uKSkge1xuICAgIHRocm93IG5ldyBFcnJvcihgJHt3aGVyZX0uTGFtYmRhVmVyc2lvbiBhcHBsaWVzIG9ubHkgdG8gJHtWRVJTSU9ORURfVFJJR0dFUlMuam9pbignLCAnKX0sIG5vdCAke3Byb3BzLk9wZXJhdGlvbn1gKTtcbiAgfVxuICBpZiAocHJvcHMuS21zS2V5QXJuICE9PSB1bmRlZmluZWQgJiYgIUNVU1RPTV9TRU5ERVJTLmluY2x1ZGVzKHByb3BzLk9wZXJhdGlvbikpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoYCR7d2hlcmV9Lkttc0tleUFybiBhcHBsaWVzIG9ubHkgdG8gJHtDVVNUT01fU0VOREVSUy5qb2luKCcsICcpfSwgbm90ICR7cHJvcHMuT3BlcmF0aW9ufWApO1xuICB9XG4gIHJldHVybiBwcm9wcztcbn1cblxuLyoqIFJlYWRzIGFuZCB3cml0ZXMgdXNlciBwb29scywgcmV0cnlpbmcgYSB3aG9sZSByZWFkLWNoYW5nZS13cml0ZSBvbiB0aHJvdHRsaW5nIGFuZCBjb25jdXJyZW50IGNoYW5nZXMuICovXG5jbGFzcyBQb29sQWNjZXNzIHtcbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSByZWFkb25seSBjbGllbnQ6IENvZ25pdG9JZGVudGl0eVByb3ZpZGVyQ2xpZW50LFxuICAgIHByaXZhdGUgcmVhZG9ubHkgc2xlZXA6IChtczogbnVtYmVyKSA9PiBQcm9taXNlPHZvaWQ+LFxuICAgIHByaXZhdGUgcmVhZG9ubHkgcnVudGltZU1lbWJlcnM/OiByZWFkb25seSBzdHJpbmdbXSxcbiAgKSB7fVxuXG4gIC8qKlxuICAgKiBSZWFkcyB0aGUgcG9vbCwgbGV0cyBgZWRpdGAgY2hhbmdlIGEgY29weSBvZiBpdHMgTGFtYmRhQ29uZmlnLCBhbmQgd3JpdGVzIHRoZSBwb29sIGJhY2sgd2l0aCBldmVyeSBvdGhlciBzZXR0aW5nXG4gICAqIGFzIHJlYWQ7IHdoZW4gYGVkaXRgIGNoYW5nZWQgbm90aGluZywgbm90aGluZyBpcyB3cml0dGVuLiBBIHJldHJ5IHN0YXJ0cyBhZ2FpbiBmcm9tIHRoZSByZWFkLCBzbyBpdCBzZWVzIHdoYXRcbiAgICogY2hhbmdlZCBtZWFud2hpbGUuXG4gICAqL1xuICBhc3luYyBjaGFuZ2UodXNlclBvb2xJZDogc3RyaW5nLCBlZGl0OiAobGFtYmRhQ29uZmlnOiBKc29uKSA9PiB2b2lkLCBvcHRpb25zOiB7IG1pc3NpbmdQb29sSXNEb25lPzogYm9vbGVhbiB9ID0ge30pOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBmb3IgKGxldCBhdHRlbXB0ID0gMTsgOyBhdHRlbXB0KyspIHtcbiAgICAgIHRyeSB7XG4gICAgICAgIGNvbnN0IHBvb2wgPSBhd2FpdCB0aGlzLmNhbGwoJ0Rlc2NyaWJlVXNlclBvb2wnLCB1c2VyUG9vbElkLCAoKSA9PiB0aGlzLmRlc2NyaWJlKHVzZXJQb29sSWQpKTtcbiAgICAgICAgY29uc3QgcmVxdWVzdCA9IHVwZGF0ZVJlcXVlc3RGb3IocG9vbCwgdGhpcy5ydW50aW1lTWVtYmVycyk7XG4gICAgICAgIGNvbnN0IHVucGxhY2VkID0gdW5wbGFjZWRNZW1iZXJzKHBvb2wsIHRoaXMucnVudGltZU1lbWJlcnMpO1xuICAgICAgICBpZiAodW5wbGFjZWQubGVuZ3RoID4gMCkgbG9nKCdSZWFkJywgdXNlclBvb2xJZCwgYHNldHRpbmdzIG5ld2VyIHRoYW4gdGhpcyBoYW5kbGVyLCBub3Qgd3JpdHRlbiBiYWNrOiAke3VucGxhY2VkLmpvaW4oJywgJyl9YCk7XG4gICAgICAgIGNvbnN0IGxhbWJkYUNvbmZpZyA9IGFzT2JqZWN0KHJlcXVlc3QuTGFtYmRhQ29uZmlnKSA/PyB7fTtcbiAgICAgICAgY29uc3QgYmVmb3JlID0gY2Fub25pY2FsSnNvbihsYW1iZGFDb25maWcpO1xuICAgICAgICBlZGl0KGxhbWJkYUNvbmZpZyk7XG4gICAgICAgIGlmIChjYW5vbmljYWxKc29uKGxhbWJkYUNvbmZpZykgPT09IGJlZm9yZSkge1xuICAgICAgICAgIGxvZygnVW5jaGFuZ2VkJywgdXNlclBvb2xJZCwgJ3RoZSB0cmlnZ2VycyBhcmUgYWxyZWFkeSBhcyB3YW50ZWQ6IG5vdGhpbmcgdG8gd3JpdGUnKTtcbiAgICAgICAgICByZXR1cm47XG4gICAgICAgIH1cbiAgICAgICAgcmVxdWVzdC5Vc2VyUG9vbElkID0gdXNlclBvb2xJZDtcbiAgICAgICAgcmVxdWVzdC5MYW1iZGFDb25maWcgPSBsYW1iZGFDb25maWc7XG4gICAgICAgIGF3YWl0IHRoaXMuY2FsbCgnVXBkYXRlVXNlclBvb2wnLCB1c2VyUG9vbElkLCAoKSA9PiB0aGlzLnVwZGF0ZShyZXF1ZXN0KSk7XG4gICAgICAgIHJldHVybjtcbiAgICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICAgIGlmIChlcnJvciBpbnN0YW5jZW9mIENvZ25pdG9DYWxsRXJyb3IgJiYgZXJyb3Iuc2VydmljZUVycm9yID09PSAnUmVzb3VyY2VOb3RGb3VuZEV4Y2VwdGlvbicgJiYgb3B0aW9ucy5taXNzaW5nUG9vbElzRG9uZSkge1xuICAgICAgICAgIGxvZygnUmVtb3ZlJywgdXNlclBvb2xJZCwgJ3RoZSB1c2VyIHBvb2wgbm8gbG9uZ2VyIGV4aXN0czogbm90aGluZyB0byByZW1vdmUnKTtcbiAgICAgICAgICByZXR1cm47XG4gICAgICAgIH1cbiAgICAgICAgaWYgKCEoZXJyb3IgaW5zdGFuY2VvZiBDb2duaXRvQ2FsbEVycm9yKSB8fCAhZXJyb3IucmV0cnlhYmxlIHx8IGF0dGVtcHQgPj0gTUFYX0FUVEVNUFRTKSB0aHJvdyBlcnJvcjtcbiAgICAgICAgY29uc3QgZGVsYXkgPSBNYXRoLm1pbihGSVJTVF9ERUxBWV9NUyAqIDIgKiogKGF0dGVtcHQgLSAxKSwgTUFYX0RFTEFZX01TKTtcbiAgICAgICAgbG9nKCdSZXRyeScsIHVzZXJQb29sSWQsIGAke2Vycm9yLnNlcnZpY2VFcnJvcn0gKGF0dGVtcHQgJHthdHRlbXB0fSBvZiAke01BWF9BVFRFTVBUU30pLCBhZ2FpbiBpbiAke2RlbGF5fSBtc2ApO1xuICAgICAgICBhd2FpdCB0aGlzLnNsZWVwKGRlbGF5KTtcbiAgICAgIH1cbiAgICB9XG4gIH1cblxuICAvKipcbiAgICogRGVzY3JpYmVVc2VyUG9vbCdzIGBVc2VyUG9vbGAgYXMgdGhlIHNlcnZpY2Ugc2VudCBpdC4gVGhlIFNESydzIGRlc2VyaWFsaXplciBrZWVwcyBvbmx5IG1lbWJlcnMgaXRzIG1vZGVsIGtub3dzLFxuICAgKiBzbyB0aGUgcmF3IEpTT04gYm9keSBpcyBrZXB0IGFzIHdlbGw6IGEgc2V0dGluZyBuZXdlciB0aGFuIHRoZSBTREsgb2YgdGhlIExhbWJkYSBydW50aW1lIHN0aWxsIGdldHMgd3JpdHRlbiBiYWNrLlxuICAgKi9cbiAgcHJpdmF0ZSBhc3luYyBkZXNjcmliZSh1c2VyUG9vbElkOiBzdHJpbmcpOiBQcm9taXNlPEpzb24+IHtcbiAgICBjb25zdCBjb21tYW5kID0gbmV3IERlc2NyaWJlVXNlclBvb2xDb21tYW5kKHsgVXNlclBvb2xJZDogdXNlclBvb2xJZCB9KTtcbiAgICBsZXQgcmF3OiBKc29uIHwgdW5kZWZpbmVkO1xuICAgIC8vIExhc3QgaW4gdGhlIGRlc2VyaWFsaXplIHN0ZXA6IGluc2lkZSB0aGUgU0RLJ3MgZGVzZXJpYWxpemVyLCBzbyBpdCBzZWVzIHRoZSByZXNwb25zZSBiZWZvcmUgdGhlIGRlc2VyaWFsaXplci5cbiAgICAoY29tbWFuZC5taWRkbGV3YXJlU3RhY2sgYXMgdW5rbm93biBhcyBNaWRkbGV3YXJlU3RhY2spLmFkZChyYXdSZXNwb25zZVJlYWRlcigoYm9keSkgPT4geyByYXcgPSBib2R5OyB9KSwge1xuICAgICAgc3RlcDogJ2Rlc2VyaWFsaXplJywgcHJpb3JpdHk6ICdsb3cnLCBuYW1lOiAndXNlclBvb2xUcmlnZ2VyUmF3UmVzcG9uc2UnLFxuICAgIH0pO1xuICAgIGNvbnN0IG91dHB1dCA9IGF3YWl0IHRoaXMuY2xpZW50LnNlbmQoY29tbWFuZCk7XG4gICAgY29uc3QgcG9vbCA9IGFzT2JqZWN0KHJhdz8uVXNlclBvb2wpID8/IGFzT2JqZWN0KG91dHB1dC5Vc2VyUG9vbCk7XG4gICAgaWYgKCFwb29sKSB0aHJvdyBuZXcgRXJyb3IoYERlc2NyaWJlVXNlclBvb2wgcmV0dXJuZWQgbm8gdXNlciBwb29sIGZvciAke3VzZXJQb29sSWR9YCk7XG4gICAgcmV0dXJuIHBvb2w7XG4gIH1cblxuICAvKiogVXBkYXRlVXNlclBvb2wgd2l0aCBgcmVxdWVzdGAgYXMgdGhlIEpTT04gYm9keSwgbWVtYmVycyB0aGUgcnVudGltZSdzIFNESyBkb2Vzbid0IGtub3cgaW5jbHVkZWQuICovXG4gIHByaXZhdGUgYXN5bmMgdXBkYXRlKHJlcXVlc3Q6IEpzb24pOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBjb25zdCBjb21tYW5kID0gbmV3IFVwZGF0ZVVzZXJQb29sQ29tbWFuZChyZXF1ZXN0IGFzIHVua25vd24gYXMgVXBkYXRlVXNlclBvb2xDb21tYW5kSW5wdXQpO1xuICAgIChjb21tYW5kLm1pZGRsZXdhcmVTdGFjayBhcyB1bmtub3duIGFzIE1pZGRsZXdhcmVTdGFjaykuYWRkKGpzb25Cb2R5V3JpdGVyKHJlcXVlc3QpLCB7IHN0ZXA6ICdidWlsZCcsIG5hbWU6ICd1c2VyUG9vbFRyaWdnZXJKc29uQm9keScgfSk7XG4gICAgYXdhaXQgdGhpcy5jbGllbnQuc2VuZChjb21tYW5kKTtcbiAgfVxuXG4gIHByaXZhdGUgYXN5bmMgY2FsbDxUPihvcGVyYXRpb246IHN0cmluZywgdXNlclBvb2xJZDogc3RyaW5nLCBmbjogKCkgPT4gUHJvbWlzZTxUPik6IFByb21pc2U8VD4ge1xuICAgIHRyeSB7XG4gICAgICByZXR1cm4gYXdhaXQgZm4oKTtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgdGhyb3cgbmV3IENvZ25pdG9DYWxsRXJyb3Iob3BlcmF0aW9uLCB1c2VyUG9vbElkLCBlcnJvcik7XG4gICAgfVxuICB9XG59XG5cbi8qKiBBIGZhaWxlZCBDb2duaXRvIGNhbGw6IHRoZSBtZXNzYWdlIG5hbWVzIHRoZSBjYWxsLCB0aGUgcG9vbCBhbmQgdGhlIHNlcnZpY2UncyBvd24gbWVzc2FnZS4gKi9cbmNsYXNzIENvZ25pdG9DYWxsRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIHJlYWRvbmx5IHNlcnZpY2VFcnJvcjogc3RyaW5nO1xuICByZWFkb25seSByZXRyeWFibGU6IGJvb2xlYW47XG5cbiAgY29uc3RydWN0b3Iob3BlcmF0aW9uOiBzdHJpbmcsIHVzZXJQb29sSWQ6IHN0cmluZywgY2F1c2U6IHVua25vd24pIHtcbiAgICBjb25zdCBuYW1lID0gY2F1c2UgaW5zdGFuY2VvZiBFcnJvciA/IGNhdXNlLm5hbWUgOiAnRXJyb3InO1xuICAgIGNvbnN0IHN0YXR1cyA9IChjYXVzZSBhcyB7ICRtZXRhZGF0YT86IHsgaHR0cFN0YXR1c0NvZGU/OiBudW1iZXIgfSB9IHwgdW5kZWZpbmVkKT8uJG1ldGFkYXRhPy5odHRwU3RhdHVzQ29kZTtcbiAgICBzdXBlcihgJHtvcGVyYXRpb259IGZhaWxlZCBmb3IgdXNlciBwb29sICR7dXNlclBvb2xJZH06ICR7bmFtZX06ICR7Y2F1c2UgaW5zdGFuY2VvZiBFcnJvciA/IGNhdXNlLm1lc3NhZ2UgOiBTdHJpbmcoY2F1c2UpfWAsIHsgY2F1c2UgfSk7XG4gICAgdGhpcy5uYW1lID0gJ0NvZ25pdG9DYWxsRXJyb3InO1xuICAgIHRoaXMuc2VydmljZUVycm9yID0gbmFtZTtcbiAgICB0aGlzLnJldHJ5YWJsZSA9IFJFVFJZQUJMRS5oYXMobmFtZSkgfHwgKHN0YXR1cyAhPT0gdW5kZWZpbmVkICYmIHN0YXR1cyA+PSA1MDApO1xuICB9XG59XG5cbi8qKiBBbiBIVFRQIHJlcXVlc3Qgb3IgcmVzcG9uc2UgYXMgdGhlIFNESydzIG1pZGRsZXdhcmUgc2VlcyBpdCAob25seSB3aGF0IGlzIHVzZWQgaGVyZSkuICovXG5pbnRlcmZhY2UgSHR0cE1lc3NhZ2Uge1xuICBzdGF0dXNDb2RlPzogbnVtYmVyO1xuICBoZWFkZXJzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgYm9keT86IHVua25vd247XG59XG50eXBlIE1pZGRsZXdhcmUgPSAobmV4dDogKGFyZ3M6IHsgcmVxdWVzdDogSHR0cE1lc3NhZ2UgfSkgPT4gUHJvbWlzZTx7IHJlc3BvbnNlOiBIdHRwTWVzc2FnZSB9Pilcbj0+IChhcmdzOiB7IHJlcXVlc3Q6IEh0dHBNZXNzYWdlIH0pID0+IFByb21pc2U8eyByZXNwb25zZTogSHR0cE1lc3NhZ2UgfT47XG4vKiogVGhlIG1ldGhvZCBvZiB0aGUgU0RLJ3MgbWlkZGxld2FyZSBzdGFjayB1c2VkIGhlcmUsIHR5cGVkIHdpdGhvdXQgbG9hZGluZyBAc21pdGh5L3R5cGVzLiAqL1xuaW50ZXJmYWNlIE1pZGRsZXdhcmVTdGFjayB7XG4gIGFkZChtaWRkbGV3YXJlOiBNaWRkbGV3YXJlLCBvcHRpb25zOiB7IHN0ZXA6ICdidWlsZCcgfCAnZGVzZXJpYWxpemUnOyBwcmlvcml0eT86ICdsb3cnOyBuYW1lOiBzdHJpbmcgfSk6IHZvaWQ7XG59XG5cbi8qKlxuICogUnVucyBiZXR3ZWVuIHRoZSBIVFRQIHJlc3BvbnNlIGFuZCB0aGUgU0RLJ3MgZGVzZXJpYWxpemVyOiByZWFkcyBhIHN1Y2Nlc3NmdWwgSlNPTiBib2R5LCBoYW5kcyBpdCB0byBgb25Cb2R5YFxuICogYW5kIGdpdmVzIHRoZSBkZXNlcmlhbGl6ZXIgdGhlIHNhbWUgYnl0ZXMuXG4gKi9cbmZ1bmN0aW9uIHJhd1Jlc3BvbnNlUmVhZGVyKG9uQm9keTogKGJvZHk6IEpzb24pID0+IHZvaWQpOiBNaWRkbGV3YXJlIHtcbiAgcmV0dXJuIChuZXh0KSA9PiBhc3luYyAoYXJncykgPT4ge1xuICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IG5leHQoYXJncyk7XG4gICAgY29uc3QgcmVzcG9uc2UgPSByZXN1bHQucmVzcG9uc2U7XG4gICAgaWYgKChyZXNwb25zZS5zdGF0dXNDb2RlID8/IDApID49IDMwMCkgcmV0dXJuIHJlc3VsdDtcbiAgICBjb25zdCBieXRlcyA9IGF3YWl0IHJlYWRBbGwocmVzcG9uc2UuYm9keSk7XG4gICAgaWYgKGJ5dGVzID09PSB1bmRlZmluZWQpIHJldHVybiByZXN1bHQ7XG4gICAgcmVzcG9uc2UuYm9keSA9IGJ5dGVzO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBwYXJzZWQgPSBhc09iamVjdChKU09OLnBhcnNlKG5ldyBUZXh0RGVjb2RlcigpLmRlY29kZShieXRlcykpKTtcbiAgICAgIGlmIChwYXJzZWQpIG9uQm9keShwYXJzZWQpO1xuICAgIH0gY2F0Y2gge1xuICAgICAgLy8gTm90IEpTT046IHRoZSBTREsncyBkZXNlcmlhbGl6ZXIgcmVwb3J0cyBpdC5cbiAgICB9XG4gICAgcmV0dXJuIHJlc3VsdDtcbiAgfTtcbn1cblxuLyoqIFJlcGxhY2VzIHRoZSBzZXJpYWxpemVkIGJvZHkgd2l0aCBgYm9keWAgYXMgSlNPTiAodGhlIFNESydzIHNlcmlhbGl6ZXIgZHJvcHMgbWVtYmVycyBpdHMgbW9kZWwgZG9lc24ndCBrbm93KS4gKi9cbmZ1bmN0aW9uIGpzb25Cb2R5V3JpdGVyKGJvZHk6IEpzb24pOiBNaWRkbGV3YXJlIHtcbiAgcmV0dXJuIChuZXh0KSA9PiBhc3luYyAoYXJncykgPT4ge1xuICAgIGNvbnN0IGpzb24gPSBKU09OLnN0cmluZ2lmeShib2R5KTtcbiAgICBhcmdzLnJlcXVlc3QuYm9keSA9IGpzb247XG4gICAgaWYgKGFyZ3MucmVxdWVzdC5oZWFkZXJzKSBhcmdzLnJlcXVlc3QuaGVhZGVyc1snY29udGVudC1sZW5ndGgnXSA9IFN0cmluZyhCdWZmZXIuYnl0ZUxlbmd0aChqc29uKSk7XG4gICAgcmV0dXJuIG5leHQoYXJncyk7XG4gIH07XG59XG5cbi8qKiBUaGUgd2hvbGUgb2YgYSByZXNwb25zZSBib2R5LCBvciB1bmRlZmluZWQgZm9yIGEgYm9keSB0aGlzIGNhbid0IHJlYWQgKGxlZnQgdG8gdGhlIFNESykuICovXG5hc3luYyBmdW5jdGlvbiByZWFkQWxsKGJvZHk6IHVua25vd24pOiBQcm9taXNlPFVpbnQ4QXJyYXkgfCB1bmRlZmluZWQ+IHtcbiAgaWYgKGJvZHkgaW5zdGFuY2VvZiBVaW50OEFycmF5KSByZXR1cm4gYm9keTtcbiAgaWYgKHR5cGVvZiBib2R5ID09PSAnc3RyaW5nJykgcmV0dXJuIEJ1ZmZlci5mcm9tKGJvZHkpO1xuICBpZiAoYm9keSAmJiB0eXBlb2YgKGJvZHkgYXMgQXN5bmNJdGVyYWJsZTx1bmtub3duPilbU3ltYm9sLmFzeW5jSXRlcmF0b3JdID09PSAnZnVuY3Rpb24nKSB7XG4gICAgY29uc3QgY2h1bmtzOiBCdWZmZXJbXSA9IFtdO1xuICAgIGZvciBhd2FpdCAoY29uc3QgY2h1bmsgb2YgYm9keSBhcyBBc3luY0l0ZXJhYmxlPFVpbnQ4QXJyYXkgfCBzdHJpbmc+KSBjaHVua3MucHVzaChCdWZmZXIuZnJvbShjaHVuaykpO1xuICAgIHJldHVybiBCdWZmZXIuY29uY2F0KGNodW5rcyk7XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuLyoqIEpTT04gd2l0aCBvYmplY3Qga2V5cyBzb3J0ZWQsIHRvIGNvbXBhcmUgdmFsdWVzIHdoYXRldmVyIG9yZGVyIHRoZWlyIGtleXMgY2FtZSBpbi4gKi9cbmZ1bmN0aW9uIGNhbm9uaWNhbEpzb24odmFsdWU6IHVua25vd24pOiBzdHJpbmcge1xuICByZXR1cm4gSlNPTi5zdHJpbmdpZnkodmFsdWUsIChfa2V5LCBtZW1iZXI6IHVua25vd24pID0+IHtcbiAgICBjb25zdCBvYmplY3QgPSBhc09iamVjdChtZW1iZXIpO1xuICAgIHJldHVybiBvYmplY3QgPyBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXMob2JqZWN0KS5zb3J0KChbYV0sIFtiXSkgPT4gKGEgPCBiID8gLTEgOiBhID4gYiA/IDEgOiAwKSkpIDogbWVtYmVyO1xuICB9KTtcbn1cblxuZnVuY3Rpb24gYXNTdHJpbmcodmFsdWU6IHVua25vd24pOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICByZXR1cm4gdHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJyA/IHZhbHVlIDogdW5kZWZpbmVkO1xufVxuXG4vKiogT25lIGxpbmUgcGVyIHN0ZXA6IHRoZSByZXF1ZXN0IHR5cGUgKG9yIHN0ZXApLCB0aGUgcG9vbCBhbmQgd2hhdCBoYXBwZW5lZDsgbmV2ZXIgYSBwb29sJ3Mgc2V0dGluZ3MuICovXG5mdW5jdGlvbiBsb2coc3RlcDogc3RyaW5nLCB1c2VyUG9vbElkOiBzdHJpbmcsIGRldGFpbDogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnNvbGUubG9nKEpTT04uc3RyaW5naWZ5KHsgc3RlcCwgdXNlclBvb2xJZCwgZGV0YWlsIH0pKTtcbn1cblxuLyoqIFdoYXQgdGhlIExhbWJkYSBmdW5jdGlvbiBydW5zIChsYXN0OiBtYWtlSGFuZGxlciBuZWVkcyB0aGUgY2xhc3MgYWJvdmUpLiAqL1xuZXhwb3J0IGNvbnN0IGhhbmRsZXIgPSBtYWtlSGFuZGxlcigpO1xuIl19