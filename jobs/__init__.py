"""arq jobs and cron: they call `resolvers/` and never repeat its rules."""
