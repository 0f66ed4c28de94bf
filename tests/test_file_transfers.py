"""Uploads to My Files and project files, and downloads through signed links: the same test
bodies on the local disk and on an S3 server (there the link redirects to a presigned one)."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import httpx2 as httpx

from models import Project, StoredFile
from models.files import FileKind
from resolvers import clock
from resolvers.licenses.transfers import accept_transfer, request_transfer
from tests.files_helpers import FILE, UPLOAD, UPLOAD_PROJECT, as_principal, licensed, published
from tests.tickets_helpers import cast, upload

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


async def _get(api, link: str, **headers: str) -> httpx.Response:
    """GET a signed link; on S3 follow the redirect to the store's presigned link."""
    response = await api.client.get(link, headers=headers)
    if response.status_code == 307:
        async with httpx.AsyncClient() as store:
            return await store.get(response.headers["location"], headers=headers)
    return response


async def _upload_company(api, token: str, files: dict[str, bytes], **fields) -> dict:
    variables = {"input": {"files": [None] * len(files), **fields}}
    parts = {
        f"variables.input.files.{index}": (name, data, "application/octet-stream")
        for index, (name, data) in enumerate(files.items())
    }
    response = await upload(api, token, UPLOAD, variables, parts)
    return response.json()


async def test_several_files_go_to_my_files_and_come_back_whole(api_with, world, files_settings):
    people = await cast(world)
    files = {"logo.png": PNG, "notes.txt": b"plain notes\n" * 100}
    async with api_with(
        files_dir=files_settings.files_dir, files_url=files_settings.files_url
    ) as api:
        body = await _upload_company(api, people.token("owner"), files, description="Brand kit")
        result = body["data"]["uploadCompanyFiles"]
        assert result["__typename"] == "UploadedFiles", body
        uploaded = {f["name"]: f for f in result["files"]}
        assert uploaded["logo.png"]["contentType"] == "image/png"
        assert uploaded["notes.txt"]["description"] == "Brand kit"
        for name, data in files.items():
            assert uploaded[name]["sha256"] == hashlib.sha256(data).hexdigest()
            response = await _get(api, uploaded[name]["downloadUrl"])
            assert response.status_code == 200 and response.content == data
            assert response.headers["content-disposition"].startswith("attachment;")
            assert name in response.headers["content-disposition"]


async def test_ranges_resume_a_download_and_bad_ranges_get_416(api_with, world, files_settings):
    people = await cast(world)
    data = bytes(range(256)) * 1000
    async with api_with(
        files_dir=files_settings.files_dir, files_url=files_settings.files_url
    ) as api:
        body = await _upload_company(api, people.token("owner"), {"big.bin": data})
        link = body["data"]["uploadCompanyFiles"]["files"][0]["downloadUrl"]
        first = await _get(api, link, range="bytes=0-99")
        assert first.status_code == 206 and first.content == data[:100]
        assert first.headers["content-range"] == f"bytes 0-99/{len(data)}"
        rest = await _get(api, link, range="bytes=100-")
        assert rest.status_code == 206 and first.content + rest.content == data
        tail = await _get(api, link, range="bytes=-10")
        assert tail.status_code == 206 and tail.content == data[-10:]
        past = await _get(api, link, range=f"bytes={len(data)}-")
        assert past.status_code == 416
        assert first.headers["etag"] and first.headers["etag"] == rest.headers["etag"]


async def test_if_range_with_another_etag_gets_the_whole_file(api, world, settings):
    people = await cast(world)
    body = await _upload_company(api, people.token("owner"), {"a.txt": b"abcdef" * 10})
    link = body["data"]["uploadCompanyFiles"]["files"][0]["downloadUrl"]
    stale = await api.client.get(link, headers={"range": "bytes=5-", "if-range": '"other"'})
    assert stale.status_code == 200 and len(stale.content) == 60
    same = await api.client.get(link, headers={"range": "bytes=5-"})
    fresh = await api.client.get(
        link, headers={"range": "bytes=5-", "if-range": same.headers["etag"]}
    )
    assert fresh.status_code == 206 and fresh.content == (b"abcdef" * 10)[5:]
    assert fresh.headers["x-content-type-options"] == "nosniff"


async def test_links_are_for_one_user_and_expire(api, world):
    people = await cast(world)
    body = await _upload_company(api, people.token("owner"), {"a.txt": b"secret text"})
    link = body["data"]["uploadCompanyFiles"]["files"][0]["downloadUrl"]
    query = parse_qs(urlsplit(link).query)
    forged = link.replace(f"user={query['user'][0]}", f"user={people.other.id}")
    assert (await api.client.get(forged)).status_code == 404
    assert (await api.client.get(link.replace("/files/file/", "/files/pack/"))).status_code == 404
    clock.advance(timedelta(minutes=6))
    assert (await api.client.get(link)).status_code == 404


