"""Migration 0_20261127083629_init: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

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
    "is_main_product" INT NOT NULL,
    "registers_installations" INT NOT NULL,
    "issues_certificates" INT NOT NULL
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
    "domain_change_used" INT NOT NULL,
    "registered_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "brand_id" INT NOT NULL REFERENCES "brand" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_license_account_2481be" ON "license" ("account_id", "state");
CREATE TABLE IF NOT EXISTS "license_subscription" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "period_months" INT NOT NULL,
    "renews_on" DATE,
    "is_active" INT NOT NULL,
    "license_id" INT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE
) /* A recurring subscription on a license (updates, hosting...); it moves with the license. */;
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
CREATE TABLE IF NOT EXISTS "project" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "status" VARCHAR(20) NOT NULL /* PLANNED: planned
ACTIVE: active
ON_HOLD: on_hold
COMPLETED: completed
CANCELLED: cancelled */,
    "starts_on" DATE,
    "ends_on" DATE,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_project_account_434bc8" ON "project" ("account_id", "status");
CREATE TABLE IF NOT EXISTS "ticket_counter" (
    "name" VARCHAR(40) NOT NULL PRIMARY KEY,
    "value" BIGINT NOT NULL
) /* Hands out human-facing ticket numbers: one row, bumped by one atomic upsert per ticket. */;
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
    "removed_at" TIMESTAMP,
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
CREATE TABLE IF NOT EXISTS "license_history" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "action" VARCHAR(40) NOT NULL,
    "detail" VARCHAR(500) NOT NULL,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "actor_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "license_id" INT NOT NULL REFERENCES "license" ("id") ON DELETE RESTRICT
) /* Append-only: a row is written for the account whose story it is (both sides of a transfer). */;
CREATE INDEX IF NOT EXISTS "idx_license_his_license_2f7521" ON "license_history" ("license_id", "at");
CREATE INDEX IF NOT EXISTS "idx_license_his_account_8340ab" ON "license_history" ("account_id", "at");
CREATE TABLE IF NOT EXISTS "license_transfer" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(10) NOT NULL /* LICENSE: license
ADDONS: addons */,
    "status" VARCHAR(10) NOT NULL /* PENDING: pending
ACCEPTED: accepted
CANCELLED: cancelled
DECLINED: declined */,
    "open_license_id" INT UNIQUE,
    "target_url" VARCHAR(500) NOT NULL,
    "company_name" VARCHAR(200) NOT NULL,
    "company_details" TEXT NOT NULL,
    "contact_name" VARCHAR(200) NOT NULL,
    "contact_email" VARCHAR(254) NOT NULL,
    "created_new_account" INT NOT NULL,
    "points" INT NOT NULL,
    "addon_names" JSON NOT NULL,
    "requested_at" TIMESTAMP NOT NULL,
    "decided_at" TIMESTAMP,
    "signature" VARCHAR(200),
    "terms_version" VARCHAR(40),
    "decided_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "license_id" INT NOT NULL REFERENCES "license" ("id") ON DELETE RESTRICT,
    "requested_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "source_account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "target_account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "target_license_id" INT REFERENCES "license" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_license_tra_target__a4f342" ON "license_transfer" ("target_account_id", "status");
CREATE INDEX IF NOT EXISTS "idx_license_tra_source__9ca19a" ON "license_transfer" ("source_account_id", "status");
CREATE TABLE IF NOT EXISTS "license_addon" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "purchased_at" TIMESTAMP NOT NULL,
    "license_id" INT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE,
    "pending_transfer_id" INT REFERENCES "license_transfer" ("id") ON DELETE SET NULL
) /* A module bought for a main license; add-on transfers move it to another license. */;
CREATE TABLE IF NOT EXISTS "license_url_change" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "old_url" VARCHAR(500) NOT NULL,
    "new_url" VARCHAR(500) NOT NULL,
    "is_domain_change" INT NOT NULL,
    "old_removal_due_at" TIMESTAMP,
    "changed_at" TIMESTAMP NOT NULL,
    "changed_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "license_id" INT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE
);
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
    "log_key" VARCHAR(40) UNIQUE,
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
CREATE TABLE IF NOT EXISTS "ticket_access_info" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ciphertext" TEXT,
    "masked" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "purged_at" TIMESTAMP,
    "author_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "ticket_id" INT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
) /* Server access details a customer posted: encrypted at rest, purged after a while. */;
CREATE INDEX IF NOT EXISTS "idx_ticket_acce_created_76d592" ON "ticket_access_info" ("created_at");
CREATE TABLE IF NOT EXISTS "ticket_access_read" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "access_info_id" INT REFERENCES "ticket_access_info" ("id") ON DELETE SET NULL,
    "reader_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "ticket_id" INT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
) /* Append-only: every time a staff member read the clear text of access info. Kept when */;
CREATE TABLE IF NOT EXISTS "project_task" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "status" VARCHAR(20) NOT NULL /* TODO: todo
IN_PROGRESS: in_progress
BLOCKED: blocked
DONE: done
CANCELLED: cancelled */,
    "starts_on" DATE,
    "due_on" DATE,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "project_id" INT NOT NULL REFERENCES "project" ("id") ON DELETE CASCADE,
    "ticket_id" INT REFERENCES "ticket" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_project_tas_ticket__e6ef5b" ON "project_task" ("ticket_id", "status");
CREATE INDEX IF NOT EXISTS "idx_project_tas_project_8b16db" ON "project_task" ("project_id", "status");
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
CREATE TABLE IF NOT EXISTS "ticket_attachment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "stored_name" VARCHAR(80) NOT NULL UNIQUE,
    "display_name" VARCHAR(200) NOT NULL,
    "content_type" VARCHAR(100) NOT NULL,
    "size" BIGINT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "message_id" INT NOT NULL REFERENCES "ticket_message" ("id") ON DELETE CASCADE,
    "ticket_id" INT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE,
    "uploaded_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL
) /* A file attached to a message; the bytes live in the storage under `stored_name`. */;
CREATE INDEX IF NOT EXISTS "idx_ticket_atta_message_7a050e" ON "ticket_attachment" ("message_id", "id");
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
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_ticket_lice_ticket__e32427" ON "ticket_license" ("ticket_id", "license_id");
CREATE TABLE IF NOT EXISTS "project_task_assignee" (
    "project_task_id" INT NOT NULL REFERENCES "project_task" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_project_tas_project_e89813" ON "project_task_assignee" ("project_task_id", "user_id");""",
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
    "is_main_product" BOOL NOT NULL,
    "registers_installations" BOOL NOT NULL,
    "issues_certificates" BOOL NOT NULL
);
CREATE TABLE IF NOT EXISTS "license" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(16) NOT NULL UNIQUE,
    "url" VARCHAR(500) NOT NULL,
    "state" VARCHAR(20) NOT NULL,
    "holder_status" VARCHAR(40) NOT NULL,
    "holder_version" VARCHAR(40) NOT NULL,
    "domain_change_used" BOOL NOT NULL,
    "registered_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "brand_id" INT NOT NULL REFERENCES "brand" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_license_account_2481be" ON "license" ("account_id", "state");
