"""Payment processors by name: the embedded `sandbox` and `stripe` (when configured)."""

from __future__ import annotations

from accountdesk.settings import Settings
from resolvers.buying.processors.base import Processor
from resolvers.buying.processors.sandbox import SandboxProcessor

__all__ = ["processor_for", "default_processor"]


def processor_for(settings: Settings, name: str) -> Processor | None:
    if name == "sandbox":
        return SandboxProcessor(settings)
    if name == "stripe" and settings.stripe_secret_key:
        from resolvers.buying.processors.stripe import StripeProcessor

        return StripeProcessor(settings)
    return None


def default_processor(settings: Settings) -> Processor:
    chosen = processor_for(settings, settings.payment_processor)
    if chosen is None:
        raise RuntimeError(f"payment processor {settings.payment_processor!r} is not configured")
    return chosen
