import { Finding } from './finding';
import { GateCheck, GateInput } from './gate';

/** Two objects of one kind with one name in one namespace would overwrite each other when applied. */
export const uniqueObjects: GateCheck = {
  name: 'unique-objects',
  run: (input: GateInput): Finding[] => {
    const seen = new Map<string, string>();
    const findings: Finding[] = [];
    for (const o of input.objects) {
      const key = `${o.blueprint}|${o.json.apiVersion}|${o.json.kind}|${o.json.metadata?.namespace ?? ''}|${o.json.metadata?.name}`;
      const first = seen.get(key);
      if (first !== undefined) {
        findings.push({
          path: o.path, rule: 'unique-objects', severity: 'error',
          message: `${o.json.kind} '${o.json.metadata?.name}' is also emitted by '${first}'`,
          fix: 'give one of the constructs another id or name',
        });
      } else {
        seen.set(key, o.path);
      }
    }
    return findings;
  },
};

/** The built-in checks, in the order they run. */
export function defaultChecks(): GateCheck[] {
  return [uniqueObjects];
}
