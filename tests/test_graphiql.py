"""GraphiQL at `GET /graphql` works without internet: a real headless Chromium (Debian's, driven
by Playwright; no browser is downloaded) loads the page with every address but loopback cut
off, signs in, sets the header and runs `me`."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from accountdesk.graphiql import ASSETS, graphiql_page
from tests.helpers import PASSWORD
from tests.live import live_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
LOOPBACK = {"127.0.0.1", "localhost", "[::1]", "::1"}
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Any name but loopback resolves to nothing: no address outside this machine is reachable.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
]
# What a strict deployment would send with the page: the page must work under it.
STRICT_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
LOGIN = 'mutation { login(email: "owner@demo.test", password: "%s") { ... on Session { token } } }'


def test_every_asset_matches_the_integrity_hash_in_the_page(backend):
    if backend != "sqlite":
        pytest.skip("reads files only; once is enough")
    page = graphiql_page()
    named = re.findall(r'(?:src|href)="static/graphiql/([^"]+)"\s+integrity="(sha384-[^"]+)"', page)
    assert len(named) == 6  # React, ReactDOM, GraphiQL JS and CSS, the explorer's JS and CSS
    for path, integrity in named:
        digest = hashlib.sha384((ASSETS / path).read_bytes()).digest()
        assert integrity == "sha384-" + base64.b64encode(digest).decode(), path
    assert "https://" not in page and "<script>" not in page and "<style" not in page


async def test_assets_are_served_by_the_api(api, backend):
    if backend != "sqlite":
        pytest.skip("no database involved; once is enough")
    page = await api.client.get("/graphql", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "static/graphiql/page.js" in page.text
    script = await api.client.get("/static/graphiql/react@18.2.0/react.production.min.js")
    assert script.status_code == 200
    assert script.headers["content-type"].startswith(("text/javascript", "application/javascript"))
    missing = await api.client.get("/static/graphiql/../graphiql.html")
    assert missing.status_code == 404


@pytest.fixture
async def browser_page(backend):
    if backend != "sqlite":
        pytest.skip("the page and the browser do not depend on the database; once is enough")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM} (Debian package `chromium`)")
    from playwright.async_api import async_playwright

    profile = tempfile.mkdtemp(prefix="accountdesk-chromium-")
    async with async_playwright() as playwright:
        context = await playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=FLAGS
        )
        try:
            yield context
        finally:
            await context.close()
            shutil.rmtree(profile, ignore_errors=True)


async def _cut_off_all_but_loopback(context) -> list[str]:
    """Aborts (and records) every request to a host that is not loopback; adds a strict CSP."""
    outside: list[str] = []

    async def guard(route) -> None:
        host = urlsplit(route.request.url).hostname or ""
        if route.request.resource_type == "document" and host in LOOPBACK:
            response = await route.fetch()
            headers = {**response.headers, "content-security-policy": STRICT_CSP}
            await route.fulfill(response=response, headers=headers)
        elif route.request.url.startswith(("data:", "blob:")) or host in LOOPBACK:
            await route.continue_()
        else:
            outside.append(route.request.url)
            await route.abort("internetdisconnected")

    await context.route("**/*", guard)
    return outside


async def _set(page, selector: str, text: str) -> None:
    """Puts `text` into a CodeMirror editor as a paste would (typing would auto-close brackets)."""
    await page.wait_for_selector(f"{selector} .CodeMirror")
    await page.eval_on_selector(
        f"{selector} .CodeMirror", "(e, t) => e.CodeMirror.setValue(t)", text
    )


async def _run(page, query: str) -> dict:
    await _set(page, ".graphiql-query-editor", query)
    before = await _response_text(page)
    await page.click(".graphiql-execute-button")
    await page.wait_for_function(
        "b => { const e = document.querySelector('.result-window .CodeMirror');"
        " const t = e && e.CodeMirror.getValue(); return t && t !== b && t.trim().startsWith('{'); }",
        arg=before,
        timeout=15000,
    )
    return json.loads(await _response_text(page))


async def _response_text(page) -> str:
    return await page.evaluate(
        "() => { const e = document.querySelector('.result-window .CodeMirror');"
        " return e ? e.CodeMirror.getValue() : ''; }"
    )


async def test_graphiql_signs_in_and_runs_me_with_the_network_cut_off(
    browser_page, services, settings, world
):
    from accountdesk.app import create_app

    owner = await world.user(email="owner@demo.test")
    outside = await _cut_off_all_but_loopback(browser_page)
    errors: list[str] = []
    app = create_app(settings, services=services, manage_database=False)
    async with live_server(app) as base:
        page = await browser_page.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        await page.goto(f"{base}/graphql")
        await page.wait_for_selector(".graphiql-execute-button", timeout=20000)

        login = await _run(page, LOGIN % PASSWORD)
        token = login["data"]["login"]["token"]
        assert page.url == f"{base}/graphql"  # nothing typed went into the address
        history = await page.evaluate("() => window.history.length")

        await page.click(".graphiql-editor-tools button[data-name=headers]")
        headers = json.dumps({"Authorization": f"Bearer {token}"})
        await _set(page, ".graphiql-editor-tool .graphiql-editor:not(.hidden)", headers)
        me = await _run(page, "{ me { id email } }")

        assert me == {"data": {"me": {"id": str(owner.id), "email": "owner@demo.test"}}}
        assert page.url == f"{base}/graphql"
        assert await page.evaluate("() => window.history.length") == history
        stored = await page.evaluate("() => JSON.stringify(Object.entries(localStorage))")
        assert PASSWORD not in stored and token not in stored
    assert outside == [] and errors == []
