"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.OUTPUT_ONLY = exports.UPDATE_MEMBERS = void 0;
exports.runtimeUpdateMembers = runtimeUpdateMembers;
exports.updateRequestFor = updateRequestFor;
exports.asObject = asObject;
/**
 * Builds an UpdateUserPool request that writes back what DescribeUserPool read.
 *
 * UpdateUserPool replaces the whole configuration: "If you don't provide a value for an attribute, Amazon Cognito
 * sets it to its default value" (UpdateUserPool API reference). So every member of UpdateUserPoolRequest is listed
 * in UPDATE_MEMBERS below with where its value comes from, or why it is left out; a test enumerates the members of
 * the installed SDK's request schema at run time and fails on one that is not listed here.
 *
 * Values are copied whole. Every copied member has the same shape in the output (UserPoolType) as in the input
 * (UpdateUserPoolRequest), e.g. SmsConfigurationType in both, so whatever DescribeUserPool returns inside it is
 * something UpdateUserPool accepts, including members newer than this file (index.ts sends the JSON as built here,
 * so the SDK's serializer can't drop them).
 *
 * Self-contained on purpose: this directory is the Lambda asset, so it loads only the AWS SDK and Node.
 */
// The Node.js Lambda runtime provides the AWS SDK, so the package lists it only as a development dependency.
// eslint-disable-next-line import/no-extraneous-dependencies
const sdk = __importStar(require("@aws-sdk/client-cognito-identity-provider"));
/** Every member of UpdateUserPoolRequest (SDK 3.1178, botocore 1.43 has a subset), each copied or excluded. */
exports.UPDATE_MEMBERS = {
    UserPoolId: { from: 'Id', note: 'the output calls it Id' },
    PoolName: { from: 'Name', note: 'the output calls it Name; UpdateUserPool accepts the current name unchanged' },
    Policies: { from: 'Policies', note: 'gains TemporaryPasswordValidityDays from a legacy UnusedAccountValidityDays, see below' },
    DeletionProtection: { from: 'DeletionProtection' },
    LambdaConfig: { from: 'LambdaConfig', note: 'index.ts changes only its own trigger (and KMSKeyID for custom senders)' },
    AutoVerifiedAttributes: { from: 'AutoVerifiedAttributes' },
    SmsVerificationMessage: { from: 'SmsVerificationMessage', note: 'legacy twin of VerificationMessageTemplate.SmsMessage: left out when the template has it' },
    EmailVerificationMessage: { from: 'EmailVerificationMessage', note: 'legacy twin of VerificationMessageTemplate.EmailMessage: left out when the template has it' },
    EmailVerificationSubject: { from: 'EmailVerificationSubject', note: 'legacy twin of VerificationMessageTemplate.EmailSubject: left out when the template has it' },
    VerificationMessageTemplate: { from: 'VerificationMessageTemplate' },
    SmsAuthenticationMessage: { from: 'SmsAuthenticationMessage' },
    UserAttributeUpdateSettings: { from: 'UserAttributeUpdateSettings' },
    MfaConfiguration: { from: 'MfaConfiguration', note: 'as read; ON/OPTIONAL is accepted because the factor it needs is already on the pool' },
    DeviceConfiguration: { from: 'DeviceConfiguration' },
    EmailConfiguration: { from: 'EmailConfiguration', note: 'SourceArn and From are re-validated by the service' },
    SmsConfiguration: { from: 'SmsConfiguration', note: 'the caller needs iam:PassRole on SnsCallerArn' },
    UserPoolTags: { from: 'UserPoolTags', note: 'keys starting with aws: are left out: reserved, no one can write them, and they cannot be removed' },
    AdminCreateUserConfig: { from: 'AdminCreateUserConfig', note: 'UnusedAccountValidityDays is left out: the service rejects it' },
    UserPoolAddOns: { from: 'UserPoolAddOns' },
    AccountRecoverySetting: { from: 'AccountRecoverySetting' },
    UserPoolTier: { from: 'UserPoolTier' },
    KeyConfiguration: { from: 'KeyConfiguration', note: 'in a replica Region it must match the existing configuration, which a copy does' },
    IssuerConfiguration: { from: 'IssuerConfiguration', note: 'in a replica Region it must match the existing configuration, which a copy does' },
    AcrConfiguration: { from: 'AcrConfiguration', note: 'a level left out would go back to its default name' },
    DcrConfiguration: {
        excluded: 'the reference says "If you omit this parameter, Amazon Cognito keeps the existing configuration", while a '
            + 'configuration sent back replaces it and "an omitted EnableStatus turns dynamic client registration on"; '
            + 'omitting it is the one way that cannot change it',
    },
};
/** DescribeUserPool members that UpdateUserPool has no place for (read-only, or fixed when the pool was created). */
exports.OUTPUT_ONLY = {
    Status: 'read-only (deprecated)',
    LastModifiedDate: 'read-only',
    CreationDate: 'read-only',
    SchemaAttributes: 'fixed at creation; custom attributes are added with AddCustomAttributes',
    AliasAttributes: 'fixed at creation',
    UsernameAttributes: 'fixed at creation',
    UsernameConfiguration: 'fixed at creation',
    EstimatedNumberOfUsers: 'read-only',
    SmsConfigurationFailure: 'read-only',
    EmailConfigurationFailure: 'read-only',
    Domain: 'read-only; domains have their own API',
    CustomDomain: 'read-only; domains have their own API',
    Arn: 'read-only',
};
/** The legacy top-level messages and the member of VerificationMessageTemplate that replaced each. */
const LEGACY_MESSAGES = {
    SmsVerificationMessage: 'SmsMessage',
    EmailVerificationMessage: 'EmailMessage',
    EmailVerificationSubject: 'EmailSubject',
};
/**
 * The members of UpdateUserPoolRequest that the AWS SDK running this code knows, read from its schema at run time
 * (`UpdateUserPoolRequest$`, exported by SDK versions with schema-based serialization), or none on an older SDK.
 */
function runtimeUpdateMembers() {
    const schema = sdk.UpdateUserPoolRequest$;
    const names = Array.isArray(schema) ? schema[4] : undefined;
    return Array.isArray(names) ? names.filter((name) => typeof name === 'string') : [];
}
/**
 * The UpdateUserPool request that keeps `pool` (a DescribeUserPool `UserPool`) as it is, except LambdaConfig, which
 * the caller replaces. A member of `runtimeMembers` that UPDATE_MEMBERS doesn't know (newer than this file) is copied
 * from the output member of the same name: the SDK that runs this code says UpdateUserPool accepts it.
 */
function updateRequestFor(pool, runtimeMembers = runtimeUpdateMembers()) {
    const rules = { ...exports.UPDATE_MEMBERS };
    for (const name of runtimeMembers)
        rules[name] ??= { from: name };
    const request = {};
    for (const [name, rule] of Object.entries(rules)) {
        if ('excluded' in rule)
            continue;
        const value = withoutNulls(pool[rule.from]);
        if (value !== undefined)
            request[name] = value;
    }
    dropLegacyMessagesTheTemplateHas(request);
    moveUnusedAccountValidityDays(request);
    dropReservedTags(request);
    return request;
}
/**
 * SmsVerificationMessage, EmailVerificationMessage and EmailVerificationSubject are "no longer used" (SDK reference)
 * and duplicate members of VerificationMessageTemplate. Sending a message once, in the template, avoids two values for
 * one message; a legacy value stays only where the template lacks its twin, so no message is lost.
 */
