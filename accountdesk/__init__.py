"""AccountDesk wiring: settings, the ASGI app, the database and Redis set-up, the CLI."""
