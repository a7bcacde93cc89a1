/**
 * The Amazon SES regions a user pool may send email through, by the pool's region: its own, and for pools in the
 * regions Cognito launched in, the legacy alternates us-east-1, us-west-2 and eu-west-1. Regions not listed here
 * take their own region only (the guide lists no alternates for them), which the rules treat as a warning, since
 * AWS may add regions to the table (a stale list in aws-cdk blocked valid deploys: aws/aws-cdk#17795).
 * Source: Cognito developer guide, "Email settings for Amazon Cognito user pools", SES email configuration regions
 * https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-email.html#user-pool-email-developer-region-mapping
 */
const LEGACY = ['us-east-1', 'us-west-2', 'eu-west-1'];

export const SES_REGIONS: { readonly [poolRegion: string]: readonly string[] } = {
  'us-east-1': LEGACY,
  'us-east-2': ['us-east-2', ...LEGACY],
  'us-west-1': ['us-west-1'],
  'us-west-2': LEGACY,
  'ca-central-1': ['ca-central-1', ...LEGACY],
  'ap-northeast-1': ['ap-northeast-1', ...LEGACY],
  'ap-northeast-2': ['ap-northeast-2', ...LEGACY],
  'ap-south-1': ['ap-south-1', ...LEGACY],
  'ap-southeast-1': ['ap-southeast-1', ...LEGACY],
  'ap-southeast-2': ['ap-southeast-2', ...LEGACY],
  'eu-west-1': LEGACY,
  'eu-west-2': ['eu-west-2', ...LEGACY],
  'eu-west-3': ['eu-west-3'],
  'eu-central-1': ['eu-central-1', ...LEGACY],
  'eu-north-1': ['eu-north-1'],
  'me-south-1': ['me-south-1'],
  'sa-east-1': ['sa-east-1'],
};

/** A region code such as us-east-1 or ap-southeast-5 (partitions' codes too: us-gov-west-1, cn-north-1). */
export const REGION_CODE = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/**
 * The Region a user pool id names: ids are `<region>_<random>` (API `UserPoolIdType`, pattern `[\w-]+_[0-9a-zA-Z]+`;
 * e.g. `us-east-1_EXAMPLE`). Undefined for a token or an id of another form.
 */
export function regionOfPoolId(userPoolId: string): string | undefined {
  const match = /^([a-z]{2}(?:-[a-z]+)+-\d+)_[0-9a-zA-Z]+$/.exec(userPoolId);
  return match?.[1];
}

/**
 * Cognito pools in Asia Pacific (Seoul) must send SMS through Amazon SNS in Asia Pacific (Tokyo).
 * Source: API reference, SmsConfigurationType SnsRegion
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SmsConfigurationType.html
 */
export const REQUIRED_SNS_REGION: { readonly [poolRegion: string]: string } = { 'ap-northeast-2': 'ap-northeast-1' };
