import { Blueprint, BlueprintTesting, Environment, Peer, WebService, WebServiceExposeViaIngressOptions } from '../../lib';
import { DNS_EGRESS, WEB, blueprint, containerOf, kindsAndNames, objectOf, objectsOf, selector, standardLabels } from '../_helpers';

type WebServiceProps = ConstructorParameters<typeof WebService>[2];

/** A WebService 'web' in `env` and its synthesized objects. */
function web(props: Partial<WebServiceProps> = {}, env: Environment = Environment.production()): { ws: WebService; objects: any[] } {
  const shop = blueprint(env);
  const ws = new WebService(shop, 'web', { ...WEB, ...props });
  return { ws, objects: BlueprintTesting.synth(shop) };
}

const FROM_APPLICATION = { ports: [{ port: 8080, protocol: 'TCP' }], from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/part-of': 'shop' } } }] };
const FROM_INGRESS_NGINX = { ports: [{ port: 8080, protocol: 'TCP' }], from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }] };
const FROM_ANYWHERE = { ports: [{ port: 8080, protocol: 'TCP' }], from: [{ ipBlock: { cidr: '0.0.0.0/0' } }] };

describe('default configuration', () => {
  test('a minimal WebService in production', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new WebService(shop, 'web', WEB);

    // THEN
    const objects = BlueprintTesting.synth(shop);
    expect(objects).toMatchSnapshot();
    expect(kindsAndNames(objects)).toEqual([
      'Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data', 'ServiceAccount/web', 'NetworkPolicy/web', 'Deployment/web',
      'PodDisruptionBudget/web', 'Service/web',
    ]);
  });

  test('a ClusterIP Service on port 80 targeting the container port, selecting name+instance', () => {
    // WHEN
    const { objects } = web();

    // THEN
    expect(objectOf(objects, 'Service', 'web')).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', namespace: 'shop', labels: standardLabels('web', 'web', 'production', '1.4.2') },
      spec: {
        type: 'ClusterIP',
        selector: selector('web', 'production'),
        ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }],
      },
    });
  });

  test('the NetworkPolicy admits the application\'s pods on the container port, and reaches DNS', () => {
    // WHEN
    const { objects } = web();

    // THEN
    expect(objectOf(objects, 'NetworkPolicy', 'web').spec).toEqual({
      podSelector: { matchLabels: selector('web', 'production') },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [FROM_APPLICATION],
      egress: [DNS_EGRESS],
    });
  });

  test('no Ingress unless exposed; fields', () => {
    // WHEN
    const { ws, objects } = web();

    // THEN
    expect(objectsOf(objects, 'Ingress')).toEqual([]);
    expect(ws.ingress).toBeUndefined();
    expect([ws.host, ws.port, ws.servicePort, ws.serviceType, ws.component]).toEqual(['web.shop.svc', 8080, 80, 'ClusterIP', 'web']);
  });

  test('the container port is the main port', () => {
    expect(containerOf(objectOf(web().objects, 'Deployment', 'web')).ports).toEqual([{ name: 'http', containerPort: 8080, protocol: 'TCP' }]);
  });
});

describe('Service props', () => {
  test('servicePort', () => {
    // WHEN
    const { ws, objects } = web({ servicePort: 8443 });

    // THEN
    expect(objectOf(objects, 'Service', 'web').spec.ports).toEqual([{ name: 'http', port: 8443, targetPort: 8080, protocol: 'TCP' }]);
    expect(ws.servicePort).toEqual(8443);
  });

  test('portName names the Service port', () => {
    expect(objectOf(web({ portName: 'api' }).objects, 'Service', 'web').spec.ports[0].name).toEqual('api');
  });

  test('NodePort with a nodePort, reachable from anywhere on the container port', () => {
    // WHEN
    const { objects } = web({ serviceType: 'NodePort', nodePort: 30080 });

    // THEN
    expect(objectOf(objects, 'Service', 'web').spec).toEqual({
      type: 'NodePort',
      selector: selector('web', 'production'),
      ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP', nodePort: 30080 }],
    });
    expect(objectOf(objects, 'NetworkPolicy', 'web').spec.ingress).toEqual([FROM_APPLICATION, FROM_ANYWHERE]);
  });

  test('LoadBalancer without a nodePort', () => {
    // WHEN
    const { objects } = web({ serviceType: 'LoadBalancer' });

    // THEN
    const svc = objectOf(objects, 'Service', 'web');
    expect(svc.spec.type).toEqual('LoadBalancer');
    expect(svc.spec.ports).toEqual([{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }]);
    expect(objectOf(objects, 'NetworkPolicy', 'web').spec.ingress).toEqual([FROM_APPLICATION, FROM_ANYWHERE]);
  });

  test('LoadBalancer with a nodePort', () => {
    expect(objectOf(web({ serviceType: 'LoadBalancer', nodePort: 32767 }).objects, 'Service', 'web').spec.ports[0].nodePort).toEqual(32767);
  });

  test('a WebService has no extra ports in its Service', () => {
    // WHEN
    const { objects } = web({ extraPorts: [{ name: 'metrics', port: 9090 }] });

    // THEN
    expect(objectOf(objects, 'Service', 'web').spec.ports).toEqual([{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }]);
  });
});

