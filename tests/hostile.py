"""Generated hostile requests, shared by the fuzzing test and `bench/hostile.py`.

- `documents(...)`: GraphQL documents drawn by hypothesis-graphql from the schema: valid ones
  (every query and mutation, arguments of every shape, NUL bytes in strings) and invalid ones
  (wrong types, missing arguments, unknown values);
- `crafted(...)`: what a fuzzer of documents does not send: bodies that are not JSON objects or
  not UTF-8, variables of the wrong type, lone surrogates, strings far over their maximum,
  tampered cursors, ids past 64 bits, documents past the size limits, anonymous uploads;
- `problem(status, body)`: why an answer breaks the rules (a 5xx, an unmasked or masked
  INTERNAL_SERVER_ERROR), or None.
"""

from __future__ import annotations

import base64
import json
import random
from collections.abc import Callable
from datetime import UTC
from typing import Any

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from hypothesis_graphql import Mode, mutations, nodes, queries

__all__ = ["Request", "documents", "crafted", "problem", "SCALARS"]

# (headers, body bytes)
Request = tuple[dict[str, str], bytes]

SCALARS = {
    "Date": st.dates().map(lambda d: nodes.String(d.isoformat())),
    "DateTime": st.datetimes(timezones=st.just(UTC)).map(lambda d: nodes.String(d.isoformat())),
    "Upload": st.just(nodes.String("not-a-file")),
    # Money: inside 64 bits, just past them, and the edges.
    "Long": st.one_of(
        st.integers(-(2**63), 2**63 - 1),
        st.sampled_from([2**63, -(2**63) - 1, 2**64]),
    ).map(nodes.Int),
}


def documents(schema_sdl: str, count: int, random_seed: int) -> list[str]:
    """`count` documents: queries and mutations, valid and invalid, reproducible by seed."""
    strategy = st.one_of(
        queries(schema_sdl, custom_scalars=SCALARS),
        mutations(schema_sdl, custom_scalars=SCALARS),
        queries(schema_sdl, custom_scalars=SCALARS, mode=Mode.NEGATIVE),
        mutations(schema_sdl, custom_scalars=SCALARS, mode=Mode.NEGATIVE),
    )
    found: list[str] = []

    @seed(random_seed)
    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(document: str) -> None:
        found.append(document)

    collect()
    return found


