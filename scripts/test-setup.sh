#!/bin/sh
# Run by `npm test` before jest: makes sure the system tools the integration tests use are there.
#  - scripts/containers/setup.sh: buildah, podman, runc and the local stand-in base images (test/containers)
#  - scripts/ci/kubectl.sh: kubectl 1.28 (test/workloads/velero-restore-kubectl.test.ts)
#  - scripts/ci/services.sh: PostgreSQL, Redis, age, rclone, shellcheck, docker-compose, python3-yaml (test/data/backup, test/artifacts/compose, test/k8s/yaml11-readers)
# Both are idempotent and take seconds when everything is present; on a fresh machine they install Debian
# packages, which needs root. CDK8S_BLUEPRINTS_SKIP_SETUP=1 skips this (e.g. for `npm run test:unit`).
set -eu
if [ "${CDK8S_BLUEPRINTS_SKIP_SETUP:-}" = "1" ]; then exit 0; fi
cd "$(dirname "$0")/.."
bash scripts/containers/setup.sh
sh scripts/ci/services.sh
sh scripts/ci/kubectl.sh
