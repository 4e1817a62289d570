/** Private to lib/images: Debian package names and their pinned versions (hadolint DL3008). */
import { DEBIAN_PACKAGE_VERSIONS } from './_debian-packages.generated';

/** A Debian package name, optionally pinned as `name=version` (Debian policy 5.6.1 and 5.6.12). */
export const DEBIAN_PACKAGE = /^[a-z0-9][a-z0-9+.-]+(=[0-9][A-Za-z0-9.+~:-]*)?$/;

/**
 * `name=version` for a package of the bookworm table (lib/images/_debian-packages.generated.ts, `npm run gen:apt-pins`);
 * a package already written as `name=version`, or one the table does not know, as given: the gate's
 * dockerfile-apt-pin rule reports the latter.
 */
export function pinnedPackage(pkg: string): string {
  if (pkg.includes('=')) return pkg;
  const version = Object.prototype.hasOwnProperty.call(DEBIAN_PACKAGE_VERSIONS, pkg) ? DEBIAN_PACKAGE_VERSIONS[pkg] : undefined;
  return version !== undefined ? `${pkg}=${version}` : pkg;
}
