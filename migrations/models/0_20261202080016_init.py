"""Migration 0_20261202080016_init: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

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
    "account_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "brand_id" INT REFERENCES "brand" ("id") ON DELETE RESTRICT,
    "project_id" INT REFERENCES "project" ("id") ON DELETE RESTRICT,
    "uploaded_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL
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
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "license_id" INT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE,
    "requested_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "target_version_id" INT NOT NULL REFERENCES "product_version" ("id") ON DELETE RESTRICT
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
    "stored_file_id" INT NOT NULL REFERENCES "stored_file" ("id") ON DELETE CASCADE,
    "productversion_id" INT NOT NULL REFERENCES "product_version" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_file_versio_stored__b26205" ON "file_version" ("stored_file_id", "productversion_id");
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
CREATE TABLE IF NOT EXISTS "stored_file" (
    "id" SERIAL NOT NULL PRIMARY KEY,
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
    "account_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "brand_id" INT REFERENCES "brand" ("id") ON DELETE RESTRICT,
    "project_id" INT REFERENCES "project" ("id") ON DELETE RESTRICT,
    "uploaded_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL
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
CREATE TABLE IF NOT EXISTS "upgrade_pack" (
    "id" SERIAL NOT NULL PRIMARY KEY,
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
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "license_id" INT NOT NULL REFERENCES "license" ("id") ON DELETE CASCADE,
    "requested_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "target_version_id" INT NOT NULL REFERENCES "product_version" ("id") ON DELETE RESTRICT
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
    "stored_file_id" INT NOT NULL REFERENCES "stored_file" ("id") ON DELETE CASCADE,
    "productversion_id" INT NOT NULL REFERENCES "product_version" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_file_versio_stored__b26205" ON "file_version" ("stored_file_id", "productversion_id");
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
    "eJztXXlz4zaW/yoo/7OdKndX3IfT65maKtlWupXIkteWe5KJU1yKhCxOUyAHJO1odvLdF+"
    "AhXiBFUCRFolGVSmISD5J+D8e73/+dbCwdms6bkaZBx5mglXVyAf7vBKkbSP6H8fYUnKi2"
    "Hb+jD1x1afrDXUP7Cl1F9YcrRjR+6bhY1VwyYqWaDiSPdOho2LBdw0KU7h7iZ4hBQAd06K"
    "qG6QAVaJ7jWhvyxrYcF+oXACINb23yv0B1AYaOewpsDz/Rv1cunQG8rA0TvqEfq1sa+VwD"
    "PbX2CR4y/uVBxbWeoLuGmHzOb7+TxwbS4R/Qif60vyorA5p6ClhDpxP4zxV3a/vPJsj90R"
    "9Iv/xS0SzT26B4sL111xbajTaQS58+QQSxSr4veeZij4KLPNMMORLhHXzTeEjwFRM0Olyp"
    "nklZRKmDLxA/O1GU2Xyh3I8XinKSY19EkcA7fKRZiLKefFXH//VP9Cu8fnv2/of3H9+dv/"
    "9Ihvhfc/fkhz+Dj46BCQh9eGaLkz/996qrBiN8jGNQNcMmbHDhH24e3AV5ykY3TZVBmXz9"
    "LMoRpgmYQxB3KEdDYpjjhd8BziUgLsa/LOjMG8f5l0kfzL6M7q4+j+5e3Yx++c5/sw3fTO"
    "ezT9Fwi+zfYIvPrqbzS58PiVNCdb5CxoK+WquYjXlMUQvv3LI+MuDk9/yhmBA9uWu6mr//"
    "voQDEd5k1HcZaMNXb4N3aYw1DCkeispY29fkjWtsYMH6TlFm8NZD0jfR/zSDfpenStlqn9"
    "yM7xejm9vUkr8eLcb0zdvUco+evjrPsGU3Cfj7ZPEZ0D/BP+azsY8muTWesP+J8bjFP07o"
    "d1I911KQ9aKoehLI6HH0KMXl4KqpweQUYQM8HtCJNjQek5drCytcEkCKZr8g0H+GNiMKxK"
    "CGkicXqCmaWqD27h5qAFUqsq6+MuWrALA8wj9aGBpP6Ge49YGekO+kIg0yYA31icVuooEB"
    "/Ge0hqKn8c7C6stOzk8vLfL7ya+GbiATje6vRtfjE8aR0ACwDw4crry6F9XUKZhClXwDMH"
    "uYTk/85btUta8vKtaVgnVMBCLdyaN9GZL9+PMdNFX/RxQCHWvEd2QycSD38bPeWgncUojm"
    "X23ebrJPVKQ++T+Jfjb9JDZopYaGCNaqxgYcjd9rbBjZNkT6awuZW6LuP0O8BVQoIpo92V"
    "2rFdjAzZIo+nRCQNR6QEQEFQOqHwJrFVkQqG3jDfgZ2i54WUOUsze08SGPiI5MvAOG60Bz"
    "BQwnslG8oiNMA32lkyLgehg5Phe+kwaLHhos+OX8LpU4KeHXlfBj+yenmJ8jlLJ+Xtanhy"
    "bkVKBSNBJUqUBJBapXcmdW1OdVoNIepwPRTbu7hnUuVNalcldNgUKVP3mlnroH29Rlw62n"
    "tqyBWZ7/vVmql//qtEznUhOD9ipacwRj/6pmbWwVEWWIaiguRCpyQ70oGvLaekFEhcHWC7"
    "AtCjlQ3bwjt6lJpSrUL1XI/28O1mIPYjRe+g+r+Q8NR7ExVBzVhCzTl2WZUEUFSzhDmoF8"
    "SWjbwnz3pFuN83I+n6aUzctJ1g3+cHM5vnt15rOADDKC8z0vV68tskudtaIbDgXCUTyH5S"
    "ovPD8K6buTt7/v9ZEyVBd5twcMFUnmyNyGt8ZArC3hBVdqbMFwBTFWTcJOnesGyRE2Evpz"
    "3Es6dY+cnVe4Rs6yrItvEfoqa3mhkNXaYhlSGaLQZwPmjlnLLa+ZLUsobW17rUIJ0JoxXk"
    "Qq2rBQrq5dZ9fYQa7g6FgKYDvcLSwW+Gkr22plmAb5TQpEZDqmIsEDVjTdmMy2HaBUVQk0"
    "zdpsDMchUxM1SmWdpq1iNux1Zqtbyzt4U0bT3fqzibrQVNtQXOsrRIfCZRsLOo2oOGkqdh"
    "XTQIceX1dknimZRlicrI1tBiSH4RTNIypQBnq2DO3Q5TQJZhEVJHIAL8kp7G6VpWpSCfZA"
    "uKbRfJfBdOLj1ojMtYNNaJnLJBsJOYdj5c8iOEjK2nBcCzNUzxpYfY7nEhEyIj0+WWQWhQ"
    "xBDtEcm1lhi3A2UWEzEJElJGzcqw3rB0M1x7q4ABHtcAMPlk9vg1mEBQlb/4TawSAFs4gK"
    "0spgu8U5ELonFx/UfyQTCWqVCULyDkRJuMDFFESe/YRVnZqttK8HAvUQTHVLSIRFyzn4eh"
    "MrjrDd5Ku05ZgVAZizLZcEAqZcAcFgvswrGrIXmgL8lCcEQhcMTWeiLx1vQ18YrgNC1fcU"
    "2DToz8MYIm2bjw1sYf79YYK/JYMiE4Ekv8v4wS7jB7+Sn8WO/hgjb5PznaYwjmj7HEt4cj"
    "W/uZnc30/mswsQ+5Qe0d34y/jufjS9AJiGvjqq+YhuR7/OHxYXwN45PPhjECuFIJZEIGZj"
    "R9RNtEkyx73xVJwPtaMRKbvkv9++fffuh7ffvzv/+OH9Dz98+Pj9bjPkX5XtisvJJ7oxUi"
    "xghMWF5xl7dxQExCVo+rwrakZGvauwuN8Vru132aXtK+p8gTJJEhkik1+0OtQ9GypfIdey"
    "TVM1s3D7FNBXKTD8rCQw/GzohaVkSN9p7Zxkepdy5yMniES6gxs7qAIRiw/WFI08/VkZ3u"
    "movJpBqA0sXwGBLolETWiynUWh9u2A4EigTSyuVAjqHTmt7yZXi2zybHpZdopyz9Yxd6xv"
    "CdrsVOVY9T0UY+7owYFinbqVCtbzkbKWMywos13GXKpivIxXyV7rZTHeVWyEZJW5nv8tMC"
    "SDHWkkPIaRUNqgpA3qiNC3aYOKD5g6FvCYujuk45PwhA9wch/9zwO5ksbX1OYdzkGN3pNr"
    "avIODsPjG7xTB32OL/uyJdO00rjSa+MKXXR1inbHZDIfts/8lcaztoxnBn+OcZpIWnVY5r"
    "Po9uDP385RSoCl2ey4ZrN4STaAsFgRY1l0Gfu3kq3MkOhWspAZzVQdOE76/EBQbzcKMkpu"
    "ZtkQE4nPJcbDKM26ktXwZOTXePdjEk+Bo1k21IGGoU6WgKGaQAU2NjYq3oK1inQHuBZ9pG"
    "KXcBLoqrNeWuQ3M0IdG5tWFkLsl41SFkJsN97F37vKmuwBHpTTVMJFFp2/rwD0+ftCnOmr"
    "jD2SnkmMG+6n+/mMDXFMkTWGGJoL/gNMw2lNMD7568pDGsUQLD3DdA3kvKGf9zdO02QT1h"
    "GKUMowkmvRmO3GeJq2eNAJsi0aZZRXHVYMzlBlqo7rVwitwegsrTRJ9pnTGD6TK6mebyFJ"
    "KbncZy5Lw3O7pYJ57aM5OomuNI92ZB5lNj6JF2R31ruhYpvbvGx4jxPjdolVlLaupF6clp"
    "mklrshbQaxSTNQl2Yg3mrmBxUx7xm0KdPE+yo2oPfFJqD3OQuQtLC1a2EzHGVDPk+xsaV7"
    "Givcck+3kSx1hw1HonU+2H4jGD4Zjgsxbe1F7nsz8CLxtnwpmUV2f+HghuE4HnQUDWLXWB"
    "kawYe/+Q5zBsmFPVzI6SNV/LKybmSBSzZTUIwezIcXFIuO90Gal8oxooU4Co5dfoy+BJOJ"
    "up5k7bXuwyB2tcsZCmeyrnmxzrmroi71TqH0TspS3rIbSRrh9M/zKhrSebGCdJ7Tj/7lqc"
    "g1XAbEhas3SdKdyfms12s4YWDW9VqesCSddGxLR9gAeNrO1uF1g2WoZIpAHtiouj4Xrmki"
    "CSsjYyhQiTgzhlJE8hyQLttjumwLzeLc2Fa3oQwV2/TO3Y+tGZveDsS2uhGvZyduVWjTd8"
    "1+aKM7v7s4g4ECmxGOuNOEWrX77HqxsQw/yUZtJZaf1LB2y+YUlNY+BcmKOrLo9rGMRY63"
    "jLqCVLUVJUgE9Ke/reRPf1viT3/LyFiBfzAgXpCnBbkq4Xgh8C0zYox/WaTsF7lEiZ0NYz"
    "qffYqGZ7MnBl9Hh2ypjeHWqKNz/3B5M1n4dXR2czyih9n1+E65G3+ZjP9+ATxEC1Vj+GzA"
    "F1ps/n4+/RIU3nEs8xn2pNaOipyXQKaoukliilqc6qds0tkukelEtVgxNKtrsO3rZpkkSW"
    "WaSb/5HBzmtficIpV87jOfpRelJS+KR0Dh7ACSopGoMlClpStM3sYqaSLpQsnDGvRx5EM1"
    "RSNBlf6TY1YEC07O7uzQgwU2ecNUwNXd9WY9ENfKTV57dihUBTZ1GlaorxbeSdJzsgfX9N"
    "3dK8fJtaV5tEv4FT2qfGdFzn2SHXJa5kTRw8GKlhi9t5jYzNssIXZo21KbIO7PBqKpnAtg"
    "IQiw9eK3MX1Fu1qegi1U8XenAL55egMeibamQTLdxdvv354/nuTLirXxAQdE+B43U69HQa"
    "hNJUEWu3KeVdNjYF3WGWFHIpL20kFjBI7UpDaPtAl6tgwNso6y6FXpEWYkBnXmBdYLfMA6"
    "mYO+C54nCKIa69Iz3K1neHhuNB2rK5fXhXZ9N/pxcQF8Wuo6C5pQeIguu2RLikd0NZpdja"
    "dT6jvT6I82zb44z5B/6XPdszuKRpxnAl60svVNd61vXMtVTT7RZUciRRcu0SV1bFguQ2As"
    "9rhH4zs80jlP896623fSTQ5u6pxjw52kKfPKDXC9l8BP3WwyVuFb9G3qNZmsSxYPhcV+LZ"
    "Q6PE4RyhCFPvNYtlITm7873bfOfZyhlZzuP6cVIkM5Qe2WytpvllAAjSGtAH+olCbwoSRN"
    "4EM+TQDDDf1p9YL4UqRyX/V5X8kgPhFrgvdsw7SQt0/Tvrjz9hNEElYZdnbMsLNwNTYA7m"
    "0807CWL0fafmLjVsD2GGXsB4pteRV7vj6UtHDbgaUXw1CBqGCgIIdFxiSx9cOfDgPqNphF"
    "nIXZaoHK5LIqDlDZX6YyDFJpqVLlb8kgGCLnG/4kv1cNb5ORJy1EnuzYwCFnJkikasSQ3p"
    "NfIwdrsSEnQyZgJEMrhpzB1Acd0Aomv8tVbBwe1dUDRdJ0IkHbcbSIumFrpmXgxzQS+NrA"
    "RxIQn7CRIhIJ/bZMLwlB8ED1NRF8PTCIq6qw6dXVpy5sU0NdGia5SC9V0+cSQ/fIjTktU0"
    "DMaLSyTAxvWAtJ2P3ohSU1kKNqID4LOMTkaLyA8vHHKuLxx2Lp+GNOOE7souqCRIKou7vs"
    "e6HECOl1lB6cnokRlTw4R5YjxsjF21IpIhhRUYaAu8GdZdzJ3DkpPwgkP0g7xJEECFotgG"
    "dVR+MFXNXvqqzqd8Wr+l0+hZOZi1WSwClOLlYHBvkanaVkOokMpBwKTxuvhqi53MUQEyQy"
    "zk92k+oIVgvrvPUlkyQSUmnPOGZEqr8WG4B2Hs0zrKVbFdfklq2Aquwh1UQPKXYlRP+ebw"
    "BZsUN8k9JQr6ogRguaac/crfUyQ2Y8qDMDJi0mBaUNs1sbJmcHcVGbh5+dV7BGnGWV4NgY"
    "QV9lAtkwo9RRiW0Ys8ociWBEa8XSE5wVTHyrVa3r2qpmQ6RTzPggP7kdz64ns08XIKR/RK"
    "OrxeTL+AKQI9l4ho+IUo+ursa3fnsoZLkKOVKhHXWZOnrRurVlUqmurM4ge0fkCIWzgTZf"
    "wy7E7BlihzMEPE8p4d4Lt25tyGcp2lpFT1DxHMiQUC4ty4QqKgi8Z06QQX5JZmgL+t2Tbk"
    "3Ql/P5NGV9vpxkq6s93FyOyZXrc4MMMtwCdxWGT4bjQlyznkKGWFZU6LMjQFaI+ybYLP09"
    "7VjRl1hFOh+qSRKJqfRMSM9Ezw2SnJ4Jf383AO1lNI+gwCbPQenw6dDhU6U6hqZiV2mgRM"
    "YVmadifYyBAJ7xlyWjk41D0coHRguIGZFayftDgfKdKSM6lUBHZNrwRNRoCzNcCTWA+hzP"
    "JSJUjrfcTd7MyrpPzCgqauQNclYQN4PYIpxNVLQMpFkbMovin1/K0cAb4pHvYTM0yDYD1w"
    "M2r/zpRF1sgRTXgPzlS7sCC2Ce/YRVHSo2weRAqB6CqW4JiUjL6sCYmGyLXAbINyraLiz6"
    "74oqWOUeuf0KbyhRwfwfpmTCguKfienig7qSCbMLsLSwzwgaBnKR6a+741L4Mh1z5q6x5T"
    "2tE1SJGCNmZQnyXMlG6vxZJeopELSLQ592gvje+Kfg+vSH7m35OgJkHs+EYEl/pwsIVEAF"
    "1L0Hwtn+Ash0ry0EdtcxIXmGwHCBawEVWTRIKhqcb/naxgcc0PJVRmO1EI113D66x7YjZy"
    "JRqoWilMWi5Bz2toeJaOfUciFmaaUTsddOxGNl4vSNp40XiA8C0XY6JWeleDa1dIPtdYMd"
    "I9uhb2u5gXSHXd2ysjXdHMji2UqyWBfs6D6mQ0SG5WLVIGF63q8cJGzeFdQDmwJFhHNze0"
    "HEdmy9AMMBL9hwXYh8WZ4I4CD034KXteVA4E9PpXcy8tWSSO/AMci0wFqRGSK8v2NoCu1+"
    "VpW0jmQCiZvr9S5L1XStWMjKCEIKuTQJgC/OO6YQUGdsIcIbuqrBlcgTUwgXQN9OzRYZ7C"
    "mLewwDUmlSkJpuz7SvEk2XHZkoo2lbjKaVVRNEqJqQCqcqthVko672GwycLEUFpyKGmocp"
    "7CBJDcg/auTJA688m+pjzikgqrxLxr558+a7v1Blnrr/iOZvEHWeqvwlvsXWPke6GPtlCZ"
    "AuxpZdjBAblq5sLOSuGfEnJZ6RDF13ouLZ216v5WSuL4IvjsKyeFBjVlGOb4KozJ412BuX"
    "BR41T2UbDDlKUDQij15pknqKrsPc9OjUHWxqutQXpb7YM9m7imf0qML3zmFaLHgnfar7he"
    "6kT7flWmauislbJVPSzHMC/5djeViDrLdSAO5SAC6ub7+/ctQQat2fTCdX49n9+CJSwx7R"
    "6Pp6Pru/AHE2G3d9tCqS8lmxoHzGrOBVVBCqWgmvzqtCNVjDK6rXFdXqekRXo9nVeDqlDz"
    "X6k02TPr0eX00nM/pQhxpNsahV1at57lnktyi15BsGZSO+BgHOrET6QnCTcNYQTFNJ92MV"
    "96NmbWwVbRVes0iWTji0WzGORKgFTnLG6b+AfxScGwxSATAvC0YZ/7JIKaIRsq9uRr/4oO"
    "9iUabz2adoeIITV9P5ZY4ByCUCcI3lnqYTAPpOlnuAGtxwBpHkCMXD+8P7Knh/eF+MN32X"
    "wTus8obgi1Lo6Cy1dRXMICsycpi9bMv/vOoiYUwgTNPX5sJ4/AR++hcD0Z/u57OCUJ40Wd"
    "bsbWgu+A/RD53W8D3568pDfqwhWHqG6RrIeUM/729HuEkpTOU3afbSPE2HatIJsjcphgQM"
    "p141yiytjLLtdZQtUb0NvRaj05SyuGyfuewYT0h1PcwlF6eIaglpPeNo1nBUSSymw0qMR3"
    "nB2IV449QpU54jFA/zNoLYg1NoueUz1eXoZFCwdPJ2F+sRyUi8y5ZBKRduHuC0P5IPYiat"
    "XMbFlvxaKDNpJcrFKNc6i5m08sCQYTfHTNPIB4vIbI09GDPvpApQ56N2JNR7oGZeTNWhlo"
    "1beZHmPj+SMnADOIudkMRQGCq0yI21YwnwHoBzhgTutK98rZ4jVGYfCPqHVlGtEqYbFzUu"
    "jtNNFT7eH6gb1132x7cbqovhxnpWTYX8lz7HigPJRRaY6S2ymqL3OplIVqvpOkSXcoAz9i"
    "1B0ufg3D6FvtEYB06UEyQS5WooG46S6vLJuLH2JF/lyDuMRjmO77DBYBTGYZ5jQLkPlz2D"
    "9OX22Zdbdr3zBWoUzyNXQJ9XADk3NQtjWFAgbd+Zm6aV4X8cJ25wT9Vq0puilEFRvd5gEb"
    "N4vbM5OulqkUEF0oV17DOp8Zra8T6X5tE90OaOxF5VxQp60DLMfLvmtMW2vV0f3JbNeQnn"
    "XZTBsSs7/aIatFYVDRo0Voa2MwknB0rzXpfmvQGmfu9Wka1uNzBgKU8O+Ojvo8liMvuk3I"
    "5+vRnPFhcgO+Mjuh1Nri+ArRr6I/pxNPFTwVeqYRZlh59UY2Ymza1SlltJklvOvqXDjW25"
    "EGlbv/MXk6tF+yVH2gxLj7t70hHU55UCqM9L4qfP83mFHtFOCWo8YCdpBLTdvquA8rtCjN"
    "/lAtQtV2VYxi+Np+I4sohEJMn7v9++fffuh7ffvzv/+OH9Dz98+Pj97jLIvyq7FS4nn+jF"
    "kMKfEZPqEsmQ1ymRIhIuUbadqgex7JMDeo+NJkUpbTS9ttEcOc2mb6xtO88mQC0q6VNjcz"
    "EnkHus13tsYyG4VaiqfQjni2eR7O81+6m6VqeZaEwm/Yh95i+GGiQIKMjbLFmNAYvv0Dxl"
    "I7mqPdJtm79BC411FS1whfSysEhW1QoQqnVZZUjlAdbnA0z212pn/0SKMLf/O0sn/d8lhx"
    "MvunlCCe9eN7hMfWuxJ1S83xvAV3A/ePZorJCFldjwEt89+OYPxwPysExDXRqm4W4ViMjX"
    "Y5Wn40vFCqcbk9m24vCAFdbVTNaasBihQwHyA1OmZB6B7qGM0ckPGTgQpts4lEGQddR6GJ"
    "S/qIpCoaIVtyccSjGjcRXa/9GxYIWtf0MEVBdoa6h9tTyXfDvyBYCKdGBjchwA1aGN97bg"
    "BWIyz8ua8JKc9n4zPk11VdN6AroFHUDWBMSs/n/tfZBsANiv6Ktvtf9J2P7kEd3OCUj3Fy"
    "AoO/yI7sd3XwjJBSDC37MR/uqjx1XJPo3t1mYnP9VV/DONcYuWhPmk6UQyjXUc6/MvT0Uu"
    "Efg5jvgkiUjIN1ctfFNQ875kQcc0IkHa8WKWNe8FyH7qmZrTNKyB9sHXrCtBItLp0BimNr"
    "Z0T+P0rqWJJK77PRS7PKID7bu7lKWBwVvVwpvcr/tT9MJ12ACut/FMgiKb3rMV/D6yyGET"
    "qaVHT3703KX1xw3twsUy+8VvT0vtfv44JWrm1WoypDSmdWlM06Hu2ZA38S1NJVzOWyv2Gg"
    "w1wzYgS7stjcGMiUS0jLXRRc/xlv+ELLGgJAUrJhEQ5XeV1vO7kvX8Lr+el5bOODOK+59G"
    "44XAtyzAspW2pzLf7ZuIdXVduLG57HBJEmmJy5o3EDmOlBCiGpuHQS53UK93UM06iV2XRe"
    "xSthWJvabquArE2GIY04pFjzSVABn2XYgfOWvmcQwYt6rjvFhYv4MOdE8YNoz0gNMyM4Yd"
    "DlXwbmyFECYLwdd049MQo6/AtQChBSqIJgOvHk8eEP0I+o7GDxnokcxtYTIIwRegWRtbRd"
    "v/csDKwI5LhxjoO1YMU4ufJO0u/bK7uNZXiJS16qx51NQ0lXB2l/MqxoDzYlvAec4UIPWm"
    "b0IsgH/YBpmuBpvTlJLNvWaz59Taygkymerbc/5yxnckKGQYwv4wBM9pJAqhYpZZ38Ct6s"
    "5NLCp2DMKxNKEg3YWpA+0yYcq0n3iQdOAOaUefligSPShf2uMKL61UL7WxpUHHYdmgisFO"
    "EQnhA2s7gQTDFaQVX7mySFJEwinIrQQmyJj7I8XcyyrIbVdBHmCh9rA9LKfn4OR2PLuezD"
    "5dgJC+rBp71vJc6SKtdI+WXKP5Er5hhi5vteQsnQDunCzUlU55OqwEblYAmuthxAt3mkqC"
    "XRFsaXguZIBIFivqcaPmgVqMztBK22SfOS3LELYToWWgZ8vQOHMl00QyV7IfuZICQlpiS5"
    "dFB1ssOth1vmTPlu7B6ZJsVMNjswFcJ/FMYiKbvmEKsC32AyVCE54bK3Q2fq5W7Wwop0Sr"
    "5c5SmBW7zHaY7vWbKfC5qvfsZGRTM8xrC5nbCxrVB7D1AmyIwc4LAPzZTsELNlwXImAgvw"
    "QZmRc5qt+3G1grYLgOgKsV1FxGuGA7nyH9e/3y7/k85PXspYjE84J8qOQF+VDiBfmQM9gU"
    "V5VjQzyESnK9ceVJF5N0MfVldTfsYrI8V7P4Kh0mSATEt/nTQ4duWHiiKsIxhXAOi1baaf"
    "qtnp5rWbEzpNJf0WsrdqTL8JX7ShGJdBu3ZRtMhFoeaGipXuO8bxBXtbSkVxe3paVVG0JY"
    "FYxlPogLhpVYDhKDZMTtkPb2aYlGrhFGc8nT4Xjh9PBKsbUlobX5yFpZ2l2Wdu/7vdZBRG"
    "7ym+VgLi5zkCETQPXpusxSjXL6spL+t2SlOnm4v+5Gz2/YTCXruzcYXOMa2lfoKi45iXnO"
    "5wyZPJ+5z2cMXQPXNFMlKWWoZZ+NVDJ2+ptgs2frNdmcppRs7jWbl1hFOp/BOUkiI1H3Wp"
    "t9uBqwNV9G8wwL3aqG5uSqOiCgT1OxqzTQ5PWKzCNyj9e4V6jshttx6GPgdvgCsRN83SLv"
    "RTTitIITQ3lODG7UmfFbfIBFn/G7dHAc0cGR4HRVa0yCREAj7/sqNt73xSbe9/ni+WTFa1"
    "ylH2MKCXAFgDG53VVa9421jql2UWQmSJGVqRYDBL0EZKoqMNZo14J73xATTHLvG7wHi+4V"
    "SrJlzbYHSqMLfxJxtKSMSeYJqzpUbALIgTg9BFPdEhKBFuahcnsM9cowWYrRjYq2C4v+u+"
    "LWv3fJYaH/SGarA/NR5diS3e//OCWjtaR/KqZLkNzUGak1wNTCPjtoBowvIlFChUIeHiI7"
    "hoUjQiUnnCMc5K6x5T2tI24lNSDmIUSeK1k94s99mprfdoqtokUdqUp1s92gNgPMfktmO4"
    "dlkX6XSlmXSplruCZX0M2OQEB9oZWGZkMsFmaqCMGI99WLhU1HsxmtBxbSP6LR1WLyZXwB"
    "aFroM3xE85nyeT69pomlytoyyYir+c3tdLygVLvCNeTpaHY1nvq1xTQKi1mzvFjzMWqEH9"
    "h1ONW/FNGByl8/5b+Kuh9EOi92CZJvGTnpvK4D5OC8mtJ5/U2wWVb9krWUjq8N89dSqmIO"
    "C0vcHGjnEa4SUDrSU3UONYSFivyCzCTQqkyhVGDL4kGJy4w1lJXUspN/t6yKzUfRqttrQl"
    "LcaGS7diR3Zz6PzEin4LekHUtal6R1SVqXsnAfxbrkWrrFa1pazK/nZGsQykc0mSm3d/NP"
    "RCq5vwAGUsgup7K584gup/Orn6nRaGla5DzQH9E1EeAvgG4hKI1Kg7v5KppGdHI58EEXU3"
    "zLuEmTUh0gB2drkCalb4LNkcDNV4InRSRNSsVJmVywpmhkpsn+ukaxnnagnS4R3jCwdVu5"
    "rlFqy7Kj1vLrtwFoRYtQywKb2rQpXMk3ALOH6bTFelEJm7XjELbARoK46jbUHVT4VvQjs4"
    "FbSQsUK3or0Y6XEba1I80HbaXeRuwq3Iynmeit4OYutcHdE2W2IMMmenVaZntzEoP21xQH"
    "9Ae8NtAbMEfm1i/lff959Prth3Naxpv+uYQqhpho319ptW8HBHFvjNLhB00l65H1zHZHea"
    "SsVYcrnyRNJV5tsvcVbD/n74trk72XHd2+SfXMVB1XcSDZG/yMztJKVvea1fAP2yDT1WB0"
    "mlKyuddsxvCZ3HX1igYlKWXRoD5zOaElVJQvExTSoLbf9uM5jXRkq6vq9mOr7DVOJBYVb6"
    "Jim9Ei94RHnn1loZWBN6pbpLTmR52W6q/+eApKmmCvLrsgGqaF4Gt6bALTQF+Jzqm6IJzI"
    "AWqgoHr2fzkAblTD/AvwkGuYVDUNmljZ2NioeEsdxMhy/eGA6LM5VbfVT6oS8BJ+0u4WSY"
    "gOMsZF6slST5Z68iDlLak8fRNszl5fXPs5QysVqD5zWipQUoGSClShAhXnJ7AUp1T2QonC"
    "FBeiqKQoHRZrv7LMsPt5UGfID7WPH0ZJV6kIfKmTdKqTxNyoExUeU/c5Cv/k9m5+/XC1uA"
    "BhlZVHdDtaXH0mf6uutg5KC4xmvwaFBVS0Je/v5j+NQ4ooTIhXszmrEv19Vhz9ffbtdSe6"
    "HV39PPo0pozRvpJzMNedKMW26/nVw814tqBh+5oXdak7Ppv8L6vw9ihKUwnQm6GDPkWGo6"
    "wwhIqPXR7sS8syoYoKbogsbQbyJSFuC/Pdk25Vgsv5fJrSBi4n2Z4XDzeXY7LcfSaQQUYg"
    "++SDXR34DLHhFnTMqZBPlKCvtda7UcROpvO/XwDTenlEN+PrycPNBSDqpOFtHtHnySdyFK"
    "2NJ3qB3E0Wk6vRlNwg5EcZmmr24yTSDcc21S33WZSl6/Ol0afzSPZNO1JfnlCv4V3nGTLh"
    "jOsfq6zxj8VL/GNuhZOPc2mzXB8jDqSzdAKeKGeVTpSzkhPljJG1a/ybsx9gRCGSRazjdo"
    "DOWn374ZzrINlRCLiwpYtOWvQHVbyqZ06aphMNZUOrxiE9Vk6s4LB6tmmpOjmul1tOz16O"
    "UMLbyyJ2PUO4qpOvUg07xgHRALbVE48Him1J3jEbW9k+sBKuFdoHFpy9DWBb0ek/UGjz18"
    "3x0rpTbSRSTOPO6s532RuULYs3vzv/c7OZ3nGdyHSGN7P7RjbXO9/E49D+HIHGVBr2EdZS"
    "YIR8xFUWisM94pIO3XfnoEEdcdU4PzNxAx2H/EwZet55mAfyNktWmEchsDFBM3ZEAdBNBP"
    "IXGr/3Oz6HYAA/uR9Nx/cXwFHJcfmI7h9ub+d3C/K3Z9sWdvPhMY/o03g2JjLIBfB/gaHV"
    "8X82Xy5Rh7aK3SgypA670jOIwLT7HddoHczJdDqZfboAS8M0Kad6wbYBlip1vOXGcF3I3Q"
    "rn/uHyZrLw29rs5nhEo/v7ySe/Q05YNkYvq2Z6ezdWrqbze7+jDoaKZlqO3xwnfBb9fTee"
    "3479WTG0bBg17jk6v21sWIcEkyTpO+Q5svAmjPTgYPjN6Kf53QXYqP+08COaze9uaNxIMN"
    "cjupnM/LcGeVCHOc3HkKwtclWzUtZKo6sSVDKuiiOuStbBbrsOtuEopvXEuZxjIrmaOVYz"
    "wczXnjnWc4KkkbjAHkXjNN9kXPrR6yzwwfnRZWHmb4LNWRsZJ68Z5JLhvWb4ysC0Xpurrl"
    "YKmdYmv7QO40umkRnPfeb/jlm0zUSd6mA5csnvPvM7VIqVF9Ug+9UITRk8LGfPILneZ65b"
    "zxCTHcqpcSaopMrJk5hmmc+1ROUUodxRfd5RsY27Bp9zxJLXfeZ1bT5LHg+GxwT10PeYZv"
    "D9RjXNwhCFmEqg2OB3b38434Un0D/KIhPub0bUfZu9AgNgCFIbtue7OBE1T9nj3OxGtkob"
    "yai4prEuSScPrD4fWMdKbOqbMa7pwKqoRw4nsGkqgW6D5oD1CCac1fVSNBJUZtIYjRpW0m"
    "HD1ZPHGMQS5l5mOfXt3G0tzSnY8w1gK3a+SOpoLEgVKTkpGsCXO7VjoEizj8kKkCfb7cm1"
    "XLaW09ITd+JT6mSGjqMYaGUxjN0h8Y8/39GkHHapo/hgJhNNwnkEOZuzCkQElYKhqjOCne"
    "sBdkcmExU0Wp3TDEgOQusqmkecTc0sZhD3M60NVZisvCAzCQqW6rqqtqbmrgOhCvLxRrvp"
    "RN2Fa4MmQjJiOvnB+hxPJSJSYSxWI+vqJphLJKgay5g2DQ0ip5E+2NNgqjowDypVOvE7sz"
    "nSQc4wK0s6xLkgPTrVFT2RGR0+N+NPbDY3OnHiFmZJp0/lffnSipoeXqEzNk3/BgEZ1IFr"
    "ARWEu/8vQTfrrQsdYBrPEBhBVy968pHXwCPrBYP/TVSi/F9Wv+zmP6BKWvcmPnUIX2XOdq"
    "c527KmaUc1TWWV5G6rJMsasrKGbPf+iI5ryMrUrH3CqhCRAFG+DZcElCYSaZM1V2IlqU1U"
    "hDVFI1GV9TiP7KmOq28d6ICKS30NbP1W9UGldi676x7j0G0MWfGMa1mA0zfOfoRl8cghFY"
    "+sYCW7onEgvpWnwEQWDTitYB/TEmP3Gsc+q0h3gOW5YO2RL/l6pWoEdRBMBYI6c84FsBAE"
    "2Ho5BUtvY0MdLLf+I9W1NoYGPJssIRfYEIeEeRtZi5+z31RWaBnjtSkIa7ZpqvhFsb3sWT"
    "WZWXYleu6ORCRpsQNFNyf0HPNoi7yIhUdbws2492hLeDcr2P1tGyL9tYXM7QV4WVvgFf2C"
    "YGXhwAK/dVy4+e6UvIKI/lt1gbZWEfktp4CcVuTJlmHrb2jSKvb9RH1YWZK1Y/M+v2FIGo"
    "QGYBAiBwYzwrOk8atWEAAggkG7+ZpXK2xtlLIKoWyUM2Qi5LW1XZaTrHJ+nFNEEuX9KGOo"
    "OnwHRkwhQKfQDio+kgOWO/cpQSItndI8L+3HvTbBcdqP/d0t7Zp7k8fcfTlOx1T7I6N9od"
    "qfsOrvVfsTHoWWO6XEmzrh55eqd6eqt+0tTUNj3l7FUleKSDjzbPNy7dLSGb6j4toj0Xgh"
    "lOCuS44YNJfMhRgF/QgyFvA9lc2TlLLWHEetucimsFpxgp4mlJhzYC7j6modOoMzo8qCJc"
    "1r7Rja5paIp3ywZqgksNIcIs0hvdbcec0hsuhLG0VfonOzsRVbPUxxoAhnbppDSpHIrH6+"
    "XHUKvdF1qvpAlumhmeqlxswH+wmrOrwlk50wTJnJ16dlhkwvGKjY0cjOGj5ra8sgh9fv6Y"
    "bP8A/bIPqAtG52H1ik636hLMZm/ul+PivQnZJEWd3Y0FzwH2AaTmvH38lfVx7y42DA0jNM"
    "10DOG/p5f2vL7VyCMAWp3ECXtcWdpvVfOkHWQLfCECq1OJOnlOxpnD0q1tbGc+2m3gnyPp"
    "uvTxaf/kHOuqd/P6J/TG4vwL8N+6TakZXyFXyo4Cr4UOgp+JBLBw/uDyb0BZa8HUWf0a7p"
    "iTl/XwHe8/eF+NJXaYBpq2eFH+UMmWjdOJvHeYBty8lQD3L3LP+fh/ED7SIeUD+iy4fJ9D"
    "poI09uB53wgPYaH13/ShuNq/r2Ef04mkwpxUo1TFir63jzja2j/ukcImiSpDuT3fe9FkRl"
    "JCP7kqwUyfihJJLxA6OSx/FKAvVMV2+7JtAQaqa0fC7Igil9WewiOXZ9gaBWs9OYTjbH6T"
    "OHE5Y/Th6nKSWX+8xl2QKpHSE6XWS1Iq5pIokrUzkhP8txa9Q+YlDKGBhGDIyKn2DNZkhM"
    "WrmMZTOkQ9y2p9WbITHDYhIVqw/E9oCq4gPBNn0B7cc2veEbgJi7H9JQkWYelRU6eyVvsQ"
    "bwFjvUi3Hl9yoDzkefFS3i7Kvg5TlV63aNaBUsx0J+DRraIsoBBroAKtA8x7U2EINXa9UB"
    "KgLhwfodsDDwkxrCNwBbtGg90oEObRW7NH7qO1Zx+/Y+6IDKXTI2pYXYFLhRDUaGUrHpek"
    "cgXsbdhyoOSDKqOOfuQ84FSUukk12tcOOcIxTQs94K4sct8Ncjh1crrQJs1XFeLHJdknN+"
    "zQNzjlDiXQXvSEfyYWLCXSEYKjNHj92NJ7d3k5vR3a8XwMbGRsXbRzS6/jKaXY2vCcnVfH"
    "btv1T1Z/pLdcWBhCW6Py7xevc0K9pUY2PTide+ZKRQkaguB9Mz9Jl/o0/j2YIwiHwbl/Bk"
    "NB3fE36oJnQe0fX4y3g6vx3fXRCx8BmaFhEzH9HlZDoNQlUM0/QjVa7Ht6O7xQ2ZSPk8Hl"
    "1fJIRIZQ1Vna6Jm8mMLoONgfrB4/gr1uVxeoY+8zjN1fuH29v5HeG549m2hQnXb+/mP42v"
    "Fvd0E/vdKp08l/vBNcNRaLE/Vpzpvhz9mK7DbPFIOB5ssjiCLw7R2V2IiQpoGxpX4DWTWM"
    "Zep1jTROy1DPwoPpBo1MMcmduTXcrWEBzI4bmxJw5kYz3X4nqaUkYJyCiB3rNUQC9gzxBu"
    "wAkY+00qZRhrGnRo7aQVI8GbJ2l25E80CecRA/XsGRAhpdD77MAk4xivOzKZqJitVoZpkN"
    "+k2OrW8lyH/Jd1hnIBF81560/5rSAnQasAmm0QHecrRIeiZRsLOs0ARe1KOGkqpp3M0aGF"
    "Eq7IPFMyjaDLSbM2thmQHAZTNI+o62mtIt0kqswxABviwjLQM01HdZRQ8z8MrUkwm6BYkV"
    "trSa4ud6tARKY79MiaRtONyWxbYTELwtiChkoHI+ZPlug+JSBiOtQM2vuQjEDOCuJmMFuE"
    "swkKWhxeJmGrsTs9bDa6Qx+weeVPJyhuFtYPXmFzOoeg+DxDbBBkdEUCVQ7ULqgGQwceKq"
    "vehpPd0blEFfAd6NAw7QOhug9mERYk4wl5Nh20MvDGx+JQwPwZrxITiordrvn0yjAPvQ7v"
    "/TIRPxqmqBchOXHIwqBil1+ospFql4JCJRGqhpByzEqzA4atEfk9195ZQLzCzlSyMm+Fqz"
    "CugHsgXJmqu4KAdWBGWqpyGo2zVFzVYSF9o6LtwqL/rp68SedbkOnqyGlHTeopCTzwf52S"
    "SdHL/FZM12JUmysWUcL9bmGfM1/hNgt7GMCwY144hKb3ha/cNba8p3WOMPqEXPxDlKhLni"
    "vZnLU/S9MRR0SB1ugn5RISwzenZSmJajymzZrVMtGvy0S/wszu4pSdBImQyWdVyuaSUSXJ"
    "Z7nSuXRTcSAcDhcQ3bNKyVBnJclQZ/lkKJoTycywKI4ZT5B0Hyne/i3Xakx4LsCxy9z6P/"
    "8fN7UvVA=="
)
