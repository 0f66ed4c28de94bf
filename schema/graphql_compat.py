"""Every use of a graphql-core detail that is not public API, in one place (as
`strawberry_compat.py` is for Strawberry).

Tested with graphql-core 3.3 and strawberry-graphql 0.341. `tests/test_graphql_compat.py` has
a canary per detail: the executor below overrides graphql-core's `Executor.execute_fields`
(documented as private) and calls its `execute_field`, `handle_field_error`,
`settle_in_background` and `complete_leaf_value` as that method does; it extends Strawberry's
default executor class.
"""

from __future__ import annotations

from typing import Any

from graphql.pyutils import Path, Undefined, gather_with_cancel
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from schema.execution import LEAF, OBJECT, OTHER, PLANS, shape_of

__all__ = ["PlannedExecutor", "StrawberryExecutor"]

StrawberryExecutor = StrawberryGraphQLCoreExecutionContext


class PlannedExecutor(StrawberryGraphQLCoreExecutionContext):
    """graphql-core's executor with `execute_fields` following the document's plan.

    The loop is graphql-core's own (same order, same handling of awaitables and of a
    propagating null), except that a planned leaf is read, coerced and null-checked inline:
    no path segment, resolve info or awaitable check unless an error needs them.
    """

    _accountdesk_document: Any = None  # this operation's plans, found on first use
    _accountdesk_plans: dict[int, tuple] | None = None  # by grouped field set, this request

    def execute_fields(
        self,
        parent_type: Any,
        source_value: Any,
        path: Path | None,
        grouped_field_set: Any,
        position_context: Any,
    ) -> Any:
        plans = self._field_set_plans(parent_type, grouped_field_set)
        results: dict[str, Any] = {}
        is_awaitable = self.is_awaitable
        awaitable_fields: list[str] = []
        try:
            for (name, details), leaf in zip(grouped_field_set.items(), plans, strict=True):
                if leaf is None:
                    result = self.execute_field(
                        parent_type, source_value, details, Path(path, name, parent_type.name),
                        position_context,
                    )  # fmt: skip
                    if result is not Undefined:
                        results[name] = result
                        if is_awaitable(result):
                            awaitable_fields.append(name)
                    continue
                try:
                    results[name] = _leaf_value(leaf, source_value, self.complete_leaf_value)
                except Exception as raw_error:  # noqa: BLE001 - graphql-core's field error path
                    field_path = Path(path, name, parent_type.name)
                    self.handle_field_error(raw_error, leaf.return_type, details, field_path)
                    results[name] = None
        except Exception:
            if awaitable_fields:
                self.settle_in_background([results[field] for field in awaitable_fields])
            raise
        if not awaitable_fields:
            return results
        return _gathered(results, awaitable_fields)

    def complete_value(
        self,
        return_type: Any,
        field_details_list: Any,
        info: Any,
        path: Path,
        result: Any,
        position_context: Any,
    ) -> Any:
        """graphql-core's `complete_value` with the type's shape looked up, not worked out."""
        kind, inner, non_null = shape_of(return_type)
        if kind is OTHER:
            return super().complete_value(
                return_type, field_details_list, info, path, result, position_context
            )
        if isinstance(result, Exception):
            raise result
        if result is None or result is Undefined:
            if non_null:
                raise TypeError(
                    f"Cannot return null for non-nullable field {info.parent_type}.{info.field_name}."
                )
            return None
        if kind is OBJECT:  # no `is_type_of` to ask: straight to the sub-selection
            return self.collect_and_execute_subfields(
                inner, field_details_list, path, result, position_context
            )
        if kind is LEAF:
            return self.complete_leaf_value(inner, result)
        return self.complete_list_value(
            inner, field_details_list, info, path, result, position_context
        )

    def complete_list_value(
        self,
        return_type: Any,
        field_details_list: Any,
        info: Any,
        path: Path,
        result: Any,
        position_context: Any,
    ) -> Any:
        """A Python list of objects: graphql-core's `complete_iterable_value` and
        `complete_list_item_value` for that one case (no `@stream`: a field without
        directives), items completed straight into their sub-selection."""
        item_type = return_type.of_type
        kind, object_type, non_null = shape_of(item_type)
        if kind is not OBJECT or type(result) is not list or field_details_list[0].node.directives:
            return super().complete_list_value(
                return_type, field_details_list, info, path, result, position_context
            )
        is_awaitable = self.is_awaitable
        completed: list[Any] = []
        waiting: list[int] = []
        try:
            for index, item in enumerate(result):
                item_path = Path(path, index, None)
                if is_awaitable(item):
                    completed.append(
                        self.complete_awaitable_list_item_value(
                            item, item_type, field_details_list, info, item_path, position_context
                        )
                    )
                    waiting.append(index)
                    continue
                try:
                    value = _object_item(self, object_type, non_null, info, item, item_path,
                                         field_details_list, position_context)  # fmt: skip
                    if is_awaitable(value):
                        value = _item_later(self, value, item_type, field_details_list, item_path)
                        waiting.append(index)
                    completed.append(value)
                except Exception as raw_error:  # noqa: BLE001 - graphql-core's item error path
                    self.handle_field_error(raw_error, item_type, field_details_list, item_path)
                    completed.append(None)
        except Exception:
            if waiting:
                self.settle_in_background([completed[index] for index in waiting])
            raise
        if not waiting:
            return completed
        return _gathered_items(completed, waiting)

    def _field_set_plans(self, parent_type: Any, grouped_field_set: Any) -> tuple:
        # graphql-core memoizes sub-field collection per request, so the 50 tickets of a page
        # share one grouped field set: its plan is looked up once per request.
        memo = self._accountdesk_plans
        if memo is None:
            memo = self._accountdesk_plans = {}
        entry = memo.get(id(grouped_field_set))
        if entry is not None and entry[0] is grouped_field_set:
            return entry[1]
        document = self._accountdesk_document
        if document is None:
            document = PLANS.plans_for(self.schema, self.operation)
            self._accountdesk_document = document
        plans = document.field_set(parent_type, grouped_field_set, self.middleware_manager)
        memo[id(grouped_field_set)] = (grouped_field_set, plans)
        return plans


