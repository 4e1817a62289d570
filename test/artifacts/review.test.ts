/**
 * Review pages (lib/artifacts/review.ts): one per Blueprint, computed from its rendered objects and the gate's
 * warnings — inventory, exposure graph, capacity, availability, data, prerequisites, warnings and suppressions —
 * in valid GFM, the same bytes on every synth. The graphs are rendered by a real Mermaid in review-mermaid.test.ts.
 */
import { buildExamples } from '../../apps';
import { Artifact, Blueprint, BlueprintApp, Environment, HealthCheck, Policy, ValidationError, Worker } from '../../lib';
import { table } from '../../lib/artifacts/_review-model';
import { renderReview, reviewPath } from '../../lib/artifacts/review';
import { mermaidOf, section, sourceCells, tableIn, tablesOf } from './_review-pages';

const EXAMPLE_BLUEPRINTS = [
  'flask-hello-development', 'flask-hello-production', 'httpd-static-development', 'httpd-static-production', 'rust-hello-development',
  'rust-hello-production', 'rust-notes-development', 'rust-notes-production', 'shop-development', 'shop-production', 'shop-staging',
  'storefront-development', 'storefront-production',
];

function reviewFiles(files: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...files].filter(([p]) => p.startsWith('review/')));
}

describe('the examples', () => {
  const files = buildExamples().synthesize().files;
  const pages = reviewFiles(files);
  const shop = pages.get('review/shop-production.md')!;

  test('one page per Blueprint (blueprint and environment), and none for other charts', () => {
    expect([...pages.keys()]).toEqual(EXAMPLE_BLUEPRINTS.map(reviewPath));
    expect(reviewPath('shop-production')).toEqual('review/shop-production.md');
  });

  test('the shop in production, whole', () => {
    expect(shop).toMatchSnapshot();
  });

  test('two synths write the same bytes', () => {
    expect(reviewFiles(buildExamples().synthesize().files)).toEqual(pages);
  });

  test.each(EXAMPLE_BLUEPRINTS)('%s: every table is GFM, each row with its header\'s cells, and the page has every section', (bp) => {
    const page = pages.get(reviewPath(bp))!;
    const tables = tablesOf(page);
    // as many tables parsed as delimiter rows written: none failed to parse
    expect(tables.length).toEqual(page.split('\n').filter((l) => /^\|( --- \|)+$/.test(l)).length);
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const t of tables) {
      expect(t.header.length).toBeGreaterThan(1);
      for (const line of t.lines.filter((_, i) => i !== 1)) expect(sourceCells(line).length).toEqual(t.header.length);
      for (const r of t.rows) expect(r.length).toEqual(t.header.length);
    }
    // An Alerts section only where the blueprint has a PrometheusRule: the shop opts in (AlertPolicy.prometheus()), and
    // production blueprints that back something up have alerts by default (rust-notes' dumps, the storefront's Velero volumes).
    expect(page.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## Inventory', '## Exposure', '## Capacity', '## Availability', '## Data', ...(['shop-production', 'rust-notes-production', 'storefront-production'].includes(bp) ? ['## Alerts'] : []), '## Prerequisites', '## Gate warnings and suppressions',
    ]);
    expect(page.startsWith(`# Review: ${bp}\n`)).toBe(true);
    expect(page.endsWith('\n') && !page.endsWith('\n\n')).toBe(true);
  });

  test.each(EXAMPLE_BLUEPRINTS)('%s: the capacity total is the sum of the workloads, at the minimum and the maximum', (bp) => {
    const t = tableIn(section(pages.get(reviewPath(bp))!, 'Capacity'), 'workload');
    const total = t.rows[t.rows.length - 1];
    expect(total[0]).toEqual('**total**');
    const workloads = t.rows.slice(0, -1);
    for (const col of [4, 5, 6, 7]) {
      // in thousandths (millicores, millibytes): whole numbers, so no rounding error hides a wrong sum
      const sums = [0, 1, 2].map((i) => workloads.reduce((s, r) => s + Math.round(quantity(r[col].split(' / ')[i]) * 1000), 0));
      expect(total[col].replace(/\*\*/g, '').split(' / ').map((q) => Math.round(quantity(q) * 1000))).toEqual(sums);
      expect(sums.every((n) => n > 0)).toBe(true);
    }
  });

  test('the shop\'s graph: internet → ingress host → Service → user service → Service → database, and the jobs that reach it', () => {
    const graph = mermaidOf(shop).split('\n');
    expect(graph[0]).toEqual('flowchart LR');
    expect(graph).toEqual(expect.arrayContaining([
      '  internet -->|"HTTPS"| h_api_shop_example_com',
      '  h_api_shop_example_com -->|"/users"| s_user_service',
      '  s_user_service -->|"80→8080, 9090→9090"| w_deployment_user_service',
      '  w_deployment_user_service -->|"5432/TCP"| s_user_db',
      '  s_user_db -->|"5432→5432"| w_statefulset_user_db',
      '  w_cronjob_user_db_backup -->|"5432/TCP"| s_user_db',
      '  o_ns_namespace_ingress_nginx -->|"8080/TCP"| w_deployment_user_service',
      '  w_deployment_user_service -->|"53/UDP, 53/TCP"| o_ns_namespace_kube_system_k8s_app_kube_dns',
      '    w_statefulset_user_db[("StatefulSet user-db")]',
    ]));
    // the database reaches nothing in the namespace: it only answers
    expect(graph.filter((l) => l.startsWith('  w_statefulset_user_db -->')).map((l) => l.split(' ').pop())).toEqual([
      'o_ns_namespace_kube_system_k8s_app_kube_dns', 'o_ns_namespace_istio_system_app_istiod',
    ]);
    expect(tableIn(section(shop, 'Exposure'), 'from').rows).toContainEqual(['Deployment user-service', 'Service user-db :5432', '5432/TCP', 'NetworkPolicy user-service, user-db']);
  });

  test('the shop\'s capacity: the user service at 2 and 10 replicas, the database at 1, and the jobs per run', () => {
    const capacity = section(shop, 'Capacity');
    expect(tableIn(capacity, 'workload').rows).toEqual([
      ['StatefulSet `user-db`', '1', '500m / 512Mi / 64Mi', '1 / 1Gi / 1Gi', '500m / 512Mi / 64Mi', '500m / 512Mi / 64Mi', '1 / 1Gi / 1Gi', '1 / 1Gi / 1Gi'],
      ['Deployment `user-service`', '2–10 (HorizontalPodAutoscaler `user-service`)', '500m / 512Mi / 64Mi', '1 / 1Gi / 1Gi', '1 / 1Gi / 128Mi', '5 / 5Gi / 640Mi', '2 / 2Gi / 2Gi', '10 / 10Gi / 10Gi'],
      ['**total**', '', '', '', '**1500m / 1536Mi / 192Mi**', '**5500m / 5632Mi / 704Mi**', '**3 / 3Gi / 3Gi**', '**11 / 11Gi / 11Gi**'],
    ]);
    expect(tableIn(capacity, 'job').rows.map((r) => r.slice(0, 2))).toEqual(expect.arrayContaining([
      ['CronJob `user-db-backup`', '`0 2 * * *` (Etc/UTC)'], ['CronJob `user-db-restore`', 'suspended: run by hand'], ['CronJob `user-db-restore-drill`', '`0 5 * * 0` (Etc/UTC)'],
    ]));
  });

  test('the shop\'s data: the database\'s dump, its retention, encryption, restore and drill, and the one volume not backed up and why', () => {
    const data = section(shop, 'Data');
    expect(tableIn(data, 'backup').rows).toEqual([[
      'dump: CronJob `user-db-backup`', 'StatefulSet `user-db`', '`0 2 * * *` (Etc/UTC)', '14 days', 'age, to the recipients in Secret `user-db-backup-age`', 'PVC `user-db-backups`',
    ]]);
    expect(tableIn(data, 'job').rows.map((r) => r[2])).toEqual([
      'by hand: `kubectl -n shop create job --from=cronjob/user-db-restore user-db-restore-$(date +%s)`', 'restore drill: `0 5 * * 0` (Etc/UTC)',
    ]);
    expect(data).toContain('- PVC `user-db-backups` (CronJob `user-db-backup`, CronJob `user-db-restore`, CronJob `user-db-restore-drill`): holds the backups of user-db themselves');
    expect(section(pages.get('review/shop-staging.md')!, 'Data')).toContain('No scheduled restore drill for: `user-db`.');
    expect(section(pages.get('review/shop-development.md')!, 'Data')).toContain('- `data` (`data-user-db-0`) (StatefulSet `user-db`): no backup covers it and no reason is given');
  });

  test('the shop\'s prerequisites: the platform team\'s age keys, the undeclared TLS Secret, the IngressClass, the operators\' CRDs', () => {
    const pre = section(shop, 'Prerequisites');
    expect(tableIn(pre, 'Secret').rows).toEqual([
      ['`user-db-backup-age`', '`identity`, `recipients`', 'CronJob `user-db-backup`<br>CronJob `user-db-restore`<br>CronJob `user-db-restore-drill`',
        'the platform team: one age key pair per environment, sealed-secrets in platform/backup-keys (see its RUNBOOK.md) (ConfigMap `user-db-backup-age-provided`)'],
      ['`shop-api-tls`', '`tls.crt`, `tls.key`', 'Ingress `user-service` (TLS)', '**not declared**'],
    ]);
    expect(tableIn(pre, 'kind').rows.map((r) => r.slice(0, 2))).toEqual([['IngressClass', '`nginx`'], ['StorageClass', 'the cluster default']]);
    expect(tableIn(pre, 'API group').rows.map((r) => r[0])).toEqual([
      '`external-secrets.io`', '`generators.external-secrets.io`', '`kyverno.io`', '`monitoring.coreos.com`', '`networking.istio.io`', '`security.istio.io`',
    ]);
    expect(tableIn(pre, 'peer').rows[0]).toEqual(['namespace ingress-nginx', 'connects to', '8080/TCP', 'Deployment `user-service`']);
  });

  test('the shop\'s admission controller: Kyverno, the namespace not excluded, and the images its Policy admits only signed', () => {
    const pre = section(shop, 'Prerequisites');
    expect(tableIn(pre, 'API group').rows.find((r) => r[0] === '`kyverno.io`')).toEqual(['`kyverno.io`', 'Policy (kyverno.io/v1)', 'Kyverno']);
    expect(pre).toContain('### Admission controller\n\nKyverno ≥ 1.11 must run in the cluster (its admission controller, with its webhooks failing closed), and namespace `shop` must not be excluded from them (Kyverno\'s `resourceFilters` or `webhooks` namespace selector): without both, pods are admitted unverified. Kyverno reaches the registries and the transparency log to verify a signature.\n');
    expect(tableIn(pre, 'policy').rows).toEqual([
      ['Policy `shop-verify-images`', '`registry.example.com/platform/backup-tools`',
        'keyless: `https://github.com/example/platform/.github/workflows/backup-tools.yml@refs/heads/main`, issued by `https://token.actions.githubusercontent.com`', '`https://rekor.sigstore.dev`'],
      ['Policy `shop-verify-images`', '`registry.example.com/shop/user-service`',
        'keyless: `https://github.com/example/shop/.github/workflows/build-images.yml@refs/heads/main`, issued by `https://token.actions.githubusercontent.com`', '`https://rekor.sigstore.dev`'],
    ]);
    // a key-signed image: the key is in the policy, not repeated on the page
    expect(tableIn(section(pages.get('review/httpd-static-production.md')!, 'Prerequisites'), 'policy').rows).toEqual([
      ['Policy `httpd-static-verify-images`', '`registry.example.com/seeds/httpd-static`', 'the cosign public key in the policy', '`https://rekor.sigstore.dev`'],
    ]);
    // a blueprint without the Policy has no such section
    expect(section(pages.get('review/shop-development.md')!, 'Prerequisites')).not.toContain('### Admission controller');
  });

  test('the exporters whose series the alerts read are prerequisites: kube-state-metrics and the kubelet for the shop, Velero for the storefront', () => {
    const pre = section(shop, 'Prerequisites');
    expect(pre).toContain('### Metrics the alerts read\n\nThe alerts of PrometheusRule `shop-alerts` fire only if these series are scraped:\n');
    expect(tableIn(pre, 'exported by').rows).toEqual([
      ['kube-state-metrics ≥ 2.5 (kube_cronjob_status_last_successful_time arrived in 2.5) with its CronJob, Job, Pod and HorizontalPodAutoscaler collectors, scraped by the Prometheus that loads the rule',
        ['`kube_cronjob_created`', '`kube_cronjob_status_last_schedule_time`', '`kube_cronjob_status_last_successful_time`', '`kube_horizontalpodautoscaler_status_current_replicas`', '`kube_job_failed`', '`kube_pod_container_status_waiting_reason`'].join('<br>')],
      ['every node\'s kubelet (its /metrics endpoint, as kube-prometheus scrapes it)', '`kubelet_volume_stats_capacity_bytes`<br>`kubelet_volume_stats_used_bytes`'],
    ]);
    const storefront = tableIn(section(pages.get('review/storefront-production.md')!, 'Prerequisites'), 'exported by').rows;
    expect(storefront.find((r) => r[0].startsWith('Velero'))).toEqual([
      'Velero\'s server (its metrics port, 8085 by default), scraped',
      '`velero_backup_attempt_total`<br>`velero_backup_failure_total`<br>`velero_backup_last_successful_timestamp`<br>`velero_backup_partial_failure_total`',
    ]);
    // a blueprint without alerts has no such section
    expect(section(pages.get('review/shop-development.md')!, 'Prerequisites')).not.toContain('### Metrics the alerts read');
  });

  test('the gate\'s warnings of a blueprint are on its page only', () => {
    expect(tableIn(section(pages.get('review/shop-development.md')!, 'Gate warnings and suppressions'), 'rule').rows).toEqual([
      ['`deployment-replicas`', '`shop-development/user-service/Deployment`', 'Deployment \'user-service\' runs 1 replica'],
    ]);
    expect(section(shop, 'Gate warnings and suppressions')).toEqual('## Gate warnings and suppressions\n\n### Warnings\n\nNone.\n\n### Suppressions\n\nNone.\n');
  });
});

