"""The sandbox processor's side of a payment: after the buyer chose Pay or Decline on the
sandbox page, this job signs the webhook and posts it to the service, as a real processor
would (asynchronously, retried until the service answers 2xx).

The event id is made from the payment and the choice, so a retried job re-sends the same
event and the service applies it once.
"""

from __future__ import annotations

import asyncio
import logging
import urllib.error
import urllib.request
from collections.abc import Awaitable, Callable
from typing import Any

from arq import Retry, func
from arq.connections import ArqRedis
from redis.asyncio import Redis

from accountdesk.settings import Settings
from jobs.worker import FUNCTIONS, QUEUE
from models import Payment
from resolvers import clock
from resolvers.buying.processors.sandbox import SIGNATURE_HEADER, SandboxProcessor, event_body

__all__ = ["deliver_sandbox_webhook", "queue_sandbox_webhook", "WEBHOOK_PATH", "Transport"]

log = logging.getLogger("accountdesk.payments")
WEBHOOK_PATH = "/webhooks/payments/sandbox"
# (url, body, headers) -> HTTP status. Tests hand in one that posts through the ASGI app.
Transport = Callable[[str, bytes, dict[str, str]], Awaitable[int]]


async def _post(url: str, body: bytes, headers: dict[str, str]) -> int:
    def send() -> int:
        request = urllib.request.Request(url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    return await asyncio.to_thread(send)


async def deliver_sandbox_webhook(ctx: dict[str, Any], reference: str, kind: str) -> str:
    settings: Settings = ctx["settings"]
    payment = await Payment.get_or_none(processor="sandbox", reference=reference)
    if payment is None or kind not in ("paid", "failed"):
        log.warning("sandbox webhook for unknown payment %s (%s) dropped", reference, kind)
        return "dropped"
    body = event_body(f"evt_{kind}_{reference}", kind, reference, payment.amount, payment.currency)
    signature = SandboxProcessor(settings).signature(body, int(clock.now().timestamp()))
    headers = {"content-type": "application/json", SIGNATURE_HEADER: signature}
    transport: Transport = ctx.get("webhook_transport") or _post
    try:
        status = await transport(settings.public_url + WEBHOOK_PATH, body, headers)
    except OSError as error:
        raise Retry(defer=_defer(ctx)) from error
    if status >= 500:
        raise Retry(defer=_defer(ctx))
    if status >= 300:
        log.warning("sandbox webhook for %s refused with %s", reference, status)
    return str(status)


def _defer(ctx: dict[str, Any]) -> int:
    return min(5 * 2 ** ctx.get("job_try", 1), 600)


async def queue_sandbox_webhook(redis: Redis, reference: str, kind: str) -> None:
    pool = ArqRedis(connection_pool=redis.connection_pool)
    await pool.enqueue_job(
        "deliver_sandbox_webhook",
        reference,
        kind,
        _job_id=f"sandbox-webhook:{reference}:{kind}",
        _queue_name=QUEUE,
    )


FUNCTIONS.append(
    func(deliver_sandbox_webhook, name="deliver_sandbox_webhook", keep_result=0, max_tries=10)
)
