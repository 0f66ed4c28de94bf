"""Execution plans: what graphql-core works out for every value, worked out once per document.

graphql-core completes each field of each object through generic code: it builds a path
segment and a resolve info, looks the field up, asks the middleware for its resolver, checks
whether the result is awaitable, then walks `complete_value` (exception? non-null? list?
leaf? abstract? object?). On the ticket page that is ~1,500 fields per response, and about
two thirds of them are leaves read straight from an attribute, which need none of it.

A plan is made per operation node of a parsed document (the parser cache, and a registry of
trusted documents, hand out the same node for the same document) and, inside it, per
selection set met during execution. For each field of a selection set it holds either a
`LeafPlan` (read the attribute, coerce it with the leaf type, check null) or nothing: every
other field (arguments, resolvers, lists, objects, abstract types, middleware around
resolvers, `@defer`) goes through graphql-core's own `execute_field`, in the same order, so
errors, their paths and null propagation are graphql-core's. `GRAPHQL_EXECUTION=core` turns
plans off (the differential test compares both paths byte for byte).
"""

from __future__ import annotations

from collections import OrderedDict
from operator import attrgetter
from typing import Any, NamedTuple

from graphql import (
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    OperationDefinitionNode,
    is_leaf_type,
)

__all__ = ["LeafPlan", "DocumentPlans", "reads_attribute_named", "mark_attribute_read"]

_READS = "_accountdesk_reads"


def mark_attribute_read(resolve: Any, attribute: str) -> Any:
    """Mark a resolver that only reads `attribute` of its source (and ignores info and
    arguments): a plan may read the attribute itself."""
    setattr(resolve, _READS, attribute)
    return resolve


def reads_attribute_named(resolve: Any) -> str | None:
    return getattr(resolve, _READS, None)


class LeafPlan(NamedTuple):
    read: Any  # source -> value
    coerce: Any  # the leaf type's coerce_output_value
    leaf_type: Any
    return_type: Any  # the field's declared type, for graphql-core's error handling
    non_null: bool
    null_message: str  # graphql-core's words, for a null in a non-null field


def leaf_plan(
    schema: GraphQLSchema, parent_type: GraphQLObjectType, field_details_list: Any, middleware: Any
) -> LeafPlan | None:
    """The plan of one field, or None when graphql-core must execute it."""
    node = field_details_list[0].node
    field = schema.get_field(parent_type, node.name.value)
    if field is None or field.args or node.arguments or field.resolve is None:
        return None
    attribute = reads_attribute_named(field.resolve)
    if attribute is None:
        return None
    if middleware is not None and middleware.get_field_resolver(field.resolve) is not field.resolve:
        return None  # a resolve hook (tracing) must see every field
    non_null = isinstance(field.type, GraphQLNonNull)
    leaf_type = field.type.of_type if non_null else field.type
    if not is_leaf_type(leaf_type):
        return None
    message = f"Cannot return null for non-nullable field {parent_type.name}.{node.name.value}."
    return LeafPlan(
        attrgetter(attribute),
        leaf_type.coerce_output_value,
        leaf_type,
        field.type,
        non_null,
        message,
    )


class DocumentPlans:
    """The plans of one operation: a tuple per selection set, one entry per response name."""

    def __init__(self, schema: GraphQLSchema, operation: OperationDefinitionNode) -> None:
        self.schema = schema
        self.operation = operation  # kept alive, so the ids of its nodes stay its own
        self.field_sets: dict[tuple, tuple[LeafPlan | None, ...]] = {}

    def field_set(
        self, parent_type: GraphQLObjectType, grouped_field_set: Any, middleware: Any
    ) -> tuple[LeafPlan | None, ...]:
        # The same selection set can group differently (@include with other variables), so
        # the key is every field node it holds.
        key = (parent_type.name, *(id(group[0].node) for group in grouped_field_set.values()))
        plans = self.field_sets.get(key)
        if plans is None:
            plans = tuple(
                leaf_plan(self.schema, parent_type, group, middleware)
                for group in grouped_field_set.values()
            )
            self.field_sets[key] = plans
        return plans


class PlanCache:
    """Plans by operation node, most recently used kept (as the parser cache keeps documents)."""

    def __init__(self, maxsize: int = 512) -> None:
        self.maxsize = maxsize
        self.entries: OrderedDict[tuple[int, int], DocumentPlans] = OrderedDict()

    def plans_for(self, schema: GraphQLSchema, operation: OperationDefinitionNode) -> DocumentPlans:
        key = (id(schema), id(operation))
        plans = self.entries.get(key)
        if plans is not None and plans.operation is operation and plans.schema is schema:
            self.entries.move_to_end(key)
            return plans
        plans = DocumentPlans(schema, operation)
        self.entries[key] = plans
        if len(self.entries) > self.maxsize:
            self.entries.popitem(last=False)
        return plans


PLANS = PlanCache()

# What completing a value of a type takes, by type: (kind, the type to complete it as, non-null).
OBJECT, LEAF, LIST, OTHER = "object", "leaf", "list", "other"
_SHAPES: dict[Any, tuple[str, Any, bool]] = {}


def shape_of(return_type: Any) -> tuple[str, Any, bool]:
    shape = _SHAPES.get(return_type)
    if shape is None:
        non_null = isinstance(return_type, GraphQLNonNull)
        inner = return_type.of_type if non_null else return_type
        if isinstance(inner, GraphQLList):
            kind = LIST
        elif is_leaf_type(inner):
            kind = LEAF
        elif isinstance(inner, GraphQLObjectType) and inner.is_type_of is None:
            kind = OBJECT
        else:  # abstract types, objects that check their values
            kind = OTHER
        shape = _SHAPES[return_type] = (kind, inner, non_null)
    return shape
