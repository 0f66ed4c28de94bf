"""Make the next migration for SQLite and PostgreSQL at once: `python -m accountdesk.makemigrations`.

aerich writes SQL for one dialect, the one of the database it is pointed at, while the service
runs on both. This tool lets aerich diff the models against the last migration's MODELS_STATE
once per dialect (offline: no database server is needed), then writes ONE file under
`migrations/models/` whose `upgrade(db)`/`downgrade(db)` return the SQL of `db`'s dialect.
MODELS_STATE is kept, so the next run (and plain `aerich migrate`) diffs from there.

    python -m accountdesk.makemigrations --name add_tickets    # then review and commit the file
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from aerich.utils import decompress_dict, get_formatted_compressed_data, import_py_file

from accountdesk.migrate import APP, MIGRATIONS_DIR

__all__ = ["make_migration", "DIALECT_URLS"]

# Offline generation only needs a connection *configured* for the dialect, never opened.
DIALECT_URLS = {
    "sqlite": "sqlite://{dir}/offline.sqlite3",
    "postgres": "asyncpg://offline:offline@127.0.0.1:1/offline",
}

TEMPLATE = '''"""Migration {version}: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

aerich passes the connection; each function returns the SQL of that connection's dialect.
"""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = {run_in_transaction}

SQL = {{
{sql}
}}


def _sql(db: BaseDBAsyncClient, direction: str) -> str:
    dialect = db.capabilities.dialect
    if dialect not in SQL:
        raise RuntimeError(f"this migration has no SQL for {{dialect}}")
    return SQL[dialect][direction]


async def upgrade(db: BaseDBAsyncClient) -> str:
    return _sql(db, "upgrade")


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _sql(db, "downgrade")


MODELS_STATE = (
    {models_state}
)
'''


async def _generate(dialect: str, location: Path, name: str) -> None:
    """Run aerich (offline) for one dialect in `location`; it writes its file there."""
    from aerich import Command
    from tortoise import Tortoise

    from accountdesk.database import tortoise_config
    from accountdesk.settings import Settings

    url = DIALECT_URLS[dialect].format(dir=location)
    command = Command(
        tortoise_config(Settings(secret_key="x" * 32), url), app=APP, location=str(location)
    )
    try:
        if not any((location / APP).glob("*.py")):
            await command.init_migrations(safe=True)
        else:
            await command.init(offline=True)
            await command.migrate(name, no_input=True, offline=True)
    finally:
        await Tortoise.close_connections()


def _quoted(sql: str) -> str:
    body = sql.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return f'"""{body}"""'


def _render(version: str, modules: dict[str, ModuleType]) -> str:
    sql_blocks = []
    for dialect, module in modules.items():
        upgrade = asyncio.run(module.upgrade(None))
        downgrade = asyncio.run(module.downgrade(None))
        sql_blocks.append(
            f'    "{dialect}": {{\n'
            f'        "upgrade": {_quoted(upgrade)},\n'
            f'        "downgrade": {_quoted(downgrade)},\n'
            "    },"
        )
    states = [decompress_dict(module.MODELS_STATE) for module in modules.values()]
    if any(state != states[0] for state in states):
        raise SystemExit("aerich described the models differently per dialect; not writing")
    return TEMPLATE.format(
        version=version,
        run_in_transaction=all(getattr(m, "RUN_IN_TRANSACTION", True) for m in modules.values()),
        sql="\n".join(sql_blocks),
        models_state=get_formatted_compressed_data(states[0]),
    )


def make_migration(name: str = "update", migrations_dir: Path = MIGRATIONS_DIR) -> Path | None:
    """Write the next migration; None when the models match the last one."""
    existing = migrations_dir / APP
    existing.mkdir(parents=True, exist_ok=True)
    known = {path.name for path in existing.glob("*.py")}
    modules: dict[str, ModuleType] = {}
    versions: list[str] = []
    with tempfile.TemporaryDirectory(prefix="makemigrations-") as scratch:
        for dialect in DIALECT_URLS:
            location = Path(scratch, dialect)
            shutil.copytree(existing, location / APP)
            # A process per dialect: aerich keeps its diff in class attributes.
            subprocess.run(
                [sys.executable, "-m", "accountdesk.makemigrations", "--dialect", dialect,
                 "--location", str(location), "--name", name],
                check=True,
            )  # fmt: skip
            new = sorted(p for p in (location / APP).glob("*.py") if p.name not in known)
            if len(new) > 1:
                raise SystemExit(f"aerich wrote several files for {dialect}: {new}")
            if new:
                modules[dialect] = import_py_file(new[0])
                versions.append(new[0].name)
        if not modules:
            return None
        if len(modules) != len(DIALECT_URLS):
            raise SystemExit(f"only {sorted(modules)} saw a change; not writing")
        target = existing / versions[0]
        target.write_text(_render(target.stem, modules))
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m accountdesk.makemigrations",
        description="Write the next migration (SQLite and PostgreSQL SQL in one file).",
    )
    parser.add_argument("--name", default="update", help="a word or two: add_tickets")
    parser.add_argument("--dialect", choices=sorted(DIALECT_URLS), help=argparse.SUPPRESS)
    parser.add_argument("--location", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.dialect:
        asyncio.run(_generate(args.dialect, Path(args.location), args.name))
        return 0
    written = make_migration(args.name)
    if written is None:
        print("No changes: the models match the last migration.")
    else:
        print(f"Wrote {written}. Review it, run `accountdesk migrate`, commit it.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
