import { Duration } from 'cdk8s';
import { BlueprintError, propError } from './_errors';
import { assertProps } from './_prop-check';
import { wholeSeconds } from './_duration';

/** Timings shared by every kind of health check. */
export interface HealthCheckOptions {
  /**
   * How long the app may take to start before the startup probe gives up and the container restarts.
   * @default Duration.minutes(2)
   */
  readonly startupBudget?: Duration;
  /**
   * How often readiness is checked; liveness is checked half as often.
   * @default Duration.seconds(10)
   */
  readonly period?: Duration;
  /**
   * How long one check may take.
   * @default Duration.seconds(3)
   */
  readonly timeout?: Duration;
  /**
   * Consecutive failures before a pod is marked unready (and, for liveness, restarted).
   * @default 3
   */
  readonly failureThreshold?: number;
  /**
   * Port to check.
   * @default - the workload's main port
   */
  readonly port?: number;
}

/** Options for `HealthCheck.http()`. */
export interface HttpHealthCheckOptions extends HealthCheckOptions {
  /**
   * A different path for liveness, e.g. '/livez' when '/healthz' also checks dependencies (a liveness probe
   * should not restart a pod because its database is down).
   * @default - the same path
   */
  readonly livenessPath?: string;
  /** @default 'HTTP' */
  readonly scheme?: 'HTTP' | 'HTTPS';
}

/** Options for `HealthCheck.grpc()`. */
export interface GrpcHealthCheckOptions extends HealthCheckOptions {
  /**
   * The service name sent in the gRPC health-checking request.
   * @default - the server's overall health
   */
  readonly service?: string;
}

type Handler =
  | { kind: 'http'; path: string; livenessPath: string; scheme: 'HTTP' | 'HTTPS' }
  | { kind: 'tcp' }
  | { kind: 'grpc'; service?: string }
  | { kind: 'exec'; command: string[] };

/** The three probes a health check renders into. */
export interface RenderedProbes {
  readonly startupProbe: any;
  readonly readinessProbe: any;
  readonly livenessProbe: any;
}

/**
 * How the platform knows a container is healthy. One HealthCheck renders three probes with timings that fit
 * together: a startup probe that allows `startupBudget` for the first success, a readiness probe every `period`,
 * and a liveness probe half as often — different from readiness so a slow dependency makes a pod unready
 * long before it restarts it.
 *
 * @example HealthCheck.http('/healthz')
 * @see https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/
 */
export class HealthCheck {
  /** An HTTP GET that must answer 200–399. */
  public static http(path: string, options: HttpHealthCheckOptions = {}): HealthCheck {
    assertProps('HttpHealthCheckOptions', options, 'health');
    checkPath('health.path', path);
    if (options.livenessPath !== undefined) checkPath('health.livenessPath', options.livenessPath);
    return new HealthCheck({ kind: 'http', path, livenessPath: options.livenessPath ?? path, scheme: options.scheme ?? 'HTTP' }, options);
  }

  /** A TCP connect to the port. */
  public static tcp(options: HealthCheckOptions = {}): HealthCheck {
    assertProps('HealthCheckOptions', options, 'health');
    return new HealthCheck({ kind: 'tcp' }, options);
  }

  /** The gRPC health-checking protocol (GA since Kubernetes 1.27). */
  public static grpc(options: GrpcHealthCheckOptions = {}): HealthCheck {
    assertProps('GrpcHealthCheckOptions', options, 'health');
    return new HealthCheck({ kind: 'grpc', service: options.service }, options);
  }

  /** A command run in the container; exit status 0 is healthy. Exec form: no shell unless you call one. */
  public static exec(command: string[], options: HealthCheckOptions = {}): HealthCheck {
    assertProps('HealthCheckOptions', options, 'health');
    if (command.length === 0 || command.some((c) => c === '')) {
      throw propError('health.command', command, 'must be a non-empty list of non-empty strings');
    }
    return new HealthCheck({ kind: 'exec', command: [...command] }, options);
  }

