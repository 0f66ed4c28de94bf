"""Shared fixtures: every test runs against SQLite and PostgreSQL (real servers, see servers.py).

- `backend`: "sqlite" or "postgres"; the whole suite runs once per backend.
  `--backends sqlite` (or TEST_BACKENDS=sqlite) narrows it while working.
- `services`: the process's long-lived parts (enforcer, Redis) as the app has them.
- `api`: a GraphQL client speaking HTTP to the real ASGI app (`await api.gql(query, token=...)`).
- `api_with`: the same with some settings changed (`async with api_with(max_aliases=3) as api`).
- `world`: makes accounts, users and sign-ins quickly (`await world.user(...)`).
- `count_sql`: counts SQL statements in a block (`with count_sql() as n: ...; n.value`).
"""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
import tempfile
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from tortoise import Tortoise, connections
from tortoise.backends.base.executor import EXECUTOR_CACHE

from accountdesk.database import tortoise_config
from accountdesk.settings import Settings, normalize_database_url
from resolvers import clock
from tests import servers
from tests.helpers import Api, SqlCounter, World

BACKENDS = ("sqlite", "postgres")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backends",
        default=os.environ.get("TEST_BACKENDS", ",".join(BACKENDS)),
        help="comma-separated database backends to run the suite on (sqlite,postgres)",
    )

    parser.addoption(
        "--execution",
        default=os.environ.get("TEST_EXECUTION", "compiled"),
        choices=("compiled", "core", "both"),
        help="GraphQL execution path of the test clients (GRAPHQL_EXECUTION); `both` also sends "
        "every query to a `core` app and fails the test unless the answers are byte-identical",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgres_only: needs real row locks (PostgreSQL)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        chosen = [b.strip() for b in metafunc.config.getoption("backends").split(",") if b.strip()]
        if metafunc.definition.get_closest_marker("postgres_only"):
            chosen = [b for b in chosen if b == "postgres"]
        metafunc.parametrize("backend", chosen, scope="session")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Every test touches the database, so every test gets the backend parameter.
    for item in items:
        if "backend" not in getattr(item, "fixturenames", ()):
            item.fixturenames.append("backend")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    servers.stop_all()
    session.config._accountdesk_exitstatus = int(exitstatus)  # for pytest_unconfigure


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """End the process once pytest is done (servers stopped, summary printed).

    After a whole run the heap holds over a gigabyte (two backends' worth of schemas, apps
    and caches), and the interpreter's own finalization then spent many minutes in full
    garbage collections (`finalize_modules`) at 100% CPU before exiting: a green suite that
    never ends is a red CI. Nothing is left to clean up by then.
    """
    if not hasattr(config, "workerinput"):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(int(getattr(config, "_accountdesk_exitstatus", 0)))


@pytest.fixture(scope="session")
def var_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="accountdesk-var-"))


@pytest.fixture(scope="session")
def execution(request: pytest.FixtureRequest) -> str:
    return request.config.getoption("execution")


@pytest.fixture(scope="session")
def settings(var_dir: Path, execution: str) -> Settings:
    return Settings(
        graphql_execution="core" if execution == "core" else "compiled",
        var_dir=var_dir,
        secret_key="test-secret-key-" + "x" * 40,
        files_dir=var_dir / "files",
        mail_dir=var_dir / "mail",
    )


_database_urls: dict[str, str] = {}


def database_url_for(backend: str, var_dir: Path) -> str:
    if backend not in _database_urls:
        if backend == "sqlite":
            url = f"sqlite://{var_dir / 'test.sqlite3'}"
        else:
            url = normalize_database_url(servers.postgres_url())
        _database_urls[backend] = url
    return _database_urls[backend]


@pytest.fixture(scope="session")
async def database(backend: str, settings: Settings, var_dir: Path) -> AsyncIterator[str]:
    url = database_url_for(backend, var_dir)
    # Insert statements are cached per table, in the previous backend's dialect.
    EXECUTOR_CACHE.clear()
    await Tortoise.init(config=tortoise_config(settings, url), _enable_global_fallback=True)
    await Tortoise.generate_schemas(safe=True)
    await _mark_migrated()
    yield url
    await Tortoise.close_connections()