describe('ingress', () => {
  test('the ingress prop: host, nginx class, Prefix path /, no TLS (outside production), the Service\'s port', () => {
    // WHEN
    const { ws, objects } = web({ ingress: { host: 'shop.example.com' } }, Environment.development());

    // THEN
    expect(objectOf(objects, 'Ingress', 'web')).toEqual({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'web', namespace: 'shop', labels: standardLabels('web', 'web', 'development', '1.4.2') },
      spec: {
        ingressClassName: 'nginx',
        rules: [{
          host: 'shop.example.com',
          http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] },
        }],
      },
    });
    expect(ws.ingress?.kind).toEqual('Ingress');
  });

  test('an ingress without TLS is an error of the gate in production', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new WebService(shop, 'web', { ...WEB, ingress: { host: 'shop.example.com' } });

    // THEN
    expect(() => BlueprintTesting.synth(shop)).toFail(/\[ingress-tls\] shop-production\/web\/Ingress: Ingress 'web' has no TLS settings: 'shop\.example\.com' is served over plain HTTP/);
  });

  test('the ingress controller\'s namespace is admitted in the NetworkPolicy', () => {
    // WHEN
    const { objects } = web({ ingress: { host: 'shop.example.com', tlsSecret: 'shop-tls' } });

    // THEN
    expect(objectOf(objects, 'NetworkPolicy', 'web').spec.ingress).toEqual([FROM_APPLICATION, FROM_INGRESS_NGINX]);
  });

  test('every option', () => {
    // GIVEN
    const options: WebServiceExposeViaIngressOptions = {
      host: 'api.example.com',
      path: '/v1',
      pathType: 'Exact',
      tlsSecret: 'api-example-com-tls',
      className: 'traefik',
      controllerNamespace: 'traefik',
      annotations: { 'traefik.ingress.kubernetes.io/router.entrypoints': 'websecure' },
    };

    // WHEN
    const { objects } = web({ servicePort: 8081, ingress: options });

    // THEN
    const ingress = objectOf(objects, 'Ingress', 'web');
    expect(ingress.metadata.annotations).toEqual({ 'traefik.ingress.kubernetes.io/router.entrypoints': 'websecure' });
    expect(ingress.spec).toEqual({
      ingressClassName: 'traefik',
      tls: [{ hosts: ['api.example.com'], secretName: 'api-example-com-tls' }],
      rules: [{
        host: 'api.example.com',
        http: { paths: [{ path: '/v1', pathType: 'Exact', backend: { service: { name: 'web', port: { number: 8081 } } } }] },
      }],
    });
    expect(objectOf(objects, 'NetworkPolicy', 'web').spec.ingress).toEqual([
      FROM_APPLICATION,
      { ports: [{ port: 8080, protocol: 'TCP' }], from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'traefik' } } }] },
    ]);
  });

  test('a wildcard host', () => {
    // WHEN
    const { objects } = web({ ingress: { host: '*.example.com', tlsSecret: 'wildcard-tls' } });

    // THEN
    const ingress = objectOf(objects, 'Ingress', 'web');
    expect(ingress.spec.rules[0].host).toEqual('*.example.com');
    expect(ingress.spec.tls).toEqual([{ hosts: ['*.example.com'], secretName: 'wildcard-tls' }]);
  });

  test('exposeViaIngress returns the Ingress and sets ingress', () => {
    // GIVEN
    const shop = blueprint();
    const ws = new WebService(shop, 'web', WEB);

    // WHEN
    const ingress = ws.exposeViaIngress({ host: 'shop.example.com', pathType: 'ImplementationSpecific', tlsSecret: 'shop-tls' });

    // THEN
    expect(ingress).toBe(ws.ingress);
    expect([ingress.kind, ingress.name, ingress.node.id]).toEqual(['Ingress', 'web', 'Ingress']);
    const objects = BlueprintTesting.synth(shop);
    expect(objectOf(objects, 'Ingress', 'web').spec.rules[0].http.paths[0].pathType).toEqual('ImplementationSpecific');
    expect(objectOf(objects, 'NetworkPolicy', 'web').spec.ingress).toEqual([FROM_APPLICATION, FROM_INGRESS_NGINX]);
  });
});

