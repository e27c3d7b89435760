#!/usr/bin/env bash
# Installs what the integration tests need, from Debian's packages only:
#   bookworm: docker-registry, qemu-user-static, binfmt-support, skopeo, runc, busybox-static (amd64 + arm64),
#     openssh-client (ssh-agent for the ssh input's test)
#   sid (pinned low, installed by name): docker.io (28), containerd (2.x), docker-buildx (0.29), crane
# The sid entry reuses the mirror URI already configured for bookworm; no host name is written here.
set -euo pipefail

if [ "$(id -u)" != 0 ]; then echo "install.sh: must run as root" >&2; exit 1; fi
export DEBIAN_FRONTEND=noninteractive

src=/etc/apt/sources.list.d/debian.sources
uri=$(awk '/^URIs:/ {print $2; exit}' "$src")
if [ -z "$uri" ]; then echo "install.sh: no URIs line in $src" >&2; exit 1; fi
cat > /etc/apt/sources.list.d/multiarch-publish-sid.sources <<SRC
Types: deb
URIs: $uri
Suites: sid
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
cat > /etc/apt/preferences.d/multiarch-publish-sid <<PREF
Package: *
Pin: release n=sid
Pin-Priority: 1
PREF

dpkg --add-architecture arm64
apt-get update -qq
# zstd: as on hosted runners, so @actions/cache compresses the image entries with it (the action streams them
# through unzstd)
apt-get install -y -qq --no-install-recommends \
  docker-registry qemu-user-static binfmt-support skopeo runc \
  ca-certificates openssl apache2-utils iproute2 openssh-client zstd >/dev/null
apt-get install -y -qq --no-install-recommends -t sid docker.io docker-cli containerd docker-buildx crane >/dev/null

# Static busybox for amd64 and arm64 (test base images are made FROM scratch with these). The two packages
# conflict with each other, so they are unpacked, not installed.
bb=/var/cache/multiarch-publish/busybox
for arch in amd64 arm64; do
  if [ ! -x "$bb/$arch/bin/busybox" ]; then
    tmp=$(mktemp -d)
    (cd "$tmp" && apt-get download -qq "busybox-static:$arch" >/dev/null)
    mkdir -p "$bb/$arch"
    dpkg-deb -x "$tmp"/busybox-static_*_"$arch".deb "$bb/$arch"
    rm -rf "$tmp"
  fi
done

# binfmt_misc for host QEMU (what tonistiigi/binfmt does on a runner)
if [ ! -e /proc/sys/fs/binfmt_misc/status ]; then
  mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
fi
update-binfmts --enable qemu-aarch64 >/dev/null 2>&1 || true
echo "install.sh: done"
