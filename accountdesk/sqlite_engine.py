"""The SQLite engine named in the Tortoise configuration: Tortoise's own client, with
transactions that take the write lock when they begin (`ImmediateSqliteClient`)."""

from resolvers.tortoise_compat import ImmediateSqliteClient

client_class = ImmediateSqliteClient
