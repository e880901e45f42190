"""The pre-commit hook, run for real: `pre-commit try-repo` installs drift from a copy of this repository.

The copy is a fresh git repository in a temporary folder (the work tree's own
git state is never touched), holding what a build of the package needs and
`.pre-commit-hooks.yaml`. pre-commit then builds the hook's environment with
pip, which needs the package index (or a local wheel cache).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_FILES = ("pyproject.toml", "README.md", "LICENSE", ".pre-commit-hooks.yaml")


def _git(*args: str, cwd: Path) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "drift tests", "GIT_AUTHOR_EMAIL": "tests@drift.invalid",
           "GIT_COMMITTER_NAME": "drift tests", "GIT_COMMITTER_EMAIL": "tests@drift.invalid"}
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, timeout=60)


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> Path:
    if shutil.which("git") is None:
        pytest.skip("pre-commit hook test skipped: git is not installed (apt-get install git)")
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        pytest.skip("pre-commit hook test skipped: pre-commit is not installed (pip install -e '.[test]')")
    repo = tmp_path_factory.mktemp("hook-repo")
    for name in PACKAGE_FILES:
        shutil.copy(ROOT / name, repo / name)
    shutil.copytree(ROOT / "drift", repo / "drift", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    _git("init", "-q", ".", cwd=repo)
    _git("add", "-A", cwd=repo)
    _git("commit", "-q", "-m", "drift", cwd=repo)
    return repo


def test_manifest_is_valid():
    from pre_commit.clientlib import load_manifest

    hooks = load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))
    assert [hook["id"] for hook in hooks] == ["drift-check"]
    assert hooks[0]["require_serial"] and hooks[0]["language"] == "python"


def test_try_repo_checks_the_changed_pair(hook_repo, samples, tmp_path):
    work = tmp_path / "newsroom"
    (work / "story").mkdir(parents=True)
    shutil.copy(samples / "s400" / "tr.txt", work / "story" / "tr.txt")
    shutil.copy(samples / "s400" / "en.txt", work / "story" / "en.txt")
    (work / "story" / "notes.txt").write_text("not an article\n", encoding="utf-8")
    (work / "drift.toml").write_text('select = ["D1", "D3"]\n', encoding="utf-8")
    _git("init", "-q", ".", cwd=work)
    _git("add", "-A", cwd=work)
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), "drift-check", "--verbose",
         "--files", "story/en.txt", "story/notes.txt"],
        cwd=work, capture_output=True, text=True, timeout=900, check=False,
        env={**os.environ, "PRE_COMMIT_COLOR": "never"},
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "drift (translation drift)" in output and "Failed" in output
    findings = [line for line in output.splitlines() if line.startswith("story/en.txt:")]
    assert findings, output
    assert all(line.split()[1].startswith(("D1", "D3")) for line in findings)  # the pair's drift.toml applies
    assert any(" D102 [critical] " in line for line in findings)