  public readonly startupBudgetSeconds: number;
  public readonly periodSeconds: number;
  public readonly timeoutSeconds: number;
  public readonly failureThreshold: number;
  /** The port checked, when the check names one; otherwise the workload's main port is used. */
  public readonly port?: number;

  private constructor(private readonly handler: Handler, options: HealthCheckOptions) {
    this.startupBudgetSeconds = wholeSeconds('health.startupBudget', options.startupBudget ?? Duration.minutes(2), 1);
    this.periodSeconds = wholeSeconds('health.period', options.period ?? Duration.seconds(10), 1);
    this.timeoutSeconds = wholeSeconds('health.timeout', options.timeout ?? Duration.seconds(3), 1);
    this.failureThreshold = options.failureThreshold ?? 3;
    if (!Number.isInteger(this.failureThreshold) || this.failureThreshold < 1) {
      throw propError('health.failureThreshold', this.failureThreshold, 'must be a whole number >= 1');
    }
    if (this.timeoutSeconds >= this.periodSeconds) {
      throw new BlueprintError(`'health.timeout' (${this.timeoutSeconds}s) must be shorter than 'health.period' (${this.periodSeconds}s)`);
    }
    if (options.port !== undefined && (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535)) {
      throw propError('health.port', options.port, 'must be a port number from 1 to 65535');
    }
    this.port = options.port;
  }

  /** 'http', 'tcp', 'grpc' or 'exec'. */
  public get kind(): Handler['kind'] {
    return this.handler.kind;
  }

  /** The HTTP path, for http checks. */
  public get path(): string | undefined {
    return this.handler.kind === 'http' ? this.handler.path : undefined;
  }

  /** Whether the check needs a port (all but exec). */
  public get needsPort(): boolean {
    return this.handler.kind !== 'exec';
  }

  /**
   * The startup, readiness and liveness probes. A workload makes them when it is made, so a check that needs a
   * port and has none is a mistake of the workload's props, never an error while rendering.
   * @param defaultPort the workload's main port, used unless the check names its own
   * @throws BlueprintError when the check needs a port and neither it nor `defaultPort` gives one
   */
  public toProbes(defaultPort: number | undefined): RenderedProbes {
    const port = this.port ?? defaultPort;
    if (this.needsPort && port === undefined) {
      throw new BlueprintError(`${this.handler.kind === 'http' ? 'an HTTP' : `a ${this.handler.kind}`} health check needs a port: give the workload a 'port' or the check a 'port' option`);
    }
    const action = (liveness: boolean): any => {
      switch (this.handler.kind) {
        case 'http':
          return { httpGet: { path: liveness ? this.handler.livenessPath : this.handler.path, port, scheme: this.handler.scheme } };
        case 'tcp':
          return { tcpSocket: { port } };
        case 'grpc':
          return { grpc: this.handler.service ? { port, service: this.handler.service } : { port } };
        case 'exec':
          return { exec: { command: this.handler.command } };
      }
    };
    // The startup probe checks often, but never more often than one check can take.
    const startupPeriod = Math.max(Math.min(5, this.periodSeconds), this.timeoutSeconds + 1);
    return {
      startupProbe: {
        ...action(false),
        periodSeconds: startupPeriod,
        timeoutSeconds: this.timeoutSeconds,
        failureThreshold: Math.max(1, Math.ceil(this.startupBudgetSeconds / startupPeriod)),
        successThreshold: 1,
      },
      readinessProbe: {
        ...action(false),
        periodSeconds: this.periodSeconds,
        timeoutSeconds: this.timeoutSeconds,
        failureThreshold: this.failureThreshold,
        successThreshold: 1,
      },
      livenessProbe: {
        ...action(true),
        periodSeconds: this.periodSeconds * 2,
        timeoutSeconds: this.timeoutSeconds,
        failureThreshold: this.failureThreshold,
        successThreshold: 1,
      },
    };
  }
}

function checkPath(prop: string, path: string): void {
  if (!path.startsWith('/') || /\s/.test(path)) throw propError(prop, path, 'must be an absolute URL path starting with \'/\' and without spaces');
}
