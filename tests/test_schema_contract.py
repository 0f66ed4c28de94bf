"""The committed `schema.graphql` is the contract code generators read: it must match the code."""

from __future__ import annotations

import difflib
from pathlib import Path

from strawberry.printer import print_schema

from schema import build_schema

COMMITTED = Path(__file__).resolve().parent.parent / "schema.graphql"


def test_committed_schema_matches_the_code():
    current = print_schema(build_schema()) + "\n"
    committed = COMMITTED.read_text() if COMMITTED.exists() else ""
    if committed != current:
        diff = "".join(
            difflib.unified_diff(
                committed.splitlines(keepends=True),
                current.splitlines(keepends=True),
                "schema.graphql (committed)",
                "schema (code)",
                n=1,
            )
        )
        raise AssertionError(
            "schema.graphql differs from the schema the code builds; run "
            "`accountdesk export-schema` at the repository root and commit the file.\n"
            + diff[:4000]
        )
