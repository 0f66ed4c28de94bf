"""Health and readiness endpoints, and the security headers of every answer."""

from __future__ import annotations

from aerich.models import Aerich

from accountdesk.health import pending_migrations
from accountdesk.migrate import APP


async def test_healthz_answers_while_the_process_runs(api):
    response = await api.client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_readyz_is_ready_only_when_every_migration_is_applied(api):
    # The suite records every migration as applied (conftest); take the records away.
    applied = await Aerich.filter(app=APP).values("version", "app", "content")
    assert applied
    await Aerich.filter(app=APP).delete()
    try:
        missing = await pending_migrations()
        assert len(missing) == len(applied)
        response = await api.client.get("/readyz")
        assert response.status_code == 503
        assert response.json()["checks"] == {
            "database": "ok",
            "redis": "ok",
            "migrations": f"{len(missing)} pending",
        }
    finally:
        for row in applied:
            await Aerich.create(**row)
    response = await api.client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "redis": "ok", "migrations": "ok"},
    }


async def test_readyz_is_unavailable_when_redis_does_not_answer(api_with, services):
    import dataclasses

    from redis.asyncio import Redis

    from accountdesk.app import create_app
    from tests.helpers import Api

    dead = Redis.from_url("redis://127.0.0.1:9/0", socket_connect_timeout=0.5)
    broken = dataclasses.replace(services, redis=dead)
    app = create_app(broken.settings, services=broken, manage_database=False)
    async with Api.connect(app) as client:
        response = await client.client.get("/readyz")
    await dead.aclose()
    assert response.status_code == 503
    assert response.json()["checks"]["redis"].startswith("failed")


async def test_api_answers_are_not_stored_and_not_sniffed(api):
    response = await api.client.post("/graphql", json={"query": "{ __typename }"})
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert "content-security-policy" not in response.headers
    bad = await api.client.post(
        "/graphql", content=b"null", headers={"content-type": "application/json"}
    )
    assert bad.headers["cache-control"] == "no-store"


async def test_graphiql_page_has_a_same_origin_policy_and_cannot_be_framed(api):
    response = await api.client.get("/graphql", headers={"accept": "text/html"})
    assert response.status_code == 200
    policy = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy
    assert "script-src 'self'" in policy
    assert "https:" not in policy and "unsafe-eval" not in policy
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["cache-control"] == "no-store"
