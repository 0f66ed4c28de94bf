"""Test helpers: an HTTP GraphQL client, quick factories, a SQL statement counter."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from functools import cache
from typing import Any

import httpx2 as httpx
from tortoise.transactions import in_transaction

from models import Account, Session, User
from models.enums import AccountType, Department, StaffRole
from resolvers import clock
from resolvers.auth import SESSION_PREFIX
from resolvers.buying import ledger
from resolvers.passwords import hash_password
from resolvers.secrets import new_token, token_hash

__all__ = ["Api", "World", "SqlCounter", "PASSWORD", "points_of"]

PASSWORD = "demo-password"


@cache
def _password_hash() -> str:
    return hash_password(PASSWORD)


async def points_of(account_id: int) -> int:
    """The account's tech-support points: the sum of its ledger entries, checked against the
    balance row that debits lock."""
    from models import LiabilityEntry

    entries = await LiabilityEntry.filter(account_id=account_id, unit=ledger.POINTS).values_list(
        "amount", flat=True
    )
    balance = await ledger.balance_of(account_id)
    assert balance == sum(entries), (balance, entries)
    return balance


class Api:
    """Speaks to the real ASGI app over HTTP; returns the decoded JSON body."""

    def __init__(self, client: httpx.AsyncClient, twin: httpx.AsyncClient | None = None) -> None:
        self.client = client
        self.twin = twin  # `--execution both`: the same app on graphql-core's executor

    @classmethod
    @asynccontextmanager
    async def connect(cls, app: Any, twin: Any = None) -> AsyncIterator[Api]:
        async with _client(app) as client, _client(twin) as twin_client:
            yield cls(client, twin_client)

    async def gql(
        self, query: str, variables: dict[str, Any] | None = None, token: str | None = None
    ) -> dict[str, Any]:
        headers = {"authorization": f"Bearer {token}"} if token else {}
        body = {"query": query, "variables": variables or {}}
        if self.twin is None or not _reads_only(query):
            response = await self.client.post("/graphql", json=body, headers=headers)
            return response.json()
        # Both paths at one instant (signed links carry their expiry). The twin's statements
        # are not the test's: statement counts stay those of one path.
        sql_log = logging.getLogger("tortoise.db_client")
        with clock.frozen(clock.now()):
            response = await self.client.post("/graphql", json=body, headers=headers)
            sql_log.disabled = True
            try:
                other = await self.twin.post("/graphql", json=body, headers=headers)
            finally:
                sql_log.disabled = False
        assert other.content == response.content, f"core and compiled differ on {query}"
        assert other.status_code == response.status_code
        return response.json()

    async def data(
        self, query: str, variables: dict[str, Any] | None = None, token: str | None = None
    ) -> dict[str, Any]:
        """Like `gql`, but fails the test on any top-level error."""
        body = await self.gql(query, variables, token)
        assert "errors" not in body, body["errors"]
        return body["data"]


@asynccontextmanager
async def _client(app: Any) -> AsyncIterator[httpx.AsyncClient | None]:
    if app is None:
        yield None
        return
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


def _reads_only(query: str) -> bool:
    """A query may be sent twice; a mutation (or a document that does not parse) may not."""
    from graphql import GraphQLSyntaxError, OperationDefinitionNode, OperationType, parse

    try:
        document = parse(query)
    except GraphQLSyntaxError:
        return False
    return all(
        d.operation is OperationType.QUERY
        for d in document.definitions
        if isinstance(d, OperationDefinitionNode)
    )


class World:
    """Factories that write straight to the database (fast), keeping the enforcer in step."""

    def __init__(self, services: Any) -> None:
        self.services = services
        self._seq = 0

    def _next(self) -> int:
        self._seq += 1
        return self._seq

    async def account(
        self, name: str | None = None, support_points: int = 0, **fields: Any
    ) -> Account:
        """An account; `support_points` are credited to its ledger as a staff adjustment."""
        account = await Account.create(name=name or f"Company {self._next()}", **fields)
        if support_points:
            async with in_transaction() as conn:
                change = ledger.Change(ledger.Kind.ADJUSTMENT, "Starting balance")
                await ledger.credit(conn, account.id, ledger.POINTS, support_points, change)
        return account

    async def user(
        self,
        account: Account | None = None,
        account_type: AccountType | str = AccountType.PRIMARY,
        email: str | None = None,
        **fields: Any,
    ) -> User:
        account = account or await self.account()
        email = email or f"user{self._next()}@example.test"
        return await User.create(
            account=account,
            email=email,
            contact_email=email,
            name=fields.pop("name", email.split("@")[0]),
            account_type=AccountType(account_type),
            password_hash=_password_hash(),
            **fields,
        )

    async def staff(
        self,
        role: StaffRole | str = StaffRole.AGENT,
        department: Department | str = Department.SUPPORT,
        email: str | None = None,
    ) -> User:
        email = email or f"staff{self._next()}@vendor.test"
        return await User.create(
            email=email,
            contact_email=email,
            name=email.split("@")[0],
            staff_role=StaffRole(role),
            department=Department(department),
            password_hash=_password_hash(),
        )

    async def token(self, user: User) -> str:
        """A session token for `user`, without going through argon2 and the rate limit."""
        token = new_token(SESSION_PREFIX)
        now = clock.now()
        await Session.create(
            user=user,
            token_hash=token_hash(token),
            created_at=now,
            last_seen_at=now,
            expires_at=now + timedelta(days=1),
        )
        return token


class SqlCounter(logging.Handler):
    """`with SqlCounter() as counted: ...` then `counted.value` is the number of statements."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.value = 0
        self.statements: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if (
            message.split(":", 1)[0]
            .strip()
            .upper()
            .startswith(("SELECT", "INSERT", "UPDATE", "DELETE", "WITH"))
        ):
            self.value += 1
            self.statements.append(message[:300])

    def __enter__(self) -> SqlCounter:
        logging.getLogger("tortoise.db_client").addHandler(self)
        return self

    def __exit__(self, *exc: object) -> None:
        logging.getLogger("tortoise.db_client").removeHandler(self)
