/**
 * Strict schemas for the Istio kinds the library emits, as istio/api (1.22+) defines them:
 * `networking.istio.io/v1` and `v1beta1` DestinationRule and VirtualService, `security.istio.io/v1` and `v1beta1`
 * PeerAuthentication. The `v1` and `v1beta1` schemas are identical upstream.
 *
 * Written by hand from istio/api, checked against the schemas of `@kubernetes-models/istio` 2.3.0 (Istio 1.18) plus
 * the fields added since (tcp.idleTimeout, http.maxConcurrentStreams, mirrors, proxyProtocol, tls.caCrl, ...).
 * Protobuf `oneof`s are `exclusive` groups; wrapper types (UInt32Value, BoolValue) are plain integers / booleans.
 */
import {
  arrayOf, boolean, crd, CrdSchema, double, duration, enumOf, int32, JsonSchema, mapOf, object, string, stringMap,
  uint32,
} from './_dsl';

const I = (name: string) => `Istio ${name}`;

const workloadSelector = (): JsonSchema => object(I('WorkloadSelector'), { matchLabels: stringMap() });
const portSelector = (): JsonSchema => object(I('PortSelector'), { number: uint32() });
const percent = (): JsonSchema => object(I('Percent'), { value: double() });

// ---- DestinationRule -----------------------------------------------------------------------------------------------

const loadBalancer = (): JsonSchema =>
  object(
    I('LoadBalancerSettings'),
    {
      simple: enumOf('UNSPECIFIED', 'LEAST_CONN', 'RANDOM', 'PASSTHROUGH', 'ROUND_ROBIN', 'LEAST_REQUEST'),
      consistentHash: object(
        I('ConsistentHashLB'),
        {
          httpHeaderName: string(),
          httpCookie: object(I('HTTPCookie'), { name: string(), path: string(), ttl: duration() }, { required: ['name'] }),
          useSourceIp: boolean(),
          httpQueryParameterName: string(),
          ringHash: object(I('RingHash'), { minimumRingSize: uint32() }),
          maglev: object(I('MagLev'), { tableSize: uint32() }),
          minimumRingSize: uint32(),
        },
        {
          exclusive: [
            ['httpHeaderName', 'httpCookie', 'useSourceIp', 'httpQueryParameterName'],
            ['ringHash', 'maglev'],
          ],
        },
      ),
      localityLbSetting: object(I('LocalityLoadBalancerSetting'), {
        distribute: arrayOf(object(I('LocalityLoadBalancerSetting.Distribute'), { from: string(), to: mapOf(uint32()) })),
        failover: arrayOf(object(I('LocalityLoadBalancerSetting.Failover'), { from: string(), to: string() })),
        failoverPriority: arrayOf(string()),
        enabled: boolean(),
      }),
      warmupDurationSecs: duration(),
    },
    { exclusive: [['simple', 'consistentHash']] },
  );

const connectionPool = (): JsonSchema =>
  object(I('ConnectionPoolSettings'), {
    tcp: object(I('ConnectionPoolSettings.TCPSettings'), {
      maxConnections: int32(),
      connectTimeout: duration(),
      tcpKeepalive: object(I('ConnectionPoolSettings.TCPSettings.TcpKeepalive'), {
        probes: uint32(),
        time: duration(),
        interval: duration(),
      }),
      maxConnectionDuration: duration(),
      idleTimeout: duration(),
    }),
    http: object(I('ConnectionPoolSettings.HTTPSettings'), {
      http1MaxPendingRequests: int32(),
      http2MaxRequests: int32(),
      maxRequestsPerConnection: int32(),
      maxRetries: int32(),
      idleTimeout: duration(),
      h2UpgradePolicy: enumOf('DEFAULT', 'DO_NOT_UPGRADE', 'UPGRADE'),
      useClientProtocol: boolean(),
      maxConcurrentStreams: int32(),
    }),
  });

const outlierDetection = (): JsonSchema =>
  object(I('OutlierDetection'), {
    splitExternalLocalOriginErrors: boolean(),
    consecutiveLocalOriginFailures: uint32(),
    consecutiveGatewayErrors: uint32(),
    consecutive5xxErrors: uint32(),
    consecutiveErrors: int32(),
    interval: duration(),
    baseEjectionTime: duration(),
    maxEjectionPercent: int32(),
    minHealthPercent: int32(),
  });

