"""No file in the repository still carries a merge's conflict markers.

Branches are merged into main by hand; a conflict block left in a Markdown file breaks no
other test, so this one reads every tracked text file.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = re.compile(rb"^(<<<<<<<|>>>>>>>)( |$)|^=======$", re.MULTILINE)


def _tracked() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    return [ROOT / name for name in listed.decode().split("\0") if name]


def test_no_conflict_markers_in_tracked_files():
    files = [path for path in _tracked() if path.is_file() and "static" not in path.parts]
    assert len(files) > 100  # the repository was listed, not an empty directory
    found = [str(path.relative_to(ROOT)) for path in files if MARKER.search(path.read_bytes())]
    assert found == []
