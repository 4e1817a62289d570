/**
 * The user service's migration Job (apps/user-service.ts) run as its manifest runs it, against a real PostgreSQL 15
 * (Debian's, `bash scripts/ci/services.sh`): the container's command and env taken from the synthesized Job, the
 * Secret references resolved to what the cluster's generated Secret holds, as the Job's user (when this process is
 * root), with only PGHOST and PGPORT pointed at the test server instead of user-db.shop.svc:5432. It creates the
 * table the service reads and writes, a second run (a retry, the next release) changes nothing, and a failure exits
 * non-zero so the Job retries.
 */
import { BlueprintApp, BlueprintTesting } from '../../lib/index';
import { userService } from '../../apps/user-service';
import { PG_BIN, PgServer, run, SCRIPT_PATH, startPostgres, tempDir } from '../data/backup/_servers';

/** The GeneratedCredentials' literal user name (apps/user-service.ts) and a password of the generator's alphabet. */
const DB_USER = 'user_service';
const DB_PASSWORD = 'Hq4Zt7Wm2Kx9Rb3Nv6Jc8Lp5Dg1Fs0Ae';

/** The synthesized production Job and the user service's Deployment. */
function production(): { job: any; deployment: any } {
  const app = BlueprintTesting.app() as BlueprintApp;
  userService(app);
  const objects = app.synthesize().objects.filter((o: any) => o.blueprint === 'shop-production').map((o: any) => o.json);
  const job = objects.find((o: any) => o.kind === 'Job');
  return { job, deployment: objects.find((o: any) => o.kind === 'Deployment' && o.metadata.name === 'user-service') };
}

/** The container's env as the kubelet gives it: values, and Secret keys from the test's Secret. */
function containerEnv(container: any, secrets: Record<string, Record<string, string>>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const e of container.env) {
    const ref = e.valueFrom?.secretKeyRef;
    const value = ref ? secrets[ref.name]?.[ref.key] : e.value;
    if (value === undefined) throw new Error(`env ${e.name}: no value in the test for ${JSON.stringify(e.valueFrom)}`);
    // Kubernetes expands $(VAR) of variables defined before this one.
    env[e.name] = value.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m: string, name: string) => env[name] ?? m);
  }
  return env;
}

describe('the user service\'s migration Job on PostgreSQL 15', () => {
  let pg: PgServer;
  const { job, deployment } = production();
  const pod = job.spec.template.spec;
  const container = pod.containers[0];
  const secrets = { 'user-db-credentials': { username: DB_USER, password: DB_PASSWORD } };

  beforeAll(async () => {
    pg = await startPostgres({ uid: pod.securityContext.runAsUser, gid: pod.securityContext.runAsGroup });
    await pg.psql('postgres', `CREATE ROLE ${DB_USER} LOGIN PASSWORD '${DB_PASSWORD}'`);
    await pg.psql('postgres', `CREATE DATABASE users OWNER ${DB_USER}`);
  }, 120_000);
  afterAll(async () => pg?.stop());

  /** Runs the Job's container command as its manifest gives it (PGHOST/PGPORT: the test server). */
  async function runMigration(override: Record<string, string> = {}) {
    const env = { ...containerEnv(container, secrets), PGHOST: pg.host, PGPORT: String(pg.port), ...override };
    const [cmd, ...args] = container.command;
    const runAs = { uid: container.securityContext.runAsUser, gid: container.securityContext.runAsGroup };
    // HOME as a read-only root filesystem leaves it: a directory psql may not write (it writes nothing with --command).
    return run(`${PG_BIN}/${cmd}`, args, { env: { PATH: SCRIPT_PATH, HOME: '/nonexistent', ...env }, runAs, cwd: tempDir('migrate') });
  }

  test('the manifest: psql with the PG* variables from the database\'s relation, waiting for it first', () => {
    expect(container.command.slice(0, 4)).toEqual(['psql', '--no-psqlrc', '--set=ON_ERROR_STOP=1', '--command']);
    expect(container.env.map((e: any) => e.name)).toEqual(['PGHOST', 'PGPORT', 'PGUSER', 'PGPASSWORD', 'PGDATABASE', 'PGURL']);
    expect(pod.initContainers.map((c: any) => c.name)).toEqual(['wait-for-user-db']);
    expect(deployment.spec.template.spec.initContainers.map((c: any) => c.name)).toEqual(['wait-for-user-db', `wait-for-job-${job.metadata.name}`]);
  });

  test('creates the users table the service uses, as the Job\'s user; a second run changes nothing', async () => {
    // WHEN
    const first = await runMigration();
    const second = await runMigration();

    // THEN
    expect([first.code, first.stderr]).toEqual([0, '']);
    expect(first.stdout.trim()).toEqual('CREATE TABLE');
    expect(second.code).toEqual(0);
    expect(second.stderr).toMatch(/relation "users" already exists, skipping/);
    const columns = await pg.psql('users', "SELECT column_name || ' ' || data_type || ' ' || is_nullable FROM information_schema.columns WHERE table_name = 'users' ORDER BY ordinal_position");
    expect(columns.trim().split('\n')).toEqual(['id bigint NO', 'name text NO', 'email text NO']);
    expect((await pg.psql('users', "SELECT tableowner FROM pg_tables WHERE tablename = 'users'")).trim()).toEqual(DB_USER);
    // What the service then does with it (test/fixtures/services/rust-apps/user-service/src/main.rs)
    const env = { PATH: SCRIPT_PATH, ...pg.env('users'), PGUSER: DB_USER, PGPASSWORD: DB_PASSWORD };
    const insert = await run(`${PG_BIN}/psql`, ['-XAtq', '-c', "INSERT INTO users (name, email) VALUES ('Ada', 'ada@example.com') RETURNING id"], { env });
    expect([insert.code, insert.stdout.trim()]).toEqual([0, '1']);
  });

  test('a failure exits non-zero, so the Job retries (backoffLimit) instead of completing', async () => {
    // WHEN
    const wrong = await runMigration({ PGPASSWORD: 'not-the-password' });

    // THEN
    expect(wrong.code).toEqual(2);
    expect(wrong.stderr).toMatch(/password authentication failed for user "user_service"/);
    expect(job.spec.backoffLimit).toEqual(4);
  });
});
