#!/usr/bin/env bash
# The README's "try it" command: publishes examples/hello for linux/amd64 + linux/arm64 to a throwaway local
# registry and prints the action's outputs. Runs the bundled action (dist/index.js) the way a GitHub runner
# does (scripts/run-action.mjs), with the docker driver and host QEMU, since this machine can pull no image.
# Starts a private dockerd (if none runs) and a registry on a free loopback port; stops both afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/install.sh
[ -d node_modules ] || npm ci --no-audit --no-fund

work=$(mktemp -d)
started_dockerd=no
registry_pid=
cleanup() {
  [ -n "$registry_pid" ] && kill "$registry_pid" 2>/dev/null && wait "$registry_pid" 2>/dev/null || true
  [ "$started_dockerd" = yes ] && bash scripts/dockerd.sh stop || true
  rm -rf "$work"
}
trap cleanup EXIT

[ "$(bash scripts/dockerd.sh status)" = running ] || started_dockerd=yes
export DOCKER_HOST=$(bash scripts/dockerd.sh start)

node scripts/lib/registry.mjs > "$work/registry.out" 2>&1 &
registry_pid=$!
for _ in $(seq 1 100); do [ -s "$work/registry.out" ] && break; sleep 0.1; done
registry=$(head -n 1 "$work/registry.out")
case "$registry" in 127.0.0.1:*) ;; *) echo "registry did not start: $(cat "$work/registry.out")" >&2; exit 1 ;; esac

echo "== base image (busybox FROM scratch) -> $registry/demo/busybox:1"
mkdir -p "$work/base"
cp -r /var/cache/multiarch-publish/busybox/amd64 /var/cache/multiarch-publish/busybox/arm64 "$work/base/"
docker buildx build --builder default --network host --platform linux/amd64,linux/arm64 --provenance=false \
  -f examples/busybox-base/Dockerfile -t "$registry/demo/busybox:1" --push --quiet "$work/base" >/dev/null

echo "== multiarch-publish: examples/hello -> $registry/demo/hello"
node scripts/run-action.mjs \
  --input "images=$registry/demo/hello" \
  --input "tags=latest
v1" \
  --input platforms=linux/amd64,linux/arm64 \
  --input context=examples/hello \
  --input "build-args=BASE_IMAGE=$registry/demo/busybox:1" \
  --input driver=docker \
  --input network=host

echo "== what the registry serves for $registry/demo/hello:latest (crane, an independent client)"
crane manifest --insecure "$registry/demo/hello:latest"
echo
