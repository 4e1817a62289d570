import { Construct } from 'constructs';
import { checkedProps } from '../k8s/_construct-props';
import { propError } from '../values/_errors';
import { childPath, recordedAt } from '../k8s/_recorded-errors';
import { Blueprint } from '../blueprint/blueprint';
import { SecretRef } from '../values/secret-ref';
import { StatefulService, StatefulServiceProps } from './stateful-service';
import { EnvValue } from '../values/env-value';
import { HealthCheck } from '../values/health-check';
import { backupScripts } from './backup/_scripts';

/** The official PostgreSQL image this library pins (its Debian client tools are 15 too). */
export const POSTGRES_IMAGE = 'postgres:15.10-bookworm';

/**
 * The readiness (and startup) check: the server accepts connections over TCP, the way clients connect.
 * pg_isready exits 0 only when the server accepts connections.
 */
const POSTGRES_READINESS = ['sh', '-c', 'pg_isready -h 127.0.0.1 -p 5432 -U "$POSTGRES_USER" -d "$POSTGRES_DB"'];
/**
 * The liveness check: the postmaster answers on its Unix socket, even if only to reject connections (pg_isready
 * exits 1 while the server starts, recovers or shuts down, 2 when nothing answers, 3 when it could not try).
 */
const POSTGRES_LIVENESS = ['sh', '-c', 'pg_isready -q -h /var/run/postgresql -p 5432 -U "$POSTGRES_USER" -d "$POSTGRES_DB"; [ $? -le 1 ]'];

/** Props for `Postgres`. */
export interface PostgresProps extends StatefulServiceProps {
  /** An existing Secret with the superuser's name and password. */
  readonly credentials: SecretRef;
  /** @default 'username' */
  readonly usernameKey?: string;
  /** @default 'password' */
  readonly passwordKey?: string;
  /**
   * The database created on first start.
   * @default 'app'
   */
  readonly database?: string;
}

/**
 * PostgreSQL on a StatefulSet, with the hardened pod of every workload: UID/GID 10001, which the official image runs
 * as with a writable data volume (the pod's fsGroup makes it group-writable; the image's entrypoint initializes
 * PGDATA as that user, through nss_wrapper, since UID 10001 has no entry in the image's /etc/passwd), a read-only
 * root filesystem with `emptyDir`s at /var/run/postgresql and /tmp, all capabilities dropped. Credentials come
 * from an existing Secret; clients that `connectTo` it get `<PREFIX>_HOST`, `_PORT`, `_USER`, `_PASSWORD` (Secret
 * references), `_DATABASE` and `_URL` (`postgres://$(…_USER):$(…_PASSWORD)@host:5432/db`, expanded by the kubelet).
 *
 * Probes: readiness (and startup) is `pg_isready` over TCP on 127.0.0.1:5432 for the user and database, which
 * fails until the entrypoint's initialization is done (its temporary server listens on no TCP address) and while
 * the server rejects connections (starting, recovering, shutting down); liveness is `pg_isready` on the Unix socket
 * in /var/run/postgresql, which passes as long as the postmaster answers at all, even to reject — so a long crash
 * recovery takes the pod out of rotation without restarting it.
 *
 * One primary, no replication: for HA use an operator (CloudNativePG). Backups are logical `pg_dump -Fc` dumps.
 *
 * @example
 * const db = new Postgres(shop, 'user-db', {
 *   credentials: SecretRef.existing('user-db-credentials', ['username', 'password']),
 *   database: 'users', storage: Size.gibibytes(20), backupTools: tools,
 *   backup: BackupPolicy.daily({ retention: Duration.days(14), encryption: BackupEncryption.age({ recipients, identity }) }),
 * });
 */
export class Postgres extends StatefulService {
  public readonly database: string;
  public readonly credentials: SecretRef;
  private readonly usernameKey: string;
  private readonly passwordKey: string;

  constructor(scope: Construct, id: string, props: PostgresProps) {
    props = checkedProps('Postgres', scope, id, props);
    const usernameKey = props.usernameKey ?? 'username';
    const passwordKey = props.passwordKey ?? 'password';
    const database = props.database ?? 'app';
    const path = childPath(scope, id);
    const check = <T>(fn: () => T, fallback: T) => recordedAt(scope, path, 'Postgres', fn, fallback);
    check(() => {
      if (!/^[a-z_][a-z0-9_]{0,62}$/.test(database)) throw propError('database', database, 'must be a lowercase SQL identifier (letters, digits, \'_\'), at most 63 characters');
    }, undefined);
    const user = check(() => EnvValue.fromSecret(props.credentials, usernameKey), INVALID_REF);
    const password = check(() => EnvValue.fromSecret(props.credentials, passwordKey), INVALID_REF);
    super(scope, id, 'Postgres', 'database', {
      ...props,
      image: props.image ?? POSTGRES_IMAGE,
      env: { POSTGRES_USER: user, POSTGRES_PASSWORD: password, POSTGRES_DB: database, PGDATA: '/var/lib/postgresql/data/pgdata', ...props.env },
      writablePaths: ['/var/run/postgresql', ...(props.writablePaths ?? [])],
    }, {
      port: 5432, portName: 'postgres', dataPath: '/var/lib/postgresql/data',
      health: HealthCheck.exec(POSTGRES_READINESS, { liveness: HealthCheck.exec(POSTGRES_LIVENESS) }),
      backup: {
        name: 'postgres',
        fileExtension: '.pgdump',
        scripts: backupScripts().ENGINE_SCRIPTS.postgres,
        // libpq reads these: pg_dump, pg_restore, psql, createdb and dropdb connect without arguments.
        clientEnv: { PGHOST: `${id}.${Blueprint.of(scope).namespaceName}.svc`, PGPORT: '5432', PGUSER: user, PGPASSWORD: password, PGDATABASE: database },
        // The restore and the drill restore through the server (the drill into a scratch database).
        drillConnectsToServer: true,
      },
    });
    this.database = database;
    this.credentials = props.credentials;
    this.usernameKey = usernameKey;
    this.passwordKey = passwordKey;
  }

  protected connectionEnv(nameOf: (suffix: string) => string): Array<[string, EnvValue]> {
    return [
      ['USER', this.credentials.keys.includes(this.usernameKey) ? EnvValue.fromSecret(this.credentials, this.usernameKey) : INVALID_REF],
      ['PASSWORD', this.credentials.keys.includes(this.passwordKey) ? EnvValue.fromSecret(this.credentials, this.passwordKey) : INVALID_REF],
      ['DATABASE', EnvValue.fromValue(this.database)],
      ['URL', EnvValue.fromValue(`postgres://$(${nameOf('USER')}):$(${nameOf('PASSWORD')})@${this.host}:${this.port}/${this.database}`)],
    ];
  }
}

/** Stands in for a Secret key that is not declared (the mistake is recorded; nothing is written). */
const INVALID_REF = EnvValue.fromValue('undeclared-secret-key');
