#!/usr/bin/env bash
# Installs a daemonless container engine (podman + runc) and two compose tools
# (podman-compose, docker-compose v1) from Debian 12's own apt repositories, and
# writes the containers.conf settings this kind of machine needs.
#
# - Idempotent: safe to run again; apt-get skips what is installed, and the
#   config merge only touches the keys it owns.
# - Needs root and apt only (no Docker engine, no image registry).
# - See src/test/compose/README-lab.md for why each setting is needed.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  echo "install-container-engine: must run as root" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive

# --no-install-recommends matters: docker-compose *recommends* docker.io, which
# would pull in dockerd + containerd; podman recommends buildah, criu, etc.
PKGS=(
  podman            # 4.3.1 (deps: conmon, golang-github-containers-common)
  runc              # crun fails here: "cgroups in hybrid mode not supported"
  netavark          # network backend, selected explicitly below (no CNI plugins installed)
  aardvark-dns      # DNS between containers of one compose project
  iptables          # netavark uses it for published ports (DNAT)
  catatonit         # init for `podman run --init` / compose `init: true`
  podman-compose    # 1.0.3
  docker-compose    # 1.29.2 (python, talks to `podman system service`)
  busybox-static    # static sh/wget for FROM-scratch images and healthchecks
)

missing=()
for p in "${PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-container-engine: installing ${missing[*]}"
  apt-get update -q
  apt-get install -y -q --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
    "${missing[@]}"
else
  echo "install-container-engine: packages already installed"
fi

# ---------------------------------------------------------------------------
# /etc/containers/containers.conf: merge our keys, keep everything else.
# ---------------------------------------------------------------------------
CONF=/etc/containers/containers.conf
mkdir -p /etc/containers
[ -f "$CONF" ] || : > "$CONF"

/usr/bin/python3 - "$CONF" <<'PY'
import re, sys, tomllib

path = sys.argv[1]
# table -> {key: toml value}
WANT = {
    "containers": {
        # the default (RLIMIT_NOFILE 1048576) is not permitted on this machine
        "default_ulimits": '["nofile=16384:16384", "nproc=16384:16384"]',
    },
    "engine": {
        # crun: "cgroups in hybrid mode not supported"
        "runtime": '"runc"',
        # PID 1 is not systemd: podman falls back to these by itself, set them
        # anyway so `podman info` is the same everywhere
        "cgroup_manager": '"cgroupfs"',
        "events_logger": '"file"',
    },
    "network": {
        # the podman package ships /etc/cni/net.d/87-podman-bridge.conflist; without
        # this key podman 4.3 may pick CNI (plugins not installed) once the store
        # holds images, and then every container start fails
        "network_backend": '"netavark"',
    },
}

with open(path, encoding="utf-8") as f:
    lines = f.read().splitlines()

header_re = re.compile(r'^\s*\[\s*([A-Za-z0-9_.\-]+)\s*\]\s*(#.*)?$')


def key_re(key):
    return re.compile(r'^\s*' + re.escape(key) + r'\s*=')


def value_end(idx):
    """Index of the last line of the value starting at lines[idx] (arrays may span lines)."""
    depth = 0
    in_str = None
    j = idx
    first = True
    while j < len(lines):
        s = lines[j]
        start = s.index("=") + 1 if first else 0
        first = False
        k = start
        while k < len(s):
            c = s[k]
            if in_str:
                if c == "\\" and in_str == '"':
                    k += 2
                    continue
                if c == in_str:
                    in_str = None
            elif c in "\"'":
                in_str = c
            elif c == "#":
                break
            elif c == "[":
                depth += 1
            elif c == "]":
                depth -= 1
            k += 1
        if depth <= 0:
            return j
        j += 1
    return len(lines) - 1


for table, kv in WANT.items():
    for key, val in kv.items():
        # locate the table
        start = None
        for i, l in enumerate(lines):
            m = header_re.match(l)
            if m and m.group(1) == table:
                start = i
                break
        if start is None:
            if lines and lines[-1].strip():
                lines.append("")
            lines.append(f"[{table}]")
            lines.append(f"{key} = {val}")
            continue
        end = len(lines)
        for i in range(start + 1, len(lines)):
            if header_re.match(lines[i]) or re.match(r'^\s*\[\[', lines[i]):
                end = i
                break
        done = False
        for i in range(start + 1, end):
            if key_re(key).match(lines[i]):
                last = value_end(i)
                lines[i:last + 1] = [f"{key} = {val}"]
                done = True
                break
        if not done:
            lines.insert(start + 1, f"{key} = {val}")

text = "\n".join(lines) + "\n"
cfg = tomllib.loads(text)  # refuse to write a broken file
for table, kv in WANT.items():
    for key, val in kv.items():
        assert cfg[table][key] == tomllib.loads(f"v = {val}")["v"], (table, key)

old = open(path, encoding="utf-8").read()
if old != text:
    import os, shutil
    backup = path + ".orig-predcheck"
    if old.strip() and not os.path.exists(backup):
        shutil.copy2(path, backup)
        print(f"install-container-engine: saved the previous file as {backup}")
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(path + ".tmp", path)
    print(f"install-container-engine: updated {path}")
else:
    print(f"install-container-engine: {path} already up to date")
PY

# ---------------------------------------------------------------------------
echo "--- versions"
podman --version
podman-compose version 2>/dev/null | grep -i 'podman-compose' | head -n 1 || true   # upstream prints "podman-composer version  1.0.3"
docker-compose version --short | sed 's/^/docker-compose version /'
runc --version | head -n 1
conmon --version 2>/dev/null | head -n 1 || true
/usr/lib/podman/netavark --version 2>/dev/null || true
echo "--- podman: runtime, network backend, cgroups, cgroup manager, storage driver"
podman info --format '{{.Host.OCIRuntime.Name}} {{.Host.NetworkBackend}} cgroups-{{.Host.CgroupsVersion}} {{.Host.CgroupManager}} {{.Store.GraphDriverName}}'
