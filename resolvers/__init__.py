"""The rules of the domain: use-case functions, transactions, state machines.

Nothing here imports GraphQL. Failures are `resolvers.errors.DomainError`s.
"""
