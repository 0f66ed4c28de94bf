"""Migration 0_20261202075711_init: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

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
    "eJztXXlz4zaW/yoo/7PdVequ+OxezdRUqW2lW4kseS25J5k4xaVIyOKYAjkgaUezk+++AO"
    "8DpHhKJI2qVBKTeJD0e8AD3v1/J1tNhqrxcSRJ0DAmaK2dDMH/nSBxC8n/MN4OwImo68E7"
    "+sAUV6o93FSkZ2gKoj1cULzxK8PEomSSEWtRNSB5JENDwopuKhqidAuIXyAGDh2QoSkqqg"
    "FEIFmGqW3JG10zTCgPAUQS3unkf4FoAgwNcwB0Cz/Rv9cmnQG8bhQVfqQfK2sS+VwFPTX2"
    "CRZS/mVBwdSeoLmBmHzOb7+TxwqS4R/Q8P7Un4W1AlU5Aqwi0wns54K50+1nX5SnCTJ/tM"
    "fS778SJE21tigYr+/MjYZ8AgWZ9OkTRBCL5CuTZya2KL7IUlWXKR7kzpcNhjjfMkQjw7Vo"
    "qZRLlNr5AsGzE0GYzZfCYrwUhJMEBz2KEOTuI0lDlPvkqxo2AE/0K3z477Oz8/NPZz+cX3"
    "2+vPj06fLzD5/JWPv7Jl99+tP5MgFazlQ2ZpOvk9mSfiGNLDFnFdIHf9o0oik6VDYzAvQl"
    "RSf8MuEfZpILS/KUzYMoVYwX5EfGeeEhH2KGC7XPC29IwIxghxyAGxnALse/2LBuDeNfKn"
    "0w+z66v/42un93O/rlvf1m576ZzmdfveEBF2bX0/kXmw8hcSIaz5Cx8q83ImZjHlCUwjux"
    "+I8MOPk9fwgqRE/mhvx59sMPGRzw8Caj3segdV+dOe+iGEsYUjwEkbG2b8gbU9nClPUdoY"
    "zhLbukH73/qQf9Q8qerNU+uR0vlqPbu8iSvxktx/TNWWS5e0/fXcXY4k8C/j5ZfgP0T/CP"
    "+Wxso0mOlydsf2IwbvmPE/qdRMvUBKS9CqIcBtJ77D2KcNk5k0owOUJYA487JNG6xmPycq"
    "NhoehVIUK2/8bQfp4e8s4QoO/eZYuiHyErhX7rzqyDwU9vy+tn5o3NgTXJih81DJUn9DPc"
    "2eyYkG8uIgkywHdVmaU/UcfY8Ke30rynwUbF4quvYkQXIPn95FdD07lljRbXo5vxCUPI1A"
    "DsgwG7ewPei2pEqEZQJd8AzB6m0xN7+a5E6flVxLKQso7JFUs2GBLFJfvx53uoivaPSAU6"
    "UMbvyWT9gdzGTzvTQrhFEE2+2p5t409EJD7ZP4l+Nv0kNmiZNg4P1rx2DuyN32vnGOk6RP"
    "IHDam7IYAvEO8AvWYBEZDdtV6DLdyuIAZ0QmBuICDSUcSAapxAW3vGC2pW+Qh+hroJXjcQ"
    "JUwdTXzII6IjQ++AYhpQXQPF8Mwj7+gIVUHPdFIETAsjw+bCe24rafvBO8iwlRRXMQ6pP3"
    "LloqxyEdhoi2sYCVquZpRVM6gYhsWVvAgZR58reZ2Bnyt5R1Dyog65iuhGvYHdEjO59b3E"
    "EZei9CVlOdel92AbObsK69INa4maZX9vlnpovxpk6YViaNBeZXCOYOB+lrStLiKisFEtyo"
    "RIRKaru3lDPmiviKhZWHsFukYhB6KZ9HPXNSlX11p8hA4y1DX7vwn80x2s3njuXs3nXlUM"
    "QcdQMEQVsux4mqZCEaUs9BhpDPIVoW0Kc//JYbXiL/P5NKIQf5nEowQebr+M79+d2iwggx"
    "Qz5aa+0cheNjaCrBgUCEOwDFYkQaqUSaU/3PX9h2YFz9npxaeLz+dXF7688Z9kiZkk1N2K"
    "IDisgKF3lzlSd+7Z0hGLkHsMZhqEMFxDjEWVsFMudIIkCGuJjDruUR45R06vchwjp3HWBa"
    "cIfRU3+lDISm2xGCmP4GizkdVn1mpXwsIXp+VmvprsTCFo6zGHeEpft3iRX1+Pr8RKDnBP"
    "fjmwVXeG9wv8qN1uvVZUhfwmASIyHVPjKAKWN92YzLbr4PUrF2iStt0qhkGmJvqWyBS7TW"
    "LW7XWmizvNqrwpvenu7Nn6utBEXRFM7RmiqnDpypJO01ecJBGbgqqgquLrmswzJdP0Fidt"
    "q6sOSTWcvHn6ChSRLSsiYMydsBJVejmrCNjUm++LM13/cavlOuHD1uvrhKpIRMJXx8qepe"
    "cgCRvFMDXM0KpKYPUtmKuPkJGL0ZNGZhHIEGQQpaieFbZ0Z+srbAoixySHrfBqw3JlqOZY"
    "7i9ARPHZwspXrztnlt6ChLV/QqkySM4sfQWJ6L5VbwsLcvBB+UcyUU8NDk78WkWUehflF4"
    "HI0p+wKFOLjPRcEagHZ6o7QtJbtIzKx1u/gu6azaaKGkVZ4XIJs2lG1FzEyu0MLpZKRePb"
    "XFOAncOEgOtdoPlJ9KVhbekLxTSAq/oOgE4j5CyMIZJ2yUC6BubfH1P3WziCMBRM8TsPtm"
    "tlsN0z+fHsUIkxsrYJ/2GEEx5tmwPvTq7nt7eTxWIynw1B4Fd5RPfj7+P7xWg6BJgGlBqi"
    "+ojuRr/OH5ZDoPtG/+IBe7ni9TLC9eKBFuLW200Fspt8Gp7ZUTqxxhN87N2REj0Womnzri"
    "gZRnSeY3Gfp67t8/jStjV6ZlRJ6soOk/QomKS2wEcZypYOhWdYaNlGqepZuG2KfssVRX2a"
    "EUV92vUiVTz+bVA6yZiepWUSjEN0/BgufQw7d7HC+EfIenRSHDy3OxrrVj4GtIYN8WY5kh"
    "EIGtK2DxYE2jbBVCAjNrQEIxGg9+SguJ9cL+PZsNHFe1CUW7baC4faZqDNzj0OtO6qGBcO"
    "3uso1pFDLmU9HykNOcaCLPtqwKU8BtZgley1sKbjnceOSVaZadnfAkMy2OCGzKOfg4MMQy"
    "a3k3E72RGhb9JOFkiiMlb6gPpwSAci86QY4OTg+p8HcnaNb6hd3p2DGuYnN9Qs74jM4xvl"
    "IydCgi/70h+jtNwA1GoDEF10ZYqUB2Q8wbXN/OUGvqMb+JRS2cVROm5QKm/i886jUineCW"
    "LOCW7a64JpL1i4NSDcr8i7OLqMXZ7LnqdwdHNZ8ZR6ChMcJ8O+I6g3G03q5T+z7Jyh3OgM"
    "A6eXiZ3Lsnkysovf27GdA2BImg5lIGEokyWgiCoQgY6VrYh3YCMi2QCmRh+J2CScBLJobF"
    "Ya+c2MkNHapuXVF1t86Rhk2FF59cVm44bsTS5syGYpgnKUqncRWlcXOYC+ukjFmb6K2Uyp"
    "8GIchT8t5jM2xAFF3GCjSCb4D1AVo7Eb9Mlf1xaSKIZgZSmqqSDjI/28vxU0n9ZhwaEIRY"
    "w3ibaZ8Q6Zg6hVhk4Qb5vJo+XKsKJzxjRVNEy7LGkJRsdpudm0zZzG8IUcSeX8H2FKzuU2"
    "c5kbx4/tXHdPvxKm2QQpZwO3zNYu5qpYZpmNXoJlezjDYVexTWxxNrzHCQH8gkUUNexEXg"
    "yyrGErf0iTMX7cAtVKC1TR6u2Vira3jAERq8hFHvPTRbr16SJhfOLGvWaNe4ohbMnnCTrW"
    "ZEtiRaPu6a4Spz5ggxVvnXe2vwqGT4phQkx7npGLgep4uoq2uMmYhXe7KcANxTAsaAgSxK"
    "ayViSCT/FmQ8wZOBf2cCGhuOTxHfMaoSlu41jxOCqYqxeP88R7Jy1b2RjRWiopYrc4Rt+d"
    "yfq6nnidvcOHavgl2Bmaabg8e7py6heD5wrq21RQKe+LllgJ0/ROUb3Ko0pdpWtSVwlF6l"
    "+WiEzFZECcusbDJIczdZ82u9JrKwwkynIpb12YjjvfubOuG2w9jrPO2SslXHUxQp5BUZYD"
    "XhOHogyI0nH8S+dyOWpb8VyuCB0XQdxRXfsRX7ujOtXGXxjb/AahrmIb3d/7sVUDO2JFbP"
    "NbJFsmwPNCGz269kPr3TVqwLbfaVmxS1nhvKxGjVh+fzyWFSvcPC/DjBUZ1mwtpZSa8AMQ"
    "LrPEq8W34joxyLB8GdbK63uT1/AVIulhFMFZriiCs4wogjNGihD8gwHxkjxNSQ5yx/cC3y"
    "yLzPiXZcQYk8hM8Q0y0/nsqzc8nq7S+eJKZEttFbNEcaXFw5fbydIuruTP8YgeZjfje+F+"
    "/H0y/vsQWIhWWMfwRYGvtEvCYj797lRjMjT1BbakAJOIjFfn8pF3kwQUpTjVzkvMwXYJz9"
    "8qxYqumZCdbV82rSdMyvN62s1nR5iX4nOElPO5zXzmLqFju4QsAh27x00m/mEyDn9p+GmZ"
    "EjWlx1AW/lE67g8qi7/TJLUw/BEyjj53BrXJGcSuJ+dI7MMZ1TsLbPhky4Gr6XdIrohr7l"
    "bLLRMdeYGNyMwc1fncI467gfbgGr0KtMoLdKNJ1hYi85qKKtvzkvAFxYcMsjxCsjtYkEKj"
    "95aim1nbFcQGbR6sE8Tt2YA3lTEEGoIAa692M+F3tGXsAOygiN8PAPz49BE8Eo1SgmS64d"
    "kPZ1ePJ8midE18QIXY6+PmULYo6reu9NR0d9OLqFoMrLOujj4J15qq3RuPI9KmirhSVMXc"
    "fXF6lbNkWmJMplBTvdHCKjS8Vnd3xL9N3rv+a57I0YaFnSVfbF4VEOXe+F44WqPC/HMeYf"
    "45XZh/TrjoQtst//oOER1OgP/Qg0XObb7tOj652aUxs8uRbyZOXfSse4lfOT3PrQT6gw8W"
    "gscD7PiNpI1SoukbCW8ReaQrCTXKFFnV3vgerurzPKv6PH1VnydremlmMXuUO/6AAYsnB4"
    "H2Mlcs7mVGLO5lMha3RMY0D3TjgTEdYuuxtFSzTFxMiIrHBZTFnmdJHxd/DcslYpLCVBx7"
    "bpxpp3Emsc5rgHbuzdOtBZ4X1/DGzoEqz42uIzeaHRRj3y9qQLbfITHhW1irAmK8Bc00zv"
    "prPcsqGww6mDWWphBCbpBtqUG2YJm/vlb4O73KYVo5jWv0oVrpV3HDioXVQoZuZ3gPLYKN"
    "mK0cocLEN19S86FNhDpEMsWsGOQnd+PZzWT2dQhc+kc0ul5Ovo+HgMhu5QU+Iko9ur4e39"
    "lpz0gzBSJ7oe5lTx89k3mjqfT6l5WGnpKjEifsnUG3/v4XLmYvQVnpgmiHKDnce+GWNbuf"
    "hbQR0RO0ezsyrjJZLQDYE/AOACW6YpRM9o0R83TfNns1eJWGN8Fm7rw6sgHfbk9XGP4wFQ"
    "efe086gj33nhzHe+L3wKwIrd9us6fAhsUqd0od0CmVbuMP3Ui9XjkV2xyFO/P0A/CYTy8c"
    "Dq5Ub8MWj0TvIWbkwly5zZjrFRrRqXokIqM2L6LBa5jhxSgB1Ldgrj5CZVgrf/J6VtYiNG"
    "NfUSNvkLGGuB7Elu5sfUVLQZK2JbMItvwSjgZeF0W+hVXXFlwPXA9Yvban6+tic25xNdy/"
    "7Ntujy9glv6ERRkKOsGkIlQPzlR3hKRPy6pi3E68ohMD5FsR7ZYa/XdOFSx3Sad2RVZkqG"
    "D2DxNioUvBz8R08UFZiIUCOlhq2GYEjUAZxspB+VxyX0bj4swN1qynTYgqFAfFbChCngvx"
    "UKI/80RmORft9PAs/yK+N0bLOT7toXsrFI0AmcdSIVjR32kCAhUQAfUsAne2vwAy3QcNAf"
    "84JiQvECgmMDUgIo0GcnmDkxWKmvgA3h22xTbRAUiPGDtufahjm6Wb746hW5jcAY1Sbs44"
    "LXd0ttrRecREpbax9Uj9HJ2oOl9LLd7YkT0B98DV5IE7RjJI27ZGDdkg7AaPsbVbH8j9M9"
    "PEsU7Z923MFvFs2ulaScjqvV8vCZnbc2gmOgWK6AXqbkg0BlrFVDHAK6admZCtRpC7P3Bd"
    "x+B1oxkQ2NNTxYGMfLciigMwFDItLY8q+urFe4aS0uxn5cl6CefXuO3/eFmitpwyWToNr4"
    "LRy/s1zZEoFgYfUPRQXW0gAB6aolIozymg6F1+QTP1eXgsLC/k8lax5/YRro23jRE1aOMp"
    "HXZ4sHGD7Yt44YseFL6IRJul2zPiQWn7jRpGnCKHzxVDycIUdhCmBuQf0XN0gneWTlVBYw"
    "A2RLUhYz9+/Pj+L9TgQL2jBnhVzI1tlshwvTb2OdwD2+JTeMA9sMfzwEKsaLKw1ZC5YcTx"
    "ZDiDYnSHu3menjW74s9OLz5dfD6/uvAXuv8ka32z0rURfDUEllWGGtzS0rRDRFk2t84ezS"
    "zwqAkthp5iCE7dD4b4zaozEKE7YHkBTzZ3troA10C5Bto2RtTpDz7qdd53E6df5cOe5P3X"
    "+LAnu+ECd6aIyVshVufOMhyvn6FZWIKst/xK3cordXoHh/3lxLrQzeFkOrkezxbjoacBPq"
    "LRzc18thiCIM+wcNG8PHfv0/Sr9ymzrFtalbB8dd0OXiqsxsJuXhE3r4DbI7oeza7H0yl9"
    "KNGfrKr06c34ejqZ0YcylGjyS6lSb/VzTyO/Rci6MaVXr0hS1uI1aYNkq011co+cgoUlo1"
    "Tc6ZrH6SppW11EO6GooSVO1zu0GzG3eKg5oQEM6b+Ef6TIDQZpDzDPCsEZ/7KMqLYesu9u"
    "R7/YoPsRONP57Ks3PMSJ6+n8S4IByCQ35RLLPUrXA+gPstwd1OC2YOhMgrB/eF9e5MH78i"
    "Idb/ouhrdb+g/BVyHVx5ppPUuZgZfpLGBI0zX78/JfCQOC3jRKru0m6JRWoH8xEP1pMZ+l"
    "BCVFyeKGdEUywX+Ifmg0hu/JX9cWsiMswcpSVFNBxkf6eX87wklKYco+SeOH5iAaoEoniJ"
    "+kGBIwjHIlSuO0PLa41bHFRPVW5FKMjlLyisNt5rKhPCHRtHChe3GEqNQlrWUcjRuOcl2L"
    "6bAM41HyYmxCvDXK1K5PEPYP8yZC9x0ptNoVdm4mSHmEM49w7igDgltXiY3AIOZboSwnoj"
    "7TwrxgkvONUZodUQd3YXYwyTk7qrKj7HnBJOeyikcl1a311Z8Xk4yl4ekxezBmnoU5oE4G"
    "NXGo90DNPOfyQ82bHRdFurD8CF/Sa8C53xlgDI0mR1vpwCDAAd4DcMJ2UjjPLlnA6QidAj"
    "qCftWqvnmimIMi2+lhzJFC3PvjmIM64Pb4ZiOZMdxqL6IqkP/S51gwIDnIHOeERlaT914m"
    "E/ESRq2NYKasKhgaGCJpc+xymyIDaQhIQZRDJBzlfCgrhhDpjMuQK3uy3RLkBwzWOY5rtc"
    "ZYHYbUTzAg28XNnoG7utvs6s66BxSLY0mfh6+ANq8AIjclDWOYUjVvn8yN0vLoyAIS1zmn"
    "SjW2jlDymLFWbzCPWSVczQlS7rzhMRcdYgD3nh2lxnsgNrhldg+0CQnbqgpoTjtmhoXR79"
    "Ocblb0W0I3bEkM+Q29lBm/DPqrqNC6ZDRKU1krkm+NDg/klsVWWhY7mJTvLzdd3G2hw/gi"
    "2fmjv48my8nsq3A3+vV2PFsOQXzGR3Q3mtwMgS4q8iP6cTSxk/TXoqKm5e2f5GN5LAExV/"
    "5hRvphwrQmw62umRBJO7tbHpOrabsqQVoPS4+7x6Kx7Ve5QtuvMiLbr5IZnxZRjAlqRcAO"
    "0/TQbHyeA+XzVIzPE6kDmikyjPKZEXEeCb/Ilw/ZNckVsqg/JELUuxTmZupRBJekBNB7zE"
    "MRSm4earV56MgJUG1jbdMZUA5qXrGlEpuLOQHfY63eY1sNwZ1AdfIqnE+fhbO/1eyn6lqZ"
    "vroBGXdhtpm/GEqQICAga7tidbRMP0OTlLVkEbdIt63/BE216kVBT++SlEbPS77EVS0HoV"
    "KHVYyUC7A2CzDe7+3INg1PYy7jo4+Tch99WS74MqsEG5K0nA81uep5ZmCDPcoC8VEDvj33"
    "1cclbY4ktZBY4PjuwTcpQiukqamKuFJUxdwJEJGvx6pZWCxTzZ1uTGbb9YcHrBi1epL6eo"
    "sRqgqQHTwzJfP06ByK2bvsaIWKMN0FURQ9WUeNh2rZiyotXMtbcXtCtgTVG5ejHSUdC9ZY"
    "+zdEQDSBtIHSs2aZ5NuRLwBEJAMdE3EARIM2gtyBV4jJPK8bwksi7e3mkJJoiqr2BGQNGo"
    "CsCYhZ/Sib+yDekLLFWsEA8O458e45bvOcR3Q3JyAthsApWv2IFuP774RkCMgt8UVxf/XR"
    "Y79439BmK/uTn2oKtvArJoyidNx2V9pq9C9LRCbRDAq4IMIkfUK+vlrz25SOCVnG6G1Kj4"
    "ROQ3rgxcw7JtS4io+Y89Uyleg4i9nRZ4qiH6bikqS8JMGabEnFfYpROs6Aurwofj5WRRu0"
    "n/rVMSbktUKHt//+VEd3tdaA610wU0+Rje7sHL4pXqeyjhTdoyeRWuZK++OWto9jmSaDt4"
    "NM26Q9TvC60DWaVMoNfq00+MlQtnRYNIEwStW73MFGbEoYSoquQJYGnhnLGhD10XrXRJ9I"
    "w1r9E7LuDxmpbAFJD1E+z7WezzPW83lyPa80mSEz0jv8euN7gW9WoGojjX153uCbiBk2Tb"
    "jVC9kKwyTcWhg3mCAijgQXohKbh0HOd1Crd1DJUpeHrmx5yLttn9irioYpQIw1htUt/eoR"
    "pepBpYJDXD8SZs/jWDruRMN41bB8Dw1onjCMHdEBgyx7h+4OFbA/Nkc8lobgB7rxabzUMz"
    "A1QGiBCLzJwLvHkwdEP4K+o8FQCnokc2uYDELwFUjaVhfR7r8MsFawYdIhCnrPCshq8JO4"
    "gaajBhpTe4ZI2IjGpog+G6XqnYHmKo/V4CrdaHCVsBlwBetN3B/gH7pCpivB5iglZ3Or2W"
    "wZpbZyiIznVrecv8VjUEJEPAKirggIy6glACJnEl7bWJDXkxxaeuzwh2PpVk42EFOr8hOF"
    "svSpYBD3Hb851UTHmgQNg2WLSddMIkS98AU1neyB4RrSCrKFMj4iRL3T/xpx0PP4+GMVau"
    "FVlRuuqtzBwu9uS9yCFvSTu/HsZjL7OgQufVZ197gFNg9jTnNVFc8oKp4sCeym3Ratvhyn"
    "64FbIw51LilPh2XAzQrEMi2MisIdpeJg5wSb21VTGdAngwz1PFGlthSjY7Tc9NZmTvOyhm"
    "8zAa9lW6oVxk9eRK/BInqHzq1r2QKvnFoXoJpuXA45Rl9qKy41fslXYaorK7nRElMRzNLt"
    "8D6me43xAnzJa5I/GelUS/6gIXU3pMFHAGuvRHHGwDfSAnu2AXjFimlCBBRkl30i8yJDtD"
    "tEA20NFNMAcL2GksmIamrmM7jToMVH5iDDaWAzu2i+WYSof9bsy1zW7MsMa/ZlQvFOr+TF"
    "hrgL1bta45LhrgLuKmjL6q7ZVaBZpqQVqy4XIukhvvVLDxmabsZ9XoQDit4Znhtps2i3AH"
    "opZY2MkXK7c6utkZ7SU7ggUoSOH8h1WcRCEWEVzTb5K1W3jRG5S/dE1mBh202jVgm3bhLL"
    "IBGUVMqwRYQG8cDAN6fjS2RFFLqhu+N7p9nn6kGf0YI+2YGeF+jmBbrbfgAeIFYz/M0SMK"
    "cngsfIeqBMHboQTYmi6Lwe+luye508LG4OYzmo2fDFq3TXWHfHVKRnaAomkcRF5HOMjMvn"
    "wvIZQ1PBJQ1fYUoehNdmsxePqn0TbLZ0uSSbo5Scza1m8wqLSC5swg5T8YjOmuzXNqg1WK"
    "+/ePN0iwd5TdfhtVch6FASsSnU0PzzmszT596fQQ9J3iX1wOGZjiPjO8SG83XT/CHeiEEO"
    "t4jwEhpcq3vkt0CAeZ/xO3eZtOXcGWS4TEJLIq99J0TSQ7PxRR6r8UW60fgiWbCcbA2pUB"
    "W9gIIDnANgTK4BIi2hxVrHVF9JMzxEyLKUlQ6CngEyVT4Ya/QIqkDbQHuTukDbmFBZGchR"
    "3SpuMa54v13ak/RH74pZg56wKENBJ4BUxOnBmeqOkPRoYVbVBAKo14rKUrVuRbRbavTfOb"
    "f+wiTCQv6RzFYG5qNeizN2v/3jhJgeFP2pmC5BcqTHrrcOphq22UHTeey7FCUUKOSuEPEZ"
    "5o5w1SZ3DneQucGa9bTxuBXWqZhCiDwX4mrJn/t0P7snEFvp89oFZWp7/qAmg+B+C+chu7"
    "V6fudqXivVPFMx1UKBQT5BDzWQRtpSdbHUlSoiBD3e5y91NR3NZrSalUv/iEbXy8n38RDQ"
    "rNkX+IjmM+HbfHpD826FjaaSEdfz27vpeEmp/LIr5Olodj2e2pWxJAqLWrI4Vv1xdIQf2D"
    "QKKpQRoorqZDsvijm1SYjkotiFSN4yctzBXgbIznleuYP9TbCZ16xql2WN102quW5SLgOb"
    "aFQ1G7lq75LM1CPEI6IixfJTBKVCRp923pIO7mT3l1W6scVbdXsNLoLpjWzW6mL6xmbP6D"
    "IAv4WtPtwWc/RDaMBtMdwWU8QWY2qyVtQQs5zfzMkGIpSPaDIT7u7nX8nRvBgCBQlEHNCb"
    "rPGIvkzn1z9TE8tK1YjgkB/RDbnuDoGsIchNMJ07InMaEmRyihSDLqB4y7hxA0wZIDunmX"
    "MDzJtgs3czL1ymJ0LHDTCl84fdxMqi+EfIeJJJTeavkIpY0fwVikPo2DbIXSQpIgHY4WXJ"
    "hV4DtH0LJYsDG9naEVzJNwCzh+m0weJTIVOwYRC2wFqirco2Ee1UnJX3I+MRVmHjFyvMKt"
    "SClBFf5ZMmo6sibz12pW7GQSzMyrkLZJr/FkQ9Tkmu8V4Nssx+RmjQ/pLngP6ADwr6COZI"
    "3dmVxhffRh/OLq9olXH65wqKGGKizz/TYuQGcALUGJXNK03Fi5u1+PAeZJkNKTOFjWgUSi"
    "WJUvWv0NlFnkJnF+mFzi5447A3qRmqomEKBiR7ozij47Sc1a1mNfxDV8h0JRgdpeRsbjWb"
    "MXwhZ125CkRhSl6BqM1cDqkT+S+iISJuy6vLmmQZtbRJK6s8t2NP7TV3hJZe0RzFJkNfFo"
    "RHln6tobWCt6KZpgYnRw0yNWJ7PAUlSrBXO14SnVVD8AOVr0BV0DPRYkUTuBMZQHRUXkv/"
    "LwPAraiofwEWMhWVKrtO1y4dK1sR76gTG2mmPRwQDTmhPDf6SXmid9xP8o+b0B2DB+xwzb"
    "vNzOCaN7/BcXWMszkXm+PnXKH9HKPlKlmbOc1VMq6StYEFXVfJgvQNlioWSe7IUMGCqha5"
    "VK9qqQhrTXWbnDtFi+xMhOChl28VSVDgWk47tZyAbWWC5gPqNicpnNzdz28erpdD4NZ2eU"
    "R3o+X1N/K3aEobp07BaParU6VARDvy/n7+09il8GKeiupKp3mC40/Tg+NP3147prvR9c+j"
    "r2PKGOmZCMxEO6YI227m1w+349mSZjVIlte/7/hssr+sULQpU5SqB80oDtCYSTGENYZQsL"
    "FjHCOapkIRpZwjcdoY5CtC3BTm/pPDKhlf5vNpRL/4Mok3+Xi4/TImy91mAhmkmJFzJJSn"
    "A18gVsyUFkE50q1C9KXW+mFUu5Pp/O9DoGqvj+h2fDN5uB0CoqAq1vYRfZt8JaJoozzRA+"
    "R+spxcj6bkBCE/SpFEtR2SSFYMXRV3hWVRnK7Nh0ab5BFvFHekRkSuAlR0ncfIemeu/5xn"
    "jX9OX+KfEyucfJxJ2wjbGBVAOk7XQ4lymkuinGZIlFNGUrPy74INED0KbmArnb9kbMSzy6"
    "tCgsSn6OHC5k4/7iPoWiWslnl+jiPHeKuv42F/xCRkjv+QZuyrmiiTk2K1K+6mTNByPtTk"
    "rDxGMb6W8SGvxzJXLT6GyKkB2/yZ3h3FNiPRm40tb9WYC9ccrRpThHQN2OaMYOgotMlD6X"
    "h59JEGGxGmFU6jT3Y07JS9rWhCffLnxlPrg5qg0ZR6Zl+SeHJ9sr1J1c4ljlaXGcPiFq9g"
    "xK8EZS3SY1eCGhqH71tCI1SCwn92hucWGgb5mTwy/9hX+fSYFWRtV6yYlVT4A4J6jKJt4M"
    "HZ6cWni8/nVxc+9P6TLMQZxZpSLfn7vbhdsOafLEbT8WIIDJHI1Ue0eLi7m98vyd+WrmvY"
    "TMb6PKKv49mYXFaGwP4FilTGmVt/aUwZ6iI2vTCXMuyKztAHpi18rtGap5PpdDL7OgQrRV"
    "Upp1rBtg6WpTWs1VYxTVi4SdDi4cvtZGk3/PHneESjxWLy1e4d5Bb0kbMq197dj4Xr6Xxh"
    "9xrCUJBUzbDbBrnPvL/vx/O7sT0rhpoOvZZGR+e3jhWtSmRMmP6APEca3rphKwUYfjv6aX"
    "4/BFvxnxp+RLP5/S0NgnHmekS3k5n9ViEPyjCn/oCYjUaOalZGX2aoWIiKB4kVCBLjNc+b"
    "rnmuGIKqPRVczgERX80FVjPBzFazC6znEEktQY4tCi2qv6E7Dwoos8A7FxTAi3C/CTbHjW"
    "kFec0g5wxvNcPXCqYF8kxxvRbItDr5pWUYnzENTwhvM/99ZtGWImXKsSXIOb/bzG9XKRZe"
    "RYXsV8U1ZRRhOXsGzvU2c117gZjs0IIaZ4iKq5xFsuw09aXUVTlCyHdUm3dUYOMuwecEMe"
    "d1m3ldms+cx53hMUHd9T1GGbzYiqqaGqIQUPUo1Pj87NOVH55A/8iKTFjcjqj7Nn4EOsAQ"
    "pLZsz3d6Vm2SssWJ5rVslSYya3FJY12YjgusNgusI2Zptc0ed5xUFa/NUXEORAl7dHIcmg"
    "MWQa54OcMIGUe/QqocjWwWoqHNhVLmGPScHx1O2WrbwdBYzpYjQmrAtt/JLxFJm5L3kiFS"
    "asC3cJ5KR5FmC9MckIebNfK1nLWWo7e2wllcEckMDUNQ0FpjnJgu8Y8/39MMI3ZtqUAwk4"
    "km7jw9kc1xJceDSsBQlBkB2eUAuyeT9RU0Wg5VdUgqoXXtzdOfTc2s9RB0wy0NlZt5vSQz"
    "9RQs0TRFaUNNchWhcpILR/50fd2FG4VmdTLiTouD9S2Yqo9IufFitayrW2euPkFVW/q3qk"
    "gQGbV0UZ86U5WBuVN536HfGU/4dhKgWSnfLs4pud4OXTLN232uBp9Yb6J3SOKmpnxHpfK+"
    "5G9BjA7P0Ved5rIDhwzKwNSACNzd/xenF/rOhAZQlRcIFKeDG5V85DWwyHrB4H9DpT//l9"
    "Vtvf4PyJOjvg2kDuErT0BvZwI6rzZ7oGqzvH71YetX8+q+vLpvL90bPM+syK22F2ENXvJQ"
    "0atSlI7vs9L7LKKf5Mc/QsbhLw0/L4DaSm96UO6sopMsqK3Wse2Q108WEQTsno0MeV8bsv"
    "0zAMYBjp50+xHm1Tq7VK0zhyXvmsaq2JaoFDOeN2CQw4YnhcbuNeB9E5FsAM0ywcYiX/LD"
    "WpQI6sCZCjj1+owh0BAEWHsdgJW11aEMVjv7kWhqW0UClk6WkAl0iF3CpB2vwc/Zb85Ltd"
    "4VNWf01mJUVxGRdFPdi6gysxUzLj8+Cb98Vrv0HFO0eZ7OVNEWcoXuFW0hD2wO34SuQyR/"
    "0JC6G4LXjQbe0S8I1hp2vAQ7w4Tb9wPyCiL6b9EE0kZE5LcMAJFW5MmO4Y+oadI8PohQQV"
    "5eA/eYGypLrhU3XnGjVQeMVkSyMMNVM9oGSynRDH0wutdfZGyNta2QVZKVjXKMrA+JhE3X"
    "QSWrvDjOESKO8n6UMRSNYgIjoOhBn9kDlNgkArZMaliIittOuQuhM/Bz0/XhTde2sOAm1b"
    "25dea+FLBjWhw8f0GqxSHkUNhrcQg5MxruihNs6lB0A9f626n169ZKVSTmeZh+4YsQ9c6E"
    "XP+VeqXJDP9Wep0Zb3wv9O9Dl5dRaE6eCTFyek/EBMueKvZhSl5XsEBdQc+csV4XBD1KyD"
    "EvgDkPOywldDpnweWlZI5oMMBQV3fkwlsY/xgh5wA32XQGfm6yOYLJhtftaaJujyeGa1ux"
    "+aM4O4pw7OCqUk2GF2YoVm6AQq8cutpAR5Zp1WIDmQbXB/0JizK8I5OdMMyt4deDLGOr5Q"
    "wUdG/kwRqQSxtNIcLr92gDcviHrhBVhFtgj32dzYi7kmW7KBpj1/+0mM9SlLswUVx/VyQT"
    "/AeoitGYnDz569pCdpgQWFmKairI+Eg/728nzQoFFuoUpGwjYtxeOIjq6HSCuBFxjSEUSn"
    "EmScnZUzt7RCxtlJfSTeZD5G02sZ8sv/6DSMSnfz+if0zuhuDfin6ST7BF/BmXOdwZl6ne"
    "jMtERr9z0DChT7E2+hRtRrukt+jqIge8Vxep+NJXUYBp63GhOMoxsr51h60f56xYwv0ypG"
    "JQYTm5ToZaUC4oxU/+52H8QLvaO9SP6MvDZHozmX0d2qeDTHjwiO7Ho5tfaeN7Ud49oh9H"
    "kymlWIuK6n7e0Rut61ijRwKDYVllvH2Sw1kAf2j2unp2evHp4vP51YV/S/WfZF1OWZZtHu"
    "gZHJK5Aj0vMwI9LxnFWI5X1allSn3TZZ26UPamYbnAa960ZbH3yflsXwhKNd8N6HizpjZz"
    "OGQiLMjjKCXncpu5zFtyHfm8jFbezc+AKB1nQIVAHvLjDbNc+SoGMQ/oKR3QI+InWL45F5"
    "Ocb4y6Anx4c65amnMxY3xCFdQrYluhyn1HsI0efPuxjYqFGiAu3J+rq0gzBWqOTnPhQ7EG"
    "vPsdt8a4QbQq5dBGnxX6Yuyr1mYZeWu0jWjFM0NDdr0h2rLMAAoaAhFIlmFqW4jBu41oAB"
    "EBV7C+BxoGdnKI+wZgjTZRQDKQoS5ikwaDvWc1W2jugypUaeOBNscMtIFbUWGkhKXb4X2C"
    "/qU4XubxppJR6UmOlwl/Ki3ZT7a/UBjnBGEPwwQaQfy4VR9b5L1rpHWFLhrGq0bOVXIgbI"
    "rAnCDkeOfB21OmbJiYcOeI7IrN0WLf6cnd/eR2dP/rEOhY2Yp494hGN99Hs+vxDSG5ns9u"
    "7Jei/EJ/qSwYkLBEtseFXvtP43egfGysO9PdvkIJ9O5UloPRGdrMv9HX8WxJGES+jUl4Mp"
    "qOF4QfogqNR3Qz/j6ezu/G90Nyf3yBqkbuo4/oy2Q6deJuFFW1w25uxnej++UtmUj4Nh7d"
    "DEO3TWEDRZmuidvJjC6DrYLawePgK5blcXSGNvM4ytXFw93d/J7w3LB0XcOE63f385/G18"
    "sF3cR2m1UjyeV2cE0xBFrYkRU0u68oQkB3wPR873Lc2ex8BF8NotybEBNdUVekQlHkTGIe"
    "SB5hTR2B5DyKJV0g0RCOOVJ3J36iWhe84a7c2BPUstVeSnE9SslDHnjIQxe4+mb9ii3jQw"
    "1uxcATkysBW5KgQatarRn570Vyikf2RBN3nn6gHhcWHlICPfgq5mAHeN2TyfqK2XqtqAr5"
    "TYIu7jTLNMh/mcK2CHDenHf2lG8FOQ5aDtB0hShDzxBVRUtXlnSaDt7Jc+EkidgUVAVVrS"
    "NxTeaZkml6upwkbaurDkk1mLx5+rqeNiKSVaLzHAOwLi4sIolXRBybOwEiMl3VbTj1phuT"
    "2Xa9xcwJ9nJaTFVGzJ4s1I+rh4jJUFJoN0gyAhlriOvBbOnO1lPQgiAsDluJ3WlhtdYd+o"
    "DVa3u6nuKmYbnyCpvTOXqKzwvECkFGFjhQ2UD5ESUYGrDq/evOneyeztXXS6sBDRrMXBGq"
    "hTNLb0FSnpCl00FrBW9tLKoCZs94HZqwr9j57bjXilr1OFzYBR9+VNS+HoRE4pCFQa9ddm"
    "3KWgpc9hQqjlA+hIRjFpftMGy13N8TDa97iJfbMIsX481xFAZFbyvCFSu02xOwKuZtRWqg"
    "0SBDwRQNFtK3ItotNfrv/CmOdL4lma7MPe2oGS0ZznT71wmxRLbYb8V0LXpVtoIrirvfNW"
    "xz5hnu4rC7Tnmfee4QmgTnvjI3WLOeNglC7xMSPn0vnZU8F+JpXX9mJu2NiAIt0U9KpO25"
    "bwZZiXtiMKbJMtWF0uHeSi5cxSp+6VluqfnP6fkqIZJeZl7lKYBLRmVkXiWK4NJNVQBhd3"
    "gP0T3NlQl0mpEJdJrMBKIJgcz0gvSA6RDJ4cOkmz/lGg2ITgTtHTID/c//B35WUkI="
)