def _leaf_value(leaf: Any, source: Any, complete_leaf_value: Any) -> Any:
    """graphql-core's `complete_value` for this one leaf type, its checks in its order."""
    value = leaf.read(source)
    if isinstance(value, Exception):
        raise value
    if value is None or value is Undefined:
        if leaf.non_null:
            raise TypeError(leaf.null_message)
        return None
    coerced = leaf.coerce(value)
    if coerced is None or coerced is Undefined:
        return complete_leaf_value(leaf.leaf_type, value)  # raises graphql-core's own error
    return coerced


def _object_item(
    executor: Any, object_type: Any, non_null: bool, info: Any, item: Any, item_path: Path,
    field_details_list: Any, position_context: Any,
) -> Any:  # fmt: skip
    if isinstance(item, Exception):
        raise item
    if item is None or item is Undefined:
        if non_null:
            raise TypeError(
                f"Cannot return null for non-nullable field {info.parent_type}.{info.field_name}."
            )
        return None
    return executor.collect_and_execute_subfields(
        object_type, field_details_list, item_path, item, position_context
    )


async def _item_later(
    executor: Any, value: Any, item_type: Any, field_details_list: Any, item_path: Path
) -> Any:
    try:
        return await value
    except Exception as raw_error:  # noqa: BLE001 - graphql-core's item error path
        executor.handle_field_error(raw_error, item_type, field_details_list, item_path)
        return None


async def _gathered_items(completed: list[Any], waiting: list[int]) -> list[Any]:
    if len(waiting) == 1:
        completed[waiting[0]] = await completed[waiting[0]]
        return completed
    awaited = await gather_with_cancel(*(completed[index] for index in waiting))
    for index, value in zip(waiting, awaited, strict=True):
        completed[index] = value
    return completed


async def _gathered(results: dict[str, Any], awaitable_fields: list[str]) -> dict[str, Any]:
    if len(awaitable_fields) == 1:
        field = awaitable_fields[0]
        results[field] = await results[field]
    else:
        awaited = await gather_with_cancel(*(results[field] for field in awaitable_fields))
        results.update(zip(awaitable_fields, awaited, strict=True))
    return results
