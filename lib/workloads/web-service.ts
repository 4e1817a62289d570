import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { checkedMethodOptions, checkedProps } from '../k8s/_construct-props';
import { emitObject } from '../k8s/emit';
import { Peer } from '../network/connections';
import { checkInteger, propError } from '../values/_errors';
import { childPath, recorded, recordedAt, report } from '../k8s/_recorded-errors';
import { checkAnnotations, checkDns1035Label, isDnsSubdomain } from '../values/_names';
import { ReplicatedWorkload, ReplicatedWorkloadProps } from './replicated-workload';
import { ConnectionEndpoint, IConnectable } from '../network/relations';
import { Blueprint } from '../blueprint/blueprint';
import { EnvValue } from '../values/env-value';
import { Duration } from 'cdk8s';
import { TrafficPolicy } from '../values/traffic-policy';
import { TrafficSplit } from '../values/traffic-split';
import { wholeSeconds } from '../values/_duration';
import { emitHttpRoute, WebServiceExposeViaGatewayOptions } from './_gateway-route';

/** The API version of Istio's traffic objects. */
const ISTIO_NETWORKING = 'networking.istio.io/v1';

/** The pods of each blueprint's application, as a peer: one for all its web services (a Peer is a value). */
const APPLICATION_PEERS = new WeakMap<Blueprint, Peer>();

function applicationPeer(blueprint: Blueprint): Peer {
  let peer = APPLICATION_PEERS.get(blueprint);
  if (peer === undefined) {
    peer = Peer.pods({ 'app.kubernetes.io/part-of': blueprint.appName }, `application ${blueprint.appName}`);
    APPLICATION_PEERS.set(blueprint, peer);
  }
  return peer;
}

/** Metrics the app exposes for Prometheus. */
export interface WebServiceMetricsOptions {
  /** The port metrics are served on (named 'metrics'; may equal neither the app port nor another port). */
  readonly port: number;
  /** @default '/metrics' */
  readonly path?: string;
  /** @default Duration.seconds(30) */
  readonly interval?: Duration;
  /**
   * The namespace Prometheus runs in: the NetworkPolicy admits it to the metrics port.
   * @default 'monitoring'
   */
  readonly prometheusNamespace?: string;
}

/** Options for `WebService.exposeViaIngress()`. */
export interface WebServiceExposeViaIngressOptions {
  /** The host name clients use, e.g. 'shop.example.com' (or a wildcard '*.example.com'). */
  readonly host: string;
  /** @default '/' */
  readonly path?: string;
  /** @default 'Prefix' */
  readonly pathType?: 'Prefix' | 'Exact' | 'ImplementationSpecific';
  /**
   * An existing TLS Secret (kubernetes.io/tls) for the host; without one the ingress serves plain HTTP.
   * @default - no TLS
   */
  readonly tlsSecret?: string;
  /**
   * The IngressClass.
   * @default 'nginx'
   */
  readonly className?: string;
  /**
   * The namespace the ingress controller runs in: the NetworkPolicy admits traffic from it.
   * @default 'ingress-nginx'
   */
  readonly controllerNamespace?: string;
  /**
   * Annotations for the controller.
   * @default - none
   */
  readonly annotations?: Record<string, string>;
}

export type { GatewayReference, WebServiceExposeViaGatewayOptions } from './_gateway-route';

