# shellcheck shell=bash
# Source this file (". scripts/containers/env.sh") before calling buildah or podman by hand, so that
# they use the storage and engine settings that scripts/containers/setup.sh wrote. Safe under `set -eu`.
#
# Everything lives in a scratch directory outside the repository:
#   CONTAINERS_HOME (default /var/tmp/cdk8s-blueprints-containers)
#     storage.conf      overlay storage: graphroot=$CONTAINERS_HOME/storage, runroot=$CONTAINERS_HOME/run
#     containers.conf   runc (crun fails on this hybrid-cgroup host), cgroupfs, rlimits the host allows
#     registries.conf   short names resolve to docker.io; docker.io and gcr.io are mirrored by the local registry
#     registry/         the local docker-registry (config.yml, data/, pid, registry.log) serving the stand-ins
#     work/             build contexts of the stand-in base images, debootstrap cache, setup stamps

CONTAINERS_HOME="${CONTAINERS_HOME:-/var/tmp/cdk8s-blueprints-containers}"
export CONTAINERS_HOME
export CONTAINERS_STORAGE_CONF="$CONTAINERS_HOME/storage.conf"
export CONTAINERS_CONF="$CONTAINERS_HOME/containers.conf"
export CONTAINERS_REGISTRIES_CONF="$CONTAINERS_HOME/registries.conf"
# buildah: RUN steps in a chroot (needs no runtime configuration) and keep HEALTHCHECK/STOPSIGNAL
# (Docker image format; the OCI format drops HEALTHCHECK with a warning).
export BUILDAH_ISOLATION="${BUILDAH_ISOLATION:-chroot}"
export BUILDAH_FORMAT="${BUILDAH_FORMAT:-docker}"
# the local registry serving the stand-in base images (scripts/containers/setup.sh starts it)
export CDK8S_BLUEPRINTS_REGISTRY="${CDK8S_BLUEPRINTS_REGISTRY:-127.0.0.1:5000}"
