import { EnvValue } from '../values/env-value';
import { RenderedProbes } from '../values/health-check';
import { ResolvedSecurity } from '../values/security';

/** A container port as it is rendered. */
export interface PodTemplatePort {
  readonly name: string;
  readonly port: number;
  readonly protocol: 'TCP' | 'UDP' | 'SCTP';
}

/** A volume mount of the workload's container (besides its writable paths). */
export interface PodTemplateMount {
  readonly name: string;
  readonly mountPath: string;
  readonly readOnly?: boolean;
  readonly subPath?: string;
}

/**
 * Everything one workload's pod template is rendered from. Each part was checked when the workload (or the call
 * that added it) was made, so rendering is a pure function that cannot fail. The lists may still grow after the
 * workload is made (`addEnv`, `addVolumeMount`, `connectTo`): they are read when the app synthesizes.
 */
export interface PodTemplateParts {
  /** The workload's name: the container's and the ServiceAccount's. */
  readonly name: string;
  readonly image: string;
  readonly imagePullPolicy: 'Always' | 'IfNotPresent' | 'Never';
  /** @default - the image's ENTRYPOINT */
  readonly command?: readonly string[];
  /** @default - the image's CMD */
  readonly args?: readonly string[];
  readonly env: ReadonlyMap<string, EnvValue>;
  /** The main port first, then the extra ports. */
  readonly ports: readonly PodTemplatePort[];
  /** The container `resources` block. */
  readonly resources: unknown;
  /** @default - no probes */
  readonly probes?: RenderedProbes;
  readonly security: ResolvedSecurity;
  /** Writable paths, `/tmp` first: an `emptyDir` each. */
  readonly writablePaths: readonly string[];
  /** Pod volumes besides the writable paths', with their names. */
  readonly volumes: readonly Record<string, unknown>[];
  readonly mounts: readonly PodTemplateMount[];
  /** Init containers without their `securityContext` (they get the container's, or the mesh's). */
  readonly initContainers: readonly Record<string, unknown>[];
  /** Whether the pod runs in the Istio mesh (init containers then run as the proxy's UID). */
  readonly mesh: boolean;
  readonly labels: Record<string, string>;
  /** @default - none */
  readonly annotations?: Record<string, string>;
  readonly terminationGracePeriodSeconds: number;
  /**
   * The PriorityClass the pod names (the blueprint's, for the workload's tier).
   * @default - none
   */
  readonly priorityClassName?: string;
}

/** The UID of Istio's sidecar, whose connections the mesh does not intercept. */
export const ISTIO_PROXY_UID = 1337;

/**
 * The hardened pod template (metadata + spec) of one workload: one container under the "restricted" Pod Security
 * Standard, a token-less ServiceAccount, an `emptyDir` for every writable path. `extraSpec` adds the controller's
 * own pod fields (a CronJob's restartPolicy, a Deployment's spreading).
 */
export function renderPodTemplate(parts: PodTemplateParts, extraSpec: Record<string, unknown> = {}): any {
  const volumes = [
    ...parts.writablePaths.map((path) => ({ name: volumeName(path), emptyDir: { sizeLimit: path === '/tmp' ? '256Mi' : '1Gi' } })),
    ...parts.volumes,
  ];
  const ports = parts.ports.map((p) => ({ name: p.name, containerPort: p.port, protocol: p.protocol }));
  const env = [...parts.env.entries()].map(([name, v]) => ({ name, ...v.kube }));
  const sec = parts.security;
  const securityContext = {
    allowPrivilegeEscalation: sec.allowPrivilegeEscalation,
    privileged: false,
    readOnlyRootFilesystem: sec.readOnlyRootFilesystem,
    runAsNonRoot: true,
    runAsUser: sec.user,
    runAsGroup: sec.group,
    capabilities: { drop: ['ALL'], ...(sec.addCapabilities.length ? { add: sec.addCapabilities } : {}) },
    seccompProfile: { type: 'RuntimeDefault' },
  };
  const container = {
    name: parts.name,
    image: parts.image,
    imagePullPolicy: parts.imagePullPolicy,
    ...(parts.command ? { command: parts.command } : {}),
    ...(parts.args ? { args: parts.args } : {}),
    ...(env.length ? { env } : {}),
    ...(ports.length ? { ports } : {}),
    resources: parts.resources,
    ...(parts.probes ?? {}),
    securityContext,
    volumeMounts: [...parts.writablePaths.map((path) => ({ name: volumeName(path), mountPath: path })), ...parts.mounts],
  };
  // In the mesh, istio-init redirects every outbound connection to a proxy that has not started while init
  // containers run; Istio's documented exception is to run them as the proxy's UID 1337, whose traffic is not redirected.
  const initSecurity = parts.mesh ? { ...securityContext, runAsUser: ISTIO_PROXY_UID, runAsGroup: ISTIO_PROXY_UID } : securityContext;
  const initContainers = parts.initContainers.map((c) => ({ ...c, securityContext: initSecurity }));
  return {
    metadata: {
      labels: parts.labels,
      ...(parts.annotations ? { annotations: parts.annotations } : {}),
    },
    spec: {
      serviceAccountName: parts.name,
      automountServiceAccountToken: sec.mountServiceAccountToken,
      enableServiceLinks: false,
      terminationGracePeriodSeconds: parts.terminationGracePeriodSeconds,
      ...(parts.priorityClassName ? { priorityClassName: parts.priorityClassName } : {}),
      securityContext: {
        runAsNonRoot: true,
        runAsUser: sec.user,
        runAsGroup: sec.group,
        fsGroup: sec.group,
        fsGroupChangePolicy: 'OnRootMismatch',
        seccompProfile: { type: 'RuntimeDefault' },
      },
      ...(initContainers.length ? { initContainers } : {}),
      containers: [container],
      volumes,
      ...extraSpec,
    },
  };
}

/**
 * Pod fields that spread replicas over zones and nodes: topology spread constraints that prefer but never require it
 * (`ScheduleAnyway`: harmless with one replica; Polaris topologySpreadConstraint) and, with `antiAffinity`, a soft
 * pod anti-affinity over nodes. For a controller's `extraSpec`.
 */
export function spreadSpec(selectorLabels: Record<string, string>, antiAffinity: boolean): Record<string, unknown> {
  const labelSelector = { matchLabels: selectorLabels };
  return {
    topologySpreadConstraints: [
      { maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector },
      { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector },
    ],
    ...(antiAffinity ? {
      affinity: {
        podAntiAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            { weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector } },
          ],
        },
      },
    } : {}),
  };
}

/** A volume name for a writable path: '/var/cache/nginx' → 'var-cache-nginx'. */
export function volumeName(path: string): string {
  const name = path.replace(/^\/+|\/+$/g, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase().replace(/^-+|-+$/g, '') || 'root';
  return name.slice(0, 63).replace(/-+$/, '');
}
