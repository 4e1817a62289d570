/**
 * A storefront from three more build presets: the static site on unprivileged nginx, a Node API and a Go
 * inventory service (the seeds' "microservices" in other languages). The site calls the API, the API calls the
 * inventory: relations give each exactly those network paths. The API is also public through the platform's
 * Gateway (an HTTPRoute on its HTTPS listener), and it queues ledger entries in Redis for a worker that KEDA scales
 * on the queue's length, with a VerticalPodAutoscaler recommending its requests and an RBAC grant for the Lease its
 * replicas elect a leader with. The site's TLS certificate is a cert-manager Certificate, an object of a CRD the
 * library does not bundle: the app registers the CRD
 * (apps/crds/cert-manager-certificate.yaml, `crdFiles` in apps/index.ts) so the gate checks it against its schema.
 */

import * as path from 'path';
import { ApiObject } from 'cdk8s';
import {
  BackupEncryption, BackupPolicy, Blueprint, BlueprintApp, Build, Duration, Environment, GeneratedCredentials, HealthCheck, Image, ImageSigning, Redis,
  ResourceProfile, ScalingPolicy, ScalingTrigger, Schedule, Size, WebService, Worker,
} from '../lib/index';

/** Who signs the storefront's images: its GitHub Actions workflow on main (production admits nothing else). */
const STOREFRONT_SIGNING = ImageSigning.githubActions({ repository: 'example/storefront' });

/** The CRD files the storefront's objects need: BlueprintApp's `crdFiles`. */
export const STOREFRONT_CRD_FILES = [path.join(__dirname, 'crds', 'cert-manager-certificate.yaml')];

