"""Security headers on every answer, as one ASGI middleware.

- every answer: `X-Content-Type-Options: nosniff` (a browser never guesses a type, so an
  uploaded file or an error body cannot become a page) and `Referrer-Policy: no-referrer`
  (download links carry signatures; no URL of ours leaks to another site);
- the API's answers (`/graphql`): `Cache-Control: no-store`: they carry tokens and personal
  data, and no proxy or browser cache may keep them;
- the GraphiQL page (HTML): a Content-Security-Policy that lets it load scripts, styles and
  fonts from this origin only (no CDN, no inline script), talk to this origin only, and never
  be framed (`frame-ancestors 'none'`, with `X-Frame-Options: DENY` for older browsers).
"""

from __future__ import annotations

from typing import Any

__all__ = ["SecurityHeaders", "GRAPHIQL_POLICY"]

GRAPHIQL_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        # GraphiQL's editor sets style attributes at run time.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    ]
)
_EVERY = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]
_API = [(b"cache-control", b"no-store")]
_PAGE = [
    (b"content-security-policy", GRAPHIQL_POLICY.encode()),
    (b"x-frame-options", b"DENY"),
]
_API_PATHS = ("/graphql",)


class SecurityHeaders:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        api = scope["path"] in _API_PATHS

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                added = _EVERY + (_API if api else [])
                if api and _is_html(headers):
                    added = added + _PAGE
                headers += [(name, value) for name, value in added if name not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _is_html(headers: list[tuple[bytes, bytes]]) -> bool:
    return any(
        name.lower() == b"content-type" and value.startswith(b"text/html")
        for name, value in headers
    )
