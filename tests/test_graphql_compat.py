"""Canaries for `schema/graphql_compat.py`: the graphql-core and Strawberry details the planned
executor relies on. A failure after an upgrade names the detail to re-check there."""

from __future__ import annotations

import inspect

from graphql.execution import Executor
from graphql.pyutils import Path
from graphql.type import GraphQLNonNull, GraphQLString
from strawberry.schema.schema import Schema

from schema.graphql_compat import PlannedExecutor, StrawberryExecutor

UPGRADE = "graphql-core or strawberry-graphql upgrade: re-check "


def _parameters(method) -> list[str]:
    return list(inspect.signature(method).parameters)[1:]


def test_the_methods_the_executor_overrides_or_calls_keep_their_signatures():
    expected = {
        "execute_fields": [
            "parent_type", "source_value", "path", "grouped_field_set", "position_context"
        ],
        "execute_field": [
            "parent_type", "source", "field_details_list", "path", "position_context"
        ],
        "complete_value": [
            "return_type", "field_details_list", "info", "path", "result", "position_context"
        ],
        "handle_field_error": ["raw_error", "return_type", "field_details_list", "path"],
        "collect_and_execute_subfields": [
            "return_type", "field_details_list", "path", "result", "position_context"
        ],
        "complete_list_value": [
            "return_type", "field_details_list", "info", "path", "result", "position_context"
        ],
        "settle_in_background": ["awaitables"],
    }  # fmt: skip
    for name, parameters in expected.items():
        assert _parameters(getattr(Executor, name)) == parameters, UPGRADE + f"Executor.{name}"


def test_a_leaf_that_a_scalar_refuses_is_graphql_cores_own_error():
    try:
        Executor.complete_leaf_value(GraphQLString, object())
    except Exception as error:  # noqa: BLE001
        assert "String cannot represent value" in str(error), UPGRADE + "complete_leaf_value"
    else:
        raise AssertionError(UPGRADE + "complete_leaf_value no longer raises")


def test_strawberrys_default_executor_is_the_one_we_extend():
    assert issubclass(PlannedExecutor, StrawberryExecutor)
    default = inspect.signature(Schema.__init__).parameters["execution_context_class"]
    assert default.default is None, UPGRADE + "Schema(execution_context_class=...)"


def test_a_path_is_built_from_its_parent_key_and_type():
    path = Path(Path(None, "tickets", "Query"), "title", "Ticket")
    assert path.as_list() == ["tickets", "title"], UPGRADE + "graphql.pyutils.Path"
    assert isinstance(GraphQLNonNull(GraphQLString).of_type, type(GraphQLString))


def test_strawberrys_executor_leaves_the_overridden_methods_to_graphql_core():
    # Ours replace graphql-core's own; an incremental executor with its own versions would
    # be shadowed by them.
    for name in ("execute_fields", "complete_value", "complete_list_value"):
        assert getattr(StrawberryExecutor, name) is getattr(Executor, name), UPGRADE + name