function dropLegacyMessagesTheTemplateHas(request) {
    const template = asObject(request.VerificationMessageTemplate);
    for (const [legacy, member] of Object.entries(LEGACY_MESSAGES)) {
        if (template?.[member] !== undefined)
            delete request[legacy];
    }
}
/**
 * DescribeUserPool still reports AdminCreateUserConfig.UnusedAccountValidityDays, but UpdateUserPool rejects it:
 * "Please use TemporaryPasswordValidityDays in PasswordPolicy instead of UnusedAccountValidityDays"
 * (github.com/pulumi/pulumi-aws-native/issues/1256, github.com/aws-controllers-k8s/community/issues/2837). The value
 * moves to PasswordPolicy.TemporaryPasswordValidityDays when that is unset, so an old pool keeps its validity.
 */
function moveUnusedAccountValidityDays(request) {
    const adminCreateUser = asObject(request.AdminCreateUserConfig);
    const days = adminCreateUser?.UnusedAccountValidityDays;
    if (!adminCreateUser || days === undefined)
        return;
    delete adminCreateUser.UnusedAccountValidityDays;
    const policies = asObject(request.Policies) ?? {};
    const passwordPolicy = asObject(policies.PasswordPolicy) ?? {};
    if (passwordPolicy.TemporaryPasswordValidityDays === undefined) {
        passwordPolicy.TemporaryPasswordValidityDays = days;
        policies.PasswordPolicy = passwordPolicy;
        request.Policies = policies;
    }
}
/**
 * "The aws: prefix is reserved for use by AWS; you can't use it in any tag keys or values that you define. In
 * addition, you can't edit or remove tag keys or values that use this prefix." Sending one back could only fail.
 */
