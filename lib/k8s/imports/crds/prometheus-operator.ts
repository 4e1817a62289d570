/**
 * Strict schemas for prometheus-operator `monitoring.coreos.com/v1` ServiceMonitor and PrometheusRule, field for field as
 * `@kubernetes-models/prometheus-operator` 4.4.2 defines it (its .d.ts, enums and patterns, mined by probing its
 * validator): every object is closed, as in the upstream CRD.
 */
import {
  arrayOf, boolean, crd, CrdSchema, enumOf, int64, intOrString, JsonSchema, mapOf, object, PATTERNS, string, stringMap,
} from './_dsl';

const P = (name: string) => `prometheus-operator ${name}`;

const promDuration = (): JsonSchema => ({ type: 'string', pattern: PATTERNS.promDuration });

const secretKeySelector = (): JsonSchema =>
  object(P('SecretKeySelector'), { key: string(), name: string(), optional: boolean() }, { required: ['key'] });
const configMapKeySelector = (): JsonSchema =>
  object(P('ConfigMapKeySelector'), { key: string(), name: string(), optional: boolean() }, { required: ['key'] });
const secretOrConfigMap = (): JsonSchema =>
  object(P('SecretOrConfigMap'), { configMap: configMapKeySelector(), secret: secretKeySelector() });

const relabelConfig = (): JsonSchema =>
  object(P('RelabelConfig'), {
    action: enumOf(
      'replace', 'Replace', 'keep', 'Keep', 'drop', 'Drop', 'hashmod', 'HashMod', 'labelmap', 'LabelMap', 'labeldrop',
      'LabelDrop', 'labelkeep', 'LabelKeep', 'lowercase', 'Lowercase', 'uppercase', 'Uppercase', 'keepequal',
      'KeepEqual', 'dropequal', 'DropEqual',
    ),
    modulus: int64(),
    regex: string(),
    replacement: string(),
    separator: string(),
    sourceLabels: arrayOf({ type: 'string', pattern: PATTERNS.promLabelName }),
    targetLabel: string(),
  });

const endpoint = (): JsonSchema =>
  object(P('Endpoint'), {
    authorization: object(P('SafeAuthorization'), { credentials: secretKeySelector(), type: string() }),
    basicAuth: object(P('BasicAuth'), { password: secretKeySelector(), username: secretKeySelector() }),
    bearerTokenFile: string(),
    bearerTokenSecret: secretKeySelector(),
    enableHttp2: boolean(),
    filterRunning: boolean(),
    followRedirects: boolean(),
    honorLabels: boolean(),
    honorTimestamps: boolean(),
    interval: promDuration(),
    metricRelabelings: arrayOf(relabelConfig()),
    oauth2: object(
      P('OAuth2'),
      {
        clientId: secretOrConfigMap(),
        clientSecret: secretKeySelector(),
        endpointParams: stringMap(),
        scopes: arrayOf(string()),
        tokenUrl: { type: 'string', minLength: 1 },
      },
      { required: ['clientId', 'clientSecret', 'tokenUrl'] },
    ),
    params: mapOf(arrayOf(string())),
    path: string(),
    port: string(),
    proxyUrl: string(),
    relabelings: arrayOf(relabelConfig()),
    scheme: enumOf('http', 'https'),
    scrapeTimeout: promDuration(),
    targetPort: intOrString(),
    tlsConfig: object(P('TLSConfig'), {
      ca: secretOrConfigMap(),
      caFile: string(),
      cert: secretOrConfigMap(),
      certFile: string(),
      insecureSkipVerify: boolean(),
      keyFile: string(),
      keySecret: secretKeySelector(),
      serverName: string(),
    }),
  });

const serviceMonitorSpec = (): JsonSchema =>
  object(
    P('ServiceMonitorSpec'),
    {
      attachMetadata: object(P('AttachMetadata'), { node: boolean() }),
      endpoints: arrayOf(endpoint()),
      jobLabel: string(),
      labelLimit: int64(),
      labelNameLengthLimit: int64(),
      labelValueLengthLimit: int64(),
      namespaceSelector: object(P('NamespaceSelector'), { any: boolean(), matchNames: arrayOf(string()) }),
      podTargetLabels: arrayOf(string()),
      sampleLimit: int64(),
      selector: object(P('LabelSelector'), {
        matchExpressions: arrayOf(
          object(
            P('LabelSelectorRequirement'),
            { key: string(), operator: string(), values: arrayOf(string()) },
            { required: ['key', 'operator'] },
          ),
        ),
        matchLabels: stringMap(),
      }),
      targetLabels: arrayOf(string()),
      targetLimit: int64(),
    },
    { required: ['endpoints', 'selector'] },
  );

/** PrometheusRule: `spec.groups[]` of recording and alerting rules (`expr` is a PromQL string, or a number). */
const prometheusRuleSpec = (): JsonSchema =>
  object(P('PrometheusRuleSpec'), {
    groups: arrayOf(object(
      P('RuleGroup'),
      {
        interval: promDuration(),
        limit: int64(),
        name: { type: 'string', minLength: 1 },
        // The CRD's pattern is RE2 '^(?i)(abort|warn)?$' (case-insensitive).
        partial_response_strategy: { type: 'string', pattern: '^([Aa][Bb][Oo][Rr][Tt]|[Ww][Aa][Rr][Nn])?$' },
        rules: arrayOf(object(
          P('Rule'),
          { alert: string(), annotations: stringMap(), expr: { type: ['integer', 'string'] }, for: promDuration(), labels: stringMap(), record: string() },
          { required: ['expr'] },
        )),
      },
      { required: ['name'] },
    )),
  });

export const PROMETHEUS_OPERATOR_CRDS: readonly CrdSchema[] = [
  crd('monitoring.coreos.com/v1', 'ServiceMonitor', serviceMonitorSpec(), { specRequired: true }),
  crd('monitoring.coreos.com/v1', 'PrometheusRule', prometheusRuleSpec(), { specRequired: true }),
];
