import { BlueprintError, propError } from './_errors';
import { assertProps } from './_prop-check';

/** A count or a percentage ('25%'). */
export type CountOrPercent = number | `${number}%`;

/** Options for a rolling update. */
export interface RollingUpdateOptions {
  /**
   * Extra pods allowed above the desired count during a rollout.
   * @default '25%'
   */
  readonly maxSurge?: CountOrPercent;
  /**
   * Pods allowed to be unavailable during a rollout.
   * @default 0 — a rollout never reduces serving capacity
   */
  readonly maxUnavailable?: CountOrPercent;
}

/**
 * How a Deployment replaces pods (seed 004: RollingUpdate{maxUnavailable, maxSurge} or Recreate).
 *
 * @example DeploymentStrategy.rollingUpdate({ maxSurge: 1, maxUnavailable: 0 })
 */
export class DeploymentStrategy {
  /** New pods come up before old ones go. */
  public static rollingUpdate(options: RollingUpdateOptions = {}): DeploymentStrategy {
    assertProps('RollingUpdateOptions', options, 'strategy');
    const maxSurge = options.maxSurge ?? '25%';
    const maxUnavailable = options.maxUnavailable ?? 0;
    check('strategy.maxSurge', maxSurge);
    check('strategy.maxUnavailable', maxUnavailable);
    if (isZero(maxSurge) && isZero(maxUnavailable)) {
      throw new BlueprintError('\'strategy.maxSurge\' and \'strategy.maxUnavailable\' must not both be 0: the rollout could never progress');
    }
    return new DeploymentStrategy({ type: 'RollingUpdate', rollingUpdate: { maxSurge, maxUnavailable } });
  }

  /** All old pods stop before new ones start: for apps that cannot run two versions at once (e.g. one RWO volume). */
  public static recreate(): DeploymentStrategy {
    return new DeploymentStrategy({ type: 'Recreate' });
  }

  private constructor(private readonly spec: any) {}

  public get type(): 'RollingUpdate' | 'Recreate' {
    return this.spec.type;
  }

  /** The Deployment `strategy` block. */
  public toKube(): any {
    return this.spec;
  }
}

function isZero(v: CountOrPercent): boolean {
  return typeof v === 'number' ? v === 0 : Number(v.slice(0, -1)) === 0;
}

function check(prop: string, v: CountOrPercent): void {
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 0) throw propError(prop, v, 'must be a whole number >= 0 or a percentage like \'25%\'');
    return;
  }
  const m = /^(\d+)%$/.exec(v);
  if (!m || Number(m[1]) > 100) throw propError(prop, v, 'must be a whole number >= 0 or a percentage from \'0%\' to \'100%\'');
}
