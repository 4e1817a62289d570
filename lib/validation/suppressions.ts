import { covers, Suppression } from '../k8s/suppressions';
import { Finding } from './finding';

/** Drops the findings a suppression covers; reports suppressions of unknown rules. */
export function applySuppressions(findings: Finding[], suppressions: readonly Suppression[], knownRules: ReadonlySet<string>): Finding[] {
  const unknown: Finding[] = suppressions.filter((s) => !knownRules.has(s.rule)).map((s) => ({
    path: s.path, rule: 'suppression', severity: 'error',
    message: `suppresses unknown rule '${s.rule}'`, fix: 'use a rule id from the README\'s rule table',
  }));
  const kept = findings.filter((f) => !suppressions.some((s) => s.rule === f.rule && covers(s, f.path)));
  return [...unknown, ...kept];
}
