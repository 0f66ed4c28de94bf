"""Canaries for `schema/strawberry_compat.py`: one per private Strawberry detail we rely on.

A failure here after an upgrade names the detail to re-check; fix it in the compat module only.
"""

from __future__ import annotations

import strawberry
from graphql import GraphQLError
from strawberry.types import Info

from schema import strawberry_compat as compat

UPGRADE = "strawberry-graphql upgrade: re-check "


@strawberry.type
class Item:
    name: str

    @strawberry.field
    def shout(self, info: Info) -> str:
        return self.name.upper()


@strawberry.type
class Query:
    @strawberry.field
    def item(self) -> Item:
        return Item(name="a")


SCHEMA = strawberry.Schema(query=Query)


def _fields() -> dict[str, object]:
    return {f"{t}.{n}": f for t, n, f in compat.object_fields(SCHEMA)}


def test_the_built_graphql_core_schema_is_reachable():
    assert {"Item.name", "Item.shout", "Query.item"} <= set(_fields()), UPGRADE + "Schema._schema"


def test_a_graphql_core_field_leads_back_to_its_strawberry_field():
    field = compat.strawberry_field(_fields()["Item.shout"])
    assert field is not None and field.python_name == "shout", (
        UPGRADE + "GraphQLCoreConverter.DEFINITION_BACKREF"
    )


def test_the_function_under_a_resolver_is_found():
    shout = compat.resolver_function(compat.strawberry_field(_fields()["Item.shout"]))
    assert shout is not None and shout.__name__ == "shout", (
        UPGRADE + "StrawberryResolver.wrapped_func"
    )
    assert compat.resolver_function(compat.strawberry_field(_fields()["Item.name"])) is None


def test_plain_data_fields_are_told_from_resolved_ones():
    fields = _fields()
    assert compat.reads_attribute(fields["Item.name"]), UPGRADE + "_get_basic_result"
    assert not compat.reads_attribute(fields["Item.shout"])


def test_a_marked_resolver_counts_as_a_default_one():
    def resolve(source, info):
        return source

    assert compat.mark_as_attribute_read(resolve)._is_default is True, UPGRADE + "_is_default"


def test_exception_handlers_of_a_field_are_asked():
    field = compat.strawberry_field(_fields()["Item.shout"])
    assert compat.has_exception_handlers(SCHEMA, field) is False, (
        UPGRADE + "schema_converter._get_field_exception_handlers"
    )


def test_info_is_built_from_graphql_core_info():
    seen = {}
    fields = _fields()
    field = compat.strawberry_field(fields["Item.shout"])

    def resolve(source, info, **arguments):
        seen["info"] = compat.make_info(SCHEMA.config.info_class, info, field)
        return "x"

    fields["Item.shout"].resolve = resolve
    try:
        assert SCHEMA.execute_sync("{ item { shout } }").errors is None
    finally:
        fields["Item.shout"].resolve = None
    assert seen["info"].field_name == "shout", UPGRADE + "Info(_raw_info=..., _field=...)"


def test_every_error_passes_through_then_after_masking():
    class Mark(compat.MaskErrorsThen):
        def __init__(self) -> None:
            super().__init__(should_mask_error=lambda error: True, error_message="masked")

        def then(self, error: GraphQLError) -> None:
            error.extensions = {"code": "SEEN"}

    @strawberry.type
    class Failing:
        @strawberry.field
        def boom(self) -> str:
            raise ValueError("secret")

    schema = strawberry.Schema(query=Failing, extensions=[Mark])
    [error] = schema.execute_sync("{ boom }").errors
    assert (error.message, error.extensions) == ("masked", {"code": "SEEN"}), (
        UPGRADE + "MaskErrors._process_errors"
    )


def test_a_document_is_validated_against_the_built_schema():
    from graphql import parse, specified_rules

    assert compat.validate_with(SCHEMA, parse("{ item { name } }"), specified_rules) == [], (
        UPGRADE + "strawberry.schema.schema.validate_document"
    )
    errors = compat.validate_with(SCHEMA, parse("{ item { zzz } }"), specified_rules)
    assert [e.message for e in errors] == ["Cannot query field 'zzz' on type 'Item'."]
