/**
 * The review page's alerts: every alerting rule of the blueprint's PrometheusRules (prometheus-operator), with its
 * severity, its `for:`, what it says when it fires and its one-line runbook, then what no alert watches.
 */
import { SUPPRESSION_ANNOTATION_PREFIX } from '../k8s/suppressions';
import { byString, code, describe, namespaceOf, objectsOfKind, ReviewObject, table, text } from './_review-model';

const DISABLED_ANNOTATION = `${SUPPRESSION_ANNOTATION_PREFIX}alerts-watch-backups`;

const isPrometheusRule = (o: ReviewObject) => o.json.kind === 'PrometheusRule' && String(o.json.apiVersion).startsWith('monitoring.coreos.com/');

/** `## Alerts`: the rules by PrometheusRule and group, in their order; then the gaps. Empty without a PrometheusRule. */
export function alertsSection(objects: readonly ReviewObject[]): string {
  const out = ['## Alerts', ''];
  const rules = objectsOfKind(objects, 'PrometheusRule').filter(isPrometheusRule);
  const rows: string[][] = [];
  for (const r of rules) {
    for (const g of r.json.spec?.groups ?? []) {
      for (const rule of g?.rules ?? []) {
        if (typeof rule?.alert !== 'string') continue;
        const a = rule.annotations ?? {};
        rows.push([
          code(rule.alert), text(String(rule.labels?.severity ?? '—')), rule.for ? code(String(rule.for)) : '—',
          text(String(a.summary ?? a.description ?? rule.expr)),
          a.runbook ? code(String(a.runbook)) : a.runbook_url ? text(String(a.runbook_url)) : '—',
        ]);
      }
    }
  }
  if (rules.length === 0) {
    // AlertPolicy.disabled(reason) suppresses the gate's alerts-watch-backups rule: the reason is on every object.
    const reason = objects.map((o) => o.json.metadata?.annotations?.[DISABLED_ANNOTATION]).find((r): r is string => typeof r === 'string');
    // Without a PrometheusRule or a reason there is no section (the page stays as it was for blueprints without alerts).
    return reason === undefined ? '' : [...out, `No alerts (\`AlertPolicy.disabled\`): ${text(reason)}`].join('\n');
  }
  {
    const names = rules.map((r) => code(String(r.json.metadata?.name))).join(', ');
    out.push(`${rows.length} alert${rows.length === 1 ? '' : 's'} in PrometheusRule ${names}, loaded by a Prometheus whose \`ruleSelector\` matches ${rules.length === 1 ? 'its' : 'their'} labels. Runbook lines name the objects; \`{{ $labels.… }}\` is filled in by the firing series.`);
    out.push('', rows.length ? table(['alert', 'severity', 'for', 'fires when', 'runbook'], rows) : 'The rules hold no alerting rule.');
  }
  const gaps = unwatched(objects);
  if (gaps.length) out.push('', '**Not watched:**', '', ...gaps.map((g) => `- ${g}`));
  return out.join('\n');
}

/**
 * What no alert can watch: TLS Secrets that neither a cert-manager Certificate of the blueprint nor cert-manager's
 * ingress-shim (an Ingress annotated `cert-manager.io/cluster-issuer` or `/issuer`) issues, Ingresses without TLS.
 */
function unwatched(objects: readonly ReviewObject[]): string[] {
  const issued = new Set(objectsOfKind(objects, 'Certificate').filter((o) => String(o.json.apiVersion).startsWith('cert-manager.io/'))
    .map((o) => `${namespaceOf(o)}/${o.json.spec?.secretName}`));
  const out: string[] = [];
  for (const o of objectsOfKind(objects, 'Ingress')) {
    const tls = o.json.spec?.tls;
    if (!Array.isArray(tls) || tls.length === 0) {
      out.push(`${describe(o)} has no TLS: there is no certificate to watch (the gate's \`ingress-tls\` rule).`);
      continue;
    }
    // cert-manager's ingress-shim issues the TLS Secrets of an Ingress annotated with an issuer (and the alerts watch them).
    const annotations = o.json.metadata?.annotations ?? {};
    const shim = typeof (annotations['cert-manager.io/cluster-issuer'] ?? annotations['cert-manager.io/issuer']) === 'string';
    for (const t of tls) {
      const secret = t?.secretName;
      if (typeof secret === 'string' && !shim && !issued.has(`${namespaceOf(o)}/${secret}`)) {
        out.push(`${describe(o)}: TLS Secret ${code(secret)} is not issued by a cert-manager Certificate of the blueprint, so nothing here alerts before it expires (probe it, e.g. blackbox_exporter's \`probe_ssl_earliest_cert_expiry\`).`);
      }
    }
  }
  return out.sort(byString);
}
