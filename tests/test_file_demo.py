"""The demo file area: what `serve --demo` shows each demo login, and seeding twice adds nothing."""

from __future__ import annotations

import io
import tarfile

from models import Brand, License, ProductVersion, StoredFile, User
from models.files import FileFolder
from resolvers.licenses.transfers import accept_transfer, request_transfer
from tests.files_helpers import FILES, WHY, as_principal, names


async def _seed(settings, monkeypatch) -> None:
    from accountdesk.demo import accounts, files, licenses, projects

    monkeypatch.setenv("SECRET_KEY", settings.secret_key)
    monkeypatch.setenv("FILES_DIR", str(settings.files_dir))
    for part in (accounts, licenses, projects):
        await part.seed()
    assert (await files.seed()).startswith("files: ")
    assert await files.seed() == "files: 0 added"


async def test_demo_packages_cover_every_brand_and_version(settings, monkeypatch):
    await _seed(settings, monkeypatch)
    versions = await ProductVersion.all().count()
    packages = await StoredFile.filter(folder=FileFolder.PRODUCT, kind="package").count()
    assert packages == versions
    assert await StoredFile.filter(folder=FileFolder.PATCH).count() == 2
    assert await StoredFile.filter(folder=FileFolder.COMPANY).count() == 1
    assert await StoredFile.filter(kind="addon").exists()


async def test_the_owner_downloads_x_cart_and_the_webmaster_is_told_why_not(
    api, world, settings, services, monkeypatch
):
    await _seed(settings, monkeypatch)
    await services.authorizer.reload()  # the demo's users were written straight to the database
    owner = await User.get(email="owner@demo.test")
    webmaster = await User.get(email="webmaster@demo.test")
    other = await User.get(email="owner@other.test")
    tokens = {user.email: await world.token(user) for user in (owner, webmaster, other)}
    listed = await api.data(FILES, {"folder": "PRODUCT", "first": 100}, tokens[owner.email])
    nodes = [edge["node"] for edge in listed["files"]["edges"]]
    xcart4 = [n for n in nodes if n["brand"] == "xcart4" and n["kind"] == "PACKAGE"]
    assert len(xcart4) == await ProductVersion.filter(brand__code="xcart4").count()
    response = await api.client.get(xcart4[0]["downloadUrl"])
    assert response.status_code == 200
    with tarfile.open(fileobj=io.BytesIO(response.content)) as archive:
        assert archive.getnames() == ["README.txt"]
    why = await api.data(WHY, token=tokens[webmaster.email])
    assert why["whyNoProductFiles"] == "SECONDARY_USER"
    assert await names(api, tokens[owner.email], "COMPANY") == ["brand-guidelines.txt"]

    brand = await Brand.get(code="xcart4")
    license = await License.get(account_id=owner.account_id, brand_id=brand.id)
    requested = await request_transfer(
        settings, as_principal(owner), license.id, "https://xc4.other-shop.test", other.email
    )
    await accept_transfer(as_principal(other), requested.transfer.id, "/Other Owner/")
    after = await api.data(FILES, {"folder": "PRODUCT", "first": 100}, tokens[owner.email])
    assert not [e for e in after["files"]["edges"] if e["node"]["brand"] == "xcart4"]
    theirs = await api.data(FILES, {"folder": "PRODUCT", "first": 100}, tokens[other.email])
    assert any(e["node"]["brand"] == "xcart4" for e in theirs["files"]["edges"])
