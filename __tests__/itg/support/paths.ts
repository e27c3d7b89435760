export const DOCKER_HOST = 'unix:///run/multiarch-publish/docker.sock'
/** Unpacked static busybox per architecture (bash .ci/install.sh). */
export const BUSYBOX_DIR = '/var/cache/multiarch-publish/busybox'
