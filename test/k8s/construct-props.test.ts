/**
 * Every construct checks its props, and every construct method its options, at run time (for JavaScript and tsx
 * users): a misspelt key and a value of the wrong type are recorded with exact messages and reported by synthesis.
 * The lists come from the generated table, so a new construct or method without a case here fails this test.
 */
import { ApiObject } from 'cdk8s';
import {
  Artifact, BackupTools, Blueprint, BlueprintApp, BlueprintTesting, Build, Config, CronTask, Environment, ExternalSecret,
  ExternalService, GitOps, GitOpsCluster, GitRevision, HealthCheck, Image, Job, Peer, Postgres, Redis, Schedule, SecretRef, WebService, Worker,
} from '../../lib';
import { BlueprintAlerts } from '../../lib/blueprint/alerts';
import { GeneratedCredentials } from '../../lib/blueprint/generated-credentials';
import { ImageVerification } from '../../lib/blueprint/image-verification';
import { AlertPolicy } from '../../lib/values/alerts';
import { ProvidedSecret } from '../../lib/blueprint/provided-secret';
import { StatefulWorkload } from '../../lib/data/stateful-workload';
import { CONSTRUCTOR_PROPS, METHOD_OPTIONS } from '../../lib/values/_prop-specs.generated';
import { IMAGE, WEB, WORKER, blueprint } from '../_helpers';

const any = (v: unknown): any => v;
const CREDENTIALS = SecretRef.existing('db-credentials', ['username', 'password']);
const REDIS_CREDENTIALS = SecretRef.existing('cache-credentials', ['password']);
const P = "'shop-production/";
const GITOPS = { repoURL: 'https://github.com/example/shop-deploy.git', revision: GitRevision.branch('main'), engine: 'argocd', clusters: { production: GitOpsCluster.inCluster() } };

interface Case {
  readonly typo: readonly [() => unknown, string];
  readonly wrongType: readonly [() => unknown, string];
}

