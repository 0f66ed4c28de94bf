"""The API token scopes: exactly the `scope:*` subjects of the policy file, read from there.

So a scope is added in one place (a `p, scope:<name>, resource, action` row) and appears in
the API's `ApiTokenScope` enum; `schema.graphql` then shows the change for review.
"""

from __future__ import annotations

from pathlib import Path

from policies.adapter import POLICY_FILE

__all__ = ["API_TOKEN_SCOPES", "scopes_in"]


def scopes_in(policy_file: Path = POLICY_FILE) -> tuple[str, ...]:
    found = set()
    for line in policy_file.read_text().splitlines():
        parts = [part.strip() for part in line.split(",")]
        if len(parts) == 4 and parts[0] == "p" and parts[1].startswith("scope:"):
            found.add(parts[1].removeprefix("scope:"))
    return tuple(sorted(found))


API_TOKEN_SCOPES = scopes_in()
