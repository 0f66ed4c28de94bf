"""Migration 0_20261202093950_init: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

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
    "referred_by_id" BIGINT REFERENCES "account" ("id") ON DELETE SET NULL
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
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
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
    "brand_id" BIGINT REFERENCES "brand" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "product_version" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(40) NOT NULL,
    "branch" VARCHAR(40) NOT NULL,
    "released_on" DATE NOT NULL,
    "brand_id" BIGINT NOT NULL REFERENCES "brand" ("id") ON DELETE CASCADE,
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
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT
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
    "account_id" BIGINT REFERENCES "account" ("id") ON DELETE RESTRICT
) /* A person who signs in: a customer (has an account) or staff (has a role and department). */;
CREATE TABLE IF NOT EXISTS "affiliate_payout" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(20) NOT NULL /* REQUESTED: requested
PAID: paid */,
    "requested_at" TIMESTAMP NOT NULL,
    "paid_at" TIMESTAMP,
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "paid_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "requested_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL
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
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "payout_id" BIGINT REFERENCES "affiliate_payout" ("id") ON DELETE RESTRICT,
    "referred_account_id" BIGINT REFERENCES "account" ("id") ON DELETE SET NULL
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
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "created_by_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
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
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "created_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "project_id" BIGINT REFERENCES "project" ("id") ON DELETE RESTRICT
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
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "created_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "verified_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL
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
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "brand_id" BIGINT NOT NULL REFERENCES "brand" ("id") ON DELETE RESTRICT,
    "order_id" BIGINT REFERENCES "order" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_license_account_2481be" ON "license" ("account_id", "state");
CREATE TABLE IF NOT EXISTS "cart_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "line_key" VARCHAR(60) NOT NULL UNIQUE,
    "quantity" INT NOT NULL,
    "added_at" TIMESTAMP NOT NULL,
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "added_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "license_id" BIGINT REFERENCES "license" ("id") ON DELETE CASCADE,
    "product_id" BIGINT NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "liability_entry" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "unit" VARCHAR(80) NOT NULL,
    "amount" BIGINT NOT NULL,
    "kind" VARCHAR(30) NOT NULL,
    "note" VARCHAR(500) NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "actor_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "license_id" BIGINT REFERENCES "license" ("id") ON DELETE SET NULL,
    "order_id" BIGINT REFERENCES "order" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_liability_e_account_ba94da" ON "liability_entry" ("account_id", "at");
CREATE TABLE IF NOT EXISTS "license_history" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "action" VARCHAR(40) NOT NULL,
    "detail" VARCHAR(500) NOT NULL,
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "actor_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "license_id" BIGINT NOT NULL REFERENCES "license" ("id") ON DELETE RESTRICT
) /* Append-only: a row is written for the account whose story it is (both sides of a transfer). */;
CREATE INDEX IF NOT EXISTS "idx_license_his_license_2f7521" ON "license_history" ("license_id", "at");
CREATE INDEX IF NOT EXISTS "idx_license_his_account_8340ab" ON "license_history" ("account_id", "at");
CREATE TABLE IF NOT EXISTS "license_subscription" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "period_months" INT NOT NULL,
    "renews_on" DATE,
    "is_active" INT NOT NULL,
    "license_id" BIGINT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE
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
    "decided_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "license_id" BIGINT NOT NULL REFERENCES "license" ("id") ON DELETE RESTRICT,
    "requested_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "source_account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "target_account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "target_license_id" BIGINT REFERENCES "license" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_license_tra_target__a4f342" ON "license_transfer" ("target_account_id", "status");
CREATE INDEX IF NOT EXISTS "idx_license_tra_source__9ca19a" ON "license_transfer" ("source_account_id", "status");
CREATE TABLE IF NOT EXISTS "license_addon" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "purchased_at" TIMESTAMP NOT NULL,
    "license_id" BIGINT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE,
    "pending_transfer_id" BIGINT REFERENCES "license_transfer" ("id") ON DELETE SET NULL
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
    "changed_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "license_id" BIGINT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE
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
    "license_id" BIGINT REFERENCES "license" ("id") ON DELETE SET NULL,
    "order_id" BIGINT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    "product_id" BIGINT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT
) /* A line frozen at checkout: name and price as they were, whatever the catalog does later. */;
CREATE TABLE IF NOT EXISTS "password_reset" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "user_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
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
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "invoice_id" INT REFERENCES "invoice" ("id") ON DELETE RESTRICT,
    "order_id" BIGINT REFERENCES "order" ("id") ON DELETE RESTRICT
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
    "payment_id" BIGINT NOT NULL REFERENCES "payment" ("id") ON DELETE RESTRICT
) /* Append-only: one row per processor event, written in the transaction of its effect. */;
CREATE TABLE IF NOT EXISTS "session" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "last_seen_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "revoked_at" TIMESTAMP,
    "user_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
) /* A sign-in. Only the SHA-256 of the bearer token is stored. */;
CREATE TABLE IF NOT EXISTS "signup_confirmation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "confirmed_at" TIMESTAMP,
    "user_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
) /* The one-time link that confirms a sign-up's email; until then the primary cannot sign in. */;
CREATE INDEX IF NOT EXISTS "idx_signup_conf_confirm_db6452" ON "signup_confirmation" ("confirmed_at", "expires_at");
CREATE TABLE IF NOT EXISTS "stored_file" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "folder" VARCHAR(10) NOT NULL /* PRODUCT: product
PATCH: patch
COMPANY: company
PROJECT: project */,
    "kind" VARCHAR(10) NOT NULL /* PACKAGE: package
ADDON: addon
PATCH: patch
DOCUMENT: document */,
    "addon_name" VARCHAR(200) NOT NULL,
    "is_free_addon" INT NOT NULL,
    "severity" VARCHAR(10) /* LOW: low
MEDIUM: medium
HIGH: high
CRITICAL: critical */,
    "display_name" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "stored_name" VARCHAR(80) NOT NULL UNIQUE,
    "content_type" VARCHAR(100) NOT NULL,
    "size" BIGINT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" BIGINT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "brand_id" BIGINT REFERENCES "brand" ("id") ON DELETE RESTRICT,
    "project_id" BIGINT REFERENCES "project" ("id") ON DELETE RESTRICT,
    "uploaded_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_stored_file_folder_c0481e" ON "stored_file" ("folder", "brand_id");
CREATE INDEX IF NOT EXISTS "idx_stored_file_folder_9a442d" ON "stored_file" ("folder", "account_id");
CREATE INDEX IF NOT EXISTS "idx_stored_file_project_d6c8e0" ON "stored_file" ("project_id");
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
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "assignee_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "author_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "product_version_id" BIGINT REFERENCES "product_version" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_ticket_account_708a5c" ON "ticket" ("account_id", "status");
CREATE INDEX IF NOT EXISTS "idx_ticket_status_6dcb68" ON "ticket" ("status", "last_message_at");
CREATE TABLE IF NOT EXISTS "ticket_access_info" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ciphertext" TEXT,
    "masked" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "purged_at" TIMESTAMP,
    "author_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "ticket_id" BIGINT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
) /* Server access details a customer posted: encrypted at rest, purged after a while. */;
CREATE INDEX IF NOT EXISTS "idx_ticket_acce_created_76d592" ON "ticket_access_info" ("created_at");
CREATE TABLE IF NOT EXISTS "ticket_access_read" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "access_info_id" BIGINT REFERENCES "ticket_access_info" ("id") ON DELETE SET NULL,
    "reader_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "ticket_id" BIGINT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
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
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "author_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    "handler_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "ticket_id" BIGINT REFERENCES "ticket" ("id") ON DELETE SET NULL
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
    "project_id" BIGINT NOT NULL REFERENCES "project" ("id") ON DELETE CASCADE,
    "ticket_id" BIGINT REFERENCES "ticket" ("id") ON DELETE SET NULL
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
    "actor_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "ticket_id" BIGINT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
) /* Append-only: who (null for the system), when, what changed, and why. */;
CREATE INDEX IF NOT EXISTS "idx_ticket_hist_ticket__cd12a9" ON "ticket_history" ("ticket_id", "at");
CREATE TABLE IF NOT EXISTS "ticket_message" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "public_id" VARCHAR(20) NOT NULL UNIQUE,
    "body" TEXT NOT NULL,
    "is_internal" INT NOT NULL,
    "from_staff" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "author_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "reply_to_id" BIGINT REFERENCES "ticket_message" ("id") ON DELETE SET NULL,
    "ticket_id" BIGINT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_ticket_mess_ticket__cb5587" ON "ticket_message" ("ticket_id", "created_at");
CREATE TABLE IF NOT EXISTS "ticket_attachment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "stored_name" VARCHAR(80) NOT NULL UNIQUE,
    "display_name" VARCHAR(200) NOT NULL,
    "content_type" VARCHAR(100) NOT NULL,
    "size" BIGINT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "message_id" BIGINT NOT NULL REFERENCES "ticket_message" ("id") ON DELETE CASCADE,
    "ticket_id" BIGINT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE,
    "uploaded_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL
) /* A file attached to a message; the bytes live in the storage under `stored_name`. */;
CREATE INDEX IF NOT EXISTS "idx_ticket_atta_message_7a050e" ON "ticket_attachment" ("message_id", "id");
CREATE TABLE IF NOT EXISTS "trusted_document" (
    "id" VARCHAR(64) NOT NULL PRIMARY KEY,
    "text" TEXT NOT NULL,
    "source" VARCHAR(8) NOT NULL /* BUILD: build
STAFF: staff
APQ: apq */,
    "created_at" TIMESTAMP NOT NULL,
    "registered_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS "upgrade_pack" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "addon_ids" JSON NOT NULL,
    "free_addon_ids" JSON NOT NULL,
    "archive" VARCHAR(5) NOT NULL /* TGZ: tgz
ZIP: zip */,
    "choice" VARCHAR(64) NOT NULL,
    "open_choice" VARCHAR(64) UNIQUE,
    "status" VARCHAR(10) NOT NULL /* QUEUED: queued
BUILDING: building
READY: ready
FAILED: failed */,
    "progress" INT NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "stored_name" VARCHAR(80),
    "size" BIGINT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "ready_at" TIMESTAMP,
    "expires_at" TIMESTAMP,
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "license_id" BIGINT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE,
    "requested_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "target_version_id" BIGINT NOT NULL REFERENCES "product_version" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_upgrade_pac_account_fdb726" ON "upgrade_pack" ("account_id", "choice");
CREATE INDEX IF NOT EXISTS "idx_upgrade_pac_status_f0227d" ON "upgrade_pack" ("status", "expires_at");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);
CREATE TABLE IF NOT EXISTS "file_version" (
    "stored_file_id" BIGINT NOT NULL REFERENCES "stored_file" ("id") ON DELETE CASCADE,
    "productversion_id" BIGINT NOT NULL REFERENCES "product_version" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_file_versio_stored__b26205" ON "file_version" ("stored_file_id", "productversion_id");
CREATE TABLE IF NOT EXISTS "ticket_license" (
    "ticket_id" BIGINT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE,
    "license_id" BIGINT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_ticket_lice_ticket__e32427" ON "ticket_license" ("ticket_id", "license_id");
CREATE TABLE IF NOT EXISTS "project_task_assignee" (
    "project_task_id" BIGINT NOT NULL REFERENCES "project_task" ("id") ON DELETE CASCADE,
    "user_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_project_tas_project_e89813" ON "project_task_assignee" ("project_task_id", "user_id");""",
        "downgrade": """
        """,
    },
    "postgres": {
        "upgrade": """
        CREATE TABLE IF NOT EXISTS "account" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "is_pre_sales" BOOL NOT NULL,
    "hotrush_disables_used" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "referral_code" VARCHAR(16) UNIQUE,
    "referred_at" TIMESTAMPTZ,
    "referred_by_id" BIGINT REFERENCES "account" ("id") ON DELETE SET NULL
);
COMMENT ON TABLE "account" IS 'One customer company: the tenant every customer-owned row points at.';
CREATE TABLE IF NOT EXISTS "brand" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
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
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "unit" VARCHAR(80) NOT NULL,
    "balance" BIGINT NOT NULL,
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_liability_b_account_472dc0" UNIQUE ("account_id", "unit")
);
CREATE TABLE IF NOT EXISTS "outbox_mail" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
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
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
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
    "brand_id" BIGINT REFERENCES "brand" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "product"."kind" IS 'LICENSE: license
ADDON: addon
POINTS: points
SERVICE: service';
CREATE TABLE IF NOT EXISTS "product_version" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(40) NOT NULL,
    "branch" VARCHAR(40) NOT NULL,
    "released_on" DATE NOT NULL,
    "brand_id" BIGINT NOT NULL REFERENCES "brand" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_product_ver_brand_i_30a6a5" UNIQUE ("brand_id", "version")
);
CREATE TABLE IF NOT EXISTS "project" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(300) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "starts_on" DATE,
    "ends_on" DATE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT
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
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
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
    "account_id" BIGINT REFERENCES "account" ("id") ON DELETE RESTRICT
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
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "requested_at" TIMESTAMPTZ NOT NULL,
    "paid_at" TIMESTAMPTZ,
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "paid_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "requested_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_affiliate_p_status_722a2c" ON "affiliate_payout" ("status", "requested_at");
COMMENT ON COLUMN "affiliate_payout"."status" IS 'REQUESTED: requested
PAID: paid';
CREATE TABLE IF NOT EXISTS "affiliate_entry" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(20) NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "order_id" INT,
    "dedupe_key" VARCHAR(100) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "payout_id" BIGINT REFERENCES "affiliate_payout" ("id") ON DELETE RESTRICT,
    "referred_account_id" BIGINT REFERENCES "account" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_affiliate_e_account_ac6f78" ON "affiliate_entry" ("account_id", "created_at");
COMMENT ON COLUMN "affiliate_entry"."kind" IS 'COMMISSION: commission
REVERSAL: reversal
PAYOUT: payout';
COMMENT ON TABLE "affiliate_entry" IS 'Append-only: the balance of an account is the sum of its entries, per currency.';
CREATE TABLE IF NOT EXISTS "api_token" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "scopes" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "last_used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "created_by_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
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
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "created_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "project_id" BIGINT REFERENCES "project" ("id") ON DELETE RESTRICT
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
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
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
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "created_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "verified_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_order_account_1e1d6e" ON "order" ("account_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_order_awaitin_5fba64" ON "order" ("awaiting_verification", "created_at");
COMMENT ON COLUMN "order"."status" IS 'AWAITING_PAYMENT: awaiting_payment
PAID: paid
FAILED: failed
CANCELLED: cancelled';
CREATE TABLE IF NOT EXISTS "license" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(16) NOT NULL UNIQUE,
    "url" VARCHAR(500) NOT NULL,
    "state" VARCHAR(20) NOT NULL,
    "holder_status" VARCHAR(40) NOT NULL,
    "holder_version" VARCHAR(40) NOT NULL,
    "domain_change_used" BOOL NOT NULL,
    "registered_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "brand_id" BIGINT NOT NULL REFERENCES "brand" ("id") ON DELETE RESTRICT,
    "order_id" BIGINT REFERENCES "order" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_license_account_2481be" ON "license" ("account_id", "state");
COMMENT ON COLUMN "license"."state" IS 'PENDING: pending
ACTIVE: active
NOT_ACCEPTED: not_accepted';
CREATE TABLE IF NOT EXISTS "cart_line" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "line_key" VARCHAR(60) NOT NULL UNIQUE,
    "quantity" INT NOT NULL,
    "added_at" TIMESTAMPTZ NOT NULL,
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "added_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "license_id" BIGINT REFERENCES "license" ("id") ON DELETE CASCADE,
    "product_id" BIGINT NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "liability_entry" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "unit" VARCHAR(80) NOT NULL,
    "amount" BIGINT NOT NULL,
    "kind" VARCHAR(30) NOT NULL,
    "note" VARCHAR(500) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "actor_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "license_id" BIGINT REFERENCES "license" ("id") ON DELETE SET NULL,
    "order_id" BIGINT REFERENCES "order" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_liability_e_account_ba94da" ON "liability_entry" ("account_id", "at");
CREATE TABLE IF NOT EXISTS "license_history" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "action" VARCHAR(40) NOT NULL,
    "detail" VARCHAR(500) NOT NULL,
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "actor_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "license_id" BIGINT NOT NULL REFERENCES "license" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_license_his_license_2f7521" ON "license_history" ("license_id", "at");
CREATE INDEX IF NOT EXISTS "idx_license_his_account_8340ab" ON "license_history" ("account_id", "at");
COMMENT ON TABLE "license_history" IS 'Append-only: a row is written for the account whose story it is (both sides of a transfer).';
CREATE TABLE IF NOT EXISTS "license_subscription" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "period_months" INT NOT NULL,
    "renews_on" DATE,
    "is_active" BOOL NOT NULL,
    "license_id" BIGINT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "license_subscription" IS 'A recurring subscription on a license (updates, hosting...); it moves with the license.';
CREATE TABLE IF NOT EXISTS "license_transfer" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
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
    "decided_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "license_id" BIGINT NOT NULL REFERENCES "license" ("id") ON DELETE RESTRICT,
    "requested_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "source_account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "target_account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "target_license_id" BIGINT REFERENCES "license" ("id") ON DELETE RESTRICT
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
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "purchased_at" TIMESTAMPTZ NOT NULL,
    "license_id" BIGINT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE,
    "pending_transfer_id" BIGINT REFERENCES "license_transfer" ("id") ON DELETE SET NULL
);
COMMENT ON TABLE "license_addon" IS 'A module bought for a main license; add-on transfers move it to another license.';
CREATE TABLE IF NOT EXISTS "license_url_change" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "old_url" VARCHAR(500) NOT NULL,
    "new_url" VARCHAR(500) NOT NULL,
    "is_domain_change" BOOL NOT NULL,
    "old_removal_due_at" TIMESTAMPTZ,
    "removal_reminder_sent_at" TIMESTAMPTZ,
    "is_correction" BOOL NOT NULL,
    "changed_at" TIMESTAMPTZ NOT NULL,
    "changed_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "license_id" BIGINT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_license_url_removal_76ffd0" ON "license_url_change" ("removal_reminder_sent_at", "old_removal_due_at");
CREATE TABLE IF NOT EXISTS "order_line" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(20) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "unit_price" BIGINT NOT NULL,
    "quantity" INT NOT NULL,
    "amount" BIGINT NOT NULL,
    "points" INT NOT NULL,
    "license_id" BIGINT REFERENCES "license" ("id") ON DELETE SET NULL,
    "order_id" BIGINT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    "product_id" BIGINT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "order_line"."kind" IS 'LICENSE: license
ADDON: addon
POINTS: points
SERVICE: service';
COMMENT ON TABLE "order_line" IS 'A line frozen at checkout: name and price as they were, whatever the catalog does later.';
CREATE TABLE IF NOT EXISTS "password_reset" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "user_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "password_reset" IS 'A one-time link to set a password ("Unable to log in", or a new company''s first login).';
CREATE TABLE IF NOT EXISTS "payment" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
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
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "invoice_id" INT REFERENCES "invoice" ("id") ON DELETE RESTRICT,
    "order_id" BIGINT REFERENCES "order" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "payment"."status" IS 'PENDING: pending
PAID: paid
FAILED: failed';
CREATE TABLE IF NOT EXISTS "payment_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "event_key" VARCHAR(250) NOT NULL UNIQUE,
    "kind" VARCHAR(20) NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "outcome" VARCHAR(20) NOT NULL,
    "detail" VARCHAR(500) NOT NULL,
    "received_at" TIMESTAMPTZ NOT NULL,
    "payment_id" BIGINT NOT NULL REFERENCES "payment" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "payment_event" IS 'Append-only: one row per processor event, written in the transaction of its effect.';
CREATE TABLE IF NOT EXISTS "session" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "last_seen_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "user_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "session" IS 'A sign-in. Only the SHA-256 of the bearer token is stored.';
CREATE TABLE IF NOT EXISTS "signup_confirmation" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "confirmed_at" TIMESTAMPTZ,
    "user_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_signup_conf_confirm_db6452" ON "signup_confirmation" ("confirmed_at", "expires_at");
COMMENT ON TABLE "signup_confirmation" IS 'The one-time link that confirms a sign-up''s email; until then the primary cannot sign in.';
CREATE TABLE IF NOT EXISTS "stored_file" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "folder" VARCHAR(10) NOT NULL,
    "kind" VARCHAR(10) NOT NULL,
    "addon_name" VARCHAR(200) NOT NULL,
    "is_free_addon" BOOL NOT NULL,
    "severity" VARCHAR(10),
    "display_name" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "stored_name" VARCHAR(80) NOT NULL UNIQUE,
    "content_type" VARCHAR(100) NOT NULL,
    "size" BIGINT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" BIGINT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "brand_id" BIGINT REFERENCES "brand" ("id") ON DELETE RESTRICT,
    "project_id" BIGINT REFERENCES "project" ("id") ON DELETE RESTRICT,
    "uploaded_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_stored_file_folder_c0481e" ON "stored_file" ("folder", "brand_id");
CREATE INDEX IF NOT EXISTS "idx_stored_file_folder_9a442d" ON "stored_file" ("folder", "account_id");
CREATE INDEX IF NOT EXISTS "idx_stored_file_project_d6c8e0" ON "stored_file" ("project_id");
COMMENT ON COLUMN "stored_file"."folder" IS 'PRODUCT: product
PATCH: patch
COMPANY: company
PROJECT: project';
COMMENT ON COLUMN "stored_file"."kind" IS 'PACKAGE: package
ADDON: addon
PATCH: patch
DOCUMENT: document';
COMMENT ON COLUMN "stored_file"."severity" IS 'LOW: low
MEDIUM: medium
HIGH: high
CRITICAL: critical';
CREATE TABLE IF NOT EXISTS "ticket" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
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
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "assignee_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "author_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "product_version_id" BIGINT REFERENCES "product_version" ("id") ON DELETE SET NULL
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
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "ciphertext" TEXT,
    "masked" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "purged_at" TIMESTAMPTZ,
    "author_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "ticket_id" BIGINT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_ticket_acce_created_76d592" ON "ticket_access_info" ("created_at");
COMMENT ON TABLE "ticket_access_info" IS 'Server access details a customer posted: encrypted at rest, purged after a while.';
CREATE TABLE IF NOT EXISTS "ticket_access_read" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "access_info_id" BIGINT REFERENCES "ticket_access_info" ("id") ON DELETE SET NULL,
    "reader_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "ticket_id" BIGINT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "ticket_access_read" IS 'Append-only: every time a staff member read the clear text of access info. Kept when';
CREATE TABLE IF NOT EXISTS "complaint" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "subject" VARCHAR(200) NOT NULL,
    "text" TEXT NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "answer" TEXT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "reviewed_at" TIMESTAMPTZ,
    "resolved_at" TIMESTAMPTZ,
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "author_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    "handler_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "ticket_id" BIGINT REFERENCES "ticket" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_complaint_account_169ec9" ON "complaint" ("account_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_complaint_status_5451a3" ON "complaint" ("status", "created_at");
COMMENT ON COLUMN "complaint"."status" IS 'SUBMITTED: submitted
UNDER_REVIEW: under_review
RESOLVED: resolved';
CREATE TABLE IF NOT EXISTS "project_task" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(300) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "starts_on" DATE,
    "due_on" DATE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "project_id" BIGINT NOT NULL REFERENCES "project" ("id") ON DELETE CASCADE,
    "ticket_id" BIGINT REFERENCES "ticket" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_project_tas_ticket__e6ef5b" ON "project_task" ("ticket_id", "status");
CREATE INDEX IF NOT EXISTS "idx_project_tas_project_8b16db" ON "project_task" ("project_id", "status");
COMMENT ON COLUMN "project_task"."status" IS 'TODO: todo
IN_PROGRESS: in_progress
BLOCKED: blocked
DONE: done
CANCELLED: cancelled';
CREATE TABLE IF NOT EXISTS "ticket_history" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "action" VARCHAR(40) NOT NULL,
    "from_status" VARCHAR(20),
    "to_status" VARCHAR(20),
    "reason" VARCHAR(300) NOT NULL,
    "actor_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "ticket_id" BIGINT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_ticket_hist_ticket__cd12a9" ON "ticket_history" ("ticket_id", "at");
COMMENT ON TABLE "ticket_history" IS 'Append-only: who (null for the system), when, what changed, and why.';
CREATE TABLE IF NOT EXISTS "ticket_message" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "public_id" VARCHAR(20) NOT NULL UNIQUE,
    "body" TEXT NOT NULL,
    "is_internal" BOOL NOT NULL,
    "from_staff" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "author_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "reply_to_id" BIGINT REFERENCES "ticket_message" ("id") ON DELETE SET NULL,
    "ticket_id" BIGINT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_ticket_mess_ticket__cb5587" ON "ticket_message" ("ticket_id", "created_at");
CREATE TABLE IF NOT EXISTS "ticket_attachment" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "stored_name" VARCHAR(80) NOT NULL UNIQUE,
    "display_name" VARCHAR(200) NOT NULL,
    "content_type" VARCHAR(100) NOT NULL,
    "size" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "message_id" BIGINT NOT NULL REFERENCES "ticket_message" ("id") ON DELETE CASCADE,
    "ticket_id" BIGINT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE,
    "uploaded_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_ticket_atta_message_7a050e" ON "ticket_attachment" ("message_id", "id");
COMMENT ON TABLE "ticket_attachment" IS 'A file attached to a message; the bytes live in the storage under `stored_name`.';
CREATE TABLE IF NOT EXISTS "trusted_document" (
    "id" VARCHAR(64) NOT NULL PRIMARY KEY,
    "text" TEXT NOT NULL,
    "source" VARCHAR(8) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "registered_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "trusted_document"."source" IS 'BUILD: build
STAFF: staff
APQ: apq';
CREATE TABLE IF NOT EXISTS "upgrade_pack" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "addon_ids" JSONB NOT NULL,
    "free_addon_ids" JSONB NOT NULL,
    "archive" VARCHAR(5) NOT NULL,
    "choice" VARCHAR(64) NOT NULL,
    "open_choice" VARCHAR(64) UNIQUE,
    "status" VARCHAR(10) NOT NULL,
    "progress" INT NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "stored_name" VARCHAR(80),
    "size" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "ready_at" TIMESTAMPTZ,
    "expires_at" TIMESTAMPTZ,
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "license_id" BIGINT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE,
    "requested_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "target_version_id" BIGINT NOT NULL REFERENCES "product_version" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_upgrade_pac_account_fdb726" ON "upgrade_pack" ("account_id", "choice");
CREATE INDEX IF NOT EXISTS "idx_upgrade_pac_status_f0227d" ON "upgrade_pack" ("status", "expires_at");
COMMENT ON COLUMN "upgrade_pack"."archive" IS 'TGZ: tgz
ZIP: zip';
COMMENT ON COLUMN "upgrade_pack"."status" IS 'QUEUED: queued
BUILDING: building
READY: ready
FAILED: failed';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);
CREATE TABLE IF NOT EXISTS "file_version" (
    "stored_file_id" BIGINT NOT NULL REFERENCES "stored_file" ("id") ON DELETE CASCADE,
    "productversion_id" BIGINT NOT NULL REFERENCES "product_version" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_file_versio_stored__b26205" ON "file_version" ("stored_file_id", "productversion_id");
CREATE TABLE IF NOT EXISTS "ticket_license" (
    "ticket_id" BIGINT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE,
    "license_id" BIGINT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_ticket_lice_ticket__e32427" ON "ticket_license" ("ticket_id", "license_id");
CREATE TABLE IF NOT EXISTS "project_task_assignee" (
    "project_task_id" BIGINT NOT NULL REFERENCES "project_task" ("id") ON DELETE CASCADE,
    "user_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
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
    "eJztfftz2zbW9r+C8S9vOuNkasdx82l3dka2lUStLHktOdtuvcOXIiELGwpkQdKO9t3+7x"
    "/Ai3gDKV4lksZMp60lHEh6DgjgPOf2fycbXYWa+W6oKNA0x3ilnwzA/51geQPp/3DePQUn"
    "smEE77EXLHmpOcMtpHyDliQ7wyXkj1+aFpEVi45YyZoJ6UsqNBWCDAvpmMnNIXmGBLhyQI"
    "WWjDQTyECxTUvf0HcM3bSgOgAQK2Rr0P8FsgUINK1TYNjkif29stgM4GWNNPiOfayqK/Rz"
    "EX5q7BNsjP6woWTpT9BaQ0I/5/d/0ZcRVuF3aPp/Gt+kFYKaGgEWqWwC53XJ2hrOa1foaY"
    "ytT85Y9v2XkqJr9gYH442ttdbxTgBhi736BDEkMv3K9DWL2AxfbGuapxQfcvfLBkPcbxmS"
    "UeFKtjWmJSbtfoHgtRNJms4W0ny0kKSThAZ9iRDk3kuKjpn26Vc1HQCe2Fd4+//Oz9+//+"
    "n8x/eXHz9c/PTTh48/fqRjne+bfOunP90vE6DlTuVgNv48ni7YF9LpEnNXIXvhT0dGtmRX"
    "ylFGgL6CDKovC363klpY0Ff5OohKxXRBf2RcFz7yIWV4UO904Q8JlBE8IQfQRgawi9GvDq"
    "wb0/xDYy9Mvw7vr78M79/cDn/9wXln670zmU0/+8MDLUyvJ7MrRw+h7UQ2v0HOyr9ey4SP"
    "eSBRCu/E4j8y4PT3fJc0iJ+sNf3z/McfMzTg401H/RCD1nvr3H0virFCIMNDkjlr+4a+Y6"
    "ENTFnfEckY3qon+s7/n3rQP+Tek7Xax7ej+WJ4exdZ8jfDxYi9cx5Z7v6rby5jatlNAv4x"
    "XnwB7E/wz9l05KBJj5cn4nxiMG7xzxP2nWTb0iWsv0iyGgbSf9l/KaJl90wqoeSIYA067t"
    "CO1jUd0zfXOpGKXhUiYvtvDO3X6SHvDAH63l22KPoRsVLot+7MOhj87La8+sa9sbmwJlXx"
    "SScQPeFf4NZRx5h+cxkrkAO+Z8osdhN1TA1/+ivNfzV4UIn8sjMxoguQ/n76q6Hl3rKG8+"
    "vhzeiEs8nUAOyDCbt7A96LamRTjaBKvwGYPkwmJ87yXcrKtxeZqFLKOqZXLNXk7Cie2Kdf"
    "7qEmOz8iFejAGL+nk/UHcgc//VwP4RZBNPnW5nwTf0XG8pPzk9hns0/ig5bJcfiw5uU5iD"
    "9+L88xNAyI1bc61rYDAJ8h2QJ2zQIyoE/XagU2cLOEBLAJgbWGgO6OMgHM4gT6yicvGK3y"
    "DvwCDQu8rCFOUB1NfMgjZiND7wFkmVBbAWT69MgbNkJD+BubFAPLJth0tPCD4ErafvCeZn"
    "AlxU2MQ9qPwrgoa1wEHG1xCyMhK8yMsmYG24ZhcSMvIibQF0ZeZ+AXRt4RjLyoQ64iulFv"
    "YLe2mdz2XuKISzH6knu5sKX3YBs5uwrb0g1bibrtfG+eeei8dZplF8qhQXuNwRmGgftZ0T"
    "eGjKnBxqwoC2IZW57t5g95q79gamYR/QUYOoMcyFbSz13XpMJca/ERepphrjn/TeCf7mD1"
    "xwv3aj73KjIlg0DJlDXI4/F0XYMyTlnoMdEY5Esq2xTmu1cOaxVfzWaTiEF8NY5HCTzcXo"
    "3u35w5KqCDkJVyU1/r9Fk215KKTAaEKdkmL5IgdZdJlT/c9f3HZjee87OLny4+vr+82O03"
    "u1eytpkk1N2KIDjsBsPuLjOsbb2zpSOMkHcMZhJCBK4gIbJG1akWOkESgrVERh33KI+cI2"
    "eXOY6Rs7jqglOEvRUnfRhkpR6xmKiI4GgzybpT1nJbguGLywqaryaeKQRtPXSIb/R1Sxf5"
    "7fX4SqzkAPf3Lxe26s7wfoEf5e1WK6Qh+pskiOl0XIujCFj+dCM627aD169coCn6ZoNMk0"
    "5N7S2Zu+02iVm315khb3W78kPpT3fnzNbXhSYbSLL0bxBXhctACzZNX3FSZGJJGsJVt69r"
    "Os+ETtNbnPSNobki1XDy5+krUAg/60ipupzG7ix9BYluwEu6C1tbaSlr7AZbEa6JP9+VO1"
    "3/cavlzrWDrdd3Lo0+SNisjpUzS89BktbItHTCMT1LYPUlmKuPkNHb45NOZ5HoEGxSy7Ge"
    "FbbwZusrbAjTu4SArfBqI2plqGZE7S9A1DrcwMr30zt3lt6CRPR/Q6UySO4sfQVphfj+8w"
    "IIzenBB9VPdKKesjJukF9FlHoXChmByDaeiKwy2kr5VhGoB3eqOyrSW7TMysdbvyITm005"
    "izLHvJjCBLecEVoYcQW4g4vlm7EgQI8KcBK9MPBcMCyJi71p2hv2BrJM4Jm+p8BgYYQ2IR"
    "Ar22S0YQPz7w88/D0cZhmKOPmXiEhsZUTiN/rj+fEkI2xvEk7WiCZ82TZHJ55cz25vx/P5"
    "eDYdgMD59IjvR19H9/PhZAAIi7o1Ze0R3w1/mz0sBsDYeUaKRzXmCmrMiGmMR6PIG/9pKp"
    "ACtpMR6S+ls4/8jY//dKSE2IVk2vxUlIy1ep9jcb9PXdvv40vbsei5oTepKzss0qOIm9qi"
    "Q1Wo2gaUvsFCyzYqVc/CbVOIYK5Q87OMUPOzrlfyEkGCp6UzsdlZWiYLOyQnjuHSx7B7Fy"
    "uMf0SsRyfFwRPgowGB5QNla3ggXq1GMqJlQ9b2wSJl27YxFUgbDi3BSJjsPT0o7sfXi3jK"
    "cHTxHhTllq32wvHIGWjzE7QDq7sqxoUjHDuKdeSQS1nPR8rVjqkgi18NtJSHYA1WyV6GNR"
    "3vPDwmXWWW7XwLAulgUxCZRz8HTzOITMGTCZ7siNA3yZMFO1EZlj6QPhzSwZZ5UgxwenD9"
    "/YGeXaMbxst7czBifnzDaHl3yzw+KR85ERJ62ZcjGpUVBFCrCSC26MpUcg/ERBZwm/UrCL"
    "6jE3yoVAp2VE4QSuUpPv88KpUHnxAWmhDUXheovWDh1oBwvyLv4uhynvJcfB4S6OZi8VA9"
    "1RuOU4agI6g3G03qJ4nzeM5QAnkGwemnq+diNk+GTocAJ7bzFJiKbkAVKASqdAkgWQMyMA"
    "jayGQL1jJWTWDp7CWZWFSTQJXN9VKnv5kTMlrbtKJEZYsvHacZPKooUdls3JDzkEtr+rAU"
    "QTkq1bsIrcuLHEBfXqTizN6KcaZs8+IchT/PZ1M+xIFEnLBBigX+CzRkNnaDPvnrysYKwx"
    "AsbaRZCJvv2Of9rSB9WgeDwxCKkDeJ3qLxNqKnUVaGTRDvLSqi5cqoonNkmiabllO7tYSi"
    "47KCNm2zpgl8pkdSOf9HWFJouc1aFuT4sZ3r3ulXgppNiAo1CGa29m2uCjPL7YYTLNvDEY"
    "ddxTbxiPPhPU4I4BWRcZTYibxxmsWGLXdDmozxEwxUKxmooiXuK1W2b5kCIqzIRR766SKd"
    "fbpIkE+C3GuW3EOmtKGfJxlEV22FF426pwVNXPqAXWj8dd7ZJjQEPiHTgoQ1hqMXA831dB"
    "XtA5Qxi2gJVEAbyDRtaEoKJBZaIYXiU7wjE3cGoYU9WkgYLnl8x6JGaIrbOFY8jm3M1YvH"
    "+dt7J5mtbIxYLZWUbbc4Rl/dyfq6nkSdvcOHauzq1HMs03AN+3TjdFcxXxior9NAZbovWm"
    "IlLNM7Q/Uyjyl1mW5JXSYMqT9sGVvI4kCcusbDIoejus+aXem1FQaSVbWUty4sJ5zvwlnX"
    "DbUex1nnPislXHUxQZFBUVYDfhOHogqIygn8S+dyuWZb8VyuiJzYgoSjuvYjvnZHdSrHXx"
    "jb/IRQV7GNPt/7sdUCHrEitvkZyZZt4HmhjR5d+6H17xo1YNvvtKzYpaxwXlajJNauiSCP"
    "xQp3GMygsSLDmq2llFIT/hSEyyyJavGtuE6cZjBfpr30+97kJb5CIj2MIjjPFUVwnhFFcM"
    "5JEYLfORAv6KspyUHe+F7gm8XIjH5dRMiYRGbKjpCZzKaf/eHxdJXOF1eij9QGWSWKK80f"
    "rm7HC6e40m6OR/wwvRndS/ejr+PRPwbAxqzCOoHPCL6wLgnz2eSrW43J1LVn2JICTDI2X9"
    "zLR96HJJAopal2XmIO9pSI/K1Squgahew+9mXTesKiIq+n3Xp2N/NSeo6ICj23Wc/CJXRs"
    "l5BNoeP3uMnEPywm4C8NPytToqX0GMrCPyon/EFl8XebpBaGPyIm0BfOoDY5g/j15Nwd+3"
    "CkemeBDZ9sOXC1dh2SK+Kau9Vyy7aOvMBG9swc1fm8I064gfbgGr0KtMoLdKMr9gZi65pt"
    "VY7nJeELig85zfIIqd5gSQmN3luKbmpvlpCYrHmwQRF3ZgP+VOYA6BgCor84zYTfsJaxp2"
    "ALZfLDKYDvnt6BR2pRKpBONzj/8fzy8SRZlK6JD6gQe33cHMoWRf3WlZ6a7m56ljWbg3XW"
    "1XEnIqymavfG42xpY/ysIwXytjL/rcwtDIUGHcylraY4tFU6B3vPfT0k4DcHKObmfi0+7o"
    "ox7xne6+65+lQir6yibr6b++GnxQA4ssy953ZPsTFbduFeKo/4eji9Hk0mzL+nsB+taW1x"
    "8GHn0C90zu4kanHw9fCgFT2bDtezydItWSvIevki4upSmnDEusW5MKZHBfjjD7ilF9zNWx"
    "sSsLvdJOBmDkQ+3GGZLM9hB9d7BvzMFSjiKV6j/1UtqWRVqLgrKnaq1JTRcURQhFG0Wcei"
    "B2C/9buzfcucxzFZoen2a1qidyjTraqT2/qNC/bAYogawB9ypTJ8yEhl+JBMZSBww35auU"
    "DDiKh4rtr8XIlAw9deKL5lD9fR6h+wZLcy9Q9CcgJ/EfFW9ylTf8Sbt2ZrAPcumKlbi7xA"
    "+YPQ450D22M0Qegottk9EIo1UGVF+irW4/SiFPwqkj3ZLGJsyNaJvKoG1J07S38WZqNVS8"
    "PLKj02Zn/tUi8+pqHypb+H42+oiYGcSf6VN7JOBL00EPSyU0N+aMMifTLJaiumGf4aCVjT"
    "OaSYWA+DKBrhkDpTC7ZDK5j+LksyiLdV5zdUo3J9gvbQiaEbvmWaSZbtZATwpYH3b0DFLh"
    "sRoT6hX2lHyaBeQhfBiuZrKO67YxDnNWGjq6tNPfwmSF4ijR6kV7LmaIljeyTGnGYZIJo/"
    "WlqGhtdshYR4P3ZgVbNARHW5erfidFPF0VWB+7Q/vocX6Y957tEf06/RHxO36NDjln99h4"
    "QOd+j92INFLjyjwifUXkXU6hM68s1khC2yzbyXuCNy3krgbvDB0gdFvVtxI2njLtH0jURQ"
    "IEe6krAaCUVWtT++h6v6fZ5V/T59Vb9PJq5yM9Ay0lb7k4F2AF9AiQZmIolGhI92SK3Hsl"
    "KtMmUqQ1IiaLEs9qJp2XHx14laokRoWEpgL8iZdpIziXVeA7Qzf55uLfC8uIYf7ByoilZl"
    "dbQq49eodO4XNSDb7wjo8C2sVfUp/QXNJWd3az2LlQ0GHYyNZWW+oCBkW0rIfoOFalZ5w3"
    "tXevPsMge1cha36ANmhb0VCwgknGpVGUQ34VWq6gMj2Aht5W4qXHzzFR48NEVoQKwyzIpB"
    "fnI3mt6Mp58HwJN/xMPrxfjraADo3o2e4SNm0sPr69Gd04UM65ZE915o+M3Mjl53cK1r7P"
    "qXVSqS/0QkBHtH6NZfhtDD7BkSs2AofVJSwL0XblXf0M+SlLWMn6Bkm5B3ldF1Dco4JYGB"
    "O0EM+SWdoSnod68clk+/ms0mESr9ahwvkPdwezWiR66jDToIWSlkE4FPyLQgKVkSIyYsim"
    "K02ashivy9CjUL59WRCfwlkbFaGP6wlABfeE86gr3wnhzHe+JsFzVAe+XP01Ngw9uqcEod"
    "0CmVp8CJIhNLqqHKyTWdJ2eJk44AHvPphcPBUVW0kpHoPcSMXpjp+1WBchw+QzZVj7bIKO"
    "dFLXidcLwYJYD6EszVR6hMe7mbvJ6VNQ/N2FfU6DvYXEFSD2ILb7a+ooWwom/oLJKzf0lH"
    "A6+LW75NNI8LrgeuB6JdO9P1dbG5t7ga7l/ObbfHFzDbeCKyCiWDYlIRqgd3qjsq0qdlVT"
    "FuJ95gmQPyrYy3C539O6cJlrvDcrsiKzJMMOeHSbHQpeBnErb4oCrFQgFdLHXiKIJFoAxi"
    "3Zl3WvLejMbFWWui20/rkFQoDopbHIS+LsVDif7ME5nlXrTTw7N2F/G9MVru8ekM3dsweA"
    "joPLYGwZL9TgtQqIAMmGcReLP9BdDp3uoY7I5jKvIMAbKApQMZ6yyQyx+cbBjcxAdUaBgs"
    "IsaOGTF23HbNx6alY9Ey+cJlsuJlEkEFhk3oHdAs5eaMywpHZ6sdnUdMVGqbWo/UXsCNqt"
    "tZqcX7DPAnEB64mjxwx0gGadujUUM2yK7qXdbirw/k/tE0caxTnvs2Zov4nHa6VRJivffb"
    "JSG6PYdlYjCgqF2gbQfUYiD6C0AmeCHIsiB2zAh69wee6xi8rHUTAmd6ZjjQkW+W1HAAJq"
    "LTAn1FZ/Dx/oFjpDT7WXmyXsL5NdYJfVuUJWrPKZNl04gqGL28X7MciWJh8IFED83VBgLg"
    "oSWjQnlOgUTv8guaqc8jYmFFIZfXir3gR4Q13jZF1GCN8wM3RbBxg8HGovBFHwpfRKLN0v"
    "mMeFDaflLDjEvk8LkSqNiEwQ7C0oD+I/uOTvDGNpgpaJ6CNTVt6Nh379798BdGODDvqAle"
    "kLV2aIkM12tjnyM8sC0+hU+FB/Z4HlhIkK5KGx1ba04cT4YzKCZ3uJvn2XmzK762PmmE/v"
    "gXU+KxMoxwS0vTDgllcW6dPZp54DEKLd5ry5Tcuh+c7TerzkBE7oDlBfy9ubPVBYQFKizQ"
    "timiTn/wUa/zOzdx+lU+7Enef40Pe7IbLnBnyYS+K8Xq3Nmm6/UzdZsokPeuuFK38kqd3s"
    "FhfzmxLnRzOJmMr0fT+WjgW4CPeHhzM5vOByDIMyxcNC/P3fss/ep9xi3rllYlLF9dt4OX"
    "CquxsJtfxM0v4PaIr4fT69Fkwl5U2E/WNPbqzeh6Mp6yF1WosOSXUqXe6teeTn+LlHVjSq"
    "9ekZSsxWvShp2tNtPJO3IKFpaMSgmnax6nq6JvDBlvpaJES1yud2g3Qrf4qLmhAZzdfwG/"
    "p+wbHNEeYJ4VgjP6dRExbX1k39wOf3VA30XgTGbTz/7wkCauJ7OrhAKwRW/KJZZ7VK4H0B"
    "9kubuowU3B0JmEYP/w/nCRB+8PF+l4s/dieHul/zB8kVJ9rJnsWcoMokxnASLN0J3Py38l"
    "DAR60yi5tpugW1qB/cVB9Of5bJoSlBQVixPpSLHAf6l9aDaG78lfVzZ2IizB0kaahbD5jn"
    "3e345wkjKYsk/S+KF5Gg1QZRPET1ICKRhmuRKlcVkRW9zq2GJqeiO1lKKjkqLicJu1bKIn"
    "LFs2KXQvjgiVuqS1TKNx4ijXtZgNyyCPkhdjC5KNWaZ2fUKwf5g3Ebrv7kLLbWHnZkJURD"
    "iLCOeOKiC4dZV4EDjC4lEoq4moz7SwLrji4sEorY6og7uwOrjiQh1V1VH2vOCKi71KRCXV"
    "bfXVnxeTjKUR6TF7MOaehTmgTgY1Caj3QM095/JDLZodF0W68P4RvqTXgHO/M8A4Fk2Ott"
    "IBISAA3gNwgjspnGeXLOB0hE4BHUG/alXfPFHMQZHt9DDmSCHu/XHMQR1wZ3yzkcwEbvRn"
    "WZPof9nrRDIhPchc54ROV5P/vkonEiWMWhvBzFRVMDQwJNLm2OU2RQayEJCCKIdEBMr5UE"
    "amFOmMy9lX9mS7JcQPGKxzHNdqjbE6nF0/oYBsFzd/BuHqbrOrO+seUCyOJX0esQLavALo"
    "vqnohMCUqnn79tyorIiOLLDjuudUqcbWEUkRM9bqB8xXVglXc0JUOG9EzEWHFCC8Z0ep8R"
    "5sG4KZ3QNtYodtVQU0tx0zh2Hc9WlOpxV3LaEbZhJDfkM/ZWZXBv1FRqwuGYvSRCuk7Njo"
    "8EDBLLaSWexgUv5uuRnydgNdxRfJzh/+YzhejKefpbvhb7ej6WIA4jM+4rvh+GYADBmpj/"
    "jTcOwk6a9kpKXl7Z/kU3ksATFX/mFG+mGCWlPhxtAtiJWt0y2Pq9W0pyohWo9Kj/uMRWPb"
    "L3OFtl9mRLZfJjM+bWoYU9SKgB2W6SFt/D4Hyu9TMX6fSB3QLZlDymdGxPki4iJfPmTXol"
    "fIov6QiFDvUpibqUcRXJISQO+hhyKSgh5qNT105ASotqm26QwoFzW/2FKJh4s7gXjGWv2M"
    "bXQMtxKzyatoPn0Wof5Wq5+Za2X66gZiwoXZZv0SqECKgITtzZLX0TL9DE1K1pJF3CLbtv"
    "4TNJXVi4Ke3iUpTV6UfImbWi5CpQ6rmKjYwNq8gYl+b0fmNHyLuYyPPi4qfPRltbDbs0qo"
    "ISkr9FCTq15kBjbYoyzYPmrAt+e++vhOmyNJLbQtCHz34JvcQiukqWlIXiINWVsJYvr1eD"
    "ULi2WqedON6Gzb/uiAF6NWT1JfbzHCVQFygmcmdJ4enUMxvsuJVqgI010QRdGTddR4qJaz"
    "qNLCtfwVtydkS9L8cTnaUbKxYEX0/0AMZAsoa6h8022Lfjv6BYCMVWAQuh0A2WSNILfgBR"
    "I6z8ua6pLu9k5zSEW2ZE1/AqoOTUDXBCS8fpTNfZBoSNliq+AUiO458e45XvOcR3w3oyDN"
    "B8AtWv2I56P7r1RkAOgt8Rl5v/rosV+ib2izlf3pT7UkZ/MrthlF5QR3V5o1+sOWsUUtgw"
    "IuiLBIn5Cvr9b8JqVjQhYZvUnpkdBpSA+8mEXHhBpX8RFzvlpmEh1nMbv2TFH0w1JiJym/"
    "kxBdtZXiPsWonFBAXV6UXT5WRQ56l/rVMSXkZaHDj//+VEdvtdaA610wU0+RjT7ZOXxTok"
    "5lHSm6R08ita2l/v2WtY/jUZPBu6eZ3KQzTvK70DWaVCoIv1YSfipUbQMWTSCMSvUud7AR"
    "TolABRkI8izwzFjWQKiP7F0TfSJNe/lvyLs/ZKSyBSI9RPl9rvX8PmM9v0+u56WucvaM9A"
    "6//vhe4JsVqNpIY1+RN/gqYoYtC26MQlxhWESwhXHCBNPtSPIgKvHwcMTFE9TqJ6hkqctD"
    "V7Y85N22T+rVZNOSICE6h3VLv3pEpXpQqeAQ148E7XkcpuNONs0Xnaj30ITWCYfsiA44ze"
    "I7DG+oRHZjc8Rj6Ri+ZQ8+i5f6BiwdUFkgA38y8Obx5AGzj2DvsWAohB/p3DqhgzB8AYq+"
    "MWS8/R8TrBAxLTYE4R94AVkNfpIgaDpK0Fj6N4iltWyui9izUaneETSXeViDy3TS4DLBGQ"
    "gD61XcH+B3A9HpSqg5KinU3Go122apRzkkJnKrW67f4jEoISERAVFXBIRt1hIAkTMJr20q"
    "yOtJDi09fvjDsWwrNxuIa1XtEoWy7KlgkPAdvzrTpAUVaFtcpKeRArQG0RVomjz6Kx3siF"
    "Av3G9N59cQuIKsaG+hJJuIUO9M7kZiIkRKwrFq44hC1okgiTwhEvkLWXew1r7Xhbig0+Lk"
    "bjS9GU8/D4Ann1VQP0565zpIc52jGcdosgqzl+lctOB1XK4HnqQ41Ll2eTYsA25e7JtlE1"
    "wU7qiUADsn2ILKTlVAnzgw5uxjPEIpRcdkBdvZZk2LSpJHvi0j/KwjhZ9zms41RYR6lHBa"
    "W3DekVJJ24mqKAd5bEXkJfMLl4M8dJZoyxZ45SRRPqre/loDruNgpn4iGz2KUrBNd0GFwi"
    "eeaytBN3rOV4euK7tEo4XoIpile+t2mO512UnwOa/j7mRoMGLnrY617YCFKAKivwADErDz"
    "KwBntlPwQpBlQQwQdorD0XmxKTt95IG+AsgyAVytoGJxYh+b+QzhWmzxdeQ0w7XoKLuoUz"
    "Ei1D8HzIdcDpgPGQ6YDwmuKL3eHx/iLtT4a40XUXi3hHerLau7Zu+WbluKXqwGZUikh/jW"
    "v3uo0PLqcuRFOJDona+kkWasTqOw51IEekxUuEpaTaD7Rk/hsmkROXEg18U2huJGK1I3+e"
    "vZt00Rebmb6BoszN00ykp41dV4hERQeC2DiwgNEuHDr87GV+iKKHRD98b3zrLPFSicESec"
    "DBMWZfxFGf+2H4AHCC8Of7MEzOnlImJiPTCmDl2uqkTrBNE14TXxXicP85vDMAc1E1+iln"
    "+NAUAWUr5BS7LoTlxkf46Jif258P5MoIVISeIrLCniRttMe4lA8FehZttQS6o5KinU3Go1"
    "L4mM1cIUdlhKRMvWxF87oNbAXl/583RLB3mp6/DaqxB0qMjEkmpoEXxN5+lzh+Cg06zopX"
    "zg8EzXkfEVEtP9umn+EH/EaQ63iPQcGlyre+T3YAPzP+NfwmXSlnPnNMNlEloSefmdkEgP"
    "aeOLPKzxRTppfJFsa0AfDaVQrc1AQgCcA2BCrwEyK7THW8fMXkkjHiJiWcZKB0HPAJkZH5"
    "w1egRToG2gvUpboG1KqGwM5KiBF2eMK95vF84k/bG7YmzQE5FVKBkUkIo4PbhT3VGRHi3M"
    "qpZAAPUKaTxT61bG24XO/p3z0Z9bdLNQP9HZysB81GtxxtPv/DgpZgdFfyphS5Ae6bHrrY"
    "upThx1sHQe5y7FBCUGubeJ7BTmjfDMJm8Ob5C1Jrr9tPa1FbapuJsQfV2KmyV/7rP9nM5h"
    "fKPPbyqWae3tBjUZBPd7OMfbKy/1L2HmtdLMs5ClFQoM2gn00AJppHldF6uzaTLG0Nd9/u"
    "psk+F0ygqwefKPeHi9GH8dDQDLmn2Gj3g2lb7MJjcs71Za6xodcT27vZuMFkxqVymIvjqc"
    "Xo8mTjE3hcGilaznVn8cHdUHscyCBmVEqKI52c6LYk5rEmK1KHYhkdeMnHCwlwGyc55X4W"
    "B/FWoWZdbaxayJmlQ116TKQ7B5pYIqMke9q6gUDVuVzarUmkcNLOhMPVqVEZRS2LEiKBUi"
    "xrqykhoORNgtq3RCyl91e0kpyfJHNstMWTtC3iemTsHvYWZM8FVHP6hPBV8l+KoifJWlq3"
    "pRsmoxu5nRB4hKPuLxVLq7n32m15f5ACAs0e2A3fbNR3w1mV3/wmiopabTjUN9xDfUJBgA"
    "VcdQ0FSdOyJzki0qPUWKQRdIvGbcBElVBsjOsReCpHoVavZv5oVLGUXkBElVOsfaSz4tin"
    "9ETCTi1EQRhkzEihRhKFajY49B7kJSkR2AH4KXXOg1QNu3cLs4sJFHO4Ir/QZg+jCZNFig"
    "K0SXmyZVC6wlIq1sO+ZOxaL5PzIehRYmv3ihaKFmzpwYtJ1oMgIt8q6vrtSH8TQWiubeBT"
    "Lpvzk1j1MSkPy3TrNoPzM0aH9ZeMB+wFuE34EZ1rZONfb5l+Hb8w+XrBI7+3MJZQIJtee/"
    "sYLtJnCD+DjV3ytNJQrAtfjwPs2iDZkypbVsFkq3iUr1rxjcRQ7a6fIivRjchegH+CotQ0"
    "02LcmE9Nkorui4rFB1q1UNvxuITldC0VFJoeZWq5nAZ3rWlavSFJYUVZrarOWQOZH/IhoS"
    "ElxeXWySbdbSpq+s8dyOZ2ov3RFaekXzOJsMfZlTHdnGtY5XiGxkK80MTo46zbSInfEMlK"
    "jAXut4QW1WHcO3bH8FGsLfqBUrW8CbyASya/Laxv+YAG5kpP0F2NhCGjN23c5mBkEbmWyZ"
    "ExvrljMcUAs5YTw3+kl5one8T9odN6E7hgjYEZZ3m5UhLG9xgxPmmFBzLjXHz7lCz3NMVp"
    "hkbda0MMmESdYGFXTdJAvSN3imWCS5I8MECyp/5DK9qqUirHRNddeKW9jJyUQIXvRz0iIJ"
    "CsLKaaeVE6itTNB8IN3mJIWTu/vZzcP1YgC8+jeP+G64uP5C/5YtZe3WchhOf3MrOch4S9"
    "+/n/088iT8mKeittJZnuD4s/Tg+LPX17Lqbnj9y/DziClG+UY3zETLqojabmbXD7ej6YJl"
    "NSi23+Pw+GpyvqxUtHFVVKoHDTsO0LwKmdKKQCg52HGOEV3XoIxTzpG4bAzyJRVuCvPdK4"
    "c1Mq5ms0nEvrgaxxuhPNxejehyd5RAByErco6E8nTgMyTISmmjlCPdKiRfaq0fxrQ7mcz+"
    "MQCa/vKIb0c344fbAaAGKrI3j/jL+DPditboiR0g9+PF+Ho4oScI/VFIkbV27EQqMg1N3h"
    "bei+JybT402rQfiWZ6R2rW5BlARdd5TKx3dP3HPGv8Y/oS/5hY4fTjLNZq2cGoANJxuR7u"
    "KGe5dpSzjB3ljJPUjP5TsEmkLyEIttL5S+ZaPv9wWWgj2Un0cGELp5/wEXStWljLPD/H2c"
    "dEO7TjYX/EJGSB/4Bl7Gu6rNKTYrkt7qZMyAo91OSsPEbBwpbpIa/HMle9Qs6WUwO2+TO9"
    "O4ptRqI3H1vRzjIXrjnaWaZs0jVgmzOCoaPQJg+l4+XRR5qQRJRWOI0+2fWxU3xb0YT65M"
    "+Np9YHNUGjKfXc3i3x5PpkC5iq3V1cqy4zhsUrXsGJXwnKWqTHrgQ1NA7f24VFqASF/5wM"
    "zw00TfozRWT+sa/y6TEr2N4seTErqfAHAvWQom3QwfnZxU8XH99fXuyg372ShTinWFMqk7"
    "/fi9sFNv9kPpyM5gNgynRffcTzh7u72f2C/m0bhk6sZKzPI/48mo7oZWUAnF+AlDLO3PpL"
    "Y6rQkInlh7mUUVd0hj4obb7TGqt5Op5MxtPPA7BEmsY01Qq1dbAsrWkvN8iyYOFGSvOHq9"
    "vxwmmKtJvjEQ/n8/Fnp7+SV9BHzapce3c/kq4ns7nTj4lASdF002mt5L3m/30/mt2NnFkJ"
    "1A3ot306ur4NgvQqkTFh+QPqHOtk44WtFFD47fDn2f0AbOR/6+QRT2f3tywIxp3rEd+Op8"
    "67iL5QRjn1B8SsdXpU8zL6MkPFQlIiSKxAkJioed50zXNkSpr+VHA5B0JiNRdYzRQzx8wu"
    "sJ5DIrUEObYotKj+pvciKKDMAu9cUIAowv0q1Bwn0wrqmiMuFN5qha8QYQXyLHm1kui0Bv"
    "2lZRSfMY1ICG+z/nfKYi1FypRjS4gLfbdZ355RLL3IiD6vyKMyiqicP4PQepu1rj9DQp/Q"
    "ghZnSEqYnEWy7HTtudRVOSIonqg2P1EBx11Czwlhoes267q0noWOO6Njirrne4wqeL6RNS"
    "01RCGQ6lGo8fvzny534Qnsj6zIhPntkLlv40egCwxFasP3fKdn1SYlW5xoXsuj0kRmLSlJ"
    "1oXlxIbV5g3riFlabePjjpOq4rc5Kq6BqGCPTo5Da8CmyBUvZxgRE+hXSJVjkc1SNLS5UM"
    "ocR17oo8MpW207GBrL2XK3kBqw7XfyS2SnTcl7ydhSasC3cJ5KR5Hmb6Y5IA83axRrOWst"
    "R29thbO4IjszNE0J4ZXOOTE94U+/3LMMI35tqWBjphONvXl6sjfHjRwfKolAWeUEZJcD7J"
    "5O1lfQWDlUzRWphNa1P09/HmpurYegG25pqLzM6wWdqadgyZYlK2tGyVWEyk0uHO6m6+tT"
    "uEYsq5MTd1ocrC/BVH1EyosXq2Vd3bpz9Qmq2tK/NaRAbNbSRX3iTlUG5k7lfYd+Zzzh20"
    "2A5qV8ezin5Hq7csk0b+91LfjEehO9Qztuasp3dFfel/wtydHhOfqqs1x24IpBFVg6kIH3"
    "9P/F7YW+taAJNPQMAXI7uLGdj74NbLpeCPjfUOnP/+V1W6//A/LkqG+CXYfqVSSgtzMBXV"
    "SbPVC1WVG/+rD1q0V1X1Hdt5fuDZFnVuRW24uwBj95qOhVKSonnrPSz1nEPsmPf0RMwF8a"
    "flEAtZXe9KDcWUUnWVBbrWOPQ14/WWQj4Pds5Oz3tSHbPwIwDnD0pNuPsKjW2aVqnTmYvG"
    "sWq+IwUSk0nj/gNAeHp4TG7iXwvshYNYFuW2Bt0y/5diUrFHXgTgXcen3mAOgYAqK/nIKl"
    "vTGgCpZb5yXZ0jdIAbZBl5AFDEg8wSSP1+Dn7KfzUtm7onRGbxmjuoqIpFN1z7LGzVbMuP"
    "zsRMTls9ql55hbm+/pTN3aQq7QvVtbyAObwzdhGBCrb3WsbQfgZa2DN+wLgpVOXC/B1rTg"
    "5odT+hbE7N+yBZS1jOlvOQV0t6KvbDn+iJomzeODCBXkFTVwj/lAZe1rxckrQVp1gLSiOw"
    "s3XDWjbbCSEs3QB9K9/iJjK6JvpKySrHyUY2J9SCRsug4qXeXFcY4ICZT3o0ygbBbbMAKJ"
    "HvSZPUCJTbrBlkkNC0kJ7lS4EDoDv6CuD09dO5uFoFT35tZZ+1LAjsk4+P6CVMYh5FDYyz"
    "iEnBkNd8UJHupQdIOw+ttp9Rv2UkMK9zxMv/BFhHpHIdd/pV7qKse/lV5nxh/fC/v70OVl"
    "EMvJsyDBbu+J2Mayp4p9WFLUFSxQV9CnM1argqBHBQXmBTAXYYelNp3OMbiilMwRCQMCDW"
    "1LL7yF8Y8JCg0IyqYz8AvK5giUjajb00TdHn8brm3F5o/i7CjCsYOrSjUZUZihWLkBBj06"
    "dLWBjizTqsUGsglXYpsUoBtdsVPT0GNDTjNJV3ewpIZHN0m7FqJX05m9nlJ6lxc5KL3Li1"
    "RKj72VzaNa8HuhUtL+eEHxlaD4TN0mvOYwORsg76TbDP7J1cN4cjMASxtp6iOeL4afPg2A"
    "Q5Q94uHd3wdANv44KfEsfMyTUp+eUS96LObfg1hZuBnWtsFR3wVSytum97TmekL0gCPlkg"
    "F50oIfqclAj4ArzMm9xk5yKbYqFODBeCKyCu/oZLxbafjtzBup7Q6UDH9ks0EAoRLPylpH"
    "dIHRIb+fBKGY8LuB6H4kYgOOTbRmZASoqlOul2OP/jyfTVPcDmGh+KGOFAv8F2j0iWvqOD"
    "/568rGTgC7c3OyEDbfsc/728nh774MpOy7b/yaGzuo2QTxu++KQCiV0kxSUqindvXIRFmj"
    "59K2SUi81cbJ4vM/6Y749J9H/M/x3QD8BxllTJEPOUyRD6mmyIeEKeIeNFzoU0yQnUSb0T"
    "4y6RFq1WlALBVHOSZWSxJGD8mlcDXA9CyXHPxGtXSXcvs6HWpDteAufvL3h9HD6GYAXOlH"
    "7HAe4+lnj/agOnjE96PhzW8DwGzp7SP+NBxPmMRKRpr3eYXLruVQ11lW0bW4ugyisyOBo7"
    "CsBjM7kcP5pn9s9rp6fnbx08XH95cXu1vq7pWsyykv5kKkIAWHZK4UpA8ZKUgfOGUCj1dv"
    "tGVEQdMFR7tQkLHhfUFUY2zLYu8IA50rLNK5EJRpIxqSE21E26zhEEVYUMdRSaHlNmtZNI"
    "s98nkZ7QmRXwFROaGACiHm9Mc74UKlfKkJYeFKLR1qLpMnWL5tLFdcPBh1ebZF29ha2sZy"
    "o89DvX0qYluh/1JHsI0efPuxjW4LNUBcuHNsV5Hmbqg5eiCHD8Ua8O57CEziBtGuCBiTX1"
    "DY10pGzIuZt3rwkNXiNXXsVMJkzXRNgPAAyECxTUvfQALerGUTyBh4G+sPQCduNKb3DiA6"
    "a++FVaBCQyYWi/r+gdcGrLkPqjlKXATa1HvNTA+0gRsZcYoVpPPwO4HeReqff8jjTaWj0s"
    "tvfEj4U1kzKfr4S4VxTgj2MEygEcSPW4+8Rd67RpqqGbJpvuj0XKUHwroIzAlBgXcevH1j"
    "yoGJC3eOyK7YHC32nZ7c3Y9vh/e/DYBB0EYm20c8vPk6nF6PbqjI9Wx647wpq8/sl6qSCa"
    "lKVGdc6O3dq/E7UD411l2DyblCSezuVFaD0RnarL/h59F0QRVEv41FdTKcjOZUH7IGzUd8"
    "M/o6mszuRvcDen98hppO76OP+Go8mbhxN0jTnLCbm9Hd8H5xSyeSvoyGN4PQbVNaQ1lla+"
    "J2PGXLYINwO3QcfMWyOo7O0GYdR7U6f7i7m91TnZu2YeiEav3ufvbz6HoxZw+x/m+oWGZS"
    "y+3QGjIlVnKcFzS7r1xXIHfAwlH+5bizdaMwfDGpcW9BQm1FAymFosi5wiKQPKKaOgLJRR"
    "RL+obU57zKjf5cSutRSRHyIEIeuqDVV+tXbJkeanArBp6YXKWBFAWarN7qilOZqUi1m6Ez"
    "0dibpx+oxzcLHymJHXwVqwMFeN3TyfqK2WqFNER/k2TIW922TPpf7mZbBDh/zjtnyteCnA"
    "AtB2gGosbQN4iromWgBZumg3fyXDgpMrEkDeGqFc6u6TwTOk1Pl5OibwzNFakGkz9PX9fT"
    "WsaqRm2eYwDWxYWF8DNLwjUljyKohtbYna2nWNFTa0mPLmsrQUynq7plTfzpRnS2bW8xcw"
    "Pj3EaxlRFzJgt11e0hYipUEOvpTkdgcwVJPZgtvNl6CloQsCZgK/F02kSr9Ql9INq1M11P"
    "cdOJWnmFzdgcPcXnGRJEkVElAVQ2ULvoGwJNWPWueudNds/m6usF34QmC/yuCNXcnaW3IK"
    "EnbBts0AqRjYNFVcCcGa9DE/YVO9vQdJldwFZIq3oczp3iGJ+Q1teDkO44dGGwa5dTYb6W"
    "MvU9hUoglA8h6ZgtIjoMWy33dxeyfhvYXttb0VIjh1W9q4Tsd62oilqyY0YPcQsXVq4IWK"
    "yYc0/AqpgbGKmzxwJZJUs2eUjfyni70Nm/86fRsvkWdLoy99ujZk1lBGw4v06KJUvGfith"
    "a9Gv5BZc7bx9UieOZr7BbRx2L/BjpzxvCEu09N6y1kS3n9YJQf8TEnEjfso0fV2Kpw7+mZ"
    "kYOoQEKeyTEqmh3junWcmhcjCmNY15Xku+ZcVKkemZlKk59uk5USGRXmb35SmyTEdlZPcl"
    "Ci2zh6oAwt7wHqJ7livb7Cwj2+wsmW3Gkk65KSzpQfkhkcOH4jd/yjUadJ8IDD1klYM//z"
    "+usM3L"
)
