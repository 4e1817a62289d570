import { Duration } from 'cdk8s';
import { propError } from './_errors';
import { assertProps } from './_prop-check';
import { millis, protoDuration } from './_mesh-durations';

/** A cookie to hash on for session affinity. */
export interface CookieHashOptions {
  /** The cookie's name. */
  readonly name: string;
  /**
   * Lifetime of the cookie. When set, the proxy creates the cookie if the request has none; `Duration.seconds(0)`
   * makes it a session cookie.
   * @default - no cookie is created: only requests that already carry it are hashed on it
   */
  readonly ttl?: Duration;
  /**
   * Path of the created cookie.
   * @default - no path attribute
   */
  readonly path?: string;
}

/** What `LoadBalancer.consistentHash()` hashes on. Set exactly one field. */
export interface ConsistentHashOptions {
  /**
   * Hash on this request header (e.g. 'x-user-id').
   * @default - not a header
   */
  readonly header?: string;
  /**
   * Hash on this cookie.
   * @default - not a cookie
   */
  readonly cookie?: CookieHashOptions;
  /**
   * Hash on the client's IP address.
   * @default false
   */
  readonly sourceIp?: boolean;
  /**
   * Hash on this query parameter.
   * @default - not a query parameter
   */
  readonly queryParameter?: string;
}

/** The algorithm a `LoadBalancer` uses, as Istio names it (`CONSISTENT_HASH` for `consistentHash()`). */
export type LoadBalancerAlgorithm = 'ROUND_ROBIN' | 'LEAST_REQUEST' | 'RANDOM' | 'PASSTHROUGH' | 'CONSISTENT_HASH';

/** An HTTP header or cookie name (RFC 9110 token). */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * How the sidecar picks one replica for each request (seed 004: RoundRobin / LeastConnections / Random).
 *
 * @example LoadBalancer.leastRequest()
 * @example LoadBalancer.consistentHash({ cookie: { name: 'session', ttl: Duration.hours(1) } })
 * @see https://istio.io/latest/docs/reference/config/networking/destination-rule/#LoadBalancerSettings
 */
export class LoadBalancer {
  /** Each replica in turn. */
  public static roundRobin(): LoadBalancer {
    return new LoadBalancer('ROUND_ROBIN', { simple: 'ROUND_ROBIN' });
  }

  /**
   * The replica with fewer active requests, of two picked at random (Istio's default). Istio's replacement for the
   * deprecated `LEAST_CONN`, and what seed 004's LeastConnections maps to.
   */
  public static leastRequest(): LoadBalancer {
    return new LoadBalancer('LEAST_REQUEST', { simple: 'LEAST_REQUEST' });
  }

  /** A random replica. */
  public static random(): LoadBalancer {
    return new LoadBalancer('RANDOM', { simple: 'RANDOM' });
  }

  /** The address the client connected to, without load balancing (advanced use only). */
  public static passthrough(): LoadBalancer {
    return new LoadBalancer('PASSTHROUGH', { simple: 'PASSTHROUGH' });
  }

  /** Session affinity: requests with the same header, cookie, source IP or query parameter reach the same replica. */
  public static consistentHash(options: ConsistentHashOptions): LoadBalancer {
    const prop = 'loadBalancer.consistentHash';
    assertProps('ConsistentHashOptions', options, prop);
    const set = (['header', 'cookie', 'sourceIp', 'queryParameter'] as const).filter(
      (key) => options[key] !== undefined && options[key] !== false,
    );
    if (set.length !== 1) {
      throw propError(prop, set, "must set exactly one of 'header', 'cookie', 'sourceIp' or 'queryParameter'");
    }
    const hash: Record<string, unknown> = {};
    if (options.header !== undefined) {
      if (!TOKEN.test(options.header)) throw propError(`${prop}.header`, options.header, 'must be an HTTP header name: letters, digits and !#$%&\'*+-.^_`|~, without spaces');
      hash.httpHeaderName = options.header;
    } else if (options.cookie !== undefined) {
      const { name, ttl, path } = options.cookie;
      if (!TOKEN.test(name)) throw propError(`${prop}.cookie.name`, name, 'must be a cookie name: letters, digits and !#$%&\'*+-.^_`|~, without spaces');
      if (path !== undefined && !/^\/[^\s;]*$/.test(path)) throw propError(`${prop}.cookie.path`, path, "must start with '/' and contain no spaces or ';'");
      hash.httpCookie = {
        name,
        ...(path !== undefined ? { path } : {}),
        ...(ttl !== undefined ? { ttl: protoDuration(millis(`${prop}.cookie.ttl`, ttl, true)) } : {}),
      };
    } else if (options.sourceIp) {
      hash.useSourceIp = true;
    } else {
      const name = options.queryParameter as string;
      if (!/^[^\s&=#]+$/.test(name)) throw propError(`${prop}.queryParameter`, name, "must be a query parameter name: not empty, without spaces, '&', '=' or '#'");
      hash.httpQueryParameterName = name;
    }
    return new LoadBalancer('CONSISTENT_HASH', { consistentHash: hash });
  }

  private constructor(
    /** The algorithm, as Istio names it. */
    public readonly algorithm: LoadBalancerAlgorithm,
    private readonly settings: Record<string, unknown>,
  ) {}

  /** The DestinationRule `trafficPolicy.loadBalancer` block. */
  public toIstio(): any {
    return structuredClone(this.settings);
  }
}
