/**
 * The public API of cdk8s-blueprints: what a user of the package constructs, configures, tests and extends.
 * Every name is listed explicitly (test/api.test.ts lists them too), so an internal helper never becomes API by
 * being exported from its module: internals stay importable by path inside this repository only.
 */

// ---- values: immutable value objects and their options
export { Duration, Size } from 'cdk8s';
export { BlueprintError } from './values/_errors';
export { AlertPolicy } from './values/alerts';
export type { AlertPolicyOptions } from './values/alerts';
export { BackupDestination, BackupEncryption, BackupPolicy } from './values/backup-policy';
export type { BackupPolicyOptions } from './values/backup-policy';
export type { CircuitBreakerOptions, ConnectionPoolOptions } from './values/circuit-breaker';
export { DeploymentStrategy } from './values/deployment-strategy';
export type { CountOrPercent, RollingUpdateOptions } from './values/deployment-strategy';
export { EnvValue } from './values/env-value';
export type { IConfigSource, PodField, ResourceField } from './values/env-value';
export { Environment } from './values/environment';
export type { EnvironmentProps, EnvironmentValues } from './values/environment';
export { GitOpsCluster } from './values/gitops-cluster';
export type { GitOpsClusterRemoteOptions } from './values/gitops-cluster';
export { GitRevision } from './values/gitops-revision';
export { HealthCheck } from './values/health-check';
export type { GrpcHealthCheckOptions, HealthCheckOptions, HttpHealthCheckOptions } from './values/health-check';
export { ImagePolicy, ImageRef } from './values/image-ref';
export { ImageSigning } from './values/image-signing';
export type { GitHubActionsSigningOptions, KeylessSigningOptions, KeySigningOptions } from './values/image-signing';
export { PriorityClasses } from './values/priority-classes';
export type { PriorityClassDefinition, PriorityClassesProvidedOptions, PriorityTier } from './values/priority-classes';
export { LoadBalancer } from './values/load-balancer';
export type { ConsistentHashOptions, CookieHashOptions, LoadBalancerAlgorithm } from './values/load-balancer';
export { Cpu, ResourceProfile } from './values/resource-profile';
export type { RequestAndLimit, ResourceProfileOverrides, ResourceProfileProps } from './values/resource-profile';
export type { RetryOn, RetryOptions } from './values/retries';
export { ScalingPolicy } from './values/scaling-policy';
export type { AutoscalingProps, EventScaling, EventScalingProps } from './values/scaling-policy';
export { ScalingTrigger } from './values/scaling-trigger';
export type { CronTriggerProps, PrometheusTriggerProps, RedisListTriggerProps, TriggerSecret } from './values/scaling-trigger';
export { Schedule } from './values/schedule';
export type { ScheduleOptions, TimeOfDay, Weekday } from './values/schedule';
export { SecretRef } from './values/secret-ref';
export type { SecretKeyRef } from './values/secret-ref';
export type { SecurityOptions } from './values/security';
export { TrafficPolicy } from './values/traffic-policy';
export type { MeshTlsMode, TrafficPolicyProps } from './values/traffic-policy';
export { TrafficSplit } from './values/traffic-split';
export type { WeightedSubset } from './values/traffic-split';

// ---- k8s: the escape hatch and suppressions
export { CustomResourceSchemas } from './k8s/custom-resources';
export { k8s } from './k8s/plus';
export { Policy } from './k8s/suppressions';
export type { Suppression } from './k8s/suppressions';

// ---- blueprint
export { BlueprintAlerts } from './blueprint/alerts';
export type { AlertGroup, AlertRule, BlueprintAlertsProps } from './blueprint/alerts';
export { ImageVerification } from './blueprint/image-verification';
export type { ImageVerificationProps, SignedImage } from './blueprint/image-verification';
export { Blueprint } from './blueprint/blueprint';
export type { BlueprintProps } from './blueprint/blueprint';
export { Config } from './blueprint/config';
export type { ConfigProps } from './blueprint/config';
export { ExternalSecret } from './blueprint/external-secret';
export type { ExternalSecretProps, ExternalSecretSource } from './blueprint/external-secret';
export { GeneratedCredentials } from './blueprint/generated-credentials';
export type { GeneratedCredentialsProps, PasswordOptions } from './blueprint/generated-credentials';
export { ProvidedSecret } from './blueprint/provided-secret';
export type { ProvidedSecretProps } from './blueprint/provided-secret';

