/** Where the pool is deployed, for building the SES identity ARN. */
export interface EmailEnvironment {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
}
