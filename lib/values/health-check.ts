import { Duration } from 'cdk8s';
import { BlueprintError, propError, show } from './_errors';
import { assertProps } from './_prop-check';
import { wholeSeconds } from './_duration';

/** Timings shared by every kind of health check, and the tests of its startup and liveness probes. */
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
  /**
   * What the liveness probe tests: another check, of which only the test counts (its kind, path, port or command;
   * the probe runs on this check's liveness schedule), or `false` for no liveness probe. It must not repeat the
   * readiness probe by kube-score's definition (pod-probes): both httpGet with the same path and port, both
   * tcpSocket on the same port, or both exec with the same command.
   * @default - http: a tcpSocket connect to the port (or `livenessPath`); tcp and exec: none; grpc: the same gRPC check
   */
  readonly liveness?: HealthCheck | false;
  /**
   * What the startup probe tests, when "started" differs from "ready" (only the test counts, as for `liveness`).
   * @default - the readiness test
   */
  readonly startup?: HealthCheck;
}

/** Options for `HealthCheck.http()`. */
export interface HttpHealthCheckOptions extends HealthCheckOptions {
  /**
   * A path for liveness that checks only the process itself, e.g. '/livez' when '/healthz' also checks dependencies
   * (a liveness probe should not restart a pod because its database is down). Must differ from the health path.
   * @default - no liveness path: the liveness probe is a tcpSocket connect to the port
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
  | { kind: 'http'; path: string; scheme: 'HTTP' | 'HTTPS' }
  | { kind: 'tcp' }
  | { kind: 'grpc'; service?: string }
  | { kind: 'exec'; command: string[] };

/** One probe's test: what it checks, and the port it names when it names one. */
interface ProbeTest {
  readonly handler: Handler;
  readonly port?: number;
}

/** The probes a health check renders into: no liveness probe when the check has none. */
export interface RenderedProbes {
  readonly startupProbe: any;
  readonly readinessProbe: any;
  readonly livenessProbe?: any;
}

/** Options that make a check more than a test: not allowed on the check given as another's `liveness` or `startup`. */
const NOT_A_TEST: readonly string[] = ['startupBudget', 'period', 'timeout', 'failureThreshold', 'liveness', 'startup', 'livenessPath'];

/**
 * How the platform knows a container is healthy. One HealthCheck renders a startup probe that allows
 * `startupBudget` for the first success, a readiness probe every `period` and, where it is right for the app, a
 * liveness probe half as often.
 *
 * Readiness answers "may this pod take traffic?", liveness "is this process beyond help, restart it?". A liveness
 * probe that tests the same thing as readiness restarts pods that should only leave rotation (a slow database
 * makes every pod unready — and then restarts them all), which is why kube-score (pod-probes) grades the pod
 * CRITICAL. So each kind renders a liveness probe that differs by kube-score's definition, or none:
 *
 * | check | readiness and startup | liveness (default) |
 * |---|---|---|
 * | `http(path)` | httpGet `path` | tcpSocket on the port: the process accepts connections (`livenessPath` for an httpGet of its own) |
 * | `tcp()` | tcpSocket | none: kube-score's advice is to avoid the liveness probe rather than repeat readiness |
 * | `grpc()` | gRPC health check | the same gRPC check (kube-score does not compare gRPC probes) |
 * | `exec(command)` | the command | none, unless `liveness` gives a different one |
 *
 * `liveness` overrides the default (another check, or `false`), `startup` the startup test; a liveness test that
 * repeats readiness is a mistake of the factory, or of the workload when only its port makes them the same.
 *
 * @example HealthCheck.http('/healthz')
 * @example HealthCheck.exec(['worker', '--ready'], { liveness: HealthCheck.exec(['worker', '--alive']) })
 * @see https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/
 * @see https://github.com/zegl/kube-score/blob/master/README_PROBES.md
 */
export class HealthCheck {
  /** An HTTP GET that must answer 200–399; liveness is a TCP connect to the port unless `livenessPath` is given. */
  public static http(path: string, options: HttpHealthCheckOptions = {}): HealthCheck {
    assertProps('HttpHealthCheckOptions', options, 'health');
    checkPath('health.path', path);
    const scheme = options.scheme ?? 'HTTP';
    const livenessPath = options.livenessPath;
    if (livenessPath !== undefined) {
      checkPath('health.livenessPath', livenessPath);
      if (options.liveness !== undefined) throw propError('health.livenessPath', livenessPath, 'cannot be combined with \'health.liveness\': give the liveness test one way');
    }
    const liveness: ProbeTest = livenessPath !== undefined ? { handler: { kind: 'http', path: livenessPath, scheme } } : { handler: { kind: 'tcp' } };
    return new HealthCheck({ kind: 'http', path, scheme }, options, liveness, livenessPath !== undefined ? ['health.livenessPath', livenessPath] : undefined);
  }

