/**
 * Seed 004's user service (Rust, REST CRUD on /users, configured by HOST, PORT and DATABASE_URL) with its
 * PostgreSQL, for development, staging and production: relations with least-privilege networking, an ingress,
 * autoscaling, encrypted daily backups with a weekly restore drill in production, the seed's traffic policy in
 * the Istio mesh, and Prometheus metrics; deployed by Argo CD or Flux (dist/gitops/) in dependency order.
 */
import {
  AlertPolicy,
  BackupEncryption, BackupPolicy, BackupTools, Blueprint, BlueprintApp, Build, Duration, Environment, GeneratedCredentials,
  GitOps, GitOpsCluster, GitRevision, Image, ImageSigning, Job, LoadBalancer, Postgres, ProvidedSecret, ResourceProfile, ScalingPolicy, Schedule, Size, TrafficPolicy, WebService,
} from '../lib/index';

/** The users table, as the service creates it (test/fixtures/services/rust-apps/user-service/src/main.rs). */
const USERS_SCHEMA = 'CREATE TABLE IF NOT EXISTS users (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL)';

export function userService(app: BlueprintApp): BackupTools {
  const tools = new BackupTools(app, 'backup-tools', {
    repository: 'registry.example.com/platform/backup-tools', tag: '1.0.0',
    // the platform team's workflow builds and signs it: production admits the backup jobs' image only signed by it
    signing: ImageSigning.githubActions({ repository: 'example/platform', workflow: '.github/workflows/backup-tools.yml' }),
  });
  // Built in the workspace test/fixtures/services/rust-apps, which it shares with the other service: cargo loads every
  // member, so the build copies all three (the shared crate http-json, rust-sqlite, user-service). Its crates
  // (tokio-postgres, hyper, tokio, serde_json) are vendored in the context (scripts/vendor-rust.sh): built offline.
  const image = new Image(app, 'user-service', {
    build: Build.rust({
      binary: 'user-service', sources: ['http-json', 'rust-sqlite', 'user-service'], port: 8080, healthPath: '/healthz',
      title: 'user-service', description: 'Seed 004: user service on PostgreSQL (actix-web in the seed; hyper and tokio-postgres here)',
      dependencies: { kind: 'vendored' },
      // distroless has no shell and no curl: the binary checks itself (GET the URL, exit 0 on 2xx/3xx, else 1)
      healthcheckCommand: ['/usr/local/bin/user-service', '--healthcheck', 'http://127.0.0.1:8080/healthz'],
    }),
    repository: 'registry.example.com/shop/user-service',
    signing: ImageSigning.githubActions({ repository: 'example/shop' }),
    tag: '1.4.2',
    context: 'test/fixtures/services/rust-apps',
  });

  const shops: Blueprint[] = [];
  for (const env of [Environment.development(), Environment.staging(), Environment.production()]) {
    // Production watches what it promises: a PrometheusRule shop-alerts (backup freshness, drill, crash loops, HPA at max, volumes).
    const shop = new Blueprint(app, `shop-${env.name}`, { environment: env, mesh: env.name !== 'development', ...(env.isProduction ? { alerts: AlertPolicy.prometheus() } : {}) });
    shops.push(shop);
    // The database's password is generated in the cluster and written nowhere else; the user name is a literal.
    const credentials = new GeneratedCredentials(shop, 'user-db-credentials', { username: 'user_service' }).secret;
    // The backups' age key pair is the platform team's: its identity must outlive the cluster, to restore the
    // backups after losing it, so it is not generated here. Development keeps no backups and needs none.
    const backupKeys = env.name === 'development' ? undefined : new ProvidedSecret(shop, 'user-db-backup-age', {
      keys: ['recipients', 'identity'],
      providedBy: 'the platform team: one age key pair per environment, sealed-secrets in platform/backup-keys (see its RUNBOOK.md)',
    }).secret;
    const encryption = backupKeys && BackupEncryption.age({ recipients: backupKeys.keyRef('recipients'), identity: backupKeys.keyRef('identity') });

    const db = new Postgres(shop, 'user-db', {
      credentials,
      database: 'users',
      storage: env.select({ production: Size.gibibytes(50), default: Size.gibibytes(5) }),
      backupTools: tools,
      backup: env.select<BackupPolicy | undefined>({
        production: BackupPolicy.daily({ retention: Duration.days(14), encryption, restoreDrill: Schedule.weekly('sunday', { hour: 5 }) }, { hour: 2 }),
        staging: BackupPolicy.daily({ retention: Duration.days(3), encryption }, { hour: 3 }),
        development: undefined,
        default: undefined,
      }),
    });

    const users = new WebService(shop, 'user-service', {
      image,
      env: { HOST: '0.0.0.0', PORT: '8080', RUST_LOG: env.select({ production: 'info', default: 'debug' }) },
      scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 10, cpuUtilization: 70 }),
      allowFromApplication: false,
      ingress: { host: env.select({ production: 'api.shop.example.com', default: `api.${env.name}.shop.example.com` }), tlsSecret: 'shop-api-tls', path: '/users' },
      metrics: { port: 9090 },
      // Seed 004's traffic policy: round robin; circuit breaker after 5 failures, at most half the hosts ejected,
      // 30 s recovery; 3 retries on 5xx and connect-failure, 1 s each; 5 s request and 60 s idle timeouts.
      ...(shop.mesh ? {
        trafficPolicy: TrafficPolicy.of({
          loadBalancer: LoadBalancer.roundRobin(),
          circuitBreaker: { consecutiveErrors: 5, maxEjectionPercent: 50, baseEjectionTime: Duration.seconds(30) },
          retries: { attempts: 3, perTryTimeout: Duration.seconds(1), retryOn: ['5xx', 'connect-failure'] },
          timeout: Duration.seconds(5),
          connectionPool: { idleTimeout: Duration.seconds(60) },
        }),
      } : {}),
    });
    users.connectTo(db, { envNames: { URL: 'DATABASE_URL' }, waitForReady: true });

    // The schema, created once per release before the service starts, by psql from the database's own image (the
    // service's binary has no migrate mode: it runs the same idempotent statement when it connects). psql reads the
    // connection from libpq's PG* variables, so a generated password needs no URL encoding. In the mesh the Job keeps
    // a native sidecar (the database requires mutual TLS) that the kubelet stops when psql exits.
    const migrate = new Job(shop, 'user-db-migrate', {
      image: 'postgres:15.10-bookworm',
      command: ['psql', '--no-psqlrc', '--set=ON_ERROR_STOP=1', '--command', USERS_SCHEMA],
      resources: ResourceProfile.nano(),
      backoffLimit: 4,
      activeDeadline: Duration.minutes(10),
      ...(shop.mesh ? { meshSidecar: 'native' as const } : {}),
    });
    migrate.connectTo(db, {
      envNames: { HOST: 'PGHOST', PORT: 'PGPORT', USER: 'PGUSER', PASSWORD: 'PGPASSWORD', DATABASE: 'PGDATABASE', URL: 'PGURL' },
      waitForReady: true,
    });
    // The service's pods wait in Init until the migration has completed (kubectl wait, with a token of their own and
    // a Role on that one Job); the Job comes first in the output, and so in the deployer's order.
    migrate.runsBefore(users, { waitForCompletion: true });
  }

  // Deployed from the committed dist/ by Argo CD or Flux in a management cluster, one cluster per environment, in
  // the order the relations give: the namespace first, then the database, then the service that connects to it.
  new GitOps(app, 'shop-deploy', {
    repoURL: 'https://github.com/example/shop-deploy.git',
    revision: GitRevision.branch('main'),
    engine: 'both',
    blueprints: shops,
    clusters: {
      development: GitOpsCluster.remote({ server: 'https://dev.k8s.example.com:6443', kubeConfigSecret: 'dev-kubeconfig' }),
      staging: GitOpsCluster.remote({ server: 'https://staging.k8s.example.com:6443', kubeConfigSecret: 'staging-kubeconfig' }),
      production: GitOpsCluster.remote({ server: 'https://prod.k8s.example.com:6443', kubeConfigSecret: 'prod-kubeconfig' }),
    },
  });
  return tools;
}
