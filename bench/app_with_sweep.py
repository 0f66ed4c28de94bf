"""The app with one more route, `POST /bench/sweep`: runs `sweep_all` in the app's own process
and event loop, as the in-process job worker of `accountdesk serve` (embedded Redis) runs it,
and answers how long it took. A bench-only server for `sweep_p99.py --in-process`; nothing
else imports it."""

from __future__ import annotations

import os
import time

from starlette.responses import JSONResponse

from accountdesk.app import create_app as create_real_app
from accountdesk.settings import TicketTimers
from resolvers.tickets.sweep import sweep_all


async def _sweep(request):
    timers = TicketTimers.from_env(dict(os.environ))
    started = time.perf_counter()
    report = await sweep_all(timers)
    seconds = time.perf_counter() - started
    return JSONResponse(
        {"seconds": seconds, "changed": len(report.changes), "batch": timers.sweep_batch_size}
    )


def create_app():
    app = create_real_app()
    app.add_route("/bench/sweep", _sweep, methods=["POST"])
    return app
