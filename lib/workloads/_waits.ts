import { ResourceProfile } from '../values/resource-profile';

// The init containers that hold a workload's start until something it depends on is there.

/** The image of the init container that waits for a dependency: busybox's `nc`, pinned. */
export const WAIT_IMAGE = 'busybox:1.36.1';

/** The image that waits for a Job: the Kubernetes project's kubectl (distroless: kubectl only), pinned to the 1.28 line. */
export const KUBECTL_IMAGE = 'registry.k8s.io/kubectl:v1.28.15';

/** Where a container finds the API's credentials (the kubelet's own mount point, which client-go's in-cluster config reads). */
export const TOKEN_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

/** Waits until `host:port` accepts TCP connections (`connectTo(…, { waitForReady: true })`). */
export function tcpWaitContainer(name: string, host: string, port: number): Record<string, unknown> {
  return {
    name: `wait-for-${name}`.slice(0, 63),
    image: WAIT_IMAGE,
    imagePullPolicy: 'Always',
    command: ['sh', '-c', `until nc -z -w 2 ${host} ${port}; do echo "waiting for ${host}:${port}"; sleep 2; done`],
    resources: ResourceProfile.nano().toKube(),
  };
}

/**
 * Waits until Job `job` has completed: `kubectl wait --for=condition=complete`, with a token projected into this
 * container alone (`tokenVolume`). Until the Job exists, or while it runs longer than `timeoutSeconds`, kubectl exits
 * non-zero and the kubelet starts the container again (with its back-off): the pod stays in `Init` until the Job is
 * complete.
 */
export function jobWaitContainer(job: string, namespace: string, tokenVolume: string, timeoutSeconds: number): Record<string, unknown> {
  return {
    name: `wait-for-job-${job}`.slice(0, 63).replace(/-+$/, ''),
    image: KUBECTL_IMAGE,
    imagePullPolicy: 'Always',
    args: ['wait', '--for=condition=complete', `job/${job}`, `--namespace=${namespace}`, `--timeout=${timeoutSeconds}s`],
    // kubectl writes its discovery cache under $HOME: the pod's /tmp, as the root filesystem is read-only.
    env: [{ name: 'HOME', value: '/tmp' }],
    resources: ResourceProfile.nano().toKube(),
    volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }, { name: tokenVolume, mountPath: TOKEN_MOUNT_PATH, readOnly: true }],
  };
}

/**
 * The volume the kubelet mounts for `automountServiceAccountToken`, made by hand so one container can mount it: a
 * bound, expiring token of the pod's ServiceAccount, the cluster's CA and the namespace.
 */
export function tokenVolume(name: string): Record<string, unknown> {
  return {
    name,
    projected: {
      sources: [
        { serviceAccountToken: { path: 'token', expirationSeconds: 3607 } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
      ],
    },
  };
}
