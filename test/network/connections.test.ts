import { BlueprintTesting, Connections, Peer, Worker } from '../../lib';
import { userService } from '../../apps/user-service';
import { DNS_EGRESS, WORKER, blueprint, objectOf, selector } from '../_helpers';

describe('default configuration', () => {
  test('an empty Connections renders no rules', () => {
    // GIVEN
    const connections = new Connections();

    // THEN
    expect(connections.toKube()).toEqual({ ingress: [], egress: [] });
    expect([connections.ingressRules, connections.egressRules]).toEqual([[], []]);
  });

  test('a workload\'s NetworkPolicy: default deny plus DNS', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new Worker(shop, 'w', WORKER);

    // THEN
    const np = objectOf(BlueprintTesting.synth(shop), 'NetworkPolicy', 'w');
    expect(np).toMatchSnapshot();
    expect(np.spec.ingress).toEqual([]);
    expect(np.spec.egress).toEqual([DNS_EGRESS]);
  });
});

describe('Peer', () => {
  test('pods: a podSelector in the same namespace', () => {
    // WHEN
    const peer = Peer.pods({ 'app.kubernetes.io/name': 'checkout' }, 'checkout');

    // THEN
    expect(peer.kube).toEqual({ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'checkout' } } });
    expect(peer.description).toEqual('checkout');
  });

  test('namespace: every pod of a namespace, by its name label', () => {
    // WHEN
    const peer = Peer.namespace('monitoring');

    // THEN
    expect(peer.kube).toEqual({ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } });
    expect(peer.description).toEqual('namespace monitoring');
  });

  test('podsInNamespace: both selectors in one peer (AND, not OR)', () => {
    expect(Peer.podsInNamespace('monitoring', { app: 'prometheus' }, 'prometheus').kube).toEqual({
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } },
      podSelector: { matchLabels: { app: 'prometheus' } },
    });
  });

  test('cidr, with and without exceptions, IPv4 and IPv6', () => {
    expect(Peer.cidr('10.0.0.0/8').kube).toEqual({ ipBlock: { cidr: '10.0.0.0/8' } });
    expect(Peer.cidr('0.0.0.0/0', ['10.0.0.0/8', '192.168.0.0/16']).kube).toEqual({ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '192.168.0.0/16'] } });
    expect(Peer.cidr('2001:db8::/32').kube).toEqual({ ipBlock: { cidr: '2001:db8::/32' } });
    expect(Peer.cidr('10.0.0.0/8').description).toEqual('cidr 10.0.0.0/8');
  });

  test('the labels given are copied, not shared', () => {
    // GIVEN
    const labels: Record<string, string> = { app: 'a' };
    const peer = Peer.pods(labels, 'a');

    // WHEN
    labels.app = 'b';

    // THEN
    expect(peer.kube.podSelector.matchLabels).toEqual({ app: 'a' });
  });
});

