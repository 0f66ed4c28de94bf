"""Who may do what: the Casbin enforcer, the permission classes of the schema, list scoping."""