describe('in synthesis', () => {
  const REASON = 'the mailer\'s vendor binary starts in under a second, and a probe would only add load';

  function app(): BlueprintApp {
    const a = new BlueprintApp({ outdir: '/tmp/unused-review-test-outdir' });
    const bp = new Blueprint(a, 'mail-production', { environment: Environment.production() });
    const mailer = new Worker(bp, 'mailer', { image: 'registry.example.com/mail/mailer:2.0.1', health: HealthCheck.exec(['/app/ready']) });
    Policy.suppress(mailer, 'probes', REASON);
    return a;
  }

  test('each Blueprint\'s page is among the files once the gate passes, with every suppression and its reason', () => {
    const files = app().synthesize().files;
    expect([...files.keys()]).toEqual(['mail-production.k8s.yaml', 'review/mail-production.md']);
    const findings = section(files.get('review/mail-production.md')!, 'Gate warnings and suppressions');
    expect(tableIn(findings, 'rule').header).toEqual(['rule', 'reason', 'objects']);
    expect(tableIn(findings, 'rule').rows).toEqual([[
      '`probes`', 'the mailer\'s vendor binary starts in under a second, and a probe would only add load',
      'ServiceAccount `mailer`, NetworkPolicy `mailer`, Deployment `mailer`, PodDisruptionBudget `mailer`',
    ]]);
  });

  test('an artifact written where a review page goes is an error, and nothing is written', () => {
    const a = app();
    new Artifact(a, 'Notes', { path: 'review/mail-production.md', render: () => 'mine\n' });
    expect(() => a.synthesize()).toThrow(ValidationError);
    expect(() => a.synthesize()).toThrow("✗ [artifact-path] Notes: 'path' ('review/mail-production.md') is the review page of blueprint 'mail-production'");
  });
});

