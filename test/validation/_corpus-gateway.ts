/**
 * The corpus, the Gateway API rules (`lib/validation/gateway-rules.ts`): HTTPRoutes whose backends are not the
 * blueprint's, or that attach to every listener of a Gateway. Each with the exact report of the gate.
 */
import { JsonPatch } from 'cdk8s';
import { WebService } from '../../lib/index';
import { CorpusCase, error, ONE_ERROR, production, report, WEB } from './_corpus-kit';

const GATEWAY = { name: 'public', namespace: 'gateway-system', sectionName: 'https' };

/** Inputs the Gateway API rules reject. */
export const GATEWAY_CASES: readonly CorpusCase[] = [
  {
    name: 'httproute-backend: a route to a port the Service does not have',
    kind: 'gate', rule: 'httproute-backend',
    build: (app) => {
      const web = new WebService(production(app), 'api', WEB);
      web.exposeViaGateway({ gateway: GATEWAY, hostnames: ['api.example.com'] }).addJsonPatch(JsonPatch.replace('/spec/rules/0/backendRefs/0/port', 8081));
    },
    expected: report(ONE_ERROR, error('httproute-backend', 'shop-production/api/HTTPRoute', "HTTPRoute 'api': backend port 8081 is not a port of Service 'api'", 'expose the WebService with exposeViaGateway()')),
  },
  {
    name: 'httproute-listener: a production route on every listener of its Gateway',
    kind: 'gate', rule: 'httproute-listener',
    build: (app) => {
      new WebService(production(app), 'api', WEB).exposeViaGateway({ gateway: { name: 'public', namespace: 'gateway-system' }, hostnames: ['api.example.com'] });
    },
    expected: report(ONE_ERROR, error('httproute-listener', 'shop-production/api/HTTPRoute',
      "HTTPRoute 'api' attaches to every listener of Gateway 'gateway-system/public': 'api.example.com' may be served over plain HTTP",
      'give the gateway reference a sectionName: the Gateway\'s HTTPS listener, e.g. { name, namespace, sectionName: \'https\' }')),
  },
];
