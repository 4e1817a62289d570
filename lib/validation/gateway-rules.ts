/** Gateway API HTTPRoutes: the Ingress rules' counterparts, with TLS on the Gateway's listener. */
import { describe } from './_objects';
import { RenderedObject } from './gate';
import type { Rule, RuleContext, Violation } from './types';

const routes = (ctx: RuleContext): RenderedObject[] => ctx.ofKind('HTTPRoute').filter((o) => String(o.json.apiVersion).startsWith('gateway.networking.k8s.io/'));

export const GATEWAY_RULES: readonly Rule[] = [
  {
    id: 'httproute-backend', severity: 'error', category: 'semantic',
    source: 'Gateway API HTTPBackendRef (gateway-api.sigs.k8s.io/reference/spec: a backendRef to a missing Service or port sets ResolvedRefs False, BackendNotFound, and its requests get HTTP 500); after kube-linter dangling-ingress',
    summary: 'Every HTTPRoute backendRef is a Service of the blueprint, in the route\'s namespace, and one of its ports.',
    fix: 'expose the WebService with exposeViaGateway()',
    check: (ctx) => routes(ctx).flatMap((o) => {
      const out: Violation[] = [];
      for (const rule of o.json.spec?.rules ?? []) {
        for (const ref of rule.backendRefs ?? []) {
          const kind = ref.kind ?? 'Service';
          if ((ref.group ?? '') !== '' || kind !== 'Service') continue;
          if (ref.namespace !== undefined && ref.namespace !== o.json.metadata?.namespace) {
            out.push({ path: o.path, message: `${describe(o)}: backend Service '${ref.name}' is in namespace '${ref.namespace}', which needs a ReferenceGrant there: route to a Service of the blueprint` });
            continue;
          }
          const svc = ctx.named('Service', o, ref.name);
          if (!svc) out.push({ path: o.path, message: `${describe(o)}: backend Service '${ref.name}' is not in the blueprint` });
          else if (!(svc.json.spec?.ports ?? []).some((sp: any) => sp.port === ref.port)) {
            out.push({ path: o.path, message: `${describe(o)}: backend port ${JSON.stringify(ref.port)} is not a port of Service '${ref.name}'` });
          }
        }
      }
      return out;
    }),
  },
  {
    id: 'httproute-listener', severity: 'warning', category: 'policy',
    source: 'Gateway API ParentReference.sectionName (unset: the route attaches to every listener of the Gateway that admits it, plain-HTTP ones included); after Polaris tlsSettingsMissing',
    summary: 'Every HTTPRoute names the Gateway listener it attaches to (parentRefs[].sectionName), so that its hosts are served only where TLS is configured: an error in production, a warning elsewhere.',
    fix: 'give the gateway reference a sectionName: the Gateway\'s HTTPS listener, e.g. { name, namespace, sectionName: \'https\' }',
    check: (ctx) => routes(ctx).flatMap((o) => (o.json.spec?.parentRefs ?? [])
      .filter((p: any) => (p.kind ?? 'Gateway') === 'Gateway' && (p.sectionName === undefined || p.sectionName === ''))
      .map((p: any) => ({
        path: o.path,
        message: `${describe(o)} attaches to every listener of Gateway '${p.namespace ?? o.json.metadata?.namespace}/${p.name}': ${(o.json.spec?.hostnames ?? []).map((h: string) => `'${h}'`).join(', ') || 'every host'} may be served over plain HTTP`,
        severity: o.production ? 'error' as const : 'warning' as const,
      }))),
  },
];
