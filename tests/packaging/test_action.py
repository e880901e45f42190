"""action.yml run as GitHub runs a composite action: each step's `run` in order, the inputs as its environment."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
import yaml

from fresh_venv import ROOT, copy_source, fresh_venv, offline_env

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
SARIF_SCHEMA = json.loads((ROOT / "tests" / "render" / "schemas" / "sarif-2.1.0-rtm.5.json").read_text("utf-8"))
EXPRESSION = re.compile(r"\$\{\{\s*([\w.-]+)\s*\}\}")


def _evaluate(value: str, inputs: dict[str, str], action_path: Path) -> str:
    """The `${{ inputs.NAME }}` and `${{ github.action_path }}` expressions of a step's env, as GitHub fills them."""
    def one(match: re.Match) -> str:
        name = match.group(1)
        if name == "github.action_path":
            return str(action_path)
        assert name.startswith("inputs.") and name[7:] in ACTION["inputs"], f"unexpected expression {name}"
        return inputs[name[7:]]

    return EXPRESSION.sub(one, str(value))


def run_action(given: dict[str, str], *, action_path: Path, workspace: Path, env: dict[str, str],
               steps: slice = slice(None)) -> list[subprocess.CompletedProcess]:
    """The composite's steps in order, stopping at the first that fails, as a job does."""
    inputs = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    unknown = set(given) - set(inputs)
    assert not unknown, f"the action has no input {unknown}"
    inputs.update(given)
    outputs = workspace.parent / "github-output"
    done = []
    for step in ACTION["runs"]["steps"][steps]:
        assert "uses" not in step and step["shell"] == "bash"
        assert "${{" not in step["run"], "run scripts take inputs from env only (no expression injection)"
        step_env = {**env, "GITHUB_ACTION_PATH": str(action_path), "GITHUB_OUTPUT": str(outputs),
                    "GITHUB_WORKSPACE": str(workspace), "RUNNER_TEMP": str(workspace.parent / "runner-temp")}
        step_env.update({key: _evaluate(value, inputs, action_path) for key, value in step.get("env", {}).items()})
        script = workspace.parent / "step.sh"
        script.write_text(step["run"], encoding="utf-8")
        # GitHub's command line for `shell: bash`.
        result = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)], cwd=workspace,
                                env=step_env, capture_output=True, text=True, timeout=600)
        done.append(result)
        if result.returncode != 0:
            break
    return done


@pytest.fixture(scope="module")
def runner(tmp_path_factory):
    """A runner with the action checked out, Python on PATH, and a repository holding the sample pair."""
    root = tmp_path_factory.mktemp("runner")
    action_path = copy_source(root / "action")
    bin_folder = fresh_venv(root / "python")
    workspace = root / "workspace"
    (workspace / "articles").mkdir(parents=True)
    for name in ("tr.txt", "en.txt"):
        shutil.copy(ROOT / "samples" / "s400" / name, workspace / "articles" / name)
    (workspace / "pairs.csv").write_text("orig,trans,id\narticles/tr.txt,articles/en.txt,s400\n", encoding="utf-8")
    env = offline_env(root / "home", bin_folder)
    (root / "runner-temp").mkdir()
    # Offline, pip may neither fetch the dependencies nor a build backend: those come from the test run.
    install = run_action({"pip-args": "--no-deps --no-build-isolation"}, action_path=action_path,
                         workspace=workspace, env=env, steps=slice(0, 1))
    assert install[0].returncode == 0, install[0].stdout + install[0].stderr
    return action_path, workspace, env, bin_folder, install[0]


def _outputs(workspace: Path) -> dict[str, str]:
    lines = (workspace.parent / "github-output").read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines)


def test_install_step_installs_drift_from_the_action_source(runner):
    action_path, workspace, env, bin_folder, install = runner
    assert re.fullmatch(r"drift \d+\.\d+\.\d+\S*", install.stdout.strip().splitlines()[-1])
    where = subprocess.run([str(bin_folder / "python"), "-c", "import drift; print(drift.__file__)"],
                           capture_output=True, text=True, env=env, cwd=workspace)
    assert where.stdout.startswith(str(bin_folder.parent)), where.stdout + where.stderr


def test_check_writes_sarif_and_annotations(runner):
    action_path, workspace, env, _, _ = runner
    (run,) = run_action({"orig": "articles/tr.txt", "trans": "articles/en.txt"}, action_path=action_path,
                        workspace=workspace, env=env, steps=slice(1, None))
    assert run.returncode == 1, run.stderr  # findings at or above the default fail-on (major)
    log = json.loads((workspace / "drift.sarif").read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft4Validator(SARIF_SCHEMA).iter_errors(log))
    assert not errors, errors[:3]
    results = log["runs"][0]["results"]
    assert results and {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} \
        == {"articles/en.txt"}
    annotations = [line for line in run.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == len(results)
    assert all(re.match(r"::(error|warning|notice) file=articles/en\.txt,line=\d+,col=\d+,", line)
               for line in annotations), annotations[:3]
    assert _outputs(workspace) == {"report": "drift.sarif", "exit-code": "1"}


@pytest.mark.parametrize(("given", "report", "code"), [
    ({"command": "pairs", "pairs": "pairs.csv", "format": "junit", "output": "drift.xml", "fail-on": "never",
      "annotations": "false"}, "drift.xml", 0),
    ({"command": "lint", "paths": "articles/e*.txt", "format": "gitlab", "output": "quality.json",
      "fail-on": "minor", "annotations": "false"}, "quality.json", 1),
    ({"command": "lint", "paths": "articles/tr.txt", "format": "gitlab", "output": "q.json"}, None, 2),
    ({"command": "bogus"}, None, 2),
])
def test_other_commands_and_formats(runner, given, report, code):
    action_path, workspace, env, _, _ = runner
    (run,) = run_action(given, action_path=action_path, workspace=workspace, env=env, steps=slice(1, None))
    assert run.returncode == code, run.stdout + run.stderr
    if report is not None:
        text = (workspace / report).read_text(encoding="utf-8")
        if report.endswith(".xml"):
            assert text.startswith("<?xml") and 'articles/en.txt"' in text
        else:  # the glob articles/e*.txt expanded to the one English file
            assert {issue["location"]["path"] for issue in json.loads(text)} == {"articles/en.txt"}
    else:
        assert "drift" in run.stderr + run.stdout