COMMENT ON COLUMN "license"."state" IS 'PENDING: pending
ACTIVE: active
NOT_ACCEPTED: not_accepted';
CREATE TABLE IF NOT EXISTS "license_subscription" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "period_months" INT NOT NULL,
    "renews_on" DATE,
    "is_active" BOOL NOT NULL,
    "license_id" INT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "license_subscription" IS 'A recurring subscription on a license (updates, hosting...); it moves with the license.';
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
CREATE TABLE IF NOT EXISTS "project" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(300) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "starts_on" DATE,
    "ends_on" DATE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_project_account_434bc8" ON "project" ("account_id", "status");
COMMENT ON COLUMN "project"."status" IS 'PLANNED: planned
ACTIVE: active
ON_HOLD: on_hold
COMPLETED: completed
CANCELLED: cancelled';
CREATE TABLE IF NOT EXISTS "ticket_counter" (
    "name" VARCHAR(40) NOT NULL PRIMARY KEY,
    "value" BIGINT NOT NULL
);
COMMENT ON TABLE "ticket_counter" IS 'Hands out human-facing ticket numbers: one row, bumped by one atomic upsert per ticket.';
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
    "removed_at" TIMESTAMPTZ,
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
CREATE TABLE IF NOT EXISTS "license_history" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "action" VARCHAR(40) NOT NULL,
    "detail" VARCHAR(500) NOT NULL,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "actor_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "license_id" INT NOT NULL REFERENCES "license" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_license_his_license_2f7521" ON "license_history" ("license_id", "at");
