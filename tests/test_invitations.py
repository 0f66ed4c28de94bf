"""A person the primary adds gets an invitation with a link to set the password; the primary
can disable and enable them again."""

from __future__ import annotations

import re

from models import OutboxMail, User

CREATE = """mutation($input: CreateUserInput!) { createUser(input: $input) {
  __typename ... on User { id email isActive } ... on Error { code } } }"""
RESET = """mutation($token: String!, $password: String!) {
  resetPassword(token: $token, newPassword: $password) { __typename ... on Error { code } } }"""
LOGIN = """mutation($e: String!, $p: String!) {
  login(email: $e, password: $p) { __typename ... on Session { token } ... on Error { code } } }"""
DISABLE = "mutation($id: ID!) { disableUser(id: $id) { __typename ... on User { isActive } } }"
ENABLE = """mutation($id: ID!) { enableUser(id: $id) {
  __typename ... on User { isActive } ... on Error { code } } }"""
PASSWORD = "my own long passphrase"


async def test_an_invited_person_sets_a_password_through_the_mail_and_signs_in(api, world):
    owner = await world.user(await world.account("Demo Store"), email="owner@demo.test")
    token = await world.token(owner)
    created = await api.data(CREATE, {"input": {"email": "Web@Demo.test", "name": "Web"}}, token)
    assert created["createUser"]["email"] == "web@demo.test"
    [mail] = await OutboxMail.filter(recipient="web@demo.test")
    assert mail.subject == "You are invited to Demo Store on AccountDesk"
    assert "owner@demo.test added you" in mail.body
    secret = re.search(r"token=(adr_[\w-]+)", mail.body).group(1)
    assert (await api.data(RESET, {"token": secret, "password": PASSWORD}))["resetPassword"][
        "__typename"
    ] == "PasswordChanged"
    login = await api.data(LOGIN, {"e": "web@demo.test", "p": PASSWORD})
    assert login["login"]["__typename"] == "Session"
    again = await api.data(RESET, {"token": secret, "password": PASSWORD})
    assert again["resetPassword"]["code"] == "INVALID_TOKEN"


async def test_a_refused_invitation_leaves_no_login_and_no_mail(api, world):
    owner = await world.user()
    await world.user(email="taken@demo.test")
    token = await world.token(owner)
    refused = await api.data(CREATE, {"input": {"email": "taken@demo.test"}}, token)
    assert refused["createUser"]["code"] == "EMAIL_TAKEN"
    assert await OutboxMail.all().count() == 0


async def test_the_primary_enables_a_disabled_person_again(api, world):
    owner = await world.user()
    person = await world.user(owner.account, "secondary")
    token = await world.token(owner)
    await api.data(DISABLE, {"id": str(person.id)}, token)
    assert (await api.data(ENABLE, {"id": str(person.id)}, token))["enableUser"]["isActive"]
    assert (await User.get(id=person.id)).is_active is True
    person_token = await world.token(person)
    me = await api.data("{ me { email } }", token=person_token)
    assert me["me"]["email"] == person.email


async def test_enable_is_the_primarys_and_only_in_its_account(api, world):
    owner = await world.user()
    person = await world.user(owner.account, "secondary", is_active=False)
    stranger = await world.user()
    theirs = await api.data(ENABLE, {"id": str(person.id)}, await world.token(stranger))
    assert theirs["enableUser"]["code"] == "NOT_FOUND"
    buyer = await world.token(await world.user(owner.account, "advanced_secondary"))
    body = await api.gql(ENABLE, {"id": str(person.id)}, buyer)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await User.get(id=person.id)).is_active is False
