"""What the request record learns from GraphQL: the operation (its root fields), the caller,
and, with tracing on, a span for each root field's resolver.

The operation name is made of the root fields (`login`, `me+tickets`), never the client's own
operation name: the schema bounds it, so the metrics' label values stay few.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

from graphql import FieldNode, OperationDefinitionNode
from strawberry.extensions import SchemaExtension

from accountdesk.observe import record, tracing

__all__ = ["ObserveOperation", "TraceRootFields", "operation_name"]

_MOST_FIELDS = 4


def operation_name(document: Any, chosen: str | None) -> str:
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if chosen:
        operations = [o for o in operations if o.name and o.name.value == chosen]
    if len(operations) != 1:
        return "graphql"
    names = sorted(
        {
            selection.name.value
            for selection in operations[0].selection_set.selections
            if isinstance(selection, FieldNode) and not selection.name.value.startswith("__")
        }
    )
    if not names:
        return "introspection"
    if len(names) > _MOST_FIELDS:
        names = [*names[:_MOST_FIELDS], "more"]
    return "+".join(names)


class ObserveOperation(SchemaExtension):
    def on_execute(self) -> Iterator[None]:
        current = record.current()
        context = self.execution_context
        if current is None:
            yield
            return
        current.operation = operation_name(context.graphql_document, context.operation_name)
        principal = getattr(context.context, "principal", None)
        if principal is not None:
            current.user_id = principal.user_id
            current.account_id = principal.account_id
        with tracing.span(
            f"graphql {current.operation}", **{"graphql.operation": current.operation}
        ):
            yield

    async def on_operation(self) -> Any:
        # The one place a GraphQL operation asks for its mail to go out (after its commit):
        # `outbox.enqueue` flags the request, so no mutation has to remember to.
        yield
        current = record.current()
        if current is not None and current.mail_queued:
            current.mail_queued = False
            await self.execution_context.context.services.mail_queued()


class TraceRootFields(SchemaExtension):
    """A span around each root field's resolver (installed only while tracing is on)."""

    def resolve(self, _next: Any, root: Any, info: Any, *args: Any, **kwargs: Any) -> Any:
        if info.path.prev is not None:
            return _next(root, info, *args, **kwargs)
        return self._traced(_next, root, info, *args, **kwargs)

    async def _traced(self, _next: Any, root: Any, info: Any, *args: Any, **kwargs: Any) -> Any:
        with tracing.span(f"resolve {info.field_name}", **{"graphql.field": info.field_name}):
            result = _next(root, info, *args, **kwargs)
            return await result if inspect.isawaitable(result) else result