// ---- network
export { Connections, Peer } from './network/connections';
export type { PeerPort } from './network/connections';
export { ExternalService } from './network/external-service';
export type { ExternalServiceProps } from './network/external-service';
export type { ConnectionEndpoint, IConnectable, WorkloadConnectToOptions } from './network/relations';

// ---- images: the Dockerfile model, builds and images
export { Dockerfile, DockerfileStage } from './images/dockerfile';
export type { DockerfileProps, DockerfileStageProps } from './images/dockerfile';
export { DockerfileInstruction, DockerfileMount } from './images/dockerfile-instruction';
export type {
  DockerfileHealthcheck, DockerfileHealthcheckOptions, DockerfileInstructionCopyOptions, DockerfileInstructionRunOptions,
  DockerfileInstructionSpec,
} from './images/dockerfile-instruction';
export type { DockerfileCommand, DockerfileCommandForm, DockerfileInstructionKind, DockerfileUser } from './images/dockerfile-types';
export { Build } from './images/build';
export type {
  BuildFacts, BuildFromDockerfileOptions, BuildGoOptions, BuildNodeOptions, BuildOptions, BuildPreset, BuildPythonOptions,
  BuildRustOptions, BuildServiceOptions, BuildStaticSiteOptions, PythonServer, RustRuntime,
} from './images/build-options';
export { Image } from './images/image';
export { BaseImageLock } from './images/base-lock';
export type { BaseImageLockEntry } from './images/base-lock';
export type { BaseLockUse } from './images/build-options';
export type { ImageProps } from './images/image';
export type { IImageSource } from './images/image-source';

// ---- workloads
export { Workload } from './workloads/workload';
export type { ContainerPort, ContainerProps, WorkloadProps } from './workloads/workload-props';
export { ReplicatedWorkload } from './workloads/replicated-workload';
export type { DisruptionBudget, PersistentVolumeOptions, ReplicatedWorkloadProps } from './workloads/replicated-workload';
export { WebService } from './workloads/web-service';
export type { GatewayReference, WebServiceExposeViaGatewayOptions, WebServiceExposeViaIngressOptions, WebServiceMetricsOptions, WebServiceProps } from './workloads/web-service';
export { Worker } from './workloads/worker';
export type { WorkerProps } from './workloads/worker';
export { CronTask } from './workloads/cron-task';
export type { CronTaskProps } from './workloads/cron-task';
export { Job } from './workloads/job';
export type { JobProps, JobRunsBeforeOptions } from './workloads/job';
export { WorkloadPermissions } from './workloads/rbac';
export type { ApiServerAddress, RbacRule, RbacVerb, WorkloadGrantOptions, WorkloadPermissionsGrantReadOptions } from './workloads/rbac';
export type { VolumeRestoreDrill, VolumeRestorePath } from './workloads/velero-restore';

// ---- data: stateful services and their backups
export { StatefulWorkload } from './data/stateful-workload';
export type { StatefulVolumeOptions, StatefulWorkloadProps } from './data/stateful-workload';
export { BackupMethod } from './data/backup/backup-method';
export type { CommandBackupOptions, SqliteBackupOptions } from './data/backup/backup-method';
export { StatefulService } from './data/stateful-service';
export type { StatefulServiceProps } from './data/stateful-service';
export { Postgres } from './data/postgres';
export type { PostgresProps } from './data/postgres';
export { Redis } from './data/redis';
export type { RedisProps } from './data/redis';
export { BackupTools } from './data/backup-tools';
export type { BackupToolsProps } from './data/backup-tools';

// ---- artifacts: files written besides the manifests
export { Artifact } from './artifacts/artifact';
export type { ArtifactProps } from './artifacts/artifact';
export { GitOps } from './artifacts/gitops';
export type { GitOpsEngine, GitOpsProps } from './artifacts/gitops';
export type { HelmChartOptions } from './artifacts/helm';

// ---- validation: findings, and what a custom check sees
export { ValidationError } from './validation/finding';
export type { Finding, Severity } from './validation/finding';
export type { GateCheck, GateInput, RenderedArtifact, RenderedObject } from './validation/gate';

// ---- app: synthesis and the test helper
export { BlueprintApp } from './app/app';
export type { BlueprintAppProps, Synthesis } from './app/app';
export { BlueprintTesting } from './app/testing';
