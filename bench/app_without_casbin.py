"""The app with every Casbin decision answered "allowed" without asking: the other side of the
"Casbin on vs off" ratio that `run.py` prints. A bench-only server; nothing else imports it."""

from __future__ import annotations

from accountdesk.app import create_app as create_real_app
from policies.enforcer import Authorizer


def create_app():
    Authorizer.allowed = lambda self, principal, resource, action: True  # type: ignore[method-assign]
    return create_real_app()