describe('Connections', () => {
  test('allowFrom and allowTo render ingress "from" and egress "to" rules in declaration order', () => {
    // GIVEN
    const connections = new Connections();

    // WHEN
    connections.allowFrom(Peer.namespace('ingress-nginx'), [{ port: 8080 }]);
    connections.allowFrom(Peer.pods({ app: 'a' }, 'a'), [{ port: 8080 }, { port: 9090, protocol: 'TCP' }]);
    connections.allowTo(Peer.cidr('10.0.0.0/8'), [{ port: 53, protocol: 'UDP' }]);
    connections.allowTo(Peer.pods({ app: 'db' }, 'db'));

    // THEN
    expect(connections.toKube()).toEqual({
      ingress: [
        { ports: [{ port: 8080, protocol: 'TCP' }], from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }] },
        { ports: [{ port: 8080, protocol: 'TCP' }, { port: 9090, protocol: 'TCP' }], from: [{ podSelector: { matchLabels: { app: 'a' } } }] },
      ],
      egress: [
        { ports: [{ port: 53, protocol: 'UDP' }], to: [{ ipBlock: { cidr: '10.0.0.0/8' } }] },
        { to: [{ podSelector: { matchLabels: { app: 'db' } } }] },
      ],
    });
    expect(connections.ingressRules.map((r) => r.peer.description)).toEqual(['namespace ingress-nginx', 'a']);
    expect(connections.egressRules.map((r) => r.peer.description)).toEqual(['cidr 10.0.0.0/8', 'db']);
  });

  test('identical rules render once', () => {
    // GIVEN
    const connections = new Connections();

    // WHEN
    connections.allowTo(Peer.cidr('10.0.0.0/8'), [{ port: 443 }]);
    connections.allowTo(Peer.cidr('10.0.0.0/8'), [{ port: 443, protocol: 'TCP' }]);
    connections.allowTo(Peer.cidr('10.0.0.0/8'), [{ port: 80 }]);

    // THEN
    expect(connections.toKube().egress).toEqual([
      { ports: [{ port: 443, protocol: 'TCP' }], to: [{ ipBlock: { cidr: '10.0.0.0/8' } }] },
      { ports: [{ port: 80, protocol: 'TCP' }], to: [{ ipBlock: { cidr: '10.0.0.0/8' } }] },
    ]);
    expect(connections.egressRules.length).toEqual(3);
  });

  test('allows added after construction reach the NetworkPolicy (it renders lazily)', () => {
    // GIVEN
    const shop = blueprint();
    const w = new Worker(shop, 'w', WORKER);

    // WHEN
    w.connections.allowFrom(Peer.namespace('monitoring'), [{ port: 9090 }]);
    w.connections.allowTo(Peer.cidr('10.0.0.0/8'));

    // THEN
    const np = objectOf(BlueprintTesting.synth(shop), 'NetworkPolicy', 'w');
    expect(np.spec.ingress).toEqual([{ ports: [{ port: 9090, protocol: 'TCP' }], from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }] }]);
    expect(np.spec.egress).toEqual([DNS_EGRESS, { to: [{ ipBlock: { cidr: '10.0.0.0/8' } }] }]);
  });

  test('a workload keeps its own list of the ports given, and the valid ports of a list with an invalid one', () => {
    // GIVEN
    const shop = blueprint();
    const w = new Worker(shop, 'w', WORKER);
    const ports: Array<{ port: number; protocol?: 'TCP' | 'UDP' }> = [{ port: 9090 }, { port: 53, protocol: 'UDP' }];

    // WHEN
    w.connections.allowFrom(Peer.namespace('monitoring'), ports);
    ports.push({ port: 8080 });
    expect(() => w.connections.allowFrom(Peer.namespace('ingress-nginx'), [{ port: 80 }, { port: 80.5 }]))
      .toFail("Worker 'shop-production/w': 'port' (80.5) must be a port number from 1 to 65535");

    // THEN
    expect(w.connections.ingressRules.map((r) => r.ports)).toEqual([[{ port: 9090 }, { port: 53, protocol: 'UDP' }], [{ port: 80 }]]);
  });

  test('a workload\'s connections.allowTo adds egress rules after DNS', () => {
    // GIVEN
    const shop = blueprint();
    const w = new Worker(shop, 'w', WORKER);

    // WHEN
    w.connections.allowTo(Peer.cidr('0.0.0.0/0', ['10.0.0.0/8']), [{ port: 443 }]);

    // THEN
    expect(objectOf(BlueprintTesting.synth(shop), 'NetworkPolicy', 'w').spec.egress).toEqual([
      DNS_EGRESS,
      { ports: [{ port: 443, protocol: 'TCP' }], to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }] },
    ]);
  });
});

describe('errors', () => {
  test.each(['10.0.0.0', '10.0.0/8', 'ten/8', ''])('cidr %p', (cidr) => {
    expect(() => Peer.cidr(cidr)).toFail(`'cidr' ('${cidr}') must be an IPv4 or IPv6 CIDR such as '10.0.0.0/8'`);
  });

  test('an invalid exception', () => {
    expect(() => Peer.cidr('0.0.0.0/0', ['10.0.0.0'])).toFail("'cidr' ('10.0.0.0') must be an IPv4 or IPv6 CIDR such as '10.0.0.0/8'");
  });

  // BUG: the CIDR check only looks at the shape (\d{1,3} octets, \d{1,2} prefix): octets above 255 and
  // IPv4 prefixes above 32 pass and end up in the NetworkPolicy, which the API server rejects.
  test.each(['10.0.0.0/33', '256.0.0.0/8', '999.1.1.1/24'])('an out-of-range cidr %p', (cidr) => {
    expect(() => Peer.cidr(cidr)).toFail(`'cidr' ('${cidr}') must be an IPv4 or IPv6 CIDR such as '10.0.0.0/8'`);
  });

  test.each([0, 65536, 80.5])('port %p', (port) => {
    expect(() => new Connections().allowTo(Peer.cidr('10.0.0.0/8'), [{ port }])).toFail(`'port' (${port}) must be a port number from 1 to 65535`);
    expect(() => new Connections().allowFrom(Peer.cidr('10.0.0.0/8'), [{ port }])).toFail(`'port' (${port}) must be a port number from 1 to 65535`);
  });

  // BUG: a workload's `connections` knows nothing of its workload, so an invalid port added through
  // `worker.connections.allowTo()` is reported without the "<Kind> '<path>': " prefix.
  test('an invalid port added through a workload names the workload', () => {
    // GIVEN
    const w = new Worker(blueprint(), 'w', WORKER);

    // THEN
    expect(() => w.connections.allowTo(Peer.cidr('10.0.0.0/8'), [{ port: 0 }]))
      .toFail("Worker 'shop-production/w': 'port' (0) must be a port number from 1 to 65535");
  });
});

