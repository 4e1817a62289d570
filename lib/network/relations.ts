import { Peer, PeerPort } from './connections';
import { EnvValue } from '../values/env-value';

/** What a workload needs to reach a dependency. */
export interface ConnectionEndpoint {
  /** The dependency's name, for env prefixes and messages. */
  readonly name: string;
  /** Construct path, for messages. */
  readonly path: string;
  /** The DNS name clients use. */
  readonly host: string;
  /** The port clients use (the Service port). */
  readonly port: number;
  /** Who the client's NetworkPolicy lets it reach: the dependency's pods, or an address range. */
  readonly peer: Peer;
  /** The ports on that peer (pod ports: NetworkPolicies see traffic after the Service's translation). */
  readonly peerPorts: PeerPort[];
  /**
   * Environment variables besides HOST and PORT, keyed by a suffix ('URL', 'USER', 'PASSWORD', 'DATABASE'…),
   * in the order they must be defined (a URL refers to the credentials with `$(NAME)`). `nameOf(suffix)` gives
   * the full name a suffix is injected under, so a URL can reference the credential variables.
   */
  readonly env: (nameOf: (suffix: string) => string) => Array<[suffix: string, value: EnvValue]>;
  /** Accepts the client on the dependency's side (its NetworkPolicy's ingress); absent for external ones. */
  readonly admit?: (client: Peer, description: string) => void;
  /** The constructs the client must come after in the output. */
  readonly dependencies: readonly import('constructs').IConstruct[];
}

/**
 * Something a workload can `connectTo`: a WebService, a stateful service (Postgres, Redis) or an
 * ExternalService.
 */
export interface IConnectable {
  connectionEndpoint(): ConnectionEndpoint;
}

/** Options for `Workload.connectTo()`. */
export interface WorkloadConnectToOptions {
  /**
   * Prefix of the injected variables: `<PREFIX>_HOST`, `<PREFIX>_PORT`, `<PREFIX>_URL`…
   * @default - the dependency's name in upper snake case ('user-db' → 'USER_DB')
   */
  readonly envPrefix?: string;
  /**
   * Rename individual variables, by suffix: `{ URL: 'DATABASE_URL' }`.
   * @default - `<PREFIX>_<SUFFIX>`
   */
  readonly envNames?: Record<string, string>;
  /**
   * Inject no variables (only the network paths and the ordering).
   * @default false
   */
  readonly skipEnv?: boolean;
  /**
   * Hold the workload's start until the dependency accepts TCP connections, with an init container.
   * @default false
   */
  readonly waitForReady?: boolean;
}

/** `user-db` → `USER_DB`. */
export function envPrefixOf(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}