def _json(document: str, variables: dict | None = None, ascii_only: bool = True) -> bytes:
    body = {"query": document, "variables": variables or {}}
    return json.dumps(body, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


def _cursor(values: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode()


_TEXTS = [
    "\ud800",
    "\udfff@demo.test",
    "a\x00b",
    "x" * 60_000,
    "\u202e\u0000",
    "M-" + "A" * 30,
    "'; DROP TABLE users; --",
    "%s%n{0}",
    "<script>alert(1)</script>",
    "",
]
_IDS = ["0", "-1", str(2**63), str(2**70), "1e3", "abc", "\ud800", " 1", "9" * 400, "1.5"]
_CURSORS = [
    _cursor(["not-a-date", 1]),
    _cursor([None, None]),
    _cursor([{"a": 1}, [2]]),
    _cursor(["2026-01-01T00:00:00+00:00", 2**70]),
    "!!!",
    "\ud800",
    "A" * 5000,
]
_LISTS = ["tickets", "licenses", "licenseHistory", "apiTokens", "incomingLicenseTransfers"]


def _crafters(rng: random.Random) -> list[Callable[[], Request]]:
    text, ident = (lambda: rng.choice(_TEXTS)), (lambda: rng.choice(_IDS))
    json_type = {"content-type": "application/json"}
    login = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }"
    return [
        lambda: (json_type, rng.choice([b'"hello"', b"null", b"42", b"[]", b"\xff", b"{", b""])),
        lambda: (json_type, b'{"query": "\xff\xfe"}'),
        lambda: (json_type, _json(login, {"e": text(), "p": text()})),
        lambda: (
            json_type,
            _json(
                "query($f: Int!) { tickets(first: $f) { nodes { id } } }",
                {"f": rng.choice([1.5, "ten", 2**40, -5, None, [1], {"a": 1}])},
            ),
        ),
        lambda: (
            json_type,
            _json(
                "query($f: TicketFilterInput) { tickets(filter: $f) { nodes { id } } }",
                {"f": rng.choice([{"status": "KING"}, {"search": text()}, "x", [1], {"nope": 1}])},
            ),
        ),
        lambda: (
            json_type,
            _json(
                f"query($a: String) {{ {rng.choice(_LISTS)}(after: $a) {{ edges {{ cursor }} }} }}",
                {"a": rng.choice(_CURSORS)},
            ),
        ),
        lambda: (
            json_type,
            _json(
                "query($i: ID!) { ticket(id: $i) { id } license(id: $i) { id } user(id: $i) { id } }",
                {"i": ident()},
            ),
        ),
        lambda: (
            json_type,
            _json(
                "mutation($i: ID!, $t: String!) { addInternalNote(ticketId: $i, body: $t) { __typename } }",
                {"i": ident(), "t": text()},
            ),
        ),
        lambda: (
            json_type,
            _json(
                "mutation($i: PostMessageInput!) { postMessage(input: $i) { __typename } }",
                {"i": {"ticketId": ident(), "body": text(), "replyTo": text()}},
            ),
        ),
        lambda: (
            json_type,
            _json(
                "mutation($i: CreateTicketInput!) { createTicket(input: $i) { __typename } }",
                {
                    "i": {
                        "type": rng.choice(["SUPPORT", "NOPE", 1]),
                        "title": text(),
                        "body": text(),
                    }
                },
            ),
        ),
        lambda: (
            json_type,
            _json(
                "query($m: String!) { ticketByMessageId(messageId: $m) { id } productVersions(brand: $m) { id } }",
                {"m": text()},
            ),
        ),
        lambda: (json_type, _json("{" + " me { account { name } }" * rng.randint(100, 700) + "}")),
        lambda: (
            json_type,
            _json(
                "query { ...F }"
                + "".join(
                    f" fragment F{'' if i == 0 else i} on Query {{ ...F{i + 1} ...F{i + 1} }}"
                    for i in range(rng.randint(8, 20))
                )
            ),
        ),
        lambda: (json_type, _json("{" * rng.randint(20, 400) + "}" * rng.randint(0, 400))),
        lambda: (
            json_type,
            json.dumps(
                {
                    "query": rng.choice([5, None, [], {}]),
                    "variables": rng.choice([None, "x", [], 3]),
                }
            ).encode(),
        ),
        lambda: (json_type, _json('subscription { ticketEvents(ticketId: "1") { __typename } }')),
        lambda: (
            json_type,
            json.dumps(
                {
                    "query": "{ me { id } }",
                    "operationName": text(),
                    "extensions": {"persistedQuery": 1},
                },
                ensure_ascii=True,
            ).encode(),
        ),
        lambda: (
            {"content-type": "multipart/form-data; boundary=x", "x-accountdesk-csrf": "1"},
            b'--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--\r\n',
        ),
        lambda: ({"content-type": "text/plain"}, b"{ me { id } }"),
    ]


def crafted(count: int, random_seed: int) -> list[Request]:
    rng = random.Random(random_seed)
    makers = _crafters(rng)
    return [makers[i % len(makers)]() for i in range(count)]


def problem(status: int, body: Any) -> str | None:
    if status >= 500:
        return f"HTTP {status}"
    if isinstance(body, dict):
        for error in body.get("errors") or []:
            if (error.get("extensions") or {}).get("code") == "INTERNAL_SERVER_ERROR":
                return f"INTERNAL_SERVER_ERROR: {error.get('path')}"
    return None
