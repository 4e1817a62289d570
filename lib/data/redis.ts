import { Construct } from 'constructs';
import { checkedProps } from '../k8s/_construct-props';
import { Blueprint } from '../blueprint/blueprint';
import { childPath, recordedAt } from '../k8s/_recorded-errors';
import { SecretRef } from '../values/secret-ref';
import { StatefulService, StatefulServiceProps } from './stateful-service';
import { EnvValue } from '../values/env-value';
import { HealthCheck } from '../values/health-check';
import { backupScripts } from './backup/_scripts';

/** The official Redis image this library pins (Debian bookworm's redis-tools are 7.0 too). */
export const REDIS_IMAGE = 'redis:7.0.15-bookworm';

/** Props for `Redis`. */
export interface RedisProps extends StatefulServiceProps {
  /** An existing Secret holding the password clients authenticate with. */
  readonly credentials: SecretRef;
  /** @default 'password' */
  readonly passwordKey?: string;
}

/**
 * The readiness (and startup) check: PING answers PONG. While Redis loads its data set it answers LOADING, so the
 * pod is not ready until the data is in memory.
 */
const REDIS_READINESS = ['sh', '-c', 'redis-cli -a "$REDIS_PASSWORD" --no-auth-warning ping | grep -q PONG'];
/**
 * The liveness check: the server's event loop answers PING, with PONG or, while it loads its data set, LOADING —
 * a Redis loading a large AOF is alive, not hung. (A tcpSocket probe would pass even for a hung server: the kernel
 * completes the handshake from the listen backlog without Redis.)
 */
const REDIS_LIVENESS = ['sh', '-c', 'redis-cli -a "$REDIS_PASSWORD" --no-auth-warning ping | grep -qE \'^(PONG|LOADING)\''];

/**
 * Redis on a StatefulSet with append-only persistence, password authentication from an existing Secret (the
 * kubelet expands `$(REDIS_PASSWORD)` into the arguments; the manifest never holds it), and the hardened pod of
 * every workload: UID/GID 10001 (Redis runs as any UID that can write its `/data` volume, which the pod's fsGroup
 * makes group-writable), read-only root filesystem, all capabilities dropped. Readiness is a PING that must answer
 * PONG (not while loading); liveness accepts LOADING too. Clients that `connectTo` it get `<PREFIX>_HOST`, `_PORT`,
 * `_PASSWORD` (a Secret reference) and `_URL` (`redis://:$(…_PASSWORD)@host:6379/0`). Backups are RDB snapshots
 * taken with `redis-cli --rdb`; a restore writes the RDB into the stopped server's volume.
 */
export class Redis extends StatefulService {
  public readonly credentials: SecretRef;
  private readonly passwordKey: string;

  constructor(scope: Construct, id: string, props: RedisProps) {
    props = checkedProps('Redis', scope, id, props);
    const passwordKey = props.passwordKey ?? 'password';
    const password = recordedAt(scope, childPath(scope, id), 'Redis', () => EnvValue.fromSecret(props.credentials, passwordKey), INVALID_REF);
    super(scope, id, 'Redis', 'cache', {
      ...props,
      image: props.image ?? REDIS_IMAGE,
      command: props.command ?? ['redis-server'],
      args: props.args ?? ['--dir', '/data', '--appendonly', 'yes', '--protected-mode', 'no', '--requirepass', '$(REDIS_PASSWORD)'],
      env: { REDIS_PASSWORD: password, ...props.env },
    }, {
      port: 6379, portName: 'redis', dataPath: '/data',
      health: HealthCheck.exec(REDIS_READINESS, { liveness: HealthCheck.exec(REDIS_LIVENESS) }),
      backup: {
        name: 'redis',
        fileExtension: '.rdb',
        scripts: backupScripts().ENGINE_SCRIPTS.redis,
        clientEnv: { REDIS_HOST: `${id}.${Blueprint.of(scope).namespaceName}.svc`, REDIS_PORT: '6379', REDIS_PASSWORD: password },
        // An RDB cannot be loaded into a running server: the restore writes into the stopped server's volume, which
        // runs with appendonly yes (the restore also seeds appendonlydir).
        restoreIntoDataVolume: { mountPath: '/data', env: { REDIS_DATA_DIR: '/data', REDIS_APPENDONLY: 'yes' } },
        // The drill checks the dump with redis-check-rdb: it needs the destination, not the server.
        drillConnectsToServer: false,
      },
    });
    this.credentials = props.credentials;
    this.passwordKey = passwordKey;
  }

  protected connectionEnv(nameOf: (suffix: string) => string): Array<[string, EnvValue]> {
    return [
      ['PASSWORD', this.credentials.keys.includes(this.passwordKey) ? EnvValue.fromSecret(this.credentials, this.passwordKey) : INVALID_REF],
      ['URL', EnvValue.fromValue(`redis://:$(${nameOf('PASSWORD')})@${this.host}:${this.port}/0`)],
    ];
  }
}

/** Stands in for a Secret key that is not declared (the mistake is recorded; nothing is written). */
const INVALID_REF = EnvValue.fromValue('undeclared-secret-key');
