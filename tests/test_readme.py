"""The README tells the truth: every setting documented, the quick start is what CI runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST_COMMAND = "pip install -e '.[test]' && python -m pytest"


def test_every_environment_variable_of_the_settings_is_in_the_readme():
    source = (ROOT / "accountdesk" / "settings.py").read_text()
    names = set(re.findall(r'"([A-Z][A-Z0-9_]{3,})"', source))
    readme = (ROOT / "README.md").read_text()
    missing = sorted(name for name in names if f"`{name}`" not in readme)
    assert not missing, f"add these to the README's configuration table: {missing}"


def test_ci_runs_the_readme_test_command():
    assert TEST_COMMAND in (ROOT / "README.md").read_text()
    assert TEST_COMMAND in (ROOT / ".ci" / "run").read_text()
