/**
 * The corpus, construction errors of what a blueprint is assembled from besides its workloads' props: ids and
 * object names, labels and annotations, ingress and external services, network peers, images and Dockerfiles,
 * suppressions and artifacts.
 */
import { Construct } from 'constructs';
import {
  Artifact, Blueprint, Build, Config, CronTask, Dockerfile, DockerfileInstruction, DockerfileStage, Environment,
  ExternalService, Image, Peer, Policy, WebService, Worker,
} from '../../lib/index';
import { CorpusCase, CRON, DNS_1035_RULE, DNS_LABEL_RULE, DNS_SUBDOMAIN_RULE, production, WEB, WORKER } from './_corpus-kit';

/** Errors thrown or recorded while building: names, exposure, images, suppressions and artifacts. */
export const CONSTRUCT_BLUEPRINT_CASES: readonly CorpusCase[] = [
  // ---- names and ids
  {
    name: 'workload id is not a DNS label',
    kind: 'construct',
    build: (app) => { new Worker(production(app), 'Mail_Worker', WORKER); },
    expected: `Worker 'shop-production/Mail_Worker': 'id' ('Mail_Worker') ${DNS_LABEL_RULE}`,
  },
  {
    name: 'empty workload id',
    kind: 'construct',
    build: (app) => { new Worker(production(app), '', WORKER); },
    expected: `Worker 'shop-production/': 'id' ('') ${DNS_LABEL_RULE}`,
  },
  {
    name: 'WebService id starting with a digit (Service names are DNS-1035 labels)',
    kind: 'construct',
    build: (app) => { new WebService(production(app), '1api', WEB); },
    expected: `WebService 'shop-production/1api': 'id' ('1api') ${DNS_1035_RULE}`,
  },
  {
    name: 'Blueprint id is not a DNS label',
    kind: 'construct',
    build: (app) => { new Blueprint(app, 'Shop.Production', { environment: Environment.production() }); },
    expected: `Blueprint 'Shop.Production': 'id' ('Shop.Production') ${DNS_LABEL_RULE}`,
  },
  {
    name: 'Blueprint label value with a space',
    kind: 'construct',
    build: (app) => { new Blueprint(app, 'shop-production', { environment: Environment.production(), labels: { team: 'web shop' } }); },
    expected: 'Blueprint \'shop-production\': \'labels[\'team\']\' (\'web shop\') must be a valid label value: at most 63 characters, letters, digits, \'-\', \'_\' and \'.\', starting and ending with a letter or digit',
  },
  {
    name: 'Config id is not a DNS subdomain',
    kind: 'construct',
    build: (app) => { new Config(production(app), 'App_Config', { data: { LOG_LEVEL: 'info' } }); },
    expected: `Config 'shop-production/App_Config': 'id' ('App_Config') ${DNS_SUBDOMAIN_RULE}`,
  },
  {
    name: 'CronTask id longer than 52 characters',
    kind: 'construct',
    build: (app) => { new CronTask(production(app), 'a-very-long-nightly-report-name-that-exceeds-the-limit', CRON); },
    expected: 'CronTask \'shop-production/a-very-long-nightly-report-name-that-exceeds-the-limit\': \'id\' (\'a-very-long-nightly-report-name-that-exceeds-the-limit\') must be at most 52 characters: Kubernetes appends 11 characters to a CronJob\'s name for its Jobs',
  },
  {
    name: 'name collision: two workloads named \'api\' in one blueprint',
    kind: 'construct',
    build: (app) => {
      const shop = production(app);
      new WebService(shop, 'api', WEB);
      new Worker(new Construct(shop, 'jobs'), 'api', WORKER);
    },
    expected: 'Blueprint \'shop-production\': ServiceAccount name \'api\' is used by both \'shop-production/api\' and \'shop-production/jobs/api\'; give one of them another id',
  },
  {
    name: 'workload outside a Blueprint',
    kind: 'construct',
    build: (app) => { new Worker(app, 'worker', WORKER); },
    expected: '\'worker\' must be created inside a Blueprint (new Blueprint(app, id, { environment }))',
  },
  // ---- annotations, labels and ingress options the API server would reject
  {
    name: 'workload label that overrides a selector label',
    kind: 'construct',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, labels: { 'app.kubernetes.io/name': 'mailer' } }); },
    expected: 'Worker \'shop-production/worker\': \'labels\' (\'app.kubernetes.io/name\') is set by the blueprint (selectors depend on it): choose another label key',
  },
  {
    name: 'Blueprint namespace is not a DNS label',
    kind: 'construct',
    build: (app) => { new Blueprint(app, 'shop-production', { environment: Environment.production(), namespace: 'Shop' }); },
    expected: `Blueprint 'shop-production': 'namespace' ('Shop') ${DNS_LABEL_RULE}`,
  },
  {
    name: 'Blueprint namespace that cannot name PriorityClasses',
    kind: 'construct',
    build: (app) => { new Blueprint(app, 'shop-production', { environment: Environment.production(), namespace: 'system-shop' }); },
    expected: 'Blueprint \'shop-production\': \'namespace\' (\'system-shop\') cannot name PriorityClasses: Kubernetes reserves names starting with \'system-\'; use PriorityClasses.provided()',
  },
  {
    name: 'Blueprint name too long for the app.kubernetes.io/instance label',
    kind: 'construct',
    build: (app) => { new WebService(new Blueprint(app, 'shop-production', { environment: Environment.production(), name: `shop-${'x'.repeat(55)}` }), 'api', WEB); },
    expected: `Blueprint 'shop-production': 'name' ('shop-${'x'.repeat(55)}') is too long: the label app.kubernetes.io/instance ('shop-${'x'.repeat(55)}-production') must be at most 63 characters`,
  },
  {
    name: 'pod annotation with an invalid key',
    kind: 'construct',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, podAnnotations: { 'log shipper/parse': 'json' } }); },
    expected: 'Worker \'shop-production/worker\': \'podAnnotations\' (\'log shipper/parse\') must be a valid annotation key: an optional DNS-1123 subdomain prefix and \'/\', then at most 63 characters of letters, digits, \'-\', \'_\' and \'.\'',
  },
  {
    name: 'ingress annotation with an invalid key',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, ingress: { host: 'shop.example.com', annotations: { 'nginx ingress/rewrite': '/' } } }); },
    expected: 'WebService \'shop-production/api\': \'ingress.annotations\' (\'nginx ingress/rewrite\') must be a valid annotation key: an optional DNS-1123 subdomain prefix and \'/\', then at most 63 characters of letters, digits, \'-\', \'_\' and \'.\'',
  },
  {
    name: 'ingress class name that is not a DNS subdomain',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, ingress: { host: 'shop.example.com', className: 'Public NGINX' } }); },
    expected: "WebService 'shop-production/api': 'ingress.className' ('Public NGINX') must be the name of an IngressClass (a DNS-1123 subdomain)",
  },
  {
    name: 'ingress TLS secret that is not a Secret name',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, ingress: { host: 'shop.example.com', tlsSecret: 'Shop_TLS' } }); },
    expected: 'WebService \'shop-production/api\': \'ingress.tlsSecret\' (\'Shop_TLS\') must be the name of an existing Secret',
  },
  // ---- ingress
  {
    name: 'second exposeViaIngress',
    kind: 'construct',
    build: (app) => {
      const web = new WebService(production(app), 'api', { ...WEB, ingress: { host: 'shop.example.com' } });
      web.exposeViaIngress({ host: 'api.example.com' });
    },
    expected: 'WebService \'shop-production/api\': Unable to expose api via an ingress: it is already exposed; add paths to one ingress instead',
  },
  {
    name: 'ingress host that is not fully qualified',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, ingress: { host: 'localhost' } }); },
    expected: 'WebService \'shop-production/api\': \'ingress.host\' (\'localhost\') must be a fully qualified DNS name such as \'shop.example.com\' (a leading \'*.\' is allowed)',
  },
  {
    name: 'ingress host with uppercase letters',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', WEB).exposeViaIngress({ host: 'Shop.Example.com' }); },
    expected: 'WebService \'shop-production/api\': \'ingress.host\' (\'Shop.Example.com\') must be a fully qualified DNS name such as \'shop.example.com\' (a leading \'*.\' is allowed)',
  },
  {
    name: 'ingress path without a leading slash',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, ingress: { host: 'shop.example.com', path: 'api' } }); },
    expected: 'WebService \'shop-production/api\': \'ingress.path\' (\'api\') must start with \'/\'',
  },
  // ---- network
  {
    name: 'ExternalService host that is an IP address',
    kind: 'construct',
    build: (app) => { new ExternalService(production(app), 'payments', { host: '10.0.0.12', port: 443 }); },
    expected: 'ExternalService \'shop-production/payments\': \'host\' (\'10.0.0.12\') must be a fully qualified DNS name (an IP address needs a Service with Endpoints, not ExternalName)',
  },
  {
    name: 'ExternalService host without a dot',
    kind: 'construct',
    build: (app) => { new ExternalService(production(app), 'payments', { host: 'payments', port: 443 }); },
    expected: 'ExternalService \'shop-production/payments\': \'host\' (\'payments\') must be a fully qualified DNS name (an IP address needs a Service with Endpoints, not ExternalName)',
  },
  {
    name: 'CIDR without a prefix length',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', WEB).connections.allowTo(Peer.cidr('10.0.0.0'), [{ port: 443 }]); },
    expected: '\'cidr\' (\'10.0.0.0\') must be an IPv4 or IPv6 CIDR such as \'10.0.0.0/8\'',
  },
  // ---- images
  {
    name: 'Image inside a Blueprint',
    kind: 'construct',
    build: (app) => {
      new Image(production(app), 'api-image', { build: Build.rust({ binary: 'api' }), repository: 'registry.example.com/shop/api', tag: '1.4.2' });
    },
    expected: 'Image \'shop-production/api-image\': an Image is built once for every environment: create it in the app (new Image(app, …)), not inside Blueprint \'shop-production\'',
  },
  {
    name: 'Build uid below 10000',
    kind: 'construct',
    build: (app) => { new Image(app, 'api-image', { build: Build.rust({ binary: 'api', uid: 1000 }), repository: 'registry.example.com/shop/api', tag: '1.4.2' }); },
    expected: '\'uid\' (1000) must be >= 10000 (a fixed non-root id above the ranges base images and host accounts use)',
  },
  {
    name: 'Image repository with an uppercase path',
    kind: 'construct',
    build: (app) => { new Image(app, 'api-image', { build: Build.rust({ binary: 'api' }), repository: 'registry.example.com/Shop/API', tag: '1.4.2' }); },
    expected: 'Image \'api-image\': \'repository\' (\'registry.example.com/Shop/API\') must be [registry/]path with a lowercase path, e.g. \'registry.example.com/shop/api\'',
  },
  {
    name: 'Build with an invalid binary name',
    kind: 'construct',
    build: () => { Build.rust({ binary: 'my api' }); },
    expected: '\'binary\' (\'my api\') must be a binary name matching /^[A-Za-z0-9][A-Za-z0-9_-]*$/',
  },
  {
    name: 'Dockerfile ENV with a secret-like name',
    kind: 'construct',
    build: () => { DockerfileInstruction.env({ API_TOKEN: 'abc' }); },
    expected: 'ENV: \'name\' (\'API_TOKEN\') must not look like a secret (it matches /(PASSWORD|SECRET|TOKEN|API_KEY|PRIVATE_KEY)/i): ARG and ENV values are stored in the image; pass secrets at runtime from a Kubernetes Secret',
  },
  {
    name: 'Dockerfile base image with a moving tag',
    kind: 'construct',
    build: () => {
      Build.fromDockerfile(Dockerfile.of({
        stages: [DockerfileStage.from('debian:latest', { instructions: [DockerfileInstruction.userId(10001, 10001), DockerfileInstruction.cmd(['/app'])] })],
      }));
    },
    expected: '\'FROM\' (\'debian:latest\') must pin a tag or digest, and not a moving tag such as \'latest\' (builds must be reproducible)',
  },
  {
    name: 'Dockerfile without USER',
    kind: 'construct',
    build: () => {
      Build.fromDockerfile(Dockerfile.of({ stages: [DockerfileStage.from('debian:bookworm-slim', { instructions: [DockerfileInstruction.cmd(['/app'])] })] }));
    },
    expected: '\'USER\' (undefined) must be set in the final stage to a numeric UID:GID such as \'10001:10001\' (the image must not run as root)',
  },
  // ---- suppressions and artifacts
  {
    name: 'suppression with a too-short justification',
    kind: 'construct',
    build: (app) => { Policy.suppress(new Worker(production(app), 'worker', WORKER), 'high-uid', 'legacy image'); },
    expected: 'Policy.suppress \'shop-production/worker\': \'justification\' ("legacy image") must explain in at least 20 characters why rule \'high-uid\' does not apply',
  },
  {
    name: 'suppression of a malformed rule id',
    kind: 'construct',
    build: (app) => { Policy.suppress(new Worker(production(app), 'worker', WORKER), 'High_UID', 'the vendor image runs as UID 999 and cannot change'); },
    expected: 'Policy.suppress \'shop-production/worker\': \'rule\' ("High_UID") must be a rule id such as \'high-uid\' (see the README\'s rule table)',
  },
  {
    name: 'artifact path outside the output directory',
    kind: 'construct',
    build: (app) => { new Artifact(app, 'Notes', { path: '../notes.txt', render: () => 'notes\n' }); },
    expected: 'Artifact \'Notes\': \'path\' (\'../notes.txt\') must be relative to the output directory, without \'..\' or empty segments',
  },
];
