/** Ingresses, after Polaris's tlsSettingsMissing. */
import { describe } from './_objects';
import type { Rule } from './types';

export const INGRESS_RULES: readonly Rule[] = [
  {
    id: 'ingress-tls', severity: 'warning', category: 'policy', source: 'Polaris tlsSettingsMissing (checks/tlsSettingsMissing.yaml: an Ingress\'s spec.tls is an array)',
    summary: 'Every Ingress has TLS settings (spec.tls); without them its hosts are served over plain HTTP: an error in production, a warning elsewhere.',
    fix: 'give the ingress a tlsSecret: an existing kubernetes.io/tls Secret for its host (cert-manager can issue one)',
    check: (ctx) => ctx.ofKind('Ingress').filter((o) => !Array.isArray(o.json.spec?.tls)).map((o) => {
      const hosts = (o.json.spec?.rules ?? []).map((r: any) => r?.host).filter((h: unknown): h is string => typeof h === 'string');
      return {
        path: o.path,
        message: `${describe(o)} has no TLS settings: ${hosts.length ? hosts.map((h: string) => `'${h}'`).join(', ') : 'every host'} ${hosts.length === 1 ? 'is' : 'are'} served over plain HTTP`,
        severity: o.production ? 'error' as const : 'warning' as const,
      };
    }),
  },
];
