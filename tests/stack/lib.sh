# Sourced by tests/stack/up and down: layout of the cache and run directories.
STACK_SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "${STACK_SRC}/../.." && pwd)"
CACHE_DIR="${SCS_CACHE_DIR:-${REPO_ROOT}/.cache}"
CACHE_DIR="$(mkdir -p "${CACHE_DIR}" && cd "${CACHE_DIR}" && pwd)"  # the env file needs absolute paths
STACK_DIR="${CACHE_DIR}/stack"
BIN_DIR="${STACK_DIR}/bin"
# Stack instances share the built binaries and downloads but nothing else (ports, CA, etcd data,
# Keycloak's database with its users and sessions): `run` is the demo stack of scripts/run;
# ctest runs its own `test-run` (SCS_STACK_INSTANCE, set by tests/stack/CMakeLists.txt), so
# restarts and sign-outs in tests never touch a person's demo session.
STACK_INSTANCE="${SCS_STACK_INSTANCE:-run}"
if [[ ! "${STACK_INSTANCE}" =~ ^[a-z0-9][a-z0-9-]{0,40}$ || "${STACK_INSTANCE}" == bin ]]; then
    printf '[stack] ERROR: SCS_STACK_INSTANCE must be a short lower-case name, not %q\n' \
        "${STACK_INSTANCE}" >&2
    exit 1
fi
RUN_DIR="${STACK_DIR}/${STACK_INSTANCE}"
LOG_DIR="${RUN_DIR}/logs"
PID_DIR="${RUN_DIR}/pids"
ENV_FILE="${RUN_DIR}/stack.env"

# Pinned tools. kube-apiserver and kubectl come from the k8s.io/kubernetes version in go.mod.
KUBELOGIN_VERSION="$(sed -n 's/^[[:space:]]*github.com\/int128\/kubelogin \(v[0-9.]*\).*$/\1/p' \
    "${STACK_SRC}/tools/kubelogin/go.mod")"
CAPI_VERSION=v1.13.6
K8S_VERSION="$(sed -n 's/^[[:space:]]*k8s.io\/kubernetes v\([0-9.]*\)$/\1/p' "${STACK_SRC}/go.mod")"

# Start order; down stops in reverse.
STACK_PROCS=(keycloak etcd apiserver-central apiserver-workload node provisioner)

log() { printf '[stack %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf '[stack] ERROR: %s\n' "$*" >&2; exit 1; }

find_go() {
    if command -v go >/dev/null; then command -v go; return; fi
    if [[ -x /usr/local/go/bin/go ]]; then echo /usr/local/go/bin/go; return; fi
    return 1
}

# pid_of NAME: the pid in NAME's pid file if that process still runs (and is ours), else fails.
pid_of() {
    local f="${PID_DIR}/$1.pid" pid
    [[ -f "$f" ]] || return 1
    pid="$(<"$f")"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    [[ -r "/proc/${pid}/cmdline" ]] || return 1
    # Guard against pid reuse: the process must be one of ours (stackctl or Keycloak's java).
    tr '\0' ' ' <"/proc/${pid}/cmdline" | grep -qE "stackctl|io.quarkus.bootstrap" || return 1
    echo "$pid"
}
