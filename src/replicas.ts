/**
 * A replica of the user pool in another AWS Region (multi-Region replication, `AWS::Cognito::UserPoolReplica`).
 * The replica starts INACTIVE; its Regional settings and activation belong to a stack in its Region.
 * See docs/replicas.md.
 */
export interface UserPoolReplicaProps {
  /** The replica's Region, such as `us-west-2`: not the pool's own Region. */
  readonly region: string;
}