const clientTls = (): JsonSchema =>
  object(I('ClientTLSSettings'), {
    mode: enumOf('DISABLE', 'SIMPLE', 'MUTUAL', 'ISTIO_MUTUAL'),
    clientCertificate: string(),
    privateKey: string(),
    caCertificates: string(),
    credentialName: string(),
    subjectAltNames: arrayOf(string()),
    sni: string(),
    insecureSkipVerify: boolean(),
    caCrl: string(),
  });

const trafficPolicy = (): JsonSchema =>
  object(I('TrafficPolicy'), {
    loadBalancer: loadBalancer(),
    connectionPool: connectionPool(),
    outlierDetection: outlierDetection(),
    tls: clientTls(),
    portLevelSettings: arrayOf(
      object(I('TrafficPolicy.PortTrafficPolicy'), {
        port: portSelector(),
        loadBalancer: loadBalancer(),
        connectionPool: connectionPool(),
        outlierDetection: outlierDetection(),
        tls: clientTls(),
      }),
    ),
    tunnel: object(
      I('TrafficPolicy.TunnelSettings'),
      { protocol: string(), targetHost: string(), targetPort: uint32() },
      { required: ['targetHost', 'targetPort'] },
    ),
    proxyProtocol: object(I('TrafficPolicy.ProxyProtocol'), { version: enumOf('V1', 'V2') }),
  });

const destinationRuleSpec = (): JsonSchema =>
  object(
    I('DestinationRule'),
    {
      host: string(),
      trafficPolicy: trafficPolicy(),
      subsets: arrayOf(
        object(I('Subset'), { name: string(), labels: stringMap(), trafficPolicy: trafficPolicy() }, { required: ['name'] }),
      ),
      exportTo: arrayOf(string()),
      workloadSelector: workloadSelector(),
    },
    { required: ['host'] },
  );

// ---- VirtualService ------------------------------------------------------------------------------------------------

const stringMatch = (): JsonSchema =>
  object(I('StringMatch'), { exact: string(), prefix: string(), regex: string() }, { exclusive: [['exact', 'prefix', 'regex']] });

const destination = (): JsonSchema =>
  object(I('Destination'), { host: string(), subset: string(), port: portSelector() }, { required: ['host'] });

const headerOperations = (): JsonSchema =>
  object(I('Headers.HeaderOperations'), { set: stringMap(), add: stringMap(), remove: arrayOf(string()) });

const headers = (): JsonSchema => object(I('Headers'), { request: headerOperations(), response: headerOperations() });

const httpMatch = (): JsonSchema =>
  object(I('HTTPMatchRequest'), {
    name: string(),
    uri: stringMatch(),
    scheme: stringMatch(),
    method: stringMatch(),
    authority: stringMatch(),
    headers: mapOf(stringMatch()),
    port: uint32(),
    sourceLabels: stringMap(),
    gateways: arrayOf(string()),
    queryParams: mapOf(stringMatch()),
    ignoreUriCase: boolean(),
    withoutHeaders: mapOf(stringMatch()),
    sourceNamespace: string(),
    statPrefix: string(),
  });

