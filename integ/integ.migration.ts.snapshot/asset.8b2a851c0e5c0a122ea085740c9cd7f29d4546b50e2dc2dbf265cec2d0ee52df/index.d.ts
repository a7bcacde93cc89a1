/** The migrate-user event, as Cognito sends it (only what this function reads or writes). */
export interface UserMigrationEvent {
    readonly version?: string;
    readonly triggerSource: string;
    readonly region?: string;
    readonly userPoolId?: string;
    readonly userName: string;
    readonly callerContext?: {
        readonly awsSdkVersion?: string;
        readonly clientId?: string;
    };
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
export declare const UNAVAILABLE_MESSAGE = "Sign-in is temporarily unavailable. Try again later.";
export declare function handler(event: UserMigrationEvent): Promise<UserMigrationEvent>;
