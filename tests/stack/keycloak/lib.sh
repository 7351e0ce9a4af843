# shellcheck shell=bash disable=SC2034  # variables are used by the scripts that source this
# Sourced by install and run (not executable on its own).
# One place for the pinned Keycloak version, the cache layout, the build-time options and the
# JDK choice, so that `install` builds exactly what `run` starts.

KC_VERSION=26.7.3
# sha1 of keycloak-quarkus-dist-26.7.3.tar.gz as published on Maven Central; install checks the
# download against both this pin and the .sha1 file served next to it.
KC_SHA1=4ff244668809213a1c91ad2505390287203029d0
KC_MAVEN_URL="https://repo1.maven.org/maven2/org/keycloak/keycloak-quarkus-dist/${KC_VERSION}"

KC_SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KC_REPO_ROOT="$(cd "${KC_SCRIPT_DIR}/../../.." && pwd)"
KC_CACHE="${SCS_CACHE_DIR:-${KC_REPO_ROOT}/.cache}/keycloak"
KC_HOME="${KC_CACHE}/keycloak-${KC_VERSION}"

# Build-time options (Quarkus augmentation). `run` must not pass different values, or Keycloak
# would re-augment at every start. Health is served on the main https port, so no management
# port (default 9000) is opened that could collide between stacks.
KC_BUILD_OPTS=(--db=dev-file --health-enabled=true --http-management-health-enabled=false
    --metrics-enabled=false)

kc_log() { printf 'keycloak: %s\n' "$*" >&2; }

# Major Java version of a JDK/JRE directory, from its `release` file (no JVM start needed).
kc_java_major() {
    local v
    v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true)"
    printf '%s' "${v:-0}"
}

# Keycloak 26.7 supports OpenJDK 17, 21 and 25 and recommends the newest; prefer 25, then 21,
# then 17. SCS_JAVA_HOME forces a choice. Sets and exports JAVA_HOME.
kc_pick_java() {
    if [[ -n "${SCS_JAVA_HOME:-}" ]]; then
        JAVA_HOME="${SCS_JAVA_HOME}"
    else
        JAVA_HOME=""
        local want d
        for want in 25 21 17; do
            for d in /usr/lib/jvm/*; do
                [[ -L "$d" || ! -x "$d/bin/java" ]] && continue
                if [[ "$(kc_java_major "$d")" == "$want" ]]; then JAVA_HOME="$d"; break 2; fi
            done
        done
    fi
    if [[ -z "${JAVA_HOME}" || ! -x "${JAVA_HOME}/bin/java" ]]; then
        return 1
    fi
    export JAVA_HOME
}

kc_stamp_text() {
    printf 'version=%s\njava=%s\nbuild=%s\n' "${KC_VERSION}" "${JAVA_HOME}" "${KC_BUILD_OPTS[*]}"
}