async def test_rights_are_checked_again_at_download(api, world, settings):
    people = await cast(world)
    license = await licensed(people.owner.account, "xcart4")
    package = await published(settings, "xcart-4.7.12.tgz")
    data = await api.data(FILE, {"id": f"file:{package.id}"}, people.token("owner"))
    link = data["file"]["downloadUrl"]
    assert (await api.client.get(link)).status_code == 200
    owner, other = as_principal(people.owner), as_principal(people.other)
    requested = await request_transfer(
        settings, owner, license.id, "https://other.example.com", people.other.email
    )
    await accept_transfer(other, requested.transfer.id, "/Other/")
    assert (await api.client.get(link)).status_code == 404


async def test_only_the_primary_and_staff_upload_to_my_files(api, world):
    people = await cast(world)
    buyer = await world.token(await world.user(people.owner.account, "advanced_secondary"))
    body = await _upload_company(api, buyer, {"a.txt": b"x"})
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    staff = await _upload_company(api, people.token("agent"), {"a.txt": b"x"})
    assert staff["data"]["uploadCompanyFiles"]["code"] == "INVALID_INPUT"
    aimed = await _upload_company(
        api, people.token("agent"), {"a.txt": b"x"}, accountId=str(people.other.account_id)
    )
    assert aimed["data"]["uploadCompanyFiles"]["__typename"] == "UploadedFiles"
    assert await StoredFile.filter(account_id=people.other.account_id).count() == 1


async def test_refused_uploads_store_nothing(api, world, settings):
    people = await cast(world)
    too_big = b"x" * (settings.max_upload_bytes + 1)
    body = await _upload_company(api, people.token("owner"), {"a.txt": too_big})
    assert body["data"]["uploadCompanyFiles"]["code"] == "FILE_TOO_LARGE"
    page = await _upload_company(api, people.token("owner"), {"a.html": b"<html><script>"})
    assert page["data"]["uploadCompanyFiles"]["code"] == "FILE_TYPE_REFUSED"
    assert not await StoredFile.exists()


async def test_project_files_upload_to_the_accounts_own_projects(api, world):
    people = await cast(world)
    now = clock.now()
    mine = await Project.create(
        account_id=people.owner.account_id, title="Mine", created_at=now, updated_at=now
    )
    theirs = await Project.create(
        account_id=people.other.account_id, title="Theirs", created_at=now, updated_at=now
    )

    async def send(project_id: object) -> dict:
        variables = {"input": {"projectId": str(project_id), "files": [None, None]}}
        parts = {
            "variables.input.files.0": ("spec.txt", b"specification", "text/plain"),
            "variables.input.files.1": ("survey.txt", b"survey", "text/plain"),
        }
        response = await upload(api, people.token("owner"), UPLOAD_PROJECT, variables, parts)
        return response.json()["data"]["uploadProjectFiles"]

    result = await send(mine.id)
    assert [f["projectId"] for f in result["files"]] == [str(mine.id)] * 2
    for bad in (theirs.id, 2**63, "abc"):
        assert (await send(bad))["code"] == "NOT_FOUND", bad
    assert await StoredFile.filter(project_id=theirs.id).count() == 0


async def test_a_200_mb_download_resumed_from_its_middle_gives_the_same_bytes(api, world, settings):
    people = await cast(world)
    await licensed(people.owner.account, "xcart4")
    block = hashlib.sha256(b"seed").digest() * 32768  # 1 MiB
    size, expected = 200 * 1024 * 1024, hashlib.sha256()

    async def generated():
        for number in range(200):
            chunk = number.to_bytes(4, "big") + block[4:]
            expected.update(chunk)
            yield chunk

    from resolvers.files.publishing import Release, publish
    from resolvers.storage import storage_for
    from tests.files_helpers import PUBLISHER

    release = Release(brand="xcart4", versions=["4.7.12"], kind=FileKind.PACKAGE)
    package = await publish(PUBLISHER, storage_for(settings), release, "big.tgz", generated())
    assert package.size == size and package.sha256 == expected.hexdigest()
    data = await api.data(FILE, {"id": f"file:{package.id}"}, people.token("owner"))
    link, middle, received = data["file"]["downloadUrl"], size // 2 + 12345, hashlib.sha256()
    async with api.client.stream("GET", link, headers={"range": f"bytes=0-{middle - 1}"}) as first:
        assert first.status_code == 206
        async for chunk in first.aiter_bytes():
            received.update(chunk)
    async with api.client.stream("GET", link, headers={"range": f"bytes={middle}-"}) as rest:
        assert rest.status_code == 206
        assert rest.headers["content-range"] == f"bytes {middle}-{size - 1}/{size}"
        async for chunk in rest.aiter_bytes():
            received.update(chunk)
    assert received.hexdigest() == expected.hexdigest()
    await storage_for(settings).delete(package.stored_name)