describe('allowFromApplication', () => {
  test('false admits nobody by default', () => {
    // WHEN
    const { objects } = web({ allowFromApplication: false });

    // THEN
    expect(objectOf(objects, 'NetworkPolicy', 'web').spec.ingress).toEqual([]);
    expect(objectOf(objects, 'NetworkPolicy', 'web').spec.egress).toEqual([DNS_EGRESS]);
  });

  test('false still admits the ingress controller when exposed', () => {
    expect(objectOf(web({ allowFromApplication: false, ingress: { host: 'shop.example.com', tlsSecret: 'shop-tls' } }).objects, 'NetworkPolicy', 'web').spec.ingress)
      .toEqual([FROM_INGRESS_NGINX]);
  });

  test('false still admits any address for a NodePort', () => {
    expect(objectOf(web({ allowFromApplication: false, serviceType: 'NodePort' }).objects, 'NetworkPolicy', 'web').spec.ingress)
      .toEqual([FROM_ANYWHERE]);
  });

  test('connections.allowFrom adds declared clients', () => {
    // GIVEN
    const shop = blueprint();
    const ws = new WebService(shop, 'web', { ...WEB, allowFromApplication: false });

    // WHEN
    ws.connections.allowFrom(Peer.pods({ 'app.kubernetes.io/name': 'checkout' }, 'checkout'), [{ port: ws.port }]);

    // THEN
    expect(objectOf(BlueprintTesting.synth(shop), 'NetworkPolicy', 'web').spec.ingress).toEqual([
      { ports: [{ port: 8080, protocol: 'TCP' }], from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'checkout' } } }] },
    ]);
  });
});

describe('environments', () => {
  test('development: one replica, no HPA, PDB or anti-affinity, small resources', () => {
    // WHEN
    const { objects } = web({}, Environment.development());

    // THEN
    expect(kindsAndNames(objects)).toEqual(['Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data', 'ServiceAccount/web', 'NetworkPolicy/web', 'Deployment/web', 'Service/web']);
    expect(objectOf(objects, 'Deployment', 'web').spec.replicas).toEqual(1);
  });

  test('production requires a health check on a WebService (the gate)', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new WebService(shop, 'web', { image: WEB.image, port: 8080 });

    // THEN
    expect(() => BlueprintTesting.synth(shop))
      .toFail(/\[probes\] shop-production\/web\/Deployment: container 'web' has no readiness probe \(it serves traffic in production\)/);
  });

  test('development only warns about a WebService without a health check (and, by design, its single replica)', () => {
    // GIVEN
    const app = BlueprintTesting.app();
    const shop = new Blueprint(app, 'shop-development', { environment: Environment.development() });

    // WHEN
    new WebService(shop, 'web', { image: WEB.image, port: 8080 });

    // THEN
    expect(BlueprintTesting.synthApp(app).warnings.map((w) => `${w.rule} ${w.path}`)).toEqual(['probes shop-development/web/Deployment', 'deployment-replicas shop-development/web/Deployment']);
  });
});

