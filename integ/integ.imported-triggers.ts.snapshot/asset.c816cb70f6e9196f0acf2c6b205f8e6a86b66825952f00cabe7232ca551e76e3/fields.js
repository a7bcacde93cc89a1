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
exports.unplacedMembers = unplacedMembers;
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
 * Members of `pool` that no model here places: newer than this file and than the SDK running it. They are not
 * written back (nothing says UpdateUserPool takes them), so the caller logs their names.
 */
function unplacedMembers(pool, runtimeMembers = runtimeUpdateMembers()) {
    const placed = new Set([...Object.keys(exports.OUTPUT_ONLY), ...runtimeMembers]);
    for (const [name, rule] of Object.entries(exports.UPDATE_MEMBERS))
        placed.add('from' in rule ? rule.from : name);
    return Object.keys(pool).filter((name) => !placed.has(name));
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiZmllbGRzLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vc3JjL2hhbmRsZXJzL3VzZXItcG9vbC10cmlnZ2VyL2ZpZWxkcy50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFzRkEsb0RBSUM7QUFPRCw0Q0FlQztBQU1ELDBDQUlDO0FBOERELDRCQUVDO0FBMUxEOzs7Ozs7Ozs7Ozs7OztHQWNHO0FBQ0gsNkdBQTZHO0FBQzdHLDZEQUE2RDtBQUM3RCwrRUFBaUU7QUFRakUsK0dBQStHO0FBQ2xHLFFBQUEsY0FBYyxHQUF5QztJQUNsRSxVQUFVLEVBQUUsRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSx3QkFBd0IsRUFBRTtJQUMxRCxRQUFRLEVBQUUsRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSw2RUFBNkUsRUFBRTtJQUMvRyxRQUFRLEVBQUUsRUFBRSxJQUFJLEVBQUUsVUFBVSxFQUFFLElBQUksRUFBRSx3RkFBd0YsRUFBRTtJQUM5SCxrQkFBa0IsRUFBRSxFQUFFLElBQUksRUFBRSxvQkFBb0IsRUFBRTtJQUNsRCxZQUFZLEVBQUUsRUFBRSxJQUFJLEVBQUUsY0FBYyxFQUFFLElBQUksRUFBRSx5RUFBeUUsRUFBRTtJQUN2SCxzQkFBc0IsRUFBRSxFQUFFLElBQUksRUFBRSx3QkFBd0IsRUFBRTtJQUMxRCxzQkFBc0IsRUFBRSxFQUFFLElBQUksRUFBRSx3QkFBd0IsRUFBRSxJQUFJLEVBQUUsMEZBQTBGLEVBQUU7SUFDNUosd0JBQXdCLEVBQUUsRUFBRSxJQUFJLEVBQUUsMEJBQTBCLEVBQUUsSUFBSSxFQUFFLDRGQUE0RixFQUFFO0lBQ2xLLHdCQUF3QixFQUFFLEVBQUUsSUFBSSxFQUFFLDBCQUEwQixFQUFFLElBQUksRUFBRSw0RkFBNEYsRUFBRTtJQUNsSywyQkFBMkIsRUFBRSxFQUFFLElBQUksRUFBRSw2QkFBNkIsRUFBRTtJQUNwRSx3QkFBd0IsRUFBRSxFQUFFLElBQUksRUFBRSwwQkFBMEIsRUFBRTtJQUM5RCwyQkFBMkIsRUFBRSxFQUFFLElBQUksRUFBRSw2QkFBNkIsRUFBRTtJQUNwRSxnQkFBZ0IsRUFBRSxFQUFFLElBQUksRUFBRSxrQkFBa0IsRUFBRSxJQUFJLEVBQUUscUZBQXFGLEVBQUU7SUFDM0ksbUJBQW1CLEVBQUUsRUFBRSxJQUFJLEVBQUUscUJBQXFCLEVBQUU7SUFDcEQsa0JBQWtCLEVBQUUsRUFBRSxJQUFJLEVBQUUsb0JBQW9CLEVBQUUsSUFBSSxFQUFFLG9EQUFvRCxFQUFFO0lBQzlHLGdCQUFnQixFQUFFLEVBQUUsSUFBSSxFQUFFLGtCQUFrQixFQUFFLElBQUksRUFBRSwrQ0FBK0MsRUFBRTtJQUNyRyxZQUFZLEVBQUUsRUFBRSxJQUFJLEVBQUUsY0FBYyxFQUFFLElBQUksRUFBRSxtR0FBbUcsRUFBRTtJQUNqSixxQkFBcUIsRUFBRSxFQUFFLElBQUksRUFBRSx1QkFBdUIsRUFBRSxJQUFJLEVBQUUsK0RBQStELEVBQUU7SUFDL0gsY0FBYyxFQUFFLEVBQUUsSUFBSSxFQUFFLGdCQUFnQixFQUFFO0lBQzFDLHNCQUFzQixFQUFFLEVBQUUsSUFBSSxFQUFFLHdCQUF3QixFQUFFO0lBQzFELFlBQVksRUFBRSxFQUFFLElBQUksRUFBRSxjQUFjLEVBQUU7SUFDdEMsZ0JBQWdCLEVBQUUsRUFBRSxJQUFJLEVBQUUsa0JBQWtCLEVBQUUsSUFBSSxFQUFFLGlGQUFpRixFQUFFO0lBQ3ZJLG1CQUFtQixFQUFFLEVBQUUsSUFBSSxFQUFFLHFCQUFxQixFQUFFLElBQUksRUFBRSxpRkFBaUYsRUFBRTtJQUM3SSxnQkFBZ0IsRUFBRSxFQUFFLElBQUksRUFBRSxrQkFBa0IsRUFBRSxJQUFJLEVBQUUsb0RBQW9ELEVBQUU7SUFDMUcsZ0JBQWdCLEVBQUU7UUFDaEIsUUFBUSxFQUFFLDRHQUE0RztjQUNsSCwwR0FBMEc7Y0FDMUcsa0RBQWtEO0tBQ3ZEO0NBQ0YsQ0FBQztBQUVGLHFIQUFxSDtBQUN4RyxRQUFBLFdBQVcsR0FBcUM7SUFDM0QsTUFBTSxFQUFFLHdCQUF3QjtJQUNoQyxnQkFBZ0IsRUFBRSxXQUFXO0lBQzdCLFlBQVksRUFBRSxXQUFXO0lBQ3pCLGdCQUFnQixFQUFFLHlFQUF5RTtJQUMzRixlQUFlLEVBQUUsbUJBQW1CO0lBQ3BDLGtCQUFrQixFQUFFLG1CQUFtQjtJQUN2QyxxQkFBcUIsRUFBRSxtQkFBbUI7SUFDMUMsc0JBQXNCLEVBQUUsV0FBVztJQUNuQyx1QkFBdUIsRUFBRSxXQUFXO0lBQ3BDLHlCQUF5QixFQUFFLFdBQVc7SUFDdEMsTUFBTSxFQUFFLHVDQUF1QztJQUMvQyxZQUFZLEVBQUUsdUNBQXVDO0lBQ3JELEdBQUcsRUFBRSxXQUFXO0NBQ2pCLENBQUM7QUFFRixzR0FBc0c7QUFDdEcsTUFBTSxlQUFlLEdBQXFDO0lBQ3hELHNCQUFzQixFQUFFLFlBQVk7SUFDcEMsd0JBQXdCLEVBQUUsY0FBYztJQUN4Qyx3QkFBd0IsRUFBRSxjQUFjO0NBQ3pDLENBQUM7QUFFRjs7O0dBR0c7QUFDSCxTQUFnQixvQkFBb0I7SUFDbEMsTUFBTSxNQUFNLEdBQUksR0FBdUIsQ0FBQyxzQkFBc0IsQ0FBQztJQUMvRCxNQUFNLEtBQUssR0FBRyxLQUFLLENBQUMsT0FBTyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQztJQUM1RCxPQUFPLEtBQUssQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxNQUFNLENBQUMsQ0FBQyxJQUFJLEVBQWtCLEVBQUUsQ0FBQyxPQUFPLElBQUksS0FBSyxRQUFRLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO0FBQ3RHLENBQUM7QUFFRDs7OztHQUlHO0FBQ0gsU0FBZ0IsZ0JBQWdCLENBQUMsSUFBVSxFQUFFLGlCQUFvQyxvQkFBb0IsRUFBRTtJQUNyRyxNQUFNLEtBQUssR0FBK0IsRUFBRSxHQUFHLHNCQUFjLEVBQUUsQ0FBQztJQUNoRSxLQUFLLE1BQU0sSUFBSSxJQUFJLGNBQWM7UUFBRSxLQUFLLENBQUMsSUFBSSxDQUFDLEtBQUssRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLENBQUM7SUFFbEUsTUFBTSxPQUFPLEdBQVMsRUFBRSxDQUFDO0lBQ3pCLEtBQUssTUFBTSxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsSUFBSSxNQUFNLENBQUMsT0FBTyxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUM7UUFDakQsSUFBSSxVQUFVLElBQUksSUFBSTtZQUFFLFNBQVM7UUFDakMsTUFBTSxLQUFLLEdBQUcsWUFBWSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQztRQUM1QyxJQUFJLEtBQUssS0FBSyxTQUFTO1lBQUUsT0FBTyxDQUFDLElBQUksQ0FBQyxHQUFHLEtBQUssQ0FBQztJQUNqRCxDQUFDO0lBRUQsZ0NBQWdDLENBQUMsT0FBTyxDQUFDLENBQUM7SUFDMUMsNkJBQTZCLENBQUMsT0FBTyxDQUFDLENBQUM7SUFDdkMsZ0JBQWdCLENBQUMsT0FBTyxDQUFDLENBQUM7SUFDMUIsT0FBTyxPQUFPLENBQUM7QUFDakIsQ0FBQztBQUVEOzs7R0FHRztBQUNILFNBQWdCLGVBQWUsQ0FBQyxJQUFVLEVBQUUsaUJBQW9DLG9CQUFvQixFQUFFO0lBQ3BHLE1BQU0sTUFBTSxHQUFHLElBQUksR0FBRyxDQUFDLENBQUMsR0FBRyxNQUFNLENBQUMsSUFBSSxDQUFDLG1CQUFXLENBQUMsRUFBRSxHQUFHLGNBQWMsQ0FBQyxDQUFDLENBQUM7SUFDekUsS0FBSyxNQUFNLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxJQUFJLE1BQU0sQ0FBQyxPQUFPLENBQUMsc0JBQWMsQ0FBQztRQUFFLE1BQU0sQ0FBQyxHQUFHLENBQUMsTUFBTSxJQUFJLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDekcsT0FBTyxNQUFNLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7QUFDL0QsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxTQUFTLGdDQUFnQyxDQUFDLE9BQWE7SUFDckQsTUFBTSxRQUFRLEdBQUcsUUFBUSxDQUFDLE9BQU8sQ0FBQywyQkFBMkIsQ0FBQyxDQUFDO0lBQy9ELEtBQUssTUFBTSxDQUFDLE1BQU0sRUFBRSxNQUFNLENBQUMsSUFBSSxNQUFNLENBQUMsT0FBTyxDQUFDLGVBQWUsQ0FBQyxFQUFFLENBQUM7UUFDL0QsSUFBSSxRQUFRLEVBQUUsQ0FBQyxNQUFNLENBQUMsS0FBSyxTQUFTO1lBQUUsT0FBTyxPQUFPLENBQUMsTUFBTSxDQUFDLENBQUM7SUFDL0QsQ0FBQztBQUNILENBQUM7QUFFRDs7Ozs7R0FLRztBQUNILFNBQVMsNkJBQTZCLENBQUMsT0FBYTtJQUNsRCxNQUFNLGVBQWUsR0FBRyxRQUFRLENBQUMsT0FBTyxDQUFDLHFCQUFxQixDQUFDLENBQUM7SUFDaEUsTUFBTSxJQUFJLEdBQUcsZUFBZSxFQUFFLHlCQUF5QixDQUFDO0lBQ3hELElBQUksQ0FBQyxlQUFlLElBQUksSUFBSSxLQUFLLFNBQVM7UUFBRSxPQUFPO0lBQ25ELE9BQU8sZUFBZSxDQUFDLHlCQUF5QixDQUFDO0lBRWpELE1BQU0sUUFBUSxHQUFHLFFBQVEsQ0FBQyxPQUFPLENBQUMsUUFBUSxDQUFDLElBQUksRUFBRSxDQUFDO0lBQ2xELE1BQU0sY0FBYyxHQUFHLFFBQVEsQ0FBQyxRQUFRLENBQUMsY0FBYyxDQUFDLElBQUksRUFBRSxDQUFDO0lBQy9ELElBQUksY0FBYyxDQUFDLDZCQUE2QixLQUFLLFNBQVMsRUFBRSxDQUFDO1FBQy9ELGNBQWMsQ0FBQyw2QkFBNkIsR0FBRyxJQUFJLENBQUM7UUFDcEQsUUFBUSxDQUFDLGNBQWMsR0FBRyxjQUFjLENBQUM7UUFDekMsT0FBTyxDQUFDLFFBQVEsR0FBRyxRQUFRLENBQUM7SUFDOUIsQ0FBQztBQUNILENBQUM7QUFFRDs7O0dBR0c7QUFDSCxTQUFTLGdCQUFnQixDQUFDLE9BQWE7SUFDckMsTUFBTSxJQUFJLEdBQUcsUUFBUSxDQUFDLE9BQU8sQ0FBQyxZQUFZLENBQUMsQ0FBQztJQUM1QyxJQUFJLENBQUMsSUFBSTtRQUFFLE9BQU87SUFDbEIsS0FBSyxNQUFNLEdBQUcsSUFBSSxNQUFNLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7UUFDcEMsSUFBSSxHQUFHLENBQUMsV0FBVyxFQUFFLENBQUMsVUFBVSxDQUFDLE1BQU0sQ0FBQztZQUFFLE9BQU8sSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQzdELENBQUM7SUFDRCxJQUFJLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsTUFBTSxLQUFLLENBQUM7UUFBRSxPQUFPLE9BQU8sQ0FBQyxZQUFZLENBQUM7QUFDbEUsQ0FBQztBQUVELDRGQUE0RjtBQUM1RixTQUFTLFlBQVksQ0FBQyxLQUFjO0lBQ2xDLElBQUksS0FBSyxLQUFLLElBQUksSUFBSSxLQUFLLEtBQUssU0FBUztRQUFFLE9BQU8sU0FBUyxDQUFDO0lBQzVELElBQUksS0FBSyxDQUFDLE9BQU8sQ0FBQyxLQUFLLENBQUM7UUFBRSxPQUFPLEtBQUssQ0FBQyxHQUFHLENBQUMsWUFBWSxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsSUFBSSxFQUFFLEVBQUUsQ0FBQyxJQUFJLEtBQUssU0FBUyxDQUFDLENBQUM7SUFDOUYsSUFBSSxPQUFPLEtBQUssS0FBSyxRQUFRO1FBQUUsT0FBTyxLQUFLLENBQUM7SUFDNUMsTUFBTSxJQUFJLEdBQVMsRUFBRSxDQUFDO0lBQ3RCLEtBQUssTUFBTSxDQUFDLEdBQUcsRUFBRSxNQUFNLENBQUMsSUFBSSxNQUFNLENBQUMsT0FBTyxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUM7UUFDbEQsTUFBTSxJQUFJLEdBQUcsWUFBWSxDQUFDLE1BQU0sQ0FBQyxDQUFDO1FBQ2xDLElBQUksSUFBSSxLQUFLLFNBQVM7WUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLEdBQUcsSUFBSSxDQUFDO0lBQzNDLENBQUM7SUFDRCxPQUFPLElBQUksQ0FBQztBQUNkLENBQUM7QUFFRCxtRUFBbUU7QUFDbkUsU0FBZ0IsUUFBUSxDQUFDLEtBQWM7SUFDckMsT0FBTyxLQUFLLEtBQUssSUFBSSxJQUFJLE9BQU8sS0FBSyxLQUFLLFFBQVEsSUFBSSxDQUFDLEtBQUssQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFFLEtBQWMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO0FBQzVHLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIEJ1aWxkcyBhbiBVcGRhdGVVc2VyUG9vbCByZXF1ZXN0IHRoYXQgd3JpdGVzIGJhY2sgd2hhdCBEZXNjcmliZVVzZXJQb29sIHJlYWQuXG4gKlxuICogVXBkYXRlVXNlclBvb2wgcmVwbGFjZXMgdGhlIHdob2xlIGNvbmZpZ3VyYXRpb246IFwiSWYgeW91IGRvbid0IHByb3ZpZGUgYSB2YWx1ZSBmb3IgYW4gYXR0cmlidXRlLCBBbWF6b24gQ29nbml0b1xuICogc2V0cyBpdCB0byBpdHMgZGVmYXVsdCB2YWx1ZVwiIChVcGRhdGVVc2VyUG9vbCBBUEkgcmVmZXJlbmNlKS4gU28gZXZlcnkgbWVtYmVyIG9mIFVwZGF0ZVVzZXJQb29sUmVxdWVzdCBpcyBsaXN0ZWRcbiAqIGluIFVQREFURV9NRU1CRVJTIGJlbG93IHdpdGggd2hlcmUgaXRzIHZhbHVlIGNvbWVzIGZyb20sIG9yIHdoeSBpdCBpcyBsZWZ0IG91dDsgYSB0ZXN0IGVudW1lcmF0ZXMgdGhlIG1lbWJlcnMgb2ZcbiAqIHRoZSBpbnN0YWxsZWQgU0RLJ3MgcmVxdWVzdCBzY2hlbWEgYXQgcnVuIHRpbWUgYW5kIGZhaWxzIG9uIG9uZSB0aGF0IGlzIG5vdCBsaXN0ZWQgaGVyZS5cbiAqXG4gKiBWYWx1ZXMgYXJlIGNvcGllZCB3aG9sZS4gRXZlcnkgY29waWVkIG1lbWJlciBoYXMgdGhlIHNhbWUgc2hhcGUgaW4gdGhlIG91dHB1dCAoVXNlclBvb2xUeXBlKSBhcyBpbiB0aGUgaW5wdXRcbiAqIChVcGRhdGVVc2VyUG9vbFJlcXVlc3QpLCBlLmcuIFNtc0NvbmZpZ3VyYXRpb25UeXBlIGluIGJvdGgsIHNvIHdoYXRldmVyIERlc2NyaWJlVXNlclBvb2wgcmV0dXJucyBpbnNpZGUgaXQgaXNcbiAqIHNvbWV0aGluZyBVcGRhdGVVc2VyUG9vbCBhY2NlcHRzLCBpbmNsdWRpbmcgbWVtYmVycyBuZXdlciB0aGFuIHRoaXMgZmlsZSAoaW5kZXgudHMgc2VuZHMgdGhlIEpTT04gYXMgYnVpbHQgaGVyZSxcbiAqIHNvIHRoZSBTREsncyBzZXJpYWxpemVyIGNhbid0IGRyb3AgdGhlbSkuXG4gKlxuICogU2VsZi1jb250YWluZWQgb24gcHVycG9zZTogdGhpcyBkaXJlY3RvcnkgaXMgdGhlIExhbWJkYSBhc3NldCwgc28gaXQgbG9hZHMgb25seSB0aGUgQVdTIFNESyBhbmQgTm9kZS5cbiAqL1xuLy8gVGhlIE5vZGUuanMgTGFtYmRhIHJ1bnRpbWUgcHJvdmlkZXMgdGhlIEFXUyBTREssIHNvIHRoZSBwYWNrYWdlIGxpc3RzIGl0IG9ubHkgYXMgYSBkZXZlbG9wbWVudCBkZXBlbmRlbmN5LlxuLy8gZXNsaW50LWRpc2FibGUtbmV4dC1saW5lIGltcG9ydC9uby1leHRyYW5lb3VzLWRlcGVuZGVuY2llc1xuaW1wb3J0ICogYXMgc2RrIGZyb20gJ0Bhd3Mtc2RrL2NsaWVudC1jb2duaXRvLWlkZW50aXR5LXByb3ZpZGVyJztcblxuLyoqIEEgSlNPTiBvYmplY3QgYXMgdGhlIHNlcnZpY2Ugc2VuZHMgaXQuICovXG5leHBvcnQgdHlwZSBKc29uID0gUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG5cbi8qKiBXaGVyZSBhbiBVcGRhdGVVc2VyUG9vbCBtZW1iZXIgY29tZXMgZnJvbTogYGZyb21gIG5hbWVzIHRoZSBEZXNjcmliZVVzZXJQb29sIG1lbWJlciBjb3BpZWQgaW50byBpdC4gKi9cbmV4cG9ydCB0eXBlIE1lbWJlclJ1bGUgPSB7IHJlYWRvbmx5IGZyb206IHN0cmluZzsgcmVhZG9ubHkgbm90ZT86IHN0cmluZyB9IHwgeyByZWFkb25seSBleGNsdWRlZDogc3RyaW5nIH07XG5cbi8qKiBFdmVyeSBtZW1iZXIgb2YgVXBkYXRlVXNlclBvb2xSZXF1ZXN0IChTREsgMy4xMTc4LCBib3RvY29yZSAxLjQzIGhhcyBhIHN1YnNldCksIGVhY2ggY29waWVkIG9yIGV4Y2x1ZGVkLiAqL1xuZXhwb3J0IGNvbnN0IFVQREFURV9NRU1CRVJTOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBNZW1iZXJSdWxlPj4gPSB7XG4gIFVzZXJQb29sSWQ6IHsgZnJvbTogJ0lkJywgbm90ZTogJ3RoZSBvdXRwdXQgY2FsbHMgaXQgSWQnIH0sXG4gIFBvb2xOYW1lOiB7IGZyb206ICdOYW1lJywgbm90ZTogJ3RoZSBvdXRwdXQgY2FsbHMgaXQgTmFtZTsgVXBkYXRlVXNlclBvb2wgYWNjZXB0cyB0aGUgY3VycmVudCBuYW1lIHVuY2hhbmdlZCcgfSxcbiAgUG9saWNpZXM6IHsgZnJvbTogJ1BvbGljaWVzJywgbm90ZTogJ2dhaW5zIFRlbXBvcmFyeVBhc3N3b3JkVmFsaWRpdHlEYXlzIGZyb20gYSBsZWdhY3kgVW51c2VkQWNjb3VudFZhbGlkaXR5RGF5cywgc2VlIGJlbG93JyB9LFxuICBEZWxldGlvblByb3RlY3Rpb246IHsgZnJvbTogJ0RlbGV0aW9uUHJvdGVjdGlvbicgfSxcbiAgTGFtYmRhQ29uZmlnOiB7IGZyb206ICdMYW1iZGFDb25maWcnLCBub3RlOiAnaW5kZXgudHMgY2hhbmdlcyBvbmx5IGl0cyBvd24gdHJpZ2dlciAoYW5kIEtNU0tleUlEIGZvciBjdXN0b20gc2VuZGVycyknIH0sXG4gIEF1dG9WZXJpZmllZEF0dHJpYnV0ZXM6IHsgZnJvbTogJ0F1dG9WZXJpZmllZEF0dHJpYnV0ZXMnIH0sXG4gIFNtc1ZlcmlmaWNhdGlvbk1lc3NhZ2U6IHsgZnJvbTogJ1Ntc1ZlcmlmaWNhdGlvbk1lc3NhZ2UnLCBub3RlOiAnbGVnYWN5IHR3aW4gb2YgVmVyaWZpY2F0aW9uTWVzc2FnZVRlbXBsYXRlLlNtc01lc3NhZ2U6IGxlZnQgb3V0IHdoZW4gdGhlIHRlbXBsYXRlIGhhcyBpdCcgfSxcbiAgRW1haWxWZXJpZmljYXRpb25NZXNzYWdlOiB7IGZyb206ICdFbWFpbFZlcmlmaWNhdGlvbk1lc3NhZ2UnLCBub3RlOiAnbGVnYWN5IHR3aW4gb2YgVmVyaWZpY2F0aW9uTWVzc2FnZVRlbXBsYXRlLkVtYWlsTWVzc2FnZTogbGVmdCBvdXQgd2hlbiB0aGUgdGVtcGxhdGUgaGFzIGl0JyB9LFxuICBFbWFpbFZlcmlmaWNhdGlvblN1YmplY3Q6IHsgZnJvbTogJ0VtYWlsVmVyaWZpY2F0aW9uU3ViamVjdCcsIG5vdGU6ICdsZWdhY3kgdHdpbiBvZiBWZXJpZmljYXRpb25NZXNzYWdlVGVtcGxhdGUuRW1haWxTdWJqZWN0OiBsZWZ0IG91dCB3aGVuIHRoZSB0ZW1wbGF0ZSBoYXMgaXQnIH0sXG4gIFZlcmlmaWNhdGlvbk1lc3NhZ2VUZW1wbGF0ZTogeyBmcm9tOiAnVmVyaWZpY2F0aW9uTWVzc2FnZVRlbXBsYXRlJyB9LFxuICBTbXNBdXRoZW50aWNhdGlvbk1lc3NhZ2U6IHsgZnJvbTogJ1Ntc0F1dGhlbnRpY2F0aW9uTWVzc2FnZScgfSxcbiAgVXNlckF0dHJpYnV0ZVVwZGF0ZVNldHRpbmdzOiB7IGZyb206ICdVc2VyQXR0cmlidXRlVXBkYXRlU2V0dGluZ3MnIH0sXG4gIE1mYUNvbmZpZ3VyYXRpb246IHsgZnJvbTogJ01mYUNvbmZpZ3VyYXRpb24nLCBub3RlOiAnYXMgcmVhZDsgT04vT1BUSU9OQUwgaXMgYWNjZXB0ZWQgYmVjYXVzZSB0aGUgZmFjdG9yIGl0IG5lZWRzIGlzIGFscmVhZHkgb24gdGhlIHBvb2wnIH0sXG4gIERldmljZUNvbmZpZ3VyYXRpb246IHsgZnJvbTogJ0RldmljZUNvbmZpZ3VyYXRpb24nIH0sXG4gIEVtYWlsQ29uZmlndXJhdGlvbjogeyBmcm9tOiAnRW1haWxDb25maWd1cmF0aW9uJywgbm90ZTogJ1NvdXJjZUFybiBhbmQgRnJvbSBhcmUgcmUtdmFsaWRhdGVkIGJ5IHRoZSBzZXJ2aWNlJyB9LFxuICBTbXNDb25maWd1cmF0aW9uOiB7IGZyb206ICdTbXNDb25maWd1cmF0aW9uJywgbm90ZTogJ3RoZSBjYWxsZXIgbmVlZHMgaWFtOlBhc3NSb2xlIG9uIFNuc0NhbGxlckFybicgfSxcbiAgVXNlclBvb2xUYWdzOiB7IGZyb206ICdVc2VyUG9vbFRhZ3MnLCBub3RlOiAna2V5cyBzdGFydGluZyB3aXRoIGF3czogYXJlIGxlZnQgb3V0OiByZXNlcnZlZCwgbm8gb25lIGNhbiB3cml0ZSB0aGVtLCBhbmQgdGhleSBjYW5ub3QgYmUgcmVtb3ZlZCcgfSxcbiAgQWRtaW5DcmVhdGVVc2VyQ29uZmlnOiB7IGZyb206ICdBZG1pbkNyZWF0ZVVzZXJDb25maWcnLCBub3RlOiAnVW51c2VkQWNjb3VudFZhbGlkaXR5RGF5cyBpcyBsZWZ0IG91dDogdGhlIHNlcnZpY2UgcmVqZWN0cyBpdCcgfSxcbiAgVXNlclBvb2xBZGRPbnM6IHsgZnJvbTogJ1VzZXJQb29sQWRkT25zJyB9LFxuICBBY2NvdW50UmVjb3ZlcnlTZXR0aW5nOiB7IGZyb206ICdBY2NvdW50UmVjb3ZlcnlTZXR0aW5nJyB9LFxuICBVc2VyUG9vbFRpZXI6IHsgZnJvbTogJ1VzZXJQb29sVGllcicgfSxcbiAgS2V5Q29uZmlndXJhdGlvbjogeyBmcm9tOiAnS2V5Q29uZmlndXJhdGlvbicsIG5vdGU6ICdpbiBhIHJlcGxpY2EgUmVnaW9uIGl0IG11c3QgbWF0Y2ggdGhlIGV4aXN0aW5nIGNvbmZpZ3VyYXRpb24sIHdoaWNoIGEgY29weSBkb2VzJyB9LFxuICBJc3N1ZXJDb25maWd1cmF0aW9uOiB7IGZyb206ICdJc3N1ZXJDb25maWd1cmF0aW9uJywgbm90ZTogJ2luIGEgcmVwbGljYSBSZWdpb24gaXQgbXVzdCBtYXRjaCB0aGUgZXhpc3RpbmcgY29uZmlndXJhdGlvbiwgd2hpY2ggYSBjb3B5IGRvZXMnIH0sXG4gIEFjckNvbmZpZ3VyYXRpb246IHsgZnJvbTogJ0FjckNvbmZpZ3VyYXRpb24nLCBub3RlOiAnYSBsZXZlbCBsZWZ0IG91dCB3b3VsZCBnbyBiYWNrIHRvIGl0cyBkZWZhdWx0IG5hbWUnIH0sXG4gIERjckNvbmZpZ3VyYXRpb246IHtcbiAgICBleGNsdWRlZDogJ3RoZSByZWZlcmVuY2Ugc2F5cyBcIklmIHlvdSBvbWl0IHRoaXMgcGFyYW1ldGVyLCBBbWF6b24gQ29nbml0byBrZWVwcyB0aGUgZXhpc3RpbmcgY29uZmlndXJhdGlvblwiLCB3aGlsZSBhICdcbiAgICAgICsgJ2NvbmZpZ3VyYXRpb24gc2VudCBiYWNrIHJlcGxhY2VzIGl0IGFuZCBcImFuIG9taXR0ZWQgRW5hYmxlU3RhdHVzIHR1cm5zIGR5bmFtaWMgY2xpZW50IHJlZ2lzdHJhdGlvbiBvblwiOyAnXG4gICAgICArICdvbWl0dGluZyBpdCBpcyB0aGUgb25lIHdheSB0aGF0IGNhbm5vdCBjaGFuZ2UgaXQnLFxuICB9LFxufTtcblxuLyoqIERlc2NyaWJlVXNlclBvb2wgbWVtYmVycyB0aGF0IFVwZGF0ZVVzZXJQb29sIGhhcyBubyBwbGFjZSBmb3IgKHJlYWQtb25seSwgb3IgZml4ZWQgd2hlbiB0aGUgcG9vbCB3YXMgY3JlYXRlZCkuICovXG5leHBvcnQgY29uc3QgT1VUUFVUX09OTFk6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+ID0ge1xuICBTdGF0dXM6ICdyZWFkLW9ubHkgKGRlcHJlY2F0ZWQpJyxcbiAgTGFzdE1vZGlmaWVkRGF0ZTogJ3JlYWQtb25seScsXG4gIENyZWF0aW9uRGF0ZTogJ3JlYWQtb25seScsXG4gIFNjaGVtYUF0dHJpYnV0ZXM6ICdmaXhlZCBhdCBjcmVhdGlvbjsgY3VzdG9tIGF0dHJpYnV0ZXMgYXJlIGFkZGVkIHdpdGggQWRkQ3VzdG9tQXR0cmlidXRlcycsXG4gIEFsaWFzQXR0cmlidXRlczogJ2ZpeGVkIGF0IGNyZWF0aW9uJyxcbiAgVXNlcm5hbWVBdHRyaWJ1dGVzOiAnZml4ZWQgYXQgY3JlYXRpb24nLFxuICBVc2VybmFtZUNvbmZpZ3VyYXRpb246ICdmaXhlZCBhdCBjcmVhdGlvbicsXG4gIEVzdGltYXRlZE51bWJlck9mVXNlcnM6ICdyZWFkLW9ubHknLFxuICBTbXNDb25maWd1cmF0aW9uRmFpbHVyZTogJ3JlYWQtb25seScsXG4gIEVtYWlsQ29uZmlndXJhdGlvbkZhaWx1cmU6ICdyZWFkLW9ubHknLFxuICBEb21haW46ICdyZWFkLW9ubHk7IGRvbWFpbnMgaGF2ZSB0aGVpciBvd24gQVBJJyxcbiAgQ3VzdG9tRG9tYWluOiAncmVhZC1vbmx5OyBkb21haW5zIGhhdmUgdGhlaXIgb3duIEFQSScsXG4gIEFybjogJ3JlYWQtb25seScsXG59O1xuXG4vKiogVGhlIGxlZ2FjeSB0b3AtbGV2ZWwgbWVzc2FnZXMgYW5kIHRoZSBtZW1iZXIgb2YgVmVyaWZpY2F0aW9uTWVzc2FnZVRlbXBsYXRlIHRoYXQgcmVwbGFjZWQgZWFjaC4gKi9cbmNvbnN0IExFR0FDWV9NRVNTQUdFUzogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4gPSB7XG4gIFNtc1ZlcmlmaWNhdGlvbk1lc3NhZ2U6ICdTbXNNZXNzYWdlJyxcbiAgRW1haWxWZXJpZmljYXRpb25NZXNzYWdlOiAnRW1haWxNZXNzYWdlJyxcbiAgRW1haWxWZXJpZmljYXRpb25TdWJqZWN0OiAnRW1haWxTdWJqZWN0Jyxcbn07XG5cbi8qKlxuICogVGhlIG1lbWJlcnMgb2YgVXBkYXRlVXNlclBvb2xSZXF1ZXN0IHRoYXQgdGhlIEFXUyBTREsgcnVubmluZyB0aGlzIGNvZGUga25vd3MsIHJlYWQgZnJvbSBpdHMgc2NoZW1hIGF0IHJ1biB0aW1lXG4gKiAoYFVwZGF0ZVVzZXJQb29sUmVxdWVzdCRgLCBleHBvcnRlZCBieSBTREsgdmVyc2lvbnMgd2l0aCBzY2hlbWEtYmFzZWQgc2VyaWFsaXphdGlvbiksIG9yIG5vbmUgb24gYW4gb2xkZXIgU0RLLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcnVudGltZVVwZGF0ZU1lbWJlcnMoKTogc3RyaW5nW10ge1xuICBjb25zdCBzY2hlbWEgPSAoc2RrIGFzIHVua25vd24gYXMgSnNvbikuVXBkYXRlVXNlclBvb2xSZXF1ZXN0JDtcbiAgY29uc3QgbmFtZXMgPSBBcnJheS5pc0FycmF5KHNjaGVtYSkgPyBzY2hlbWFbNF0gOiB1bmRlZmluZWQ7XG4gIHJldHVybiBBcnJheS5pc0FycmF5KG5hbWVzKSA/IG5hbWVzLmZpbHRlcigobmFtZSk6IG5hbWUgaXMgc3RyaW5nID0+IHR5cGVvZiBuYW1lID09PSAnc3RyaW5nJykgOiBbXTtcbn1cblxuLyoqXG4gKiBUaGUgVXBkYXRlVXNlclBvb2wgcmVxdWVzdCB0aGF0IGtlZXBzIGBwb29sYCAoYSBEZXNjcmliZVVzZXJQb29sIGBVc2VyUG9vbGApIGFzIGl0IGlzLCBleGNlcHQgTGFtYmRhQ29uZmlnLCB3aGljaFxuICogdGhlIGNhbGxlciByZXBsYWNlcy4gQSBtZW1iZXIgb2YgYHJ1bnRpbWVNZW1iZXJzYCB0aGF0IFVQREFURV9NRU1CRVJTIGRvZXNuJ3Qga25vdyAobmV3ZXIgdGhhbiB0aGlzIGZpbGUpIGlzIGNvcGllZFxuICogZnJvbSB0aGUgb3V0cHV0IG1lbWJlciBvZiB0aGUgc2FtZSBuYW1lOiB0aGUgU0RLIHRoYXQgcnVucyB0aGlzIGNvZGUgc2F5cyBVcGRhdGVVc2VyUG9vbCBhY2NlcHRzIGl0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gdXBkYXRlUmVxdWVzdEZvcihwb29sOiBKc29uLCBydW50aW1lTWVtYmVyczogcmVhZG9ubHkgc3RyaW5nW10gPSBydW50aW1lVXBkYXRlTWVtYmVycygpKTogSnNvbiB7XG4gIGNvbnN0IHJ1bGVzOiBSZWNvcmQ8c3RyaW5nLCBNZW1iZXJSdWxlPiA9IHsgLi4uVVBEQVRFX01FTUJFUlMgfTtcbiAgZm9yIChjb25zdCBuYW1lIG9mIHJ1bnRpbWVNZW1iZXJzKSBydWxlc1tuYW1lXSA/Pz0geyBmcm9tOiBuYW1lIH07XG5cbiAgY29uc3QgcmVxdWVzdDogSnNvbiA9IHt9O1xuICBmb3IgKGNvbnN0IFtuYW1lLCBydWxlXSBvZiBPYmplY3QuZW50cmllcyhydWxlcykpIHtcbiAgICBpZiAoJ2V4Y2x1ZGVkJyBpbiBydWxlKSBjb250aW51ZTtcbiAgICBjb25zdCB2YWx1ZSA9IHdpdGhvdXROdWxscyhwb29sW3J1bGUuZnJvbV0pO1xuICAgIGlmICh2YWx1ZSAhPT0gdW5kZWZpbmVkKSByZXF1ZXN0W25hbWVdID0gdmFsdWU7XG4gIH1cblxuICBkcm9wTGVnYWN5TWVzc2FnZXNUaGVUZW1wbGF0ZUhhcyhyZXF1ZXN0KTtcbiAgbW92ZVVudXNlZEFjY291bnRWYWxpZGl0eURheXMocmVxdWVzdCk7XG4gIGRyb3BSZXNlcnZlZFRhZ3MocmVxdWVzdCk7XG4gIHJldHVybiByZXF1ZXN0O1xufVxuXG4vKipcbiAqIE1lbWJlcnMgb2YgYHBvb2xgIHRoYXQgbm8gbW9kZWwgaGVyZSBwbGFjZXM6IG5ld2VyIHRoYW4gdGhpcyBmaWxlIGFuZCB0aGFuIHRoZSBTREsgcnVubmluZyBpdC4gVGhleSBhcmUgbm90XG4gKiB3cml0dGVuIGJhY2sgKG5vdGhpbmcgc2F5cyBVcGRhdGVVc2VyUG9vbCB0YWtlcyB0aGVtKSwgc28gdGhlIGNhbGxlciBsb2dzIHRoZWlyIG5hbWVzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gdW5wbGFjZWRNZW1iZXJzKHBvb2w6IEpzb24sIHJ1bnRpbWVNZW1iZXJzOiByZWFkb25seSBzdHJpbmdbXSA9IHJ1bnRpbWVVcGRhdGVNZW1iZXJzKCkpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IHBsYWNlZCA9IG5ldyBTZXQoWy4uLk9iamVjdC5rZXlzKE9VVFBVVF9PTkxZKSwgLi4ucnVudGltZU1lbWJlcnNdKTtcbiAgZm9yIChjb25zdCBbbmFtZSwgcnVsZV0gb2YgT2JqZWN0LmVudHJpZXMoVVBEQVRFX01FTUJFUlMpKSBwbGFjZWQuYWRkKCdmcm9tJyBpbiBydWxlID8gcnVsZS5mcm9tIDogbmFtZSk7XG4gIHJldHVybiBPYmplY3Qua2V5cyhwb29sKS5maWx0ZXIoKG5hbWUpID0+ICFwbGFjZWQuaGFzKG5hbWUpKTtcbn1cblxuLyoqXG4gKiBTbXNWZXJpZmljYXRpb25NZXNzYWdlLCBFbWFpbFZlcmlmaWNhdGlvbk1lc3NhZ2UgYW5kIEVtYWlsVmVyaWZpY2F0aW9uU3ViamVjdCBhcmUgXCJubyBsb25nZXIgdXNlZFwiIChTREsgcmVmZXJlbmNlKVxuICogYW5kIGR1cGxpY2F0ZSBtZW1iZXJzIG9mIFZlcmlmaWNhdGlvbk1lc3NhZ2VUZW1wbGF0ZS4gU2VuZGluZyBhIG1lc3NhZ2Ugb25jZSwgaW4gdGhlIHRlbXBsYXRlLCBhdm9pZHMgdHdvIHZhbHVlcyBmb3JcbiAqIG9uZSBtZXNzYWdlOyBhIGxlZ2FjeSB2YWx1ZSBzdGF5cyBvbmx5IHdoZXJlIHRoZSB0ZW1wbGF0ZSBsYWNrcyBpdHMgdHdpbiwgc28gbm8gbWVzc2FnZSBpcyBsb3N0LlxuICovXG5mdW5jdGlvbiBkcm9wTGVnYWN5TWVzc2FnZXNUaGVUZW1wbGF0ZUhhcyhyZXF1ZXN0OiBKc29uKTogdm9pZCB7XG4gIGNvbnN0IHRlbXBsYXRlID0gYXNPYmplY3QocmVxdWVzdC5WZXJpZmljYXRpb25NZXNzYWdlVGVtcGxhdGUpO1xuICBmb3IgKGNvbnN0IFtsZWdhY3ksIG1lbWJlcl0gb2YgT2JqZWN0LmVudHJpZXMoTEVHQUNZX01FU1NBR0VTKSkge1xuICAgIGlmICh0ZW1wbGF0ZT8uW21lbWJlcl0gIT09IHVuZGVmaW5lZCkgZGVsZXRlIHJlcXVlc3RbbGVnYWN5XTtcbiAgfVxufVxuXG4vKipcbiAqIERlc2NyaWJlVXNlclBvb2wgc3RpbGwgcmVwb3J0cyBBZG1pbkNyZWF0ZVVzZXJDb25maWcuVW51c2VkQWNjb3VudFZhbGlkaXR5RGF5cywgYnV0IFVwZGF0ZVVzZXJQb29sIHJlamVjdHMgaXQ6XG4gKiBcIlBsZWFzZSB1c2UgVGVtcG9yYXJ5UGFzc3dvcmRWYWxpZGl0eURheXMgaW4gUGFzc3dvcmRQb2xpY3kgaW5zdGVhZCBvZiBVbnVzZWRBY2NvdW50VmFsaWRpdHlEYXlzXCJcbiAqIChnaXRodWIuY29tL3B1bHVtaS9wdWx1bWktYXdzLW5hdGl2ZS9pc3N1ZXMvMTI1NiwgZ2l0aHViLmNvbS9hd3MtY29udHJvbGxlcnMtazhzL2NvbW11bml0eS9pc3N1ZXMvMjgzNykuIFRoZSB2YWx1ZVxuICogbW92ZXMgdG8gUGFzc3dvcmRQb2xpY3kuVGVtcG9yYXJ5UGFzc3dvcmRWYWxpZGl0eURheXMgd2hlbiB0aGF0IGlzIHVuc2V0LCBzbyBhbiBvbGQgcG9vbCBrZWVwcyBpdHMgdmFsaWRpdHkuXG4gKi9cbmZ1bmN0aW9uIG1vdmVVbnVzZWRBY2NvdW50VmFsaWRpdHlEYXlzKHJlcXVlc3Q6IEpzb24pOiB2b2lkIHtcbiAgY29uc3QgYWRtaW5DcmVhdGVVc2VyID0gYXNPYmplY3QocmVxdWVzdC5BZG1pbkNyZWF0ZVVzZXJDb25maWcpO1xuICBjb25zdCBkYXlzID0gYWRtaW5DcmVhdGVVc2VyPy5VbnVzZWRBY2NvdW50VmFsaWRpdHlEYXlzO1xuICBpZiAoIWFkbWluQ3JlYXRlVXNlciB8fCBkYXlzID09PSB1bmRlZmluZWQpIHJldHVybjtcbiAgZGVsZXRlIGFkbWluQ3JlYXRlVXNlci5VbnVzZWRBY2NvdW50VmFsaWRpdHlEYXlzO1xuXG4gIGNvbnN0IHBvbGljaWVzID0gYXNPYmplY3QocmVxdWVzdC5Qb2xpY2llcykgPz8ge307XG4gIGNvbnN0IHBhc3N3b3JkUG9saWN5ID0gYXNPYmplY3QocG9saWNpZXMuUGFzc3dvcmRQb2xpY3kpID8/IHt9O1xuICBpZiAocGFzc3dvcmRQb2xpY3kuVGVtcG9yYXJ5UGFzc3dvcmRWYWxpZGl0eURheXMgPT09IHVuZGVmaW5lZCkge1xuICAgIHBhc3N3b3JkUG9saWN5LlRlbXBvcmFyeVBhc3N3b3JkVmFsaWRpdHlEYXlzID0gZGF5cztcbiAgICBwb2xpY2llcy5QYXNzd29yZFBvbGljeSA9IHBhc3N3b3JkUG9saWN5O1xuICAgIHJlcXVlc3QuUG9saWNpZXMgPSBwb2xpY2llcztcbiAgfVxufVxuXG4vKipcbiAqIFwiVGhlIGF3czogcHJlZml4IGlzIHJlc2VydmVkIGZvciB1c2UgYnkgQVdTOyB5b3UgY2FuJ3QgdXNlIGl0IGluIGFueSB0YWcga2V5cyBvciB2YWx1ZXMgdGhhdCB5b3UgZGVmaW5lLiBJblxuICogYWRkaXRpb24sIHlvdSBjYW4ndCBlZGl0IG9yIHJlbW92ZSB0YWcga2V5cyBvciB2YWx1ZXMgdGhhdCB1c2UgdGhpcyBwcmVmaXguXCIgU2VuZGluZyBvbmUgYmFjayBjb3VsZCBvbmx5IGZhaWwuXG4gKi9cbmZ1bmN0aW9uIGRyb3BSZXNlcnZlZFRhZ3MocmVxdWVzdDogSnNvbik6IHZvaWQge1xuICBjb25zdCB0YWdzID0gYXNPYmplY3QocmVxdWVzdC5Vc2VyUG9vbFRhZ3MpO1xuICBpZiAoIXRhZ3MpIHJldHVybjtcbiAgZm9yIChjb25zdCBrZXkgb2YgT2JqZWN0LmtleXModGFncykpIHtcbiAgICBpZiAoa2V5LnRvTG93ZXJDYXNlKCkuc3RhcnRzV2l0aCgnYXdzOicpKSBkZWxldGUgdGFnc1trZXldO1xuICB9XG4gIGlmIChPYmplY3Qua2V5cyh0YWdzKS5sZW5ndGggPT09IDApIGRlbGV0ZSByZXF1ZXN0LlVzZXJQb29sVGFncztcbn1cblxuLyoqIEEgZGVlcCBjb3B5IHdpdGhvdXQgbnVsbCBtZW1iZXJzIChhIEpTT04gbnVsbCBpcyBuZXZlciBhIHZhbHVlIFVwZGF0ZVVzZXJQb29sIHRha2VzKS4gKi9cbmZ1bmN0aW9uIHdpdGhvdXROdWxscyh2YWx1ZTogdW5rbm93bik6IHVua25vd24ge1xuICBpZiAodmFsdWUgPT09IG51bGwgfHwgdmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgaWYgKEFycmF5LmlzQXJyYXkodmFsdWUpKSByZXR1cm4gdmFsdWUubWFwKHdpdGhvdXROdWxscykuZmlsdGVyKChpdGVtKSA9PiBpdGVtICE9PSB1bmRlZmluZWQpO1xuICBpZiAodHlwZW9mIHZhbHVlICE9PSAnb2JqZWN0JykgcmV0dXJuIHZhbHVlO1xuICBjb25zdCBjb3B5OiBKc29uID0ge307XG4gIGZvciAoY29uc3QgW2tleSwgbWVtYmVyXSBvZiBPYmplY3QuZW50cmllcyh2YWx1ZSkpIHtcbiAgICBjb25zdCBrZXB0ID0gd2l0aG91dE51bGxzKG1lbWJlcik7XG4gICAgaWYgKGtlcHQgIT09IHVuZGVmaW5lZCkgY29weVtrZXldID0ga2VwdDtcbiAgfVxuICByZXR1cm4gY29weTtcbn1cblxuLyoqIFRoZSB2YWx1ZSBhcyBhIEpTT04gb2JqZWN0LCBvciB1bmRlZmluZWQgd2hlbiBpdCBpcyBub3Qgb25lLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFzT2JqZWN0KHZhbHVlOiB1bmtub3duKTogSnNvbiB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiB2YWx1ZSAhPT0gbnVsbCAmJiB0eXBlb2YgdmFsdWUgPT09ICdvYmplY3QnICYmICFBcnJheS5pc0FycmF5KHZhbHVlKSA/ICh2YWx1ZSBhcyBKc29uKSA6IHVuZGVmaW5lZDtcbn1cbiJdfQ==