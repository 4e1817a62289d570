// The cdk8s-plus-28 baseline of `npm run bench`: N services, each a Deployment exposed via a Service, a
// HorizontalPodAutoscaler, a ConfigMap and a PodDisruptionBudget ApiObject (5 objects), then app.synth().
// Usage: node bench/apps/plus.js N OUTDIR  — prints one JSON line: {"objects":…,"maxRssKiB":…}
const { App, Chart, ApiObject } = require('cdk8s');
const plus = require('cdk8s-plus-28');

const n = Number(process.argv[2]);
const app = new App({ outdir: process.argv[3] });
const chart = new Chart(app, 'bench-production', { namespace: 'bench' });
for (let i = 0; i < n; i++) {
  const name = `svc-${i}`;
  const config = new plus.ConfigMap(chart, `${name}-config`, { data: { LOG_LEVEL: 'info' } });
  const deployment = new plus.Deployment(chart, name, {
    containers: [{
      name, image: `registry.example.com/bench/${name}:1.0.0`, portNumber: 8080,
      envVariables: { LOG_LEVEL: plus.EnvValue.fromConfigMap(config, 'LOG_LEVEL') },
      readiness: plus.Probe.fromHttpGet('/healthz'),
      liveness: plus.Probe.fromHttpGet('/healthz'),
    }],
  });
  deployment.exposeViaService({ ports: [{ port: 80, targetPort: 8080 }] });
  new plus.HorizontalPodAutoscaler(chart, `${name}-hpa`, {
    target: deployment, minReplicas: 2, maxReplicas: 10,
    metrics: [plus.Metric.resourceCpu(plus.MetricTarget.averageUtilization(70))],
  });
  new ApiObject(chart, `${name}-pdb`, {
    apiVersion: 'policy/v1', kind: 'PodDisruptionBudget',
    spec: { maxUnavailable: 1, selector: { matchLabels: deployment.matchLabels } },
  });
}
app.synth();
process.stdout.write(`${JSON.stringify({ objects: chart.node.findAll().filter((c) => c instanceof ApiObject).length, maxRssKiB: process.resourceUsage().maxRSS })}\n`);
