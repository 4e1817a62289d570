import { GitOpsCluster } from '../../lib';

const SERVER_RULE = "must be the https:// URL of the cluster's API server, without credentials, query or fragment, e.g. 'https://prod.k8s.example.com:6443'";

describe('GitOpsCluster', () => {
  test('inCluster() is the engine\'s own cluster: Argo CD\'s in-cluster server, no kubeconfig for Flux', () => {
    const c = GitOpsCluster.inCluster();
    expect(c.server).toBe('https://kubernetes.default.svc');
    expect(c.kubeConfigSecret).toBeUndefined();
    expect(c.isInCluster).toBe(true);
  });

  test('remote() takes the API server URL and, for Flux, the kubeconfig Secret', () => {
    const c = GitOpsCluster.remote({ server: 'https://prod.k8s.example.com:6443', kubeConfigSecret: 'prod-kubeconfig' });
    expect(c.server).toBe('https://prod.k8s.example.com:6443');
    expect(c.kubeConfigSecret).toBe('prod-kubeconfig');
    expect(c.isInCluster).toBe(false);
    expect(GitOpsCluster.remote({ server: 'https://10.0.0.1' }).kubeConfigSecret).toBeUndefined();
  });

  test.each(['http://prod.k8s.example.com', 'prod.k8s.example.com', 'https://admin:secret@prod.k8s.example.com', 'https://prod.k8s.example.com?x=1', 'https://prod.k8s.example.com#a', 'https:prod'])(
    'server %j is refused', (server) => {
      expect(() => GitOpsCluster.remote({ server })).toThrow(`'cluster.server' ('${server}') ${SERVER_RULE}`);
    });

  test('the in-cluster URL must be said with inCluster()', () => {
    expect(() => GitOpsCluster.remote({ server: 'https://kubernetes.default.svc' }))
      .toThrow("'cluster.server' ('https://kubernetes.default.svc') is the cluster the engine runs in: use GitOpsCluster.inCluster()");
  });

  test('the kubeconfig Secret is a Secret name', () => {
    expect(() => GitOpsCluster.remote({ server: 'https://prod.k8s.example.com', kubeConfigSecret: 'Prod_Kubeconfig' }))
      .toThrow("'cluster.kubeConfigSecret' ('Prod_Kubeconfig') must be the name of a Secret (a DNS-1123 subdomain)");
  });

  test('options are checked at run time', () => {
    expect(() => GitOpsCluster.remote({ server: 'https://prod.k8s.example.com', kubeconfigSecret: 'x' } as any))
      .toThrow("'cluster.kubeconfigSecret' ('x') is not a prop of GitOpsClusterRemoteOptions: did you mean 'cluster.kubeConfigSecret'?");
  });
});
