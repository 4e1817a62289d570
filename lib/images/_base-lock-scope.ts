/** Private: the base-image lock an app read, found from any construct of its tree (Images read it when they are made). */
import { IConstruct } from 'constructs';
import type { BaseImageLock } from './base-lock';

const LOCKS = new WeakMap<IConstruct, BaseImageLock>();

/** The app `root` reads `lock`: Images made under it afterwards pin their bases from it. */
export function useBaseImageLock(root: IConstruct, lock: BaseImageLock): void {
  LOCKS.set(root, lock);
}

/** The lock of the app `scope` belongs to, if it reads one. */
export function baseImageLockOf(scope: IConstruct): BaseImageLock | undefined {
  return LOCKS.get(scope.node.root);
}
