"""Licenses (SPEC section 3): root fields in `queries` and `mutations`, types in `types`."""

from schema.licenses.mutations import LicenseMutation
from schema.licenses.queries import LicenseQuery

__all__ = ["LicenseQuery", "LicenseMutation"]
