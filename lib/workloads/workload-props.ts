/**
 * The props of every workload (lib/workloads/workload.ts): what runs in its container and how its pods are
 * labelled, annotated and stopped. Types only; `npm run gen:props` reads them for the run-time prop checks.
 */
import type { Duration } from 'cdk8s';
import type { IImageSource } from '../images/image-source';
import type { EnvValue } from '../values/env-value';
import type { HealthCheck } from '../values/health-check';
import type { ResourceProfile } from '../values/resource-profile';
import type { SecurityOptions } from '../values/security';

/** An additional named container port. */
export interface ContainerPort {
  /** IANA service name: at most 15 characters, lowercase. */
  readonly name: string;
  readonly port: number;
  /** @default 'TCP' */
  readonly protocol?: 'TCP' | 'UDP' | 'SCTP';
}

/** What runs in a workload's container (seed 004's ContainerConfig). */
export interface ContainerProps {
  /** The image: a reference string or an `Image`. Checked against the environment's image policy. */
  readonly image: string | IImageSource;
  /**
   * Replaces the image's ENTRYPOINT.
   * @default - the image's
   */
  readonly command?: string[];
  /**
   * Replaces the image's CMD.
   * @default - the image's
   */
  readonly args?: string[];
  /**
   * Environment variables: literals or `EnvValue`s (ConfigMap keys, Secret keys, pod fields).
   * @default - none
   */
  readonly env?: Record<string, string | EnvValue>;
  /**
   * The main port the app listens on (named 'http' unless `portName` says otherwise).
   * @default - none (a WebService requires one)
   */
  readonly port?: number;
  /**
   * Name of the main port.
   * @default 'http'
   */
  readonly portName?: string;
  /**
   * More ports, e.g. metrics.
   * @default - none
   */
  readonly extraPorts?: ContainerPort[];
  /**
   * Requests and limits.
   * @default - the environment's profile (development: small, production: medium)
   */
  readonly resources?: ResourceProfile;
  /**
   * How the platform checks the app's health; rendered as startup, readiness and (where the check has one)
   * liveness probes: `HealthCheck.http(path)` checks liveness with a TCP connect, `tcp()` and `exec()` only with a
   * `liveness` that differs from readiness.
   * @default - the `Image`'s health path as `HealthCheck.http(path)` (not for a CronTask or Job, which run a task); else no probes (the gate requires one for a WebService in production)
   */
  readonly health?: HealthCheck;
  /**
   * Absolute paths the app writes at run time. Each gets an `emptyDir`, so the root filesystem stays
   * read-only. `/tmp` is always writable.
   * @default - only /tmp
   */
  readonly writablePaths?: string[];
  /**
   * Loosen a hardened default, explicitly.
   * @default - the "restricted" Pod Security Standard, UID/GID 10001
   */
  readonly security?: SecurityOptions;
  /**
   * @default 'Always' — a changed image behind the same tag is never run stale (kube-score container-image-pull-policy)
   */
  readonly imagePullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
}

/** Props every workload takes. */
export interface WorkloadProps extends ContainerProps {
  /**
   * How long the app has to finish in-flight work after SIGTERM before it is killed.
   * @default Duration.seconds(30)
   */
  readonly terminationGracePeriod?: Duration;
  /**
   * Extra labels for the workload's objects and pods.
   * @default - none
   */
  readonly labels?: Record<string, string>;
  /**
   * Annotations for the pods (e.g. for a log shipper).
   * @default - none
   */
  readonly podAnnotations?: Record<string, string>;
}
