import { propError } from './_errors';
import { isDnsSubdomain } from './_names';
import { assertProps } from './_prop-check';

/** Argo CD's name for the cluster it runs in. */
export const IN_CLUSTER_SERVER = 'https://kubernetes.default.svc';

/** Options for `GitOpsCluster.remote()`. */
export interface GitOpsClusterRemoteOptions {
  /**
   * The cluster's API server URL, as Argo CD knows the cluster (`argocd cluster add` registers it under this URL),
   * e.g. 'https://prod.k8s.example.com:6443'.
   */
  readonly server: string;
  /**
   * The Secret, in Flux's namespace of the management cluster, that holds a kubeconfig for this cluster (under the
   * key `value`): Flux applies to a remote cluster through it (`spec.kubeConfig.secretRef`). Required when Flux deploys.
   * @default - none: only Argo CD can deploy to this cluster
   * @see https://fluxcd.io/flux/components/kustomize/kustomizations/#kubeconfig-remote-clusters
   */
  readonly kubeConfigSecret?: string;
}

/**
 * The cluster one environment's blueprints are deployed to by a GitOps engine that runs in a management cluster.
 *
 * @example GitOpsCluster.remote({ server: 'https://prod.k8s.example.com:6443', kubeConfigSecret: 'prod-kubeconfig' })
 */
export class GitOpsCluster {
  /** The cluster the GitOps engine itself runs in (Argo CD's `https://kubernetes.default.svc`, Flux without a kubeconfig). */
  public static inCluster(): GitOpsCluster {
    return new GitOpsCluster(IN_CLUSTER_SERVER, undefined, true);
  }

  /** Another cluster, reached by its API server URL (Argo CD) and a kubeconfig Secret (Flux). */
  public static remote(options: GitOpsClusterRemoteOptions): GitOpsCluster {
    assertProps('GitOpsClusterRemoteOptions', options, 'cluster');
    const server = options.server;
    let url: URL | undefined;
    try {
      url = new URL(server);
    } catch {
      url = undefined;
    }
    if (!url || url.protocol !== 'https:' || url.username || url.password || url.search || url.hash || !/^https:\/\/[^/]/.test(server)) {
      throw propError('cluster.server', server, "must be the https:// URL of the cluster's API server, without credentials, query or fragment, e.g. 'https://prod.k8s.example.com:6443'");
    }
    if (server.replace(/\/$/, '') === IN_CLUSTER_SERVER) {
      throw propError('cluster.server', server, 'is the cluster the engine runs in: use GitOpsCluster.inCluster()');
    }
    const secret = options.kubeConfigSecret;
    if (secret !== undefined && !isDnsSubdomain(secret)) {
      throw propError('cluster.kubeConfigSecret', secret, 'must be the name of a Secret (a DNS-1123 subdomain)');
    }
    return new GitOpsCluster(server, secret, false);
  }

  private constructor(
    /** Argo CD's `spec.destination.server`. */
    public readonly server: string,
    /** The Secret with the kubeconfig Flux applies with; undefined in the engine's own cluster, or when only Argo CD deploys. */
    public readonly kubeConfigSecret: string | undefined,
    /** Whether this is the cluster the engine runs in. */
    public readonly isInCluster: boolean,
  ) {}
}
