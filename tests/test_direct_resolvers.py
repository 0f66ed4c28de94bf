"""`@direct` resolvers: installed on graphql-core as they are, same answers, unsafe uses refused."""

from __future__ import annotations

import pytest
import strawberry
from strawberry.types import Info

from schema import build_schema
from schema.direct import direct, install_direct_resolvers
from schema.permissions import Allow


@strawberry.type
class Item:
    name: str

    @strawberry.field
    @direct
    def greeting(self, info: Info, times: int = 1) -> str:
        assert isinstance(info, Info) and info.field_name == "greeting"
        return " ".join([f"hello {self.name}{info.context['mark']}"] * times)


@strawberry.type
class Query:
    @strawberry.field
    def items(self) -> list[Item]:
        return [Item(name="a"), Item(name="b")]


def test_direct_resolver_gets_strawberry_info_and_arguments_and_plain_fields_read_directly():
    schema = strawberry.Schema(query=Query)
    assert install_direct_resolvers(schema) == 1
    assert schema._schema.type_map["Item"].fields["name"].resolve.__qualname__.startswith("_read")
    result = schema.execute_sync(
        "{ items { name greeting(times: 2) } }", context_value={"mark": "!"}
    )
    assert result.errors is None
    assert result.data == {
        "items": [
            {"name": "a", "greeting": "hello a! hello a!"},
            {"name": "b", "greeting": "hello b! hello b!"},
        ]
    }


@strawberry.type
class Guarded:
    @strawberry.field(permission_classes=[Allow("ticket.read")])
    @direct
    def secret(self, info: Info) -> str:
        return "no"


@strawberry.type
class GuardedQuery:
    guarded: Guarded


def test_direct_resolver_with_permissions_is_refused():
    with pytest.raises(TypeError, match="Guarded.secret"):
        install_direct_resolvers(strawberry.Schema(query=GuardedQuery))


def test_ticket_relation_fields_resolve_directly():
    schema = build_schema()
    fields = schema._schema.type_map["Ticket"].fields
    assert all(
        fields[name].resolve.__qualname__.startswith("_resolve")
        for name in ("author", "assignee", "messages", "licenses", "productVersion")
    )
