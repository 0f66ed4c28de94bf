"""Migration 1_20261127082239_tickets_licenses: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

aerich passes the connection; each function returns the SQL of that connection's dialect.
"""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": {
        "upgrade": """
        CREATE TABLE IF NOT EXISTS "ticket_counter" (
    "name" VARCHAR(40) NOT NULL PRIMARY KEY,
    "value" BIGINT NOT NULL
) /* Hands out human-facing ticket numbers: one row, bumped by one atomic upsert per ticket. */;
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
        ALTER TABLE "brand" ADD "registers_installations" INT NOT NULL DEFAULT 0;
        ALTER TABLE "brand" ADD "issues_certificates" INT NOT NULL DEFAULT 0;
        ALTER TABLE "license" ADD "registered_at" TIMESTAMP;
        ALTER TABLE "license" ADD "domain_change_used" INT NOT NULL DEFAULT 0;
        ALTER TABLE "ticket" ADD "log_key" VARCHAR(40);
        CREATE UNIQUE INDEX "uid_ticket_log_key_91fd56" ON "ticket" ("log_key");""",
        "downgrade": """
        DROP INDEX IF EXISTS "uid_ticket_log_key_91fd56";
        ALTER TABLE "brand" DROP COLUMN "registers_installations";
        ALTER TABLE "brand" DROP COLUMN "issues_certificates";
        ALTER TABLE "license" DROP COLUMN "registered_at";
        ALTER TABLE "license" DROP COLUMN "domain_change_used";
        ALTER TABLE "ticket" DROP COLUMN "log_key";
        DROP TABLE IF EXISTS "license_history";
        DROP TABLE IF EXISTS "ticket_access_info";
        DROP TABLE IF EXISTS "ticket_access_read";
        DROP TABLE IF EXISTS "license_url_change";
        DROP TABLE IF EXISTS "license_addon";
        DROP TABLE IF EXISTS "ticket_counter";
        DROP TABLE IF EXISTS "license_subscription";
        DROP TABLE IF EXISTS "ticket_attachment";
        DROP TABLE IF EXISTS "license_transfer";""",
    },
    "postgres": {
        "upgrade": """
        CREATE TABLE IF NOT EXISTS "ticket_counter" (
    "name" VARCHAR(40) NOT NULL PRIMARY KEY,
    "value" BIGINT NOT NULL
);
COMMENT ON TABLE "ticket_counter" IS 'Hands out human-facing ticket numbers: one row, bumped by one atomic upsert per ticket.';
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
        ALTER TABLE "brand" ADD "registers_installations" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "brand" ADD "issues_certificates" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "license" ADD "domain_change_used" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "license" ADD "registered_at" TIMESTAMPTZ;
        ALTER TABLE "ticket" ADD "log_key" VARCHAR(40) UNIQUE;""",
        "downgrade": """
        DROP INDEX IF EXISTS "uid_ticket_log_key_91fd56";
        ALTER TABLE "brand" DROP COLUMN "registers_installations";
        ALTER TABLE "brand" DROP COLUMN "issues_certificates";
        ALTER TABLE "license" DROP COLUMN "domain_change_used";
        ALTER TABLE "license" DROP COLUMN "registered_at";
        ALTER TABLE "ticket" DROP COLUMN "log_key";
        DROP TABLE IF EXISTS "ticket_access_info";
        DROP TABLE IF EXISTS "license_url_change";
        DROP TABLE IF EXISTS "ticket_attachment";
        DROP TABLE IF EXISTS "license_transfer";
        DROP TABLE IF EXISTS "ticket_counter";
        DROP TABLE IF EXISTS "license_subscription";
        DROP TABLE IF EXISTS "ticket_access_read";
        DROP TABLE IF EXISTS "license_addon";
        DROP TABLE IF EXISTS "license_history";""",
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
    "eJztXXtz27i1/yoY/XOTGSeTOLGT6+10RrG1iXdtyWMr6d6ud1iKhCzUFMgCoB3dNt+9AB"
    "/i+wGJlCguZjrbmMQBxd8BwPM+/x4sbRNa9PXQMCCll3huD87AvwdYX0L+j5y7R2CgO050"
    "T1xg+szyhjNkPEKm6d5wDYXjZ5QR3WB8xFy3KOSXTEgNghyGbCzo7iB5ggT4dMCETEcWBT"
    "owXMrsJb/j2JRB8wxAbJCVw/8JdAYIpOwIOC55EH/PmZgBPC+QBV+Lx5q2wZ+L8ENrT3Ax"
    "+pcLNWY/QLaAhD/n9z/4ZYRN+B3S8E/nUZsjaJkJYJEpJvCua2zleNcuMfvZGyh+/EwzbM"
    "td4miws2ILG69HI8zE1QeIIdH57+XXGHEFuNi1rIAjId7+L42G+D8xRmPCue5agkWC2v8B"
    "0bWBpo0nU+1uNNW0QYZ9IUUM7+CSYWPBev5Tqff2D+InvDp++/7D+4/vTt9/5EO8n7m+8u"
    "GH/+gIGJ/Qg2c8Hfzw7utM90d4GEegGsjhbGDwO8uCO+VX89FNUqVQ5j8/jXKIaQzmAMQ1"
    "yuGQCOZo4e8A5xIQp6PfpmLmJaX/ssSF8bfh7fmX4e2L6+FvL707q+DO1WT8ORxu8/3rb/"
    "Hx+dXkk8eH2Cmh00eYs6DPFzrJxzyi2AjvzLLeM+D8fb5rFsQPbCFW85s3JRwI8eajXqag"
    "DW4d+/eSGBsECjw0PWdtX/A7DC1hwfpOUKbwNgPS1+E/mkF/l6dK2Wq/vB7dTYfXN4klfz"
    "GcjsSd48RyD6++OE2xZT0J+Nvl9AsQf4K/T8YjD03+1Xgg3hOjcdO/D8Rv0l1ma9h+1nQz"
    "DmR4ObyU4LL/qdmAyQnCBnh8QCfaofGY31zYRJOSABI01YJA9xnajCgQgRpInlKgJmg2Ar"
    "Vz36EGUBUi6/wxV77yAcsi/LNNIHrAv8KVB/Ql/006NmAOrIE+MV1PdGAA/wjXUHg12llE"
    "f17L+cmlxd+fvzVkvkw0vDsfXowGOUdCA8B+pfBw5dVKVBOnYAJV/gvA+OvV1cBbvjPdeH"
    "zWiakVrGMuEJk0i/angOznX2+hpXsvUQh0pBHf8sn6A7mHn31sx3BLIJq9tTxepq/oWH/w"
    "Xkk8WzwpH7RSQ0MIa11jAwnHVxobho4DsfnKxtaKq/tPkKyAEIq4Zs9313wOlnA544q+mB"
    "BwtR5wEUEnQOiHwJ6HFgRh23gNfoUOA88LiDP2hjYeco/FyNg9gBiF1hwgGtooXogRFsKP"
    "YlIMmEsw9bjwUhksOmiwkJfzd6nEKQl/Uwk/sn9KivkZQiXrZ2V9cWhCSQUqQaNAVQqUUq"
    "A6JXemRX1ZBSrpcdoS3aS767DOhdq6VOZTU6BQZU9epadWYJv42EjrqS1rYLbr/e481cu7"
    "dVSmc+mxQZWK1gTDyL9q2EtHx1wZEhoKg1jHLNCLwiGv7GfMVRhiPwPHFpADnWUduU1Nql"
    "ShbqlC3v9nYC32IIbjlf+wnv8QUc0hUKO6BfNMX7ZtQR0XLOEUaQryGadtC/P1ld1qnJ8m"
    "k6uEsvnpMu0G/3r9aXT74q3HAj4I+ed7Vq6mruPYhGn+6SNxcGQJdydhv+n0IRKBu7D5EU"
    "gXmomoeF2quTQvDqEQ40J6BXUa6sOKP9jt6S3kvQm2VsEn+UBMWYH0kLFkZfTXOi4V3UFc"
    "lnqEeFu/ioOmYpoDXAaFLpX4NrKQwTHK/QRLoHTlz9JzkLQF4kI8WTWC1Zdorj5CZrvsgQ"
    "sKDxofgukckmZW2DSYra+wIcxVSAWbLGy+dW5LrHpnw0xAxCXJbRdTv4xk7UYWhGJDnmEr"
    "JlKUWLZCAaZmEIHnuvf8+0eAGrYDTcAFXRNihnQL6MAhaKmTFVjo2KSA2eKSThjnJDB1up"
    "jZ/J2z1q3mplX2LWXf6syZkLRvva1l33pbYt96m7VveXtXW/A9IINykqoZrPe7jBNIn76v"
    "AfTp+0Kcxa2UOUucSTnftV/uJuMCO9aaIq36I4OB/wCLC+ZtLenBX+YuNgSGYOYiiyFMX4"
    "vn/XXQ7scvD26BUELrz2TepJNsjpLqvJggnXmjrDKbsKJLVphaAUWWTplnm9yA0WlalRzS"
    "ZU4T+MQ/SZvwOUmpuNxlLgdudOngwBiRCrcqcVLMVnLQZugUutXBbLFYkO3jrcKZDgxiiW"
    "ir2N6tjmeLFmQD8Na0Ix0qtpnNmw/vfgKuPhEd52a6+DeOykxSs/WQKnNUMabKDNQtM5DB"
    "2SxjoAjH98408b6ODeh9sQnofcYCpCxs7VrYENWW/HmaQ2zTNXK++1VBZGnqHcaRhev8YM"
    "PICHxAlEEiIrb5997yfUeykXwls6igPgluIEpdSDUDEobmyOD4yMdU5s6guFDBhY2Ck1TQ"
    "TQ2H9RM/FgqOFAmQbvzj/Zs/WZ+walNLCJdWjp4QW3XFmoIVG9SmrvB7XOnnHxC+M/9Q+s"
    "Mu9YdHmGMRKJZxg+G90x7entaRb9Mm3ph4e5qWbl1iyQAbDO+h7nBSS3c4KdEdTrK6g39W"
    "5OI7wu4yY8hKepBD4t2hPRDVOwRmcpAPbkbji8vx5zMQ0N/j4fn08tvoDPAjGT3Beyyoh+"
    "fno5vp6IIzxPYLmIiCo4MNmHVcL1OoJFEozamFbYncRYG5myMLFO+IDOEOuSXJps6YLALM"
    "niJpSRLtGKWCuxJu0/ZMEMZCxw+wIFeoVGvLn0ApbRsYMjb0caeIlZu7y25uFZ30p2Czim"
    "ZoJ5rB8//JoRonUZiqGIYm/ewlMQy3/Ay5vTyfDrLrtwFo167yngIb37QFsNZKwTXNrc23"
    "gbVxKKbqEeJJpUtlldaFirqz9eTNrKy72Ix9RU3lkm6UguudX/tLxO2mHliRZEqswBjRDF"
    "xfiXXuTdenxbal465G1vO1jldTW/y3pkSzeerzXn0wJQKN92JayncZvSYRK5Dr87keeZt4"
    "jBC+qrNU5cc1l4KbYWUI/y5bENt9WMSoYo7Q3ChQfl1LuxN/1HHN+hJRsX92LTFVOmn9c6"
    "6Wq3YwBHwe14JgJt6TAQ4V0IGwQYJgtp8An+6VjcH63OQkTxAg5iUHY1t4csPBefnGzT9A"
    "hZx2y2Ws4iLbraznuIR/gzdLzkvTKktnpy2dyc9PzXMqSaSscjmWzsBbvhb+5QAuoFZV3i"
    "vNnzFxaUsbXf+CI49SVrrkNq5O4UqvyuZA7p9Sm8a6YEd3qpR2ygJYrBrEbITVykHMOCnZ"
    "yUj3ilwjCp4JYgxiT5YPGgYJuz14XtgUAm96Ib3zkS9mXHoHFPFpva5Daxn/ZY6m0O6z6s"
    "SexqNc2YDfToSjiktKsdilYqG6F/VSyNWN0FZYV2OMKHqoM7YQhuZ1n5cBOKLoXZRfK+HG"
    "KiKlHT2Nb3TpzsUxEqWRZSFVJgWl6XZM+yrRdPMDfVQUVYtRVN4B2gC0/aomnIWVbd4Zeg"
    "dmgkTcS7GtIB0eU20woGmKWqWLDZcI2EGcGvD/6aEnD7xwHaGP0SPAVXnGx75+/frlT0KZ"
    "F+4/rvkjrs773YYLfYutPUe5GLtlCVAuxpZdjJAg29SWNmYLmR5SGbrdiYpvjzu9luMJSR"
    "g+Uy3P4iGMWUWJSDGiMnvWwX5x88AT5qlsUSA/szWLXlU5oIhOFQKqnz+n9EWlL3ZM9q7j"
    "Gd2r8L12mBYL3nGfarXQHffptlxwhemE39VSdVdc6vu/qO0SA+bdVQLwTsuyoLxMp3rlLU"
    "LaLgvDg6vL89H4bnQWqmH3eHhxMRnfnYEo7Ui+SmGdIi5lNQrzyowUVa2oV2dk56UrGiw0"
    "EhYVCQuK3OPz4fh8dHUlLhrilS1LXL0YnV9djsVFExoWwpuVHmmeezZ/F20j+SaHshFfQw"
    "/OrFj6gv8lkSx0lKRS7sc67segLb0maxZJ0/UO7VaMIyFqvpM85/Sfwu9Fdf+zpD3AvCwY"
    "ZfTbNKGIZpoQrWNRribjz+HwdGeiNAMw4wLwBss9SdcD6Hey3H3U4FIyiCRD2D+8T+r0O+"
    "OjivE+yXQ8C0vRYPisFTo6S21dBTOoslESZi/H9p5XXySMCHZn7npzIJKgn2kt/pLq5Jci"
    "U+38yr+kG7TzI5CDQTcrmZWmVVG2nY6y5ao3MjdidJJSVcDrMpcpesA6c4mUXJwg2khI6x"
    "hHdyAVM0iWdJNCqhnC/gHeRgS7fwTJ9tnL0KmIYOXh3V2gRyggyS7bHEq1cLMAJ52RchDn"
    "0qplXGzG3wjlXFqFcjHKG53FubTqwFAxN/vM0chGiqhUjQqMc79JNaDOhuwoqCugzv0w1Y"
    "d6HydHx85mSaSlz4+4DNwAzv3ORspRGAqSkvK1agVwBcAZQ4J0zle2UM8e6mcfCPq76H0Y"
    "lZ4tDtJNlKetjtKNquN641UT9UPSE45AcbStzWkkw9hiJF2Os+1SFJsIV5BEOUaiUK6HMq"
    "JaoqtYzvenIo8qQ77DwJL9uAEbjCsR5wKBS/tJtzSTn/Hy7tj8GZRbtstuWX+vbNSYLEGp"
    "YiwOgs2y/p4MnTLeKjelMorv+0xqvERvtM+VwaUC2syR2KkiOxOXzezv1yKuPcd6ELt7VG"
    "Y3sL1xWhgerwwGB3WGHpUYDExoug70mshkwC2ruhmnakah3S/M7cfhEWggB8E8t1cx0Ami"
    "HhoOWslLoe7sn9CQwjlG0kOU39Vaz+9K1vO77Hqe2WbOmVGcURiO7wW+O08kVP3C/wxquc"
    "4YXDpS2VxxEpXPlVbFMT+OtACiDTZPDrnaQZ3eQZTLShswOka2E/v0HnpT9oK9lk6ZBgnJ"
    "q/tbLHokqXqQ3L0L8SNjeduPAeNGp/TZJuYtpJANcmwYyQFHZWYMJxiqkfXYGjWBbQxfiY"
    "0PLIQfRWtPTgt0EE4GXtwPvmLxCHHPsh8Awvd8bq9fKIbPICil8T8UzBGhTAxBOK+PUJtP"
    "UnaXbtldmP0IsbbQ6UJGTU1S9c7uclrHGHBabAs4LSxRofSmXosF8LuD+HQbsDlJqdjcaT"
    "a7m7USdhvtItxNN1Vf+CvZQylGoVzm1S5zlzbSbbWmQ7dr4Nb16MYWVZdKNt8Q23QN9i0o"
    "yJCnCiVHHJXqQv7YeH2HZt26vw9mRPfr94bP+EOpHHtUOTYoAbJt8Y+unQBtV/8QK96Q0u"
    "giCgVwDYAJP4x1Ic7JNiVJkG3ZlqRroJeAnNOXxDuV5aSsOIkSs6rFrPWHb0s561M4z4HB"
    "W1fQiq8rWUkrZkpDxiPM85nKpCdOvUkOVv3bbWLiHaRFImh4q1T2pLFBNQzwourbK4Rfgw"
    "m2Vl7Hu7svw1fHJ6fAnnt/zqBOIAGedRQgCijjO83Ms7BvM5UyoXdLnlUmdGVC78Th2wvb"
    "m+cjp5DvDXlGp2kVqzvNauUt+VOwmcAn/q3brGB2nFL5TLrMZeUzUT6TDqjyHfWZBGp9jq"
    "IaKfzFeiqLxrTbyrKoh+W67Z4nYS252sxfUxzLqonlbru4u8tZ3ilQCGxE0MwR2wN0Y4q7"
    "wCKDZb1OlCFtl70lg7vh1ejuDFDdgvQe3329uZncTvnfruPYhN3jm9vJL6NzfsUhtkg7u8"
    "efR+PR7eX5GfDeABlp01Ud1f+4XtJiSc5itpi9oxO2LMxZrGZXcoY+MO1uzTU+6tPl1ZXX"
    "a3SGLCvsVbp3th1gr1fqzpaIiUllufb10/Xl1Gvuup7jHg/v7i4/e31cdSpMvuLa5VjjLP"
    "x8O7rjLERY41wUcjgVnB1p51eTOzHeIVAzLJt6PWKDa+Hft6PJzciblUDRVxVu1B22eX47"
    "BNkEsYIM7mqOx+l3yHNsk6VuyTL8evjL5PYMLPV/2uQejye318MrDrw31z2+vhx7dxH2cz"
    "3237p3YfNPdZ6JurR4WYxKNcOTKFrGELOkOgqtCbr8bdrQF9BK2jeimmU/SC7niEitZonV"
    "zDGTrcwRI2mkXVOHXFvNRxMp19YmC/zwTKSOuSGbk5SKzZ1mc9pGJsnrHHLF8E4z3Ety1b"
    "hSM5+LjF7HFhXu5BlfMo1yfXWZ/2tmbVaeOIdc8bvL/LafIOG8ktQ9YlRK+ZBQPqhtPW0k"
    "NCUI1Y7q8o6KrJ0b8DlDrHjdZV5vzGfF44PhMUc98EIlGXy31C2ruInvmqpH1dzfHX84XT"
    "uqxR9lPuq766Fw5GX6InvAcKSW+T7Q4opTWco+NE8v2yptVL0kG5pt4nTqwOrygbVRr2bV"
    "pLkyxCZwe0v2oEhR9ehr0BywLsdEMuA2QaNAzYKaqkUhh24+sYK5MrBZdWGuH94s3X7Z3/"
    "MNYNvv5imJo7FGI+CcqjVb4putmdNPpPOPyRqQh0KBWstVazkpPW3Rd5mfNpBSDeG5nWPs"
    "lqhqMPQmugzm6cnZnFYgQqg0AnVzyzIQEWC3fLLegsaYbiyEZaKRqhnD9XR9BWyBRB2InE"
    "AsebC+RFP1EakggKKRdXXtz9UnqLbMdcs0P8zB+VrHq6kt/lvzq7xF98O9RgeWfJe9N9NS"
    "GX+x9yRiBUJTi8KGoxJCNvFYIYIoz9KNE9eMCu76dMFNtiC2+7CIXY91qMxNiuTXtQzkP2"
    "okNMZO3MLUxuSpXJXkqOnJ4TXK8syRBYFPBk1RkV4Hwe7/yS+ls2KQAgs9QYCwd0WcfPw2"
    "cPl6IeAffm0djwn/yCvW0/wD6uRiLqNTh/NVJVruNNEyxrEsuiXt25Jkvavq87FO6PPH4t"
    "Dnj9nUPkQdS19JI52m62HaRCvdH/kTmegxVJz7WuB8T9H1EO+3tfB+W4L32yzeFP1/XqAY"
    "eig8okOKPvmT/vf4+N27D8dv3p1+PHn/4cPJxzfrAzt7q+zk/nT5WRzeCfyzdnyVT1ElrP"
    "bCaRsGyUtJQEmiPm2y5uoixLWJmrAmaBSqOai6jmXrZrxBe01os4TKqVjpVIxK5mzpK6hd"
    "kLdr67euuyCxc/NrJuUcuo0h2z/jWhrg5BenGuHYfle+rqpyX5mzUdrd1X7Zr3PhsvesPA"
    "UmsnDAUQ37mBEbW2kc+6JjkwLbZWDh8h/5aq4bHHXgTwX84lD0TPR7BMR+PgIzd+lAE8xW"
    "3iWd2UtkANfhS4gBR5Sj9gizNrIWn7NFtWtZm0JvzTZNZayX9HTRrdyEqBI9d03SJ2lxB4"
    "puRujZ59EWehELj7aYm7HyaIt5N2vY/R0HYvOVja3VGXhe2OCF+IFgbhPfAr+iDC5fHvFb"
    "EIv/6gwYCx3zdzkC/LTiV1Y5tv6GJq1j348VdVR1FHds3pc3DCmD0AEYhPiBIdlYLKLooU"
    "G7+UI1c2IvtbKyfvkop8j6kILUdi09vsrlcU4QKZSrUSZQp3IHRkSxwwqFg53A20qZNn7A"
    "SqepxEiUpVOZ55X9uNMmOEn7sbe7lV2zMs+HVaWj7FPtD432hWp/zKpfqfbHPAottzeINn"
    "XMz69U752q3o47s5CR+/UqlroSRL0zzzYv185sM8d3VFwmIhzfCyV419UhkEj7YZBgv4h4"
    "ygJeUY44TqnKgkmUBQttCvO5JOhJQoW5BOYqrm6jQ+fgzKiqtkTzWjuBjrXi4qkcrCkqBa"
    "wyhyhzSKc1d1lziKrP0UZ9jvDcbGzF1g9TPFCEU1+abapGqKx+uVx1AT3adar6gSzTbTPV"
    "S42Z3pmZY8MMz9Ji02XYjLdOfrIDCbWxF04kCrNQgPAZ0IHhUmYvIQEvFjoFOgZBbaeXwC"
    "bA00+DO4DYIv8YmyDqYvgyL0+5vQdtEYSpjKgtGFHhUkc5xqZiA+qaoH/G05P3daynJ++L"
    "zafiXjZLlu9qTRrnDGEvLKo7QHy/sdodisJoJevb0Sl9tvnnkp/zOS0gSxwvaUKFdx28wz"
    "KNxVn21d1Q03N0OJ5rcHN7eT28/T/RthYtdbK6x8OLb8Px+eiCk5xPxhfeTd18Em9qahRy"
    "lpjeuNjt9dW0aLMfH1rQiImLRJtyMDlDl/k3/DwaTzmD+K9hnCeJDtQXo2+jq8nN6PaMi4"
    "VP0LK5mJntOC3G3Qxvp9d8Iu3LaHhxFhMitQXURTfki+vLsVgGS4S7weNONBbfEY/701cc"
    "UU3EbT/JdmBK0O3Q8RcKxwfr98PwmVqQMUi4CuggI8dU8cvdZFwgqeURpz2AyGDgP8BCtD"
    "Ujz+Avcxd70f5g5iKLIUxfi+f9tS0xo4Q1AqwEazJhCOmIg6Okl09MkA5DUM7Z4gNJVGSd"
    "YGs1WFvfDsFZG5wbnWxc0THzYQ9L1HcM4fqRqzUq1NdyI+yl+PSBoJ4+A/Zae/ogMXMQF0"
    "ceId4WLAdNxTQH+FWshVNYd9ZPc94SrKDybf3S04e4skxoIFGRhI/AdA5JM5hNg9l6ChqB"
    "/LdSpmDbbHe6xGp0h34l1rk3XU9xW5u1uSAOtw1TuAkmuxVz9fU7QLlIwOfdEqo7f5a+gh"
    "R0XuHYxOq4bxnR0dMdqBCqh5C2z2iqA4atka+hbKeUQ8RrP41SDgWpNqPPhpAgQ3hIMvFn"
    "wZ2jsgg0PRrTZtKsiuvaZVxXYTvB4giNGEkvY41OasUanZTEGp1kojP4ppJAOBjeQ3Rb6X"
    "gQdIqQcRHGSHbvGGz/s9KqCzDjtdhlXYgf/wW4G8ah"
)
