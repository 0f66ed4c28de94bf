"""Declared permissions: `permission_classes=[Allow("license.transfer")]` on every root field.

Failures are top-level errors with `extensions.code`: UNAUTHENTICATED when nobody signed in,
FORBIDDEN when the caller's role (or token scope) lacks the permission. API tokens are
read-only by construction: any mutation with one is FORBIDDEN, whatever its scopes say.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from graphql import GraphQLError, OperationType
from strawberry.permission import BasePermission
from strawberry.types import Info

__all__ = ["Allow", "AuthError", "declared_permission"]


class AuthError(GraphQLError):
    def __init__(self, message: str, code: str) -> None:
        super().__init__(message, extensions={"code": code})


class _Allow(BasePermission):
    """Allow the field when Casbin grants `resource.action` to the caller."""

    permission: str = ""
    resource: str = ""
    action: str = ""

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        context = info.context
        principal = context.principal
        if principal.is_api_token and info.operation.operation is not OperationType.QUERY:
            raise AuthError("API tokens are read-only.", "FORBIDDEN")
        if context.can(self.resource, self.action):
            return True
        if not principal.is_authenticated:
            raise AuthError("Sign in first.", "UNAUTHENTICATED")
        raise AuthError(f"You may not do this ({self.permission}).", "FORBIDDEN")


@cache
def Allow(permission: str) -> type[BasePermission]:  # noqa: N802 - reads as a declaration
    """The permission class for `resource.action`, e.g. `Allow("license.transfer")`."""
    resource, _, action = permission.partition(".")
    if not resource or not action:
        raise ValueError(f"permission names read resource.action, got {permission!r}")
    return type(
        f"Allow[{permission}]",
        (_Allow,),
        {"permission": permission, "resource": resource, "action": action},
    )


def declared_permission(field: Any) -> str | None:
    for permission in getattr(field, "permission_classes", []) or []:
        if issubclass(permission, _Allow):
            return permission.permission
    return None
