"""Communication Center rules."""
