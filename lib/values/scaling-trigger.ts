import { BlueprintError, checkInteger, propError } from './_errors';
import { assertProps } from './_prop-check';
import { checkDnsSubdomain } from './_names';
import { Schedule } from './schedule';
import { SecretKeyRef } from './secret-ref';

/** Props of `ScalingTrigger.redisList()`. */
export interface RedisListTriggerProps {
  /** The Redis host, e.g. a `Redis` construct's in-cluster name (`cache.shop.svc`). */
  readonly host: string;
  /**
   * @default 6379
   */
  readonly port?: number;
  /** The list the workload consumes (`LPUSH`ed by producers, `BRPOP`ed by the workload). */
  readonly listName: string;
  /** Target items per replica: KEDA runs `ceil(length / listLength)` replicas. */
  readonly listLength: number;
  /**
   * Items at or below which the workload stays at its minimum (at zero, when the minimum is 0).
   * @default 0 (KEDA's default)
   */
  readonly activationListLength?: number;
  /**
   * @default 0
   */
  readonly databaseIndex?: number;
  /**
   * The Redis password, read by the KEDA operator through a TriggerAuthentication (never written into the
   * ScaledObject): a key of a Secret the blueprint provisions or declares, e.g. `redis.credentials.keyRef('password')`.
   * @default - no password
   */
  readonly password?: SecretKeyRef;
}

/** Props of `ScalingTrigger.prometheus()`. */
export interface PrometheusTriggerProps {
  /** The Prometheus server, e.g. 'http://prometheus.monitoring.svc:9090'. */
  readonly serverAddress: string;
  /** A PromQL query returning one value, e.g. `sum(rate(http_requests_total{app="api"}[2m]))`. */
  readonly query: string;
  /** Target value per replica: KEDA runs `ceil(value / threshold)` replicas. */
  readonly threshold: number;
  /**
   * The value at or below which the workload stays at its minimum.
   * @default 0 (KEDA's default)
   */
  readonly activationThreshold?: number;
}

/** Props of `ScalingTrigger.cron()`. */
export interface CronTriggerProps {
  /** IANA time zone the schedules are read in, e.g. 'Europe/Berlin'. */
  readonly timezone: string;
  /** When the window opens: a 5-field cron expression, e.g. '0 8 * * 1-5'. */
  readonly start: string;
  /** When it closes, e.g. '0 18 * * 1-5'. */
  readonly end: string;
  /** Replicas during the window (at least). */
  readonly desiredReplicas: number;
}

/** A Secret key a trigger reads through a TriggerAuthentication: KEDA's `secretTargetRef` entry. */
export interface TriggerSecret {
  /** The scaler's parameter, e.g. 'password'. */
  readonly parameter: string;
  readonly ref: SecretKeyRef;
}

/**
 * What a KEDA ScaledObject scales on (`ScalingPolicy.events`): one entry of its `triggers`. Metadata values are
 * strings, as KEDA takes them; credentials go through a TriggerAuthentication the workload emits.
 *
 * @example ScalingTrigger.redisList({ host: cache.host, listName: 'ledger:entries', listLength: 50, password: cache.credentials.keyRef('password') })
 * @see https://keda.sh/docs/2.16/scalers/
 */
export class ScalingTrigger {
  /** Scales on the length of a Redis list (KEDA's `redis` scaler). */
  public static redisList(props: RedisListTriggerProps): ScalingTrigger {
    assertProps('RedisListTriggerProps', props, 'scaling.triggers.redisList');
    const p = 'scaling.triggers.redisList';
    checkDnsSubdomain(`${p}.host`, props.host);
    const port = props.port ?? 6379;
    checkInteger(`${p}.port`, port, 1, 65535);
    if (props.listName.trim() === '') throw propError(`${p}.listName`, props.listName, 'must not be empty');
    checkInteger(`${p}.listLength`, props.listLength, 1);
    if (props.activationListLength !== undefined) checkInteger(`${p}.activationListLength`, props.activationListLength, 0);
    const db = props.databaseIndex ?? 0;
    checkInteger(`${p}.databaseIndex`, db, 0, 15);
    return new ScalingTrigger('redis', 'redis-list', {
      address: `${props.host}:${port}`,
      listName: props.listName,
      listLength: String(props.listLength),
      ...(props.activationListLength !== undefined ? { activationListLength: String(props.activationListLength) } : {}),
      databaseIndex: String(db),
    }, props.password ? [{ parameter: 'password', ref: props.password }] : [], { host: props.host, port });
  }