describe('errors', () => {
  const PREFIX = "WebService 'shop-production/web': ";
  const make = (props: Partial<WebServiceProps>, id = 'web') => () => new WebService(blueprint(), id, { ...WEB, ...props });

  test('an id that is no DNS-1035 label (a Service name must start with a letter)', () => {
    expect(make({}, '1web')).toFail("WebService 'shop-production/1web': 'id' ('1web') must be a DNS-1035 label: at most 63 characters, lowercase letters, digits and '-', starting with a letter and ending with a letter or digit");
  });

  test('an id that is no DNS-1123 label', () => {
    expect(make({}, 'Web')).toFail("WebService 'shop-production/Web': 'id' ('Web') must be a DNS-1123 label: at most 63 characters, lowercase letters, digits and '-', starting and ending with a letter or digit");
  });

  test.each([
    [0, "'servicePort' (0) must be >= 1"],
    [70000, "'servicePort' (70000) must be <= 65535"],
  ])('servicePort %p', (servicePort, message) => {
    expect(make({ servicePort })).toFail(`${PREFIX}${message}`);
  });

  test('nodePort on a ClusterIP Service', () => {
    expect(make({ nodePort: 30080 })).toFail(`${PREFIX}'nodePort' (30080) needs serviceType 'NodePort' or 'LoadBalancer'`);
  });

  test.each([
    [8080, "'nodePort' (8080) must be >= 30000"],
    [32768, "'nodePort' (32768) must be <= 32767"],
  ])('nodePort %p outside the node port range', (nodePort, message) => {
    expect(make({ serviceType: 'NodePort', nodePort })).toFail(`${PREFIX}${message}`);
  });

  test('a second exposeViaIngress', () => {
    // GIVEN
    const ws = new WebService(blueprint(), 'web', { ...WEB, ingress: { host: 'shop.example.com' } });

    // THEN
    expect(() => ws.exposeViaIngress({ host: 'api.example.com' }))
      .toFail(`${PREFIX}Unable to expose web via an ingress: it is already exposed; add paths to one ingress instead`);
  });

  test.each(['localhost', 'Shop.example.com', 'shop.example.com/', '*.', 'https://shop.example.com'])('ingress host %p', (host) => {
    expect(make({ ingress: { host } }))
      .toFail(`${PREFIX}'ingress.host' ('${host}') must be a fully qualified DNS name such as 'shop.example.com' (a leading '*.' is allowed)`);
  });

  test('an ingress path without a leading /', () => {
    expect(make({ ingress: { host: 'shop.example.com', path: 'api' } })).toFail(`${PREFIX}'ingress.path' ('api') must start with '/'`);
  });

  test('an invalid controllerNamespace', () => {
    expect(make({ ingress: { host: 'shop.example.com', controllerNamespace: 'Ingress_Nginx' } }))
      .toFail(`${PREFIX}'ingress.controllerNamespace' ('Ingress_Nginx') must be a DNS-1035 label: at most 63 characters, lowercase letters, digits and '-', starting with a letter and ending with a letter or digit`);
  });

  test('an invalid tlsSecret', () => {
    expect(make({ ingress: { host: 'shop.example.com', tlsSecret: 'Shop TLS' } }))
      .toFail(`${PREFIX}'ingress.tlsSecret' ('Shop TLS') must be the name of an existing Secret`);
  });

  test('a mistaken exposeViaIngress is reported at synth with the value given', () => {
    // GIVEN
    const shop = blueprint();
    const ws = new WebService(shop, 'web', WEB);

    // WHEN
    ws.exposeViaIngress({ host: 'localhost' });

    // THEN
    expect(() => BlueprintTesting.synth(shop)).toThrow(
      "  ✗ [construct] shop-production/web: 'ingress.host' ('localhost') must be a fully qualified DNS name such as 'shop.example.com' (a leading '*.' is allowed)");
  });
});

describe('defaultChild', () => {
  test('deployment, service and networkPolicy are named after the WebService', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    const ws = new WebService(shop, 'web', WEB);

    // THEN
    expect([ws.deployment.kind, ws.deployment.name]).toEqual(['Deployment', 'web']);
    expect([ws.service.kind, ws.service.name, ws.service.node.id]).toEqual(['Service', 'web', 'Service']);
    expect([ws.networkPolicy.kind, ws.networkPolicy.name]).toEqual(['NetworkPolicy', 'web']);
  });
});