/** Props for `WebService`. */
export interface WebServiceProps extends ReplicatedWorkloadProps {
  /**
   * The port the app listens on.
   * @default - the port the `Image` EXPOSEs (required for an image built elsewhere)
   */
  readonly port?: number;
  /**
   * How the Service is reachable. NodePort and LoadBalancer also admit traffic from any address in the
   * NetworkPolicy (it comes from outside the cluster).
   * @default 'ClusterIP'
   */
  readonly serviceType?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
  /**
   * The port clients connect to.
   * @default 80
   */
  readonly servicePort?: number;
  /**
   * The node port, for NodePort and LoadBalancer services.
   * @default - assigned by the cluster
   */
  readonly nodePort?: number;
  /**
   * Expose through an Ingress (same as calling `exposeViaIngress`).
   * @default - not exposed outside the cluster
   */
  readonly ingress?: WebServiceExposeViaIngressOptions;
  /**
   * Whether every pod of the same application (same `app.kubernetes.io/part-of`) may call this service.
   * Turn off to admit only the clients that relations declare (`connectTo`) and the ingress controller.
   * @default true
   */
  readonly allowFromApplication?: boolean;
  /**
   * How the mesh routes to this service (load balancing, circuit breaking, retries, timeouts): an Istio
   * DestinationRule and VirtualService. Needs a blueprint with `mesh: true`.
   * @default - the mesh's defaults (no objects emitted)
   */
  readonly trafficPolicy?: TrafficPolicy;
  /**
   * Weighted routes between versions (a canary). Needs `trafficPolicy`.
   * @default - all traffic to every pod of the service
   */
  readonly trafficSplit?: TrafficSplit;
  /**
   * Prometheus metrics: a 'metrics' port on the container and the Service, a ServiceMonitor, and an ingress rule
   * for Prometheus.
   * @default - no metrics
   */
  readonly metrics?: WebServiceMetricsOptions;
}

/**
 * A long-running HTTP (or TCP) service: a hardened Deployment, a Service, optionally an Ingress, with a
 * dedicated ServiceAccount, a default-deny NetworkPolicy admitting only its clients, autoscaling, a
 * PodDisruptionBudget and spreading as its environment decides.
 *
 * @example
 * new WebService(shop, 'web', {
 *   image: 'registry.example.com/shop/web:1.4.2', port: 8080, health: HealthCheck.http('/healthz'),
 *   scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 10, cpuUtilization: 70 }),
 *   ingress: { host: 'shop.example.com', tlsSecret: 'shop-tls' },
 * });
 */
export class WebService extends ReplicatedWorkload implements IConnectable {
  public readonly service: ApiObject;
  public readonly servicePort: number;
  public readonly serviceType: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
  /** The Ingress, once exposed. */
  public ingress?: ApiObject;
  /** The Gateway API HTTPRoute, once exposed through a Gateway. */
  public httpRoute?: ApiObject;
  /** The in-cluster DNS name of the Service. */
  public readonly host: string;
  /** The Istio objects, when a traffic policy is set. */
  public readonly destinationRule?: ApiObject;
  public readonly virtualService?: ApiObject;
  /** The Prometheus ServiceMonitor, when metrics are declared. */
  public readonly serviceMonitor?: ApiObject;
  /** In a production mesh: lets the metrics port accept plain-text scrapes while everything else stays STRICT. */
  public readonly metricsPeerAuthentication?: ApiObject;
  declare public readonly port: number;

