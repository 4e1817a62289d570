import { BlueprintError, checkInteger, propError } from './_errors';
import { checkProps } from './_prop-check';
import { checkDnsLabel, checkLabelKey, checkLabelValue } from './_names';

/** One version of a service and the share of requests it gets. */
export interface WeightedSubset {
  /** Subset name, a DNS-1123 label (e.g. 'v1', 'canary'). */
  readonly subset: string;
  /** Pod labels that select this version, on top of the Service's selector (e.g. `{ 'app.kubernetes.io/version': '1.4.2' }`). */
  readonly labels: Record<string, string>;
  /** Percent of requests, a whole number from 0 to 100; the weights of a split sum to 100. */
  readonly weight: number;
}

/**
 * Weighted routing between versions of one service (a canary): the DestinationRule defines one subset per version
 * and the VirtualService sends each subset its weight.
 *
 * @example TrafficSplit.weighted([
 *   { subset: 'stable', labels: { 'app.kubernetes.io/version': '1.4.2' }, weight: 90 },
 *   { subset: 'canary', labels: { 'app.kubernetes.io/version': '1.5.0' }, weight: 10 },
 * ])
 */
export class TrafficSplit {
  /** Split requests between subsets by weight. Weights are whole percentages that sum to 100. */
  public static weighted(subsets: readonly WeightedSubset[]): TrafficSplit {
    if (!Array.isArray(subsets)) throw propError('split', subsets, 'must be an array of subsets ({ subset, labels, weight })');
    const problems = subsets.flatMap((s, i) => checkProps('WeightedSubset', s, `split[${i}]`));
    if (problems.length > 0) throw new BlueprintError(problems.map((p) => p.message).join('; '));
    if (subsets.length === 0) throw propError('split', [], 'must name at least one subset');
    const seen = new Map<string, number>();
    subsets.forEach((s, i) => {
      checkDnsLabel(`split[${i}].subset`, s.subset);
      const first = seen.get(s.subset);
      if (first !== undefined) throw propError(`split[${i}].subset`, s.subset, `must be unique: 'split[${first}].subset' has the same name`);
      seen.set(s.subset, i);
      const keys = Object.keys(s.labels);
      if (keys.length === 0) throw propError(`split[${i}].labels`, {}, 'must select the version\'s pods with at least one label');
      for (const key of keys) {
        checkLabelKey(`split[${i}].labels`, key);
        checkLabelValue(`split[${i}].labels.${key}`, s.labels[key]);
      }
      checkInteger(`split[${i}].weight`, s.weight, 0, 100);
    });
    const total = subsets.reduce((sum, s) => sum + s.weight, 0);
    if (total !== 100) {
      const sum = subsets.length > 1 ? `${subsets.map((s) => s.weight).join(' + ')} = ${total}` : `${total}`;
      throw new BlueprintError(`'split[*].weight' (${sum}) must sum to exactly 100`);
    }
    return new TrafficSplit(subsets.map((s) => ({ subset: s.subset, labels: { ...s.labels }, weight: s.weight })));
  }

  private constructor(
    /** The subsets, in the order given. */
    public readonly subsets: readonly WeightedSubset[],
  ) {}
}
