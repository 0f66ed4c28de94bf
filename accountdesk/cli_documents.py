"""`accountdesk documents add FILE...` and `documents list`: trusted documents at build time.

A client's build writes its operations to files (one document a file: an operation, or several
with their fragments) and registers each; the printed id is what the client sends as
`documentId` (the SHA-256 of the file's text as it is, so the build can compute it alone).
A document that does not validate against this server's schema is refused, and nothing of
that run is registered.
"""

from __future__ import annotations

import argparse
from pathlib import Path

__all__ = ["add_commands", "register_files"]


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("documents", help="register trusted documents for clients")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="register GraphQL documents; prints each one's id")
    add.add_argument("files", nargs="+", metavar="FILE", help="a .graphql file: one document")
    add.set_defaults(handler=_run_add)
    listing = actions.add_parser("list", help="every registered document: id, source, operations")
    listing.add_argument("--trusted", action="store_true", help="leave out clients' (APQ) ones")
    listing.set_defaults(handler=_run_list)


def _read(paths: list[str]) -> list[tuple[str, str]]:
    from accountdesk.cli import CommandError

    texts = []
    for path in paths:
        try:
            texts.append((path, Path(path).read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"{path}: cannot be read as UTF-8 text ({error})") from None
    return texts


async def register_files(schema: object, texts: list[tuple[str, str]]) -> list[str]:
    """Check every text first, then register them all: `<id>  <file>` lines."""
    from accountdesk.cli import CommandError
    from models import DocumentSource
    from resolvers import documents

    registry = schema.trusted_documents  # type: ignore[attr-defined]
    for path, text in texts:
        checked = registry.check(text)
        if checked.errors:
            raise CommandError(f"{path}: {checked.errors[0].message}")
    lines = []
    for path, text in texts:
        registered = await documents.register(text, DocumentSource.BUILD)
        lines.append(f"{registered.id}  {path}")
    return lines


async def _run_add(args: argparse.Namespace) -> int:
    from accountdesk.cli import load_settings, with_database
    from schema import build_schema

    settings = load_settings()
    texts = _read(args.files)
    schema = build_schema(settings)
    for line in await with_database(settings, lambda: register_files(schema, texts)):
        print(line)
    return 0


async def _run_list(args: argparse.Namespace) -> int:
    from accountdesk.cli import load_settings, with_database
    from resolvers import documents

    settings = load_settings()
    rows = await with_database(
        settings, lambda: documents.list_documents(trusted_only=args.trusted)
    )
    for row in rows:
        when = f"{row.created_at:%Y-%m-%d %H:%M}"
        print(f"{documents.PREFIX}{row.id}  {row.source}  {when}  {_names(row.text)}")
    return 0


def _names(text: str) -> str:
    from graphql import GraphQLError, parse

    from schema.trusted_documents import operation_names

    try:
        return ",".join(name or "(anonymous)" for name in operation_names(parse(text)))
    except GraphQLError:
        return "(does not parse)"
