"""Migration 0_20261127073612_init: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

aerich passes the connection; each function returns the SQL of that connection's dialect.
"""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": {
        "upgrade": """
        CREATE TABLE IF NOT EXISTS "account" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "is_pre_sales" INT NOT NULL,
    "support_points" INT NOT NULL,
    "hotrush_disables_used" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* One customer company: the tenant every customer-owned row points at. */;
CREATE TABLE IF NOT EXISTS "brand" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(40) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "is_main_product" INT NOT NULL
);
CREATE TABLE IF NOT EXISTS "license" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(16) NOT NULL UNIQUE,
    "url" VARCHAR(500) NOT NULL,
    "state" VARCHAR(20) NOT NULL /* PENDING: pending
ACTIVE: active
NOT_ACCEPTED: not_accepted */,
    "holder_status" VARCHAR(40) NOT NULL,
    "holder_version" VARCHAR(40) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "brand_id" INT NOT NULL REFERENCES "brand" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_license_account_2481be" ON "license" ("account_id", "state");
CREATE TABLE IF NOT EXISTS "outbox_mail" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "dedupe_key" VARCHAR(200) NOT NULL UNIQUE,
    "recipient" VARCHAR(254) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP NOT NULL,
    "sent_at" TIMESTAMP,
    "last_error" TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_outbox_mail_sent_at_3d5f94" ON "outbox_mail" ("sent_at");
CREATE TABLE IF NOT EXISTS "product_version" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(40) NOT NULL,
    "branch" VARCHAR(40) NOT NULL,
    "released_on" DATE NOT NULL,
    "brand_id" INT NOT NULL REFERENCES "brand" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_product_ver_brand_i_30a6a5" UNIQUE ("brand_id", "version")
);
CREATE TABLE IF NOT EXISTS "user" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "contact_email" VARCHAR(254) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "password_hash" VARCHAR(200) NOT NULL,
    "account_type" VARCHAR(20) /* PRIMARY: primary
ADVANCED_SECONDARY: advanced_secondary
SECONDARY: secondary */,
    "staff_role" VARCHAR(20) /* AGENT: agent
SALES: sales
DEVELOPER: developer
BILLING: billing
DEPARTMENT_HEAD: department_head
ADMIN: admin */,
    "department" VARCHAR(20) /* SALES: sales
SUPPORT: support
PROJECTS: projects
BILLING: billing */,
    "is_active" INT NOT NULL,
    "newsletter_topics" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT
) /* A person who signs in: a customer (has an account) or staff (has a role and department). */;
CREATE TABLE IF NOT EXISTS "api_token" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "scopes" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "last_used_at" TIMESTAMP,
    "revoked_at" TIMESTAMP,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "created_by_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
) /* A read-only, scoped credential a primary hands to a partner dashboard. */;
CREATE TABLE IF NOT EXISTS "password_reset" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
) /* A one-time link to set a password ("Unable to log in", or a new company's first login). */;
CREATE TABLE IF NOT EXISTS "session" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "last_seen_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "revoked_at" TIMESTAMP,
    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
) /* A sign-in. Only the SHA-256 of the bearer token is stored. */;
CREATE TABLE IF NOT EXISTS "ticket" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "number" INT NOT NULL UNIQUE,
    "type" VARCHAR(20) NOT NULL /* SALES: sales
SUPPORT: support
PROJECT: project
GENERIC: generic */,
    "department" VARCHAR(20) NOT NULL /* SALES: sales
SUPPORT: support
PROJECTS: projects
BILLING: billing */,
    "status" VARCHAR(20) NOT NULL /* SUBMITTED: submitted
ASSIGNED: assigned
IN_PROGRESS: in_progress
PRE_CLOSED: pre_closed
CLOSED: closed
REOPENED: reopened */,
    "priority" VARCHAR(10) NOT NULL /* MAJOR: major
NORMAL: normal
MINOR: minor */,
    "hotrush" INT NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "is_log" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "last_message_at" TIMESTAMP NOT NULL,
    "first_staff_response_at" TIMESTAMP,
    "response_due_at" TIMESTAMP,
    "overdue" INT NOT NULL,
    "solved_at" TIMESTAMP,
    "pre_closed_at" TIMESTAMP,
    "closed_at" TIMESTAMP,
    "rating" SMALLINT,
    "rating_comment" TEXT,
    "rated_at" TIMESTAMP,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "assignee_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "author_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "product_version_id" INT REFERENCES "product_version" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_ticket_account_708a5c" ON "ticket" ("account_id", "status");
CREATE INDEX IF NOT EXISTS "idx_ticket_status_6dcb68" ON "ticket" ("status", "last_message_at");
CREATE TABLE IF NOT EXISTS "ticket_history" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "action" VARCHAR(40) NOT NULL,
    "from_status" VARCHAR(20),
    "to_status" VARCHAR(20),
    "reason" VARCHAR(300) NOT NULL,
    "actor_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "ticket_id" INT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
) /* Append-only: who (null for the system), when, what changed, and why. */;
CREATE INDEX IF NOT EXISTS "idx_ticket_hist_ticket__cd12a9" ON "ticket_history" ("ticket_id", "at");
CREATE TABLE IF NOT EXISTS "ticket_message" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "public_id" VARCHAR(20) NOT NULL UNIQUE,
    "body" TEXT NOT NULL,
    "is_internal" INT NOT NULL,
    "from_staff" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "author_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "reply_to_id" INT REFERENCES "ticket_message" ("id") ON DELETE SET NULL,
    "ticket_id" INT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_ticket_mess_ticket__cb5587" ON "ticket_message" ("ticket_id", "created_at");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);
CREATE TABLE IF NOT EXISTS "ticket_license" (
    "ticket_id" INT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE,
    "license_id" INT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_ticket_lice_ticket__e32427" ON "ticket_license" ("ticket_id", "license_id");""",
        "downgrade": """
        """,
    },
    "postgres": {
        "upgrade": """
        CREATE TABLE IF NOT EXISTS "account" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "is_pre_sales" BOOL NOT NULL,
    "support_points" INT NOT NULL,
    "hotrush_disables_used" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "account" IS 'One customer company: the tenant every customer-owned row points at.';
CREATE TABLE IF NOT EXISTS "brand" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(40) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "is_main_product" BOOL NOT NULL
);
CREATE TABLE IF NOT EXISTS "license" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(16) NOT NULL UNIQUE,
    "url" VARCHAR(500) NOT NULL,
    "state" VARCHAR(20) NOT NULL,
    "holder_status" VARCHAR(40) NOT NULL,
    "holder_version" VARCHAR(40) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "brand_id" INT NOT NULL REFERENCES "brand" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_license_account_2481be" ON "license" ("account_id", "state");
COMMENT ON COLUMN "license"."state" IS 'PENDING: pending
ACTIVE: active
NOT_ACCEPTED: not_accepted';
CREATE TABLE IF NOT EXISTS "outbox_mail" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "dedupe_key" VARCHAR(200) NOT NULL UNIQUE,
    "recipient" VARCHAR(254) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "last_error" TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_outbox_mail_sent_at_3d5f94" ON "outbox_mail" ("sent_at");
CREATE TABLE IF NOT EXISTS "product_version" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(40) NOT NULL,
    "branch" VARCHAR(40) NOT NULL,
    "released_on" DATE NOT NULL,
    "brand_id" INT NOT NULL REFERENCES "brand" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_product_ver_brand_i_30a6a5" UNIQUE ("brand_id", "version")
);
CREATE TABLE IF NOT EXISTS "user" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "contact_email" VARCHAR(254) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "password_hash" VARCHAR(200) NOT NULL,
    "account_type" VARCHAR(20),
    "staff_role" VARCHAR(20),
    "department" VARCHAR(20),
    "is_active" BOOL NOT NULL,
    "newsletter_topics" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "user"."account_type" IS 'PRIMARY: primary
ADVANCED_SECONDARY: advanced_secondary
SECONDARY: secondary';
COMMENT ON COLUMN "user"."staff_role" IS 'AGENT: agent
SALES: sales
DEVELOPER: developer
BILLING: billing
DEPARTMENT_HEAD: department_head
ADMIN: admin';
COMMENT ON COLUMN "user"."department" IS 'SALES: sales
SUPPORT: support
PROJECTS: projects
BILLING: billing';
COMMENT ON TABLE "user" IS 'A person who signs in: a customer (has an account) or staff (has a role and department).';
CREATE TABLE IF NOT EXISTS "api_token" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "scopes" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "last_used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "created_by_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "api_token" IS 'A read-only, scoped credential a primary hands to a partner dashboard.';
CREATE TABLE IF NOT EXISTS "password_reset" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "password_reset" IS 'A one-time link to set a password ("Unable to log in", or a new company''s first login).';
CREATE TABLE IF NOT EXISTS "session" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "last_seen_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "session" IS 'A sign-in. Only the SHA-256 of the bearer token is stored.';
CREATE TABLE IF NOT EXISTS "ticket" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "number" INT NOT NULL UNIQUE,
    "type" VARCHAR(20) NOT NULL,
    "department" VARCHAR(20) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "priority" VARCHAR(10) NOT NULL,
    "hotrush" BOOL NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "is_log" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "last_message_at" TIMESTAMPTZ NOT NULL,
    "first_staff_response_at" TIMESTAMPTZ,
    "response_due_at" TIMESTAMPTZ,
    "overdue" BOOL NOT NULL,
    "solved_at" TIMESTAMPTZ,
    "pre_closed_at" TIMESTAMPTZ,
    "closed_at" TIMESTAMPTZ,
    "rating" SMALLINT,
    "rating_comment" TEXT,
    "rated_at" TIMESTAMPTZ,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "assignee_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "author_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "product_version_id" INT REFERENCES "product_version" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_ticket_account_708a5c" ON "ticket" ("account_id", "status");
CREATE INDEX IF NOT EXISTS "idx_ticket_status_6dcb68" ON "ticket" ("status", "last_message_at");
COMMENT ON COLUMN "ticket"."type" IS 'SALES: sales
SUPPORT: support
PROJECT: project
GENERIC: generic';
COMMENT ON COLUMN "ticket"."department" IS 'SALES: sales
SUPPORT: support
PROJECTS: projects
BILLING: billing';
COMMENT ON COLUMN "ticket"."status" IS 'SUBMITTED: submitted
ASSIGNED: assigned
IN_PROGRESS: in_progress
PRE_CLOSED: pre_closed
CLOSED: closed
REOPENED: reopened';
COMMENT ON COLUMN "ticket"."priority" IS 'MAJOR: major
NORMAL: normal
MINOR: minor';
CREATE TABLE IF NOT EXISTS "ticket_history" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "action" VARCHAR(40) NOT NULL,
    "from_status" VARCHAR(20),
    "to_status" VARCHAR(20),
    "reason" VARCHAR(300) NOT NULL,
    "actor_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "ticket_id" INT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_ticket_hist_ticket__cd12a9" ON "ticket_history" ("ticket_id", "at");
COMMENT ON TABLE "ticket_history" IS 'Append-only: who (null for the system), when, what changed, and why.';
CREATE TABLE IF NOT EXISTS "ticket_message" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "public_id" VARCHAR(20) NOT NULL UNIQUE,
    "body" TEXT NOT NULL,
    "is_internal" BOOL NOT NULL,
    "from_staff" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "author_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "reply_to_id" INT REFERENCES "ticket_message" ("id") ON DELETE SET NULL,
    "ticket_id" INT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_ticket_mess_ticket__cb5587" ON "ticket_message" ("ticket_id", "created_at");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);
CREATE TABLE IF NOT EXISTS "ticket_license" (
    "ticket_id" INT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE,
    "license_id" INT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_ticket_lice_ticket__e32427" ON "ticket_license" ("ticket_id", "license_id");""",
        "downgrade": """
        """,
    },
}


