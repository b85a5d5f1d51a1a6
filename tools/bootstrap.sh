#!/usr/bin/env bash
# Set up everything the app and its tests need, idempotently:
#  1. system packages (Qt's libraries, CJK TrueType fonts, poppler-utils) on Debian/Ubuntu,
#     installed when missing if we are root or have sudo;
#  2. a virtual environment in .venv with the app (editable) and its development tools.
# Re-running is cheap: the Python install is redone only when pyproject.toml or the
# translations changed.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libgssapi-krb5-2 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-render-util0 libxcb-image0
  fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei poppler-utils zbar-tools
  # TrueType Song (明朝) faces with CJK Extension B and later, for rare name characters such
  # as 𠮷 (U+20BB7) that AR PL UMing lacks; the forms find it by coverage (documents/font_scan).
  fonts-hanazono
)

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=()
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "缺少系统软件包（请管理员安装）：${missing[*]}" >&2; return 0
    fi
  fi
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

python_ok() {
  "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null
}

make_venv() {
  local py="${PYTHON:-python3}"
  python_ok "$py" || { echo "需要 Python 3.11 或更新版本（当前：$py）。" >&2; exit 1; }
  if [ -x .venv/bin/python ] && python_ok .venv/bin/python; then return 0; fi
  rm -rf .venv
  if ! "$py" -m venv .venv 2>/dev/null; then
    # Debian splits venv out of python3.
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv
      rm -rf .venv && "$py" -m venv .venv
    else
      echo "无法创建虚拟环境：请先安装 python3-venv。" >&2; exit 1
    fi
  fi
}

install_python_packages() {
  local stamp=.venv/.installed
  local want
  want=$(cat pyproject.toml hatch_build.py resources/translations/*.ts | sha256sum | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] \
     && [ -f src/lijiabu_desk/i18n/lijiabu_desk_zh_CN.qm ]; then
    return 0
  fi
  local pip=(.venv/bin/python -m pip -q --disable-pip-version-check)
  "${pip[@]}" install --upgrade pip
  # Build requirements first, so the editable install can skip build isolation (the hook that
  # compiles the translations needs PySide6's lrelease).
  "${pip[@]}" install "hatchling>=1.25,<2" "editables>=0.5,<1" "PySide6-Essentials>=6.8,<6.13"
  "${pip[@]}" install --no-build-isolation -e ".[dev]"
  echo "$want" > "$stamp"
}

install_system_packages
make_venv
install_python_packages