export function storefront(app: BlueprintApp): void {
  const site = new Image(app, 'storefront-site', {
    build: Build.staticSite({ directory: '.', healthPath: '/healthz', title: 'storefront-site', description: 'Storefront pages on nginx-unprivileged' }),
    repository: 'registry.example.com/storefront/site', tag: '2.3.0', context: 'test/fixtures/services/static-site',
    signing: STOREFRONT_SIGNING,
  });
  const api = new Image(app, 'storefront-api', {
    build: Build.node({ entry: 'server.js', port: 3000, healthPath: '/healthz', sources: ['server.js'], title: 'storefront-api', description: 'Storefront API on Node 20' }),
    repository: 'registry.example.com/storefront/api', tag: '2.3.0', context: 'test/fixtures/services/node-app',
    signing: STOREFRONT_SIGNING,
  });
  const inventory = new Image(app, 'storefront-inventory', {
    build: Build.go({
      binary: 'go-app', goSum: false, port: 8080, healthPath: '/healthz', title: 'storefront-inventory', description: 'Inventory service in Go',
      // distroless static has no shell and no curl: the binary checks itself (GET the URL, exit 0 on 2xx/3xx, else 1)
      healthcheckCommand: ['/usr/local/bin/go-app', '--healthcheck', 'http://127.0.0.1:8080/healthz'],
    }),
    repository: 'registry.example.com/storefront/inventory', tag: '2.3.0', context: 'test/fixtures/services/go-app',
    signing: STOREFRONT_SIGNING,
  });

  for (const env of [Environment.development(), Environment.production()]) {
    const bp = new Blueprint(app, `storefront-${env.name}`, { environment: env });
    const scaling = ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 6, cpuUtilization: 75 });
    // The product photos live on a shared (ReadWriteMany) volume, backed up nightly by Velero (a Schedule in its
    // namespace); the weekly drill restores the newest backup into a scratch namespace and checks the claim binds.
    // The Restore of a real recovery is written to dist/restore/, never applied by a sync.
    const inv = new WebService(bp, 'inventory', {
      image: inventory, resources: ResourceProfile.micro(), scaling, allowFromApplication: false,
      persistentVolumes: [{ name: 'photos', path: '/var/lib/inventory/photos', size: Size.gibibytes(20), accessMode: 'ReadWriteMany' }],
      backup: BackupPolicy.daily({
        retention: Duration.days(14),
        encryption: BackupEncryption.none('the Velero storage location encrypts snapshots with the cloud KMS key'),
        restoreDrill: Schedule.weekly('saturday', { hour: 4 }),
      }, { hour: 3 }),
    });
    const apiService = new WebService(bp, 'api', { image: api, env: { PORT: '3000' }, scaling, allowFromApplication: false });
    const web = new WebService(bp, 'site', {
      image: site, resources: ResourceProfile.nano(), scaling,
      ingress: { host: env.select({ production: 'shop.example.com', default: `shop.${env.name}.example.com` }), tlsSecret: 'shop-example-com-tls' },
    });
    // cert-manager issues the site's TLS Secret (the ingress's tlsSecret) from the platform's ClusterIssuer.
    new ApiObject(bp, 'site-certificate', {
      apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: { name: 'shop-example-com-tls' },
      spec: {
        secretName: 'shop-example-com-tls', dnsNames: [env.select({ production: 'shop.example.com', default: `shop.${env.name}.example.com` })],
        issuerRef: { kind: 'ClusterIssuer', name: 'letsencrypt' }, duration: '2160h', renewBefore: '360h',
        privateKey: { algorithm: 'ECDSA', size: 256, rotationPolicy: 'Always' },
      },
    });
    apiService.connectTo(inv, { envPrefix: 'INVENTORY' });
    web.connectTo(apiService, { envPrefix: 'API' });
    // TLS is the Gateway's (run by the platform team in gateway-system); the route names its HTTPS listener.
    apiService.exposeViaGateway({
      gateway: { name: 'public', namespace: 'gateway-system', sectionName: 'https' },
      hostnames: [env.select({ production: 'api.shop.example.com', default: `api.shop.${env.name}.example.com` })], path: '/api',
    });

    // The ledger: the API LPUSHes entries onto a Redis list, the worker BRPOPs them; KEDA adds a replica per 100
    // waiting entries (development runs one fixed replica: it does not autoscale).
    const queue = new Redis(bp, 'ledger-queue', {
      credentials: new GeneratedCredentials(bp, 'ledger-queue-auth').secret,
      backup: BackupPolicy.disabled('a work queue: entries live for seconds, and the API re-sends the ones not acknowledged'),
    });
    const ledger = new Worker(bp, 'ledger', {
      image: 'registry.example.com/storefront/ledger:2.3.0', resources: ResourceProfile.micro(), rightSizing: true,
      health: HealthCheck.exec(['/app/ledger', '--check'], { liveness: HealthCheck.exec(['/app/ledger', '--alive']) }),
      scaling: ScalingPolicy.events({
        minReplicas: 2, maxReplicas: 10,
        triggers: [ScalingTrigger.redisList({ host: queue.host, listName: 'ledger:entries', listLength: 100, password: queue.credentials.keyRef('password') })],
      }),
    });
    apiService.connectTo(queue, { envPrefix: 'LEDGER_QUEUE' });
    ledger.connectTo(queue, { envPrefix: 'LEDGER_QUEUE' });
    // Any replica may consume the queue, but one at a time closes the day's books: the replicas elect that one
    // through a coordination.k8s.io Lease (client-go's leader election: create it once, then get/update that one).
    // The grant makes a Role and RoleBinding for the worker's ServiceAccount, mounts its token and opens egress to
    // the API server, which this example narrows to a control plane's address.
    const apiServer = { cidrs: ['10.96.0.1/32', '172.18.0.2/32'], ports: [443, 6443] };
    ledger.permissions.grant({ apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['create'] }, { apiServer });
    ledger.permissions.grant({
      apiGroups: ['coordination.k8s.io'], resources: ['leases'], resourceNames: ['ledger-day-close'], verbs: ['get', 'update'],
    });
  }
}
