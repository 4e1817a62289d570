/**
 * Fixtures of the stateful-service and backup-jobs tests: a blueprint with BackupTools, a Postgres 'db' and a Redis
 * 'cache' backed up by a policy (daily, 14 days, age-encrypted by default), and lookups into their jobs.
 * Not a test file: jest only runs it through the tests that import it.
 */
import {
  BackupEncryption, BackupPolicy, BackupTools, Blueprint, BlueprintTesting, Duration, Environment, Postgres, Redis, ResourceProfile, SecretRef,
} from '../../lib';
import { objectOf, podTemplate, selector } from '../_helpers';

export const CREDENTIALS = SecretRef.existing('db-credentials', ['username', 'password']);
export const CACHE_AUTH = SecretRef.existing('cache-auth', ['password']);
export const AGE = SecretRef.existing('db-backup-age', ['recipients', 'identity']);
export const ENCRYPTION = BackupEncryption.age({ recipients: AGE.keyRef('recipients'), identity: AGE.keyRef('identity') });
export const S3_KEYS = SecretRef.existing('backup-s3', ['accessKeyId', 'secretAccessKey']);
export const TOOLS_IMAGE = 'registry.example.com/platform/backup-tools:1.0.0';

/** 14 days, daily at 02:00 UTC, age-encrypted: what production wants. */
export function daily(options: Partial<Parameters<typeof BackupPolicy.daily>[0]> = {}): BackupPolicy {
  return BackupPolicy.daily({ retention: Duration.days(14), encryption: ENCRYPTION, ...options });
}

export interface Setup {
  readonly env?: Environment;
  readonly mesh?: boolean;
  readonly backup?: BackupPolicy;
  readonly resources?: ResourceProfile;
}

/** `shop-<env>` with BackupTools in its app. */
export function shopWithTools(setup: Setup = {}): { shop: Blueprint; tools: BackupTools } {
  const env = setup.env ?? Environment.production();
  const app = BlueprintTesting.app();
  const tools = new BackupTools(app, 'backup-tools', { repository: 'registry.example.com/platform/backup-tools' });
  const shop = new Blueprint(app, `shop-${env.name}`, { environment: env, mesh: setup.mesh });
  return { shop, tools };
}

/** A Postgres 'db' backed up by `setup.backup` (default: daily, encrypted) and its objects. */
export function backedUp(setup: Setup = {}): { db: Postgres; objects: any[]; shop: Blueprint } {
  const { shop, tools } = shopWithTools(setup);
  const db = new Postgres(shop, 'db', { credentials: CREDENTIALS, backupTools: tools, backup: setup.backup ?? daily(), resources: setup.resources });
  return { db, objects: BlueprintTesting.synth(shop), shop };
}

/** A Redis 'cache' backed up by `setup.backup` and its objects. */
export function cacheBackedUp(setup: Setup = {}): { cache: Redis; objects: any[] } {
  const { shop, tools } = shopWithTools(setup);
  const cache = new Redis(shop, 'cache', { credentials: CACHE_AUTH, backupTools: tools, backup: setup.backup ?? daily() });
  return { cache, objects: BlueprintTesting.synth(shop) };
}

export const job = (objects: any[], name: string) => objectOf(objects, 'CronJob', name);
export const pod = (cronJob: any) => podTemplate(cronJob);
export const jobContainer = (cronJob: any) => pod(cronJob).spec.containers[0];
export const fromPods = (name: string, env = 'production') => ({ podSelector: { matchLabels: selector(name, env) } });
