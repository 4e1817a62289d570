/** The Pod Security Standards "restricted" profile, one rule per control. */
import { describe } from './_objects';
import { ALLOWED_VOLUMES, perContainer, perPod, podField } from './_rule-helpers';
import type { Rule } from './types';

export const PSS_RULES: readonly Rule[] = [
  {
    id: 'pss-privileged', severity: 'error', category: 'pss', source: 'Pod Security Standards: baseline "Privileged Containers"',
    summary: 'No container is privileged.',
    fix: 'remove privileged: true',
    check: (ctx) => perContainer(ctx, (c) => (c.securityContext?.privileged === true ? `container '${c.name}' is privileged` : undefined)),
  },
  {
    id: 'pss-host-namespaces', severity: 'error', category: 'pss', source: 'Pod Security Standards: baseline "Host Namespaces", "Host Ports"',
    summary: 'Pods share no host namespace and bind no host port.',
    fix: 'remove hostNetwork, hostPID, hostIPC and hostPort',
    check: (ctx) => [
      ...perPod(ctx, (s) => (['hostNetwork', 'hostPID', 'hostIPC'].find((f) => s.spec[f] === true) ? `${describe(s.object)}: pod sets ${['hostNetwork', 'hostPID', 'hostIPC'].filter((f) => s.spec[f] === true).join(', ')}` : undefined)),
      ...perContainer(ctx, (c) => ((c.ports ?? []).some((p: any) => p.hostPort) ? `container '${c.name}' binds a hostPort` : undefined)),
    ],
  },
  {
    id: 'pss-volume-types', severity: 'error', category: 'pss', source: 'Pod Security Standards: restricted "Volume Types", baseline "HostPath Volumes"',
    summary: `Volumes are only of the types ${ALLOWED_VOLUMES.join(', ')}.`,
    fix: 'use emptyDir, a PVC, a ConfigMap or a Secret',
    check: (ctx) => perPod(ctx, (s) => {
      const bad = (s.spec.volumes ?? []).find((v: any) => !Object.keys(v).filter((k) => k !== 'name').every((k) => ALLOWED_VOLUMES.includes(k)));
      return bad ? `${describe(s.object)}: volume '${bad.name}' is of a type the restricted profile forbids (${Object.keys(bad).filter((k) => k !== 'name').join(', ')})` : undefined;
    }),
  },
  {
    id: 'pss-privilege-escalation', severity: 'error', category: 'pss', source: 'Pod Security Standards: restricted "Privilege Escalation"; kube-linter privilege-escalation-container',
    summary: 'Every container sets allowPrivilegeEscalation: false.',
    fix: 'do not set security.allowPrivilegeEscalation',
    check: (ctx) => perContainer(ctx, (c) => (c.securityContext?.allowPrivilegeEscalation !== false ? `container '${c.name}' does not set allowPrivilegeEscalation: false` : undefined)),
  },
  {
    id: 'pss-run-as-non-root', severity: 'error', category: 'pss', source: 'Pod Security Standards: restricted "Running as Non-root", "Running as Non-root user"; kube-linter run-as-non-root',
    summary: 'Every container runs with runAsNonRoot: true and a non-zero runAsUser.',
    fix: 'do not set security.user to 0',
    check: (ctx) => perContainer(ctx, (c, site) => {
      if (podField(site, c, 'runAsNonRoot') !== true) return `container '${c.name}' does not set runAsNonRoot: true`;
      if (podField(site, c, 'runAsUser') === 0) return `container '${c.name}' runs as UID 0`;
      return undefined;
    }),
  },
  {
    id: 'pss-capabilities', severity: 'error', category: 'pss', source: 'Pod Security Standards: restricted "Capabilities"; kube-linter drop-net-raw-capability',
    summary: 'Every container drops ALL capabilities and adds back at most NET_BIND_SERVICE.',
    fix: 'only security.addCapabilities: [\'NET_BIND_SERVICE\'] is allowed',
    check: (ctx) => perContainer(ctx, (c) => {
      const caps = c.securityContext?.capabilities ?? {};
      if (!(caps.drop ?? []).includes('ALL')) return `container '${c.name}' does not drop ALL capabilities`;
      const extra = (caps.add ?? []).filter((a: string) => a !== 'NET_BIND_SERVICE');
      return extra.length ? `container '${c.name}' adds capabilities ${extra.join(', ')}` : undefined;
    }),
  },
  {
    id: 'pss-seccomp', severity: 'error', category: 'pss', source: 'Pod Security Standards: restricted "Seccomp"; kube-score container-seccomp-profile',
    summary: 'Every container runs under the RuntimeDefault (or a Localhost) seccomp profile.',
    fix: 'keep the default seccompProfile',
    check: (ctx) => perContainer(ctx, (c, site) => {
      const t = podField<{ type: string }>(site, c, 'seccompProfile')?.type;
      return t === 'RuntimeDefault' || t === 'Localhost' ? undefined : `container '${c.name}' has seccomp profile ${JSON.stringify(t ?? 'unset')}`;
    }),
  },
];
