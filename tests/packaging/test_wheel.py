"""Packaging as a user installs it: sdist and wheel, twine check, and the wheel alone running the sample."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from fresh_venv import ROOT, copy_source, fresh_venv, offline_env, pip_install

DATA = ("drift/lexicon/data/lexicon.tsv.gz", "drift/lexicon/data/glossary.tsv", "drift/lexicon/data/places.tsv",
        "drift/lexicon/data/gazetteer.tsv.gz", "drift/lexicon/data/thesaurus.tsv.gz",
        "drift/lexicon/data/lexicon-reverse.tsv.gz", "drift/lexicon/data/thesaurus-words.tsv.gz",
        "drift/lexicon/data/gazetteer-index.tsv.gz",
        "drift/checks/data/confidence.tsv", "drift/reference/data/definitions.tsv.gz",
        "drift/text/data/morphology-groups.tsv.gz", "drift/text/data/frequency-en.tsv.gz",
        "drift/text/data/frequency-tr.tsv.gz")


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("build")
    source = copy_source(work / "source")
    out = work / "dist"
    # No isolated build environment: it would download setuptools; the test run has it (pyproject's test extra).
    built = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--sdist", "--wheel", "--outdir",
                            str(out), str(source)], capture_output=True, text=True, timeout=600,
                           env=offline_env(work))
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    return out


def test_sdist_and_wheel_pass_twine_check(dist):
    (wheel,) = dist.glob("*.whl")
    (sdist,) = dist.glob("*.tar.gz")
    checked = subprocess.run([sys.executable, "-m", "twine", "check", "--strict", str(wheel), str(sdist)],
                             capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count("PASSED") == 2
    names = zipfile.ZipFile(wheel).namelist()
    assert all(name in names for name in DATA), [name for name in DATA if name not in names]
    assert not any(name.startswith(("tests/", "samples/")) for name in names)


def test_a_fresh_venv_from_the_wheel_checks_the_sample(dist, tmp_path):
    (wheel,) = dist.glob("*.whl")
    bin_folder = fresh_venv(tmp_path / "venv")
    installed = pip_install(bin_folder, str(wheel))
    assert installed.returncode == 0, installed.stdout + installed.stderr
    work = tmp_path / "work"
    work.mkdir()
    for name in ("tr.txt", "en.txt"):
        shutil.copy(ROOT / "samples" / "s400" / name, work / name)
    env = offline_env(tmp_path / "home", bin_folder)
    where = subprocess.run([str(bin_folder / "python"), "-c", "import drift, drift.lexicon as l; "
                            "print(drift.__file__); print(l.load_lexicon().sha256)"],
                           capture_output=True, text=True, cwd=work, env=env, timeout=120)
    assert where.returncode == 0, where.stderr
    assert where.stdout.splitlines()[0].startswith(str(tmp_path / "venv")), where.stdout  # the wheel's drift
    run = subprocess.run([str(bin_folder / "drift"), "check", "tr.txt", "en.txt", "-f", "json", "--no-config"],
                         capture_output=True, text=True, cwd=work, env=env, timeout=300)
    assert run.returncode == 1, run.stderr
    envelope = json.loads(run.stdout)
    codes = {finding["code"] for finding in envelope["findings"]}
    assert {"D301", "D102", "D501"} <= codes, codes
    assert envelope["signature"]["lexicon"] == where.stdout.splitlines()[1]