CREATE INDEX IF NOT EXISTS "idx_license_his_account_8340ab" ON "license_history" ("account_id", "at");
COMMENT ON TABLE "license_history" IS 'Append-only: a row is written for the account whose story it is (both sides of a transfer).';
CREATE TABLE IF NOT EXISTS "license_transfer" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(10) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "open_license_id" INT UNIQUE,
    "target_url" VARCHAR(500) NOT NULL,
    "company_name" VARCHAR(200) NOT NULL,
    "company_details" TEXT NOT NULL,
    "contact_name" VARCHAR(200) NOT NULL,
    "contact_email" VARCHAR(254) NOT NULL,
    "created_new_account" BOOL NOT NULL,
    "points" INT NOT NULL,
    "addon_names" JSONB NOT NULL,
    "requested_at" TIMESTAMPTZ NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "signature" VARCHAR(200),
    "terms_version" VARCHAR(40),
    "decided_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "license_id" INT NOT NULL REFERENCES "license" ("id") ON DELETE RESTRICT,
    "requested_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "source_account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "target_account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "target_license_id" INT REFERENCES "license" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_license_tra_target__a4f342" ON "license_transfer" ("target_account_id", "status");
CREATE INDEX IF NOT EXISTS "idx_license_tra_source__9ca19a" ON "license_transfer" ("source_account_id", "status");
COMMENT ON COLUMN "license_transfer"."kind" IS 'LICENSE: license
ADDONS: addons';
COMMENT ON COLUMN "license_transfer"."status" IS 'PENDING: pending
ACCEPTED: accepted
CANCELLED: cancelled
DECLINED: declined';
CREATE TABLE IF NOT EXISTS "license_addon" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "purchased_at" TIMESTAMPTZ NOT NULL,
    "license_id" INT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE,
    "pending_transfer_id" INT REFERENCES "license_transfer" ("id") ON DELETE SET NULL
);
COMMENT ON TABLE "license_addon" IS 'A module bought for a main license; add-on transfers move it to another license.';
CREATE TABLE IF NOT EXISTS "license_url_change" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "old_url" VARCHAR(500) NOT NULL,
    "new_url" VARCHAR(500) NOT NULL,
    "is_domain_change" BOOL NOT NULL,
    "old_removal_due_at" TIMESTAMPTZ,
    "changed_at" TIMESTAMPTZ NOT NULL,
    "changed_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "license_id" INT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE
);
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
    "log_key" VARCHAR(40) UNIQUE,
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
CREATE TABLE IF NOT EXISTS "ticket_access_info" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ciphertext" TEXT,
    "masked" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "purged_at" TIMESTAMPTZ,
    "author_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "ticket_id" INT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_ticket_acce_created_76d592" ON "ticket_access_info" ("created_at");
COMMENT ON TABLE "ticket_access_info" IS 'Server access details a customer posted: encrypted at rest, purged after a while.';
CREATE TABLE IF NOT EXISTS "ticket_access_read" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "access_info_id" INT REFERENCES "ticket_access_info" ("id") ON DELETE SET NULL,
    "reader_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "ticket_id" INT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "ticket_access_read" IS 'Append-only: every time a staff member read the clear text of access info. Kept when';
CREATE TABLE IF NOT EXISTS "project_task" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(300) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "starts_on" DATE,
    "due_on" DATE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "project_id" INT NOT NULL REFERENCES "project" ("id") ON DELETE CASCADE,
    "ticket_id" INT REFERENCES "ticket" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_project_tas_ticket__e6ef5b" ON "project_task" ("ticket_id", "status");
CREATE INDEX IF NOT EXISTS "idx_project_tas_project_8b16db" ON "project_task" ("project_id", "status");
COMMENT ON COLUMN "project_task"."status" IS 'TODO: todo
IN_PROGRESS: in_progress
BLOCKED: blocked
DONE: done
CANCELLED: cancelled';
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
CREATE TABLE IF NOT EXISTS "ticket_attachment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "stored_name" VARCHAR(80) NOT NULL UNIQUE,
    "display_name" VARCHAR(200) NOT NULL,
    "content_type" VARCHAR(100) NOT NULL,
    "size" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "message_id" INT NOT NULL REFERENCES "ticket_message" ("id") ON DELETE CASCADE,
    "ticket_id" INT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE,
    "uploaded_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_ticket_atta_message_7a050e" ON "ticket_attachment" ("message_id", "id");