const CONSTRUCTS: Record<keyof typeof CONSTRUCTOR_PROPS, Case> = {
  Artifact: {
    typo: [() => new Artifact(BlueprintTesting.app(), 'notes', any({ path: 'notes.txt', render: () => '', descripton: 'x' })),
      "Artifact 'notes': 'descripton' ('x') is not a prop of ArtifactProps: did you mean 'description'?"],
    wrongType: [() => new Artifact(BlueprintTesting.app(), 'notes', any({ path: 'notes.txt', render: () => '', description: 5 })),
      "Artifact 'notes': 'description' (5) must be a string"],
  },
  BackupTools: {
    typo: [() => new BackupTools(BlueprintTesting.app(), 'tools', any({ repository: 'registry.example.com/tools', tags: '1.0.0' })),
      "BackupTools 'tools': 'tags' ('1.0.0') is not a prop of BackupToolsProps: did you mean 'tag'?"],
    wrongType: [() => new BackupTools(BlueprintTesting.app(), 'tools', any({ repository: 'registry.example.com/tools', tag: 1 })),
      "BackupTools 'tools': 'tag' (1) must be a string"],
  },
  Blueprint: {
    typo: [() => new Blueprint(BlueprintTesting.app(), 'shop-production', any({ environment: Environment.production(), namepsace: 'shop' })),
      "Blueprint 'shop-production': 'namepsace' ('shop') is not a prop of BlueprintProps: did you mean 'namespace'?"],
    wrongType: [() => new Blueprint(BlueprintTesting.app(), 'shop-production', any({ environment: Environment.production(), mesh: 'yes' })),
      "Blueprint 'shop-production': 'mesh' ('yes') must be a boolean"],
  },
  BlueprintAlerts: {
    typo: [() => new BlueprintAlerts(blueprint(), 'more-alerts', any({ policy: AlertPolicy.prometheus(), name: 'more-alerts', polciy: 1 })),
      `BlueprintAlerts ${P}more-alerts': 'polciy' (1) is not a prop of BlueprintAlertsProps: did you mean 'policy'?`],
    wrongType: [() => new BlueprintAlerts(blueprint(), 'more-alerts', any({ policy: AlertPolicy.prometheus(), name: 5 })),
      `BlueprintAlerts ${P}more-alerts': 'name' (5) must be a string`],
  },
  BlueprintApp: {
    typo: [() => new BlueprintApp(any({ outDir: 'out' })), "BlueprintApp '': 'outDir' ('out') is not a prop of BlueprintAppProps: did you mean 'outdir'?"],
    wrongType: [() => new BlueprintApp(any({ outdir: 5 })), "BlueprintApp '': 'outdir' (5) must be a string"],
  },
  Config: {
    typo: [() => new Config(blueprint(), 'settings', any({ data: { A: '1' }, date: {} })),
      `Config ${P}settings': 'date' ({}) is not a prop of ConfigProps: did you mean 'data'?`],
    wrongType: [() => new Config(blueprint(), 'settings', any({ data: { A: ['1'] } })),
      `Config ${P}settings': 'data.A' (["1"]) must be a string, a number or a boolean`],
  },
  CronTask: {
    typo: [() => new CronTask(blueprint(), 'report', any({ ...WORKER, schedule: Schedule.daily(), suspended: true })),
      `CronTask ${P}report': 'suspended' (true) is not a prop of CronTaskProps: did you mean 'suspend'?`],
    wrongType: [() => new CronTask(blueprint(), 'report', any({ ...WORKER, schedule: '0 2 * * *' })),
      `CronTask ${P}report': 'schedule' ('0 2 * * *') must be a Schedule (Schedule.cron(expression), Schedule.hourly(), Schedule.daily(), Schedule.weekly() or Schedule.monthly())`],
  },
  Job: {
    typo: [() => new Job(blueprint(), 'migrate', any({ ...WORKER, backofLimit: 2 })),
      `Job ${P}migrate': 'backofLimit' (2) is not a prop of JobProps: did you mean 'backoffLimit'?`],
    wrongType: [() => new Job(blueprint(), 'migrate', any({ ...WORKER, backoffLimit: '2' })),
      `Job ${P}migrate': 'backoffLimit' ('2') must be a number`],
  },
  ExternalSecret: {
    typo: [() => new ExternalSecret(blueprint(), 'creds', any({ store: 'vault', data: { password: { key: 'prod/db' } }, refresh: 60 })),
      `ExternalSecret ${P}creds': 'refresh' (60) is not a prop of ExternalSecretProps: did you mean 'refreshInterval'?`],
    wrongType: [() => new ExternalSecret(blueprint(), 'creds', any({ store: 'vault', data: { password: { key: 'prod/db' } }, storeKind: 'Vault' })),
      `ExternalSecret ${P}creds': 'storeKind' ('Vault') must be 'SecretStore' or 'ClusterSecretStore'`],
  },
  ExternalService: {
    typo: [() => new ExternalService(blueprint(), 'payments', any({ host: 'api.payments.example.com', port: 443, hots: 'x' })),
      `ExternalService ${P}payments': 'hots' ('x') is not a prop of ExternalServiceProps: did you mean 'host'?`],
    wrongType: [() => new ExternalService(blueprint(), 'payments', any({ host: 'api.payments.example.com', port: '443' })),
      `ExternalService ${P}payments': 'port' ('443') must be a number`],
  },
  GeneratedCredentials: {
    typo: [() => new GeneratedCredentials(blueprint(), 'db-credentials', any({ user: 'app' })),
      `GeneratedCredentials ${P}db-credentials': 'user' ('app') is not a prop of GeneratedCredentialsProps: did you mean 'username'?`],
    wrongType: [() => new GeneratedCredentials(blueprint(), 'db-credentials', any({ password: { length: '32' } })),
      `GeneratedCredentials ${P}db-credentials': 'password.length' ('32') must be a number`],
  },
  GitOps: {
    typo: [() => new GitOps(blueprint().node.scope!, 'deploy', any({ ...GITOPS, repoUrl: 'https://github.com/example/shop-deploy.git' })),
      "GitOps 'deploy': 'repoUrl' ('https://github.com/example/shop-deploy.git') is not a prop of GitOpsProps: did you mean 'repoURL'?"],
    wrongType: [() => new GitOps(blueprint().node.scope!, 'deploy', any({ ...GITOPS, engine: 'kubectl' })),
      "GitOps 'deploy': 'engine' ('kubectl') must be one of 'argocd', 'flux', 'both'"],
  },
  Image: {
    typo: [() => new Image(BlueprintTesting.app(), 'api', any({ build: Build.node(), repository: 'registry.example.com/shop/api', contxt: 'api' })),
      "Image 'api': 'contxt' ('api') is not a prop of ImageProps: did you mean 'context'?"],
    wrongType: [() => new Image(BlueprintTesting.app(), 'api', any({ build: Build.node(), repository: 'registry.example.com/shop/api', tag: 2 })),
      "Image 'api': 'tag' (2) must be a string"],
  },
  ImageVerification: {
    typo: [() => new ImageVerification(blueprint(), 'more-verification', any({ nmae: 'more-verify-images' })),
      `ImageVerification ${P}more-verification': 'nmae' ('more-verify-images') is not a prop of ImageVerificationProps: did you mean 'name'?`],
    wrongType: [() => new ImageVerification(blueprint(), 'more-verification', any({ name: 5 })),
      `ImageVerification ${P}more-verification': 'name' (5) must be a string`],
  },
  Postgres: {
    typo: [() => new Postgres(blueprint(Environment.development()), 'db', any({ credentials: CREDENTIALS, databse: 'users' })),
      "Postgres 'shop-development/db': 'databse' ('users') is not a prop of PostgresProps: did you mean 'database'?"],
    wrongType: [() => new Postgres(blueprint(Environment.development()), 'db', any({ credentials: CREDENTIALS, storage: '20Gi' })),
      "Postgres 'shop-development/db': 'storage' ('20Gi') must be a Size (Size.kibibytes(amount), Size.mebibytes(amount), Size.gibibytes(amount), Size.tebibytes(amount) or Size.pebibyte(amount))"],
  },
  ProvidedSecret: {
    typo: [() => new ProvidedSecret(blueprint(), 'api-token', any({ keys: ['token'], providedBy: 'the platform team, with sealed-secrets', key: 'token' })),
      `ProvidedSecret ${P}api-token': 'key' ('token') is not a prop of ProvidedSecretProps: did you mean 'keys'?`],
    wrongType: [() => new ProvidedSecret(blueprint(), 'api-token', any({ keys: 'token', providedBy: 'the platform team, with sealed-secrets' })),
      `ProvidedSecret ${P}api-token': 'keys' ('token') must be an array`],
  },
  Redis: {
    typo: [() => new Redis(blueprint(Environment.development()), 'cache', any({ credentials: REDIS_CREDENTIALS, passwordKy: 'password' })),
      "Redis 'shop-development/cache': 'passwordKy' ('password') is not a prop of RedisProps: did you mean 'passwordKey'?"],
    wrongType: [() => new Redis(blueprint(Environment.development()), 'cache', any({ credentials: REDIS_CREDENTIALS, storageClass: true })),
      "Redis 'shop-development/cache': 'storageClass' (true) must be a string"],
  },
  StatefulWorkload: {
    typo: [() => new StatefulWorkload(blueprint(Environment.development()), 'queue', any({ ...WEB, replica: 3 })),
      "StatefulWorkload 'shop-development/queue': 'replica' (3) is not a prop of StatefulWorkloadProps: did you mean 'replicas'?"],
    wrongType: [() => new StatefulWorkload(blueprint(Environment.development()), 'queue', any({ ...WEB, podManagementPolicy: 'Ordered' })),
      "StatefulWorkload 'shop-development/queue': 'podManagementPolicy' ('Ordered') must be 'OrderedReady' or 'Parallel'"],
  },
  WebService: {
    typo: [() => new WebService(blueprint(), 'web', any({ ...WEB, replica: 5 })),
      `WebService ${P}web': 'replica' (5) is not a prop of WebServiceProps: did you mean 'scaling'?`],
    wrongType: [() => new WebService(blueprint(), 'web', any({ ...WEB, serviceType: 'clusterip' })),
      `WebService ${P}web': 'serviceType' ('clusterip') must be one of 'ClusterIP', 'NodePort', 'LoadBalancer': did you mean 'ClusterIP'?`],
  },
  Worker: {
    typo: [() => new Worker(blueprint(), 'mailer', any({ ...WORKER, enviroment: { A: '1' } })),
      `Worker ${P}mailer': 'enviroment' ({"A":"1"}) is not a prop of WorkerProps: none is close; see README.md for its 21 props`],
    wrongType: [() => new Worker(blueprint(), 'mailer', any({ ...WORKER, env: { PORT: 8080 } })),
      `Worker ${P}mailer': 'env.PORT' (8080) must be a string or an EnvValue`],
  },
};

