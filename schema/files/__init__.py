"""The file area's GraphQL: folders, product files and patches, uploads, upgrade packs."""

from schema.files.mutations import FileMutation
from schema.files.queries import FileQuery
from schema.files.subscriptions import FileSubscription

__all__ = ["FileQuery", "FileMutation", "FileSubscription"]
