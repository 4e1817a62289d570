/**
 * The corpus, the built-in checks of `lib/validation/checks.ts` besides the rules: the Kubernetes 1.28 schema
 * and unique object names. One input per mistake, each with the exact report of the gate.
 */
import { ApiObject, JsonPatch } from 'cdk8s';
import { ScalingPolicy, WebService } from '../../lib/index';
import { CONTAINER, CorpusCase, oneError, patchedWeb, production, WEB } from './_corpus-kit';

/** Inputs the schema and unique-objects checks reject. */
export const CHECK_CASES: readonly CorpusCase[] = [
  // ---- schema
  {
    name: 'schema: a Service of an unknown type',
    kind: 'gate', rule: 'schema',
    build: (app) => {
      const web = new WebService(production(app), 'api', WEB);
      web.service.addJsonPatch(JsonPatch.replace('/spec/type', 'Foo'));
    },
    expected: oneError('schema', 'shop-production/api/Service', 'Service \'api\' /spec/type: must be one of \'ClusterIP\', \'ExternalName\', \'LoadBalancer\', \'NodePort\', got \'Foo\''),
  },
  {
    name: 'schema: an unknown field',
    kind: 'gate', rule: 'schema',
    build: (app) => { patchedWeb(app, JsonPatch.add(`${CONTAINER}/imagePullSecret`, 'registry')); },
    expected: oneError('schema', 'shop-production/api/Deployment', `Deployment 'api' ${CONTAINER}/imagePullSecret: unknown field 'imagePullSecret' (Kubernetes 1.28 Container has no such field)`),
  },
  {
    name: 'schema: an API version Kubernetes 1.28 no longer serves',
    kind: 'gate', rule: 'schema',
    build: (app) => {
      const web = new WebService(production(app), 'api', { ...WEB, scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 10, cpuUtilization: 70 }) });
      web.autoscaler!.addJsonPatch(JsonPatch.replace('/apiVersion', 'autoscaling/v2beta2'));
    },
    expected: oneError('schema', 'shop-production/api/Autoscaler', 'HorizontalPodAutoscaler \'api\' /apiVersion: apiVersion \'autoscaling/v2beta2\' kind \'HorizontalPodAutoscaler\' is not served by Kubernetes 1.28 (use \'autoscaling/v2\')'),
  },
  {
    name: 'schema: a CPU limit that is not a quantity',
    kind: 'gate', rule: 'schema',
    build: (app) => { patchedWeb(app, JsonPatch.replace(`${CONTAINER}/resources/limits/cpu`, 'one core')); },
    expected: oneError('schema', 'shop-production/api/Deployment', `Deployment 'api' ${CONTAINER}/resources/limits/cpu: must be a Kubernetes quantity (e.g. '250m', '512Mi'), got 'one core'`),
  },
  // ---- uniqueness
  {
    name: 'unique-objects: a raw object with the name of a construct\'s object',
    kind: 'gate', rule: 'unique-objects',
    build: (app) => {
      const shop = production(app);
      new WebService(shop, 'api', WEB);
      new ApiObject(shop, 'legacy-account', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'api' } });
    },
    expected: oneError('unique-objects', 'shop-production/legacy-account', 'ServiceAccount \'api\' is also emitted by \'shop-production/api/ServiceAccount\''),
  },
];
