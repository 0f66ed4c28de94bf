"""Limits on a document's shape, checked in one linear pass before graphql-core validates it.

graphql-core's "fields can be merged" rule compares every pair of fields that share a response
name in a selection set, fragments included, and descends into each pair: a 14 KB document of
600 repeated `me { account { name } }` cost seconds of CPU, and the validation cache does not
help (change one repetition and the text is new). Three numbers bound that work:

- `max_fields`: field selections written in the document: graphql-core's rules walk each
  written node once, so this bounds the linear part of the work;
- `max_expanded_fields`: field selections with every fragment spread written out (each
  fragment counted once per spread, computed with a memo, so in linear time): this bounds
  the pairwise part, the depth limiter's walk and what execution may be asked for;
- `max_repeats`: times one response name may be selected in one selection set, counting
  what inline fragments and fragment spreads add to it.

Legitimate documents are far inside both (a result union selects `code` once per member; a
Relay screen spreads a few fragments on one object); hostile ones pass neither. The worst
documents inside the limits are measured in `tests/test_validation_cost.py`.
"""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
)
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from schema.strawberry_compat import validate_with

__all__ = ["CheckedDocuments", "DocumentLimits", "shape_problem"]


class _Shape:
    """Walks a document; fragments are sized once each (memo), cycles count as empty (graphql-
    core's own rule reports them)."""

    def __init__(self, document: DocumentNode) -> None:
        self.fragments = {
            d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
        }
        self.sizes: dict[str, int] = {}
        self.busy: set[str] = set()

    def size(self, selection_set: SelectionSetNode | None) -> int:
        """Field selections with every fragment spread written out."""
        total = 0
        for selection in selection_set.selections if selection_set else ():
            if isinstance(selection, FieldNode):
                total += 1 + self.size(selection.selection_set)
            elif isinstance(selection, InlineFragmentNode):
                total += self.size(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                total += self._fragment_size(selection.name.value)
        return total

    def _fragment_size(self, name: str) -> int:
        if name not in self.sizes:
            definition = self.fragments.get(name)
            if definition is None or name in self.busy:
                return 0
            self.busy.add(name)
            self.sizes[name] = self.size(definition.selection_set)
            self.busy.discard(name)
        return self.sizes[name]

    def most_repeated(self, selection_sets: list[SelectionSetNode]) -> tuple[str, int]:
        """The response name selected most often in these merged selection sets, at any depth
        (the fields graphql-core compares pair by pair). Visits each written-out field once,
        so it costs what `size` allows."""
        fields: dict[str, list[FieldNode]] = defaultdict(list)
        for selection_set in selection_sets:
            self._collect(selection_set, fields, frozenset())
        worst = ("", 0)
        for name, group in fields.items():
            if len(group) > worst[1]:
                worst = (name, len(group))
            inner = [f.selection_set for f in group if f.selection_set is not None]
            if inner:
                deeper = self.most_repeated(inner)
                worst = deeper if deeper[1] > worst[1] else worst
        return worst

    def _collect(
        self, selection_set: SelectionSetNode, into: dict[str, list[FieldNode]], path: frozenset
    ) -> None:
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                into[(selection.alias or selection.name).value].append(selection)
            elif isinstance(selection, InlineFragmentNode):
                self._collect(selection.selection_set, into, path)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                definition = self.fragments.get(name)
                if definition is not None and name not in path:
                    self._collect(definition.selection_set, into, path | {name})


def shape_problem(
    document: DocumentNode, max_fields: int, max_expanded_fields: int, max_repeats: int
) -> str | None:
    shape = _Shape(document)
    definitions = [
        d
        for d in document.definitions
        if isinstance(d, OperationDefinitionNode | FragmentDefinitionNode)
    ]
    written = sum(_written(d.selection_set) for d in definitions)
    if written > max_fields:
        return f"The document selects more than {max_fields} fields."
    # The size before the repeat search: it bounds that search's work.
    if sum(shape.size(d.selection_set) for d in definitions) > max_expanded_fields:
        return (
            f"The document selects more than {max_expanded_fields} fields "
            "with its fragments written out."
        )
    for definition in definitions:
        name, count = shape.most_repeated([definition.selection_set])
        if count > max_repeats:
            return (
                f"The document selects `{name}` {count} times in one place; at most {max_repeats}."
            )
    return None


def _written(selection_set: SelectionSetNode | None) -> int:
    total = 0
    for selection in selection_set.selections if selection_set else ():
        total += isinstance(selection, FieldNode) + _written(
            getattr(selection, "selection_set", None)
        )
    return total


class CheckedDocuments:
    """What the shape check and graphql-core's rules said of each parsed document, by identity.

    The parser cache hands out the same `DocumentNode` for the same text, so a document seen
    before is found without hashing it: a frozen AST node hashes its whole tree (48 µs for the
    ticket page), and the shape check walks it too (60 µs), on every request before this.
    Entries hold their document, so an id cannot be reused while its entry lives.
    """

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self.entries: OrderedDict[int, tuple[DocumentNode, Any]] = OrderedDict()

    def get(self, document: DocumentNode, check: Callable[[], Any]) -> Any:
        key = id(document)
        entry = self.entries.get(key)
        if entry is not None and entry[0] is document:
            self.entries.move_to_end(key)
            return entry[1]
        result = check()
        self.entries[key] = (document, result)
        if len(self.entries) > self.maxsize:
            self.entries.popitem(last=False)
        return result


class DocumentLimits(SchemaExtension):
    """The validation cache, with the shape check in front of graphql-core's rules.

    It also refuses a subscription sent as a plain HTTP request (Strawberry would run it
    as a query and fail): subscriptions are served over WebSocket only. `checked` is made
    once per schema (the rules and the schema are part of what it remembers).
    """

    def __init__(
        self, max_fields: int, max_expanded_fields: int, max_repeats: int, checked: CheckedDocuments
    ) -> None:
        super().__init__()
        self.limits = (max_fields, max_expanded_fields, max_repeats)
        self.checked = checked

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        if context.operation_type is OperationType.SUBSCRIPTION and _over_http(context):
            context.pre_execution_errors = [
                GraphQLError(_SUBSCRIPTION_OVER_HTTP, extensions={"code": "BAD_REQUEST"})
            ]
            yield
            return
        if context.pre_execution_errors is not None:  # a registered document, checked before
            yield
            return
        context.pre_execution_errors = self.checked.get(
            context.graphql_document, lambda: self._check(context)
        )
        yield

    def _check(self, context: Any) -> list[GraphQLError]:
        problem = shape_problem(context.graphql_document, *self.limits)
        if problem is not None:
            return [GraphQLError(problem)]
        return validate_with(context.schema, context.graphql_document, context.validation_rules)


_SUBSCRIPTION_OVER_HTTP = (
    "Subscriptions are served over WebSocket (graphql-transport-ws or graphql-ws) only."
)


def _over_http(context: Any) -> bool:
    return getattr(context.context, "request", None) is not None