describe('the Markdown', () => {
  test('a table row with another number of cells than its header is a bug, and says so', () => {
    expect(() => table(['a', 'b'], [['1']])).toThrow('review table row has 1 cells, its header 2: 1');
  });

  test('pipes and line breaks in values cannot break a table', () => {
    const page = renderReview({
      blueprint: 'b', objects: [{ path: 'b/x', blueprint: 'b', json: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'n', annotations: { 'suppress.blueprints.cdk8s.io/some-rule': 'a | b\nc' } } } }],
      warnings: [{ rule: 'r', path: 'b/x', severity: 'warning', message: 'x | y `z`' }],
    });
    const findings = section(page, 'Gate warnings and suppressions');
    // (GFM reads '\\|' in a cell as a pipe of the cell's text, before the inline Markdown)
    expect(tablesOf(findings).map((t) => t.rows)).toEqual([[['`r`', '`b/x`', 'x | y \\`z\\`']], [['`some-rule`', 'a | b c', 'ConfigMap `x`']]]);
  });
});

/** '500m' → 0.5, '1Gi' → 2^30: enough of the quantity grammar for the page's own numbers. */
function quantity(q: string): number {
  const m = /^([0-9.]+)(m|Ki|Mi|Gi|Ti)?$/.exec(q.trim());
  if (!m) throw new Error(`not a quantity: ${q}`);
  const unit = { m: 1e-3, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 }[m[2] as 'm'] ?? 1;
  return Number(m[1]) * unit;
}