/** Construct methods that take options objects (the value objects' are in test/values/prop-typos.test.ts). */
const METHODS: Record<string, Case> = {
  'BlueprintTesting.app': {
    typo: [() => BlueprintTesting.app(any({ check: [] })), "BlueprintApp '': 'check' ([]) is not a prop of BlueprintAppProps: did you mean 'checks'?"],
    wrongType: [() => BlueprintTesting.app(any({ checks: {} })), "BlueprintApp '': 'checks' ({}) must be an array"],
  },
  'Connections.allowFrom': {
    typo: [() => new Worker(blueprint(), 'mailer', WORKER).connections.allowFrom(Peer.namespace('monitoring'), any([{ prot: 9090 }])),
      `Worker ${P}mailer': 'ports[0].prot' (9090) is not a prop of PeerPort: did you mean 'ports[0].port'?`],
    wrongType: [() => new Worker(blueprint(), 'mailer', WORKER).connections.allowFrom(Peer.namespace('monitoring'), any([{ port: 9090, protocol: 'tcp' }])),
      `Worker ${P}mailer': 'ports[0].protocol' ('tcp') must be one of 'TCP', 'UDP', 'SCTP': did you mean 'TCP'?`],
  },
  'Connections.allowTo': {
    typo: [() => new Worker(blueprint(), 'mailer', WORKER).connections.allowTo(Peer.cidr('10.0.0.0/8'), any([{ port: 443, protcol: 'TCP' }])),
      `Worker ${P}mailer': 'ports[0].protcol' ('TCP') is not a prop of PeerPort: did you mean 'ports[0].protocol'?`],
    wrongType: [() => new Worker(blueprint(), 'mailer', WORKER).connections.allowTo(Peer.cidr('10.0.0.0/8'), any([{ port: '443' }])),
      `Worker ${P}mailer': 'ports[0].port' ('443') must be a number`],
  },
  'WebService.exposeViaIngress': {
    typo: [() => new WebService(blueprint(), 'web', WEB).exposeViaIngress(any({ host: 'shop.example.com', tlsSecrets: 'shop-tls' })),
      `WebService ${P}web': 'ingress.tlsSecrets' ('shop-tls') is not a prop of WebServiceExposeViaIngressOptions: did you mean 'ingress.tlsSecret'?`],
    wrongType: [() => new WebService(blueprint(), 'web', WEB).exposeViaIngress(any({ host: 'shop.example.com', pathType: 'prefix' })),
      `WebService ${P}web': 'ingress.pathType' ('prefix') must be one of 'Prefix', 'Exact', 'ImplementationSpecific': did you mean 'Prefix'?`],
  },
  'WebService.exposeViaGateway': {
    typo: [() => new WebService(blueprint(), 'web', WEB).exposeViaGateway(any({ gateway: { name: 'public', namespace: 'gw' }, hostnames: ['shop.example.com'], pathTyp: 'Exact' })),
      `WebService ${P}web': 'gateway.pathTyp' ('Exact') is not a prop of WebServiceExposeViaGatewayOptions: did you mean 'gateway.pathType'?`],
    wrongType: [() => new WebService(blueprint(), 'web', WEB).exposeViaGateway(any({ gateway: { name: 'public', namespace: 'gw' }, hostnames: 'shop.example.com' })),
      `WebService ${P}web': 'gateway.hostnames' ('shop.example.com') must be an array`],
  },
  'Workload.addVolumeMount': {
    typo: [() => new Worker(blueprint(), 'mailer', WORKER).addVolumeMount('cache', '/cache', { emptyDir: {} }, any({ readonly: true })),
      `Worker ${P}mailer': 'readonly' (true) is not a prop of Workload.addVolumeMount.options: did you mean 'readOnly'?`],
    wrongType: [() => new Worker(blueprint(), 'mailer', WORKER).addVolumeMount('cache', '/cache', { emptyDir: {} }, any({ subPath: 1 })),
      `Worker ${P}mailer': 'subPath' (1) must be a string`],
  },
  'Job.runsBefore': {
    typo: [() => {
      const shop = blueprint();
      new Job(shop, 'migrate', WORKER).runsBefore(new WebService(shop, 'users', WEB), any({ waitForCompletoin: true }));
    }, `Job ${P}migrate': 'waitForCompletoin' (true) is not a prop of JobRunsBeforeOptions: did you mean 'waitForCompletion'?`],
    wrongType: [() => {
      const shop = blueprint();
      new Job(shop, 'migrate', WORKER).runsBefore(new WebService(shop, 'users', WEB), any({ waitForCompletion: 'yes' }));
    }, `Job ${P}migrate': 'waitForCompletion' ('yes') must be a boolean`],
  },
  'WorkloadPermissions.grant': {
    typo: [() => new Worker(blueprint(), 'mailer', WORKER).permissions.grant(any({ resources: ['leases'], verb: ['get'] })),
      `Worker ${P}mailer': 'rule.verb' (["get"]) is not a prop of RbacRule: did you mean 'rule.verbs'?`],
    wrongType: [() => new Worker(blueprint(), 'mailer', WORKER).permissions.grant({ resources: ['leases'], verbs: ['get'] }, any({ apiServer: { cidrs: '10.0.0.1/32' } })),
      `Worker ${P}mailer': 'apiServer.cidrs' ('10.0.0.1/32') must be an array`],
  },
  'WorkloadPermissions.grantCluster': {
    typo: [() => new Worker(blueprint(), 'mailer', WORKER).permissions.grantCluster(any({ resources: ['nodes'], verbs: ['get'], apiGroup: [''] })),
      `Worker ${P}mailer': 'rule.apiGroup' ([""]) is not a prop of RbacRule: did you mean 'rule.apiGroups'?`],
    wrongType: [() => new Worker(blueprint(), 'mailer', WORKER).permissions.grantCluster(any({ resources: 'nodes', verbs: ['get'] })),
      `Worker ${P}mailer': 'rule.resources' ('nodes') must be an array`],
  },
  'WorkloadPermissions.grantForInitContainers': {
    typo: [() => new Worker(blueprint(), 'mailer', WORKER).permissions.grantForInitContainers(any({ resources: ['jobs'], verbs: ['get'], resourceName: ['x'] })),
      `Worker ${P}mailer': 'rule.resourceName' (["x"]) is not a prop of RbacRule: did you mean 'rule.resourceNames'?`],
    wrongType: [() => new Worker(blueprint(), 'mailer', WORKER).permissions.grantForInitContainers(any({ resources: ['jobs'], verbs: 'get' })),
      `Worker ${P}mailer': 'rule.verbs' ('get') must be an array`],
  },
  'WorkloadPermissions.grantInNamespace': {
    typo: [() => new Worker(blueprint(), 'mailer', WORKER).permissions.grantInNamespace('velero', any({ resources: ['restores'], verbs: ['get'], resourceName: ['x'] })),
      `Worker ${P}mailer': 'rule.resourceName' (["x"]) is not a prop of RbacRule: did you mean 'rule.resourceNames'?`],
    wrongType: [() => new Worker(blueprint(), 'mailer', WORKER).permissions.grantInNamespace('velero', any({ resources: ['restores'], verbs: 'get' })),
      `Worker ${P}mailer': 'rule.verbs' ('get') must be an array`],
  },
  'WorkloadPermissions.grantRead': {
    typo: [() => new Worker(blueprint(), 'mailer', WORKER).permissions.grantRead(['pods'], any({ apiGroup: [''] })),
      `Worker ${P}mailer': 'apiGroup' ([""]) is not a prop of WorkloadPermissionsGrantReadOptions: did you mean 'apiGroups'?`],
    wrongType: [() => new Worker(blueprint(), 'mailer', WORKER).permissions.grantRead(['pods'], any({ resourceNames: 'x' })),
      `Worker ${P}mailer': 'resourceNames' ('x') must be an array`],
  },
  'Workload.connectTo': {
    typo: [() => {
      const shop = blueprint();
      new Worker(shop, 'mailer', WORKER).connectTo(new WebService(shop, 'users', WEB), any({ waitForReadiness: true }));
    }, `Worker ${P}mailer': 'waitForReadiness' (true) is not a prop of WorkloadConnectToOptions: did you mean 'waitForReady'?`],
    wrongType: [() => {
      const shop = blueprint();
      new Worker(shop, 'mailer', WORKER).connectTo(new WebService(shop, 'users', WEB), any({ envNames: { URL: 1 } }));
    }, `Worker ${P}mailer': 'envNames.URL' (1) must be a string`],
  },
};

