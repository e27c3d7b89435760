#!/usr/bin/env bash
# Starts or stops a private Docker 28 daemon for tests and the demo: loopback only (no bridge, no iptables),
# containerd image store, its own socket, data and exec roots. Stopped by its pid, never by name.
#   scripts/dockerd.sh start   -> prints the DOCKER_HOST to use, waits until the daemon answers
#   scripts/dockerd.sh stop | status
# MULTIARCH_PUBLISH_DOCKERD_DIR and _DATA move its socket/exec and data roots;
# MULTIARCH_PUBLISH_DOCKERD_CONTAINERD_STORE=false gives Docker's classic image store (GitHub's hosted runners).
set -euo pipefail
base=${MULTIARCH_PUBLISH_DOCKERD_DIR:-/run/multiarch-publish}
data=${MULTIARCH_PUBLISH_DOCKERD_DATA:-/var/lib/multiarch-publish/docker}
sock="$base/docker.sock"
pidfile="$base/dockerd.pid"
host="unix://$sock"

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

case "${1:-}" in
start)
  if running; then echo "$host"; exit 0; fi
  mkdir -p "$base" "$data"
  cat > "$base/daemon.json" <<JSON
{
  "bridge": "none",
  "iptables": false,
  "ip6tables": false,
  "ip-forward": false,
  "ip-masq": false,
  "features": { "containerd-snapshotter": ${MULTIARCH_PUBLISH_DOCKERD_CONTAINERD_STORE:-true} },
  "hosts": ["$host"],
  "data-root": "$data",
  "exec-root": "$base/exec",
  "pidfile": "$pidfile"
}
JSON
  # The daemon outlives this script: it must not inherit any descriptor but the standard ones (a test run under
  # `flock` would otherwise leave its lock held by dockerd for as long as the daemon runs).
  for fd in /proc/$$/fd/*; do
    fd=${fd##*/}
    if [ "$fd" -gt 2 ] 2>/dev/null; then eval "exec $fd>&-" 2>/dev/null || true; fi
  done
  dockerd --config-file "$base/daemon.json" >"$base/dockerd.log" 2>&1 </dev/null &
  for _ in $(seq 1 120); do
    if DOCKER_HOST="$host" docker version --format '{{.Server.Version}}' >/dev/null 2>&1; then
      echo "$host"; exit 0
    fi
    sleep 0.5
  done
  echo "dockerd did not answer on $host within 60s; last lines of $base/dockerd.log:" >&2
  tail -n 20 "$base/dockerd.log" >&2
  exit 1
  ;;
status)
  if running; then echo running; else echo stopped; fi
  ;;
stop)
  if running; then
    pid=$(cat "$pidfile")
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || exit 0; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  ;;
*) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
