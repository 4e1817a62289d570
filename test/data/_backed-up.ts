/**
 * Fixtures of the stateful-service and backup-jobs tests: a blueprint with BackupTools, a Postgres 'db' and a Redis
 * 'cache' backed up by a policy (daily, 14 days, age-encrypted by default), and lookups into their jobs.
 * Every Secret they read is provisioned or declared in the blueprint, as the shop's app does it (the gate's
 * secret-refs): the credentials generated in the cluster (`dbCredentials`, `cacheAuth`), and the Secrets a backup
 * policy's jobs read (`shopWithTools` declares them for its policy): the age key pair as the platform team's, the
 * bucket's keys from Vault.
 * Not a test file: jest only runs it through the tests that import it.
 */
import {
  BackupEncryption, BackupPolicy, BackupTools, Blueprint, BlueprintTesting, Duration, Environment, ExternalSecret, GeneratedCredentials, ImageSigning, Postgres,
  ProvidedSecret, Redis, ResourceProfile, SecretRef,
} from '../../lib';
import { objectOf, podTemplate, selector } from '../_helpers';

/** The Secrets the fixtures read, by name and keys (what `dbCredentials`, `cacheAuth` and `shopWithTools` provision). */
export const CREDENTIALS = SecretRef.existing('db-credentials', ['username', 'password']);
export const CACHE_AUTH = SecretRef.existing('cache-auth', ['password']);
export const AGE = SecretRef.existing('db-backup-age', ['recipients', 'identity']);
export const ENCRYPTION = BackupEncryption.age({ recipients: AGE.keyRef('recipients'), identity: AGE.keyRef('identity') });
export const S3_KEYS = SecretRef.existing('backup-s3', ['accessKeyId', 'secretAccessKey']);
export const TOOLS_IMAGE = 'registry.example.com/platform/backup-tools:1.0.0';
/** Who creates the age key pair: it must outlive the cluster, or no backup could be restored after losing it. */
export const AGE_PROVIDED_BY = 'the platform team: one age key pair per environment, sealed-secrets in platform/backup-keys';

/** 14 days, daily at 02:00 UTC, age-encrypted: what production wants. */
export function daily(options: Partial<Parameters<typeof BackupPolicy.daily>[0]> = {}): BackupPolicy {
  return BackupPolicy.daily({ retention: Duration.days(14), encryption: ENCRYPTION, ...options });
}

/** The database's credentials, generated in the cluster once per blueprint (GeneratedCredentials 'db-credentials', user 'app'). */
export function dbCredentials(shop: Blueprint): SecretRef {
  const existing = shop.node.tryFindChild(CREDENTIALS.name);
  return (existing instanceof GeneratedCredentials ? existing : new GeneratedCredentials(shop, CREDENTIALS.name, { username: 'app' })).secret;
}

/** The cache's password, generated in the cluster once per blueprint (GeneratedCredentials 'cache-auth'). */
export function cacheAuth(shop: Blueprint): SecretRef {
  const existing = shop.node.tryFindChild(CACHE_AUTH.name);
  return (existing instanceof GeneratedCredentials ? existing : new GeneratedCredentials(shop, CACHE_AUTH.name)).secret;
}

/**
 * Declares in `shop` the Secrets the jobs of `policy` read, as the app declares them: the age key pair (`AGE`) as
 * provided by the platform team, the bucket's keys (`S3_KEYS`) copied from Vault by an ExternalSecret. A policy
 * reading any other Secret is the test's to declare.
 */
export function declareBackupSecrets(shop: Blueprint, policy: BackupPolicy): void {
  const names = new Set<string>();
  if (policy.encryption?.kind === 'age') for (const ref of [policy.encryption.recipients, policy.encryption.identity]) if (ref) names.add(ref.secret.name);
  if (!policy.isDisabled && policy.destination.spec.kind === 's3') names.add(policy.destination.spec.accessKeyId.secret.name).add(policy.destination.spec.secretAccessKey.secret.name);
  if (names.has(AGE.name)) new ProvidedSecret(shop, AGE.name, { keys: [...AGE.keys], providedBy: AGE_PROVIDED_BY });
  if (names.has(S3_KEYS.name)) {
    new ExternalSecret(shop, S3_KEYS.name, {
      store: 'vault', storeKind: 'ClusterSecretStore',
      data: { accessKeyId: { key: 'shop/backup-s3', property: 'access-key-id' }, secretAccessKey: { key: 'shop/backup-s3', property: 'secret-access-key' } },
    });
  }
}

export interface Setup {
  readonly env?: Environment;
  readonly mesh?: boolean;
  readonly backup?: BackupPolicy;
  readonly resources?: ResourceProfile;
}

/** `shop-<env>` with BackupTools in its app, and the Secrets of `setup.backup` (default: `daily()`) declared. */
export function shopWithTools(setup: Setup = {}): { shop: Blueprint; tools: BackupTools } {
  const env = setup.env ?? Environment.production();
  const app = BlueprintTesting.app();
  // signed: production runs an Image built here only signed (image-signed-in-production)
  const tools = new BackupTools(app, 'backup-tools', { repository: 'registry.example.com/platform/backup-tools', signing: ImageSigning.githubActions({ repository: 'example/platform' }) });
  const shop = new Blueprint(app, `shop-${env.name}`, { environment: env, mesh: setup.mesh });
  declareBackupSecrets(shop, setup.backup ?? daily());
  return { shop, tools };
}

/** A Postgres 'db' backed up by `setup.backup` (default: daily, encrypted) and its objects. */
export function backedUp(setup: Setup = {}): { db: Postgres; objects: any[]; shop: Blueprint } {
  const { shop, tools } = shopWithTools(setup);
  const db = new Postgres(shop, 'db', { credentials: dbCredentials(shop), backupTools: tools, backup: setup.backup ?? daily(), resources: setup.resources });
  return { db, objects: BlueprintTesting.synth(shop), shop };
}

/** A Redis 'cache' backed up by `setup.backup` and its objects. */
export function cacheBackedUp(setup: Setup = {}): { cache: Redis; objects: any[] } {
  const { shop, tools } = shopWithTools(setup);
  const cache = new Redis(shop, 'cache', { credentials: cacheAuth(shop), backupTools: tools, backup: setup.backup ?? daily() });
  return { cache, objects: BlueprintTesting.synth(shop) };
}

export const job = (objects: any[], name: string) => objectOf(objects, 'CronJob', name);
export const pod = (cronJob: any) => podTemplate(cronJob);
export const jobContainer = (cronJob: any) => pod(cronJob).spec.containers[0];
export const fromPods = (name: string, env = 'production') => ({ podSelector: { matchLabels: selector(name, env) } });