  /** A TCP connect to the port; no liveness probe unless `liveness` gives one that differs. */
  public static tcp(options: HealthCheckOptions = {}): HealthCheck {
    assertProps('HealthCheckOptions', options, 'health');
    return new HealthCheck({ kind: 'tcp' }, options, undefined);
  }

  /** The gRPC health-checking protocol (GA since Kubernetes 1.27), for readiness and liveness. */
  public static grpc(options: GrpcHealthCheckOptions = {}): HealthCheck {
    assertProps('GrpcHealthCheckOptions', options, 'health');
    const handler: Handler = { kind: 'grpc', service: options.service };
    return new HealthCheck(handler, options, { handler });
  }

  /**
   * A command run in the container; exit status 0 is healthy. Exec form: no shell unless you call one. No liveness
   * probe unless `liveness` gives a different command (or another kind of check).
   */
  public static exec(command: string[], options: HealthCheckOptions = {}): HealthCheck {
    assertProps('HealthCheckOptions', options, 'health');
    if (command.length === 0 || command.some((c) => c === '')) {
      throw propError('health.command', command, 'must be a non-empty list of non-empty strings');
    }
    return new HealthCheck({ kind: 'exec', command: [...command] }, options, undefined);
  }

  public readonly startupBudgetSeconds: number;
  public readonly periodSeconds: number;
  public readonly timeoutSeconds: number;
  public readonly failureThreshold: number;
  /** The port checked, when the check names one; otherwise the workload's main port is used. */
  public readonly port?: number;
  private readonly readiness: ProbeTest;
  private readonly startup: ProbeTest;
  /** Undefined: no liveness probe. */
  private readonly liveness?: ProbeTest;
  /** The prop and value that chose the liveness test, for messages. */
  private readonly livenessSource: readonly [string, unknown];
  /** The options as given, to tell a test from a check with timings of its own. */
  private readonly given: HealthCheckOptions;

  private constructor(private readonly handler: Handler, options: HealthCheckOptions, defaultLiveness: ProbeTest | undefined, livenessSource?: readonly [string, unknown]) {
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
    this.given = options;
    this.readiness = { handler, port: options.port };
    this.startup = options.startup ? HealthCheck.testOf('health.startup', options.startup) : this.readiness;
    this.liveness = options.liveness === false ? undefined : options.liveness ? HealthCheck.testOf('health.liveness', options.liveness) : defaultLiveness;
    this.livenessSource = options.liveness ? ['health.liveness', options.liveness] : livenessSource ?? ['health.liveness', undefined];
    // Tests that name no port of their own check one port, whichever the workload gives: compare them now.
    if (this.liveness && this.liveness.port === this.readiness.port) {
      const port = this.port ?? 1;
      this.checkDistinct(this.readinessProbe(port), this.livenessProbe(this.liveness, port));
    }
  }

  /** 'http', 'tcp', 'grpc' or 'exec'. */
  public get kind(): Handler['kind'] {
    return this.handler.kind;
  }

  /** The HTTP path, for http checks. */
  public get path(): string | undefined {
    return this.handler.kind === 'http' ? this.handler.path : undefined;
  }

  /** Whether a probe checks a port that neither its test nor `port` names: then the workload's main port is used. */
  public get needsPort(): boolean {
    return this.tests().some((t) => t.handler.kind !== 'exec' && t.port === undefined);
  }

  /** Whether the check renders a liveness probe. */
  public get hasLiveness(): boolean {
    return this.liveness !== undefined;
  }

