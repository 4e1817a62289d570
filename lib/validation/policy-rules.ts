/** Policy rules from kube-score, Polaris and kube-linter, and the library's own (secrets, backups). */
import { SENSITIVE_NAME } from '../values/conventions';
import { MUTABLE_TAGS } from '../values/image-ref';
import { BACKUP_DISABLED_ANNOTATION, BACKUP_OF_LABEL } from '../values/conventions';
import { sameProbeByKubeScore } from '../values/health-check';
import { containersOf, describe, PodSite, sameScope, selects } from './_objects';
import { imageTag, perContainer, perPod, podField, replicaRange, replicated, selectedByAService } from './_rule-helpers';
import { RenderedObject } from './gate';
import { boundServiceAccounts } from './rbac-rules';
import type { Rule, Violation } from './types';

export const POLICY_RULES: readonly Rule[] = [
  {
    id: 'resources', severity: 'error', category: 'policy', source: 'kube-score container-resources; Polaris cpuRequestsMissing, memoryRequestsMissing, memoryLimitsMissing; kube-linter unset-cpu-requirements, unset-memory-requirements',
    summary: 'Every container requests CPU and memory and limits memory.',
    fix: 'set resources: ResourceProfile.<preset>()',
    check: (ctx) => perContainer(ctx, (c) => {
      // Nearly every container has all three: no list of what is missing for it.
      if (c.resources?.requests?.cpu !== undefined && c.resources?.requests?.memory !== undefined && c.resources?.limits?.memory !== undefined) return undefined;
      const missing = [['requests', 'cpu'], ['requests', 'memory'], ['limits', 'memory']].filter(([k, r]) => c.resources?.[k]?.[r] === undefined).map(([k, r]) => `${k}.${r}`);
      return missing.length ? `container '${c.name}' has no ${missing.join(', ')}` : undefined;
    }),
  },
  {
    id: 'resources-cpu-limit', severity: 'error', category: 'policy', source: 'kube-score container-resources; Polaris cpuLimitsMissing',
    summary: 'Every container limits CPU.',
    fix: 'keep the profile\'s CPU limit, or suppress with a reason after withoutCpuLimit()',
    check: (ctx) => perContainer(ctx, (c) => (c.resources?.limits?.cpu === undefined ? `container '${c.name}' has no CPU limit` : undefined)),
  },
  {
    id: 'resources-ephemeral-storage', severity: 'warning', category: 'policy', source: 'kube-score container-ephemeral-storage-request-and-limit',
    summary: 'Every container requests and limits ephemeral storage.',
    fix: 'ResourceProfile presets set 64Mi / 1Gi',
    check: (ctx) => perContainer(ctx, (c) => (c.resources?.requests?.['ephemeral-storage'] === undefined || c.resources?.limits?.['ephemeral-storage'] === undefined
      ? `container '${c.name}' has no ephemeral-storage request and limit` : undefined)),
  },
  {
    id: 'image-tag', severity: 'error', category: 'policy', source: 'kube-score container-image-tag; Polaris tagNotSpecified; kube-linter latest-tag',
    summary: 'Images carry a tag that is not `latest` (or a digest); in production (error) no mutable tag at all, elsewhere a warning.',
    fix: 'pin a version tag or a digest',
    check: (ctx) => {
      // Loops, not flatMap: no array per pod and per container for the few findings.
      const out: Violation[] = [];
      for (const site of ctx.pods) {
        for (const { container: c } of containersOf(site)) {
          const image = String(c.image ?? '');
          if (image.includes('@sha256:')) continue;
          const tag = imageTag(image);
          if (tag === undefined || tag === 'latest') {
            out.push({ path: site.object.path, message: `container '${c.name}' image '${image}' ${tag === undefined ? 'has no tag' : 'uses the latest tag'}`, severity: site.object.production ? 'error' as const : 'warning' as const });
          } else if (site.object.production && MUTABLE_TAGS.includes(tag.toLowerCase())) {
            out.push({ path: site.object.path, message: `container '${c.name}' image '${image}' uses the mutable tag '${tag}' in production` });
          }
        }
      }
      return out;
    },
  },
  {
    id: 'image-pull-policy', severity: 'warning', category: 'policy', source: 'kube-score container-image-pull-policy',
    summary: 'Containers pull with imagePullPolicy: Always (or run a digest).',
    fix: 'keep the default imagePullPolicy',
    check: (ctx) => perContainer(ctx, (c) => (c.imagePullPolicy !== 'Always' && !String(c.image).includes('@sha256:') ? `container '${c.name}' uses imagePullPolicy ${JSON.stringify(c.imagePullPolicy ?? 'unset')}` : undefined)),
  },
  {
    id: 'high-uid', severity: 'error', category: 'policy', source: 'kube-score container-security-context-user-group-id',
    summary: 'Containers run with a UID and GID of at least 10000, away from host users (mesh wait-for init containers run as Istio\'s proxy UID 1337, its documented exception).',
    fix: 'keep the default UID/GID 10001; an image that needs its own UID suppresses this with a reason',
    check: (ctx) => perContainer(ctx, (c, site, pointer) => {
      // Istio's documented exception: an init container that needs the network runs as the proxy's UID 1337.
      if (pointer.includes('/initContainers/') && String(c.name).startsWith('wait-for-') && c.securityContext?.runAsUser === 1337) return undefined;
      const uid = podField<number>(site, c, 'runAsUser');
      const gid = podField<number>(site, c, 'runAsGroup');
      if (uid === undefined || uid < 10000) return `container '${c.name}' runs as UID ${uid ?? 'unset'} (< 10000)`;
      if (gid === undefined || gid < 10000) return `container '${c.name}' runs as GID ${gid ?? 'unset'} (< 10000)`;
      return undefined;
    }),
  },
  {
    id: 'read-only-root-fs', severity: 'error', category: 'policy', source: 'kube-score container-security-context-readonlyrootfilesystem; Polaris notReadOnlyRootFilesystem; kube-linter no-read-only-root-fs',
    summary: 'Containers run with a read-only root filesystem.',
    fix: 'declare the paths the app writes in writablePaths',
    check: (ctx) => perContainer(ctx, (c) => (c.securityContext?.readOnlyRootFilesystem !== true ? `container '${c.name}' has a writable root filesystem` : undefined)),
  },
  {
    id: 'automount-token', severity: 'error', category: 'policy', source: 'Polaris automountServiceAccountToken; CIS Kubernetes 5.1.6',
    summary: 'Pods do not mount a ServiceAccount token, unless a RoleBinding or ClusterRoleBinding of the blueprint binds their ServiceAccount (a workload granted API access with permissions.grant…()).',
    fix: 'only set security.mountServiceAccountToken for workloads that call the Kubernetes API, and suppress with a reason',
    check: (ctx) => {
      const bound = boundServiceAccounts(ctx);
      const granted = (s: PodSite) => bound.has(`${s.object.blueprint}/${s.object.json.metadata?.namespace ?? ''}/${s.spec.serviceAccountName}`);
      return perPod(ctx, (s) => (s.spec.automountServiceAccountToken !== false && !granted(s) ? `${describe(s.object)}: pods mount a ServiceAccount token` : undefined));
    },
  },
  {
    id: 'probes', severity: 'warning', category: 'policy', source: 'Polaris readinessProbeMissing, livenessProbeMissing (checks/*.yaml); kube-score pod-probes (score/probes/probes.go: a missing readinessProbe is CRITICAL for a pod a Service targets, a missing livenessProbe only a warning)',
    summary: 'Long-running containers have a readiness probe (an error for one that serves traffic in production) and a liveness probe (a warning: HealthCheck.tcp() and .exec() render none rather than repeat readiness).',
    fix: 'give the workload a health check',
    check: (ctx) => {
      // Loops, not filter and flatMap: no arrays per pod and per container for the few findings.
      const out: Violation[] = [];
      for (const site of ctx.pods) {
        if (!site.longRunning) continue;
        for (const { container: c, init } of containersOf(site)) {
          if (init || (c.readinessProbe && c.livenessProbe)) continue;
          if (c.readinessProbe) {
            out.push({ path: site.object.path, message: `container '${c.name}' has no liveness probe` });
            continue;
          }
          const exposed = selectedByAService(ctx, site);
          out.push({
            path: site.object.path,
            message: `container '${c.name}' has no readiness probe${exposed && site.object.production ? ' (it serves traffic in production)' : ''}`,
            severity: exposed && site.object.production ? 'error' : 'warning',
          });
        }
      }
      return out;
    },
  },
  {
    id: 'probes-distinct', severity: 'error', category: 'policy', source: 'kube-score pod-probes, "Container has the same readiness and liveness probe" (pod-probes-identical in later releases; score/probes/probes.go)',
    summary: 'No container\'s liveness probe is its readiness probe by kube-score\'s definition: both httpGet with the same path and port number (named ports count as 0), both tcpSocket on the same port, or both exec with the same command; timings do not count. Init containers included, Jobs and CronJobs skipped.',
    fix: 'let HealthCheck choose the liveness probe (a tcpSocket for http checks, none for tcp and exec), or give it a \'liveness\' that tests something else',
    check: (ctx) => {
      // Loops, not filter and flatMap: no array per pod (the kinds list included) and per container.
      const out: Violation[] = [];
      for (const site of ctx.pods) {
        if (site.object.json.kind === 'Job' || site.object.json.kind === 'CronJob') continue;
        for (const { container: c } of containersOf(site)) {
          const same = sameProbeByKubeScore(c.readinessProbe, c.livenessProbe);
          if (same) out.push({ path: site.object.path, message: `container '${c.name}' has the same readiness and liveness probe (${same.description}): a failing check would restart it instead of taking it out of rotation` });
        }
      }
      return out;
    },
  },
  {
    id: 'network-policy', severity: 'error', category: 'policy', source: 'kube-score pod-networkpolicy; Polaris missingNetworkPolicy',
    summary: 'Every pod is selected by a NetworkPolicy that restricts both ingress and egress.',
    fix: 'workloads emit their own NetworkPolicy; add allows with connections.allowFrom/allowTo',
    check: (ctx) => {
      const types = new Map<PodSite, Set<string>>();
      const policies = ctx.ofKind('NetworkPolicy');
      for (let i = 0; i < policies.length; i++) { // by index: one policy per workload
        const np = policies[i];
        const sel = np.json.spec?.podSelector?.matchLabels ?? {};
        const pods = Object.keys(sel).length === 0 ? ctx.pods.filter((p) => sameScope(p.object, np)) : ctx.podIndex.match(np, sel);
        for (let j = 0; j < pods.length; j++) {
          const p = pods[j];
          const set = types.get(p) ?? new Set<string>();
          for (const t of np.json.spec?.policyTypes ?? []) set.add(t);
          types.set(p, set);
        }
      }
      return perPod(ctx, (s) => {
        const t = types.get(s) ?? new Set<string>();
        return t.has('Ingress') && t.has('Egress') ? undefined : `${describe(s.object)}: pods are not isolated by a NetworkPolicy for ${['Ingress', 'Egress'].filter((x) => !t.has(x)).join(' and ')}`;
      });
    },
  },
  {
    id: 'disruption-budget', severity: 'error', category: 'policy', source: 'kube-score deployment-has-poddisruptionbudget, statefulset-has-poddisruptionbudget; Polaris missingPodDisruptionBudget',
    summary: 'In production, a workload with two or more replicas has a PodDisruptionBudget.',
    fix: 'keep the default disruptionBudget',
    check: (ctx) => {
      const budgeted = new Set(ctx.ofKind('PodDisruptionBudget').flatMap((p) => ctx.workloadIndex.match(p, p.json.spec?.selector?.matchLabels)));
      return replicated(ctx).filter((w) => w.production && replicaRange(ctx, w).min >= 2 && !budgeted.has(w))
        .map((w) => ({ path: w.path, message: `${describe(w)} runs ${replicaRange(ctx, w).min}+ replicas without a PodDisruptionBudget` }));
    },
  },
  {
    id: 'anti-affinity', severity: 'error', category: 'policy', source: 'kube-score deployment-has-host-podantiaffinity; kube-linter no-anti-affinity; Polaris topologySpreadConstraint',
    summary: 'In production, replicas of a workload are spread over nodes (anti-affinity or topology spread).',
    fix: 'use an environment with topologySpread',
    check: (ctx) => replicated(ctx).filter((w) => w.production && replicaRange(ctx, w).max >= 2).flatMap((w) => {
      const spec = w.json.spec?.template?.spec ?? {};
      const spread = (spec.topologySpreadConstraints ?? []).some((t: any) => t.topologyKey === 'kubernetes.io/hostname')
        || spec.affinity?.podAntiAffinity !== undefined;
      return spread ? [] : [{ path: w.path, message: `${describe(w)} may place every replica on one node` }];
    }),
  },
  {
    id: 'hpa-replicas', severity: 'error', category: 'policy', source: 'kube-score deployment-targeted-by-hpa-does-not-have-replicas-configured',
    summary: 'A workload scaled by an autoscaler leaves replicas unset.',
    fix: 'use ScalingPolicy.autoscale instead of setting replicas',
    check: (ctx) => ctx.ofKind('HorizontalPodAutoscaler').flatMap((h) => {
      const ref = h.json.spec?.scaleTargetRef ?? {};
      const t = ctx.named(ref.kind, h, ref.name);
      return t && t.json.spec?.replicas !== undefined ? [{ path: t.path, message: `${describe(t)} sets replicas (${t.json.spec.replicas}) but ${describe(h)} scales it: every apply would reset the count` }] : [];
    }),
  },
  {
    id: 'backup-coverage', severity: 'error', category: 'policy', source: 'cdk8s-blueprints design (seed 004 backup_policy); Velero and dump CronJobs',
    summary: 'In production, every PersistentVolumeClaim and volumeClaimTemplate is backed up (a Velero Schedule selecting it, or a dump CronJob of its StatefulSet) or opted out with a reason.',
    fix: 'give the workload a BackupPolicy, or BackupPolicy.disabled(reason)',
    check: (ctx) => {
      const out: Violation[] = [];
      const disabled = (o: RenderedObject) => o.json.metadata?.annotations?.[BACKUP_DISABLED_ANNOTATION] !== undefined;
      const velero = ctx.ofKind('Schedule').filter((o) => o.json.apiVersion === 'velero.io/v1');
      const veleroCovers = (o: RenderedObject, labels: Record<string, string>) => velero.some((v) => v.blueprint === o.blueprint
        && (v.json.spec?.template?.includedNamespaces ?? []).includes(o.json.metadata?.namespace)
        && selects(v.json.spec?.template?.labelSelector?.matchLabels, labels));
      // By index, and no copy of the production objects: this reads every object of the app.
      for (let i = 0; i < ctx.objects.length; i++) {
        const o = ctx.objects[i];
        if (!o.production) continue;
        if (o.json.kind === 'PersistentVolumeClaim' && !disabled(o) && !veleroCovers(o, o.json.metadata?.labels ?? {})) {
          out.push({ path: o.path, message: `${describe(o)} is not covered by any backup` });
        }
        if (o.json.kind === 'StatefulSet' && (o.json.spec?.volumeClaimTemplates ?? []).length > 0 && !disabled(o)) {
          const dumped = ctx.ofKind('CronJob').some((c) => sameScope(c, o) && c.json.metadata?.labels?.[BACKUP_OF_LABEL] === o.json.metadata?.name);
          if (!dumped && !veleroCovers(o, o.json.spec?.template?.metadata?.labels ?? {})) {
            out.push({ path: o.path, message: `${describe(o)} has volumeClaimTemplates (${o.json.spec.volumeClaimTemplates.map((t: any) => t.metadata?.name).join(', ')}) that no backup covers` });
          }
        }
      }
      return out;
    },
  },
  {
    id: 'secret-in-env', severity: 'error', category: 'policy', source: 'kube-linter env-var-secret; Polaris sensitiveContainerEnvVar',
    summary: 'No environment variable with a credential-like name has a literal value.',
    fix: 'reference the value with EnvValue.fromSecret(SecretRef.existing(...), key)',
    check: (ctx) => perContainer(ctx, (c) => {
      const bad = (c.env ?? []).find((e: any) => e.value !== undefined && SENSITIVE_NAME.test(e.name));
      return bad ? `container '${c.name}': env ${bad.name} holds a literal value; credentials must come from a Secret` : undefined;
    }),
  },
  {
    id: 'secret-in-configmap', severity: 'error', category: 'policy', source: 'Polaris sensitiveConfigmapContent',
    summary: 'No ConfigMap key has a credential-like name.',
    fix: 'keep credentials in a Secret and reference it',
    check: (ctx) => ctx.ofKind('ConfigMap').flatMap((o) => {
      const bad = Object.keys(o.json.data ?? {}).filter((k) => SENSITIVE_NAME.test(k));
      return bad.length ? [{ path: o.path, message: `${describe(o)} has credential-like keys: ${bad.join(', ')}` }] : [];
    }),
  },
  {
    id: 'no-secret-values', severity: 'error', category: 'policy', source: 'cdk8s-blueprints design: secrets never appear as literal values',
    summary: 'No Secret with data is written to the output.',
    fix: 'reference an existing Secret (SecretRef.existing) or emit an ExternalSecret',
    check: (ctx) => ctx.ofKind('Secret').filter((o) => (Object.keys(o.json.data ?? {}).length > 0 || Object.keys(o.json.stringData ?? {}).length > 0))
      .map((o) => ({ path: o.path, message: `${describe(o)} carries secret values in the manifest` })),
  },
];