const httpRoute = (): JsonSchema =>
  object(I('HTTPRoute'), {
    name: string(),
    match: arrayOf(httpMatch()),
    route: arrayOf(
      object(
        I('HTTPRouteDestination'),
        { destination: destination(), weight: int32(), headers: headers() },
        { required: ['destination'] },
      ),
    ),
    redirect: object(
      I('HTTPRedirect'),
      {
        uri: string(),
        authority: string(),
        port: uint32(),
        derivePort: enumOf('FROM_PROTOCOL_DEFAULT', 'FROM_REQUEST_PORT'),
        scheme: string(),
        redirectCode: uint32(),
      },
      { exclusive: [['port', 'derivePort']] },
    ),
    directResponse: object(
      I('HTTPDirectResponse'),
      {
        status: uint32(),
        body: object(I('HTTPBody'), { string: string(), bytes: string() }, { exclusive: [['string', 'bytes']] }),
      },
      { required: ['status'] },
    ),
    delegate: object(I('Delegate'), { name: string(), namespace: string() }),
    rewrite: object(I('HTTPRewrite'), {
      uri: string(),
      authority: string(),
      uriRegexRewrite: object(I('RegexRewrite'), { match: string(), rewrite: string() }),
    }),
    timeout: duration(),
    retries: object(I('HTTPRetry'), {
      attempts: int32(),
      perTryTimeout: duration(),
      retryOn: string(),
      retryRemoteLocalities: boolean(),
    }),
    fault: object(I('HTTPFaultInjection'), {
      delay: object(
        I('HTTPFaultInjection.Delay'),
        { fixedDelay: duration(), exponentialDelay: duration(), percentage: percent(), percent: int32() },
        { exclusive: [['fixedDelay', 'exponentialDelay']] },
      ),
      abort: object(
        I('HTTPFaultInjection.Abort'),
        { httpStatus: int32(), grpcStatus: string(), http2Error: string(), percentage: percent() },
        { exclusive: [['httpStatus', 'grpcStatus', 'http2Error']] },
      ),
    }),
    mirror: destination(),
    mirrors: arrayOf(
      object(I('HTTPMirrorPolicy'), { destination: destination(), percentage: percent() }, { required: ['destination'] }),
    ),
    mirrorPercent: uint32(),
    mirrorPercentage: percent(),
    corsPolicy: object(I('CorsPolicy'), {
      allowOrigin: arrayOf(string()),
      allowOrigins: arrayOf(stringMatch()),
      allowMethods: arrayOf(string()),
      allowHeaders: arrayOf(string()),
      exposeHeaders: arrayOf(string()),
      maxAge: duration(),
      allowCredentials: boolean(),
      unmatchedPreflights: enumOf('UNSPECIFIED', 'FORWARD', 'IGNORE'),
    }),
    headers: headers(),
  });

const routeDestination = (): JsonSchema =>
  object(I('RouteDestination'), { destination: destination(), weight: int32() }, { required: ['destination'] });

const tlsRoute = (): JsonSchema =>
  object(I('TLSRoute'), {
    match: arrayOf(
      object(
        I('TLSMatchAttributes'),
        {
          sniHosts: arrayOf(string()),
          destinationSubnets: arrayOf(string()),
          port: uint32(),
          sourceLabels: stringMap(),
          gateways: arrayOf(string()),
          sourceNamespace: string(),
        },
        { required: ['sniHosts'] },
      ),
    ),
    route: arrayOf(routeDestination()),
  });

const tcpRoute = (): JsonSchema =>
  object(I('TCPRoute'), {
    match: arrayOf(
      object(I('L4MatchAttributes'), {
        destinationSubnets: arrayOf(string()),
        port: uint32(),
        sourceSubnet: string(),
        sourceLabels: stringMap(),
        gateways: arrayOf(string()),
        sourceNamespace: string(),
      }),
    ),
    route: arrayOf(routeDestination()),
  });

const virtualServiceSpec = (): JsonSchema =>
  object(I('VirtualService'), {
    hosts: arrayOf(string()),
    gateways: arrayOf(string()),
    http: arrayOf(httpRoute()),
    tls: arrayOf(tlsRoute()),
    tcp: arrayOf(tcpRoute()),
    exportTo: arrayOf(string()),
  });

// ---- PeerAuthentication --------------------------------------------------------------------------------------------

const mutualTls = (): JsonSchema =>
  object(I('PeerAuthentication.MutualTLS'), { mode: enumOf('UNSET', 'DISABLE', 'PERMISSIVE', 'STRICT') });

const peerAuthenticationSpec = (): JsonSchema =>
  object(I('PeerAuthentication'), {
    selector: workloadSelector(),
    mtls: mutualTls(),
    portLevelMtls: mapOf(mutualTls()),
  });

export const ISTIO_CRDS: readonly CrdSchema[] = [
  ...['networking.istio.io/v1', 'networking.istio.io/v1beta1'].flatMap((v) => [
    crd(v, 'DestinationRule', destinationRuleSpec(), { specRequired: true }),
    crd(v, 'VirtualService', virtualServiceSpec(), { specRequired: true }),
  ]),
  ...['security.istio.io/v1', 'security.istio.io/v1beta1'].map((v) => crd(v, 'PeerAuthentication', peerAuthenticationSpec())),
];
