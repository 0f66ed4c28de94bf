"""Migration 0_20261202074135_init: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

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
CREATE TABLE IF NOT EXISTS "document_counter" (
    "name" VARCHAR(40) NOT NULL PRIMARY KEY,
    "value" BIGINT NOT NULL
) /* Numbers of printable documents: one row per (kind, year), e.g. "receipt:2026". */;
CREATE TABLE IF NOT EXISTS "liability_balance" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "unit" VARCHAR(80) NOT NULL,
    "balance" BIGINT NOT NULL,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_liability_b_account_472dc0" UNIQUE ("account_id", "unit")
);
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
CREATE TABLE IF NOT EXISTS "product" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(60) NOT NULL UNIQUE,
    "kind" VARCHAR(20) NOT NULL /* LICENSE: license
ADDON: addon
POINTS: points
SERVICE: service */,
    "name" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "price" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "points" INT NOT NULL,
    "ticket_text" TEXT NOT NULL,
    "retired_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "brand_id" INT REFERENCES "brand" ("id") ON DELETE RESTRICT
);
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
CREATE TABLE IF NOT EXISTS "order" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(20) NOT NULL /* AWAITING_PAYMENT: awaiting_payment
PAID: paid
FAILED: failed
CANCELLED: cancelled */,
    "idempotency_key" VARCHAR(160) NOT NULL UNIQUE,
    "currency" VARCHAR(3) NOT NULL,
    "total" BIGINT NOT NULL,
    "store_url" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "terms_version" VARCHAR(40) NOT NULL,
    "terms_accepted_at" TIMESTAMP NOT NULL,
    "money_back_accepted_at" TIMESTAMP NOT NULL,
    "paid_at" TIMESTAMP,
    "receipt_number" VARCHAR(40) UNIQUE,
    "awaiting_verification" INT NOT NULL,
    "verified_at" TIMESTAMP,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "created_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "verified_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_order_account_1e1d6e" ON "order" ("account_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_order_awaitin_5fba64" ON "order" ("awaiting_verification", "created_at");
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
    "brand_id" INT NOT NULL REFERENCES "brand" ("id") ON DELETE RESTRICT,
    "order_id" INT REFERENCES "order" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_license_account_2481be" ON "license" ("account_id", "state");
CREATE TABLE IF NOT EXISTS "cart_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "line_key" VARCHAR(60) NOT NULL UNIQUE,
    "quantity" INT NOT NULL,
    "added_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "added_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "license_id" INT REFERENCES "license" ("id") ON DELETE CASCADE,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "liability_entry" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "unit" VARCHAR(80) NOT NULL,
    "amount" BIGINT NOT NULL,
    "kind" VARCHAR(30) NOT NULL,
    "note" VARCHAR(500) NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "actor_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "license_id" INT REFERENCES "license" ("id") ON DELETE SET NULL,
    "order_id" INT REFERENCES "order" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_liability_e_account_ba94da" ON "liability_entry" ("account_id", "at");
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
CREATE TABLE IF NOT EXISTS "license_subscription" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "period_months" INT NOT NULL,
    "renews_on" DATE,
    "is_active" INT NOT NULL,
    "license_id" INT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE
) /* A recurring subscription on a license (updates, hosting...); it moves with the license. */;
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
CREATE TABLE IF NOT EXISTS "order_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(20) NOT NULL /* LICENSE: license
ADDON: addon
POINTS: points
SERVICE: service */,
    "name" VARCHAR(200) NOT NULL,
    "unit_price" BIGINT NOT NULL,
    "quantity" INT NOT NULL,
    "amount" BIGINT NOT NULL,
    "points" INT NOT NULL,
    "license_id" INT REFERENCES "license" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT
) /* A line frozen at checkout: name and price as they were, whatever the catalog does later. */;
CREATE TABLE IF NOT EXISTS "password_reset" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
) /* A one-time link to set a password ("Unable to log in", or a new company's first login). */;
CREATE TABLE IF NOT EXISTS "payment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "processor" VARCHAR(20) NOT NULL,
    "reference" VARCHAR(200) NOT NULL UNIQUE,
    "amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(10) NOT NULL /* PENDING: pending
PAID: paid
FAILED: failed */,
    "checkout_url" VARCHAR(1000) NOT NULL,
    "return_url" VARCHAR(1000) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "completed_at" TIMESTAMP,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "order_id" INT REFERENCES "order" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "payment_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "event_key" VARCHAR(250) NOT NULL UNIQUE,
    "kind" VARCHAR(20) NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "outcome" VARCHAR(20) NOT NULL,
    "detail" VARCHAR(500) NOT NULL,
    "received_at" TIMESTAMP NOT NULL,
    "payment_id" INT NOT NULL REFERENCES "payment" ("id") ON DELETE RESTRICT
) /* Append-only: one row per processor event, written in the transaction of its effect. */;
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
CREATE TABLE IF NOT EXISTS "document_counter" (
    "name" VARCHAR(40) NOT NULL PRIMARY KEY,
    "value" BIGINT NOT NULL
);
COMMENT ON TABLE "document_counter" IS 'Numbers of printable documents: one row per (kind, year), e.g. "receipt:2026".';
CREATE TABLE IF NOT EXISTS "liability_balance" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "unit" VARCHAR(80) NOT NULL,
    "balance" BIGINT NOT NULL,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_liability_b_account_472dc0" UNIQUE ("account_id", "unit")
);
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
CREATE TABLE IF NOT EXISTS "product" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(60) NOT NULL UNIQUE,
    "kind" VARCHAR(20) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "price" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "points" INT NOT NULL,
    "ticket_text" TEXT NOT NULL,
    "retired_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "brand_id" INT REFERENCES "brand" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "product"."kind" IS 'LICENSE: license
ADDON: addon
POINTS: points
SERVICE: service';
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
CREATE TABLE IF NOT EXISTS "order" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(20) NOT NULL,
    "idempotency_key" VARCHAR(160) NOT NULL UNIQUE,
    "currency" VARCHAR(3) NOT NULL,
    "total" BIGINT NOT NULL,
    "store_url" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "terms_version" VARCHAR(40) NOT NULL,
    "terms_accepted_at" TIMESTAMPTZ NOT NULL,
    "money_back_accepted_at" TIMESTAMPTZ NOT NULL,
    "paid_at" TIMESTAMPTZ,
    "receipt_number" VARCHAR(40) UNIQUE,
    "awaiting_verification" INT NOT NULL,
    "verified_at" TIMESTAMPTZ,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "created_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "verified_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_order_account_1e1d6e" ON "order" ("account_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_order_awaitin_5fba64" ON "order" ("awaiting_verification", "created_at");
COMMENT ON COLUMN "order"."status" IS 'AWAITING_PAYMENT: awaiting_payment
PAID: paid
FAILED: failed
CANCELLED: cancelled';
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
    "brand_id" INT NOT NULL REFERENCES "brand" ("id") ON DELETE RESTRICT,
    "order_id" INT REFERENCES "order" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_license_account_2481be" ON "license" ("account_id", "state");
COMMENT ON COLUMN "license"."state" IS 'PENDING: pending
ACTIVE: active
NOT_ACCEPTED: not_accepted';
CREATE TABLE IF NOT EXISTS "cart_line" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "line_key" VARCHAR(60) NOT NULL UNIQUE,
    "quantity" INT NOT NULL,
    "added_at" TIMESTAMPTZ NOT NULL,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "added_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "license_id" INT REFERENCES "license" ("id") ON DELETE CASCADE,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "liability_entry" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "unit" VARCHAR(80) NOT NULL,
    "amount" BIGINT NOT NULL,
    "kind" VARCHAR(30) NOT NULL,
    "note" VARCHAR(500) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "actor_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "license_id" INT REFERENCES "license" ("id") ON DELETE SET NULL,
    "order_id" INT REFERENCES "order" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_liability_e_account_ba94da" ON "liability_entry" ("account_id", "at");
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
CREATE TABLE IF NOT EXISTS "license_subscription" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "period_months" INT NOT NULL,
    "renews_on" DATE,
    "is_active" BOOL NOT NULL,
    "license_id" INT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "license_subscription" IS 'A recurring subscription on a license (updates, hosting...); it moves with the license.';
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
CREATE TABLE IF NOT EXISTS "order_line" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(20) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "unit_price" BIGINT NOT NULL,
    "quantity" INT NOT NULL,
    "amount" BIGINT NOT NULL,
    "points" INT NOT NULL,
    "license_id" INT REFERENCES "license" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "order_line"."kind" IS 'LICENSE: license
ADDON: addon
POINTS: points
SERVICE: service';
COMMENT ON TABLE "order_line" IS 'A line frozen at checkout: name and price as they were, whatever the catalog does later.';
CREATE TABLE IF NOT EXISTS "password_reset" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "password_reset" IS 'A one-time link to set a password ("Unable to log in", or a new company''s first login).';
CREATE TABLE IF NOT EXISTS "payment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "processor" VARCHAR(20) NOT NULL,
    "reference" VARCHAR(200) NOT NULL UNIQUE,
    "amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "checkout_url" VARCHAR(1000) NOT NULL,
    "return_url" VARCHAR(1000) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "completed_at" TIMESTAMPTZ,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "order_id" INT REFERENCES "order" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "payment"."status" IS 'PENDING: pending
PAID: paid
FAILED: failed';
CREATE TABLE IF NOT EXISTS "payment_event" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "event_key" VARCHAR(250) NOT NULL UNIQUE,
    "kind" VARCHAR(20) NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "outcome" VARCHAR(20) NOT NULL,
    "detail" VARCHAR(500) NOT NULL,
    "received_at" TIMESTAMPTZ NOT NULL,
    "payment_id" INT NOT NULL REFERENCES "payment" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "payment_event" IS 'Append-only: one row per processor event, written in the transaction of its effect.';
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
    "eJztXWtz27jV/isYf2ky42Tia1K30xlZVhNtZcmvpaTbrjssRUIWGgpkQdJetd3//gK8iH"
    "eKoEiKZDCzs7smcSDpOSCI85zbf082ugo18/1AUaBpjvFKP7kB/z3B8gbS/0m5ewpOZMMI"
    "7rELlrzUnOEWUr5DS5Kd4RLyxy9Ni8iKRUesZM2E9JIKTYUgw0I6ZnJzSF4gAa4cUKElI8"
    "0EMlBs09I39I6hmxZUbwDECtka9H+BbAECTesUGDZ5Zn+vLDYDeF0jDb5nH6vqCv1chJ9r"
    "+wQbo3/bULL0Z2itIaGf88s/6GWEVfgrNP0/je/SCkFNjQCLVDaBc12ytoZzbYytPzsD2Z"
    "dfSoqu2RscDDa21lrHu9EIW+zqM8SQyPT70msWsRm42NY0TyM+3u43DYa4XzEko8KVbGtM"
    "RUza/QLBtRNJms4W0ny0kKSThPp8iRDe3iVFx0z19Kuazq9/Zl/h3fnZ5cfLTxfXl5/oEO"
    "dr7q58/M396AAYV9CBZ7o4+c25L1uyO8LBOABVQQZVgwV/tZLgLujVdHSjUjGU6dePo+xj"
    "GoLZA3GHsj8kgDlY+A3gnAPiYvTzgs28Mc1/a+zC9Nvgcfhl8PjmfvDzW+fO1rszmU0/+8"
    "N1+vy6j/h0OJndOnoI7RKy+R2mLOjhWibpmAcSpfBOLOsjA05/z6+SBvGztWar+cOHHA34"
    "eNNRb2PQerfO3XtRjBUCGR6SnLK27+gdC21gxvqOSMbwVj3R9/7/VIN+k7tK3mof34/mi8"
    "H9Q2TJ3w0WI3bnPLLc/atvrmNq2U0C/jpefAHsT/D32XTkoEnfGs/E+cRg3OLvJ+w7ybal"
    "S1h/lWQ1DKR/2b8U0bL7qimh5IhgBTru0I7WNR3Tm2udSFwngIjM/oNA+xVazVEgANU7eX"
    "KBGpEpBWrr3kMVoMqOrKvvqecrF7Akwn/WCUTP+C9w6wA9pt9JxgpMgdWzJxa7iToG8G/+"
    "GvKvBk8WkV935/zo0qK/n/5qaLlnosF8OLgbnaRsCRUA+9WE3T2v7kU1sgtGUKXfAEy/Ti"
    "YnzvJdysr3V5moUsY6pgci1UyifeuJ/fkvj1CTnR+RCXRgET/SyfoDuYOffq6HcIsgmry1"
    "Od/Er8hYfnZ+Evts9knpoOUSDT6sRckG4o/fSzYMDANi9Z2OtS01918g2QJ2KKKWPX26Vi"
    "uwgZslNfTZhICa9YAeEWQCmH0I9JXPIDBu4z34CzQs8LqGOME31PEhT5iNDN0DyDKhtgLI"
    "9DmKN2yEhvB3NikGlk2w6WjhrSAsWkhY8J/zmzTixAm/7Ak/4D85j/kJQXHWT5712aYJOQ"
    "2oiIwAVRhQwoBq1bkzftTnNaCiHqcD0Y26u7q1LxS2pRKvmgyDKrnzCjt1D7aRlw23nVqz"
    "BabbzvdOM72cW6d5NpccGrTX0JphGPhXFX1jyJgaQ8xCsSCWseXZRf6Qd/orpiYM0V+BoT"
    "PIgWwlHblVTSpMoXaZQs5/E7BmexD98cJ/WMx/iEzJIFAyZQ2mUV+6rkEZZyzhmGgM8iWV"
    "rQvz3ZVmLc7b2WwSMTZvx3E3+Nf729HjmzNHBXQQcvf35Ll6rdOn1FxLKjIZEKZkm2mu8s"
    "z9I1O+ufP2h1ZvKV11kTe7wbAjyQxrW++t0RG2xXvB5ZItBK4gIbJG1alyvUESgpWE/hz3"
    "JR15j5xdF3iNnMVVF7xF2K0488IgK/WIxURFiEKbCcydspZbXpotLii4tr2sUAi0asgL30"
    "TrFsrFrev4GjvIFexvSy5sh7uF+wV+lGVbrZCG6G+SIKbTpRoSPGD5043obNsOnqoKgabo"
    "mw0yTTo1NaPktN20Vsy6vc4MeavbBz+U/nQPzmx9XWiygSRL/w7xoXAZaMGm6StOikwsSU"
    "P40O1rSOeZ0Gl6i5O+MTRX5DCc/Hn6ChTdW5Z0g7G20lLW2OHsQMAm/ny37nT9x62S48QO"
    "tl4fJzSk0B3+cKycWXoOkrRGpqWTFKuqBFZfgrn6CBk9GD3rdBaJDsEmNYqqWWELb7a+wo"
    "YwfU0K2LhXG1EPhmpG1P4CRA2fDTz46PXgztJbkIj+L6gcDJI7S19BciOpDsSod/FmEYhs"
    "8+DNqF8BTfVmgUQprLRQpATJlRORFOEk3cF8KSAsdsgz3JzcCww8LpjlVbCbpr1hN5BlAs"
    "9QOQUGiz6yCYFY2SaDlGqYf3+80i/h6KyQR/sfIpCpyUCm7/RnpbuhR9jeJJw4EYx92TYH"
    "NZ0MZ/f34/l8PJvegIDcfsKPo2+jx/lgcgMIi8EzZe0JPwz+Nvu6uAHGjnnlD4YqFAuVEw"
    "oVd2LLG/8hiW336Dk7MWMn06cw99+fn19cfDz/cHH96ery48erTx92D0PyVt5TcTv+zB6M"
    "iApS4nO8/YwnSCMs0+anomSIxkWBxX2RubYv4kvbMav4PPZhEeGrTy5aFaq2AaXvkGvZRq"
    "WqWbhtiiwqFKF6lhOhetb1Cjcitui0dHIke5dyJ0aGhPr0Dq5so3KPWHywRmTE7p+WahoN"
    "DyoZDVfB8u0h0DkhcSFLtrFwuLZtEByZfKHFFYmFe6S79eN4uIhn8UWXZaMot2wdcwcd5q"
    "CdnjMZmL6HYswdxtRRrCNvpYz1fKT0yZgK8rjLQEtFyMtglexlL7PxLsIR0lVm2c63IJAO"
    "NgVJeAySUHBQgoM6IvR1clDBBlOGAQ+km0M62AlP+ACn76P/+0pfSaM7xnl7czDSe3zHKG"
    "93Mzw+4R3Z6BN62Ze2FZUV5EqryRW26MpUDw7ERGJem/UryLO6yDPEn+wYFRKsThp95r89"
    "+BNJE5ICYEGbHZc2C5ZkBQj3K2Isjm7K81uIK0MC3UIMGaom/fk4ebwdQb3eKEg/yzKNQw"
    "xlYOaQh36+ZyHW8GTgFJt2YhJPganoBlSBQqBKlwCSNSADg6CNTLZgLWPVBJbOLsnEopoE"
    "qmyulzr9zSmhjpVNKyqytYujFBXZ6o13cZ5daU2fAR6Uo1K9iyy6viwA9PVlJs7sVoyPZH"
    "tSyhvup/lsmg5xIBEnQ5Bigf8BDZm1HYxP/riyscIwBEsbaRbC5nv2eX/ipCarYEcYQhFi"
    "JNErLt4W7jTKeLAJ4r3iRJRXGVV0jqjSZNNyShWWUHRcVlCSbdY0gS/0lVTOtxCWFFpus5"
    "YF8VxvzVJefjQhJ9AV9GhD9GhqB4ZgQTbH3nUV28TDmw7vcWLcbomMo+xK5MZpHiW13A2p"
    "M4hN0EBN0kC8ZZUPqqbcMmgj1MRlEQ7oMpsCukwwQIJhq5dhQ6a0oZ8nGURXbSUt3HJP24"
    "O4dIOdD/x13tnGBwQ+I9OChPUYou97zfUi8faeyJlFtKHg0AYyTRuakgKJhVZIofjwdwFJ"
    "nUFoYY8WEvZIEb+sqPKX4ZKNlX9iG/Ph5Z/87b2T9FI+RqwQR8a2y4/RN3eyPq2nOi2pXY"
    "HgFGMqXDw4257alSoWNlWvbCqmUt6SEmGZ3tlW10VO/9fZh//rxNn/37aMLWSlQJy5esMi"
    "zdGpZ61ewyHyVFVLeXnCcsJpK5w8HdBpPY8Or4snJiXC35PA+nW+uXCNCglYU7Jh3OM+Zz"
    "ZMREjsA8IdeUx3ZCbly41tcX6gq9hGn9z92GoBrXQgtsUJqpbtuEWhjb5r9kPrv/Ob86F3"
    "FNjY4Yg7BaZW3mfX8CiN+Al3Q8phfiLD6i0Jk1E2+hSEq8WIgtLHIotMe+n3JyjKFYVEeu"
    "grPi/kKz7P8RWfp2RjwF9TIF7Qqxl5GN74XuCbR2KMfl5E+ItEEsCOw5jMpp/94fHMgM7X"
    "iKGP1AZZJWrEzL/e3o8XTo2Y3RxP+Ov0bvQoPY6+jUd/vQE2ZkWYCXxB8JUVUp/PJt/coj"
    "Kmrr3AltSRkbH56p4pij4kgUQlvdV/sKdEpMqUUkXXWFf3sS+bQREWFSkU7dazu5mX0nNE"
    "VOi5zXoWXpSavCg2BYWzu0VERqCagiory6DxNg2JCgkXShJWt+seH6oRGQGq8J8cs9qVu3"
    "M2x0N3FtjwG6YArtauk+aBuBZuydmyTaEosJHdsEDtMO+dJDwne3CNvrtb5Ti50xWb9Sse"
    "sq3KcVYk3CfxIad5ThTVGywpodF7C2VN7c0SEpO15DQo4s5swJ/KvAE6hoDor06LzjesY+"
    "Mp2EKZvD0F8P3ze/BErTUF0uluzj+cXz+dJEtm1fEBB0T4HjcLrUVBqFUl+GW7cl5kzU7B"
    "Oq/q/06kT9ZLA0X/OdJu6tzSJkheIg1Z21u3A3DanpYYk7upaf5oaRkaXqmHOOISpvc9l6"
    "9IFziSB9hRAccO7Y/vhW8yukd/KrJHf8reoz8lvFqhp6j4rhwSam5f/tD5TVnQpPVsHoIk"
    "aY4kOfI5wq2xnHeK2FVhLnKGgLvBjcWYiQgycX7o0flBtHI70gGCMSM8q9of38NVfVFkVV"
    "9kr+qLZGki3eIjhbzxDUbknTQC7VWhYNOrnGDTq2SwaYksWhHJJSI/uqLTyiM/FIs78CMk"
    "IlzpInO2IVh1ovLG0oRFBKSCzzhm0IezFiuAdubP062lWxTX8CNbAFWRL1tFvmx61Ifznq"
    "8A2X7HfIRPQ62K+PAXdCqfuVvreURmMKgxApPln0HBYTbLYXJWS+trobSz6wJsxFncCA5V"
    "Sb6OcxE20bi4YXd4D0m0Wpged69IxbdYomvTrJoBscow44P85GE0vRtPP98AT/4JD4aL8b"
    "fRDaBbMnqBT5hJD4bD0YOTCot1S6JbKjT8jNqjZ7eudY2d6vJSkzOSIeKCveNAq69872H2"
    "EhSU5UQ7JCng3gu3qjuV7JW1jJ+h01otxV+VV/w7fQJR+7tEPfySCaAxYZEC2mZHgMjc/y"
    "HULPw99bDoThspPlTDIgJT4ZkQnomWE5KcnoldZ7kDod01sespsOF9UDh8GnT4ZPPnoWOh"
    "387jwHYs4eYh/QA85i8LRyejw7sgxQOje4gZPbUe3OXH87gM2FQ92iKjxBM1o3WS4kooAd"
    "SXYK4+QmXay93k1ayseWjGvqJG72BzBUk1iC282fqKFsKKvqGzSM7+JR0NvC5u+TbRPEK2"
    "Gri+Em3oTNfXxeae4io4fzmn3Z4dwA6M8ogXuElB+F7G24XO/l3QqChc4aZdDvsco8L5YV"
    "Is0CX4mYStPKhKscAxF0udOIpggQ03seo4Oy15N6NRVNaa6PbzOiQVippJbUlAr0vx2JPf"
    "isTxuEfH7GCe3dFyb0SP+0Jwhu4t2DIAdB5bg2DJfqcFKFRABsxhBbzZ/gDodO90DHYvGC"
    "ryAgGygKUDGess7McfnCzYUscHiJaM7YovEr3Y662vb9iEHlbMUk6xuKxwi7XaLXas3JK2"
    "6bTytmxuaNXOSuLsz5YuLRw7ex07x4jfb9tariCAP71PW2xVVgdy/6z/ONYZT3QbA/x9qj"
    "TbNAiRqfuNgxCLW8A8MBhQ9HCubW/osZ1VVkQmeCWsEwt2zvL0AA48jyR4XesmBM707PRO"
    "R75Z0tM7MBGdlpVslHdn/LcplkK9n1UkUSGcEuF18RLFV45oWIhc/14ecllYO1/kciDRQ5"
    "uxhphlaMmIKzUlkOhdSHg9VUhE+KIoV9ENSAWlICzdlllfOZZuRkcNER9aY7sSUQegB3UA"
    "IgFC2VxBPI5oP2FgxiUKOBUJVGzCYAdhaUD/kX1PHnhjG8weM08BNeUtOvb9+/dv/8CMee"
    "b+o5Y/ouY8M/lzfIu1fY5wMbaLCRAuxppdjJAgXZU2OrbWKfEnOZ6RmFxzR8Wz81av5XD2"
    "KoavppTGeDAyKytrNSSUx2d19o2bBh6jp2LoIVNyyyAk0ctNu47INZht7e+6nU22FvaisB"
    "dbdvYu4hk96uF75zDNPniHfar7D91hn27N1bksmdC7UqxIl226/i9Tt4kC0+6KA3CTB+Ds"
    "iu37ayF1oXr7yWQ8HE3noxvfDHvCg7u72XR+A4L8LO6KX0VOymfZB+Wz1JpUWSWOihWlar"
    "zOUYVVqfwKVH71qSc8HEyHo8mEXVTYT9Y0dvVuNJyMp+yiChWWNFCqTlX12tPpb5FKnW9S"
    "JCvxNfRgzwqlL7hvEs6qeFEp4X4s4n5U9I0h463ES4vE5XqHdi3kiI+a6yRP2f0X8NeMfS"
    "NFtAeY5wWjjH5eRAxRH9k394OfHdB3sSiT2fSzPzykieFkdptQALboAbjEco/K9QD6Rpa7"
    "ixrccAaRJAT7h/fVZRG8ry6z8Wb3Ynh7dcswfJUyHZ25XFfGDKLGIAftZejO5xU/EgYCvW"
    "ljWl0Yj5OSzv5KQfSn+WyaEcoTFYvT3kixwP+ofWjWhu/JH1c2dmINwdJGmoWw+Z593p+O"
    "8CZlMOW/SeMvzdNoqCabIP4mJZCCYZarrxiXFVG2rY6ypaY3UkspOiopyqW2WcsmesayZR"
    "Ouc3FEqNQhrWUajRNHhY7FbFgOeZQ8GFuQbMwyhbcTgv3DvI4gdncXWm75qLqEnAgKFk7e"
    "5mI9/DMS77JNkRQLNwlw1B/JB3GqrFjG2Ux+KZRTZQXK2SiX2otTZcWGIcJujpmmkQwWEd"
    "kaezBOfScVgDoZtSOg3gN16oupONSiFSkv0tz7R/gMXAHO/U5ISjEYCjR9DaxjAfAegBNE"
    "AnfaV7JWzxFqjXcE/UOrqBYJ0w3K9GbH6UZK+e4P1A0qCTvj6w3VJXCjv8iaRP/LrhPJhP"
    "RF5tL0Ol1N/n2VTiSq1TQdoss0wBn7FhJpc3Bum0LfWIwDJ8ohEYFyMZSRKUX6Vqa8sfYk"
    "XyXEG4xGOY7vsMJglJTNPKGAfB9u+gzCl9tmX27e650vUCN7HrEC2rwC6L6p6ITAjAJp+/"
    "bcqKwI/+PYcd33VKm2sxFJERTV6gfMVxavdzYhJ1wtIqhAuLCOvSdVXlM7eM4FPboH2sSW"
    "2KqqWG5X1RSab9duNZvb23V2rZnOCznvQr3rnbR7+VVGrFYVCxpEK6TsKOHwQEHvNUnvdT"
    "D1e7eKDHm7ga5KeXLAB38djBfj6WfpYfC3+9F0cQPiMz7hh8H47gYYMlKf8J8HYycVfCUj"
    "LSs7/KSYMmNpboWy3HKS3BL8lgo3hm5BrGydzl+pWs16XhKi1aj0uE9PNIL6ulAA9XVO/P"
    "R1Mq/QptYpRY0H7LBMD7nbiwIoX2RifJEIUNctOYUZv0XP2XFkvkifTt6/Pz+/uPh4/uHi"
    "+tPV5cePV58+7F4GyVt5b4Xb8Wf2YojgnxKTatGTIa9TIiLUu0TZeqoeBGefBNB7OJqIpO"
    "BoWs3RHDnNpm2qrTvPxkXNL+lT4uFKnUA8Y61+xjY6hluJmdqHaD57FqH+VqufmWtlmokG"
    "YsKP2Gb9EqhAioCE7c0yrTFg9js0KVlJrmqLbNvq36CZZF1BBi5TXhQWiZtaLkKlXlYxUb"
    "GBtXkDE/216nl+fEOY2/8dlxP+75zNiRfdpKCAd68bXKS+1dgTKnjeK8C3537w+NZYIAsr"
    "9MALfPfgm9wcD8jD0pC8RBqythLE9OullafjS8XyphvR2bb90UFaWFc1WWu9xQgfCpATmD"
    "Kh8/ToPRQjnZyQgQNheghCGXqyjmoPg3IWVVYolL/i9oRDSZo/rkD7PzYWrIj+H4iBbAFl"
    "DZXvum3Rb0e/AJCxCgxCtwMgm6zx3ha8QkLneV1TXdLd3mnGp8iWrOnPQNWhCeiagCSt/1"
    "99HyQaALYr+upH7X/itT95wg8zCtL8Brhlh5/wfPT4jYrcAHr4e0Herz56XJXo01hvbXb6"
    "Uy3J2dNS3qI5YT5RuT5RYw3H+vzblrFFD/wcW3xYpE/IV1ctfJNR8z5nQQcyfYK04cUsat"
    "73IPupZWZO1bC61gdfs66QSJ92h8owNYiu2gqndy0qJHDd76HY5REdyO/uUpY6Bm9Rhjf8"
    "vO5P0fPWYQW4PgQz9RTZ6DNbwO8jihxWkVp69ORH21rqv96zLlxptF9w9zSX93PGSX4zr1"
    "qTIQWZ1iSZpkLVNiBv4ltUqnc5b7XwNQQqyEAwzbrNjcEMhPrIjNXRRc+0l/+CaceCnBSs"
    "QKSHKF8UWs8XOev5Irmel7qasmdk9z/1x/cC37wAy1ranop8tx8i1tWy4Mbg4uHCIoKJi9"
    "MbmG5HkgdRiYcnRVw8Qa1+gkrWSWy6LGKTZ9s+qVeTTUuChOgpZFr20SMq1YMM+yaOHwk2"
    "8zgExoNsmq86UR+hCa2TFA4jOuA0j8YwvKES2Y0tEMKkY/iOPfgsxOg7sHRAZYEM/MnAm6"
    "eTr5h9BLvH4ocQfqJz64QOwvAVKPrGkPH2dyZYIWJabAjCb9NimGr8JMG7tIt3sfTvEEtr"
    "2VzzmKlRqd7xLtdFyIDrbC7gOkEFCLvphzgWwF8NRKcroeaopFBzq9Vsm6Ue5ZCYSPVtuX"
    "454ztCEiIMYX8Ygm1WEoVQMMusbeAWdeeGFlV6DMKxLCE33SXVBtplwuRZP8Eg4cDt0hN9"
    "mmNIGERXoGmmESLZdkREqBcOmbqzGQhcQVZ+lCulISLUO2utFi+5CAA/UgC4KMlbd0neDl"
    "YN93qVctLYJw+j6d14+vkGePJ5pcHjNGgRxZwVKkmdU5E6WU/WSxflLd0bl+uBbyEOdaFd"
    "ng3LgTstGsqyCeaFOyolwC4ItmBBMxXQJ/qEuX+YrVpK0TFZQZS1WdOiJl5/Msxa9piIUm"
    "2t4SG5S7U1nWXWsqV7cJJZgGo2wxtyOr5UVsJo9FKsjlFXVnKthYwimGWT4TtM9zLiEnwp"
    "youfDAxm077Tsba9YfE6gOiv1MwlYEepAme2U/BKkGVBDBB2igvRebEpOx15gb4CyDIBXK"
    "2gYqUEAtXzGYK5bxdz7+iQN/MqItQ/SvmqEKV8lUMpXyWs3+x6UekQd6FGVGv8IoKvF3x9"
    "W1Z3xXy9bluKzlfDLCTSQ3yr3z1UaHkp5UURDiR6x/7W0ijPaeLyUooSjIkK8rfVlKBvy/"
    "AV8okI9eltXBd/FQqiOpBkKV69uG0QFy45E1ld3ExLrRyCV+8njT4ISgHlMAehQSKWrkvP"
    "9mmORa5QRXOdp73xvbPDC/X8zmn5nez4LYo2i6LNbX+vNRDeGP5mCZizE5hjYj0wfZouoF"
    "KiULaokf0jsVQnX+d3zdj5FdNUonJzhQEgFlK+Q0uy6E7Msz/HxMT+zL0/E2ghUpKmCkuK"
    "uLU2k1QiEPWHULNtqCXVHJUUam61mpdExiof4RwWEdGSe9lmB64KuOZbf55uoVuUaA6vqg"
    "MC+hSZWFIF7RuHdJ4+d28MugCKPpcNhz66bodvkJju183yXvgjTgs4MaSX0OBKnRm/BBuY"
    "/xn/EA6OIzo4QpouysaERHpI8l4W4Xgvsyney2RZbLriFa6iboGEALgAwIS+3WVW0SltHT"
    "PrIosmiIjlmRYdBD0HZGYqpKzRpg/ubUOsZyf3tsF78NG9QLGlOG174Gl04UzSHyup7pOo"
    "0zAj/Qjq99LIPXvuBtUZQPNLOOPQq6HxD3HobPLQaSFL4woq2An08DxUSyuWLlaW0WSMoa"
    "/74pVlJoPplBWP8eSf8GC4GH8b3QCW9vYCn/BsKn2ZTe5Y4py01jU6Yji7f5iMFkxqV+WA"
    "Xh1Mh6OJU4hGYbBoJWvRVB+DQ/VBLJPzeBsROvBw2873W8GzLcQqL3YhkR8ZOeGcKwNk57"
    "w2wjn3Q6hZlIgR9UxaZusXqmdSyNyXze+HFt5w7c8FnalHiDdh8juQZZv9PqJ7TX/J8kfW"
    "a/9bO1rHN/9PwS9h/kGwAoIVEKxAHO6jsAKWruq8lMBidjejjwaVfMLjqfTwOPtM3ybzG4"
    "CwRJ9ydqYyn/DtZDb8CzP2l5pO9wP1Cd/Rg9cNUHUMBRnQV5NWpS8HPugCiR8ZN0EFlAGy"
    "czaioAJ+CDX7B26+0hARIUEFZCcLccEakRER0PvrbQR22oH8Ssgt3bF1W7jeRuSRTY+mSK"
    "7fCqDtW+REHNjIQxvBlX4DMP06mdRYxyTENZomVQtMi7q+l/F2obN/F1RZ2RZuR+UkcvTl"
    "/CwpRkn5P5IwOpCeVuIvxIBH1ImjC1ZX8ybSAG6nJu9WWNQbYq2Jbj+vE3d9dWU+jPS6lM"
    "D/t1wObk6N2YzIb//WaR73ZoYGFWh9zX7AO4TfgxnWtk6J2fmXwbvzq2tWXpb9uYQygQQ4"
    "fYkBMoFp0b1DTettfchUok5Oy7g70bz6JFkzRzSvFuZZGfNMk01LMiF9NvgVHZcVqm61qk"
    "Wf8h9CzQS+0HdduWIWYUlRzKLNWhbdykW38haQEy3tVj6nOrKNoY5XiGxkK8toTY46zbVf"
    "nfEMlKjAXlt2QS1MHcN3bNsEGsLfqc0pW8CbyASya6Daxu9MADcy0v4AbGwhjZmmbnMVg6"
    "CNTLbMQYx1yxkOqD2bMHVr/aQiAS/eJ+3eIqGjg4hxEXaysJOFndzJ85Ywnn4INcdfX1zP"
    "c0xWGFBt1rQwoIQBJQyoLAPKc6qnGE2Buz3bUAp8+82n17P4+iB82KGoN9A06c8UNkjjNg"
    "i2N8u0XSAT2ECgmi22B+iGLDqGRQLLYhH1vmyb8xdO5oPJaH4DTFmDrEnF14eH2eOC/m0b"
    "hk6sJ/zwOPtpNKRXvFCHJ/x5NB09joc3wPkFSIkTIseJm1ehIRMrvVVTMXVFZ+iD0uY7rb"
    "GEiPFkMp5+vgFLpGlMU61QWwdzVkx7uWFdmLlrWcy/3t6PF05dit0cT3gwn48/OyUuvPgh"
    "NS+t5eFxJA0ns7lTEoNASdF006lu4V3z/34czR5GzqwE6gb0K28cXd8GQTpBVkZ/iP0aD8"
    "s3qHOsk42s8Sr8fvDT7PEGbOR/6eQJT2eP94MJBd6Z6wnfj6fOXUQvlFHOWRHlnGUr5yyh"
    "nLVOX9Vp3OWtrmtQxunnh5BUTCNLKlaXSnZXmrW5b2ezScTcvh3Hmx18vb8dUeAd3Okg5B"
    "oXadHkIiGy3oRIZEqa/sy5nAMhsZo5VjPFjLe1fUik1IqOM3Ut8nlUXwVV+DzKLPDuUaQi"
    "Q+9HUHOcI+PUdYq4UHirFb5ChAXuWvJqJdFpDfpLyyg+Zxrh+mqz/nfKYvUGyoSJJsSFvt"
    "usb88oll5lRJ9XhNN6kearPH0GofU2a11/gYQ+oZwWZ0hKmJwcJqepay+ljsoRQfFEtfmJ"
    "CjjuEnpOCAtdt1nXpfUsdNwZHVPUPd9jVMHzjaxpmSEKgVSPKqhcnH+83oUnsD/yIhPm9w"
    "Pmvo2/Al1gKFKbdM93dgfrpGQlHGyLH5VauliXJOvCcmLDavOGJcpq1xNY5RdL4QQ2KtWj"
    "t0F1wNoUE84w64iMADUJaqxzKndlvRRhAbOotd90rf3kPlEBtgWzBVq2dAvjGt4aM0rB5e"
    "wUFeCb7PDcT6TTt8kCkIfrrom1nLeWo6cn7sKGkZ0ZmqaE8EpPIbs52nIMnInG3jw92Zvj"
    "BoQPlUSgrB7YxyQA7JFO1lfQnL59rshBaA39efrzUMffNrHClqWh4muQ00WwZMuSlTWjuy"
    "ppHDzYTdfXp3CNWE3OlJhOfrC+BFP1ESkvFquSdXXvztUnqA5Mmw3FzSEFYrOSgsgTd6oy"
    "MHeqJnLod8bLIoe7qEcLIns4Z9REjpTHDlVD9q5rwSdWVQY5seNmZklHd+V9+dKSHB1eoE"
    "TyCmkQuGJQBZYOZOA9/X9wyxpvLWgCDb1AgNzyTmzno7eBTdcLAf906xw7SvhnWuHk6j+g"
    "SFr3Jth1qF5FznajOdshjSXRzU6giIn1rnLUpyJZFJ+ysyg+JbOEkUntgS030nG5HmZgnR"
    "fKwDrPycA6T2Zg0U+06N4qZafRZ0R0xOR6iPdZIbzPcvA+S2kBiP6TFn2InjO3aF+iT07K"
    "35+fX1x8PP9wcf3p6vLjx6tPH3YbdvJW3s59O/7MNu8I/knnkEjN2ndY7UUkgJ9vw3UCig"
    "r16SHreFetvqNqG5ouq3RvWW45S64lBIWneq+nuvnOWm1bv0V9UNmttVJbloXM0kqQ7R+5"
    "Fgc4+sbZj3DoeRcO1H2VAxN7Y9PN4QqwZEMWB+KwPBkUmT/gtAA/poTG7iXHvshYNYFuW2"
    "Bt0y/5biUrFHXgTgXcOnPmDSuWDoj+egqW9saAKlhunUuypW+QAmyDLiELGKw1mCOY5Mhq"
    "/JwDOo/xcgq9pW2qKn6RzZe9yFpqll2OnbsT6dNpsQFDN3HoOebW5nsRM7e2kJtx79YW8m"
    "4W4P0NA2L1nY617Q14XevgDfuCYKUTl4HfmhbcvD2ltyBm/2YNINYypr/lFNDdil7ZpnD9"
    "FU1ahN8P1YcVJVkbpvf5iSFBCHWAEKIbRmqEZ/YrP5DoIaFdfc2rFdE3Ul6F0HSUY2J9yG"
    "uruywnXeX8OEeEBMr7USZQNvk2jECiwWKnJ43AW0vFR7rBcuc+hUQE0ynoecEft5qC4+SP"
    "nadb8Jp7k8esfTlOxzT7fdI+0+wPsfp7zf6QR6HmTinBQx3y8wvTu1HT27CXGlJS317Zp6"
    "6IUO/o2erPtUtdTfEdZdce8cf3wghuuuQIYrlkFiTY7UcQY8D3VDYPS4pacxy15nxOYbXi"
    "BD0qKDDnwFzE1ZXadDpHo4qCJdVb7QQa2pYeT/lgjUkJYAUdIuiQVlvuvHSIKPpSR9EXf9"
    "+sbMUWD1PsKMKxN80hpUhEVj9frjqDHjWdqt6RZXpopnoumensmSkcpr+XZlOXfl/vIvnJ"
    "BiSmjp1wIlbtxwQI3wAZKLZp6RtIwJu1bAIZA69g2FugE+DYp94dQHSWf4xVEDREfZuWp1"
    "zfBx0QhClI1BpIVLiRUQrZlE2g7gT6R55eXRZhT68us+lTdi+ZJUufaokb54RgLxjVBhA/"
    "bqx2i6Iwasn6NmTTfNXp65Lu8yndZHMcL3FBgXcRvP3an9lZ9vsbK8fnaHE818nD4/h+8P"
    "g31gEbbWSyfcKDu2+D6XB0R0WGs+mdc1NWX9gvVSUTUpWozrjQ7d3V+NHmOD40r6cbPRKV"
    "1WB0hjbrb/B5NF1QBdFvY1GdRJrZ342+jSazh9HjDT0WvkBNp8fMZPN6Nu5h8Li4pxNJX0"
    "aDu5vQIVJaQ5k1Vr+7H0/ZMtgg3A4dB1+xrI6jM7RZx1Gtzr8+PMweF6zxvWHoxGKN7Gc/"
    "jYaLOXuIncKDZlLL7dAaMiUWt/3C29YrIteg488/HHfW74fhq6lBy4KEmoAGUlKoip/ms2"
    "nGSS1NOO4BRIoF/gc0ZNZG8pz8cWVjJ9ofLG2kWQib79nn/amuY0aOahhYEdUkwhDiEQen"
    "US8fmyAehiCcs9kbEivzO8Pa9mTHvnXBWevtG3vamG70cj33opKi502rPfJH6nnTMpX2sL"
    "tFyxAuHp9coLlFIWfRUerWdwT1+B5w1LL1ncRstUIaor9JMuStblsm/W/aHsoFnD/ngzPl"
    "j4KcAK0AaAaiNs53iA9Fy0ALNk0Hj9qFcFJkwopS40N93kM6z4RO09PldIyeG51cT2sZqx"
    "o1ZUSTkmJ40Z14SbdjaytBTKc79DGc+NON6GxFOkp0EzO3AL9b7+VgxJzJivfg6CJiKlQQ"
    "K81GR2BzBUk1mC282XoKGoH0u5qWgK3c02kTrdIn9CvRhs50PcVNJ+rBK2zG5ugpPi+QII"
    "qMKgmg9vQ98wNFCDThoeevB2+yRzZXXw+tJjRZV80DoZq7s/QWJPSMbYMNWiGycbA4FDBn"
    "xmFowr5i5zUXpTCFukodGF/e091LIFQMIemYuR0dhq2SIylv38Yu4nWcto1dQerAXJjCXW"
    "q5WzfytaptVzpBjssztX1j7LfGWzj6Lb3TmjiGYc/o5MgSi5J9HCOC4e7qhdo57tZOZiLU"
    "gJo5CvukRCqUd+c0LxlKDsbUWb9JpBg1mWJELV/fsCiaLBAS6WXay1WhtJernLSXq0SiAH"
    "2oOBD2hvcQ3Vqa73lNC5MIZ0erhkSaj1E9TjRcZdGoidCq7ACg6rN6f/t/BXL/Pg=="
)
