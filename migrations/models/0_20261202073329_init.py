"""Migration 0_20261202073329_init: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

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
    "created_at" TIMESTAMP NOT NULL,
    "referral_code" VARCHAR(16) UNIQUE,
    "referred_at" TIMESTAMP,
    "referred_by_id" INT REFERENCES "account" ("id") ON DELETE SET NULL
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
CREATE TABLE IF NOT EXISTS "affiliate_payout" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(20) NOT NULL /* REQUESTED: requested
PAID: paid */,
    "requested_at" TIMESTAMP NOT NULL,
    "paid_at" TIMESTAMP,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "paid_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "requested_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_affiliate_p_status_722a2c" ON "affiliate_payout" ("status", "requested_at");
CREATE TABLE IF NOT EXISTS "affiliate_entry" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(20) NOT NULL /* COMMISSION: commission
REVERSAL: reversal
PAYOUT: payout */,
    "amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "order_id" INT,
    "dedupe_key" VARCHAR(100) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "payout_id" INT REFERENCES "affiliate_payout" ("id") ON DELETE RESTRICT,
    "referred_account_id" INT REFERENCES "account" ("id") ON DELETE SET NULL
) /* Append-only: the balance of an account is the sum of its entries, per currency. */;
CREATE INDEX IF NOT EXISTS "idx_affiliate_e_account_ac6f78" ON "affiliate_entry" ("account_id", "created_at");
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
    "signature" VARCHAR(1000),
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
    "removal_reminder_sent_at" TIMESTAMP,
    "is_correction" INT NOT NULL,
    "changed_at" TIMESTAMP NOT NULL,
    "changed_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "license_id" INT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_license_url_removal_76ffd0" ON "license_url_change" ("removal_reminder_sent_at", "old_removal_due_at");
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
CREATE TABLE IF NOT EXISTS "signup_confirmation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "confirmed_at" TIMESTAMP,
    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
) /* The one-time link that confirms a sign-up's email; until then the primary cannot sign in. */;
CREATE INDEX IF NOT EXISTS "idx_signup_conf_confirm_db6452" ON "signup_confirmation" ("confirmed_at", "expires_at");
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
    "hotrush_wait_since" TIMESTAMP,
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
CREATE TABLE IF NOT EXISTS "complaint" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "text" TEXT NOT NULL,
    "status" VARCHAR(20) NOT NULL /* SUBMITTED: submitted
UNDER_REVIEW: under_review
RESOLVED: resolved */,
    "answer" TEXT,
    "created_at" TIMESTAMP NOT NULL,
    "reviewed_at" TIMESTAMP,
    "resolved_at" TIMESTAMP,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "author_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    "handler_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "ticket_id" INT REFERENCES "ticket" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_complaint_account_169ec9" ON "complaint" ("account_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_complaint_status_5451a3" ON "complaint" ("status", "created_at");
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
    "created_at" TIMESTAMPTZ NOT NULL,
    "referral_code" VARCHAR(16) UNIQUE,
    "referred_at" TIMESTAMPTZ,
    "referred_by_id" INT REFERENCES "account" ("id") ON DELETE SET NULL
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
CREATE TABLE IF NOT EXISTS "affiliate_payout" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "requested_at" TIMESTAMPTZ NOT NULL,
    "paid_at" TIMESTAMPTZ,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "paid_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "requested_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_affiliate_p_status_722a2c" ON "affiliate_payout" ("status", "requested_at");
COMMENT ON COLUMN "affiliate_payout"."status" IS 'REQUESTED: requested
PAID: paid';
CREATE TABLE IF NOT EXISTS "affiliate_entry" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(20) NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "order_id" INT,
    "dedupe_key" VARCHAR(100) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "payout_id" INT REFERENCES "affiliate_payout" ("id") ON DELETE RESTRICT,
    "referred_account_id" INT REFERENCES "account" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_affiliate_e_account_ac6f78" ON "affiliate_entry" ("account_id", "created_at");
COMMENT ON COLUMN "affiliate_entry"."kind" IS 'COMMISSION: commission
REVERSAL: reversal
PAYOUT: payout';
COMMENT ON TABLE "affiliate_entry" IS 'Append-only: the balance of an account is the sum of its entries, per currency.';
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
    "signature" VARCHAR(1000),
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
    "removal_reminder_sent_at" TIMESTAMPTZ,
    "is_correction" BOOL NOT NULL,
    "changed_at" TIMESTAMPTZ NOT NULL,
    "changed_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "license_id" INT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_license_url_removal_76ffd0" ON "license_url_change" ("removal_reminder_sent_at", "old_removal_due_at");
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
CREATE TABLE IF NOT EXISTS "signup_confirmation" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "confirmed_at" TIMESTAMPTZ,
    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_signup_conf_confirm_db6452" ON "signup_confirmation" ("confirmed_at", "expires_at");
COMMENT ON TABLE "signup_confirmation" IS 'The one-time link that confirms a sign-up''s email; until then the primary cannot sign in.';
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
    "hotrush_wait_since" TIMESTAMPTZ,
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
CREATE TABLE IF NOT EXISTS "complaint" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "subject" VARCHAR(200) NOT NULL,
    "text" TEXT NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "answer" TEXT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "reviewed_at" TIMESTAMPTZ,
    "resolved_at" TIMESTAMPTZ,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "author_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    "handler_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "ticket_id" INT REFERENCES "ticket" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_complaint_account_169ec9" ON "complaint" ("account_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_complaint_status_5451a3" ON "complaint" ("status", "created_at");
COMMENT ON COLUMN "complaint"."status" IS 'SUBMITTED: submitted
UNDER_REVIEW: under_review
RESOLVED: resolved';
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
    "eJztXWtz27jV/isYfWky42QSX5LU2+mMYquJdm3Jr6WkN3dYSoQs1BTIAqS9arv//QV4EQ"
    "neRFCkRDGY2dldkziQ9BwQxHnO7b+9lWVAk77tz+eQ0iFeWL1L8N8e1leQ/U/G3RPQ0207"
    "uscvOPrM9IY7aP4EHU33hmsoHD+jDtHnDhux0E0K2SUD0jlBtoMszOUmkDxDAnw5YEBHRy"
    "YFOpi71LFW7I5tUQcalwDiOVnb7H+B7gACqXMCbJc88r8XDp8BvCyRCd/yjzWsOftchB8b"
    "+wQXo3+7UHOsR+gsIWGf8/d/sMsIG/BXSMM/7SdtgaBpCMAig0/gXdecte1dG2LnT95A/u"
    "Vn2twy3RWOBttrZ2nhzWiEHX71EWJIdPZ92TWHuBxc7JpmoJEQb/+bRkP8rxiTMeBCd02u"
    "Ii7tf4HoWk/TRuOpNhlMNa2XUl8oEcM7uDS3MFc9+6rU+/WP/Cu8OX1//vH809mH809siP"
    "c1N1c+/uZ/dASML+jBM5r2fvPu647uj/AwjkCdI5upwYG/Omlwp+xqNrqiVAJl9vWTKIeY"
    "xmAOQNygHA6JYI4W/h5wLgBxOvjLlM+8ovTfJr8w+t6/v/rav3912//La+/OOrhzMx59CY"
    "db7Pn1H/HR1c34s6eH2C6h0yeYsaCvljrJxjySqIR3alkfGHD2e37VTIgfnSVfze/eFWgg"
    "xJuNep2ANrh16t8TMZ4TyPHQ9Iy1fc3uOGgFc9a3IJnA2whE34b/Uw/6+9xVilb78HYwmf"
    "Zv74Qlf92fDvidU2G5h1dffUioZTMJ+PNw+hXwP8HfxqOBhyZ7azwS7xOjcdO/9fh30l3H"
    "0rD1oulGHMjwcnhJ0LL/qqmgZEGwBh0f0Y52bDpmN5cW0aROAILM9oNA+xVaz1EgAjU4eU"
    "qBKshUArV176EaUOVH1sVT5vnKByyN8J8sAtEj/gWuPaCH7DvpeA4zYA3sielmoiMD+Ldw"
    "DYVXoyeL6C+bc764tNjvZ78aOv6ZqD+56l8PehlbQg3AfqPweM+rW1EVdkEBVfYNwOjbzU"
    "3PW74zff70ohNDy1nH7EBk0DTanwOxP/1yD03d+xG5QEcW8T2brDuQe/hZp1YMNwHR9K3V"
    "6Sp5Rcf6o/eT+GfzT8oGrZBoCGEtSzaQcPxWsqFv2xAbbyxsrpm5/wzJGvBDEbPs2dO1WI"
    "AVXM2Yoc8nBMysB+yIoBPA7UNgLUIGgXMbb8Ev0HbAyxLiFN/QxIc8YD4ydg8gh0JzARAN"
    "OYpXfISJ8BOfFAPHJZh6WnitCIsWEhby5/x9GnHqhF/1hB/xn5LH/JSgOuunz/p804SSBp"
    "Qgo0BVBpQyoFp17kwe9WUNKNHjtCO6orvruPaF0rZU6lWTY1Cld15lp27BVnjZSNupDVtg"
    "lut97yzTy7t1UmRz6bFBWw2tMYaRf3VurWwdM2OIWygOxDp2ArsoHPLGesHMhCHWC7AtDj"
    "nQnbQjt65JlSnULlPI+28K1nwPYjhe+Q/L+Q8R1WwCNaqbMIv6siwT6jhnCSdEE5DPmGxT"
    "mG+u7Nfi/Dwe3wjG5udh0g3+7fbz4P7Ve08FbBDy9/f0uZq6tm0RR/N3H4mNIy24vxP2u1"
    "ZvIhG4S4ttgXSpGYjyn0s1l2bFIeRinCuvoE5CfVzxB/vdvfl5b4zNdfBKPhIqKzg9FDJZ"
    "BC4gIbrJ1GlIvZ5TgrXEVR32BCS8pN9/KPGOfp9UXfSK5reStBaHrNIjlhBV8R9tZoc3yp"
    "qtZTnMpKAiMrdSbjHQ6mGGQvv3uFAuT10k19hOfvZwW/Jh293n3i3wRQpzsUAmYr9Jg5hN"
    "l2mlyYAVTjdgs62P8FRVCrS5tVohStnUzEbVs3bTRjE77nVm62vL3fmhDKe782br6kLTba"
    "Q51hPEu8Jloymfpqs4cUbW1LOpDhmcrsJ5ugqUieZsMe26y9/4s3QcJG2JqGORjANcBay+"
    "RnN1ETK2Bz9abBaNDcGUnb/qWWHTYLauwoYw27kUbLKw2cT6F5zvutnf+bN0FSQ/lmFHjD"
    "oX8SFA5NKdn7huhRQ0G4ct2jlZwQApS6ggJkAwXNflYgOE+GjuvZ/pJqdevOhnDALCgEc2"
    "85vUXfEbyKEgMI5PgM39/y4hEM/X6TCBBubfHjHw93h8RMzt8Q8VSrDPUIIn9rOyfRUD7K"
    "5STJ+AcSjb5rCC3tX49nY4mQzHo0sQMSAP+H7wfXA/6d9cAsKjYKhuPuC7/l/H36aXwN6Y"
    "5/LhCKWiEQqCEZKeDn0VPiSJ7R495odGb2S6FGj6+9PTs7OPp+/OPny6OP/48eLTu83DkL"
    "5V9FR8Hn7hD4agggwnbrCfyXjy4jJtfioq+vHOSizus9y1fZZc2haRDk2PiyiHTnrRGtBw"
    "bag9QallK0rVs3Db5H4uFSP2viBG7P2x15hQDuiTyulJ/F0qnZoUE+rSO7i2jco/YsnBKs"
    "io3T8r2Uv0IVcMmahh+XYQ6IK4iZglu7eYibZtEBK5NLHFJQRM3LPd+n54NU3m0YjLUkWm"
    "SESmFKCdnbUUmb67Yizt6z5SrIW3Us56PlACU0IFRdxlpKUy5GW0Srayl/l4l+EI2SpzXO"
    "9bEMgGU0USHoIkVByU4qAOCH2THFS0wVRhwCPp/SEd7YQ9OcDZ++j/vrFX0uCac97BHJz0"
    "Hl5zytvfDA9PeAsbfUov22L7RVlFrrSaXOGLrkr9zkhMZW+0Wb+KPGuKPEPyGTGikGJ1su"
    "iz8O0hn22UklQAK9rssLRZtCRrQLhbEWNJdDOe31JcGVLolmLIUD05codJ9joS1JuNggxT"
    "cbI4xFiaTgF5GCYFlWINe32v3KsXk3gC6NyyoQHmBBpsCSDdBDqwCVrpZA2WOjYocCx+SS"
    "cO0yQwdLqcWew3Z4Q61jatqonULo5S1URqNt7Fe3a1JXsGZFAWpToXWfThvATQH85zcea3"
    "Enwk35My3nA/T8ajbIgjiSQZguYO+B8wEW3sYNz7w8LFc44hmLnIdBCmb/nn/VGSmqyDHe"
    "EICcRIqltTsjHTich48AmS3ZpUlFcVVRwdUWXq1PHqWVVQdFJWUZJt1jSBz+yVVM23EJdU"
    "Wm6zlhXx3GxhO1l+NCWn0FX06J7o0cwa6NGC3B97d6zYph7ebHgPE+P2mehYZFeEGydFlN"
    "RsM6TJIDZFA+2TBpKtvblTyc2WQStQE+dlOKDzfAroPMUAKYatWYYNUW3FPk+ziWW486xw"
    "yy2Fx5PSe6w9Hq7zoy09TuAjog4kvMsHe9+bvhdJtvp7wSyqELyENhClLqTaHBIHLdCc4S"
    "Nfhz9zBqWFLVpI2SNl/LKqPluOSza+pnmRiZwtRa78E9/ev/uTdQmrJq2EqEJihqUglE/M"
    "txbmwrBm015ySuOcgHhGjCqacygjg7qzsAZb2cNwTKSD5+FGuvDwBr9piKfsao6vORjfCX"
    "yL2PjBX6bFjs4NGX8zHn0Jhye9n0efB8MeqRVyKuTBTL59vh1OvTyYzRwP+NvoenCv3Q++"
    "Dwd/vgQu5oVmCHxG8IUXi5qMb777iTPUMp9hS3JldExfsnoM5j8kkUQtTUZ+sKdEhQNUUs"
    "WxuQ/9x76qlzguqtzE7dazv5lX0rMgqvTcZj2rcIBmwgEY6EtLsoKfIKNQzWrUqGPDlC2M"
    "KAqp5LM0rEKX9JKoCjIKVBWycsiMPn/nrAHbjserCG+YErg6m24BO+Jauu1AyzaFssAKu2"
    "GJ/MjgnbS/FXukuIrvbun8yCYdJ6FPLsNtEnPX5TtNzNigvblMOBsJlU9kz40E5EpOd7bW"
    "dO2tjl1iygAbDO+EE0SE9qKUk+miwMl0kXYy+XtFJr7l3B57DnHr8VYtHDM5yHt3g9H1cP"
    "TlEgTyD7h/NR1+H1wCtiWjZ/iAuXT/6mpw5zlGsOXw4qHQDv0rB/d1LC2Tu2SKHFU5pnFS"
    "cI/aklRTa2I9A8yeozATSbRjkgrurXAblhe7OWcnwUfoJROmIS8Md8ueQEW7VYgAregOSA"
    "grh0CbHQLKj/tDqFn5fZqh0r3EKTlU4yIKU8WkH5RJ3yT+7QjtJsewo8DGH1rpzgaxtWwY"
    "O8e9B2xjn0/VIcRFo0t1bi8LFXVnm8nrWVmT2IxdRU31a6/U5t7bvw7X7L6dduCWHuXEDM"
    "iIeuD6Rswrb7ouLbYdHXdJD3YG0rc6Xk8t/u+6Xdjt8sEUHGi8H6YlfJfRzyR8BTJ7PjOV"
    "0SKeIriv6jLh/t5oKbgZyAV3nSWx3MdlTCrmCM0sn8Gua0l34m9lXLP+iSjfP7s5MW110v"
    "r7XClXba8P2DyuCcGM/04HMKiADjgHCYLZfgJsujcWBpt9k4k8Q4Acr6oqtrgnNxycVai1"
    "/g9QtTra5TJWBSWaTaCzXcLewdWqGiZlFdPZaqZTfP2U3KdEIcXKZXVa8b3lm8O/ZMuVbG"
    "kVSLyV/owdl3bk6LpXVeIkwdKJj/H22nfJVVkfyN0zapNY5zzRbYzZDBnAfNMgxhFuNw5i"
    "5GQJ88DmQHltFi7ZsZ1YLwBR8EJ4qjX2zvLsAA4C3h68LC0KgTc9P72zka9m7PQOKGLTAm"
    "vBZgjxfp1hKTT7WWViT+NRrkGZjpj/RtXn2Hu/WunjrjrkHsEhV5+HXGFZizGS6KDN2EAY"
    "GnR0JBVtHEl0LsqvkXBjFZHSUCby3JFORI6JKIssDamiFJSl2zLrq8DSzUmZVVFUDeYj8w"
    "20Bmi7ndwZf820kSYQ4l7yuYJkeMx2woAmJUr1fJy7hMMO4tKA/aOHnjzwyrW5PUZPADPl"
    "HTb27du3r3/ixjx3/zHLHzFznpv8Bb7Fxj5HuRjbxQQoF2PDLkZIkGVoKws7y4z4kwLPSE"
    "Juf0fF96etXsvxhCQMX6iWxXhwMisvESkmVMRnHe0bNws8Tk+luyn4ma1p9Lb1UYjkVAeF"
    "8vlzyl5U9mLLzt5lPKMHPXxvHKb5B++4T3X7oTvu02244IqjE3ZXS9RdcWlQpt5yyRxm3V"
    "UH4L2WZUFZmU7lyluEsm0+DPduhleD0WRwGZphD7h/fT0eTS5BlHYk396pTBGXouZOWWVG"
    "jqy8eo2FRsKiImFBkQd81R9dDW5u+MU5/8mmya9eD65uhiN+0YBzE+FqpUfq157FfotW6X"
    "yTIVmLr6EDe1YsfcF/k0gWOhKllPuxjPuR97DR8VqTpUWScp1DuxFyJETNd5Jn7P75bRoy"
    "RDuAeVEwSiPtGizssANwheUuynUA+r0sdx81uJIMIkkJdg/vi/MyeF+c5+PN72U3I8HwRc"
    "t1dBZyXTkzqLJRErSXbXmfV/5IGAnsj+56dyQnQT/Tmv+VgejPk/EoJ5RHFEvS3mjugP8x"
    "+5A2hm/vDwsXe7GGYOYi00GYvuWf98cDvEk5TMVv0uRL80QM1eQTJN+kBDIwaLWSWUlZFW"
    "Xb6ihbZnojo5KiRUlVAa/NWqboEeuOS6TOxYJQF/rHpbq6l2zrXtjXPaORJVnRKrVUU4Ld"
    "w7yJIHZ/F5qt5ai6lJwKClZO3v3FeoRnJNllmyGpFm4aYNEfKQdxpqxaxvlMfiWUM2UVyv"
    "koV9qLM2XVhqHCbg6ZppEOFlHZGlswznwnlWl2loraUVBva3uW9WIqD/Uhdo6W7c2SSEvv"
    "H/EzcA04dzshKcNgKNHLL7KOFcBbAE4RCdJpX+laPQcooX0k6O9aRbVMmG5UfTY/TleoUL"
    "s9UDcqkOuNbzZUl8CV9aybGvsvv040CtmLzKfpLbaawvsGm0hVq9l3iC7XgGTsW0ykzcG5"
    "bQp94zEOkijHRBTK5VBGVBNakWW8sbYkX6XE9xiNchjfYY3BKBmbeUoBxT7c7BmUL7fNvt"
    "yi17tcoEb+PGoFtHkFsH1zbhECcwqkbdtzRVkV/iex4/rvqUqdBAVJFRTV6gcsVJasdzYl"
    "p1wtKqhAubAOvSfVXlM7es4VPboF2tSW2KqqWGPXmVm/3vJElAyuL3b3pIjls7xxWpjP0i"
    "i9p8i6fZJ1BjRcG3pdn1LgFpXJjUvVQyYdFubm08mYRYJsBLOc1PlAC0IdJO0aSSSj7uxf"
    "zPyTwTkm0kGUz0qt57OC9XyWXs8zy8jYM/JTgMPxncB375m/QWZjBbNckFRmeavNct1x4M"
    "qWSr+Mi6gEzKQpjtl2pAUQVXh4MsTVE9TqJ6iiq2DfnoEDNJPthHpNnToaJCSrUHf+0UOU"
    "6kA1hn0cP1LM22EIjDud0heLGPeQQqeXwWGIA06KaAw7GKqRzdgSRbwtDN/wBx+YCD/xXr"
    "xMFuggnAy8euh9w/wj+D3TegQIP7C5vQa/GL6AoPbN7yhYIEIdPgThrMZfTX6S4l3axbs4"
    "1hPE2lKnSxkzVZTqHO/yoQwZ8CGfC/iQW1NG2U2dPhbAX23EpqugZlFSqbnVanar9f52a2"
    "373U43VVf0K9n0LCahXObbXeYuraU9ckmHbtvALevRjS2qNtVYvyOW4c6d70H5lCxTSBxx"
    "UmgL+WPj1Vjqdev+vTcjul9wO/yMfyiT44AmR4WCPbuW6mnbDtB0rR6+4udSFl0koQAuAT"
    "Bhm7HOj3OyXYQEsR37CLUN9AKQMxoJebuy3CkrLqKOWduPWZsX347nrM/hPEcGb9mDVnxd"
    "yZ60YlQamj/BLJ+pTDLx1JvkaM2//aYRs3OmFy2TfQQNA2kKz56bQc1mCqt+PYfmuZFjSt"
    "Xk3Ah08DzUSBzWMbbiMXUcNsORacVz0x953XQCed6KZzr8PuCNeHiHwwc8HmlfxzdsBPsh"
    "S8vkjXnGt3c3A69bD/eO8RdMTruepD+uXKBoqTjRgjDRDG0SR7ZJpiD0IzfJhNiQxS4m8i"
    "MjpxxlVYA8Pobd6wFeyYkiSCo1t1rNlQqWqkqlsna+qjpY3tYvVW6wlLmv06cdjf3ASJ2y"
    "mTqE+D5Mfg+yfLM/RHSr6a854ciGm/puaJ14M98Y/6BYAcUKKFYgCfdBWAHHMixZSmA6vh"
    "6zR4NJPuDhSLu7H39hb5PJJUBYY085P1PRB/z5Znz1Czf2Z6bF9gPemZcdvC6BYWGoyICu"
    "mrS83JccdJHEj4ybogKqAHl0NqKiAn4INYcHbqlzrCikqICspiWeZSHZrCQuoypnbeVXYn"
    "bajvxKzC19ZOu2LL8iPrLbKzxFlvGO0HYtciIJrPDQ7ru2U4xrpLxbJcxqJHyr4/XU4v9u"
    "OH77oJxEgb68n6UlKKnwRxJOB/Km4IkXYsQjWsTTBa9mdClEf2/UFNyKiwZDnCWx3Mdl6m"
    "6ortyHkV3XUvj/VsjBTZgxmxP5Hd46KeLeaGxQibxX/gPeIPwWjLG5Bs4SgsnX/pvTiw/A"
    "Wnh/zqBOIAFeUiJAFFCH7R1GVmLrLlOpzNWWcXcqc7WnMldb8ObuhHnmlaagkD0b8opOyi"
    "pVt1rVKkn5h1Azgc/sXVdl4xYlVapym7WsUpVVqnILyImWpipPmI5c+8rCC0RWupNntKZH"
    "nRTar954DooosNWWnTILM1Fbaak7IJiIAt03UF37dxRAXuT6J+BiB5ncNMWefWoTtNLJmj"
    "uIseV4wwGzZ1OmbqOfVCbgJfikzVskdnRQMS7KTlZ2srKTj/K8pYynH0LNydeX1POckFUG"
    "VJs1rQwoZUApAyrPgAqc6hlGU+RuzzeUIt/+/tPreXx9FD7sUdQrSCn7mcoG2bsNgt3VLG"
    "sXyAU2Eqhni+0AujGLjmORwrJcRH0o2+b8hd6kfzOYXAKqm5A+4Mm3u7vx/ZT97dq2RZwH"
    "fHc//nlwxa4EoQ4P+MtgNLgfXl0C7xegeZIQOUzcvAFtnTir3F5L29UlztAFpU02WuMJEc"
    "Obm+HoyyWYIdPkmmqF2o4wZ4W6sxVyHPlaFpNvn2+HU68uxWaOB9yfTIZfvBIXQfyQUZTW"
    "cnc/0K5uxhOvJAaB2ty0qFfdIrgW/n0/GN8NvFkJtGwYVt44uL5tgiyCnJzOc9s1Hpffo8"
    "6xRVa6Kavw2/7P4/tLsNL/ZZEHPBrf3/ZvGPDeXA/4djjy7iLs96iQVc77Msp5n6+c9ynl"
    "LC32qs7iLgubb8ekVNttibbbKiGy6YRIRDXTepRczpGQWs0Sq5lhJttRNCZSaUUnmboW+T"
    "zqr4KqfB5VFvjxUaQqQ+9HUHOSI5PUdYa4UnirFe4159KYUbNY8E5kNvulVRRfMI1yfbVZ"
    "/xtl8XoDVcJEU+JK323Wd2AUay86Ys8rCqgMGZVnz6C03matW8+QsCdU0uKMSSmTU8LkpJ"
    "b5XOmoLAiqJ6rNT1TEcVfQc0pY6brNuq6sZ6Xjo9ExQz3wPYoKnqx008wNUYikOlRB5ez0"
    "44dNeAL/oygyYXLb5+7b5CvQB4Yhtcr2fOf3R09L1sLBtvhRqatJegL/aml/9VJ1R6SFY9"
    "uwVFntZgKrwmIpksCKUh16G9QHrMswkQyzFmQUqGlQE51TpSvrZQgrmFWt/X3X2k/vEzVg"
    "WzJboGVLtzSu8a0xpxRcwU5RA77pDs/dRDp7mywBebzumlrLRWtZPD1JFzYUdmZIqYbwws"
    "oguyXacvS9iYbBPB3Zm5MGRAiVRqBu7NjHJALsnk3WVdC8vn2+yE5oXYXzdOehTr5tEoUt"
    "K0Ml1yDnGMHSHUefLzndVUvj4P5muq4+hUvEa3JmxHTKg/U1mqqLSAWxWLWsq1t/ri5BtW"
    "PabCxuDs0hprUURL7xp6oC81HVRI79zmRZ5HgXdbEgcoBzTk1koTx2rBpycN2MPrGuMsip"
    "HTc3S1rclbflS2u6OLxEieQFMiHwxaABHAvoIHj6f/LLGq8dSIGJniFAfnknvvOx28Bl64"
    "WAf/p1jj0l/DOrcHL9H1AmrXsV7TpMrypne6852zGNpdHNT6BIiHWuctSnMlkUn/KzKD6l"
    "s4QRZfbAWhrppFwHM7BOS2VgnRZkYJ2mM7DYJzpsb9Xy0+hzIjoSch3E+30pvN8X4P0+ow"
    "Ug+k9W9CF6zN2iQ4kuOSl/f3p6dvbx9N3Zh08X5x8/Xnx6t9mw07eKdu7Pwy988xbwTzuH"
    "VGrWtsNqJyIBwnwbqROQKNSlh+zIu2p1HVXXNi3dYHvLbC1Zci0lqDzVWz3V+++s1bb1W9"
    "YHld9aK7NlWcwsrQXZ7pFrSYDFN852hGPPu3KgbqscmNob990crgRLdsXjQDyWJ4ciCwec"
    "lODH5rGxW8mxrzo2KLBcByxd9iXfLPQ5Qx34UwG/zhy95MXSAbFeTsDMXdnQALO1d0l3rB"
    "WaA9dmS8gBNm8N5gmmObIGP2eHzmOynEJnaZu6il/k82XPupmZZVdg525EunRa3IOhmzr0"
    "HHJrC72IuVtbzM24dWuLeTdL8P62DbHxxsLm+hK8LC3win9BsLCIz8CvqQNXr0/YLYj5v3"
    "kDiKWO2W85AWy3YlfWGVx/TZOW4fdj9WFVSdY90/vyxJAihI6AEGIbRmaEZ/4rP5LoIKFd"
    "f82rBbFWWlGF0GyUE2JdyGtruiwnW+XyOAtCCuXtKBOoU7kNI5LYY7HT3l7gbaTiI9tgpX"
    "OfYiKK6VT0vOKPW03BSfLH3tOteM2tyWPOthynQ5r9IWmfa/bHWP2tZn/Mo9Bwp5TooY75"
    "+ZXpvVfT23ZnJppnvr3yT12CUOfo2frPtTPLyPAd5dceCcd3wgjed8kRxHPJHEiw348gwY"
    "BvqWwel1S15iRqzYWcwmIhCbooqDCXwFzF1VXadI6ORlUFS+q32gm0zTU7nsrBmpBSwCo6"
    "RNEhrbbcZekQVfSliaIv4b5Z24otH6Z4pAgn3jS7lCJRWf1yueocerTvVPUjWaa7ZqoXkp"
    "nenpnBYYZ7aT51Gfb1LpOfbENCLeyFE/FqPxQgfAl0MHepY60gAa+WOgU6BkHBsNfAIsCz"
    "T4M7gFg8/xgbIGqI+jorT7m5D9ohCFORqA2QqHClowyyKZ9A3Qh0jzy9OC/Dnl6c59On/F"
    "46S5Y91Zo0zinBTjCqe0D8sLHaLYrCaCTr29YpfbHY65Lt8xndZAscL0lBhXcZvMPan/lZ"
    "9tsbKyfnaHE8V+/ufnjbv/8r74CNVjpZP+D+9ff+6GpwzUSuxqNr76ZuPPNfamgUMpUY3r"
    "jY7c3V5NHmMD60oKcbOxJV1aA4Q5v11/8yGE2Zgti3cZhOhGb214Pvg5vx3eD+kh0Ln6Fp"
    "sWNmunk9H3fXv5/esom0r4P+9WXsEKktoc4bq1/fDkd8GawQboeOo69YVcfiDG3WsajVyb"
    "e7u/H9lDe+t22LOLyR/fjnwdV0wh9ir/AgTWu5HVpDVONx28+ybb0EuT06/sLD8dH6/TB8"
    "oSZ0HEiYCWijeQZV8fNkPMo5qWUJJz2AaO6A/wET0cZInt4fFi72ov3BzEWmgzB9yz/vj0"
    "0dMwpUw8ESVJMKQ0hGHJyIXj4+QTIMQTln8zckXuZ3jM11b8O+HYOzNtg3trQxXVnVeu6J"
    "kqrnTas98gfqedMylXawu0XLEC4fn1yiuUUpZ9FB6tYfCerJPeCgZeuPErPFApmI/SbN1t"
    "eW61D236w9VAq4cM47b8ofBTkFWgnQbMRsnCeId0XLRlM+zREetUvhdIhmEkcJ1FLHhsnO"
    "6Kr7Rjm8wirpflGOHcEK6rSXb5RwjIgZcI54/Sw2AtMFJPVgNg1m6yhoBLLvSh0FW7Wn0y"
    "VmrU/oN2JeedN1FLeNE5ZACnd9BdwFk93zubr63qTMtGHz7gjVxJ+lsyChR+zafNACkZWH"
    "xa6AeTNexSbsKnZB4z4GU6xjy46xmx3dvRRC5RDSDhk3fcSw1XKSkO2Jdox4HaYl2rEgtW"
    "OceekOkNJt0eTaQLYrVLfAnZDZGi3xW5Pt0cJ2uVkN0uKw53RJ40H76R5pgmC8c3GpVmmb"
    "tZObZNCHBM35J6XSDII7J0WJBno0psnaKCp8f5/h+7mtyPMDcWMinQwpvygVUn5REFJ+kQ"
    "rCZQ+VBMLB8A6i20hjq6AhWBrh/EiwmMj+478OE2lSW6RXKmxhn+W/fvt/ZZQYHA=="
)