/** Internal methods the table lists that users do not call. */
// Methods of value objects outside lib/values: BackupMethod (lib/data/backup) checks its options in its factory.
const NOT_CONSTRUCT_METHODS = ['BackupMethod.command', 'BackupMethod.engineFor', 'BackupMethod.sqlite', 'SelectorIndex.match'];

describe('every construct checks its props', () => {
  test('every constructor in the generated table has a case', () => {
    expect(Object.keys(CONSTRUCTS).sort()).toEqual(Object.keys(CONSTRUCTOR_PROPS).sort());
  });

  describe.each(Object.entries(CONSTRUCTS))('%s', (_name, c) => {
    test('a misspelt prop', () => expect(c.typo[0]).toFail(c.typo[1]));
    test('a prop of the wrong type', () => expect(c.wrongType[0]).toFail(c.wrongType[1]));
  });
});

describe('every construct method checks its options', () => {
  test('every method outside the value objects in the generated table has a case', () => {
    const methods = Object.entries(METHOD_OPTIONS).filter(([, m]) => !/^lib\/(values|mesh|images)\//.test(m.file)).map(([name]) => name);
    expect([...Object.keys(METHODS), ...NOT_CONSTRUCT_METHODS].sort()).toEqual(methods.sort());
  });

  describe.each(Object.entries(METHODS))('%s', (_name, c) => {
    test('a misspelt option', () => expect(c.typo[0]).toFail(c.typo[1]));
    test('an option of the wrong type', () => expect(c.wrongType[0]).toFail(c.wrongType[1]));
  });
});

describe('a recorded prop mistake', () => {
  test('fails synthesis with rule props, and the prop left out takes its default', () => {
    // GIVEN
    const shop = blueprint();
    const web = new WebService(shop, 'web', any({ ...WEB, servicePort: '80', healthCheck: HealthCheck.tcp() }));

    // THEN
    expect(web.servicePort).toBe(80);
    expect(() => BlueprintTesting.synth(shop)).toThrow([
      'Validation failed: 2 errors; nothing was written.',
      "  ✗ [props] shop-production/web: 'servicePort' ('80') must be a number",
      "  ✗ [props] shop-production/web: 'healthCheck' (a HealthCheck) is not a prop of WebServiceProps: did you mean 'health'?",
    ].join('\n'));
  });

  test('a required prop missing stops the construct: thrown once, recorded', () => {
    expect(() => new Worker(blueprint(), 'mailer', any({ health: HealthCheck.exec(['true']) })))
      .toThrow("Worker 'shop-production/mailer': 'image' is required");
    expect(IMAGE).toBeDefined();
  });

  test('the escape hatch types still pass through', () => {
    expect(new Worker(blueprint(), 'mailer', WORKER).workloadObject).toBeInstanceOf(ApiObject);
  });
});
