# Shared by scripts/smm, scripts/test and benchmarks/run.sh: make sure the system packages a
# build needs are installed, installing the missing ones with apt-get (as root, or via sudo).

ensure_packages() {
  local missing=()
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "smm: installing system packages: ${missing[*]}" >&2
  local run=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      run=(sudo)
    else
      echo "smm: please install as root: apt-get install -y ${missing[*]}" >&2
      return 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  if ! "${run[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1; then
    "${run[@]}" apt-get update -qq >/dev/null
    "${run[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

ensure_swift() {
  if ! command -v swift >/dev/null 2>&1; then
    echo "smm: the Swift 6 toolchain is needed (swift was not found on PATH)" >&2
    return 1
  fi
}
