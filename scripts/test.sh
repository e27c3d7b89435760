#!/usr/bin/env bash
# The test command (README "Run the tests", and CI through .ci/run and .github/workflows/ci.yml): installs what
# the tests need on a fresh machine (Debian packages, npm packages, Node 24 among them), then runs typecheck,
# lint, format check, actionlint, unit tests, the build of dist/ from src/, the integration tests on that bundle
# under Node 24 (real dockerd, buildx, registry, QEMU, the BuildKit and binfmt images of ../shared/images; the
# test setup starts and stops the daemon), and the check that the committed dist/ is what src/ builds to.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/install.sh
npm ci --no-audit --no-fund
rm -rf .test-results
npm test # its test:itg builds dist/ first
if [ -n "$(git status --porcelain -- dist)" ]; then
  git status --short -- dist >&2
  echo "dist/ is not what src/ builds to: run npm run build and commit dist/" >&2
  exit 1
fi
node scripts/test-summary.mjs