COMMENT ON TABLE "ticket_attachment" IS 'A file attached to a message; the bytes live in the storage under `stored_name`.';
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
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_ticket_lice_ticket__e32427" ON "ticket_license" ("ticket_id", "license_id");
CREATE TABLE IF NOT EXISTS "project_task_assignee" (
    "project_task_id" INT NOT NULL REFERENCES "project_task" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_project_tas_project_e89813" ON "project_task_assignee" ("project_task_id", "user_id");""",
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
    "eJztXW1z2ziS/isofbmkyknFTpzkPFtbpdiaxDO25LKV3NyOp7gUCVkYUwAXIO3odue/H8"
    "AX8Z0iKIqiGFRtzcYkGpKeBsHupxvd/x4siQkt9npoGJCxSzwngzPw7wHWl5D/I+fuERjo"
    "th3dExccfWZ5wx1kPEJH073hGgrHz5hDdcPhI+a6xSC/ZEJmUGQ7iGAhdwfpE6TAlwMmdH"
    "RkMaADw2UOWfI7NmEONM8AxAZd2fyfQHcAhcw5ArZLH8Tfc0fMAJ4XyIKvxceaxOCfi/DD"
    "zj7BxehfLtQc8gCdBaT8c37/g19G2ITfIQv/tB+1OYKWmQAWmWIC77rmrGzv2iV2fvYGii"
    "8/0wxiuUscDbZXzoLg9WiEHXH1AWJIdf59+TWHugJc7FpWoJEQb/+bRkP8rxiTMeFcdy2h"
    "IiHtf4Ho2kDTxpOpdjeaatogo75QIoZ3cMkgWKief1Xm/foH8RVenRy/+/Du49v37z7yId"
    "7XXF/58Jf/0REwvqAHz3g6+Mu7rzu6P8LDOALVQDZXgwO/O1lwp/xqPrpJqRTK/OunUQ4x"
    "jcEcgLhGORwSwRwt/BZwLgFxOvptKmZeMvYvS1wYfxvenn8Z3r64Hv720ruzCu5cTcafw+"
    "GEP7/+Iz4+v5p88vQQ2yV09ghzFvT5Qqf5mEcStfDOLOs9A85/z3fNgvjBWYjV/OZNiQZC"
    "vPmolylog1sn/r0kxgaFAg9Nz1nbF/yOg5awYH0nJFN4m4Ho6/AfzaDf5q5Sttovr0d30+"
    "H1TWLJXwynI3HnJLHcw6sv3qfUsp4E/M/l9AsQf4J/TMYjD03+1nig3idG46b/GIjvpLsO"
    "0TB51nQzDmR4ObyU0LL/qqmh5IRgAzo+oB3t0HTMby4I1aQsgITMZkOg+wptxhSIQA0sTy"
    "lQEzK1QO3ce6gBVIXJOn/Mta98wLII/0woRA/4V7jygL7k30nHBsyBNfAnpuuJDgzgv8I1"
    "FF6NniyqP6/t/OTS4r+f/2ro+DbR8O58eDEa5GwJDQD7lcHDtVc3oprYBROo8m8Axl+vrg"
    "be8p3pxuOzTk2tYB1zg8hkWbQ/BWI//3oLLd37EYVARx7xLZ+sP5B7+JETEsMtgWj21vJk"
    "mb6iY/3B+0nis8Un5YNWSjSEsFYlG2g4fiPZMLRtiM1XBFsr7u4/QboCwijinj1/uuZzsI"
    "TLGXf0xYSAu/WAmwg6BcI/BGQeMgiC23gNfoW2A54XEGf4hl18yD0WI2P3AHIYtOYAsZCj"
    "eCFGWAg/ikkxcFyKmaeFl4qw6CBhIW/nt+nEKQu/roUf8Z+SZn5GUNn6WVtfbJpQ0oFKyC"
    "hQlQOlHKhO2Z1pU1/WgUpGnLZENxnuOqx9obIvlXnVFDhU2Z1X+akbsE28bKT91B17YMT1"
    "vnee6+XdOirzufTYoI2O1gTDKL5qkKWtY+4MCQ/FgVjHTuAXhUNekWfMXRhKnoFNBORAd7"
    "KB3KYmVa5Qt1wh7/8zsBZHEMPxKn5YLX6ImGZTqDHdgnnUFyEW1HHBEk6JpiCfcdldYb6+"
    "0q7H+WkyuUo4m58u02Hwr9efRrcvjj0V8EHI39+zdjVzbZtQR/N3H4mNIyvYnoX9ptObSA"
    "TugvAtkC00EzHxc5nmsrw8hEKMC+UV1GmoDyv/oN3dW9h7E2ytglfygVBZgfWQYbIy/muV"
    "kIpuI25LPUK8bVzFRlMxzQEug8KQSvwxspDBMcp9BUugdOXP0nOQtAXiRjxdNYLVl2iuPk"
    "JGXOeBGwoPGh+C2RzSZlbYNJitr7AhzF1IBZssbDYlf0Ijz5yVAevGn6WvIPkU5pYY9Y7o"
    "TUDEze1tn7h+MYm7Tb8Ibas89i9md5XQf6GVVzHTwstv8JIgjgAziA1NwL0BE2IH6RbQgU"
    "3RUqcrsNCxyYBDxCWdOlyTwNTZYkb4b85SgM1Nq0hARQJ2Zk9IkoDHlUjA4xIS8DhLAnrP"
    "rrbgz4AMykmpZrDe7zJOIP3+XQWg378rxFncSnF+Yk/Kea/9cjcZF5B9a4k0P4IMB/wHWN"
    "x72dWSHvxt7mJDYAhmLrIchNlr8Xl/H+z25ZcHt0AoQY1kjielTyIdJTkPMUH6eJKiruqo"
    "oktUVaWsK0tnjkfg1lB0WladoOmypil84q+kOnpOSiotd1nLQa6BdAZlTEjlpJVEcmYrOW"
    "gzcgrdzRl/sYSZ7ZPSwpkODGKJlLTYs7s56S9akA3AW5FHOlRsMw9vPrz7yUr7RHWcexzI"
    "v3FURknN1kM20VHFmCoaqFs0kMHVLENQhON7R028q8IBvSumgN5lGCDFsO2WYUNMW/LP02"
    "xKTNfIee9vyrRLS7eYbBeu84PNtaPwATEHUpHWzt/3lh87kk13LJlFZT5KaAMx5kKmGZA6"
    "aI4Mjo984mnuDEoLG7RQK4NLZSZVCFg/8W2hYEuRS3wQ2/s3f7I+YbVLLyFcWjl+QmzVFX"
    "sKVmzQLn2F3+NOP3+B8CfzD+U/tOk/PMIcRqDYxg2G9857OH5fxb5NU7wx8/Z92rp1qSUD"
    "bDC8h77DaSXf4bTEdzjN+g7+XpGL7wi7ywyRlYwgh8LtoT0QJU4EZnKQD25G44vL8eczEM"
    "jf4+H59PLb6AzwLRk9wXsspIfn56Ob6eiCK4T4VV5EVdZBDWWdVDtOVXKaKq2pBbHEAU+B"
    "uZtjCxQ/ERnBFrUlqabOUBYBZk+RtSSJdkxSwb0RbpN4FISx0PEDLDhQVeq15U+gnLYaRE"
    "bNGHdKWIW5uxzmVtlJP4SaVTbDbrIZvPifHKpxEYWpymFoMs5eksNwy/eQ28vz6SC7fhuA"
    "dh0q7ymw8Ye2ANZK55RNc2v6NmAbh2KqHiGedLrU0duqUDF3tp68mZV1F5uxr6ipA7e1zi"
    "l7+9f+Tit30w/ccMiUWgEZ0QxcX6l17k3Xp8W2ZeCuwqnnax2vpkT8t6JFU//o815jMCUG"
    "jffDtFTsMvqZVKxA7s/nRuQJ9RQhYlVnqfKYay0FN8PyGf5dZ0GJ+7CIScUCoblZoPy6lg"
    "4n/lUlNOtbRMXx2bXFtDFI6+9zlUK1gyHg87gWBDPxOx3AoQI6EBwkCGb7CfDpXhEM1vsm"
    "F3mCADne4WBMRCQ3HJx33rj5D1App90KGau8yN2WH7Rdyt/B9Q7npWUV09lppjP5+qm4Ty"
    "WFFCuXw3QG0fK18S8HcIG0KoW/kf6MmUtbcnT9S448SrF0ycd48xGu9KpsDuT+ObVprAue"
    "6E7VG08xgMWuQYwj3OwcxMhJyXZPulcJHDHwTJHjQOzZ8kFXJcHbg+cFYRB40wvrnY98Me"
    "PWO2CIT+u1Zlrb+C9zPIXdflaV3NN4lqsz4LcT6ajiknIs2nQsVIunXhq5uhFyhVU9xkii"
    "hz7jDtLQoKMjqWzjSKJ3WX47STdWGSm78dP4gy7d3jkmojyyLKSKUlCebse8rxJPNz/RR2"
    "VR7TCLyttAG4C2X9WEs7A69dtnt0ATJPJeirmCdHrMZsKApSUqlS42XCpgB3FpwP+nh5E8"
    "8MK1hT/GjgB35R0+9vXr1y9/Es68CP9xzx9xd95vyVwYW9zZ56gQY7eYABVi3HGIEVJETG"
    "1JsLOQabSVkWvPVDw+6fRajh9IwvCZaXmMhyCzig4ixYTK+KyDfePmgSfoqWxRIP9kaxa9"
    "TeWAIjlVCKj6+TnlLyp/sWO2d5XI6F6N73XAtNjwjsdUNxvd8ZjujguuODrld7VU3RWX+f"
    "EvRlxqwLy7ygButSwLyjvpVK28RSjbZWN4cHV5Phrfjc5CN+weDy8uJuO7MxAdO5KvUlil"
    "iEtZjcK8MiNFVSuq1RlpvXRFg4VGwqIiYUGRe3w+HJ+Prq7ERUP8ZMsSVy9G51eXY3HRhI"
    "aFcL3SI81rj/DfotWyb3IkG4k19GDPih1f8N8kkoWOklIq/Fgl/GiQpa3jlSZLi6Tleof2"
    "TsiREDU/SJ6z+0/h96K6/1nRHmBelowy+m2acEQzTYjWuShXk/HncHi6M1FaAdjhBnCN5Z"
    "6U6wH0rSx3HzW4lEwiyQj2D+/TKv3O+KhivE8zHc/CUjQYPmuFgc5SrqtgBlU2SoL2son3"
    "edVNwkigPbrrzYFYgv5Ja/GXVCe/lJhq51f+Jq3Rzo9CDgarVzIrLauybDudZctdb2TWUn"
    "RSUlXA67KWGXrAuuNSKbs4IVTLSOuYRluwih1Il6xOIdWMYP8A30UGu78FyfbZy8ipjGAV"
    "4W0v0SM0kGSXbY6kWrhZgJPBSDmIc2XVMi6m8WuhnCurUC5GudZenCurNgyVc7PPMxrZTB"
    "F1VGMDxrnvpApQZ1N2FNQboM59MVWHeh87R8f2ZkmkpfePuA3cAM79Po2U4zAUHErK96oV"
    "wBsAzhAJ0me+soV69lA/+0DQb6P3YVR6tjhJN1GednOWblQd1xuvmqgfkp9wBIqzbQmXkU"
    "xji4l0Oc+2S1lsIl1BEuWYiEK5GsqIaYmuYjnvnw3nqDLiLSaW7CcM2GBeidgXKFySJ93S"
    "TL7Hy4dj82dQYdkuh2X9Z6VWY7KEpMqxOAg1y8Z7MnKKvFVhSkWK73tParxEb/ScK8JlA7"
    "SZLbFTRXYmrjMj369FXnsOexC7e1TGGxBvnBamxyvC4KD20KMSwsCEpmtDr4lMBtyyqptx"
    "qWYc2v3CvPs8PAoNZCOYF/YqBjoh1EPiYCfnUpg7+xMaUjjHRHqI8ttK6/ltyXp+m13PM2"
    "Lm7BnFJwrD8b3At/WDhKpf+I/gluuOA5e21GmuuIg6z5V2xTHfjrQAohoPT464eoI6/QQx"
    "bivVUHRMrBV+eg+9KXuhXktnjgYpzav7W2x6JKV6cLi7DfMjw7zth8C40Rl7JtS8hQw6gx"
    "wOIzngqIzGsIOhGl2PrVATmGD4Sjz4wEL4UbT25LJAB+Fk4MX94CsWHyHuWeQBIHzP5/b6"
    "hWL4DIJSGv/FwBxR5oghCOf1EdrlJynepVu8i0MeIdYWOlvIuKlJqd7xLu+rkAHvi7mA94"
    "UlKpTf1GuzAH63EZ+uhpqTkkrNnVazW6+VsNtoF+Fuhqn6ol/JHkoxCRUy3xwyd1kj3VYr"
    "BnS7Bm7ViG5sUXWpZPMNJaZrON+Cggx5rlByxFGpL+SPjdd3aDas+/tgRnW/fm/4GX8ol2"
    "OPLkeNEiDbFv/o2g6w6+ofYsUbUh5dJKEArgAw5ZuxLsw52aYkCbEt25J0DfQSkHP6kni7"
    "spyVFRdRZtZmM2v94tvSzvoUznNg8FY1tOLrStbSilFpyHiEeTFTmeOJU2+Sg3X/2j2YyO"
    "1ML1sm3wQNE2lKbc/1oN32CFHtP/bNcyPHkirxtxbooT20kzysQ+zsYek47K0h09njajj2"
    "mnME8qKzx/Ty20j09RAN0+7xZKx9mVzxEfyHLIgl+nxMrm+uRl7zDxEdEy+Ygu4f6XhctU"
    "TRSnmiJWmiOdqkjmzPvYTQj9xzD2JTFruYyI+MnAqU1QHy8Bh2r6VwrSBKQlKpudNqrlUC"
    "UdU+lPXzVR0zmTb0FQqYVXL3dfa4pbMfOKlTPlOPEG/D5fcgK3b7Q0Q3uv6aE47ccY/QNa"
    "0T7w0a4x8UK6BYAcUKpOHeCyvgEJPIUgLTycWEPxpc8h5fjrWb28ln/ja5OwMIa/wpFzYV"
    "u8efribnvwpnf2YRvh+IRp/c8DoDJsFQkQF9dWlFySE56CKJHxk3RQXUAfLgfERFBfwQag"
    "4Nbik7NimkqIC8NgieZyHZ/iAuoypnbeRXYn7alvxKLCx9YOu2Kr+SfGQ3V3iKPOMtoe1b"
    "5kQa2MRD23ZtpxjXyETzO5jXl/Rax6spEf/dcf72XjmJEn15P0tLUVLhj6SCDhQ9hlMvxI"
    "hHJNTThahmdJbI/l6rKbgVFw2GOAtK3IdF5m6orsKHkV/XMvj/VcrB3XFntiDzO7x1VMa9"
    "sdigCudexQ94hfBrMMHWCjgLCO6+DF+dnL4HZO79OYM6hRR4hxIBYoA5fO8w8w62bjOVOr"
    "naMe5OnVwdqJOrHXhz98I980pTMMifDXlFp2WVqjutanVI+YdQM4VP/F1Xr099XFIdVe6y"
    "ltVRZXVUuQPkREePKgecUI6jGrFFxX5qRE21fzpEpIdE0W/Pwlpyt5n/TLEtqzSRVl1N7C"
    "5nebtAIbCRQDNbbA/QjTnuAosMltUSQkLZLqffDO6GV6O7M8B0C7J7fPf15mZyO+V/u7ZN"
    "qHOPb24nv4zO+ZWAqbvHn0fj0e3l+RnwfgEy0tTVftI+TGjr1FkWlgrfrK7kDH1Q2t1aay"
    "Kf5/Lq6nL8+QzMkGUJTXVCbQeYcsXc2RI5jvxRrLuvn64vp96xqvUc93h4d3f52TuhFdDf"
    "ZllW1s3tSDu/mtx5J7oo1AyLMO9wVnAt/Pt2NLkZebNSSGwYHhzbu75tighFTkHjhM0aj8"
    "u3qHNM6FK3ZBV+PfxlcnsGlvqfhN7j8eT2enjFgffmusfXl2PvLsJ+iVVZ5RxXUc5xsXKO"
    "M8pZEP6qzqOoS3sGxqRabBW4vnKwvQJVPu+u83kR0yzyILmcIyG1miVWM8dMtiFOTKTWik"
    "4zdR0KbTVfxEeFtuos8MOjSFWC6Y+g5jRHJqnrHHGl8E4r3Kstr3GnZj4XhfRtIhpLyiu+"
    "ZBoV+uqy/tfKqtcVPEdc6bvL+iZPkHJdSfoeMSnlfEg4H4xYT7WMpoSgeqK6/ERFbGcNPW"
    "eEla67rOvaelY6Phgdc9SDKFRSwXdL3bIKg9WRVI+Ogr09+fB+HagWf5TFqO+uhyKQl34F"
    "+sBwpJb5MdDiRm9ZyUbYuA4/KrtoNktr0jZxObVhdXnDUvXBdpNiE576kgQ2KdWjt0FzwL"
    "ocE8mE24SMAjULaqoFjHSJgBxhBbMqGth20cDsPtEAthXzxju2dCvjGt8aC860l+wUDeCb"
    "bVXVT6Tzt8kKkMcPkKu1XLaWk9aTdIWGxM4MGdMQnpMcsluivujQm+gymKcne3PagQih0i"
    "jUzS0LskaA3fLJ+gpatvJEbcDkKtgeyJOdXGGOoxsLQeM00tlnuJ6ur6trgUTRjJysNXmw"
    "vkRT9RGpINukkXV17c/VJ6gaK1lkIQNi1kjFoit/qjowH1TRotjvTNctirc5S1YsCnAuKF"
    "qUqF8VK1cUXLeiT2yqTlFmxy08B5rclTedCNX05PAKNYzmyILAF4MmcAjQQfD0/+TXHVo5"
    "kAELPUGAsHdF7Hz8NnD5eqHgn34hIk8J/8yrbNT8B1Q5uLqMdh2uV3UqtdVTqTGNZdEtTh"
    "FPifWuBNLHKnniH4vzxD9mz0EiZlv6ShrptFwPz5icVDpjclJyxuQke8aEf6LD91at+KBw"
    "QaZCSq6HeB9Xwvu4BO/jnBr96P/ysurQQ+EWHUr0Kfj23ycnb99+OHnz9v3H03cfPpx+fL"
    "PesLO3ynbuT5efxeadwD8b9FCHTzYZq72IcIcnCqQsoKRQnx6yAy973XdUXdsiusn3ltlK"
    "sqhURlBFYDdGYNsvfd219Vs1tlJc+zq3pnjMLW0E2f6Ra2mAk2+czQjHnncVGNxUGy2zN7"
    "Zdvb0CS3Yu8hs8lqeAIgsHHFXgx4zY2I3k2BcdmwwQ1wELl3/JV3Pd4KgDfyrgV9JiopM2"
    "BJQ8H4GZu7ShCWYr75LukCUygGvzJeQAW9Tu9gSzHNkOP2eL0uCynEJvaZumjvcX82VPup"
    "V7eqzEz12L9MlabMHRzRg9+9zawihi4dYWCzNu3Npi0c0KvL9tQ2y+IthanYHnBQEvxBcE"
    "c0J9Bn7FHLh8ecRvQSz+qzvAWOiY/5YjwHcrfmWVw/U3NKlc21JVdLJtel+eGFKE0AEQQn"
    "zDyM1cLH7lRxI9JLSbr+ozp2SpldVAzEc5JdaH81q7LjzIV7k8zgkhhfJmlCnUmdyGEUm0"
    "WM5x0Aq8O6lpxzdY6TM9MRHFdCp6XvHHnabgJPlj7+lWvObGQ1HOprM7+3T7Q9K+0O2Psf"
    "ob3f5YRGHHvSCihzoW51eud6uut+3OLGTkvr2Kra6EUO/o2ebt2hkxc2JHxTU1wvG9cILb"
    "LqWBxBkpB1LsV1xPMeAbajfHJVUNNYkaaiGnMJ9Lgp4UVJhLYK7y6mptOgdHo6pCHM177R"
    "Ta1oqbp3KwpqQUsIoOUXRIpz13WTpEFTPZRTGTcN9sbMVWT1M8UIRTb5ptSmyoU/1yZ9UF"
    "9Kjto+oHsky3PaleSmZ6e2YOhxnupcXUZdi5uMr5ZBtSRrCXTiSq2DCA8BnQgeEyhywhBS"
    "8WOgM6BkEhrJeAUOD5p8EdQIk4f4xNELV8fJl3Tnl3H7RFEqYiUXdAosKljnLIpmICdS3Q"
    "P/L09F0V9vT0XTF9Ku5lT8nyp1qTxjkj2AtGtQXE95ur3aEsjJ2c+rZ1xp4Jf13yfT6nX2"
    "ZJ4CUtqPCugndY07L4lP3m1rHpOTqczzW4ub28Ht7+r+jxi5Y6Xd3j4cW34fh8dMFFzifj"
    "C++mbj6JX2pqDHKVmN642O311bRps58YWtC1iptEdTWYnKHL+ht+Ho2nXEH82zhcJ4l23R"
    "ejb6Oryc3o9oybhU/QItzMzLbnFuNuhrfTaz6R9mU0vDiLGZHaAuqidfTF9eVYLIMlwt3Q"
    "cSe6sLek4/40YUdME3nbT7LtqhJyLQb+QuP4YON+GD4zCzoOpNwFtJGRQ1X8cjcZF1hqec"
    "LpCCAyHPAfYCG2M5Jn8Le5i71sfzBzkeUgzF6Lz/v7rsyMEtUIsBKqyaQhpDMOjpJRPjFB"
    "Og1BBWeLNyRRvnaCrdVgzb4dQrA22Dc2NGpcknq95JKSqpdLpyPye+rl0jGV9rBrQ8cQrp"
    "6fXKFpQ6Vg0V7qsR8I6uk9YK/l2A8SMxtxo/MR4m3BstFUTHOAtk8lnMLqwv5h9i3BCuob"
    "Vy8wfogry4QGEnVn+AjM5pA2g9k0mK2noFHIvytzFGz1nk6XWo0+oV+pde5N11Pc1sELbo"
    "nDbZNRboLJbsVcfX0PMG4S8Hm3hOrOn6WvIAXNiDg2sWr9W+bt9PQJVAhVQ0jbZ87cAcPW"
    "yNtQth/OIeK1n3Y4h4LUljmGlbt/SbfEkWsB1q00rRIqKbctTuq3plvjhC0A85rjxGEv6J"
    "AjEjaz/XESgvFujJXa5KzXTmGC6RBSZIhPyqSYBneOypJM9WjMLs/Fq9TNNlM3C9urFidh"
    "xUR6mU54Wimd8LQknfA0k4DFHyoJhIPhPUR3J01NgmYwMlkAMZH2Y//7iTI2FuXPhKzaLP"
    "3y1/8DX7dJvA=="
)
