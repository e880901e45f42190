"""A fresh virtual environment that installs drift itself without the network.

The environment has no packages of its own; a `.pth` file lets it import the
dependencies from the test run's own site-packages (plain path entries: the
`.pth` files there, such as the editable install of drift, are not run), so
`import drift` can only find the drift that was installed into it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What a source install needs: the package and the files pyproject.toml names.
SOURCE_FILES = ("pyproject.toml", "README.md", "LICENSE", "action.yml")


def copy_source(target: Path) -> Path:
    """The package's source, as a checkout of it holds it, without caches, builds or environments."""
    target.mkdir(parents=True)
    for name in SOURCE_FILES:
        shutil.copy(ROOT / name, target / name)
    shutil.copytree(ROOT / "drift", target / "drift", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return target


def fresh_venv(folder: Path) -> Path:
    """An empty virtual environment whose interpreter reaches the test run's dependencies; returns its bin/."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    python = folder / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    dependencies = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(purelib, "dependencies-of-the-test-run.pth").write_text("\n".join(sorted(dependencies)) + "\n")
    return folder / "bin"


def pip_install(bin_folder: Path, *args: str) -> subprocess.CompletedProcess:
    """This run's pip installing into the fresh environment, from local files only."""
    return subprocess.run([sys.executable, "-m", "pip", "--python", str(bin_folder / "python"), "install",
                           "--no-index", "--no-deps", "--disable-pip-version-check", *args],
                          capture_output=True, text=True, timeout=600)


def offline_env(home: Path, bin_folder: Path | None = None) -> dict[str, str]:
    """The environment for a command that must not reach the network, with a cache and home of its own."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update({"HOME": str(home), "XDG_CACHE_HOME": str(home / "cache"), "PIP_NO_INDEX": "1",
                # Any attempt to reach the network goes to a closed local port and fails at once.
                "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9",
                "HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9"})
    if bin_folder is not None:
        env["PATH"] = f"{bin_folder}{os.pathsep}{env.get('PATH', '')}"
    return env
