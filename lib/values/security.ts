/**
 * Explicit loosening of the hardened defaults. Every field defaults to the Pod Security Standards "restricted"
 * profile; setting one is visible in review and reported by the policy gate unless suppressed with a reason.
 */
export interface SecurityOptions {
  /**
   * UID the container runs as. Must not be 0; below 10000 it may collide with host users (kube-score
   * `container-security-context-user-group-id`) and the gate reports it.
   * @default - the image's UID for an `Image` built here, otherwise 10001
   */
  readonly user?: number;
  /**
   * GID the container runs as, also the pod's `fsGroup`.
   * @default - the image's GID for an `Image` built here, otherwise the same as `user`
   */
  readonly group?: number;
  /**
   * Whether the root filesystem is read-only. Prefer declaring `writablePaths`.
   * @default true
   */
  readonly readOnlyRootFilesystem?: boolean;
  /**
   * Whether a process may gain more privileges than its parent (setuid binaries).
   * @default false
   */
  readonly allowPrivilegeEscalation?: boolean;
  /**
   * Capabilities to add back after dropping ALL. Only NET_BIND_SERVICE is allowed by the restricted profile.
   * @default - none
   */
  readonly addCapabilities?: string[];
  /**
   * Mount the ServiceAccount token into the pod (only for workloads that call the Kubernetes API).
   * @default false
   */
  readonly mountServiceAccountToken?: boolean;
}

/** The resolved security settings of one workload. */
export interface ResolvedSecurity {
  readonly user: number;
  readonly group: number;
  readonly readOnlyRootFilesystem: boolean;
  readonly allowPrivilegeEscalation: boolean;
  readonly addCapabilities: string[];
  readonly mountServiceAccountToken: boolean;
}

/** The default UID/GID of every workload and of every generated image's `USER`. */
export const DEFAULT_UID = 10001;
