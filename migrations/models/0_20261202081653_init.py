"""Migration 0_20261202081653_init: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

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
    "eJztXXtz2za2/yoY/3OTGSVTJ46bq93ZGdlWErWy5GvL2XbrDi9FQhbWFMgFSbvau/3uF+"
    "BDfIEUnxJJY6bT1iQOJP0OcIDz/r+Tja5CzXw/UhRomhO80k+G4P9OsLyB9H84bwfgRDaM"
    "4B17YMlLzRluIeUJWpLsDJeQP35pWkRWLDpiJWsmpI9UaCoEGRbSMaO7g+QZEuDSARVaMt"
    "JMIAPFNi19Q98YumlBdQggVsjWoP8LZAsQaFoDYNjkkf29stgM4GWNNPiefayqK/RzEX5s"
    "7BNsjP5lQ8nSH6G1hoR+zm+/08cIq/APaPp/Gk/SCkFNjQCLVDaB81yytobz7AI9TrD1xR"
    "nLvv9SUnTN3uBgvLG11jreESBssaePEEMi069Mn1nEZvhiW9M8pviQu182GOJ+yxCNCley"
    "rTEuMWr3CwTPTiRpNl9Id+OFJJ0kOOhThCD3Hik6ZtynX9V0AHhkX+Hdf3/48PHjjx9++H"
    "j++dPZjz9++vzDZzrW+b7JVz/+6X6ZAC13KgezydfJbMG+kE6XmLsK2YM/HRrZkl0qhxkB"
    "+goyKL8s+IeV5MKCPuXzIEoV4wX9kXFe+MiHmOFBveOFPyRgRrBDDsCNDGAX418cWDem+S"
    "+NPZh9H91efhvdvrke/fLWebP13kzns6/+8IALs8vp/MLhQ0icyOYT5Kz8y7VM+JgHFKXw"
    "Tiz+IwNOf88fkgbxo7Wmf3744YcMDvh401FvY9B6rz6476IYKwQyPCSZs7av6BsLbWDK+o"
    "5QxvBWPdL3/v/Ug/4hZU/Wap9cj+8Wo+ubyJK/Gi3G7M2HyHL3n745j7FlNwn4+2TxDbA/"
    "wT/ms7GDJj1eHonzicG4xT9O2HeSbUuXsP4iyWoYSP+x/yjCZfdMKsHkCGENPO6QROsaj+"
    "nLtU6koleFCNn+G0P7eXrIO0OAvneXLYp+hKwU+q07sw4GP7str564NzYX1iQrvugEokf8"
    "M9w67JjQby5jBXLA91SZxW6ijrHhT3+l+U+DjUrkl52KEV2A9PfTXw0t95Y1urscXY1POE"
    "KmBmDvTdjdG/BeVCNCNYIq/QZgdj+dnjjLdykrTy8yUaWUdUyvWKrJkSge2Zefb6EmOz8i"
    "FehAGb+lk/UHcgc//YMewi2CaPLV5sMm/kTG8qPzk9hns0/ig5Zp4/BhzWvnIP74vXaOkW"
    "FArL7TsbYdAvgMyRawaxaQAd1dqxXYwM0SEsAmBNYaAiodZQKYxgn0lW+8YGaV9+BnaFjg"
    "ZQ1xwtTRxIc8YDYy9A4gy4TaCiDTN4+8YSM0hJ/YpBhYNsGmw4W3wlbS9oN3kGErKa5iHF"
    "J/FMpFWeUisNEW1zAStELNKKtmMDEMiyt5ETKBvlDyOgO/UPKOoORFHXIV0Y16A7slZnLr"
    "e4kjLkXpS8pyoUvvwTZydhXWpRvWEnXb+d489dB5NcjSC+XQoL3K4BzDwP2s6BtDxlRhY1"
    "qUBbGMLU9384e8018wVbOI/gIMnUEOZCvp565rUqGutfgIHWSoa85/E/inO1j98cK9ms+9"
    "ikzJIFAyZQ3y7Hi6rkEZpyz0GGkM8iWlbQrz3ZPDasUX8/k0ohBfTOJRAvfXF+PbN6cOC+"
    "ggZKXc1Nc63cvmWlKRyYAwJdvkRRKkSplU+sNd339oVvB8OD378ezzx/OznbzZPckSM0mo"
    "uxVBcFgBw+4uc6xtvbOlIxYh7xjMNAgRuIKEyBplp1roBEkQ1hIZddyjPHKOnJ7nOEZO46"
    "wLThH2Km70YZCV2mIxUhHB0WYj645Zy20JC1+cVpj5arIzhaCtxxziK33d4kV+fT2+Eis5"
    "wH355cJW3RneL/CjdrvVCmmI/iYJYjodV+MoApY/3ZjOtu3g9SsXaIq+2SDTpFNTfUvmit"
    "0mMev2OjPkrW5X3pT+dDfObH1daLKBJEt/grgqXAZasGn6ipMiE0vSEK4qvi7pPFM6TW9x"
    "0jeG5pJUw8mfp69AIfysI6Xqcpq4s/QVJCqAl1QKW1tpKWvsBlsRrqk/34U7Xf9xq+XOtY"
    "Ot13cujW4kbFbHypml5yBJa2RaOuGoniWw+hbM1UfI6O3xUaezSHQINqnmWM8KW3iz9RU2"
    "hOldQsBWeLURtTJUc6L2FyCqHW5g5fvpjTtLb0Ei+j+hUhkkd5a+grRCfP95AYTu6MEH1S"
    "90op5aZdwgv4oo9S4UMgKRbTwSWWVmK+WpIlD37lQ3lKS3aJmVj7d+RSY2m3IWtRzzYgoT"
    "tuWM0MKIK8AdXCzfjAUBeqYAJ9ELA88Fw5K42EvT3rAXyDKBp/oOgMHCCG1CIFa2yWjDBu"
    "bfH3j4WzjMMhRx8ruISGxlROIT/fH8eJIxtjcJJ2uEEz5tm6MTTy7n19eTu7vJfDYEgfPp"
    "Ad+Ov49v70bTISAs6taUtQd8M/p1fr8YAmPnGSke1ZgrqDEjpjEejSJv/N1UIAVsRyPSX0"
    "pnH/mCj787UkLsQjRt3hUlY60+5ljcH1PX9sf40nY0em7oTerKDpP0KOKmtuhQFaq2AaUn"
    "WGjZRqnqWbhtChHMFWp+mhFqftr1Sl4iSHBQOhObnaVlsrBDdOIYLn0Mu3exwvhHyHp0Uh"
    "w8AT4aEFg+ULaGDfFqOZIRLRvStg8WKds2wVQgbTi0BCNhsrf0oLidXC7iKcPRxXtQlFu2"
    "2gvHI2egzU/QDrTuqhgXjnDsKNaRQy5lPR8pVzvGgiz7asClPAbWYJXstbCm453HjklXmW"
    "U734JAOtgUhsyjn4ODDEOmsJMJO9kRoW/SThZIojJW+oD6cEgHIvOkGOD04Pqfe3p2ja+Y"
    "Xd6bgxnmJ1fMLO+KzOMb5SMnQoIv+3JEo7TCANRqAxBbdGUquQdkIgu4zfwVBr6jG/hQqR"
    "TsKJ0wKJU38fnnUak8+ASx4IQw7XXBtBcs3BoQ7lfkXRxdzi7PZc9DAt1cVjxUT/WG45Qh"
    "6AjqzUaT+kniPDtnKIE8w8Dpp6vnsmyejJwOAU5s5wCYim5AFSgEqnQJIFkDMjAI2shkC9"
    "YyVk1g6eyRTCzKSaDK5nqp09/MCRmtbVpRorLFl45Bhh1VlKhsNm7I2eTSmm6WIihHqXoX"
    "oXV+lgPo87NUnNmrmM2UCS/OUfjT3XzGhzigiBtskGKB/wANmY3doE/+urKxwjAESxtpFs"
    "Lme/Z5fytoPq3DgsMQihhvEr1F421EB1GrDJsg3ltURMuVYUXnjGmabFpO7dYSjI7TCrNp"
    "mzlN4DM9ksr5P8KUgstt5rIwjh/bue6dfiVMswlSwQZhma1dzFWxzHK74QTL9nCGw65im9"
    "jifHiPEwJ4QWQcNexEXgyyrGHL3ZAmY/yEBaqVFqiiJe4rVbZvGQMiVpGzPOans3Tr01nC"
    "+CSMe80a95ApbejnSQbRVVvhRaPuaUETpz5gFxp/nXe2CQ2Bj8i0IGGN4ejFQHM9XUX7AG"
    "XMIloCFeAGMk0bmpICiYVWSKH4FO/IxJ1BcGEPFxKKSx7fsagRmuI2jhWPY4K5evE4X7x3"
    "0rKVjRGrpZIidotj9N2drK/rSdTZO3yoxq5OPUczDdewT1dOdxXzhYL6OhVUxvuiJVbCNL"
    "1TVM/zqFLn6ZrUeUKR+pctYwtZHIhT13iY5HCm7tNmV3pthYFkVS3lrQvTCee7cNZ1g63H"
    "cda5e6WEqy5GKDIoynLAb+JQlAFROoF/6VwuV20rnssVoRMiSDiqaz/ia3dUp9r4C2Ob3y"
    "DUVWyj+3s/tlpgR6yIbX6LZMsEeF5oo0fXfmj9u0YN2PY7LSt2KSucl9WoEWvXRJBnxQp3"
    "GMwwY0WGNVtLKaUm/ACEyyyJavGtuE4MMixfpr30+97kNXyFSHoYRfAhVxTBh4wogg+cFC"
    "H4BwfiBX2akhzkje8FvlkWmfEvi4gxJpGZsjPITOezr/7weLpK54sr0S21QVaJ4kp39xfX"
    "k4VTXGk3xwO+n12Nb6Xb8ffJ+O9DYGNWYZ3AZwRfWJeEu/n0u1uNydS1Z9iSAkwyNl/cy0"
    "feTRJQlOJUOy8xB9slIn+rFCu6ZkJ2t33ZtJ4wqcjraTefXWFeis8RUsHnNvNZuISO7RKy"
    "KXT8HjeZ+IfJBPyl4WdlSrSUHkNZ+EfphD+oLP5uk9TC8EfIBPrCGdQmZxC/npwrsQ9nVO"
    "8ssOGTLQeu1q5DckVcc7dabpnoyAtsRGbmqM7nHXHCDbQH1+hVoFVeoCtdsTcQW5dMVDme"
    "l4QvKD5kkOURUr3BkhIavbcU3czeLCExWfNggyLuzAb8qcwh0DEERH9xmgm/YS1jB2ALZf"
    "J2AOD7x/fggWqUCqTTDT/88OH84SRZlK6JD6gQe33cHMoWRf3WlZ6a7m56ljWbg3XW1XFH"
    "IrSmavfG44i0CX7WkQJ5osx/lSnCUGjQwVzaaopDW6VzsHfu8xCB3xygmJv7tfi4K8a8Z3"
    "ivu+fqU4m8soq6+a5uR18WQ+DQMvee2z3FxmzZhXupPODL0exyPJ0y/57CfrSmtcXBh51D"
    "v9A5u6OoxcHXw4NW9Gw6XM8mS7dkraDVyycRV5fSBkesW5wLY3pUgD/+gCK9oDRvbUjA7n"
    "aTgJs5EPlwh2myPIcdXO8Z8DNXoIineI3+V7Ukk1XB4q6w2KlSU4bHEUIRRtFmHosegP3m"
    "7073LXMex2gFp9vPaYneoUy3qk5u7TdO2AONIaoAf8qVyvApI5XhUzKVgcAN+2nlAg0jpG"
    "JftXlfiUDD114ovmWb62j1D1iyW5n6ByE6gb+IeKv7lKk/4s1bszWAexPM1K1FXqD8QWh7"
    "58D2GE0QOoptdg+EYg1UWZG+ivU4vSgFv4pkT4RFzBqydSKvqgF1487Sn4XZaNXS8LJKj4"
    "3ZX7vUi49pqHzpb+H4G6piIGeS3/NG1omglwaCXnZsyA9tmKRPKlltxTTDXyMBa7oNKUbW"
    "wyCKRmxInakF26EVTH+XJRnEE9X5FdUoXZ+gPXRi6IavmWYay3Y0AvjSwPs3oGKXjQhRn9"
    "CvJFEyTC+hi2BF9TUU990xiPOqsNHV1aYeflMkL5FGD9ILWXO4xNE9EmMGWQqI5o+WlqHh"
    "NWshIbsfO7CqaSCiuly9ojhdVXF4VeA+7Y/v4UX6c5579Of0a/TnxC06tN3yr+8Q0eEOvR"
    "96sMiFZ1T4hNrLiFp9Qke+mYyxRbaZ9xJ3RM5bCdwNPlj6oKh3K24kbZQSTd9IhAnkSFcS"
    "ViOhyKr2x/dwVX/Ms6o/pq/qj8nEVW4GWkbaan8y0A7gCyjRwEwk0Yjw0Q6x9VhaqlWmTG"
    "WISgQtlsVeNC07Lv46UUuUCA1TCeyFcaadxpnEOq8B2rk/T7cWeF5cwxs7B6qiVVkdrcr4"
    "NSqd+0UNyPY7Ajp8C2tVfUp/QXONs7u1nmWVDQYdzBrLynxBYZBtqUH2CRaqWeUN713pzd"
    "PzHKaV07hGH1hW2KtYQCDhVKvKMHQTXqWqPlgEGzFbuUKFi2++woOHNhEaEKsMs2KQn9yM"
    "Z1eT2dch8Ogf8OhyMfk+HgIqu9EzfMCMenR5Ob5xupBh3ZKo7IWG38zs6HUH17rGrn9ZpS"
    "L5OyJB2DuDbv1lCD3MniExC4bSJykF3HvhVvUN/SxJWcv4EUq2CXlXGV3XoIxTEhi4E8SQ"
    "X9IZmoJ+9+Sw9vSL+XwaMaVfTOIF8u6vL8b0yHW4QQchK8XYROAjMi1ISpbEiBGLohht9m"
    "qIIn+vgs3CeXVkA/6SyFgtDH+YSoAvvCcdwV54T47jPXHERQ3QXvjz9BTYsFgVTqkDOqXy"
    "FDhRZGJJNVQ5uaTz5Cxx0hHAYz69cDg4qopWMhK9h5jRCzN9XxUox+EzYlP1SERGbV5Ug9"
    "cJx4tRAqhvwVx9hMq0l7vJ61lZd6EZ+4oafYPNFST1ILbwZusrWggr+obOIjnySzoaeF0U"
    "+TbRPFtwPXDdE+3Sma6vi829xdVw/3Juuz2+gNnGI5FVKBkUk4pQ3btT3VCSPi2rinE78Q"
    "bLHJCvZbxd6OzfOVWw3B2W2xVZkaGCOT9MioUuBT+TsMUHVSkWCuhiqROHESwCZRjrzrzj"
    "kvcyGhdnrYluP65DVKE4KG5xEPpciocS/ZknMsu9aKeHZ+0u4ntjtNzj0xm6t2HwCNB5bA"
    "2CJfudFqBQARkwzyLwZvsLoNO90zHYHceU5BkCZAFLBzLWWSCXPzjZMLiJD6jQMFhEjB0z"
    "Yuy47ZqPbZaORcvkC5fJipdJBBUYNqF3QLOUmzNOKxydrXZ0HjFRqW1sPVJ7ATeqbqelFu"
    "8zwJ9AeOBq8sAdIxmkbVujhmyQXdW7rMVfH8j9M9PEsU7Z923MFvFt2ulaScjqvV8vCZnb"
    "c2gmBgOK6gXadkg1BqK/AGSCF4IsC2JHjaB3f+C5jsHLWjchcKZnigMd+WZJFQdgIjot0F"
    "d0Bh/vtxwlpdnPypP1Es6vsU7oa1GWqD2nTJZOI6pg9PJ+zXIkioXBBxQ9VFcbCICHlowK"
    "5TkFFL3LL2imPo+IhRWFXF4r9sI+IrTxtjGiBm2cH7gpgo0bDDYWhS/6UPgiEm2Wbs+IB6"
    "XtN2qYcYocPlcCFZsw2EGYGtB/ZN/RCd7YBlMFzQFYU9WGjn3//v3bvzCDA/OOmuAFWWvH"
    "LJHhem3sc4QHtsWn8EB4YI/ngYUE6aq00bG15sTxZDiDYnSHu3mefmh2xdfWJ43QH/9iSj"
    "yrDDO4paVph4iybG6dPZp54DETWrzXlim5dT844jerzkCE7oDlBXzZ3NnqAkIDFRpo2xhR"
    "pz/4qNf5nZs4/Sof9iTvv8aHPdkNF7izZELfSrE6d7bpev1M3SYK5L0VV+pWXqnTOzjsLy"
    "fWhW4OJ9PJ5Xh2Nx76GuADHl1dzWd3QxDkGRYumpfn7n2afvU+5ZZ1S6sSlq+u28FLhdVY"
    "2M0v4uYXcHvAl6PZ5Xg6ZQ8V9pM1jT29Gl9OJzP2UIUKS34pVeqtfu7p9LdIWTem9OoVSc"
    "pavCZtkGy1qU7ekVOwsGSUSjhd8zhdFX1jyHgrFTW0xOl6h3Yj5hYfNTc0gCP9F/CPFLnB"
    "Ie0B5lkhOONfFhHV1kf2zfXoFwf0XQTOdD776g8PceJyOr9IMABb9KZcYrlH6XoA/UGWu4"
    "sa3BQMnUkQ9g/vT2d58P50lo43exfD2yv9h+GLlOpjzbSepcwgynQWMKQZuvN5+a+EAUFv"
    "GiXXdhN0SyuwvziI/nQ3n6UEJUXJ4oZ0pFjgP1Q/NBvD9+SvKxs7EZZgaSPNQth8zz7vb0"
    "c4SRlM2Sdp/NAcRANU2QTxk5RACoZZrkRpnFbEFrc6tpiq3kgtxegopag43GYum+gRy5ZN"
    "Ct2LI0SlLmkt42jccJTrWsyGZRiPkhdjC5KNWaZ2fYKwf5g3EbrvSqHltrBzM0EqIpxFhH"
    "NHGRDcukpsBA6x2AplORH1mRbmBZdcbIzS7Ig6uAuzg0su2FGVHWXPCy65kFUiKqlura/+"
    "vJhkLI1Ij9mDMfcszAF1MqhJQL0Hau45lx9q0ey4KNKF5Uf4kl4Dzv3OAONoNDnaSgcGAQ"
    "HwHoATtpPCeXbJAk5H6BTQEfSrVvXNE8UcFNlOD2OOFOLeH8cc1AF3xjcbyUzgRn+WNYn+"
    "lz0nkgnpQeY6J3S6mvz3Kp1IlDBqbQQzY1XB0MAQSZtjl9sUGchCQAqiHCIRKOdDGZlSpD"
    "MuR67syXZLkB8wWOc4rtUaY3U4Uj/BgGwXN38G4epus6s76x5QLI4lfR6xAtq8AqjcVHRC"
    "YErVvH0yN0oroiMLSFz3nCrV2DpCKWLGWr3BfGaVcDUnSIXzRsRcdIgBwnt2lBrvgdgQlt"
    "k90CYkbKsqoLntmDkWxl2f5nSz4q4ldMOWxJDf0E+Z2ZVBf5ERq0vGojTRCik7a3R4oLAs"
    "ttKy2MGk/N1yM+TtBrqML5KdP/r7aLKYzL5KN6Nfr8ezxRDEZ3zAN6PJ1RAYMlIf8JfRxE"
    "nSX8lIS8vbP8nH8lgCYq78w4z0w4RpTYUbQ7cgVrZOtzwuV9N2VYK0HpYed49FY9vPc4W2"
    "n2dEtp8nMz5tqhhT1IqAHabpodn4Yw6UP6Zi/DGROqBbMsconxkR55OIi3z5kF2LXiGL+k"
    "MiRL1LYW6mHkVwSUoAvcc8FKEU5qFWm4eOnADVNtY2nQHlouYXWyqxubgTiD3W6j220THc"
    "Skwnr8L59FkE+1vNfqaulemrG5AJF2ab+UugAikCErY3S15Hy/QzNElZSxZxi3Tb+k/QVK"
    "teFPT0Lklp9KLkS1zVchEqdVjFSIUAa7MAE/3ejmzT8DXmMj76OKnw0Zflwk5mlWBDklbw"
    "oSZXvcgMbLBHWSA+asC35776uKTNkaQWEgsC3z34JkVohTQ1DclLpCFrK0FMvx6vZmGxTD"
    "VvujGdbdsfHvBi1OpJ6ustRrgqQE7wzJTO06NzKGbvcqIVKsJ0E0RR9GQdNR6q5SyqtHAt"
    "f8XtCdmSNH9cjnaUbCxYEf3fEAPZAsoaKk+6bdFvR78AkLEKDELFAZBN1ghyC14gofO8rC"
    "kvqbR3mkMqsiVr+iNQdWgCuiYg4fWjbO6DREPKFmsFAyC658S753jNcx7wzZyCdDcEbtHq"
    "B3w3vv1OSYaA3hKfkferjx77JfqGNlvZn/5US3KEXzFhFKUTtrvSVqN/2TK2qGZQwAURJu"
    "kT8vXVmt+kdEzIMkZvUnokdBrSAy9m0TGhxlV8xJyvlqlEx1nMrj5TFP0wlZAk5SUJ0VVb"
    "Ke5TjNIJBtTlRdnlY1W0Qe9SvzrGhLxW6PD235/q6K3WGnC9CWbqKbLRnZ3DNyXqVNaRon"
    "v0JFLbWup/XLP2cTzTZPB2kGmbdMZJfhe6RpNKhcGvlQY/Faq2AYsmEEapepc72IhNiUAF"
    "GQjyNPDMWNaAqI/Wuyb6RJr28p+Qd3/ISGULSHqI8sdc6/ljxnr+mFzPS13lyIz0Dr/++F"
    "7gmxWo2khjX5E3+Cpihi0LboxCtsIwibAWxg0mmIojyYOoxObhkIsd1OodVLLU5aErWx7y"
    "btsn9mqyaUmQEJ1jdUu/ekSpelCp4BDXj4TZ8ziWjhvZNF90ot5CE1onHGNHdMAgy95heE"
    "MlshubIx5Lx/Ad2/gsXuoJWDqgtEAG/mTgzcPJPWYfwd6xYCiEH+jcOqGDMHwBir4xZLz9"
    "LxOsEDEtNgTht7yArAY/SRhoOmqgsfQniKW1bK6L6LNRqt4ZaM7zWA3O040G5wmbgVCwXs"
    "X9Af5hIDpdCTZHKQWbW81m2yy1lUNkIre65fwtHoMSIhIREHVFQNhmLQEQOZPw2saCvJ7k"
    "0NLjhz8cS7dys4G4WtUuUShLnwoGCd/xq1NNWlCBtsVFehopQGsQXYGmyTN/pYMdIeqF+6"
    "3p/BoCV5AV7S2UZBMh6p3K3UhMhEhJOFZtHFHIOhEkkSdEIn8h6w7W2ve6EBd0WpzcjGdX"
    "k9nXIfDoswrqx43euQ7SXOdoxjGarMLsZToXLXgdp+uBJykOdS4pz4ZlwM2LfbNsgovCHa"
    "USYOcEW5iyUxnQJxsYc/YxO0IpRsdohbWzzZwWlSSPfFtG+FlHCj/nNN3WFCHqUcJpbcF5"
    "R0olbSeqohzksRmR15hfuBzkobNEW7bAKyeJ8lH15GsNuE6CmfqJbPQoSsE23QUVCp94rq"
    "0E3fg5Xx26rkiJRgvRRTBL99btMN3rspPgc17H3cnIYIaddzrWtkMWogiI/gIMSMDOrwCc"
    "2QbghSDLghgg7BSHo/NiU3b6yAN9BZBlArhaQcXixD428xnCtdji68ggw7XoMLuoUzFC1D"
    "8HzKdcDphPGQ6YTwlbUXq9Pz7EXajx1xovovBuCe9WW1Z3zd4t3bYUvVgNyhBJD/GtX3qo"
    "0PLqcuRFOKDona+kkWasTqOw51IG9BipcJW02oDuKz2Fy6ZF6MSBXJe1MRQ3WtF0k7+efd"
    "sYkdd2E12DhW03jVolvOpqPINEUHgtwxYRGiTCh1+djq/QFVHohu6N751mnytQOCNOOBkm"
    "LMr4izL+bT8ADxBeHP5mCZjTy0XEyHqgTB26XFWJ1gmia8Jrsnud3N9dHcZyULPhS9Tyrz"
    "EAyELKE7Qki0riIvI5Ribkc2H5TKCFSEnDV5hSxI222ewlAsFfBZttQy3J5iilYHOr2bwk"
    "MlYLm7DDVCJatib7tQNqDdbrC3+ebvEgr+k6vPYqBB0qMrGkGloEX9J5+twhOOg0K3opHz"
    "g803VkfIfEdL9umj/EHzHI4RaRnkODa3WP/BYIMP8zfhcuk7acO4MMl0loSeS174RIemg2"
    "PstjNT5LNxqfJdsa0K2hFKq1GVAIgHMATOg1QGaF9njrmOkraYaHCFmWstJB0DNAZsoHZ4"
    "0eQRVoG2ivUhdoGxMqKwM5auDFLcYV77cLZ5L+6F0xa9AjkVUoGRSQijjdu1PdUJIeLcyq"
    "mkAA9QppPFXrWsbbhc7+nXPr31lUWKhf6GxlYD7qtThj9zs/TorpQdGfStgSpEd67HrrYq"
    "oThx0snce5SzFCiUHuCZEdw7wRntrkzeENstZEtx/XPrfCOhVXCNHnUlwt+XOf7ud0DuMr"
    "fX5TsUxtbzeoySC438I53l55qd+FmtdKNc9CllYoMGhH0EMNpJHmdV2szqbJGEOf9/mrs0"
    "1HsxkrwObRP+DR5WLyfTwELGv2GT7g+Uz6Np9esbxbaa1rdMTl/PpmOl4wql2lIPp0NLsc"
    "T51ibgqDRStZz63+ODrKD2KZBRXKCFFFdbKdF8Wc2iTEalHsQiSvGTnhYC8DZOc8r8LB/i"
    "rYLMqstcuyJmpS1VyTKo+BzSsVVNFy1LuKStGwVdmsalrzTAMLOlOPVmUEpRTrWBGUChnG"
    "urKSGg5E2C2rdIOUv+r2GqUkyx/ZrGXK2hnkfcPUAPwWtowJe9XRD+qBsFcJe1URe5Wlq3"
    "pRY9VifjWnG4hSPuDJTLq5nX+l15e7IUBYouKA3fbNB3wxnV/+zMxQS02ngkN9wFdUJRgC"
    "VcdQmKk6d0TmNLao9BQpBl1A8ZpxE0aqMkB2znohjFSvgs3+zbxwKaMInTBSlc6x9pJPi+"
    "IfIROJODWZCEMqYkUTYShWo2PbIHchqYgE4IfgJRd6DdD2LdwuDmxka0dwpd8AzO6n0wYL"
    "dIXM5aZJ2QJriUgr2465U7Fo/o+MR6GFjV+8ULRQM2dODNqONBmBFnnrsyt1Mw5ioWjuXS"
    "DT/HdH1eOUBCT/1SDL7GeGBu0vCw/YD3iH8Hswx9rWqcZ+92307sOnc1aJnf25hDKBhOrz"
    "T6xguwncID5O9fdKU4kCcC0+vAdZZkPGTGktm4XSbaJU/SsGd5bD7HR+ll4M7kz0A3yVmq"
    "Emm5ZkQro3ijM6TitY3WpWwz8MRKcrwegopWBzq9lM4DM968pVaQpTiipNbeZySJ3IfxEN"
    "EQlbXl3WJNuspU1fWeW5HXtqr7kjtPSK5nE2GfpyR3lkG5c6XiGyka00NTg5apCpETvjGS"
    "hRgr3a8YLqrDqG75h8BRrCT1SLlS3gTWQC2VV5beO/TAA3MtL+AmxsIY0pu25nM4OgjUy2"
    "zImNdcsZDqiGnFCeG/2kPNE73iftjpvQHUME7AjNu83MEJq3uMEJdUywOReb4+dcof0cox"
    "UqWZs5LVQyoZK1gQVdV8mC9A2eKhZJ7shQwYLKH7lUr2qpCCtdU9214hZ2cjIRgod+Tlok"
    "QUFoOe3UcgK2lQmaD6jbnKRwcnM7v7q/XAyBV//mAd+MFpff6N+ypazdWg6j2a9uJQcZb+"
    "n72/lPY4/Cj3kqqiud5gmOP00Pjj99fS2rbkaXP4++jhljlCcqMBMtqyJsu5pf3l+PZwuW"
    "1aDYfo/D47PJ+bJS0cZVUaoeNOw4QPMqZEorAqHkYMc5RnRdgzJOOUfitDHIl5S4Kcx3Tw"
    "6rZFzM59OIfnExiTdCub++GNPl7jCBDkJW5BwJ5enAZ0iQldJGKUe6VYi+1Fo/jGp3Mp3/"
    "fQg0/eUBX4+vJvfXQ0AVVGRvHvC3yVcqitbokR0gt5PF5HI0pScI/VFIkbV2SCIVmYYmbw"
    "vLojhdmw+NNskj0UzvSM2aPAWo6DqPkfXOXP85zxr/nL7EPydWOP04i7VadjAqgHScrocS"
    "5TSXRDnNkCinnKRm9O+CTSJ9CmFgK52/ZK7lD5/OCwmSHUUPF7Zw+gkfQdeqhbXM83McOS"
    "baoR0P+yMmIQv8hyxjX9NllZ4Uy21xN2WCVvChJmflMQoWtowPeT2WueoVckRODdjmz/Tu"
    "KLYZid58bEU7y1y45mhnmSKka8A2ZwRDR6FNHkrHy6OPNCGJMK1wGn2y62On7G1FE+qTPz"
    "eeWh/UBI2m1HN7t8ST65MtYKp2d3G1uswYFq94BSd+JShrkR67EtTQOHxvFxahEhT+czI8"
    "N9A06c8UkfnHvsqnx6xge7Pkxaykwh8Q1GMUbQMPPpye/Xj2+eP52Q763ZMsxDnFmlIt+f"
    "u9uF2w5p/cjabjuyEwZSpXH/Dd/c3N/HZB/7YNQydWMtbnAX8dz8b0sjIEzi9AShlnbv2l"
    "MVVoyMTyw1zKsCs6Qx+YdrfjGqt5OplOJ7OvQ7BEmsY41Qq2dbAsrWkvN8iyYOFGSnf3F9"
    "eThdMUaTfHAx7d3U2+Ov2VvII+albl2pvbsXQ5nd85/ZgIlBRNN53WSt4z/+/b8fxm7MxK"
    "oG5Av+3T0fltEKRXiYwJ0x+Q51gnGy9spQDDr0c/zW+HYCP/UycPeDa/vWZBMO5cD/h6Mn"
    "PeIvqgDHPqD4hZ6/So5mX0ZYaKhahEkFiBIDFR87zpmufIlDT9seByDojEai6wmilmjppd"
    "YD2HSGoJcmxRaFH9Te9FUECZBd65oABRhPtVsDluTCvIaw65YHirGb5ChBXIs+TVSqLTGv"
    "SXlmF8xjQiIbzN/N8xi7UUKVOOLUEu+N1mfntKsfQiI7pfkWfKKMJy/gyC623muv4MCd2h"
    "BTXOEJVQOYtk2enac6mrcoRQ7Kg276jAxl2Czwliwes287o0nwWPO8Njirrne4wy+G4ja1"
    "pqiEJA1aNQ448ffjzfhSewP7IiE+6uR8x9Gz8CXWAoUhu+5zs9qzZJ2eJE81q2ShOZtaSk"
    "sS5MJwRWmwXWEbO02maPO06qit/mqDgHooQ9OjkOzQGbIle8nGGETKBfIVWORTZL0dDmQi"
    "lzHHrBjw6nbLXtYGgsZ8sVITVg2+/kl4ikTcl7yRApNeBbOE+lo0jzhWkOyMPNGsVazlrL"
    "0Vtb4SyuiGSGpikhvNI5J6ZH/OXnW5ZhxK8tFQhmOtHEm6cnsjmu5PhQSQTKKicguxxgt3"
    "SyvoLGyqFqLkkltC79efqzqbm1HoJuuKWh8jKvF3SmnoIlW5asrJlJriJUbnLhaDddX3fh"
    "GrGsTk7caXGwvgVT9REpL16slnV17c7VJ6hqS//WkAKxWUsX9ak7VRmYO5X3Hfqd8YRvNw"
    "Gal/Lt4ZyS6+3SJdO8veda8In1JnqHJG5qyndUKu9L/pbk6PAcfdVZLjtwyaAKLB3IwNv9"
    "f3F7oW8taAINPUOA3A5uTPLR18Cm64WA/w2V/vxfXrf1+j8gT476JpA6lK8iAb2dCeii2u"
    "yBqs2K+tWHrV8tqvuK6r69dG+IPLMit9pehDX4yUNFr0pROrHPSu+ziH6SH/8ImYC/NPyi"
    "AGorvelBubOKTrKgtlrHtkNeP1lEEPB7NnLkfW3I9s8AGAc4etLtR1hU6+xStc4clrxLFq"
    "viWKJSzHj+gEEOG54SGrvXgPdNxqoJdNsCa5t+yXcrWaGoA3cq4NbrM4dAxxAQ/WUAlvbG"
    "gCpYbp1HsqVvkAJsgy4hCxiQeIRJO16Dn7PfnJdqvStqzuitxaiuIiLpprpnWeNmK2Zcfn"
    "Yk4vJZ7dJzTNHmezpTRVvIFbpXtIU8sDl8E4YBsfpOx9p2CF7WOnjDviBY6cT1EmxNC27e"
    "DugriNm/ZQsoaxnT3zIAVFrRJ1uOP6KmSfP4IEIFeUUN3GNuqCy5Vtx4JYxWHTBaUcnCDV"
    "fNaBuspEQz9MHoXn+RsRXRN1JWSVY+yjGyPiQSNl0Hla7y4jhHiATK+1EmUDaLCYyAogd9"
    "Zg9QYpMK2DKpYSEqYTsVLoTOwC9M14c3XTvCQphU9+bWWftSwI5pcfD9BakWh5BDYa/FIe"
    "TMaLgrTrCpQ9ENQutvp9Zv2EsNKdzzMP3CFyHqnQm5/iv1Ulc5/q30OjP++F7o34cuL4NY"
    "Tp4FCXZ7T8QEy54q9mFKUVewQF1B35yxWhUEPUooMC+AuQg7LCV0OmfBFaVkjmgwINDQtv"
    "TCWxj/GKHggDDZdAZ+YbI5gslG1O1pom6PL4ZrW7H5ozg7inDs4KpSTUYUZihWboBBjw5d"
    "baAjy7RqsYFMg+u98UhkFd7QyU445tbw60GWsdV2B0qGP/JgDciVtY6o8Po92oAc/mEgqo"
    "oIC+yxr7MZcVeq6hRF4+z6n+7msxTlLkwU19+RYoH/AA2ZjcnJk7+ubOyECYGljTQLYfM9"
    "+7y/nTQrFHioM5CyjYhxe+EgqqOzCeJGxBWBUCrFmSSlYE/t7JGJskbPpZvMh8jbbGI/WX"
    "z9B5WIj/9+wP+Y3AzBv5Fxkk+wRfwZn3K4Mz6lejM+JTL63YOGC32KtXFH0Wa0S3qLzs9y"
    "wHt+loovexUFmLUel4qjHCPrW3fY+nHOiiXcL0MqBhWWk+t0qA3VglL85H/ux/esq71L/Y"
    "Av7ifTq8ns69A5HVTKgwd8Ox5d/coa38vq9gF/GU2mjGIlI837vKM3WjeIzo4EDsOyynjv"
    "SA5nAfyh2evqh9OzH88+fzw/291Sd0+yLqc8y7YI9AwOyVyBnp8yAj0/cYqxHK+qU8uU+q"
    "bLOnWh7E3DckHUvGnLYu+T89m5EJRqvhvQiWZNbeZwyERYkMdRSsHlNnNZtOQ68nkZrbyb"
    "nwFROsGACoE89MebVrnyVRxiEdBTOqBHJo+wfHMuLrnYGHUF+IjmXLU05+LG+IQqqFfEtk"
    "KV+45gGz349mMbFQs1QFy4P1dXkeYK1Byd5sKHYg149ztujXODaFXKoYM+L/TF3FetzTbz"
    "1mgbsYpnpo6dekOsZZkJEB4CGSi2aekbSMCbtWwCGQNPsL4FOgFOcoj3BhCdNVHAKlChIR"
    "OLBYO95TVbaO6DKlRpE4E2xwy0gRsZcVLC0u3wO4L+pTh+yuNNpaPSkxw/JfyprGQ/3f5S"
    "YZwThD0ME2gE8eNWfWyR966R1hWGbJovOj1X6YGwLgJzglDgnQdvX5lyYOLCnSOyKzZHi3"
    "2nJze3k+vR7a9DYBC0kcn2AY+uvo9ml+MrSnI5n105L2X1mf1SVTIhZYnqjAu93j2N34Hy"
    "sbHuTHfnCiWxu1NZDkZnaDP/Rl/HswVlEP02FuXJaDq+o/yQNWg+4Kvx9/F0fjO+HdL74z"
    "PUdHoffcAXk+nUjbtBmuaE3VyNb0a3i2s6kfRtPLoahm6b0hrKKlsT15MZWwYbhNvB4+Ar"
    "luVxdIY28zjK1bv7m5v5LeW5aRuGTijXb27nP40vF3dsEzttVs0kl9vBNWRKrLAjL2h2X1"
    "GEgO6A6fn+5biz2fkYvphUubcgobqigZRCUeRcYhFIHmFNHYHkIoolXSCxEI451rYnu0S1"
    "LnjDPbmxJ6hloz+X4nqUUoQ8iJCHLnD11foVW8aHGtyKgScmVwK2okCTVbVacfLfi+QUj5"
    "yJJt48/UA9Lix8pCR28FXMwQ7wuqWT9RWz1QppiP4myZC3um2Z9L9cYVsEOH/OG2fK14Kc"
    "AC0HaAaiytATxFXRMtCCTdPBO3kunBSZWJKGcNU6Epd0nimdpqfLSdE3huaSVIPJn6ev62"
    "ktY1WjOs8xAOviwkL4mSXhmpJnIqiG1sSdradY0VNrSY8uaytBTKerKrKm/nRjOtu2t5i5"
    "gXFuO67KiDmThXqX9RAxFSqIdc6kI7C5gqQezBbebD0FLQhYE7CV2J020WrdofdEu3Sm6y"
    "luOlErr7A5m6On+DxDgigyqiSAygZqF31DoAmr3lVvvMlu2Vx9veCb0GSB3xWhunNn6S1I"
    "6BHbBhu0QmTjYFEVMGfGy9CEfcVu17p8hbSqx+GdUxzjC9L6ehBSiUMXBrt2OXU8aykG2l"
    "OoBEL5EJKOWYi3w7DVcn9PNAfvIV5eczFRuDjHURgUCK4IV6wocU/AqpjjFqkXxwIyJUs2"
    "eUhfy3i70Nm/86eDsvkWdLoy97SjZv9kBB44v06KJf3Ffitha9GvSBZcUbz9rhOHM09wG4"
    "fdC2DYMc8bwhIGvVfWmuj24zpB6H9CIv7BT/2lz6V4CtyfmQmOI6pAK+yTEimO3ptBVpKj"
    "HIxpsqR3odTB15I3WLHiYXpGYGqueHpuT4ikl1lqeYoF01EZWWqJgsFsUxVA2BveQ3RPc2"
    "VNnWZkTZ0ms6ZY8iQ3FSM9uDxEcviQ8uZPuUaDxxMBjofM1v/z/wGGaPv/"
)