function dropReservedTags(request) {
    const tags = asObject(request.UserPoolTags);
    if (!tags)
        return;
    for (const key of Object.keys(tags)) {
        if (key.toLowerCase().startsWith('aws:'))
            delete tags[key];
    }
    if (Object.keys(tags).length === 0)
        delete request.UserPoolTags;
}
/** A deep copy without null members (a JSON null is never a value UpdateUserPool takes). */
function withoutNulls(value) {
    if (value === null || value === undefined)
        return undefined;
    if (Array.isArray(value))
        return value.map(withoutNulls).filter((item) => item !== undefined);
    if (typeof value !== 'object')
        return value;
    const copy = {};
    for (const [key, member] of Object.entries(value)) {
        const kept = withoutNulls(member);
        if (kept !== undefined)
            copy[key] = kept;
    }
    return copy;
}
/** The value as a JSON object, or undefined when it is not one. */
function asObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiZmllbGRzLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vc3JjL2hhbmRsZXJzL3VzZXItcG9vbC10cmlnZ2VyL2ZpZWxkcy50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFzRkEsb0RBSUM7QUFPRCw0Q0FlQztBQThERCw0QkFFQztBQWhMRDs7Ozs7Ozs7Ozs7Ozs7R0FjRztBQUNILDZHQUE2RztBQUM3Ryw2REFBNkQ7QUFDN0QsK0VBQWlFO0FBUWpFLCtHQUErRztBQUNsRyxRQUFBLGNBQWMsR0FBeUM7SUFDbEUsVUFBVSxFQUFFLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSxJQUFJLEVBQUUsd0JBQXdCLEVBQUU7SUFDMUQsUUFBUSxFQUFFLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsNkVBQTZFLEVBQUU7SUFDL0csUUFBUSxFQUFFLEVBQUUsSUFBSSxFQUFFLFVBQVUsRUFBRSxJQUFJLEVBQUUsd0ZBQXdGLEVBQUU7SUFDOUgsa0JBQWtCLEVBQUUsRUFBRSxJQUFJLEVBQUUsb0JBQW9CLEVBQUU7SUFDbEQsWUFBWSxFQUFFLEVBQUUsSUFBSSxFQUFFLGNBQWMsRUFBRSxJQUFJLEVBQUUseUVBQXlFLEVBQUU7SUFDdkgsc0JBQXNCLEVBQUUsRUFBRSxJQUFJLEVBQUUsd0JBQXdCLEVBQUU7SUFDMUQsc0JBQXNCLEVBQUUsRUFBRSxJQUFJLEVBQUUsd0JBQXdCLEVBQUUsSUFBSSxFQUFFLDBGQUEwRixFQUFFO0lBQzVKLHdCQUF3QixFQUFFLEVBQUUsSUFBSSxFQUFFLDBCQUEwQixFQUFFLElBQUksRUFBRSw0RkFBNEYsRUFBRTtJQUNsSyx3QkFBd0IsRUFBRSxFQUFFLElBQUksRUFBRSwwQkFBMEIsRUFBRSxJQUFJLEVBQUUsNEZBQTRGLEVBQUU7SUFDbEssMkJBQTJCLEVBQUUsRUFBRSxJQUFJLEVBQUUsNkJBQTZCLEVBQUU7SUFDcEUsd0JBQXdCLEVBQUUsRUFBRSxJQUFJLEVBQUUsMEJBQTBCLEVBQUU7SUFDOUQsMkJBQTJCLEVBQUUsRUFBRSxJQUFJLEVBQUUsNkJBQTZCLEVBQUU7SUFDcEUsZ0JBQWdCLEVBQUUsRUFBRSxJQUFJLEVBQUUsa0JBQWtCLEVBQUUsSUFBSSxFQUFFLHFGQUFxRixFQUFFO0lBQzNJLG1CQUFtQixFQUFFLEVBQUUsSUFBSSxFQUFFLHFCQUFxQixFQUFFO0lBQ3BELGtCQUFrQixFQUFFLEVBQUUsSUFBSSxFQUFFLG9CQUFvQixFQUFFLElBQUksRUFBRSxvREFBb0QsRUFBRTtJQUM5RyxnQkFBZ0IsRUFBRSxFQUFFLElBQUksRUFBRSxrQkFBa0IsRUFBRSxJQUFJLEVBQUUsK0NBQStDLEVBQUU7SUFDckcsWUFBWSxFQUFFLEVBQUUsSUFBSSxFQUFFLGNBQWMsRUFBRSxJQUFJLEVBQUUsbUdBQW1HLEVBQUU7SUFDakoscUJBQXFCLEVBQUUsRUFBRSxJQUFJLEVBQUUsdUJBQXVCLEVBQUUsSUFBSSxFQUFFLCtEQUErRCxFQUFFO0lBQy9ILGNBQWMsRUFBRSxFQUFFLElBQUksRUFBRSxnQkFBZ0IsRUFBRTtJQUMxQyxzQkFBc0IsRUFBRSxFQUFFLElBQUksRUFBRSx3QkFBd0IsRUFBRTtJQUMxRCxZQUFZLEVBQUUsRUFBRSxJQUFJLEVBQUUsY0FBYyxFQUFFO0lBQ3RDLGdCQUFnQixFQUFFLEVBQUUsSUFBSSxFQUFFLGtCQUFrQixFQUFFLElBQUksRUFBRSxpRkFBaUYsRUFBRTtJQUN2SSxtQkFBbUIsRUFBRSxFQUFFLElBQUksRUFBRSxxQkFBcUIsRUFBRSxJQUFJLEVBQUUsaUZBQWlGLEVBQUU7SUFDN0ksZ0JBQWdCLEVBQUUsRUFBRSxJQUFJLEVBQUUsa0JBQWtCLEVBQUUsSUFBSSxFQUFFLG9EQUFvRCxFQUFFO0lBQzFHLGdCQUFnQixFQUFFO1FBQ2hCLFFBQVEsRUFBRSw0R0FBNEc7Y0FDbEgsMEdBQTBHO2NBQzFHLGtEQUFrRDtLQUN2RDtDQUNGLENBQUM7QUFFRixxSEFBcUg7QUFDeEcsUUFBQSxXQUFXLEdBQXFDO0lBQzNELE1BQU0sRUFBRSx3QkFBd0I7SUFDaEMsZ0JBQWdCLEVBQUUsV0FBVztJQUM3QixZQUFZLEVBQUUsV0FBVztJQUN6QixnQkFBZ0IsRUFBRSx5RUFBeUU7SUFDM0YsZUFBZSxFQUFFLG1CQUFtQjtJQUNwQyxrQkFBa0IsRUFBRSxtQkFBbUI7SUFDdkMscUJBQXFCLEVBQUUsbUJBQW1CO0lBQzFDLHNCQUFzQixFQUFFLFdBQVc7SUFDbkMsdUJBQXVCLEVBQUUsV0FBVztJQUNwQyx5QkFBeUIsRUFBRSxXQUFXO0lBQ3RDLE1BQU0sRUFBRSx1Q0FBdUM7SUFDL0MsWUFBWSxFQUFFLHVDQUF1QztJQUNyRCxHQUFHLEVBQUUsV0FBVztDQUNqQixDQUFDO0FBRUYsc0dBQXNHO0FBQ3RHLE1BQU0sZUFBZSxHQUFxQztJQUN4RCxzQkFBc0IsRUFBRSxZQUFZO0lBQ3BDLHdCQUF3QixFQUFFLGNBQWM7SUFDeEMsd0JBQXdCLEVBQUUsY0FBYztDQUN6QyxDQUFDO0FBRUY7OztHQUdHO0FBQ0gsU0FBZ0Isb0JBQW9CO0lBQ2xDLE1BQU0sTUFBTSxHQUFJLEdBQXVCLENBQUMsc0JBQXNCLENBQUM7SUFDL0QsTUFBTSxLQUFLLEdBQUcsS0FBSyxDQUFDLE9BQU8sQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7SUFDNUQsT0FBTyxLQUFLLENBQUMsT0FBTyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsTUFBTSxDQUFDLENBQUMsSUFBSSxFQUFrQixFQUFFLENBQUMsT0FBTyxJQUFJLEtBQUssUUFBUSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztBQUN0RyxDQUFDO0FBRUQ7Ozs7R0FJRztBQUNILFNBQWdCLGdCQUFnQixDQUFDLElBQVUsRUFBRSxpQkFBb0Msb0JBQW9CLEVBQUU7SUFDckcsTUFBTSxLQUFLLEdBQStCLEVBQUUsR0FBRyxzQkFBYyxFQUFFLENBQUM7SUFDaEUsS0FBSyxNQUFNLElBQUksSUFBSSxjQUFjO1FBQUUsS0FBSyxDQUFDLElBQUksQ0FBQyxLQUFLLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSxDQUFDO0lBRWxFLE1BQU0sT0FBTyxHQUFTLEVBQUUsQ0FBQztJQUN6QixLQUFLLE1BQU0sQ0FBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLElBQUksTUFBTSxDQUFDLE9BQU8sQ0FBQyxLQUFLLENBQUMsRUFBRSxDQUFDO1FBQ2pELElBQUksVUFBVSxJQUFJLElBQUk7WUFBRSxTQUFTO1FBQ2pDLE1BQU0sS0FBSyxHQUFHLFlBQVksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7UUFDNUMsSUFBSSxLQUFLLEtBQUssU0FBUztZQUFFLE9BQU8sQ0FBQyxJQUFJLENBQUMsR0FBRyxLQUFLLENBQUM7SUFDakQsQ0FBQztJQUVELGdDQUFnQyxDQUFDLE9BQU8sQ0FBQyxDQUFDO0lBQzFDLDZCQUE2QixDQUFDLE9BQU8sQ0FBQyxDQUFDO0lBQ3ZDLGdCQUFnQixDQUFDLE9BQU8sQ0FBQyxDQUFDO0lBQzFCLE9BQU8sT0FBTyxDQUFDO0FBQ2pCLENBQUM7QUFFRDs7OztHQUlHO0FBQ0gsU0FBUyxnQ0FBZ0MsQ0FBQyxPQUFhO0lBQ3JELE1BQU0sUUFBUSxHQUFHLFFBQVEsQ0FBQyxPQUFPLENBQUMsMkJBQTJCLENBQUMsQ0FBQztJQUMvRCxLQUFLLE1BQU0sQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDLElBQUksTUFBTSxDQUFDLE9BQU8sQ0FBQyxlQUFlLENBQUMsRUFBRSxDQUFDO1FBQy9ELElBQUksUUFBUSxFQUFFLENBQUMsTUFBTSxDQUFDLEtBQUssU0FBUztZQUFFLE9BQU8sT0FBTyxDQUFDLE1BQU0sQ0FBQyxDQUFDO0lBQy9ELENBQUM7QUFDSCxDQUFDO0FBRUQ7Ozs7O0dBS0c7QUFDSCxTQUFTLDZCQUE2QixDQUFDLE9BQWE7SUFDbEQsTUFBTSxlQUFlLEdBQUcsUUFBUSxDQUFDLE9BQU8sQ0FBQyxxQkFBcUIsQ0FBQyxDQUFDO0lBQ2hFLE1BQU0sSUFBSSxHQUFHLGVBQWUsRUFBRSx5QkFBeUIsQ0FBQztJQUN4RCxJQUFJLENBQUMsZUFBZSxJQUFJLElBQUksS0FBSyxTQUFTO1FBQUUsT0FBTztJQUNuRCxPQUFPLGVBQWUsQ0FBQyx5QkFBeUIsQ0FBQztJQUVqRCxNQUFNLFFBQVEsR0FBRyxRQUFRLENBQUMsT0FBTyxDQUFDLFFBQVEsQ0FBQyxJQUFJLEVBQUUsQ0FBQztJQUNsRCxNQUFNLGNBQWMsR0FBRyxRQUFRLENBQUMsUUFBUSxDQUFDLGNBQWMsQ0FBQyxJQUFJLEVBQUUsQ0FBQztJQUMvRCxJQUFJLGNBQWMsQ0FBQyw2QkFBNkIsS0FBSyxTQUFTLEVBQUUsQ0FBQztRQUMvRCxjQUFjLENBQUMsNkJBQTZCLEdBQUcsSUFBSSxDQUFDO1FBQ3BELFFBQVEsQ0FBQyxjQUFjLEdBQUcsY0FBYyxDQUFDO1FBQ3pDLE9BQU8sQ0FBQyxRQUFRLEdBQUcsUUFBUSxDQUFDO0lBQzlCLENBQUM7QUFDSCxDQUFDO0FBRUQ7OztHQUdHO0FBQ0gsU0FBUyxnQkFBZ0IsQ0FBQyxPQUFhO0lBQ3JDLE1BQU0sSUFBSSxHQUFHLFFBQVEsQ0FBQyxPQUFPLENBQUMsWUFBWSxDQUFDLENBQUM7SUFDNUMsSUFBSSxDQUFDLElBQUk7UUFBRSxPQUFPO0lBQ2xCLEtBQUssTUFBTSxHQUFHLElBQUksTUFBTSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDO1FBQ3BDLElBQUksR0FBRyxDQUFDLFdBQVcsRUFBRSxDQUFDLFVBQVUsQ0FBQyxNQUFNLENBQUM7WUFBRSxPQUFPLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQztJQUM3RCxDQUFDO0lBQ0QsSUFBSSxNQUFNLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLE1BQU0sS0FBSyxDQUFDO1FBQUUsT0FBTyxPQUFPLENBQUMsWUFBWSxDQUFDO0FBQ2xFLENBQUM7QUFFRCw0RkFBNEY7QUFDNUYsU0FBUyxZQUFZLENBQUMsS0FBYztJQUNsQyxJQUFJLEtBQUssS0FBSyxJQUFJLElBQUksS0FBSyxLQUFLLFNBQVM7UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUM1RCxJQUFJLEtBQUssQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDO1FBQUUsT0FBTyxLQUFLLENBQUMsR0FBRyxDQUFDLFlBQVksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLElBQUksRUFBRSxFQUFFLENBQUMsSUFBSSxLQUFLLFNBQVMsQ0FBQyxDQUFDO0lBQzlGLElBQUksT0FBTyxLQUFLLEtBQUssUUFBUTtRQUFFLE9BQU8sS0FBSyxDQUFDO0lBQzVDLE1BQU0sSUFBSSxHQUFTLEVBQUUsQ0FBQztJQUN0QixLQUFLLE1BQU0sQ0FBQyxHQUFHLEVBQUUsTUFBTSxDQUFDLElBQUksTUFBTSxDQUFDLE9BQU8sQ0FBQyxLQUFLLENBQUMsRUFBRSxDQUFDO1FBQ2xELE1BQU0sSUFBSSxHQUFHLFlBQVksQ0FBQyxNQUFNLENBQUMsQ0FBQztRQUNsQyxJQUFJLElBQUksS0FBSyxTQUFTO1lBQUUsSUFBSSxDQUFDLEdBQUcsQ0FBQyxHQUFHLElBQUksQ0FBQztJQUMzQyxDQUFDO0lBQ0QsT0FBTyxJQUFJLENBQUM7QUFDZCxDQUFDO0FBRUQsbUVBQW1FO0FBQ25FLFNBQWdCLFFBQVEsQ0FBQyxLQUFjO0lBQ3JDLE9BQU8sS0FBSyxLQUFLLElBQUksSUFBSSxPQUFPLEtBQUssS0FBSyxRQUFRLElBQUksQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBRSxLQUFjLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQztBQUM1RyxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBCdWlsZHMgYW4gVXBkYXRlVXNlclBvb2wgcmVxdWVzdCB0aGF0IHdyaXRlcyBiYWNrIHdoYXQgRGVzY3JpYmVVc2VyUG9vbCByZWFkLlxuICpcbiAqIFVwZGF0ZVVzZXJQb29sIHJlcGxhY2VzIHRoZSB3aG9sZSBjb25maWd1cmF0aW9uOiBcIklmIHlvdSBkb24ndCBwcm92aWRlIGEgdmFsdWUgZm9yIGFuIGF0dHJpYnV0ZSwgQW1hem9uIENvZ25pdG9cbiAqIHNldHMgaXQgdG8gaXRzIGRlZmF1bHQgdmFsdWVcIiAoVXBkYXRlVXNlclBvb2wgQVBJIHJlZmVyZW5jZSkuIFNvIGV2ZXJ5IG1lbWJlciBvZiBVcGRhdGVVc2VyUG9vbFJlcXVlc3QgaXMgbGlzdGVkXG4gKiBpbiBVUERBVEVfTUVNQkVSUyBiZWxvdyB3aXRoIHdoZXJlIGl0cyB2YWx1ZSBjb21lcyBmcm9tLCBvciB3aHkgaXQgaXMgbGVmdCBvdXQ7IGEgdGVzdCBlbnVtZXJhdGVzIHRoZSBtZW1iZXJzIG9mXG4gKiB0aGUgaW5zdGFsbGVkIFNESydzIHJlcXVlc3Qgc2NoZW1hIGF0IHJ1biB0aW1lIGFuZCBmYWlscyBvbiBvbmUgdGhhdCBpcyBub3QgbGlzdGVkIGhlcmUuXG4gKlxuICogVmFsdWVzIGFyZSBjb3BpZWQgd2hvbGUuIEV2ZXJ5IGNvcGllZCBtZW1iZXIgaGFzIHRoZSBzYW1lIHNoYXBlIGluIHRoZSBvdXRwdXQgKFVzZXJQb29sVHlwZSkgYXMgaW4gdGhlIGlucHV0XG4gKiAoVXBkYXRlVXNlclBvb2xSZXF1ZXN0KSwgZS5nLiBTbXNDb25maWd1cmF0aW9uVHlwZSBpbiBib3RoLCBzbyB3aGF0ZXZlciBEZXNjcmliZVVzZXJQb29sIHJldHVybnMgaW5zaWRlIGl0IGlzXG4gKiBzb21ldGhpbmcgVXBkYXRlVXNlclBvb2wgYWNjZXB0cywgaW5jbHVkaW5nIG1lbWJlcnMgbmV3ZXIgdGhhbiB0aGlzIGZpbGUgKGluZGV4LnRzIHNlbmRzIHRoZSBKU09OIGFzIGJ1aWx0IGhlcmUsXG4gKiBzbyB0aGUgU0RLJ3Mgc2VyaWFsaXplciBjYW4ndCBkcm9wIHRoZW0pLlxuICpcbiAqIFNlbGYtY29udGFpbmVkIG9uIHB1cnBvc2U6IHRoaXMgZGlyZWN0b3J5IGlzIHRoZSBMYW1iZGEgYXNzZXQsIHNvIGl0IGxvYWRzIG9ubHkgdGhlIEFXUyBTREsgYW5kIE5vZGUuXG4gKi9cbi8vIFRoZSBOb2RlLmpzIExhbWJkYSBydW50aW1lIHByb3ZpZGVzIHRoZSBBV1MgU0RLLCBzbyB0aGUgcGFja2FnZSBsaXN0cyBpdCBvbmx5IGFzIGEgZGV2ZWxvcG1lbnQgZGVwZW5kZW5jeS5cbi8vIGVzbGludC1kaXNhYmxlLW5leHQtbGluZSBpbXBvcnQvbm8tZXh0cmFuZW91cy1kZXBlbmRlbmNpZXNcbmltcG9ydCAqIGFzIHNkayBmcm9tICdAYXdzLXNkay9jbGllbnQtY29nbml0by1pZGVudGl0eS1wcm92aWRlcic7XG5cbi8qKiBBIEpTT04gb2JqZWN0IGFzIHRoZSBzZXJ2aWNlIHNlbmRzIGl0LiAqL1xuZXhwb3J0IHR5cGUgSnNvbiA9IFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuXG4vKiogV2hlcmUgYW4gVXBkYXRlVXNlclBvb2wgbWVtYmVyIGNvbWVzIGZyb206IGBmcm9tYCBuYW1lcyB0aGUgRGVzY3JpYmVVc2VyUG9vbCBtZW1iZXIgY29waWVkIGludG8gaXQuICovXG5leHBvcnQgdHlwZSBNZW1iZXJSdWxlID0geyByZWFkb25seSBmcm9tOiBzdHJpbmc7IHJlYWRvbmx5IG5vdGU/OiBzdHJpbmcgfSB8IHsgcmVhZG9ubHkgZXhjbHVkZWQ6IHN0cmluZyB9O1xuXG4vKiogRXZlcnkgbWVtYmVyIG9mIFVwZGF0ZVVzZXJQb29sUmVxdWVzdCAoU0RLIDMuMTE3OCwgYm90b2NvcmUgMS40MyBoYXMgYSBzdWJzZXQpLCBlYWNoIGNvcGllZCBvciBleGNsdWRlZC4gKi9cbmV4cG9ydCBjb25zdCBVUERBVEVfTUVNQkVSUzogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgTWVtYmVyUnVsZT4+ID0ge1xuICBVc2VyUG9vbElkOiB7IGZyb206ICdJZCcsIG5vdGU6ICd0aGUgb3V0cHV0IGNhbGxzIGl0IElkJyB9LFxuICBQb29sTmFtZTogeyBmcm9tOiAnTmFtZScsIG5vdGU6ICd0aGUgb3V0cHV0IGNhbGxzIGl0IE5hbWU7IFVwZGF0ZVVzZXJQb29sIGFjY2VwdHMgdGhlIGN1cnJlbnQgbmFtZSB1bmNoYW5nZWQnIH0sXG4gIFBvbGljaWVzOiB7IGZyb206ICdQb2xpY2llcycsIG5vdGU6ICdnYWlucyBUZW1wb3JhcnlQYXNzd29yZFZhbGlkaXR5RGF5cyBmcm9tIGEgbGVnYWN5IFVudXNlZEFjY291bnRWYWxpZGl0eURheXMsIHNlZSBiZWxvdycgfSxcbiAgRGVsZXRpb25Qcm90ZWN0aW9uOiB7IGZyb206ICdEZWxldGlvblByb3RlY3Rpb24nIH0sXG4gIExhbWJkYUNvbmZpZzogeyBmcm9tOiAnTGFtYmRhQ29uZmlnJywgbm90ZTogJ2luZGV4LnRzIGNoYW5nZXMgb25seSBpdHMgb3duIHRyaWdnZXIgKGFuZCBLTVNLZXlJRCBmb3IgY3VzdG9tIHNlbmRlcnMpJyB9LFxuICBBdXRvVmVyaWZpZWRBdHRyaWJ1dGVzOiB7IGZyb206ICdBdXRvVmVyaWZpZWRBdHRyaWJ1dGVzJyB9LFxuICBTbXNWZXJpZmljYXRpb25NZXNzYWdlOiB7IGZyb206ICdTbXNWZXJpZmljYXRpb25NZXNzYWdlJywgbm90ZTogJ2xlZ2FjeSB0d2luIG9mIFZlcmlmaWNhdGlvbk1lc3NhZ2VUZW1wbGF0ZS5TbXNNZXNzYWdlOiBsZWZ0IG91dCB3aGVuIHRoZSB0ZW1wbGF0ZSBoYXMgaXQnIH0sXG4gIEVtYWlsVmVyaWZpY2F0aW9uTWVzc2FnZTogeyBmcm9tOiAnRW1haWxWZXJpZmljYXRpb25NZXNzYWdlJywgbm90ZTogJ2xlZ2FjeSB0d2luIG9mIFZlcmlmaWNhdGlvbk1lc3NhZ2VUZW1wbGF0ZS5FbWFpbE1lc3NhZ2U6IGxlZnQgb3V0IHdoZW4gdGhlIHRlbXBsYXRlIGhhcyBpdCcgfSxcbiAgRW1haWxWZXJpZmljYXRpb25TdWJqZWN0OiB7IGZyb206ICdFbWFpbFZlcmlmaWNhdGlvblN1YmplY3QnLCBub3RlOiAnbGVnYWN5IHR3aW4gb2YgVmVyaWZpY2F0aW9uTWVzc2FnZVRlbXBsYXRlLkVtYWlsU3ViamVjdDogbGVmdCBvdXQgd2hlbiB0aGUgdGVtcGxhdGUgaGFzIGl0JyB9LFxuICBWZXJpZmljYXRpb25NZXNzYWdlVGVtcGxhdGU6IHsgZnJvbTogJ1ZlcmlmaWNhdGlvbk1lc3NhZ2VUZW1wbGF0ZScgfSxcbiAgU21zQXV0aGVudGljYXRpb25NZXNzYWdlOiB7IGZyb206ICdTbXNBdXRoZW50aWNhdGlvbk1lc3NhZ2UnIH0sXG4gIFVzZXJBdHRyaWJ1dGVVcGRhdGVTZXR0aW5nczogeyBmcm9tOiAnVXNlckF0dHJpYnV0ZVVwZGF0ZVNldHRpbmdzJyB9LFxuICBNZmFDb25maWd1cmF0aW9uOiB7IGZyb206ICdNZmFDb25maWd1cmF0aW9uJywgbm90ZTogJ2FzIHJlYWQ7IE9OL09QVElPTkFMIGlzIGFjY2VwdGVkIGJlY2F1c2UgdGhlIGZhY3RvciBpdCBuZWVkcyBpcyBhbHJlYWR5IG9uIHRoZSBwb29sJyB9LFxuICBEZXZpY2VDb25maWd1cmF0aW9uOiB7IGZyb206ICdEZXZpY2VDb25maWd1cmF0aW9uJyB9LFxuICBFbWFpbENvbmZpZ3VyYXRpb246IHsgZnJvbTogJ0VtYWlsQ29uZmlndXJhdGlvbicsIG5vdGU6ICdTb3VyY2VBcm4gYW5kIEZyb20gYXJlIHJlLXZhbGlkYXRlZCBieSB0aGUgc2VydmljZScgfSxcbiAgU21zQ29uZmlndXJhdGlvbjogeyBmcm9tOiAnU21zQ29uZmlndXJhdGlvbicsIG5vdGU6ICd0aGUgY2FsbGVyIG5lZWRzIGlhbTpQYXNzUm9sZSBvbiBTbnNDYWxsZXJBcm4nIH0sXG4gIFVzZXJQb29sVGFnczogeyBmcm9tOiAnVXNlclBvb2xUYWdzJywgbm90ZTogJ2tleXMgc3RhcnRpbmcgd2l0aCBhd3M6IGFyZSBsZWZ0IG91dDogcmVzZXJ2ZWQsIG5vIG9uZSBjYW4gd3JpdGUgdGhlbSwgYW5kIHRoZXkgY2Fubm90IGJlIHJlbW92ZWQnIH0sXG4gIEFkbWluQ3JlYXRlVXNlckNvbmZpZzogeyBmcm9tOiAnQWRtaW5DcmVhdGVVc2VyQ29uZmlnJywgbm90ZTogJ1VudXNlZEFjY291bnRWYWxpZGl0eURheXMgaXMgbGVmdCBvdXQ6IHRoZSBzZXJ2aWNlIHJlamVjdHMgaXQnIH0sXG4gIFVzZXJQb29sQWRkT25zOiB7IGZyb206ICdVc2VyUG9vbEFkZE9ucycgfSxcbiAgQWNjb3VudFJlY292ZXJ5U2V0dGluZzogeyBmcm9tOiAnQWNjb3VudFJlY292ZXJ5U2V0dGluZycgfSxcbiAgVXNlclBvb2xUaWVyOiB7IGZyb206ICdVc2VyUG9vbFRpZXInIH0sXG4gIEtleUNvbmZpZ3VyYXRpb246IHsgZnJvbTogJ0tleUNvbmZpZ3VyYXRpb24nLCBub3RlOiAnaW4gYSByZXBsaWNhIFJlZ2lvbiBpdCBtdXN0IG1hdGNoIHRoZSBleGlzdGluZyBjb25maWd1cmF0aW9uLCB3aGljaCBhIGNvcHkgZG9lcycgfSxcbiAgSXNzdWVyQ29uZmlndXJhdGlvbjogeyBmcm9tOiAnSXNzdWVyQ29uZmlndXJhdGlvbicsIG5vdGU6ICdpbiBhIHJlcGxpY2EgUmVnaW9uIGl0IG11c3QgbWF0Y2ggdGhlIGV4aXN0aW5nIGNvbmZpZ3VyYXRpb24sIHdoaWNoIGEgY29weSBkb2VzJyB9LFxuICBBY3JDb25maWd1cmF0aW9uOiB7IGZyb206ICdBY3JDb25maWd1cmF0aW9uJywgbm90ZTogJ2EgbGV2ZWwgbGVmdCBvdXQgd291bGQgZ28gYmFjayB0byBpdHMgZGVmYXVsdCBuYW1lJyB9LFxuICBEY3JDb25maWd1cmF0aW9uOiB7XG4gICAgZXhjbHVkZWQ6ICd0aGUgcmVmZXJlbmNlIHNheXMgXCJJZiB5b3Ugb21pdCB0aGlzIHBhcmFtZXRlciwgQW1hem9uIENvZ25pdG8ga2VlcHMgdGhlIGV4aXN0aW5nIGNvbmZpZ3VyYXRpb25cIiwgd2hpbGUgYSAnXG4gICAgICArICdjb25maWd1cmF0aW9uIHNlbnQgYmFjayByZXBsYWNlcyBpdCBhbmQgXCJhbiBvbWl0dGVkIEVuYWJsZVN0YXR1cyB0dXJucyBkeW5hbWljIGNsaWVudCByZWdpc3RyYXRpb24gb25cIjsgJ1xuICAgICAgKyAnb21pdHRpbmcgaXQgaXMgdGhlIG9uZSB3YXkgdGhhdCBjYW5ub3QgY2hhbmdlIGl0JyxcbiAgfSxcbn07XG5cbi8qKiBEZXNjcmliZVVzZXJQb29sIG1lbWJlcnMgdGhhdCBVcGRhdGVVc2VyUG9vbCBoYXMgbm8gcGxhY2UgZm9yIChyZWFkLW9ubHksIG9yIGZpeGVkIHdoZW4gdGhlIHBvb2wgd2FzIGNyZWF0ZWQpLiAqL1xuZXhwb3J0IGNvbnN0IE9VVFBVVF9PTkxZOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PiA9IHtcbiAgU3RhdHVzOiAncmVhZC1vbmx5IChkZXByZWNhdGVkKScsXG4gIExhc3RNb2RpZmllZERhdGU6ICdyZWFkLW9ubHknLFxuICBDcmVhdGlvbkRhdGU6ICdyZWFkLW9ubHknLFxuICBTY2hlbWFBdHRyaWJ1dGVzOiAnZml4ZWQgYXQgY3JlYXRpb247IGN1c3RvbSBhdHRyaWJ1dGVzIGFyZSBhZGRlZCB3aXRoIEFkZEN1c3RvbUF0dHJpYnV0ZXMnLFxuICBBbGlhc0F0dHJpYnV0ZXM6ICdmaXhlZCBhdCBjcmVhdGlvbicsXG4gIFVzZXJuYW1lQXR0cmlidXRlczogJ2ZpeGVkIGF0IGNyZWF0aW9uJyxcbiAgVXNlcm5hbWVDb25maWd1cmF0aW9uOiAnZml4ZWQgYXQgY3JlYXRpb24nLFxuICBFc3RpbWF0ZWROdW1iZXJPZlVzZXJzOiAncmVhZC1vbmx5JyxcbiAgU21zQ29uZmlndXJhdGlvbkZhaWx1cmU6ICdyZWFkLW9ubHknLFxuICBFbWFpbENvbmZpZ3VyYXRpb25GYWlsdXJlOiAncmVhZC1vbmx5JyxcbiAgRG9tYWluOiAncmVhZC1vbmx5OyBkb21haW5zIGhhdmUgdGhlaXIgb3duIEFQSScsXG4gIEN1c3RvbURvbWFpbjogJ3JlYWQtb25seTsgZG9tYWlucyBoYXZlIHRoZWlyIG93biBBUEknLFxuICBBcm46ICdyZWFkLW9ubHknLFxufTtcblxuLyoqIFRoZSBsZWdhY3kgdG9wLWxldmVsIG1lc3NhZ2VzIGFuZCB0aGUgbWVtYmVyIG9mIFZlcmlmaWNhdGlvbk1lc3NhZ2VUZW1wbGF0ZSB0aGF0IHJlcGxhY2VkIGVhY2guICovXG5jb25zdCBMRUdBQ1lfTUVTU0FHRVM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+ID0ge1xuICBTbXNWZXJpZmljYXRpb25NZXNzYWdlOiAnU21zTWVzc2FnZScsXG4gIEVtYWlsVmVyaWZpY2F0aW9uTWVzc2FnZTogJ0VtYWlsTWVzc2FnZScsXG4gIEVtYWlsVmVyaWZpY2F0aW9uU3ViamVjdDogJ0VtYWlsU3ViamVjdCcsXG59O1xuXG4vKipcbiAqIFRoZSBtZW1iZXJzIG9mIFVwZGF0ZVVzZXJQb29sUmVxdWVzdCB0aGF0IHRoZSBBV1MgU0RLIHJ1bm5pbmcgdGhpcyBjb2RlIGtub3dzLCByZWFkIGZyb20gaXRzIHNjaGVtYSBhdCBydW4gdGltZVxuICogKGBVcGRhdGVVc2VyUG9vbFJlcXVlc3QkYCwgZXhwb3J0ZWQgYnkgU0RLIHZlcnNpb25zIHdpdGggc2NoZW1hLWJhc2VkIHNlcmlhbGl6YXRpb24pLCBvciBub25lIG9uIGFuIG9sZGVyIFNESy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJ1bnRpbWVVcGRhdGVNZW1iZXJzKCk6IHN0cmluZ1tdIHtcbiAgY29uc3Qgc2NoZW1hID0gKHNkayBhcyB1bmtub3duIGFzIEpzb24pLlVwZGF0ZVVzZXJQb29sUmVxdWVzdCQ7XG4gIGNvbnN0IG5hbWVzID0gQXJyYXkuaXNBcnJheShzY2hlbWEpID8gc2NoZW1hWzRdIDogdW5kZWZpbmVkO1xuICByZXR1cm4gQXJyYXkuaXNBcnJheShuYW1lcykgPyBuYW1lcy5maWx0ZXIoKG5hbWUpOiBuYW1lIGlzIHN0cmluZyA9PiB0eXBlb2YgbmFtZSA9PT0gJ3N0cmluZycpIDogW107XG59XG5cbi8qKlxuICogVGhlIFVwZGF0ZVVzZXJQb29sIHJlcXVlc3QgdGhhdCBrZWVwcyBgcG9vbGAgKGEgRGVzY3JpYmVVc2VyUG9vbCBgVXNlclBvb2xgKSBhcyBpdCBpcywgZXhjZXB0IExhbWJkYUNvbmZpZywgd2hpY2hcbiAqIHRoZSBjYWxsZXIgcmVwbGFjZXMuIEEgbWVtYmVyIG9mIGBydW50aW1lTWVtYmVyc2AgdGhhdCBVUERBVEVfTUVNQkVSUyBkb2Vzbid0IGtub3cgKG5ld2VyIHRoYW4gdGhpcyBmaWxlKSBpcyBjb3BpZWRcbiAqIGZyb20gdGhlIG91dHB1dCBtZW1iZXIgb2YgdGhlIHNhbWUgbmFtZTogdGhlIFNESyB0aGF0IHJ1bnMgdGhpcyBjb2RlIHNheXMgVXBkYXRlVXNlclBvb2wgYWNjZXB0cyBpdC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHVwZGF0ZVJlcXVlc3RGb3IocG9vbDogSnNvbiwgcnVudGltZU1lbWJlcnM6IHJlYWRvbmx5IHN0cmluZ1tdID0gcnVudGltZVVwZGF0ZU1lbWJlcnMoKSk6IEpzb24ge1xuICBjb25zdCBydWxlczogUmVjb3JkPHN0cmluZywgTWVtYmVyUnVsZT4gPSB7IC4uLlVQREFURV9NRU1CRVJTIH07XG4gIGZvciAoY29uc3QgbmFtZSBvZiBydW50aW1lTWVtYmVycykgcnVsZXNbbmFtZV0gPz89IHsgZnJvbTogbmFtZSB9O1xuXG4gIGNvbnN0IHJlcXVlc3Q6IEpzb24gPSB7fTtcbiAgZm9yIChjb25zdCBbbmFtZSwgcnVsZV0gb2YgT2JqZWN0LmVudHJpZXMocnVsZXMpKSB7XG4gICAgaWYgKCdleGNsdWRlZCcgaW4gcnVsZSkgY29udGludWU7XG4gICAgY29uc3QgdmFsdWUgPSB3aXRob3V0TnVsbHMocG9vbFtydWxlLmZyb21dKTtcbiAgICBpZiAodmFsdWUgIT09IHVuZGVmaW5lZCkgcmVxdWVzdFtuYW1lXSA9IHZhbHVlO1xuICB9XG5cbiAgZHJvcExlZ2FjeU1lc3NhZ2VzVGhlVGVtcGxhdGVIYXMocmVxdWVzdCk7XG4gIG1vdmVVbnVzZWRBY2NvdW50VmFsaWRpdHlEYXlzKHJlcXVlc3QpO1xuICBkcm9wUmVzZXJ2ZWRUYWdzKHJlcXVlc3QpO1xuICByZXR1cm4gcmVxdWVzdDtcbn1cblxuLyoqXG4gKiBTbXNWZXJpZmljYXRpb25NZXNzYWdlLCBFbWFpbFZlcmlmaWNhdGlvbk1lc3NhZ2UgYW5kIEVtYWlsVmVyaWZpY2F0aW9uU3ViamVjdCBhcmUgXCJubyBsb25nZXIgdXNlZFwiIChTREsgcmVmZXJlbmNlKVxuICogYW5kIGR1cGxpY2F0ZSBtZW1iZXJzIG9mIFZlcmlmaWNhdGlvbk1lc3NhZ2VUZW1wbGF0ZS4gU2VuZGluZyBhIG1lc3NhZ2Ugb25jZSwgaW4gdGhlIHRlbXBsYXRlLCBhdm9pZHMgdHdvIHZhbHVlcyBmb3JcbiAqIG9uZSBtZXNzYWdlOyBhIGxlZ2FjeSB2YWx1ZSBzdGF5cyBvbmx5IHdoZXJlIHRoZSB0ZW1wbGF0ZSBsYWNrcyBpdHMgdHdpbiwgc28gbm8gbWVzc2FnZSBpcyBsb3N0LlxuICovXG5mdW5jdGlvbiBkcm9wTGVnYWN5TWVzc2FnZXNUaGVUZW1wbGF0ZUhhcyhyZXF1ZXN0OiBKc29uKTogdm9pZCB7XG4gIGNvbnN0IHRlbXBsYXRlID0gYXNPYmplY3QocmVxdWVzdC5WZXJpZmljYXRpb25NZXNzYWdlVGVtcGxhdGUpO1xuICBmb3IgKGNvbnN0IFtsZWdhY3ksIG1lbWJlcl0gb2YgT2JqZWN0LmVudHJpZXMoTEVHQUNZX01FU1NBR0VTKSkge1xuICAgIGlmICh0ZW1wbGF0ZT8uW21lbWJlcl0gIT09IHVuZGVmaW5lZCkgZGVsZXRlIHJlcXVlc3RbbGVnYWN5XTtcbiAgfVxufVxuXG4vKipcbiAqIERlc2NyaWJlVXNlclBvb2wgc3RpbGwgcmVwb3J0cyBBZG1pbkNyZWF0ZVVzZXJDb25maWcuVW51c2VkQWNjb3VudFZhbGlkaXR5RGF5cywgYnV0IFVwZGF0ZVVzZXJQb29sIHJlamVjdHMgaXQ6XG4gKiBcIlBsZWFzZSB1c2UgVGVtcG9yYXJ5UGFzc3dvcmRWYWxpZGl0eURheXMgaW4gUGFzc3dvcmRQb2xpY3kgaW5zdGVhZCBvZiBVbnVzZWRBY2NvdW50VmFsaWRpdHlEYXlzXCJcbiAqIChnaXRodWIuY29tL3B1bHVtaS9wdWx1bWktYXdzLW5hdGl2ZS9pc3N1ZXMvMTI1NiwgZ2l0aHViLmNvbS9hd3MtY29udHJvbGxlcnMtazhzL2NvbW11bml0eS9pc3N1ZXMvMjgzNykuIFRoZSB2YWx1ZVxuICogbW92ZXMgdG8gUGFzc3dvcmRQb2xpY3kuVGVtcG9yYXJ5UGFzc3dvcmRWYWxpZGl0eURheXMgd2hlbiB0aGF0IGlzIHVuc2V0LCBzbyBhbiBvbGQgcG9vbCBrZWVwcyBpdHMgdmFsaWRpdHkuXG4gKi9cbmZ1bmN0aW9uIG1vdmVVbnVzZWRBY2NvdW50VmFsaWRpdHlEYXlzKHJlcXVlc3Q6IEpzb24pOiB2b2lkIHtcbiAgY29uc3QgYWRtaW5DcmVhdGVVc2VyID0gYXNPYmplY3QocmVxdWVzdC5BZG1pbkNyZWF0ZVVzZXJDb25maWcpO1xuICBjb25zdCBkYXlzID0gYWRtaW5DcmVhdGVVc2VyPy5VbnVzZWRBY2NvdW50VmFsaWRpdHlEYXlzO1xuICBpZiAoIWFkbWluQ3JlYXRlVXNlciB8fCBkYXlzID09PSB1bmRlZmluZWQpIHJldHVybjtcbiAgZGVsZXRlIGFkbWluQ3JlYXRlVXNlci5VbnVzZWRBY2NvdW50VmFsaWRpdHlEYXlzO1xuXG4gIGNvbnN0IHBvbGljaWVzID0gYXNPYmplY3QocmVxdWVzdC5Qb2xpY2llcykgPz8ge307XG4gIGNvbnN0IHBhc3N3b3JkUG9saWN5ID0gYXNPYmplY3QocG9saWNpZXMuUGFzc3dvcmRQb2xpY3kpID8/IHt9O1xuICBpZiAocGFzc3dvcmRQb2xpY3kuVGVtcG9yYXJ5UGFzc3dvcmRWYWxpZGl0eURheXMgPT09IHVuZGVmaW5lZCkge1xuICAgIHBhc3N3b3JkUG9saWN5LlRlbXBvcmFyeVBhc3N3b3JkVmFsaWRpdHlEYXlzID0gZGF5cztcbiAgICBwb2xpY2llcy5QYXNzd29yZFBvbGljeSA9IHBhc3N3b3JkUG9saWN5O1xuICAgIHJlcXVlc3QuUG9saWNpZXMgPSBwb2xpY2llcztcbiAgfVxufVxuXG4vKipcbiAqIFwiVGhlIGF3czogcHJlZml4IGlzIHJlc2VydmVkIGZvciB1c2UgYnkgQVdTOyB5b3UgY2FuJ3QgdXNlIGl0IGluIGFueSB0YWcga2V5cyBvciB2YWx1ZXMgdGhhdCB5b3UgZGVmaW5lLiBJblxuICogYWRkaXRpb24sIHlvdSBjYW4ndCBlZGl0IG9yIHJlbW92ZSB0YWcga2V5cyBvciB2YWx1ZXMgdGhhdCB1c2UgdGhpcyBwcmVmaXguXCIgU2VuZGluZyBvbmUgYmFjayBjb3VsZCBvbmx5IGZhaWwuXG4gKi9cbmZ1bmN0aW9uIGRyb3BSZXNlcnZlZFRhZ3MocmVxdWVzdDogSnNvbik6IHZvaWQge1xuICBjb25zdCB0YWdzID0gYXNPYmplY3QocmVxdWVzdC5Vc2VyUG9vbFRhZ3MpO1xuICBpZiAoIXRhZ3MpIHJldHVybjtcbiAgZm9yIChjb25zdCBrZXkgb2YgT2JqZWN0LmtleXModGFncykpIHtcbiAgICBpZiAoa2V5LnRvTG93ZXJDYXNlKCkuc3RhcnRzV2l0aCgnYXdzOicpKSBkZWxldGUgdGFnc1trZXldO1xuICB9XG4gIGlmIChPYmplY3Qua2V5cyh0YWdzKS5sZW5ndGggPT09IDApIGRlbGV0ZSByZXF1ZXN0LlVzZXJQb29sVGFncztcbn1cblxuLyoqIEEgZGVlcCBjb3B5IHdpdGhvdXQgbnVsbCBtZW1iZXJzIChhIEpTT04gbnVsbCBpcyBuZXZlciBhIHZhbHVlIFVwZGF0ZVVzZXJQb29sIHRha2VzKS4gKi9cbmZ1bmN0aW9uIHdpdGhvdXROdWxscyh2YWx1ZTogdW5rbm93bik6IHVua25vd24ge1xuICBpZiAodmFsdWUgPT09IG51bGwgfHwgdmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgaWYgKEFycmF5LmlzQXJyYXkodmFsdWUpKSByZXR1cm4gdmFsdWUubWFwKHdpdGhvdXROdWxscykuZmlsdGVyKChpdGVtKSA9PiBpdGVtICE9PSB1bmRlZmluZWQpO1xuICBpZiAodHlwZW9mIHZhbHVlICE9PSAnb2JqZWN0JykgcmV0dXJuIHZhbHVlO1xuICBjb25zdCBjb3B5OiBKc29uID0ge307XG4gIGZvciAoY29uc3QgW2tleSwgbWVtYmVyXSBvZiBPYmplY3QuZW50cmllcyh2YWx1ZSkpIHtcbiAgICBjb25zdCBrZXB0ID0gd2l0aG91dE51bGxzKG1lbWJlcik7XG4gICAgaWYgKGtlcHQgIT09IHVuZGVmaW5lZCkgY29weVtrZXldID0ga2VwdDtcbiAgfVxuICByZXR1cm4gY29weTtcbn1cblxuLyoqIFRoZSB2YWx1ZSBhcyBhIEpTT04gb2JqZWN0LCBvciB1bmRlZmluZWQgd2hlbiBpdCBpcyBub3Qgb25lLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFzT2JqZWN0KHZhbHVlOiB1bmtub3duKTogSnNvbiB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiB2YWx1ZSAhPT0gbnVsbCAmJiB0eXBlb2YgdmFsdWUgPT09ICdvYmplY3QnICYmICFBcnJheS5pc0FycmF5KHZhbHVlKSA/ICh2YWx1ZSBhcyBKc29uKSA6IHVuZGVmaW5lZDtcbn1cbiJdfQ==