  /** Scales on the value of a Prometheus query (KEDA's `prometheus` scaler). */
  public static prometheus(props: PrometheusTriggerProps): ScalingTrigger {
    assertProps('PrometheusTriggerProps', props, 'scaling.triggers.prometheus');
    const p = 'scaling.triggers.prometheus';
    let url: URL | undefined;
    try {
      url = new URL(props.serverAddress);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) {
      throw propError(`${p}.serverAddress`, props.serverAddress, 'must be an http(s) URL without credentials, e.g. \'http://prometheus.monitoring.svc:9090\'');
    }
    if (props.query.trim() === '') throw propError(`${p}.query`, props.query, 'must not be empty');
    if (!Number.isFinite(props.threshold) || props.threshold <= 0) throw propError(`${p}.threshold`, props.threshold, 'must be a number > 0');
    if (props.activationThreshold !== undefined && (!Number.isFinite(props.activationThreshold) || props.activationThreshold < 0)) {
      throw propError(`${p}.activationThreshold`, props.activationThreshold, 'must be a number >= 0');
    }
    const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
    return new ScalingTrigger('prometheus', 'prometheus', {
      serverAddress: props.serverAddress,
      query: props.query,
      threshold: String(props.threshold),
      ...(props.activationThreshold !== undefined ? { activationThreshold: String(props.activationThreshold) } : {}),
    }, [], { host: url.hostname, port });
  }

  /** Runs at least `desiredReplicas` between `start` and `end` (KEDA's `cron` scaler): business hours, batch windows. */
  public static cron(props: CronTriggerProps): ScalingTrigger {
    assertProps('CronTriggerProps', props, 'scaling.triggers.cron');
    const p = 'scaling.triggers.cron';
    const rename = (fn: () => void, prop: string) => {
      try {
        fn();
      } catch (e) {
        if (!(e instanceof BlueprintError)) throw e;
        throw new BlueprintError(e.message.replace(/^'schedule\.timeZone'/, `'${p}.timezone'`).replace(/^'schedule'/, `'${p}.${prop}'`));
      }
    };
    rename(() => Schedule.cron(props.start, { timeZone: props.timezone }), 'start');
    rename(() => Schedule.cron(props.end, { timeZone: props.timezone }), 'end');
    if (props.start.trim() === props.end.trim()) throw propError(`${p}.end`, props.end, 'must differ from \'start\': the window would never be open');
    checkInteger(`${p}.desiredReplicas`, props.desiredReplicas, 1);
    return new ScalingTrigger('cron', 'cron', {
      timezone: props.timezone, start: props.start.trim(), end: props.end.trim(), desiredReplicas: String(props.desiredReplicas),
    }, [], undefined, props.desiredReplicas);
  }

  private constructor(
    /** KEDA's trigger `type`. */
    public readonly type: string,
    /** The default name of the trigger (and of its TriggerAuthentication, after the workload's name). */
    public readonly name: string,
    /** KEDA's trigger `metadata`. */
    public readonly metadata: Readonly<Record<string, string>>,
    /** Secret keys the scaler reads, through a TriggerAuthentication. */
    public readonly secrets: readonly TriggerSecret[],
    /** The server the KEDA operator polls, when there is one (it must admit the operator). */
    public readonly server?: { readonly host: string; readonly port: number },
    /** A cron trigger's replicas (they must fit between the policy's minimum and maximum). */
    public readonly desiredReplicas?: number,
  ) {}

  /** The ScaledObject `triggers` entry; `authenticationRef` names the workload's TriggerAuthentication for this trigger. */
  public toKeda(name: string, authenticationRef?: string): Record<string, unknown> {
    return {
      type: this.type,
      name,
      metadata: { ...this.metadata },
      ...(authenticationRef ? { authenticationRef: { name: authenticationRef } } : {}),
    };
  }
}
