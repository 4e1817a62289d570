/** Private to lib/data: how a specialisation (StatefulService: Postgres, Redis) configures a StatefulWorkload. */
import { BackupEngine } from './backup/backup-engine';

/** What a specialisation tells `StatefulWorkload` besides its props. */
export interface StatefulSpecialisation {
  /** The class name, for messages ('Postgres'). */
  readonly kind: string;
  /** `app.kubernetes.io/component` ('database', 'cache'). */
  readonly component: string;
  /** The engine that dumps its data: its backups are dumps, never volume snapshots. */
  readonly engine: BackupEngine;
  /** The one volume's size and storage class are the props 'storage' and 'storageClass' (in messages too). */
  readonly storageProps: true;
}

const SPECIALISATIONS = new WeakMap<object, StatefulSpecialisation>();

/**
 * Marks `props` (a fresh object, already checked by the specialisation's own props check) as those of a
 * specialisation: `StatefulWorkload`'s constructor then takes its kind, component and engine from it and does not
 * check the props again as a StatefulWorkload's.
 */
export function specialised<T extends object>(props: T, specialisation: StatefulSpecialisation): T {
  SPECIALISATIONS.set(props, specialisation);
  return props;
}

/** The specialisation `props` were marked with, if any. */
export function specialisationOf(props: object): StatefulSpecialisation | undefined {
  return SPECIALISATIONS.get(props);
}

/** The labels without `app.kubernetes.io/version`, for fields Kubernetes will not let change. */
export function stableLabels(labels: Record<string, string>): Record<string, string> {
  const { ['app.kubernetes.io/version']: _version, ...stable } = labels;
  return stable;
}
