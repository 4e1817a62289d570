/**
 * `WebService.exposeViaGateway`: a Gateway API HTTPRoute attached to an existing Gateway, and the NetworkPolicy
 * opening for the Gateway's data plane — the Ingress treatment, with TLS on the Gateway. Private to lib/workloads.
 */
import { ApiObject, Duration } from 'cdk8s';
import { emitObject } from '../k8s/emit';
import { recorded, report } from '../k8s/_recorded-errors';
import { wholeSeconds } from '../values/_duration';
import { propError } from '../values/_errors';
import { checkAnnotations, checkDnsLabel, isDnsSubdomain } from '../values/_names';
import { Connections, Peer } from '../network/connections';
import { Construct } from 'constructs';

/** The API version of the Gateway API objects. */
export const GATEWAY_API = 'gateway.networking.k8s.io/v1';

/** The Gateway an HTTPRoute attaches to: a prerequisite, run by the platform (it terminates TLS), never emitted here. */
export interface GatewayReference {
  readonly name: string;
  readonly namespace: string;
  /**
   * The listener, e.g. 'https': without one the route attaches to every listener that admits it, plain HTTP included.
   * @default - every listener of the Gateway that admits the route (an error in production)
   */
  readonly sectionName?: string;
}

/** Options for `WebService.exposeViaGateway()`. */
export interface WebServiceExposeViaGatewayOptions {
  /** The Gateway (and listener) to attach to; its listener must allow routes from this namespace. */
  readonly gateway: GatewayReference;
  /** The host names clients use, e.g. ['shop.example.com'] (or a wildcard '*.example.com'); 1 to 16. */
  readonly hostnames: string[];
  /** @default '/' */
  readonly path?: string;
  /** @default 'PathPrefix' */
  readonly pathType?: 'PathPrefix' | 'Exact';
  /**
   * The namespace the Gateway's proxies run in: the NetworkPolicy admits traffic from it.
   * @default - the Gateway's namespace
   */
  readonly dataPlaneNamespace?: string;
  /**
   * The request timeout the Gateway enforces (HTTPRoute `timeouts.request`).
   * @default - the Gateway implementation's
   */
  readonly timeout?: Duration;
  /**
   * @default - none
   */
  readonly annotations?: Record<string, string>;
}

/** What the route needs of the WebService (structurally: this module is below web-service.ts). */
export interface RouteTarget extends Construct {
  readonly name: string;
  readonly labels: Record<string, string>;
  readonly port: number;
  readonly servicePort: number;
  readonly connections: Connections;
}

/** Emits the HTTPRoute of `web` and admits the Gateway's data plane in its NetworkPolicy; mistakes are recorded on `web`. */
export function emitHttpRoute(web: RouteTarget, options: WebServiceExposeViaGatewayOptions): ApiObject {
  const kind = 'WebService';
  const check = (fn: () => void) => recorded(web, kind, fn);
  const gw = options.gateway;
  check(() => checkDnsLabel('gateway.gateway.namespace', gw.namespace));
  if (!isDnsSubdomain(gw.name)) report(web, kind, propError('gateway.gateway.name', gw.name, 'must be the name of an existing Gateway (a DNS-1123 subdomain)'));
  if (gw.sectionName !== undefined && !isDnsSubdomain(gw.sectionName)) {
    report(web, kind, propError('gateway.gateway.sectionName', gw.sectionName, 'must be the name of a listener of the Gateway (a DNS-1123 subdomain)'));
  }
  const hostnames = options.hostnames;
  if (hostnames.length === 0) report(web, kind, propError('gateway.hostnames', hostnames, 'must list at least one host name'));
  if (hostnames.length > 16) report(web, kind, propError('gateway.hostnames', hostnames.length, 'must list at most 16 host names (the HTTPRoute limit)'));
  for (const host of hostnames) {
    const bare = host.startsWith('*.') ? host.slice(2) : host;
    if (!isDnsSubdomain(bare) || !bare.includes('.')) {
      report(web, kind, propError('gateway.hostnames', host, 'must be a fully qualified DNS name such as \'shop.example.com\' (a leading \'*.\' is allowed)'));
    }
  }
  if (new Set(hostnames).size !== hostnames.length) report(web, kind, propError('gateway.hostnames', hostnames, 'must not repeat a host name'));
  const path = options.path ?? '/';
  if (!path.startsWith('/')) report(web, kind, propError('gateway.path', path, 'must start with \'/\''));
  const dataPlane = options.dataPlaneNamespace ?? gw.namespace;
  check(() => checkDnsLabel('gateway.dataPlaneNamespace', dataPlane));
  const timeout = options.timeout && recorded(web, kind, () => `${wholeSeconds('gateway.timeout', options.timeout as Duration, 1)}s`, undefined);
  const annotations = recorded(web, kind, () => checkAnnotations('gateway.annotations', options.annotations), undefined);

  // The Gateway's proxies, not the route, connect to the pods: they run in the data plane's namespace.
  web.connections.allowFrom(Peer.namespace(dataPlane), [{ port: web.port }]);
  return emitObject(web, 'HTTPRoute', {
    apiVersion: GATEWAY_API, kind: 'HTTPRoute', name: web.name, labels: web.labels, annotations,
    render: () => ({
      spec: {
        parentRefs: [{
          group: 'gateway.networking.k8s.io', kind: 'Gateway', name: gw.name, namespace: gw.namespace,
          ...(gw.sectionName !== undefined ? { sectionName: gw.sectionName } : {}),
        }],
        hostnames: [...hostnames],
        rules: [{
          matches: [{ path: { type: options.pathType ?? 'PathPrefix', value: path } }],
          backendRefs: [{ group: '', kind: 'Service', name: web.name, port: web.servicePort }],
          ...(timeout ? { timeouts: { request: timeout } } : {}),
        }],
      },
    }),
  });
}
