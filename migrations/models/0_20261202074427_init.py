"""Migration 0_20261202074427_init: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

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
CREATE TABLE IF NOT EXISTS "invoice" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(20) NOT NULL /* DRAFT: draft
UNPAID: unpaid
PAID: paid
CANCELLED: cancelled */,
    "number" VARCHAR(40) UNIQUE,
    "currency" VARCHAR(3) NOT NULL,
    "total" BIGINT NOT NULL,
    "note" TEXT NOT NULL,
    "due_date" DATE NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "dated_at" TIMESTAMP NOT NULL,
    "issued_at" TIMESTAMP,
    "paid_at" TIMESTAMP,
    "cancelled_at" TIMESTAMP,
    "cancel_reason" VARCHAR(500) NOT NULL,
    "reminded_at" TIMESTAMP,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "created_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "project_id" INT REFERENCES "project" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_invoice_account_6b71f3" ON "invoice" ("account_id", "dated_at");
CREATE INDEX IF NOT EXISTS "idx_invoice_status_3cd153" ON "invoice" ("status", "due_date");
CREATE INDEX IF NOT EXISTS "idx_invoice_account_1a3a6d" ON "invoice" ("account_id", "paid_at");
CREATE TABLE IF NOT EXISTS "invoice_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "position" INT NOT NULL,
    "description" VARCHAR(500) NOT NULL,
    "quantity" INT NOT NULL,
    "unit_price" BIGINT NOT NULL,
    "amount" BIGINT NOT NULL,
    "invoice_id" INT NOT NULL REFERENCES "invoice" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_invoice_lin_invoice_284bd5" UNIQUE ("invoice_id", "position")
);
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
    "idempotency_key" VARCHAR(160) UNIQUE,
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
    "invoice_id" INT REFERENCES "invoice" ("id") ON DELETE RESTRICT,
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
CREATE TABLE IF NOT EXISTS "invoice" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(20) NOT NULL,
    "number" VARCHAR(40) UNIQUE,
    "currency" VARCHAR(3) NOT NULL,
    "total" BIGINT NOT NULL,
    "note" TEXT NOT NULL,
    "due_date" DATE NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "dated_at" TIMESTAMPTZ NOT NULL,
    "issued_at" TIMESTAMPTZ,
    "paid_at" TIMESTAMPTZ,
    "cancelled_at" TIMESTAMPTZ,
    "cancel_reason" VARCHAR(500) NOT NULL,
    "reminded_at" TIMESTAMPTZ,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "created_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "project_id" INT REFERENCES "project" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_invoice_account_6b71f3" ON "invoice" ("account_id", "dated_at");
CREATE INDEX IF NOT EXISTS "idx_invoice_status_3cd153" ON "invoice" ("status", "due_date");
CREATE INDEX IF NOT EXISTS "idx_invoice_account_1a3a6d" ON "invoice" ("account_id", "paid_at");
COMMENT ON COLUMN "invoice"."status" IS 'DRAFT: draft
UNPAID: unpaid
PAID: paid
CANCELLED: cancelled';
CREATE TABLE IF NOT EXISTS "invoice_line" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "position" INT NOT NULL,
    "description" VARCHAR(500) NOT NULL,
    "quantity" INT NOT NULL,
    "unit_price" BIGINT NOT NULL,
    "amount" BIGINT NOT NULL,
    "invoice_id" INT NOT NULL REFERENCES "invoice" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_invoice_lin_invoice_284bd5" UNIQUE ("invoice_id", "position")
);
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
    "idempotency_key" VARCHAR(160) UNIQUE,
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
    "invoice_id" INT REFERENCES "invoice" ("id") ON DELETE RESTRICT,
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
    "eJztXXlz2ziW/yoo/7NJlZOKz2Q8U1Mly+pEPbLktZVMz7a7uBQJ2ZhQIAck7dbs9HdfgI"
    "d4U4REUiSCqq7uNokHSb+H493v/45Wpg4N+/1A06Btj/HSPLoC/3eE1RWk/5Pz9hgcqZYV"
    "vWMPHHVheMMdpH2HjqJ6wxUUjl/YDlE1h45YqoYN6SMd2hpBloNMzOgeIHmBBPh0QIeOig"
    "wbqEBzbcdc0TeWaTtQvwIQa2Rt0f8FqgMItJ1jYLnkif29dNgM4PUZGfA9+1jd1OjnIvzU"
    "2Ce4GP3LhYpjPkHnGRL6Ob/+Rh8jrMPfoR3+aX1XlggaegJYpLMJvOeKs7a8Z2Ps/OQNZF"
    "9+oWim4a5wNNhaO88m3oxG2GFPnyCGRKXflz5ziMvAxa5hBBwJ8fa/aTTE/4oxGh0uVddg"
    "LGLU/heInh0pynQ2Vx5Gc0U5yrAvpIjhHTzSTMxYT7+q7f36J/YV3p2enH88/3R2ef6JDv"
    "G+5ubJxz/8j46A8Qk9eKbzoz+896qj+iM8jCNQNWRRNjjwdycL7pw+zUc3SZVCmX79NMoh"
    "pjGYAxA3KIdDIpijhd8CziUgzke/zNnMK9v+l8EeTL8N7odfBvdvbge/vPXerIM3k9n0cz"
    "jcpPvX3+LT4WR27fEhdkqo9neYs6CHzyrJxzyi2AnvzLI+MOD09/yuGBA/Oc9sNX/4UMKB"
    "EG866m0K2uDVqf8uibFGIMNDUXPW9g1946AVLFjfCcoU3npA+j78n3rQb/NUKVvt49vRw3"
    "xwe5dY8jeD+Yi9OU0s9/Dpm8sUWzaTgL+P518A+xP8z2w68tCkt8YT8T4xGjf/nyP2nVTX"
    "MRVsviqqHgcyfBw+SnDZv2p2YHKCsAYe9+hE6xuP6ctnkyhcEkCCZrsg0H2G1iMKRKAGki"
    "cXqAmanUDt3D1UA6pMZF1+z5WvfMCyCP9kEoie8N/g2gN6TL+TijWYA2ugT8w3E/UM4D/C"
    "NRQ+jXYWUV83cn5yadHfT381dHyZaPAwHNyMjnKOhBqA/WrD/sqrW1FNnIIJVOk3ANOvk8"
    "mRt3wXqvb9VSW6UrCOqUCk21m0rwOyn/52Dw3V+xGFQEca8T2dTBzIPfzMUzOGWwLR7KvV"
    "6Sr9RMXqk/eT2GezT8oHrdTQEMJa1dhAwvFbjQ0Dy4JYf2diY03V/RdI1oAJRVSzp7truQ"
    "QruFpQRZ9NCKhaD6iIoBLA9ENgLkMLArNtvAd/g5YDXp8hztgbmviQR8xGxt4B5NjQWAJk"
    "hzaKN2yEgfB3NikGjkuw7XHhrTRYdNBgwS/nt6nESQl/Vwk/sn9yivkZQinrZ2V9dmhCTg"
    "UqQSNBlQqUVKA6JXemRX1eBSrpcdoT3aS7q1/nQmVdKnPVFChU2ZNX6qlbsE1cNtx6asMa"
    "mOl63ztP9fJeHZfpXGps0FZFa4Zh5F/VzJWlYqoMMQ3FgVjFTqAXhUPema+YqjDEfAWWyS"
    "AHqpN15NY1qVSFuqUKef/NwFrsQQzHS/9hNf8hshWLQMVWDZhn+jJNA6q4YAmnSFOQLyht"
    "U5hvnrSrcV7PZpOEsnk9TrvBv95ej+7fnHgsoIOQf75n5epnk+5S+1nRkc2AsBXXznOVF5"
    "4fhfTtydsfOn2k9NVF3u4Bw0SSGTbWwa3RE2tLcMGVGlsIXEJCVIOyU+e6QTKEtYT+HPaS"
    "TtwjJ5cVrpGTNOuiW4S9SlteGGQ7bbEUqQxR6LIBc8OsxZrXzJYmlLa2rVahGGj1GC9CFa"
    "1fKFfXrtNrbC9XcHgs+bDt7xYWC/yklW25RAaiv0mBmE6Xq0jwgBVON6KzrXsoVVUCTTNX"
    "K2TbdGqqRql5p2mjmPV7nVnq2nT33pThdHfebKIuNNVCimN+h3hfuCw0Z9OIipOmEkcxEN"
    "73+BrSeSZ0GmFxMleW4ZPsh1M4j6hAIfxiIm3f5TT2ZxEVJHoAL+gp7KyVhWowCXZPuCbh"
    "fNf+dOLjVovMtYFNaJnLoBsJ2/tj5c0iOEjKM7Idk+Sonjtg9SWaS0TIqPT4ZNJZFDoE21"
    "RzrGeFzYPZRIUNYSpLSNi4VxvR94ZqRnRxAaLa4QruLZ/e+bMICxIx/wm1vUHyZxEVJD/c"
    "bE+MhAvKS0Dk2nsfRmJFfTWbKpO08+XFa2UsgSVhWwnDrT+YL0+GBVgFipuXoIJBYDBnyS"
    "fspe2u2Avk2CBQVI6BxUK0XEIg1tbZSK4G5t8e1PVrPIQt5vb/TUZ7tRnt9Z3+rHxf/Qi7"
    "q4ynK4FxSNvlyK+j4ez2dvzwMJ5Nr0DkAXjE96Nvo/uHweQKEBaoaKvGI74b/GP2dX4FrI"
    "15mj9irFLAWEm8WNrTr67CTZI67tFTcfbKhkakXIA/nZ6enX08/XB2+eni/OPHi08fNpsh"
    "+6psV1yPP7ONkWBBThBTcJ7xRLLEabq8K3aMYzmrsLjPCtf2WXppe2oVX1hDnEQGNGQXrQ"
    "5114LKd8i1bJNU9SzcLoVfVQrjPSkJ4z3pexkgGYB1vHMGKbtLubNHY0Qi3cG1HVS+iMUH"
    "a4JGnv55+bjJGKodQwZrWL4CAl0SNxjTZFuLGezaAcGR7hhbXImAwXt6Wt+Ph/N0qmNyWb"
    "aKcsfWMXdkZgna+Ymlkeq7L8bcsV49xTpxKxWs5wPlmKZYUGa7jLhUxXgZrZKt1stivKvY"
    "COkqc1zvWxBIB9vSSHgII6G0QUkb1AGhb9IGFR0wu1jAI+r2kI5OwiM+wOl99N9f6ZU0um"
    "E272AOZvQe3zCTt38YHt7gnTjoM3zZltuWpJXGlU4bV9ii26XEckQmsxe7zF9pPGvKeIb4"
    "M0KTRNKqk2c+C28P/mzbDKUEWJrNDms2i5ZkDQiLFTGWRjdn/1aylSGJbiULGaonR/wwyc"
    "49Qb3ZKMgwFTXPhhhLUy0xHoZJsZWshkcDryK3F5N4DGzNtKAONAJ1ugSQagAVWAStVLIG"
    "zyrWbeCY7JFKHMpJoKv288Kkvzkn1LG2aWXZum7ZKGXZumbjXby9qzzTPcCDcpJKuMiiy/"
    "MKQF+eF+LMXqXskexMyrnhfn6YTfMhjijSxhCkOeA/wEB2Y4Lx0V+WLtYYhmDhIsNB2H7P"
    "Pu+vnKbJOqwjDKGEYSTTUC/dO+84afFgE6Qb6skor11Y0TtDlaHajlfPcQdGp2mlSbLLnC"
    "bwhV5Ju/kW4pSSy13msjQ8N1vYldc+mqGT6ErzaEvm0dw2FdGCbM9611dsM5s3H97DxLhd"
    "ExUnrSuJF8dlJqnFZkiTQWzSDNSmGYi39vReJac7Bm3CNHFexQZ0XmwCOs9YgKSFrVkLG7"
    "KVFf08xSKm7mp54ZZbekOkqVtsDxGu8952hyDwCdkOJKwRE73vDd+LxNugo2QW2auDgxvI"
    "tl1oKxokDloijeLD3yoldwbJhS1cyOgjVfyysspfgUs2Vf6JHcz7l38Kj/dempfKMWKFOA"
    "qOXX6MvvmTibSemtSkNlWUc5SpeIXlYn1qU89Z6lRC6VSMpbwlJeI0wulWl1Wk/8ti4f8y"
    "I/v/y1Wxg5wciAtXb5ykPXPqSafXcMx4qus7eXnidNJpK508PeBpM1uH18WTopLh71lgwz"
    "rfXLgmiSSsOdkwvrjPmQ2TIJLngHRHHtIdWWjy5ca2un2gr9gmd+52bI3IrLQnttUNVB07"
    "catCm7xrtkMb3vnt+dB7CmxKOOJOgWnU7rPpCpVn+Im3jCqx/CSGNVsSpqBs9DGIV4uRBa"
    "UPZSyy3UXYn6CqrShGIqCv+LSSr/i0xFd8mpONAX/PgXhOnxbkYQTjhcC3zIgx+mWesF9k"
    "kgA2NozJbPo5HJ7ODOh9jRi6pVbI2aFGzMPX69vx3KsRs5njEX+d3ozulfvRt/Ho71fAxa"
    "wIM4EvCL6yQuoPs8k3v6iMbRovsCN1ZFRsv/oyRdVNElHU0oD+B9slMlVmJ1b0zerqb/td"
    "MyjipDKFott89g/znficIJV87jKfpRelIS+KS0Hh7G6RoJGo5qDKyjIYvE1DkkTShZKF1e"
    "+6x4dqgkaCKv0nh6x25Z+c7dmhewts/IapgKuz6aS5J66VW3J27FCoCmziNKxQOyy4k6Tn"
    "ZAuuybu7U46TG1NzWb/iITuqPGdFxn2SHnJc5kTRg8GKFhu9tVDW1F0tILFZS06LIu7NBs"
    "Kp7CtgYgiI+eq16HzDOjYegzVUydtjAN8/vQePVFvTIJ3u6vTD6eXjUbZkVhMfsEeE72Gz"
    "0DoUhFpXgl+xK+dFNdwcrMuq/m9IRNJeWij6z5F20+SRNsYvJtJg3lEWvio9wlBsUGteYL"
    "3AB6zTOdg7/3mMIKwfLj3D7XqG++dG04m6dHhdaDf3g5/mV8CjZa4zv8GCi9myi7dbeMTD"
    "wXQ4mkyY70xjP9owuuI8w96lz3XPbihqcZ4JeNHKti7ttXVxTEc1+ESXDYkUXbhEl8SxYT"
    "o5AmOxxz0c3+KRznmad9bdvpFuMnAz51w+3HGaMq9cD9d7CfzMzSZjFX5E36a+I5N1yeK+"
    "sNir87ELjxOEMkShyzyWbcLE5u9G993lPk7RSk53n9MKlaFsvzBLZe03TSiAxpBUgC8qpQ"
    "lclKQJXGTTBAhcsZ+2WxBfglTuqy7vKxnEJ2K9645tmAby9lnaF3fefoxIwirDzg4Zdhas"
    "xhrAvYtm6tfy5Ujbj23cCtgeokR7T7Etr9DO12ORFW7bs/5iECoQFgwU5LBImSTWXvjTfk"
    "Dd+bOIszAbLVAZX1bFASrby1QGQSoNVar8NR4EQ+V85E3yW9XwNhl50kDkyYYNHHJmjESq"
    "RjnSe/xrZGAtNuSkyASMZGjEkNOb+qA9WsH0dzmKRYKjunqgSJJOJGhbjhZRV/maaRn4EY"
    "0EfmfgQwmIT9hIEImEflOml5gguKf6Ggu+7hnEVVXY5OrqUoexCVIXyKAX6bVqeFzK0T0y"
    "Y47LFBAjHK0sYsNr1kJidj92YUkN5KAaiMcCDjE5HC+gfPypinj8qVg6/pQRjmO7qLogES"
    "Nq7y77IJQYIb2O0oPTMTGikgfnwHLECDtkXSpF+CMqyhBwM7i1jDuZOyflB4HkB2mHOJAA"
    "waoF8KzqcLyAq/qsyqo+K17VZ9kUztxcrJIETnFysVowyO/QWUqmk8hAyr7wtPZqiJrDXQ"
    "wxRiLj/GQ3qZZgNYnOW18yTiIhlfaMQ0akemuxBmhn4Tz9WrpVcY1v2Qqoyh5SdfSQyq+E"
    "6N3zNSArdohvXBrqVBXEcEHn2jM3a73MkBkNas2AyYpJQWnDbNeGydlBXNTm4SeXFawRJ2"
    "klODJGsFepQDaSU+qoxDZM8sociWBEa8TS458VufhWq1rXtlXNglhnmPFBfnQ3mt6Mp5+v"
    "QED/iAfD+fjb6ArQIxm9wEfMqAfD4ejOaw+FTUehRyq0wi5TBy9a92waTKorqzOYvyMyhM"
    "LZQOuvYRdg9gKJzRkCnqWUcG+FWzdX9LMU7VnFT1BxbZgjoVybpgFVXBB4nztBCvkFnaEp"
    "6DdP2jVBX89mk4T1+Xqcrq729fZ6RK9cjxt0EHIK3FUEPiHbgWTHegopYllRocuOAFkh7o"
    "dgs/T3NGNFXxAV63yoxkkkptIzIT0THTdIcnomvP1dA7TX4TyCAhs/B6XDp0WHT5XqGJpK"
    "HKWGEhlDOk/F+hg9ATzlL4tHJ6N90coGRguIGZVa6ft9gfKcKQM2lUBHZNLwRNVok+S4En"
    "YA6ks0l4hQ2e5iM3k9K+shNqOoqNE32F5CUg9i82A2UdFCWDNXdBbFO7+Ug4HXxyPfJUZg"
    "kK0Hrq/EGHrTibrYfCmuBvnLk3YFE8D2jPJIN33NQfhWxeu5yf5dUamo3PW1Ww77EqXC+2"
    "FKKtAl+pmErTyoK6nAMR9Lk3iMYIENV6mOsRsuBS+TUVTOMzHdp+cYVSxqJrdWAn2upGNP"
    "/qgSx+OLjsXBPBvRcmtEj38heEO3NjEdADqPa0CwYL/TARQqoALmsALBbH8GdLp3JgabC4"
    "aSvECAHOCYQMUmC/sJB2ebmDbxAXs0MZXxRQ3EFx22M+yhLaOp2IpqwRVl0RUZF7TlEiqs"
    "2Ds5xdK00i3WabfYoXJLusbT2kue+6FVGy2Js/Z5PrV07Gx17Bwifr9ra7mGAP5NJa6yNV"
    "0fyOJp/2msC3Z0FwP8Q1NpsWoQM6ZuVw5iVtwK6oHFgKLCubG+omI7MV8BssErQY4DsSfL"
    "UwEcBB5J8Pps2hB40zPpnY58s6DSO7ARnRaYSzpDiPfbHE2h2c+qkqgQT4lwMt3LZfGVth"
    "ULmesvpJDLwtr5IpcjCgF1xgZilqGjIq7UlIhCuJDwZqqQyPBFWa6iH5BKk4LUdDumfZVo"
    "uvmxdjI+tMH4UFkHQIQ6AIkAoWJbQTqOaLvBwE5TVHAqEqi5hMEO4tSA/qOGnjzwxrWYPm"
    "YfA6rKO3Ts+/fv3/6ZKfPM/Uc1f0TVeabyl/gWG/sc6WLsliVAuhgbdjFCgkxdWZnYec6J"
    "PynxjKTo2hMVT047vZbj2asYvtpKnsWDGbOKslZjRGX2rN7euHngMfNUumWOrfhlELLola"
    "ZdJ+hazLYOT93eJltLfVHqix2Tvat4Rg8qfG8cpsWCd9ynul3ojvt0G67O5aiEvlVSRbpc"
    "2/d/2aZLNJj3VgrAbQrAxRXbt9dC6kP19qPJeDiaPoyuQjXsEQ9ubmbThysQ5WdxV/yqIi"
    "mfFAvKJ7k1qYpKHFUrStV6naMaq1KFFajC6lOPeDiYDkeTCXuosZ9sGOzpzWg4GU/ZQx1q"
    "LGlgpzpV9XPPpL9F2Um+yaGsxdcgwJkVS1/wbxLOqnhJKul+rOJ+1MyVpeK1wmsWSdMJh3"
    "YjxpEQNd9JnnP6z+HvBedGDqkAmJcFo4x+mScU0RDZN7eDXzzQN7Eok9n0czg8xonhZHad"
    "YQB2qAC8w3JP0gkAfSvL3UcNrjiDSDKE4uF9cV4F74vzYrzZuxTeQd0yDF+VQkdnqa2rYA"
    "ZZY5DD7GWZ3udVFwkjAmHamNYXxuOlpLO/chD9+WE2LQjlSZKlzd5Ic8B/qH5oN4bv0V+W"
    "LvZiDcHCRYaDsP2efd5fD3CTMpjKb9L0pXmcDNVkE6RvUgIpGPZu9RXTtDLKttNRtlT1Rv"
    "pOjE5SynKpXeayjZ6w6riESy5OEO0kpHWMo2nDUSWxmA0rMR5lBWMHkpW9S+HtDKF4mDcR"
    "xO6fQos1n6kuQyeDgqWTt71Yj1BG4l22OZRy4WYBTvoj+SDOpZXLuNiSvxPKubQS5WKUdz"
    "qLc2nlgSHDbg6ZppENFpHZGlswzr2TKkCdjdqRUG+BOvdiqg61bEXKizT3+RGXgWvAWeyE"
    "pByFoULT10g7lgBvAThjSOBO+8rW6jlArfGeoL9vFdUqYbpRmd7iON1EKd/tgbpRJWFvfL"
    "OhugSuzBfVUOh/2XOi2JBeZL6Z3qSrKXyv04lktZq2Q3QZBzhj32IkXQ7O7VLoG4tx4EQ5"
    "RiJRroYyspVE38qcG2tL8lWGvMVolMP4DmsMRsk5zDMMKPfh5s8gfbld9uWWXe98gRrF88"
    "gV0OUVQM9NzSQEFhRI23bmJmll+B/HievfUzu1nU1QyqCoTm+wkFm83tkMnXS1yKAC6cI6"
    "9JlUe03taJ9L8+gWaDNHYqeqYvldVXPMfJt2q8W2vU1n14bNeTHnXax3vZd2r76qiNWqYk"
    "GDaIm0jUk4PlCa99o07/Uw9Xuziix1vYI+S3lywAd/H4zn4+ln5W7wj9vRdH4F0jM+4rvB"
    "+OYKWCrSH/FPg7GXCr5UkVGUHX5UjZmpNLdKWW4lSW4Z+5YOV5bpQKytvc5fuVwt2i8Z0n"
    "pYetjdk4ygvqwUQH1ZEj99mc0rdKl2SlHjATtOI6Dt9qwCymeFGJ9lAtRNR82xjF+jp+I4"
    "spBEJMn7T6enZ2cfTz+cXX66OP/48eLTh81lkH1Vditcjz+ziyGBf05MqkMlQ16nRIJIuE"
    "TZZqoeRLJPBugtNpoEpbTRdNpGc+A0m66xtuk8Gx+1sKTPDpsrdwK5xzq9x1YmhmuFqdr7"
    "cL54Fsn+TrOfqWu7NBONyKQfscv8JVCDFAEFu6tFXmPA4js0S1lLrmqHdNv6b9BCY11FC1"
    "whvSwskla1fIR2uqxSpPIA6/IBJvtrNbN/QkWY2/+dppP+75LDiRfdLKGEd6sbXKa+NdgT"
    "KtrvNeAruB88fTRWyMKKbXiJ7xZ8s4fjHnlYBlIXyEDOWoGYfr288nR8qVjBdCM621ocHu"
    "SFddWTtSYsRnhfgLzAlAmdR6B7KGV08kIG9oTpLgplEGQdNR4G5S2qolCocMVtCYdSjHBc"
    "hfZ/bCxYEvPfEAPVAdoz1L6brkO/Hf0CQMU6sAg9DoBqs8Z7a/AKCZ3n9Znykp72XjM+TX"
    "VUw3wCugltQNcEJHn9/5r7INkAsFvRVz9q/5Og/ckjvptRkB6ugF92+BE/jO6/UZIrQIW/"
    "FxT86oPHVck+jc3WZqc/1VG8My3nFi0J80nSiWQaaznW51+uih0q8HMc8XESkZCvr1r4qq"
    "DmfcmCjmhEgrTlxSxr3guQ/dQxNaduWH3tg69ZV4xEpNOhNkwtYuquxuldSxJJXLd7KDZ5"
    "RHvadzcpSz2Dt6qFN75ft6foBeuwBlzvopkERTa5Zyv4fWSRwzpSSw+e/Og6C/P3W9aFK8"
    "/sF709LrX7eeOUsJlXo8mQ0pjWpjFNh7prQd7EtySVcDlvjdhrCNSQhWCedlsagxkRiWgZ"
    "a6KLnu0u/gnzxIKSFKyIRECUzyqt57OS9XyWXc8LU885M4r7n4bjhcC3LMCykbanMt/th4"
    "h1dRy4srjscHESaYlLmzcwPY6UAKIdNk8OudxBnd5BO9ZJbLssYpuyrUjsNVTbUSAhZo4x"
    "rVj0SFIJkGHfhviRsWYexoBxp9r2q0n0e2hD5yjHhpEccFxmxrCCoQrZjK0QwmRi+I5tfB"
    "Zi9B04JqC0QAXhZODN49FXzD6CvWPxQwg/0rlNQgdh+Ao0c2WpeP1fNlgiYjtsCMJv82KY"
    "GvwkaXfplt3FMb9DrDyr9jOPmpqkEs7uclnFGHBZbAu4zJgCpN70Q4gF8HcL0el2YHOSUr"
    "K502x27Z22coxMpvp2nL+c8R0xChmGsD0MwbVriUKomGXWNXCrunNjiyo/BuFQmpCf7pKr"
    "A20yYcq0n2iQdOD2aUcflygSHShf2uEKL41UL7WIqUHbzrNBFYOdIBLCB9Z0AgmBS8gqvn"
    "JlkSSIhFOQGwlMkDH3B4q5l1WQm66C3MNC7UF7WE7PwdHdaHoznn6+AgF9WTX2tOW50kVa"
    "6R4tuUazJXyDDF3easlpOgHcOWmoK53ybFgJ3HkBaI5LMC/cSSoJdkWwpeG5kAEiWayYx4"
    "2ZB3ZidIpW2ia7zGlZhrCZCC2EX0ykceZKJolkrmQ3ciUFhLTEli6LDjZYdLDtfMmOLd29"
    "0yXzUQ2OzRpwHUcziYls8oYpwLbYDxQLTXiprdDZ6KVatbO+nBKNljtLYFbsMttgutVvps"
    "CXqt6zo4HFzDDvTGysr1hUHyDmK7AgARsvAPBmOwavBDkOxABhrwQZnRfbqte3G5hLgBwb"
    "wOUSak5OuGAznyH9e93y73k85PXsJYjE84JcVPKCXJR4QS4yBpviqnL5EPehklxnXHnSxS"
    "RdTF1Z3TW7mEzX0Uy+SocxEgHxrf/00KETFJ6oinBEIZzDopF2ml6rp5edrNgpUumv6LQV"
    "O9Rl+Mp9JYhEuo2bsg3GQi33NLRUr3HeNYirWlqSq4vb0tKoDSGoCpZnPogKhpVYDmKDZM"
    "Rtn/b2cYlGrlFGc8nTwXjh9PBKsbUlobXZyFpZ2l2Wdu/6vdZCRG78m2VgLi5zkCITQPVp"
    "u8zSDuX0ZSX9H8lKdfT14aYdPb9mM5Ws715jcI2DtO/QURx6EvOczykyeT5zn88EOojsaK"
    "aKU8pQyy4bqWTs9A/BZtfSd2RzklKyudNsXhAV63wG5ziJjETdam324KrB1nwdztMvdKsa"
    "muOrao+APk0ljlJDk9chnUfkHq9Rr1DZDbfl0Eff7fANEtv/ukXei3DEcQUnhvISG1yrM+"
    "PX6AALP+M36eA4oIMjxumq1pgYiYBG3vMqNt7zYhPvebZ4Pl3xGlfpx4hCAlwBYEJvd5XV"
    "fctbx0y7KDITJMjKVIsegl4CMlMVctZo24J71xATTHLvGrx7i+4VSrKlzbZ7SqNzbxJxtK"
    "SmJVGvrU6+CBp23CmVPTeDmgyg+TWezRmUfflNCp1tCp0OcgyuoIINgYDyUCMNm/pYDMlQ"
    "MYYh76sXQ5oMplNW7yigf8SD4Xz8bXQFWNrbC3zEs6nyZTa5YYlzyrNp0BHD2e3dZDRnVJ"
    "vCHPTpYDocTbzaSRqDxdixfFL9MTiUH8SxOcXbBNGewm0377eKsi3EOi92MZIfGTnpnNsF"
    "yN55baRz7odgs6xqJGvFdEzXr1Qrpoq6H5Tw2FPfF67SSTKSTbW/71ucxNfR53QmgVZlG2"
    "YRD7Ji00iI6FbziOKEI5u1kTgb01doIjkGv8ZtNNJyIi0n0nKShvsglhPH1E1es8l8djOj"
    "W4NSPuLxVLm7n32mN+7DFUBYobucyZ32I76ezIZ/YwaRhWHS80B/xDdUOL0CuomhNJj0Tj"
    "6oqPbr9HLggy6i+JFxk+aSXYDsnR4tzSU/BJtDgZuvfEaCSJpLihOquGBN0Mgo8e01SSI9"
    "bU8bVMx137N1W7kmSWLL5kecZNdvDdCKFl2SBjaxaRO40m8Apl8nkwZrvcTssbZN2QLzbI"
    "O3Kl7PTfbviizbtRnmQW0SJfzyfpaSMkmFP5IwcyCVVtIXYmRHNInHC1Z79CrRSnPDpuBV"
    "nDQY4jwT0316zrwN2VW4GelzJYP/H6U2uAeqzBZEx4evjstsb3Zs0PZ6wID9gHcIvwczbK"
    "y9MrwPXwbvTi8uWQle9ucCqgQS4HV4B8gGtkPPDj2n7O9eU8laQh2z3TEeKc+qzRULnqQS"
    "r67QeZW6QufFdYXOZTemH1I9M1TbUWxI9wY/o9O0ktWdZjX83UJ0uh0YnaSUbO40mwl8oX"
    "fdbgU/4pSy4EeXuRzTEirKlzEKaVDbbvtx7Vq6Ke2q6nZjq2w1TsQWFW+SUZPRIg+UR641"
    "NPESkZXqFCmt2VHHpfqrN56BkiTYqsvOqYZpYviOHZvAQPg71TlVBwQT2UD1FVTX+i8bwJ"
    "WKjD8DFzvIYKqp34DGImilkjVzEGPT8YYDqs9mVN1GP6lKwEvwSZtbJCY6yBgXqSdLPVnq"
    "yb2Ut6Ty9EOwOX19ce3nFK1UoLrMaalASQVKKlBFClTgVM9RmiJ3e7GiFPn22y9BwOLro/"
    "Bhz0S9grZNf6bUQVrXQbC7WuSdAoXARgT1HLECoBvT6BgWGSyrRdSHtF3OXzh6GExGD1fA"
    "Vg3IGnl8vbub3c/p365lmcR5xHf3s59HQ/okCHV4xJ9H09H9eHgFvF+AtLRB5DBx8zq0VO"
    "Lkt7Oqxq7kDCIw7WHDNZYQMZ5MxtPPV2CBDINxqhNs62HOiu0uVqxTNXe9j4ev17fjuVe7"
    "YzPHIx48PIw/e2VAgvghvSyt5e5+pAwnswevbAiBimaYtlcBJHgW/n0/mt2NvFkJNC0YVi"
    "c5OL8tgkyCnIIeGts5HqdvkefYJCvV4GX47eDn2f0VWKn/NMkjns7ubwcTCrw31yO+HU+9"
    "t4g+2IU5J1WYc1LMnJMMc55NelXn2S6vTdOAKs6XH2JUKY4sKFlTLNk8aVfnvp7NJgl1+3"
    "qcbgjx9fZ6RIH3cKeDkK9c5EWTy4TIZhMika0Y5hPnco6I5GrmWM0UMy9klmM9x0h2WtFp"
    "S12HfB71V4qVPo9dFnj/TKQyQ+9HYHPaRsbJ6xxyyfBOM3yJCAvcddTlUqHTWvSX7sL4km"
    "mk66vL/N8wi9Ub2CVMNEMu+d1lfgdKsfKqIrpfEc7r11rO8vwZJNe7zHXzBRK6Qzk1zhiV"
    "VDk5VE7bNF52EpUThHJHdXlHRTbuHficIZa87jKvd+az5HFveExRD3yPSQY/rFTDKAxRiK"
    "gEqqBydvrxchOewP4oi0x4uB0w9236CvSBoUit8j3fxV2+s5S12GA7vFUa6fS9o7EuTicP"
    "rC4fWLL0eDOBVWGxFE5gk1QC3Qb1AetSTDjDrBM0EtQsqKnustyV9XKIJcyyH0Hb/Qiy50"
    "QN2FbMFujY0q2Ma/xoLCgFV3JS1IBvtgu2mEjnH5MVII/XXZNruWwtJ6Un7sKGiZMZ2raC"
    "8NLMMXZztOUYeBONg3kEOZvTCkQIlUKgqu/ZxyQC7J5OJipoXm9Dn2QvtIbhPOJs6vRtky"
    "psuTNUfA1y+giW6jiq9szMXbU0Vx5sphN1Fz4jVpMzJ6aTH6wv0VQiIhXEYtWyrm79uUSC"
    "as+02VjcHNIgtmspiDzxp9oF5l7VRI79znRZ5Hin+WRB5ADngprIifLYsWrIwXMj+sS6yi"
    "BnTtzCLOnkqbwtX1pRk8MrlEheIgMCnwzqwDGBCoLd/2e/rPHagTYw0AsEyC/vxE4++hq4"
    "dL0Q8L9+nWOPCf+bVzi5/g+okta9ik4dyleZs91qznaMY1l0ixMoUmTCVY76VCWL4lNxFs"
    "WnbJYwsqk+sOZGOk0nYAbWaaUMrNOSDKzTbAYW/USHnq1KcRp9QURHik5AvE8q4X1SgvdJ"
    "TgtA9O+86EP0VHhEhxQiOSn/dHp6dvbx9MPZ5aeL848fLz592BzY2VdlJ/f1+DM7vBP4Z5"
    "1DMjVrm7AqRCRAmG/DJQEliUTaZD3vqiU6qq5lmKpOz5bFmrPkWoZQeqq3eqrb76zVtfVb"
    "1QdV3Fort2VZTC2tBVnxjGtpgJM3znaEY/tdOlC3VQ7MnI1tN4erYCUbsjgQz8pTYCILBx"
    "xXsI9psbFbjWNfVKzbwHQd8OzSL/luqWoUdeBPBfw6c/YVK5YOiPl6DBbuyoI6WKy9R6pj"
    "rpAGXIsuIQdYrDWYR5i1kTX4OXt0HuO1KQhrtqmr+EWxvexFNXKz7Er03A2JSNJiC4puRu"
    "g55NEWehELj7aYm3Hr0Rbzblaw+1sWxPo7ExvrK/D6bII37AuCpUl8C/zaduDq7TF9BTH7"
    "N2sA8axi+luOAT2t6JN1jq2/pkmr2Pdj9WFlSdaWzfv8hiFpEOqBQYgeGLkRnsVXfkQhoE"
    "G7/ppXS2KulLIKofkop8hEyGtruiwnXeX8OCeIJMrbUSZQtfkOjIiixWKnR63A20jFR3rA"
    "cuc+xUikpVOa56X9uNMmOE77sbe7pV1za/KYsy3H6ZBqf2i0L1T7Y1b9rWp/zKPQcKeUaF"
    "PH/PxS9W5V9bbchYG03NurWOpKEAlnnq1frl2Yeo7vqLj2SDheCCW47ZIjiOWSOZBgvx9B"
    "ygK+pbJ5nFLWmuOoNRfaFJZLTtCThBJzDsxlXN1Oh07vzKiyYEn9WjuBlrGm4ikfrCkqCa"
    "w0h0hzSKc1d15ziCz60kTRl/DcrG3FVg9T7CnCqZtmn1IkMqufL1edQY/aTlXvyTLdN1O9"
    "1JjpnZk5NszwLC02XYZ9vavkJ1uQ2Cb2wolYtR8bIHwFVKC5tmOuIAFvnlUbqBgEBcPeAp"
    "MATz8N3gBisvxjrIOoIerbvDzl5j5ojyBMaURtwIgKVyrKMTYVG1A3BOIZTy/Oq1hPL86L"
    "zafsXTZLlu5qhRvnDKEQFtUWED9srHaHojAayfq2VNt+Nel1Sc/5nG6yJY6XNKHEuwreYe"
    "3P4iz77Y2V03N0OJ7r6O5+fDu4/wfrgI1WKlk/4sHNt8F0OLqhJMPZ9MZ7qeov7Jfqig0p"
    "S3RvXOz15mlatDmMDy3o6UZFol05mJyhy/wbfB5N55RB9Ns4lCeJZvY3o2+jyexudH9Fxc"
    "IXaJhUzMw2r2fj7gb381s6kfJlNLi5igmRyjNUWWP1m9vxlC2DFcLd4HH0FXflcXKGLvM4"
    "ydWHr3d3s/s5a3xvWSZxWCP72c+j4fyBbWKv8KCd5XI3uIZshcVtv/C29UrQtej4C4Xj3v"
    "r9MHy1Deg4kFAV0EJajqni54fZtEBSyyNOewCR5oD/AAPZjRl5jv6ydLEX7Q8WLjIchO33"
    "7PP+2pSYUcIaBlaCNZkwhHTEwXHSy8cmSIchSOds8YHEyvzOsLE+2ljf+uCsDc6NLW1MV+"
    "ZuPfeSlLLnTac98gfqedMxlgrY3aJjCFePT67Q3KKSs+ggdet7gnr6DDho2fpeYrZcIgPR"
    "36RY6tp0HZv+N+8M5QIunPPOm/JHQU6CVgE0C1Ed5zvE+6JloTmbpoeidiWcNJWwotR4X5"
    "/3kM4zodMIupwO0XOjl+vpWcW6QVUZ2aSkGl4Iv5iIXv9KoPnvh9bYn01QrOittaBXl7NW"
    "IKbT7XtkTcLpRnS2Kt03+omZ36zAr42zN2LeZNX7lfQRMR1qiJWxoyOwvYSkHszmwWyCgk"
    "Yg/a62I2HbbXe6xKh1h34lxtCbTlDcTKLvvcJmbA5B8XmBBFFkdEUCtaVHXBhUQ6AN95VV"
    "74LJ7tlcogr4NrRZB9I9oXrwZxEWJPSEXYsNWiKy8rDYFzBvxmFsQlGxCxqxUphiHbj2jM"
    "UX9PSSCFVDSDlkHkyPYatFJOXtcdlHvA7T4rIvSO2ZN1S5oy93m0u+tr7dSr0ocQ/ntrpM"
    "/dZ0u8uw/Xlew8s47AVdL1kSVrbnZYIw3om+UuvLzdopTBobUDVHY5+USRsL3hyXJY6p0Z"
    "gma13JdKw207Go5hsqFlUTK2IkQqYIXVRKEbooSRG6yCRV0E3FgXAwXEB0G2lUGDR4zCJc"
    "HNkbI2k/nvcwkYO1Re5mwtCKg6Xqz4D+4/8BMUWKlQ=="
)