  constructor(scope: Construct, id: string, props: WebServiceProps) {
    props = checkedProps('WebService', scope, id, props);
    const metricsOk = !props.metrics || recordedAt(scope, childPath(scope, id), 'WebService', () => {
      const m = props.metrics!.port;
      checkInteger('metrics.port', m, 1, 65535);
      if (m === props.port) throw propError('metrics.port', m, 'must differ from \'port\': metrics get their own port, name and NetworkPolicy rule');
      return true;
    }, false);
    super(scope, id, 'WebService', 'web', props.metrics && metricsOk
      ? { ...props, extraPorts: [...(props.extraPorts ?? []), { name: 'metrics', port: props.metrics.port }] }
      : props);
    const check = (fn: () => void) => recorded(this, 'WebService', fn);
    if (this.port === undefined) {
      report(this, 'WebService', `'port' is required: ${typeof props.image === 'string' ? 'the image is built elsewhere' : 'the image EXPOSEs no port'}; set the port the app listens on`);
      // Stands in so the rest of the construct can be built; nothing is written while a mistake is recorded.
      (this as { port: number }).port = 8080;
    }
    this.serviceType = props.serviceType ?? 'ClusterIP';
    this.servicePort = props.servicePort ?? 80;
    check(() => checkDns1035Label('id', id));
    check(() => checkInteger('servicePort', this.servicePort, 1, 65535));
    if (props.nodePort !== undefined) {
      const nodePort = props.nodePort;
      check(() => {
        if (this.serviceType === 'ClusterIP') throw propError('nodePort', nodePort, 'needs serviceType \'NodePort\' or \'LoadBalancer\'');
        checkInteger('nodePort', nodePort, 30000, 32767);
      });
    }
    this.host = `${id}.${this.blueprint.namespaceName}.svc`;

    this.service = emitObject(this, 'Service', {
      apiVersion: 'v1', kind: 'Service', name: id, labels: this.labels,
      render: () => ({
        spec: {
          type: this.serviceType,
          selector: this.selectorLabels,
          ports: [{
            name: this.portName, port: this.servicePort, targetPort: this.port, protocol: 'TCP',
            ...(props.nodePort !== undefined ? { nodePort: props.nodePort } : {}),
          }, ...(props.metrics ? [{ name: 'metrics', port: props.metrics.port, targetPort: props.metrics.port, protocol: 'TCP' }] : [])],
        },
      }),
    });

    if (props.allowFromApplication ?? true) {
      this.connections.allowFrom(applicationPeer(this.blueprint), [{ port: this.port }]);
    }
    if (this.serviceType !== 'ClusterIP') {
      this.connections.allowFrom(Peer.cidr('0.0.0.0/0'), [{ port: this.port }]);
    }
    if (props.ingress) this.exposeViaIngress(props.ingress);

    if (props.metrics) {
      const m = props.metrics;
      const promNs = m.prometheusNamespace ?? 'monitoring';
      if (m.path !== undefined && !m.path.startsWith('/')) report(this, 'WebService', propError('metrics.path', m.path, 'must start with \'/\''));
      check(() => checkDns1035Label('metrics.prometheusNamespace', promNs));
      const interval = recorded(this, 'WebService', () => wholeSeconds('metrics.interval', m.interval ?? Duration.seconds(30), 5), 30);
      this.connections.allowFrom(Peer.namespace(promNs), [{ port: m.port }]);
      if (this.blueprint.peerAuthentication) {
        // STRICT mTLS would refuse a Prometheus outside the mesh: the metrics port alone also accepts plain text.
        this.metricsPeerAuthentication = emitObject(this, 'MetricsPeerAuthentication', {
          apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', name: `${id}-metrics`, labels: this.labels,
          render: () => ({
            spec: { selector: { matchLabels: this.selectorLabels }, mtls: { mode: 'STRICT' }, portLevelMtls: { [String(m.port)]: { mode: 'PERMISSIVE' } } },
          }),
        });
      }
      this.serviceMonitor = emitObject(this, 'ServiceMonitor', {
        apiVersion: 'monitoring.coreos.com/v1', kind: 'ServiceMonitor', name: id, labels: this.labels,
        render: () => ({
          spec: {
            selector: { matchLabels: this.selectorLabels },
            namespaceSelector: { matchNames: [this.blueprint.namespaceName] },
            endpoints: [{ port: 'metrics', path: m.path ?? '/metrics', interval: `${interval}s` }],
          },
        }),
      });
    }

    if (props.trafficSplit && !props.trafficPolicy) {
      report(this, 'WebService', '\'trafficSplit\' needs a \'trafficPolicy\' (TrafficPolicy.of({}) for the mesh defaults)');
    }
    if (props.trafficPolicy) {
      const policy = props.trafficPolicy;
      if (!this.blueprint.mesh) {
        report(this, 'WebService', `'trafficPolicy' needs the service mesh: create Blueprint '${this.blueprint.node.id}' with { mesh: true }`);
      }
      check(() => policy.checkBudget({ replicas: { min: this.minReplicas, max: this.maxReplicas } }));
      // The policy gives the specs, checked here; the objects render them as they are.
      const target = { host: `${id}.${this.blueprint.namespaceName}.svc.cluster.local`, port: this.servicePort, ...(props.trafficSplit ? { split: props.trafficSplit } : {}) };
      const specs = recorded(this, 'WebService', () => ({ destinationRule: policy.destinationRuleSpec(target), virtualService: policy.virtualServiceSpec(target) }), undefined);
      if (specs) {
        this.destinationRule = emitObject(this, 'DestinationRule', {
          apiVersion: ISTIO_NETWORKING, kind: 'DestinationRule', name: id, labels: this.labels,
          render: () => ({ spec: specs.destinationRule }),
        });
        this.virtualService = emitObject(this, 'VirtualService', {
          apiVersion: ISTIO_NETWORKING, kind: 'VirtualService', name: id, labels: this.labels,
          render: () => ({ spec: specs.virtualService }),
        });
      }
    }
  }

