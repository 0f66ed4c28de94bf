"""The in-process cache of trusted documents: parsed and validated once per id, per schema.

`DocumentRegistry.document(digest)` is the one way to the `DocumentNode` of a registered
document: it reads the text from the shared table (`resolvers/documents.py`) on a miss, parses
and validates it with the same limits and rules as any request, and keeps the result, so a
request that names a document by id neither parses nor validates. A document that no longer
validates (the schema changed since it was registered) is kept with its errors, which every
request naming it gets.

    registry = schema.trusted_documents
    checked = await registry.document(digest, trusted_only=True)  # None: unknown
    checked.document, checked.errors
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

from graphql import (
    DocumentNode,
    GraphQLError,
    OperationDefinitionNode,
    parse,
    specified_rules,
)

from resolvers import documents
from schema.document_limits import shape_problem
from schema.strawberry_compat import validate_with

__all__ = ["DocumentRegistry", "Checked", "operation_names"]


@dataclass(frozen=True)
class Checked:
    text: str
    document: DocumentNode | None  # None when the text does not parse
    errors: tuple[GraphQLError, ...]
    trusted: bool  # registered at build time or by staff (not only by a client's APQ)


class DocumentRegistry:
    """Parsed and validated documents by hex digest, least recently used dropped first."""

    def __init__(
        self,
        schema: object,
        rules: Sequence[type],
        limits: tuple[int, int, int],
        maxsize: int = 1024,
    ) -> None:
        self.schema = schema
        self.rules = (*specified_rules, *rules)
        self.limits = limits
        self.maxsize = maxsize
        self._cache: OrderedDict[str, Checked] = OrderedDict()

    async def document(self, digest: str, *, trusted_only: bool) -> Checked | None:
        """The checked document of a registered id; None when unknown, or when `trusted_only`
        and only a client registered it."""
        cached = self._cache.get(digest)
        if cached is not None and (cached.trusted or not trusted_only):
            self._cache.move_to_end(digest)
            return cached
        # A miss, or a client's registration that a build or staff may have trusted since.
        found = await documents.find(digest)
        if found is None or (trusted_only and not found.trusted):
            return None
        return self.keep(digest, self.check(found.text, found.trusted))

    def check(self, text: str, trusted: bool = True) -> Checked:
        """Parse and validate a text as every request is (depth, aliases, shape, rules)."""
        try:
            document = parse(text)
        except GraphQLError as error:
            return Checked(text, None, (error,), trusted)
        return self.checked(text, document, trusted)

    def checked(self, text: str, document: DocumentNode, trusted: bool) -> Checked:
        problem = shape_problem(document, *self.limits)
        if problem is not None:
            return Checked(text, document, (GraphQLError(problem),), trusted)
        errors = validate_with(self.schema, document, self.rules)
        return Checked(text, document, tuple(errors), trusted)

    def keep(self, digest: str, checked: Checked) -> Checked:
        self._cache[digest] = checked
        self._cache.move_to_end(digest)
        while len(self._cache) > self.maxsize:
            self._cache.popitem(last=False)
        return checked


def operation_names(document: DocumentNode) -> list[str]:
    """The named operations of a document (an anonymous one is listed as "")."""
    return [
        definition.name.value if definition.name else ""
        for definition in document.definitions
        if isinstance(definition, OperationDefinitionNode)
    ]