  /**
   * The startup, readiness and (when the check has one) liveness probes. A workload makes them when it is made, so
   * a mistake found here (a port none gives, a liveness probe that the workload's port makes the readiness probe)
   * is a mistake of the workload's props, never an error while rendering.
   * @param defaultPort the workload's main port, used unless the check names its own
   * @throws BlueprintError when a probe needs a port and neither it nor `defaultPort` gives one, or when the
   *   liveness probe repeats the readiness probe by kube-score's definition
   */
  public toProbes(defaultPort: number | undefined): RenderedProbes {
    const portOf = (t: ProbeTest) => t.port ?? this.port ?? defaultPort;
    const missing = this.tests().find((t) => t.handler.kind !== 'exec' && portOf(t) === undefined);
    if (missing) {
      throw new BlueprintError(`${missing.handler.kind === 'http' ? 'an HTTP' : `a ${missing.handler.kind}`} health check needs a port: give the workload a 'port' or the check a 'port' option`);
    }
    const readinessProbe = this.readinessProbe(portOf(this.readiness));
    const livenessProbe = this.liveness ? this.livenessProbe(this.liveness, portOf(this.liveness)) : undefined;
    if (livenessProbe) this.checkDistinct(readinessProbe, livenessProbe);
    // The startup probe checks often, but never more often than one check can take.
    const startupPeriod = Math.max(Math.min(5, this.periodSeconds), this.timeoutSeconds + 1);
    const startupProbe = probe(this.startup, portOf(this.startup), startupPeriod, this.timeoutSeconds, Math.max(1, Math.ceil(this.startupBudgetSeconds / startupPeriod)));
    return livenessProbe ? { startupProbe, readinessProbe, livenessProbe } : { startupProbe, readinessProbe };
  }

  /** The check in the words a user writes it, for messages: `HealthCheck.tcp({ port: 5432 })`. */
  public toString(): string {
    return describeTest(this.readiness);
  }

  /** The test of a check given as another's `liveness` or `startup`: a check that sets nothing but what to test. */
  private static testOf(prop: string, check: HealthCheck): ProbeTest {
    const given = check.given as Record<string, unknown>;
    const extra = NOT_A_TEST.filter((k) => given[k] !== undefined);
    if (extra.length > 0) {
      throw propError(prop, extra, 'must only say what to test (a path, a port, a command): its probe runs on the schedule of the check it belongs to, with no startup or liveness of its own');
    }
    return check.readiness;
  }

  /** The probe tests this check renders. */
  private tests(): ProbeTest[] {
    return this.liveness ? [this.startup, this.readiness, this.liveness] : [this.startup, this.readiness];
  }

  private readinessProbe(port: number | undefined): any {
    return probe(this.readiness, port, this.periodSeconds, this.timeoutSeconds, this.failureThreshold);
  }

  /** The liveness probe checks half as often as the readiness probe. */
  private livenessProbe(liveness: ProbeTest, port: number | undefined): any {
    return probe(liveness, port, this.periodSeconds * 2, this.timeoutSeconds, this.failureThreshold);
  }