@pytest.fixture(scope="session")
def redis_url() -> str:
    return servers.redis_url()


@pytest.fixture(scope="session")
async def services(database: str, settings: Settings, redis_url: str):
    from accountdesk.app import start_services, stop_services

    started = await start_services(settings.with_changes(database_url=database), redis_url)
    yield started
    await stop_services(started)


async def _mark_migrated() -> None:
    """The suite's tables come from the models (which `test_migrations` proves the migrations
    make): record every migration as applied, so commands run by tests find none pending."""
    from aerich.models import Aerich

    from accountdesk.migrate import APP, version_files

    for name in version_files():
        await Aerich.get_or_create(version=name, app=APP, defaults={"content": {}})


async def _truncate_all(backend: str) -> None:
    conn = connections.get("default")
    tables = {m._meta.db_table for m in Tortoise.apps["models"].values() if m.__name__ != "Aerich"}
    through = {
        field.through
        for model in Tortoise.apps["models"].values()
        for field in model._meta.fields_map.values()
        if getattr(field, "through", None)
    }
    tables = sorted(tables | through)
    if backend == "postgres":
        quoted = ", ".join(f'"{t}"' for t in tables)
        await conn.execute_script(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE")
    else:
        script = "PRAGMA foreign_keys=OFF;" + "".join(f'DELETE FROM "{t}";' for t in tables)
        script += "DELETE FROM sqlite_sequence; PRAGMA foreign_keys=ON;"
        await conn.execute_script(script)


@pytest.fixture(autouse=True)
async def clean_state(backend: str, services, redis_url: str) -> AsyncIterator[None]:
    clock.reset()
    yield
    clock.reset()
    await _truncate_all(backend)
    await services.redis.flushdb()
    await services.authorizer.reload()


def _apps(services, settings: Settings, execution: str) -> tuple[object, object | None]:
    """The app under test, and with `--execution both` its `core` twin for the comparison."""
    from accountdesk.app import create_app

    app = create_app(settings, services=services, manage_database=False)
    if execution != "both":
        return app, None
    core = settings.with_changes(graphql_execution="core")
    twin = create_app(core, services=dataclasses.replace(services, settings=core),
                      manage_database=False)  # fmt: skip
    return app, twin


@pytest.fixture
async def api(services, settings: Settings, execution: str) -> AsyncIterator[Api]:
    async with Api.connect(*_apps(services, settings, execution)) as client:
        yield client


@pytest.fixture
def api_with(services, settings: Settings, execution: str):
    """An API whose settings differ from the suite's: `async with api_with(max_aliases=3) as api:`."""

    @asynccontextmanager
    async def connect(**changes: object) -> AsyncIterator[Api]:
        changed = dataclasses.replace(services, settings=settings.with_changes(**changes))
        async with Api.connect(*_apps(changed, changed.settings, execution)) as client:
            yield client

    return connect


@pytest.fixture
async def world(services) -> World:
    return World(services)


@pytest.fixture
def count_sql() -> Iterator[type[SqlCounter]]:
    logger = logging.getLogger("tortoise.db_client")
    previous = logger.level
    logger.setLevel(logging.DEBUG)
    yield SqlCounter
    logger.setLevel(previous)


@pytest.fixture
def postgres(backend: str) -> None:
    if backend != "postgres":
        pytest.skip("needs PostgreSQL row locks")


@pytest.fixture(params=["local", "s3"])
def files_settings(request, settings: Settings, var_dir: Path) -> Settings:
    """The suite's settings on each store: the local disk, and S3 (moto on loopback)."""
    if request.param == "local":
        return settings.with_changes(files_dir=var_dir / "files-local")
    return settings.with_changes(files_url=servers.s3_files_url())