describe('defaultChild', () => {
  test('a workload\'s networkPolicy is the NetworkPolicy named after it', () => {
    // GIVEN
    const w = new Worker(blueprint(), 'w', WORKER);

    // THEN
    expect([w.networkPolicy.kind, w.networkPolicy.name, w.networkPolicy.node.id]).toEqual(['NetworkPolicy', 'w', 'NetworkPolicy']);
  });
});

describe('the example: apps/user-service.ts in production', () => {
  let policies: any[];

  beforeAll(() => {
    const app = BlueprintTesting.app();
    userService(app);
    policies = BlueprintTesting.synthApp(app).objects
      .filter((o) => o.blueprint === 'shop-production' && o.json.kind === 'NetworkPolicy').map((o) => o.json);
  });

  /** A peer as a short name: a workload of the blueprint, a namespace, or `namespace/pods`. */
  function peer(p: any): string {
    const ns = p.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'];
    const labels = p.podSelector?.matchLabels;
    if (p.ipBlock) return `cidr ${p.ipBlock.cidr}`;
    if (ns && labels) return `${ns}/${labels['k8s-app'] ?? labels.app}`;
    if (ns) return `namespace ${ns}`;
    if (labels?.['app.kubernetes.io/instance'] === 'shop-production' && Object.keys(labels).length === 2) return labels['app.kubernetes.io/name'];
    return JSON.stringify(p);
  }

  /** Every rule of every policy as `from → to:port/protocol`; a rule without ports or peers would allow everything and shows as '*'. */
  function rules(): string[] {
    const out: string[] = [];
    for (const np of policies) {
      const self = np.metadata.name;
      expect(np.spec.podSelector).toEqual({ matchLabels: selector(self, 'production') });
      expect(np.spec.policyTypes).toEqual(['Ingress', 'Egress']);
      for (const [direction, key] of [['ingress', 'from'], ['egress', 'to']] as const) {
        for (const rule of np.spec[direction]) {
          for (const p of rule[key] ?? [{ '*': true }]) {
            for (const port of rule.ports ?? [{ port: '*', protocol: '*' }]) {
              const other = p['*'] ? '*' : peer(p);
              out.push(direction === 'ingress' ? `${other} → ${self}:${port.port}/${port.protocol}` : `${self} → ${other}:${port.port}/${port.protocol}`);
            }
          }
        }
      }
    }
    return out.sort();
  }

  test('one policy per workload, each isolating ingress and egress', () => {
    expect(policies.map((np) => np.metadata.name)).toEqual(['user-db', 'user-db-backup', 'user-db-restore', 'user-db-restore-drill', 'user-db-migrate', 'user-service']);
  });

  test('the policies allow exactly these paths and nothing else', () => {
    const workloads = ['user-db', 'user-db-backup', 'user-db-restore', 'user-db-restore-drill', 'user-db-migrate', 'user-service'];
    const platform = workloads.flatMap((w) => [`${w} → kube-system/kube-dns:53/UDP`, `${w} → kube-system/kube-dns:53/TCP`, `${w} → istio-system/istiod:15012/TCP`]);
    const toDb = ['user-service', 'user-db-backup', 'user-db-restore', 'user-db-restore-drill', 'user-db-migrate'].flatMap((w) => [`${w} → user-db:5432/TCP`]);
    expect(rules()).toEqual([
      'namespace ingress-nginx → user-service:8080/TCP',
      'namespace monitoring → user-service:9090/TCP',
      // the user service's init container waits for the migration Job through the API server (its endpoints' address is the cluster's)
      'user-service → cidr 0.0.0.0/0:443/TCP',
      'user-service → cidr 0.0.0.0/0:6443/TCP',
      ...platform,
      // each path inside the namespace appears twice: the client's egress and the database's ingress
      ...toDb,
      ...toDb,
    ].sort());
  });

  test('inside the namespace, a connection is possible only where egress and ingress agree', () => {
    // GIVEN
    const all = rules();
    const internal = new Set(policies.map((np) => np.metadata.name));

    // WHEN
    const open = all.filter((r) => {
      const [from, rest] = r.split(' → ');
      const to = rest.split(':')[0];
      return internal.has(from) && internal.has(to) && all.filter((x) => x === r).length === 2;
    });

    // THEN
    expect([...new Set(open)].sort()).toEqual([
      'user-db-backup → user-db:5432/TCP',
      'user-db-migrate → user-db:5432/TCP',
      'user-db-restore → user-db:5432/TCP',
      'user-db-restore-drill → user-db:5432/TCP',
      'user-service → user-db:5432/TCP',
    ]);
  });
});