  /** Throws when the liveness probe repeats the readiness probe by kube-score's definition. */
  private checkDistinct(readinessProbe: any, livenessProbe: any): void {
    const same = sameProbeByKubeScore(readinessProbe, livenessProbe);
    if (!same) return;
    const [prop, value] = this.livenessSource;
    const fix = prop === 'health.livenessPath'
      ? 'give a path that checks only the process, or leave \'health.livenessPath\' out for a tcpSocket liveness probe'
      : 'test something else, or set \'health.liveness\' to false';
    const shown = value instanceof HealthCheck ? value.toString() : show(value);
    throw new BlueprintError(`'${prop}' (${shown}) must not repeat the readiness probe (${same.kind === 'exec' ? 'the same exec command' : `${same.kind} on the same ${same.kind === 'httpGet' ? 'path and ' : ''}port`}): kube-score (pod-probes) grades that CRITICAL, as a liveness probe that fails with readiness restarts pods that should only leave rotation; ${fix}`);
  }
}

/**
 * One probe as the API takes it: the handler's one field, then the timings. Built as one literal of each kind (not
 * spread together from parts), so every workload's probes share a few compact object shapes: a workload keeps its
 * probes from construction to synthesis, and at a thousand workloads the spread copies were the largest thing it
 * kept of the health check.
 */
function probe(t: ProbeTest, port: number | undefined, periodSeconds: number, timeoutSeconds: number, failureThreshold: number): any {
  const h = t.handler;
  switch (h.kind) {
    case 'http':
      return { httpGet: { path: h.path, port, scheme: h.scheme }, periodSeconds, timeoutSeconds, failureThreshold, successThreshold: 1 };
    case 'tcp':
      return { tcpSocket: { port }, periodSeconds, timeoutSeconds, failureThreshold, successThreshold: 1 };
    case 'grpc':
      return { grpc: h.service ? { port, service: h.service } : { port }, periodSeconds, timeoutSeconds, failureThreshold, successThreshold: 1 };
    case 'exec':
      return { exec: { command: h.command }, periodSeconds, timeoutSeconds, failureThreshold, successThreshold: 1 };
  }
}

function describeTest(t: ProbeTest): string {
  const port = t.port !== undefined ? `port: ${t.port}` : undefined;
  const opts = (...parts: Array<string | undefined>) => {
    const given = parts.filter((p): p is string => p !== undefined);
    return given.length ? `{ ${given.join(', ')} }` : '';
  };
  const h = t.handler;
  switch (h.kind) {
    case 'http': {
      const o = opts(port, h.scheme !== 'HTTP' ? `scheme: '${h.scheme}'` : undefined);
      return `HealthCheck.http('${h.path}'${o ? `, ${o}` : ''})`;
    }
    case 'tcp':
      return `HealthCheck.tcp(${opts(port)})`;
    case 'grpc':
      return `HealthCheck.grpc(${opts(port, h.service ? `service: '${h.service}'` : undefined)})`;
    case 'exec': {
      const o = opts(port);
      return `HealthCheck.exec(${JSON.stringify(h.command)}${o ? `, ${o}` : ''})`;
    }
  }
}

/** What a readiness and a liveness probe share when kube-score calls them the same probe. */
export interface SameProbe {
  readonly kind: 'httpGet' | 'tcpSocket' | 'exec';
  /** e.g. `httpGet '/healthz' on port 8080`. */
  readonly description: string;
}

/**
 * Whether kube-score (score/probes/probes.go, check pod-probes) calls a readiness and a liveness probe "the same
 * probe": both httpGet with the same path and the same `Port.IntValue()` (a named port reads as 0, so any two named
 * ports are equal), both tcpSocket on the same port (as written: a name equals only the same name), or both exec
 * with the same command. Timings, schemes and hosts do not count; gRPC probes are never compared. Takes probes as
 * the API takes them (plain JSON).
 */
export function sameProbeByKubeScore(readiness: any, liveness: any): SameProbe | undefined {
  if (!readiness || !liveness) return undefined;
  // Plain variables, not pairs destructured: a workload compares its probes twice when it is made, and an array
  // pattern runs the iterator protocol (a microsecond each before V8 optimizes it, at a thousand workloads).
  const rh = readiness.httpGet, lh = liveness.httpGet;
  if (rh && lh && (rh.path ?? '') === (lh.path ?? '') && intValue(rh.port) === intValue(lh.port)) {
    return { kind: 'httpGet', description: `httpGet '${rh.path ?? ''}' on ${portText(rh.port, lh.port)}` };
  }
  const rt = readiness.tcpSocket, lt = liveness.tcpSocket;
  if (rt && lt && (rt.port ?? 0) === (lt.port ?? 0)) return { kind: 'tcpSocket', description: `tcpSocket on ${portText(rt.port, lt.port)}` };
  const re = readiness.exec, le = liveness.exec;
  const rc: unknown[] = re?.command ?? [], lc: unknown[] = le?.command ?? [];
  if (re && le && rc.length === lc.length && rc.every((v, i) => v === lc[i])) return { kind: 'exec', description: `exec ${JSON.stringify(rc)}` };
  return undefined;
}

/** Go's `intstr.IntOrString.IntValue()`: a number as is, a string through `strconv.Atoi` (0 when it is not a number). */
function intValue(port: unknown): number {
  if (typeof port === 'number') return port;
  if (typeof port === 'string' && /^[+-]?\d+$/.test(port)) return Number(port);
  return 0;
}

function portText(a: unknown, b: unknown): string {
  if (a === b) return `port ${show(a ?? 0)}`;
  return `ports ${show(a ?? 0)} and ${show(b ?? 0)}, both ${intValue(a)} to kube-score`;
}

function checkPath(prop: string, path: string): void {
  if (!path.startsWith('/') || /\s/.test(path)) throw propError(prop, path, 'must be an absolute URL path starting with \'/\' and without spaces');
}
