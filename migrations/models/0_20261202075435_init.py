"""Migration 0_20261202075435_init: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

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
    "eJztXW1z2za2/isYf7nJjJOJ7djN9e7sjGyriVpZ8rXlbLt1h5ciIQsbCuSCpF3t3f73C/"
    "BFfAMpgiIpisFMp60lHEh6DgjgPOft/45Wpg4N+/1A06Btj/DCPLoE/3eE1RWk/8N59xgc"
    "qZYVvcdecNS54Q13kPYNOorqDVdQOH5uO0TVHDpioRo2pC/p0NYIshxkYib3AMkLJMCXAz"
    "p0VGTYQAWaazvmir5jmbYD9UsAsUbWFv1foDqAQNs5BpZLntnfC4fNAF6XyIDv2cfqpkY/"
    "F+Hnxj7BxehfLlQc8xk6S0jo5/z2O30ZYR3+Ae3wT+ubskDQ0BPAIp1N4L2uOGvLe22EnR"
    "+9gezLzxXNNNwVjgZba2dp4s1ohB326jPEkKj0+9LXHOIycLFrGIFGQrz9bxoN8b9iTEaH"
    "C9U1mIqYtP8FoteOFGUynSkPw5miHGXUF0rE8A5e0kzMVE+/qu39+mf2Fd6dnnz84eOns4"
    "uPn+gQ72tuXvnhT/+jI2B8QQ+eyezoT+991VH9ER7GEagasqgaHPiHkwV3Rl/lo5uUSqFM"
    "v34a5RDTGMwBiBuUwyERzNHCbwHnAhBnw19mbOaVbf/LYC9Mvg7ur78M7t/cDn55672zDt"
    "4ZTyefw+EmfX79R3xyPZ5eeXqI7RKq/Q1yFvT1UiV8zCOJSnhnlvWeAae/5w/FgPjZWbLV"
    "/OFDgQZCvOmotylog7dO/feSGGsEMjwUlbO2b+g7DlrBnPWdkEzhrQei78P/qQf9NneVot"
    "U+uh0+zAa3d4klfzOYDdk7p4nlHr765iKlls0k4O+j2RfA/gT/mE6GHpr01Hgm3idG42b/"
    "OGLfSXUdU8Hmq6LqcSDDl8OXElr2j5oKSk4I1qDjA9rRDk3H9M2lSRShG0BCZvtFoPsKre"
    "cqEIEa3DyFQE3IVAK1c+dQDaiyK+viG/d+5QOWRfhHk0D0jH+Gaw/oEf1OKtYgB9bAnpht"
    "JjowgP8M11D4avRkEfV1c89PLi36++mvho5/Jxo8XA9uhkecLaEGYB9teLj31a2oJnbBBK"
    "r0G4DJ43h85C3fuap9e1WJruSsY3oh0u0s2leB2I8/30ND9X5ELtCRRXxPJ+sP5B5+5qkZ"
    "wy2BaPat1ekq/YqK1WfvJ7HPZp/EB62QaAhhLUs2kHD8VrJhYFkQ6+9MbKypuf8CyRqwSx"
    "G17OnTtViAFVzNqaHPJgTUrAf0iqASwOxDYC5CBoFxG+/Bz9BywOsS4gzf0MSHPGE2MvYe"
    "QI4NjQVAdshRvGEjDIS/sUkxcFyCbU8LbyVh0UHCQvye36YRJ2/4VW/4Ef8peM3PCMq7fv"
    "auzzZNKGhAJWQkqNKAkgZUp+6d6au+qAGV9DjtiG7S3XVY+0JpWypz1OQYVNmdV9qpW7BN"
    "HDbCdmrDFpjpet+bZ3p5bx0X2VxqbNBWQ2uKYeRf1cyVpWJqDDELxYFYxU5gF4VD3pmvmJ"
    "owxHwFlskgB6qTdeTWNak0hbplCnn/zcCa70EMx0v/YTn/IbIVi0DFVg3Io75M04AqzlnC"
    "KdEU5HMq2xTmm1fatTivptNxwti8GqXd4I+3V8P7NyeeCugg5O/v2Xv10qRPqb1UdGQzIG"
    "zFtXmu8tz9I1e+vfv2h05vKYfqIm93g2FXkik21sGpcSBsS3DAFZItBC4gIapB1akLnSAZ"
    "wVpCf/Z7SCfOkZOLEsfISVp10SnC3kozLwyySo9YSlSGKHSZwNwoa74WpdnSgpJr28oKxU"
    "Crh7wITbTDQrm8dZ1eYzu5gsNtyYdtd7dwv8BPsmyLBTIQ/U0KxHQ6riEhAlY43ZDOtj7A"
    "W1Up0DRztUK2TaemZpTK200bxeyw15mlrk1354cynO7Om62vC021kOKY3yDeFS4Lzdg0fc"
    "VJU4mjGAjvun1d03nGdJre4mSuLMMX2Q2ncJ6+AkX3ljndYJy1MlcNdjnbEbBxON+VP13/"
    "cavlOrGBrdfXCQNpdIffHStvlp6DpCyR7ZiEY1VVwOpLNFcfIaMXo2eTzqLQIdimRlE9K2"
    "wWzNZX2BCmx6SETXi1EX1nqKZE7y9A1PBZwZ2vXnf+LL0FiZj/hNrOIPmz9BUkavvuelt4"
    "oAcf1H+kE/WUcPCjzXZEqXcxeQmIXOuZqDpjZLRvOwL16E91R0V6i5a98/HWrxC5ZvOKkq"
    "QoL7gtQ5sWxLglWG5/sFhSEYtGC6gAL5sHg8C7wDJ12Ju2u2JvIMcGgel7DCwWz+YSArG2"
    "zoa9NTD/9gi43+LxfrEYid9laFyboXHf6M/iBzYMsbvKuAUTGIeyXQ6TO7qe3t6OHh5G08"
    "kliNwlT/h++HV4/zAYXwLCojpt1XjCd4Nfp4+zS2BtuHzx8LpS0XUFwXXpsAh1FT4kqe0e"
    "Peen+mxk+pQ48d+np2dnP5x+OLv4dP7xhx/OP33YPAzZt4qeiqvRZ/ZgJFTAifgK9jP+05"
    "ET6xWT6fJTUTHo56zE4j7LXdtn6aXtGepiMSBxERn9kV20OtRdCyrfoNCyTUrVs3C7FKtW"
    "Kub5pCDm+eTQaybJaLXjyum27CwVTrWNCfXpDK5to/KvWGKwJmTk7s9LXk4GnFWMr6xh+f"
    "YQ6IIgy5gl21qAZdc2CIHc0NjiSkRX3tPd+n50PUvnhSaXZasod2wdC4exFqDNz8KNTN9d"
    "MRYOjDtQrBOnUs563lNCbkoFRdxlpKUy5GW0Srayl/l4l+EI6SpzXO9bEEgH25Ik3AdJKD"
    "koyUHtEfomOahog6nCgEfS7SEd7YRHYoDT8+h/HumRNLxhnHcwByO9RzeM8vY3w/0T3omN"
    "PqOXbYmASVlJrnSaXGGLrko96khMpnp2Wb+SPGuKPEPi6bNJIcnq8Oiz8PQQT03OSEqAJW"
    "22X9osWpI1INyviLE0upzntxRXhiS6pRgyVE9C/X4yww8E9WajIMO8XR6HGMvpLSAPwwzi"
    "Uqzh0cArX+7FJB4DWzMtqAONQJ0uAaQaQAUWQSuVrMFSxboNHJO9pBKHahLoqr2cm/Q3c0"
    "Ida5tW1vjrFkcpa/w1G+/iPbvKkj4DIignpXoXWXTxsQTQFx9zcWZvpfhItidxTrifHqYT"
    "PsSRRJoMQZoD/gMMZDd2MT7668LFGsMQzF1kOAjb79nn/U2QmqyDHWEIJYiRTPfBdKPB4y"
    "TjwSZIdx+UUV5VVHFwRJWh2o5X/LKCotOykpLssqYJfKFHUjXfQlxSarnLWpbEc7NVcEX5"
    "0YycRFfSoy3Ro9yeHtGCbI+9O1RsMw8vH979xLhdERUn2ZXEG8dFlNR8M6TJIDZJA7VJA4"
    "kW6t6pPnfHoE1QEx/LcEAf8ymgjxkGSDJszTJsyFZW9PMUi5i6q/HCLbc00khLt9hLI1zn"
    "B9tKg8BnZDuQsK5V9Lw3fC+SaDeTgllkYxMBbSDbdqGtaJA4aIE0io94XxnuDFILW7SQsU"
    "fK+GVl3cgcl2yqoBjbmHcvKBZu7wdJLxVjxApx5Gy74hh99Sfr63qStdfaD4PYlOXmGJzx"
    "kt35NuemQLi0O3tldzKVipbdiMv0zv68KGMhXeQbSBcZ++hfrood5HAgzl29cZH2KOeTTq"
    "/hGMGs65U8YXE56diWjrAD0Gkzj46oGywlJVMEssCG1fWFcE0KSVg5GUO+SSSYMZQQkvuA"
    "dNnu02WbS4sLY1ueQzlUbJNP7nZsjYh62xHb8iRex3bcstAmz5rt0IZnfntxBgcKbOpyJJ"
    "wm1Cjvs2kzxiN+4j3ICpifxLBmy+bklNY+BvGKOrLo9r7IItudh11BynJFMZEe+tNPS/nT"
    "Twv86aecjBX4BwfiGX01J1clGN8LfItIjOEvswR/kUmU2HAY4+nkczg8nT1x8HV06CO1Qk"
    "6FOjoPj1e3o5lXR2czxxN+nNwM75X74dfR8O+XwMWsUDWBLwi+smLzD9PxV7/wjm0aL7Aj"
    "tXZUbL/6d4qyD0kkUUlT3bybtPaUyHSiSqo4NNbVf+yrZpnERWWaSbf17G/mlfScEJV67r"
    "KepRelIS+KS0ER7ACSkJGoclBlpSsM0cYqSSHpQsnC6vdxFEM1ISNBlf6TfVYE83fO9njo"
    "gwU2fsKUwNXZ9GbdEdfSTV47timUBTaxG5aorxacSdJzsgXX5NndKcfJjam5rEv4NduqPG"
    "dFxn2SHnJc5ETRg8GKFhu9tZjYxF3NIbFZ21KLIu7NBsKp7EtgYgiI+eq1MX3DuloegzVU"
    "ydtjAN8/vwdP1FrTIJ3u8vTD6cXTUbasWBMfsEOE734z9ToUhFpXEmS+K+dFNVwO1kWdET"
    "YifbJeWmiMIJCa1OSWNkbqHBnIWV/5XZJ5e1pmTOGmZoSjlXlseK0e4oRLmL4fuHxlusCe"
    "PMCeCgR26HB8L3yTyT36U5k9+lP+Hv0p49WKPUXld+WYUHv78oeD35QlTdrM5iFJkvZIkj"
    "3fI/w61EW3iE2l6jJ3CLgZ3FqMmYwgk/eHHt0fZLu7PV0gGDMisqrD8T1c1WdlVvVZ/qo+"
    "y5ZvMh0xUigY32JE3lEr0J6XCjY9Lwg2Pc8Gm1bIopWRXDLy41B0Wnvkh+YIB37ERKQrXW"
    "bOtgSrSXTRWJq4iIRU8hn7DPrw1mIN0E7DeQ5r6ZbFNf7IlkBV5svWkS/Lj/rwzvkakO13"
    "zEf8NtSpiI9wQXP5zM1aLyIyo0GtEZgs/wxKDrNdDlOwWlpfC6WdXJRgI07SRnCskvRFmo"
    "twiSHEDfvDe0iiNcL0+HsFF99yia5ts2oWxDrDTAzyo7vh5GY0+XwJAvknPLiejb4OLwHd"
    "ktELfMJMenB9PbzzUmGx6Sh0S4VWmFG79+zWpWmwW11RanJOMkRasHccaP3dAQLMXqKiu4"
    "JoxyQl3Fvh1k2v2r+2VPEz9NrPcfxVRQXS+RPI+ugVegZUTABNCcsU0C47AmTm/nehZunv"
    "aYZF91ptiaEaF5GYSs+E9Ex0nJAU9Exsuu/tCO2m0V9PgY3vg9Lh06LDJ58/j10Lw3YeO3"
    "ZiiTcP6QfgKX9ZPDoZ7d4pKh0Y3UPM6K11505IgcdlwKbq0RaZJJ6oGW0SjiuhAlBforn6"
    "CJXtzjeT17OyHmIz9hU1+g62F5DUg9gsmK2vaCGsmSs6i+LtX8rewDvELd8lRkDI1gPXIz"
    "Guven6utj8W1wN9y/vttvjC5hrPRNVh4pFMdkRqkd/qjsq0qdltWNMTLocEAfkWxWvZyb7"
    "d0kTrHQ9oG6FNxSYYN4PU1JhQdHPJGzxQV1Jhdn5WJrEUwQLA7lM1RLaaCl4Mxlz5iyJ6T"
    "4vY1KxGCNuAwf6upKO1PmzTNSTf9HOD33aXMS3xj/5x6c3dGt5mwGg87gGBHP2Ox1AoQIq"
    "YO49EMz2F0Cne2disDmOqcgLBMgBjglUbLIgqXBwtrxNEx8gG1h2KxprvzWD9s0jN9+NwH"
    "IJvdrZlVyIaVnpROy0E3FfmThd02ntTez8QLSNTSnYzY4vLd1gW91g+8h26NpariHdgd/V"
    "LrUq6wO5f1xJGuucJ7qL6RAhsZxvGsSo5+3GQYzzLmEeWAwoejk31pf02s7qUCIbvBLWtw"
    "Z7d3l6AQeB/xa8Lk0bAm96dnunI9/M6e0d2IhOywpcqps7/luOpdDsZ5VJ64gnkAQ9z2Sp"
    "mj0aFrIyQi8vuSwJQCzOO5Looc3YQIQ3dFQklMgTSfQugL6Zmi0y2FMW9zgMSCWlIC3djl"
    "lfBZZuTv8RGU3bYHMXWTWhB1UTEuFU+VxBOupqO2FgpyVKOBUJ1FzCYAdxaUD/UUNPHnjj"
    "Wswes48BNeUdOvb9+/dv/8KMeeb+o5Y/ouY8M/kLfIuNfY50MXaLCZAuxoZdjJAgU1dWJn"
    "aWnPiTAs9ISq69q+LJaafXcjzXF8NXW+ExHozMysvxjQkV8VkHe+LywGP0VAo9ZCt+0Ygs"
    "eoVJ6gm5FnPTw133YFPTpb0o7cWO3b3LeEb3evneOEzzL95xn+r2S3fcp9twLTNHJfRdJV"
    "XSzLV9/5dtukSDvHflBbjNC3B+ffvtlaMOodb90Xh0PZw8DC9DM+wJD25uppOHSxBlswnX"
    "RytzUz7JvyifcCt45RWEKlfCq/WqUDXW8ArrdYW1up7w9WByPRyP2Ysa+8mGwV69GV6PRx"
    "P2og41lmJRqapX/doz6W9RKt1vOJK1+Bp6sGfF0hf8k0SwhmBSSrofy7gfNXNlqXitiNIi"
    "abneod0IORKi5jvJObv/DP6Rs29wRHuAeVEwyvCXWcIQDZF9czv4xQN9E4synk4+h8Njmr"
    "geT68yCsAOvQBXWO5JuR5A38py91GDK8Egkoxg//A+/1gG7/OP+Xiz91J4B1XeMHxVch2d"
    "hVxXzgyyIqMA7WWZ3ueVvxJGAr1p+lpfGI+XwM/+4iD608N0khPKkxRL095Ic8B/qH1oN4"
    "bv0V8XLvZiDcHcRYaDsP2efd7f9nCSMpiKT9L0oXmcDNVkE6RPUgIpGHa1apRpWRll2+ko"
    "W2p6I72SopOSsrhsl7Vso2esOi4RuhcnhCpd0jqm0TRxVOpazIYVkEfZi7EDycquUqY8I9"
    "g/zJsIYvd3oflajKrLyMmgYOnkbS/WI7wjiS5bjqRcuFmAk/5IMYi5snIZ5zP5lVDmykqU"
    "81GutBdzZeWGIcNu9pmmkQ0WkdkaWzDmnkkloM5G7Uiot0DNPZjKQy0bt4oiLbx/xO/ANe"
    "Dc74QkjsFQokVuZB1LgLcAnCEShNO+srV69lCZ/UDQ37WKapkw3aiocX6cbqLw8fZA3aju"
    "sje+2VBdAlfmi2oo9L/sdaLYkB5kPk1v0tUUvq/TiWS1mrZDdJkGBGPfYiJdDs7tUugbi3"
    "EQRDkmIlEuhzKylUSXT86JtSX5KiPeYjTKfnyHNQajcDbzjAKKfbj8GaQvt8u+3KLjXSxQ"
    "I38euQK6vALovqmZhMCcAmnb9tykrAz/E9hx/XOqUpPehKQMiur0AxYqS9Q7m5GTrhYZVC"
    "BdWPvek2qvqR0955Ie3QJtZkvsVFUsvwcth+bbNKfN5/Y2fXAbpvNizrswg2NTdvpVRaxW"
    "FQsaRAukbSjh+EBJ77VJ7x1g6vdmFVnqegV9lYrkgA/+PhjNRpPPyt3g19vhZHYJ0jM+4b"
    "vB6OYSWCrSn/CPg5GXCr5QkZGXHX5UTpmpNLdSWW4FSW4ZfkuHK8t0INbWXucvrlbznpeM"
    "aD0q3e/Tk4ygvigVQH1RED99kc0rdKl1SlETATsu00Pu9qwEyme5GJ9lAtRNR+Uw41foOT"
    "+OLBTp0837v09Pz85+OP1wdvHp/OMPP5x/+rA5DLJvFZ0KV6PP7GBI4M+JSXXozVDUKZEQ"
    "6l2ibDNVD6K7TwboLRxNQlJyNJ3maPacZtM11TadZ+OjFpb0qfBwcSeQz1inn7GVieFaYa"
    "b2LprPn0Wqv9PqZ+ZalWaikZj0I3ZZvwRqkCKgYHc15zUGzD9Ds5K15Kp2yLat/wTNJetK"
    "MnC58rKwSNrU8hGqdFilROUG1uUNTPbXaub5CQ1hYf93Wk76vws2J1F0s4IS3q1ucJn61m"
    "BPqOh5rwHfnvvB01tjiSys2AMv8d2Cb3Zz3CEPy0DqHBnIWSsQ06/HK08nlooVTDeks637"
    "owNeWFc9WWu9xQjvCpAXmDKm8/ToHEqRTl7IwI4w3UWhDD1ZR42HQXmLKi8UKlxxW8KhFC"
    "McV6L9HxsLFsT8N8RAdYC2hNo303Xot6NfAKhYBxah2wFQbdZ4bw1eIaHzvC6pLulu7zXj"
    "01RHNcxnoJvQBnRNQMLr/9fcB8kGgN2Kvvpe+58E7U+e8N2UgvRwCfyyw0/4YXj/lYpcAn"
    "r5e0HBr957XJXs09hsbXb6Ux3F29M4p2hBmE9Srk/UWMuxPv9yVezQC7/AFh8X6RPy9VUL"
    "X+XUvC9Y0JFMnyBteTHLmvc9yH7qmJlTN6y+9SHWrCsm0qfdoTZMLWLqriboXUsKSVy3ey"
    "g2eUQ78rublKUDg7cswxt/Xren6AXrsAZc76KZeops8pkt4feRRQ7rSC3de/Kj68zNP25Z"
    "Fy4e7Re9e1zI+3njlLCZV6PJkJJMa5NM06HuWlA08S0p1buct0b4GgI1ZCHIs24LYzAjoT"
    "4yY0100bPd+T8h71pQkIIVifQQ5bNS6/msYD2fZdfz3NQ5e0Z+/9NwfC/wLQqwbKTtqcx3"
    "+y5iXR0HriwhHi4uIpm4NL2B6XakBBBVeHg44vIJ6vQTVLFOYttlEdu82/ZJvYZqOwokxO"
    "SQaflXj6RUDzLs27h+ZNjM/RAYd6ptv5pEv4c2dI44HEZywHERjWEFQxWyGVsihMnE8B17"
    "8FmI0TfgmIDKAhWEk4E3T0ePmH0Ee4/FDyH8ROc2CR2E4SvQzJWl4vV/2WCBiO2wIQi/5c"
    "UwNfhJknfpFu/imN8gVpaqvRQxU5NSveNdLsqQARf5XMBFhgqQdtN3cS2Af1iITldBzUlJ"
    "qeZOq9m1Kz3KMTGZ6ttx/QrGd8QkZBjC9jAE164lCqFkllnXwC3rzo0tKn4Mwr4sIT/dhW"
    "sDbTJhiqyfaJB04B7SE31cYEhYxNSgbfMIkXw7IiHUC4dM09kMBC4gKz8qlNKQEOqdtdaI"
    "l1wGgO8pAFyW5G26JO8BVg0PepUK0thHd8PJzWjy+RIE8kWlwdM0aBnFnJQqSV1QkTpbTz"
    "ZIFxUt3ZuW64FvIQ11qV2eDSuAmxcN5bgEi8KdlJJglwRbsqC5CugTfcLcP8xWraTolKwk"
    "yrqsaVkTrz8ZZh17TGSpts7wkMKl2trOMuvY0t05ySxCNZ/hjTkdX2orYTR8KVfH6FBWcq"
    "OFjBKY5ZPhG0y3MuIKfCnLix8NLGbTvjOxsb5k8TqAmK/UzCVgQ6kCb7Zj8EqQ40AMEPaK"
    "C9F5sa16HXmBuQDIsQFcLKDmcAKBmvkMydx3i7n3dCiaeZUQ6h+lfF6KUj4voJTPM9Zvfr"
    "0oPsSHUCOqM34RyddLvr4rq7tmvt50Hc0Uq2EWE+khvvXvHjp0gpTysghHEr1jfxtplOc1"
    "cXmpRAmmRCX522lKMLRlxAr5JIT6dBo3xV/Fgqh2JFnKVy/uGsSlS84kVpcw09IohxDU++"
    "HRB1EpoALmIDZIxtId0rN9XGCRa1TRQvfpYHzv7PBSPb8LWn5nO37Los2yaHPXz7UWwhvj"
    "3ywDc34Cc0qsB6ZP2wVUKhTKljWyvyeW6ujx4aYdO79mmkpWbq4xAMRB2jfoKA7diUX255"
    "SY3J+F92cCHUQq0lRxSRm31mWSSgaifhdqdi29opqTklLNnVbznKhYFyOc4yIyWnIr2+zB"
    "VQPXfBXOc1joliWa46tqh4A+TSWOUkP7xms6T5+7N0ZdAGWfy5ZDH323w1dIbP/r5nkvwh"
    "HHJZwYyktscK3OjN+iDSz8jN+lg2OPDo6YpsuyMTGRHpK8H8twvB/zKd6P2bLYdMVrQkXd"
    "IgkJcAmACT3dVVbRibeOmXWRRxMkxIpMiwMEvQBkZipw1mjbF/euIdazm3vX4N356l6i2F"
    "Katt3xNjrzJumPlZSiZJ6JqkPFooDsiNOjP9UdFenRwtz13h5BvUAGzzC6VfF6ZrJ/l3z0"
    "Hxy6Weg/0tmqwLzXe2zB0+/9OCVltSR/KmFLkJ7UqVurj6lJPHWwDBjvisQEFQZ5sIlsFB"
    "aMCIycYI5gkLMkpvu8DLUVt4C4mxB9XUnbEX9us9S8hjJ8Ey3sNVNom20GNRlg9ls8Izeo"
    "MfO7NMraNMoc5BhCQTcbgR7aC420KjrEykuGijEMdV++8tJ4MJmw4kqB/BMeXM9GX4eXgK"
    "WFvsAnPJ0oX6bjG5ZYqixNg464nt7ejYczJrWpAkJfHUyuh2OvUJPGYDEq1mqqP0aN6oM4"
    "tqD5lxDa0fjr5v2vpO0HsS6KXUzke0ZOOq+rAHlwXk3pvP4u1CxLKMl6P/u3hsXr/ZSiw1"
    "R7V5InMFJndKYeIZ7YAXJ4GhGUhCiabl5+Wndgb5ZVPjUSrrqt9IjihCOb5UicDTUcUiTH"
    "4Lc4RyOZE8mcSOYkDfdemBPH1E1R2mQ2vZnSR4NKPuHRRLm7n36mJ+7DJUBYoU85u3faT/"
    "hqPL3+mREic8Ok+4H+hG/o5fQS6CaGkjA5uJOvpNmv08NBDLpI4nvGTdIlVYA8ODta0iXf"
    "hZrDC7dYeZmEkKRL8hMOhWBNyMgsiu01eyI7bUcOKua6P7B1W7pmT+KR5UdkZddvDdD2Lf"
    "oqDWzioU3gSr8BmDyOxw3WQorxsbZN1QJrCVCq2gbyoEKTwh+ZDkqKM1C8yKRYE0lOSNJG"
    "NBuQlHg3VFfuw3icikzyT+5CDu6BGrM52SPhW8dF3JsdG7S9XjZgP+Adwu/BFBtrr0z1w5"
    "fBu9PzC1aimv05hyqBBHi9zQGygR/TxSmLvdNUstZWx7i7RCv70gReQqp/dbc+lqm79TG/"
    "7tZH2frpuzTPDNV2FBvSZ0Nc0WlZqepOqxr+YSE6XQVFJyWlmjutZgJf6FlXrSBOXFIWxO"
    "mylmNWQsn7ZUxCEmrbuR/XrqUjVlVTtxuPylZyIraoRJPwmowWeaA6cq1rEy8QWalOntGa"
    "HXVcaL964xkoSYGttuyMWpgmhu/YtgkMhL9Rm1N1QDCRDVTfQHWt/7IBXKnI+AtwsYMMZp"
    "r6DZosglYqWTMHMTYdbzig9mzG1G30k8oEvASftDlFYlcHGeMi7WRpJ0s7+SDvW9J4+i7U"
    "nD6+hJ7nlKw0oLqsaWlASQNKGlC5BlSUn8AznBLZCwUGU1RkoZShtFus/cI0gu7Tfg0dL9"
    "Q+ejFMKEpE4EubpFWbJNJGlajwSLrLUfhHd/fTm8fr2SUIKog84bvB7PoL/Vt1tKWfNj+Y"
    "/Oonzat4Td+/n/40DCTCMCFRy+akTPT3SX7098n313nnbnD98+DzkClG+0b3wUznnYTabq"
    "bXj7fDyYyF7Wtu2IFt/2ryvqwi2n8nKdWDvgMt9OBBtrIgECoedlmwr0zTgCrOOSHSsinI"
    "51S4Kcw3r7RrElxNp+OENXA1SvdzeLy9GtLl7imBDkL+3Scb7GrDF0iQk9MNpkQ+UUy+0l"
    "pvxxA7Gk//fgkM8/UJ3w5vRo+3l4Cak8hdPeEvo890K1qiZ3aA3I9mo+vBmJ4g9EchTTW6"
    "sRPpyLYMdS28F6XlunxodGk/kj3B9tRzJrBrRNd5Sqx35PqnMmv8U/4S/5RZ4fTjHNYI1s"
    "NIAOm0XA93lJNSO8pJwY5ywsnaRf8W7HUXSvSJEWu51Z29VE/PL4Q2ko1EDxe2dNFJRv+g"
    "CjN1zElTd6KhbNZUO6T7yontOayuZZiqTrfr+VrQs5cRlPB2skBbxxAu6+QrVZ+Ns0HUgG"
    "35xOMDxbYg75iPrWyNVwrXEq3xcvbeGrAt6fQ/UGizx83+0roTLRISShPO6s52kDsoLks0"
    "vzv7c9OZ3lGdyGSGN7ezRDrXO9ugYtfeE77FVBj2EdRS4IR8RFUW8sM9opIO7XeeYEEdUd"
    "U4LzNxBW2b/kwZet56mAd2V3NemEcusJFAPTxiD9CNBfLnkt/bHZ+HQIAfPQzGw4dLYKt0"
    "u3zCD493d9P7Gf3btSyTONnwmCf8eTgZ0jvIJfB+AdKq+D/rL5eoQ0slThgZUkVdyRn6oL"
    "SHjdZYHczReDyafL4Ec2QYTFOdUNsBliq13fkKOQ4UbvPy8Hh1O5p5LVs2czzhwcPD6LPX"
    "/SUoG6MXVTO9ux8q1+Ppg9cthkBFM0zba/wSvBb+fT+c3g29WQk0LRg2pdm7vi2CzF2CSe"
    "LyLeocm2QVRHoIKPx28NP0/hKs1H+a5AlPpve3LG7En+sJ344m3ruIvlBFOfXHkCxNelTz"
    "UtYKo6tiUjKuSiCuStbBbroONrIVw3wWXM6RkFzNAquZYuZZzwLrOSZSS1xgh6Jx6m+gLf"
    "3oVRb4wfnRZWHm70LNaY5MUNcccanwTit8gQir1+aoi4VCp7XoL62i+IJpZMZzl/W/URZr"
    "M1GlOlhGXOq7y/oOjGLlVUX0eUUBlSGicv4MUutd1rr5Agl9QgUtzpiUNDlFEtNM46XSVT"
    "khKJ+oLj9REcddQc8ZYanrLuu6sp6ljg9GxxT1wPeYVPDDSjWM3BCFSKpHscFnpz9cbMIT"
    "2B9FkQkPtwPmvk0fgT4wFKkV3/Odn4ialexwbnYtj0oTyaikIlkXl5MbVpc3LNlxvpnAqr"
    "BHjiCwSakenQb1AetSTASr6yVkJKjcpDEWNawkw4bLJ49xhCXMncxy6tq+21iak//M14Bt"
    "v/NFEltjTqpIwU5RA77CqR0HijR/mywBebzdnlzLRWs5eXsSTnxK7MzQthWEFyaH7A6Ef/"
    "z5niXl8EsdRRsznWgUzNOTvTltQIRQKQSqOifYuRpg93SyvoLGqnMavshOaF2H8/TnoeYW"
    "M4j6mVaGKkhWntGZegqW6jiqtmR0145Q+fl4g810fX0Kl4glQnJiOsXB+hJN1UekglisWt"
    "bVrT9Xn6CqLWPaQBrEdi19sMf+VFVgPqhU6djvTOdI+znDvCzpAOec9OhEV/RYZnTwuhF9"
    "Yr250bEdNzdLOrkrb8uXVtTk8BKdsVn6N/DFoA4cE6ggePr/4nezXjvQBgZ6gQD5Xb3Yzk"
    "ffBi5dLwT8b6wS5f/y+mXX/wFl0rpX0a5D9SpztlvN2ZY1TVuqaSqrJLdbJVnWkJU1ZNv3"
    "R7RcQ1amZm27rPYiEiDMtxG6ASWF+vSQ1VdiJW5NlIQ1ISNRlfU49+ypjqpv7eiAikp9Hd"
    "j6LeuDSjy5/K57nE23NmT7R66lAU6eONsRlsUjD6l4ZAmW7JrFgXgsTw5FFg44LsGPabGx"
    "W8mxLyrWbWC6Dli69Eu+W6gaRR34UwG/zpx9CUwMATFfj8HcXVlQB/O195LqmCukAdeiS8"
    "gBFiSBYJYja/BztlNlucyYKKfQW9qmruIX+XzZi2pws+wK7NyNSJ9uiy0YuplLzz63ttCL"
    "mLu1xdyMW7e2mHezBO9vWRDr70xsrC/B69IEb9gXBAuT+Az82nbg6u0xfQti9m/VAdpSxf"
    "S3HAO6W9FX1hyuv6ZJy/D7sfqwsiRry/S+ODEkCaEDIITohsGN8Cxo/KrlBAD0gdCuv+bV"
    "gpgrpahCKB/llFgf8tqaLstJV7k4zgkhifJ2lAlUbbENI5LoQafQFio+0g1WOPcpJiKZTk"
    "nPS/640xScIH/sPd2S19yaPOZsy3Hap9kfkva5Zn+M1d9q9sc8Cg13Soke6pifX5rerZre"
    "ljs3kMY9vfJvXQmh3tGz9d9r56bO8R3l1x4Jx/fCCG675AhiuWQOJNjvR5BiwLdUNo9Lyl"
    "pzArXmQk5hsRAEPSkoMRfAXMbVVdp0Do5GlQVL6rfaCbSMNb2eisGakpLASjpE0iGdttxF"
    "6RBZ9KWJoi/hvlnbii0fpnigCKdOml1KkcisfrFcdQY9ajtV/UCW6a6Z6oVk5qP1TFQd3t"
    "HJjjhUZvzt4yIi0/UHKlY4srWGz9rSRHTz+j3Z8Bn+YSFqD0h2s/3AIl33CmVxHuafHqaT"
    "HNspLpS2jZHmgP8AA9mNbX9Hf1242IuDAXMXGQ7C9nv2eX9ryu1cgDADqZigS3Nxx0n7l0"
    "2QJugWBEKlkmayklI9tatHJdoSvVRu6h0T7zJ9fTT7/A+61z3/+wn/Y3R3Cf6NrKNyW1bC"
    "V3BewlVwnuspOM+kg/vnBxf6HCZvI9FltCt6Yi4+loD34mMuvuytJMCs1bMijnJKrG/dOO"
    "vH+QDbltOhLhTuWf4/j8NH1kXcl37CV4+j8Y3fRp6eDjrVAes1Prj5lTUaV/X1E/5xMBoz"
    "iYWKDFip63j9ja3D/ukCV9C4SHuU3YdOX0RlJCP/kCwVyXheEMl4zqnksb+SQB2z1ZuuCX"
    "QINVMa3hdkwZSuLPY+OXa9C0GlZqeRnGyO02UNx5g/QR0nJaWWu6xl2QKpmUt0sshqSVyT"
    "QhJXrnFCf5btVKh9xJGUMTCcGBiVPMOKzZC4snIZy2ZIu7htj8s3Q+KGxcQqVu+I7Q5VxQ"
    "8E2+QBtB3b5ANfA8TC/ZAOFWnuVlmis1f8FKsB736HenGO/E5lwHno86JF7G0VvFy7bN2u"
    "AauCZZvYq0HDWkTZAOFLoALNtR1zBQl4s1RtoGIQbKxvgUmAl9QQvAOIyYrWYx3o0FKJw+"
    "Kn3vKK2zf3QTtU7pKxKQ3EpsCVijgZSvnU9Uagfxl352UckHRUfs7decYFyUqk06daEcY5"
    "I9hDz3ojiO+3wF+HHF6NtAqwVNt+NelxSff5pQjMGUGJdxm8QxvJg4kLd4lgqNQcHXY3Ht"
    "3dj24H979eAouglUrWT3hw83UwuR7eUJHr6eTGe1PVX9gv1RUbUpXo3rjY25tX01ebcmqs"
    "O/Hauxkp7EpUVYPJGbqsv8Hn4WRGFUS/jUN1MhgPH6g+VAPaT/hm+HU4nt4N7y/ptfAFGi"
    "a9Zj7hq9F47IeqIMPwIlVuhneD+9ktnUj5MhzcXMYukcoSqjpbE7ejCVsGK4S7oePoK1bV"
    "cXKGLus4qdWHx7u76T3Vue1alkmo1u/upz8Nr2cP7CH2ulXaWS13Q2vIVlixP16c6bYc/U"
    "iuxWzx8HJ8sMniGL7a1GZ3IKEmoIU0ocBrrrCMvU6opo7Yaxn4kb8hsaiHKTbWR5uUrUNw"
    "IAf7xpY4kJX5UknrSUkZJSCjBDqv0h56ATuGcA1OwMhvUirDWNOgzWonLTgJ3iJJswNvol"
    "EwTz9QT+8BIVIKO892TDKO8Lqnk/UVs8UCGYj+JsVS16br2PS/vD1UCLhwzjtvyu8FOQla"
    "CdAsRG2cbxDvipaFZmyaA7xql8JJUwnrZI53LZRwTecZ02l6upw0c2UZvshuMIXz9HU9LV"
    "WsG9SU2Qdgh7iw6E48p9uxs1YgptPt+hiOw+mGdLZ1bzHzQ7P8JkE7I+ZNFuuo1EPEdKgh"
    "1s+PjsD2ApJ6MJsFs/UUtChkSsJW4el0iVHrE/pIjGtvup7iZhJ95xU2ZXP0FJ8XSBBFRl"
    "ckUMVAbQJFCLThrvevu2CyezZXXy+tNrRZ6PGOUD34s/QWJPSMXYsNWiCy8rDYFTBvxuvY"
    "hH3FbtNQeYGMXY/DB6/0wY/I6OtBSHccujDYtcsrvlhLBceeQiURKoeQss/qqQcMWy3390"
    "zL4h7iFXRbktVmSxyFUVXXHeFKVZLtCVg7ZlklqoGx2EHFUW0e0rcqXs9M9u/yCYlsvhmd"
    "rso9ba+JKgXOdO/XKam0s9RvJWwthvWmoitK8LybxNPMN7hOwx445TfKC4awlLXgLWdJTP"
    "d5mREMPyHj0w+TT+nrSjoP68/CFLsBNaA19kmZJLvgneOiNDs1GtNkHWaZvNZm8lputnJ+"
    "GkpMpJcJVWVKwdJRBQlVmXKw7KESQDgY3kN0T0ol+JwUJPicZBN8WJ4fN2sgPw46JtJ+9H"
    "Pzp1yjcc6ZoL0288X//H/nMaP9"
)
