/**
 * The corpus, the semantic rules (`lib/validation/semantic-rules.ts`): names, labels, schedules, ports, and the
 * references between objects. One input per rule at least, each with the exact report of the gate.
 */
import { ApiObject, JsonPatch } from 'cdk8s';
import { CronTask, HealthCheck, ScalingPolicy, WebService } from '../../lib/index';
import { CONTAINER, CorpusCase, CRON, e, oneError, patchedWeb, patchedWorker, production, report, WEB } from './_corpus-kit';

/** Inputs each semantic rule rejects. */
export const SEMANTIC_CASES: readonly CorpusCase[] = [
  {
    name: 'port-range: a Service port above 65535',
    kind: 'gate', rule: 'port-range',
    build: (app) => { new WebService(production(app), 'api', WEB).service.addJsonPatch(JsonPatch.replace('/spec/ports/0/port', 70000)); },
    expected: oneError('port-range', 'shop-production/api/Service', 'Service \'api\' uses port 70000, outside 1-65535'),
  },
  {
    name: 'dns-name: an object name with uppercase letters',
    kind: 'gate', rule: 'dns-name',
    build: (app) => { new ApiObject(production(app), 'settings', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'App_Settings' }, data: { mode: 'fast' } }); },
    expected: oneError('dns-name', 'shop-production/settings', 'ConfigMap name "App_Settings" is not a valid DNS-1123 subdomain'),
  },
  {
    name: 'label-syntax: a label value with a space',
    kind: 'gate', rule: 'label-syntax',
    build: (app) => { patchedWeb(app, JsonPatch.add('/metadata/labels/team', 'web shop')); },
    expected: oneError('label-syntax', 'shop-production/api/Deployment', 'Deployment \'api\': label \'team\' has an invalid value "web shop"'),
  },
  {
    name: 'cron-schedule: a CronJob schedule out of range',
    kind: 'gate', rule: 'cron-schedule',
    build: (app) => { new CronTask(production(app), 'report', CRON).cronJob.addJsonPatch(JsonPatch.replace('/spec/schedule', '0 25 * * *')); },
    expected: oneError('cron-schedule', 'shop-production/report/CronJob', 'CronJob \'report\': \'schedule\' (\'0 25 * * *\') has hour 25 outside 0-23'),
  },
  {
    name: 'cron-schedule: a CronJob time zone that does not exist',
    kind: 'gate', rule: 'cron-schedule',
    build: (app) => { new CronTask(production(app), 'report', CRON).cronJob.addJsonPatch(JsonPatch.replace('/spec/timeZone', 'Mars/Olympus_Mons')); },
    expected: oneError('cron-schedule', 'shop-production/report/CronJob', 'CronJob \'report\': \'schedule.timeZone\' (\'Mars/Olympus_Mons\') is not an IANA time zone name (e.g. \'Etc/UTC\', \'Europe/Berlin\')'),
  },
  {
    name: 'unique-ports: two container ports with one number',
    kind: 'gate', rule: 'unique-ports',
    build: (app) => { patchedWeb(app, JsonPatch.add(`${CONTAINER}/ports/-`, { name: 'admin', containerPort: 8080, protocol: 'TCP' })); },
    expected: oneError('unique-ports', 'shop-production/api/Deployment', 'container \'api\' repeats a port (8080/TCP, 8080/TCP)'),
  },
  {
    name: 'selector-matches-template: a selector the pod template does not carry',
    kind: 'gate', rule: 'selector-matches-template',
    build: (app) => { patchedWorker(app, JsonPatch.add('/spec/selector/matchLabels/tier', 'backend')); },
    expected: oneError('selector-matches-template', 'shop-development/worker/Deployment', 'Deployment \'worker\': selector {"app.kubernetes.io/instance":"shop-development","app.kubernetes.io/name":"worker","tier":"backend"} does not match its pod template labels'),
  },
  {
    name: 'service-selects-pods: a Service targetPort no container declares',
    kind: 'gate', rule: 'service-selects-pods',
    build: (app) => { new WebService(production(app), 'api', WEB).service.addJsonPatch(JsonPatch.replace('/spec/ports/0/targetPort', 9090)); },
    expected: oneError('service-selects-pods', 'shop-production/api/Service', 'Service \'api\': targetPort 9090 is not a container port of the pods it selects'),
  },
  {
    name: 'hpa-target: an autoscaler whose target is not in the blueprint',
    kind: 'gate', rule: 'hpa-target',
    build: (app) => {
      new ApiObject(production(app), 'ghost-scaler', {
        apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'ghost' },
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'ghost' }, minReplicas: 2, maxReplicas: 4 },
      });
    },
    expected: oneError('hpa-target', 'shop-production/ghost-scaler', 'HorizontalPodAutoscaler \'ghost\': scaleTargetRef Deployment \'ghost\' is not in the blueprint'),
  },
  {
    // ResourceProfile cannot express a container without a CPU request (Cpu.millis needs >= 1 and `request` is
    // required), so the construct-time check is unreachable through the API; the gate catches a patched one.
    name: 'hpa-target: CPU autoscaling of a container without a CPU request',
    kind: 'gate', rule: 'hpa-target',
    build: (app) => {
      const web = new WebService(production(app), 'api', { ...WEB, scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 10, cpuUtilization: 70 }) });
      web.deployment.addJsonPatch(JsonPatch.remove(`${CONTAINER}/resources/requests/cpu`));
    },
    expected: report('Validation failed: 2 errors; nothing was written.',
      e('hpa-target', 'shop-production/api/Autoscaler', 'HorizontalPodAutoscaler \'api\': scales on cpu utilization but a container of Deployment \'api\' has no cpu request'),
      e('resources', 'shop-production/api/Deployment', 'container \'api\' has no requests.cpu'),
    ),
  },
  {
    name: 'pdb-selects-pods: maxUnavailable 0',
    kind: 'gate', rule: 'pdb-selects-pods',
    build: (app) => { new WebService(production(app), 'api', WEB).disruptionBudget!.addJsonPatch(JsonPatch.replace('/spec/maxUnavailable', 0)); },
    expected: oneError('pdb-selects-pods', 'shop-production/api/DisruptionBudget', 'PodDisruptionBudget \'api\': maxUnavailable 0 blocks every voluntary eviction (node drains hang)'),
  },
  {
    name: 'pdb-selects-pods: minAvailable 100%',
    kind: 'gate', rule: 'pdb-selects-pods',
    build: (app) => {
      new WebService(production(app), 'api', WEB).disruptionBudget!.addJsonPatch(JsonPatch.remove('/spec/maxUnavailable'), JsonPatch.add('/spec/minAvailable', '100%'));
    },
    expected: oneError('pdb-selects-pods', 'shop-production/api/DisruptionBudget', 'PodDisruptionBudget \'api\': minAvailable \'100%\' blocks every voluntary eviction (node drains hang)'),
  },
  {
    name: 'networkpolicy-selects-pods: a policy for pods that do not exist',
    kind: 'gate', rule: 'networkpolicy-selects-pods',
    build: (app) => {
      new ApiObject(production(app), 'allow-ghost', {
        apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'allow-ghost' },
        spec: { podSelector: { matchLabels: { 'app.kubernetes.io/name': 'ghost' } }, policyTypes: ['Ingress'] },
      });
    },
    expected: oneError('networkpolicy-selects-pods', 'shop-production/allow-ghost', 'NetworkPolicy \'allow-ghost\': podSelector {"app.kubernetes.io/name":"ghost"} matches no pod template in the blueprint'),
  },
  {
    name: 'ingress-backend: a backend port the Service does not have',
    kind: 'gate', rule: 'ingress-backend',
    build: (app) => {
      const web = new WebService(production(app), 'api', { ...WEB, ingress: { host: 'shop.example.com', tlsSecret: 'shop-example-com-tls' } });
      web.ingress!.addJsonPatch(JsonPatch.replace('/spec/rules/0/http/paths/0/backend/service/port/number', 8080));
    },
    expected: oneError('ingress-backend', 'shop-production/api/Ingress', 'Ingress \'api\': backend port {"number":8080} is not a port of Service \'api\''),
  },
  {
    name: 'config-refs: an env var from a ConfigMap that is not in the blueprint',
    kind: 'gate', rule: 'config-refs',
    build: (app) => { patchedWeb(app, JsonPatch.add(`${CONTAINER}/env`, [{ name: 'MODE', valueFrom: { configMapKeyRef: { name: 'settings', key: 'mode' } } }])); },
    expected: oneError('config-refs', 'shop-production/api/Deployment', 'env MODE: ConfigMap \'settings\' is not in the blueprint'),
  },
  {
    name: 'service-account: pods run as the default ServiceAccount',
    kind: 'gate', rule: 'service-account',
    build: (app) => { patchedWeb(app, JsonPatch.replace('/spec/template/spec/serviceAccountName', 'default')); },
    expected: oneError('service-account', 'shop-production/api/Deployment', 'Deployment \'api\': pods run as the namespace\'s default ServiceAccount'),
  },
  {
    name: 'probe-port: a health check on a port the container does not declare',
    kind: 'gate', rule: 'probe-port',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, health: HealthCheck.http('/healthz', { port: 9090 }) }); },
    expected: oneError('probe-port', 'shop-production/api/Deployment', 'container \'api\': startupProbe port 9090 is not a declared container port'),
  },
];