  /** Clients reach the Service; the NetworkPolicies admit them to the pods' port. */
  public connectionEndpoint(): ConnectionEndpoint {
    return {
      name: this.name,
      path: this.node.path,
      host: this.host,
      port: this.servicePort,
      peer: Peer.pods(this.selectorLabels, `${this.kind} ${this.name}`),
      peerPorts: [{ port: this.port }],
      env: () => [['URL', EnvValue.fromValue(`http://${this.host}${this.servicePort === 80 ? '' : `:${this.servicePort}`}`)]],
      admit: (client) => this.connections.allowFrom(client, [{ port: this.port }]),
      dependencies: [this],
    };
  }

  /** Exposes the service through an Ingress and admits the ingress controller in the NetworkPolicy. */
  public exposeViaIngress(options: WebServiceExposeViaIngressOptions): ApiObject {
    options = checkedMethodOptions(this, 'WebService', 'WebServiceExposeViaIngressOptions', options, 'ingress');
    const path = options.path ?? '/';
    const className = options.className ?? 'nginx';
    const controllerNamespace = options.controllerNamespace ?? 'ingress-nginx';
    if (this.ingress) {
      report(this, 'WebService', `Unable to expose ${this.name} via an ingress: it is already exposed; add paths to one ingress instead`);
      return this.ingress;
    }
    const check = (fn: () => void) => recorded(this, 'WebService', fn);
    const bare = options.host.startsWith('*.') ? options.host.slice(2) : options.host;
    if (!isDnsSubdomain(bare) || !bare.includes('.')) {
      report(this, 'WebService', propError('ingress.host', options.host, 'must be a fully qualified DNS name such as \'shop.example.com\' (a leading \'*.\' is allowed)'));
    }
    if (!path.startsWith('/')) report(this, 'WebService', propError('ingress.path', path, 'must start with \'/\''));
    check(() => checkDns1035Label('ingress.controllerNamespace', controllerNamespace));
    if (!isDnsSubdomain(className)) report(this, 'WebService', propError('ingress.className', className, 'must be the name of an IngressClass (a DNS-1123 subdomain)'));
    if (options.tlsSecret !== undefined && !isDnsSubdomain(options.tlsSecret)) {
      report(this, 'WebService', propError('ingress.tlsSecret', options.tlsSecret, 'must be the name of an existing Secret'));
    }
    const annotations = recorded(this, 'WebService', () => checkAnnotations('ingress.annotations', options.annotations), undefined);
    this.connections.allowFrom(Peer.namespace(controllerNamespace), [{ port: this.port }]);
    this.ingress = emitObject(this, 'Ingress', {
      apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', name: this.name, labels: this.labels, annotations,
      render: () => ({
        spec: {
          ingressClassName: className,
          ...(options.tlsSecret ? { tls: [{ hosts: [options.host], secretName: options.tlsSecret }] } : {}),
          rules: [{
            host: options.host,
            http: {
              paths: [{
                path,
                pathType: options.pathType ?? 'Prefix',
                backend: { service: { name: this.name, port: { number: this.servicePort } } },
              }],
            },
          }],
        },
      }),
    });
    return this.ingress;
  }

  /**
   * Exposes the service through an existing Gateway (Gateway API) with an HTTPRoute, the alternative to an Ingress,
   * and admits the Gateway's proxies in the NetworkPolicy. TLS is the Gateway listener's: name it with `sectionName`.
   * Needs the Gateway API CRDs (v1) and a Gateway whose listener allows routes from this namespace.
   */
  public exposeViaGateway(options: WebServiceExposeViaGatewayOptions): ApiObject {
    options = checkedMethodOptions(this, 'WebService', 'WebServiceExposeViaGatewayOptions', options, 'gateway');
    if (this.httpRoute) {
      report(this, 'WebService', `Unable to expose ${this.name} via a gateway: it is already exposed; add host names to one route instead`);
      return this.httpRoute;
    }
    this.httpRoute = emitHttpRoute(this, options);
    return this.httpRoute;
  }
}
