// This library's side of `npm run bench`: N production WebServices with ScalingPolicy.autoscale and an env var
// (Deployment, Service, ServiceAccount, NetworkPolicy, HPA and PDB each, plus the Namespace), full validation gate,
// then app.synth(). Runs the compiled library (npm run build). Usage: node bench/apps/blueprints.js N OUTDIR
const { ApiObject } = require('cdk8s');
const { Blueprint, BlueprintApp, Environment, HealthCheck, ScalingPolicy, WebService } = require('../../lib/index.js');

const n = Number(process.argv[2]);
const app = new BlueprintApp({ outdir: process.argv[3] });
const bp = new Blueprint(app, 'bench-production', { environment: Environment.production() });
for (let i = 0; i < n; i++) {
  new WebService(bp, `svc-${i}`, {
    image: `registry.example.com/bench/svc-${i}:1.0.0`, port: 8080, health: HealthCheck.http('/healthz'),
    env: { LOG_LEVEL: 'info' },
    scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 10, cpuUtilization: 70 }),
  });
}
app.synth();
const objects = app.node.findAll().filter((c) => c instanceof ApiObject).length;
process.stdout.write(`${JSON.stringify({ objects, maxRssKiB: process.resourceUsage().maxRSS })}\n`);
