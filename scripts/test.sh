#!/usr/bin/env bash
# The test command (README "Run the tests"): installs what the tests need on a fresh machine, then runs
# typecheck, lint, unit tests, integration tests (real dockerd, buildx, registry, QEMU), actionlint and the
# check that dist/ matches src/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/install.sh
npm ci --no-audit --no-fund
npm test