def _sql(db: BaseDBAsyncClient, direction: str) -> str:
    dialect = db.capabilities.dialect
    if dialect not in SQL:
        raise RuntimeError(f"this migration has no SQL for {dialect}")
    return SQL[dialect][direction]


async def upgrade(db: BaseDBAsyncClient) -> str:
    return _sql(db, "upgrade")


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _sql(db, "downgrade")


MODELS_STATE = (
    "eJztXW1v27YW/iuCv9wUSIolTbIhGAY4ide6i+3Adnt31wwCLTExF4nUSCqpsfW/X1KWrH"
    "dZcmxFVvmlqSkeSnoORZ53/tOxiQkt9rZrGMTFvHOh/dPBwIbiP8lLh1oHOE54QTZwMLO8"
    "viDSacY4BYYc6x5YDIomEzKDIocjgmXnEYaa4TJObEg1g9gOwIsLjc+hxiEGmGvwCdLFqs"
    "sRecbQ1Ch51hyCMGca4G/lnUxiiFsh/LDNQV2M/nahzskDFMRUDP3lT9GMsAm/Qhb8dB71"
    "ewQtMwYYMuUAXrvOF47X1sf8V6+jfN6ZbhDLtXHY2VnwOcGr3mgJ4QPEkAIO5fCcuhJC7F"
    "qWD3aA6vJJwy7LR4zQmPAeuJZkhKRePkDY1tH14WiqT3pTXe+kmBRQRCD2mwyCJYMlZt7b"
    "P8hHODo5Pv3x9Kd356c/iS7eY65afvy2vHUIzJLQg2c47XzzrgMOlj08jENQvb8pWK/mgG"
    "bjGvRPICseOYlsgGMRtEFDiG04p+sA1wZfdQviBz6XiP7wQwGUn7vjqw/d8YHo9UbekoiP"
    "cPlxDv1LJ8trEu/IpGW6Q6HOgAVZGudLQiwIcM4UTpAmIJ8J2l1hvmrZAegFGF+ORjdyZJ"
    "uxvy2voT9NYP1pcNkbHxx7LBCdEIfReR7izlzHIZTry9WnwsKRJly/iGwL9h8avYiE4M6J"
    "WALZXDcRk6/LdJfBKotzLr2COgm1QaF8cx3wNL7X4gpHNswGOU6ZQNb0Sd8G/9nH1Vu8oD"
    "nC1sLfkgtwnfYHvcm0O7iNrS7X3WlPXjnxWheJ1oPzxDq/GkT7b3/6QZM/tT9Gw54HL2H8"
    "gXp3DPtN/+jIZwIuJzomzzowI9JD0Bqg9k3KPfePkU1aNsyA8fgMqKnHroTTAzhIyFKPEG"
    "dtLj7tr7+NoQU8dNMTIZBCHTSVw+zhNPgWTPygNZwOIU4WMgRGmVtwBZRulqO0FSSOjEeY"
    "tVlWwWjqDdJWiMRGRV8I0CcxRAl4/GWi8ejIVYqckLx1K33JPrGTLQCDB++V5L3lnZKrUp"
    "beHFmxChTnYH0spzp3NbmnHBGxqRxqzCCO0GHFPmpCzBGwNKA5FNlA6LlzgE2mcSKbAOWC"
    "k5oJ2HxGxDunleftDavUZ6U+N2ZNiKvPx6XU5+MC9fk4rT57364+F99AFZTjVNvB+nWncQ"
    "zp89MSQJ+f5uIsLyW0ZbkmZexrHyejYY6avKJIahbI4Nq/moXYzoSAzs/3LjYkhtrMRRZH"
    "mL2V9/uls9vNLwtuiVBMqQhgPhh0f09y4OpmdJnUFuQAl0rp2wIrmqTkBZiktLyYUgIY90"
    "wfGzA6SbsFVjdT4mwFpyl8ElvSJnyOUyouN5nLvpdOryRpx4nqM4A2XuhOb4ezRTVoU3QK"
    "XR/dlK0xNYnTMP9KKEQP+De48NDui4cC2MjSZtKe7T2DOM/YIZopeF7p1olvVyAg3hsuPV"
    "JX3clV97rXyZnIW4C3pB1pX7FNfbzZ8OYbyXdpmLqkAMetK7ELh0UmqdmqyzpzVD6mygzU"
    "LDOQIdhcxUAR9G+daeK0jA3oNN8EdJqyACkL224tbIjptrif7lBiukbGvr8uRiVJXWOYSj"
    "DP9ypKZSM/r/JflnDOPUHKxLgvBOl2OZU/LwdrE1a7lIiCqZUhE0VmXb5UZEU67VIu+hJV"
    "cISILb7MP5WsVKes9AgztJ/8/dzv3jpJ6fi8zF6eNGdFtvLz5E7uUqsKsH73FspJZ6XkpL"
    "MCOeksLSct14pMfHvYtVNKe9xbFhDXh3bHgdiUmFWDvHPbG173h+8vNJ/+Dnevpv3PvQtN"
    "LMnoCd5hSd29uurdTnvXgiGE62JJhQ5fhnBWj7ouFXRdEHOd5NScWCakusTczZAF8r+IFG"
    "GN3NqV63LX6pmP2VMoLVVEO0Kp4F4Lt/IM50KvPEnKk7TOk+TZXquhGiVRmCr/UU3+o7FY"
    "Q8b9q2knPX+3AO3KTdFSYKMfbQ6sO3MclYinHwC8mBL5b0l+bR5U/6oabwG7vBfTE5ai8D"
    "WpNNMJaSXT/kmoxwhpGVih7DN7xSX/ok/nX+VzStyHeYQqYnbK9C+Kdj1pvPlWaAgbuXxG"
    "vg4AsjoZtrDI1cMicxjx+knbuqVcha0yf5nQdB2oV7SCxalaZwzbSeo1hQZyEMySRfKBjh"
    "G10DZ2clYmeFz0ykf6LB0+7s7+glm+w3ycIyQtRPldqfn8rmA+v0vP5xkxM9aMKfyap7n4"
    "/VuBb5F23/t9GlPsUyH4K+X+ZjR8H3RPxuUrQ8v3aGjhHNpOpQIRURJVryBpYcFiOdJ9iD"
    "b4eDLI1RfU6C+ICVlpA0ZHyGpJangFtbcV7PXyjCClhFYRPeJULfDr1CF+VAgM22Ukzy1g"
    "7JlQcwwZzKxYF+9wWGTGcPyuOl31LZGDTzA8kh++ZiH8KLPhBa2XEb8cTDu463zC8hbymk"
    "UeNITvxNiEik4YPgfl6f7DtHtEGZddEH6TlZa/wzspu0uz7C4qk7yWTHKlN30XYgH86iAx"
    "3AZsjlMqNjeazRsmp6u89P3hL60WDhGhUNEQ66MhXD9JU+V6FrnrI5OqSVmeiUyQLFUolS"
    "tSoAst+0YDHrfr1v0ShocE9/hTqRyvqHJsEBT7KtGwtakb24+HlTPeqKTRhRQK4BIAU7EY"
    "AynOZc1jKQXmudFjZEVS4B6CXgCyFOtU0GndYpaKiywnaOXGRZaQtF6rTnAz1b96s2snkO"
    "WJoMGlQtmTRTqVMMAz8dEcIfxWk9XVvUNeJh+6Rydn5xq5937OIKCQap51VENMY1x8aZmF"
    "b18ylDKhN0ueVSZ0ZUJvxOLbCtub5yNnUHwbG1b/jNAqVjea1cpb8l2wWVV5/R64rHwmym"
    "fSAFW+oT4TX63PUFRDhT9fT+Vhn1qLQLmsI7p86YSlPzwJyxZqs3hNuSyrIlH1nqvi2rOs"
    "VSAX2JBgO0tsC9CNKO4SixSW5UoXBbRN9pZ0Jt2b3uRC845KvcOTT7e3o/FU/F6e5XmHb8"
    "ejj70r0eJQItPO7vD73rA37l9daN4bICNpuiqj+m+/dJEJ5bFPdm7O4np2xUdoA9MmK66J"
    "Xpf9mxuvOtUMWVZQ3erV2VZUaqpccbDa600xd2YjHtTsqsK1T5eD/tQr/bUa4w53J5P++6"
    "FsBEyafGVbf6gLFr4f9yaChcsasVIOZ5KzPf3qZjSR/eURx4ZFmKQI2oLf497otueNSiFx"
    "BAwNqTDmUEQo4jkZ3Os5HqWvkeeYUBtYVRk+6H4cjS80G/xFqCz+Nh50bwTw3lh3eNAfel"
    "cRXuZ6VK9pXII5x0UVjdMVybzDhTO8U0WFjCNU6pztCudsc8StSvW5VwRN3ps29AXsJO0b"
    "Md0iDxWnc0ikZnOF2axcL5swYP9MeI65IZvjlIrNjWZz0oZTkdcZ5IrhjWa4l4Qp6/fe38"
    "uMU4fI0l/VGV8wjHLNNJn/K2aZ7iZ8zyBX/G4yv8kTpIJXFWXjCJUSjisIx4xYTxsJTTFC"
    "9UU1+YsKrXEb8DlFrHjdZF5vzGfF473hsUDd95LEGTyxgWXlOlNDqo2cqQ3jp+9NfXfy4/"
    "nKkSp/FPlQJ4OudDQlt8AlMAIpO9tHl18RKU25kf2zYdDWURYpgf9m8XXbNdrsERf2bcFS"
    "J1/sJgTEd8vCisDGqVq0G2wPWFdgUjEgNEajQE2DmqiVUA3dbGIFszq65TWPbll+81vAtm"
    "Rcc8Ombmlco0tjDFbxBNrw081Np2il2AK+lc//3VOks5fJEpAHQoGay+vmclx6yoG2TMb9"
    "HMm06Ix4s+oZ9x/CoVqyNMcmp++v3UpxgsFyrDZB9cLUjzIH0lc+3OoFp9Lv1elWkfdMHm"
    "8VragRP90qfoBV8nir2NlXLz/daqmOl8jvCRaR3DSfyCqzLttHjyxuJYpTOPJc4iOCrcWF"
    "9jwn2oF8QE2g5lWTYAvGof3mUFyCWP4LuGbMARbvcqgBbIqWRUaZii0NWibzKJLipLKKas"
    "4qqm44VGE/e2Ez5Jmif34QckjRwijk7ReBu6fE3uA89QRZGxweu84sEbO8Os4xIoXyepQp"
    "BKzaghFStOAwkxqSFsQCW9koHiFRxtqsTJuIrF8S0xiN8outN4GH0vkLLVubn9jcDMFwrX"
    "ErNrWyK1CkFgRlMVzrVeDrjN+vWdYjMIjlqv0Ri9latd+O9N1tsY/wo45kaSnVu1bV23Fn"
    "FjIyd698qStG1LrKkduXa9UJwTXGoiGmi1tDipcp9dWSc6OUKgmhQhJCYFO4v68IepxQYa"
    "6yopUZNWFGVZFs29faKXSshRBPq8GaoFLAKnOIMoc0WnOvag5R0YC7iAYM1s2tzdjyIUB7"
    "inBip3lBjJocCdUdeLUnqO/0cBhvCcgwyQVLQ74lLqi0XOZMGAdSRrAXHSOjGpmG8IUGNM"
    "NlnNiQagdzwDSANT8w+o08JN1Tt/wrGhXKmRctE5aozDyTfXc3UufJNMsmCG2AMmwn+fbA"
    "FUH7bIFnZY6REb3yrYFn6YNkCObiq9Yr45wibIWBsAbEvb8VgA76ty6o4KRUUMFJQVDBST"
    "qowAGMPROxXVY9gipFqPAug3eQ4+TBlAn3+lK3yTEaHJ7UuR33B93x/2RNYmQDurjD3evP"
    "3eFV71qQXI2G195FYD7JNzV1BgVLTK9f5PKqNSnavI5LyK9iRvKKtJYqTx0Zocn8677vDa"
    "eCQeJpuOBJrLz4de9z72Z02xtfCLHwCVpEiJnpcuKy3213PB2IgfQPve71RUSI1OcQyFLX"
    "14P+UE4DG+Fm8LgRVeNr4nF7isYjpssw5Keq5ctidDX6sQLheG/dWBg+MwtyDqlQAR1kZJ"
    "gqPk5GwxxJLYs46dBCBtf+1SzEdmbp7Px872IveF2bucjiCLO38n6/7ErMKGCNBCvGmpRX"
    "PelAP4w7reQASa+68jXmL0jiBU15jG5nlfe4D75Hf91oZNWXhpkPW1jfoWEIb7W8QxmrOH"
    "CQ7p2A/ELDeNdBUznMHq5bpfK2Vyq6WFRefLb8rT/YWI7VVsT8M91fCFXk+Pg2ghScRqRH"
    "M6xf6J1qz6qXEVChEFqHkL5M/d4KUOWLcewjXq9Ti2NfkNqlS7grjzScdzKcwv6VwyK3MA"
    "j77DIxQzlb63S25hbIynebREha6QA8K+UAPCtwAJ6lXCbio6qAsN+9hegel3JIHRc4pI7T"
    "Dinpl860cufb7SIk9VvrXifwfGt2uZQpoc7cw2//B1ncowg="
)
