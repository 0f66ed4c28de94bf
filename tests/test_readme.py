"""The README tells the truth: every setting documented, the quick start is what CI runs."""

from __future__ import annotations

import re
from pathlib import Path

from accountdesk.settings import SETTINGS, Settings, markdown_table

ROOT = Path(__file__).resolve().parent.parent
TEST_COMMAND = "pip install -e '.[test]' && python -m pytest"


def test_the_readme_configuration_table_is_the_settings_table():
    readme = (ROOT / "README.md").read_text()
    assert markdown_table() in readme, "paste `accountdesk settings --markdown` into the README"


def test_no_environment_variable_is_read_outside_the_settings_table():
    source = (ROOT / "accountdesk" / "settings.py").read_text()
    named = set(re.findall(r'"([A-Z][A-Z0-9_]{3,})"', source)) - {"SETTINGS"}  # its __all__ entry
    declared = {setting.env for setting in SETTINGS}
    assert named <= declared, f"declare these in SETTINGS: {sorted(named - declared)}"


def test_ci_runs_the_readme_test_command():
    assert TEST_COMMAND in (ROOT / "README.md").read_text()
    assert TEST_COMMAND in (ROOT / ".ci" / "run").read_text()


def _readme_jobs() -> set[str]:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Jobs", 1)[1].split("\n## ", 1)[0] if "## Jobs" in readme else ""
    return set(re.findall(r"^\| `([a-z_]+)` \|", section, flags=re.MULTILINE))


def test_the_readme_names_exactly_the_jobs_a_worker_runs():
    from jobs.worker import worker_settings

    options = worker_settings(Settings(), "redis://127.0.0.1:1/0", manage_database=False)
    names = {getattr(f, "name", None) or f.__name__ for f in options["functions"]}
    assert _readme_jobs() == names
