"""Migration 2_20261202070810_buying: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

aerich passes the connection; each function returns the SQL of that connection's dialect.
"""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": {
        "upgrade": """
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
        INSERT INTO "liability_balance" ("account_id", "unit", "balance")
            SELECT "id", 'points', "support_points" FROM "account" WHERE "support_points" > 0;
        INSERT INTO "liability_entry" ("account_id", "unit", "amount", "kind", "note", "at")
            SELECT "id", 'points', "support_points", 'adjustment', 'Opening balance', CURRENT_TIMESTAMP
            FROM "account" WHERE "support_points" > 0;
        ALTER TABLE "account" DROP COLUMN "support_points";
        ALTER TABLE "license" ADD "order_id" INT REFERENCES "order" ("id") ON DELETE RESTRICT;""",
        "downgrade": """
        ALTER TABLE "account" ADD "support_points" INT NOT NULL DEFAULT 0;
        ALTER TABLE "license" DROP COLUMN "order_id";
        DROP TABLE IF EXISTS "order_line";
        DROP TABLE IF EXISTS "product";
        DROP TABLE IF EXISTS "order";
        DROP TABLE IF EXISTS "liability_balance";
        DROP TABLE IF EXISTS "document_counter";
        DROP TABLE IF EXISTS "liability_entry";
        DROP TABLE IF EXISTS "payment";
        DROP TABLE IF EXISTS "payment_event";
        DROP TABLE IF EXISTS "cart_line";""",
    },
    "postgres": {
        "upgrade": """
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
        INSERT INTO "liability_balance" ("account_id", "unit", "balance")
            SELECT "id", 'points', "support_points" FROM "account" WHERE "support_points" > 0;
        INSERT INTO "liability_entry" ("account_id", "unit", "amount", "kind", "note", "at")
            SELECT "id", 'points', "support_points", 'adjustment', 'Opening balance', CURRENT_TIMESTAMP
            FROM "account" WHERE "support_points" > 0;
        ALTER TABLE "account" DROP COLUMN "support_points";
        ALTER TABLE "license" ADD "order_id" INT;
        ALTER TABLE "license" ADD CONSTRAINT "fk_license_order_17d0f15a" FOREIGN KEY ("order_id") REFERENCES "order" ("id") ON DELETE RESTRICT;""",
        "downgrade": """
        ALTER TABLE "license" DROP CONSTRAINT IF EXISTS "fk_license_order_17d0f15a";
        ALTER TABLE "account" ADD "support_points" INT NOT NULL DEFAULT 0;
        ALTER TABLE "license" DROP COLUMN "order_id";
        DROP TABLE IF EXISTS "order_line";
        DROP TABLE IF EXISTS "payment_event";
        DROP TABLE IF EXISTS "order";
        DROP TABLE IF EXISTS "product";
        DROP TABLE IF EXISTS "cart_line";
        DROP TABLE IF EXISTS "document_counter";
        DROP TABLE IF EXISTS "payment";
        DROP TABLE IF EXISTS "liability_balance";
        DROP TABLE IF EXISTS "liability_entry";""",
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
    "eJztXf1z2zbS/lcw+uVNZpxM4q+kvpubkWU1UStLHlvJ9a7u8CgSsnihQBYE7eru+r+/AD"
    "/EL5AiJJKiGMx02prEQtKzILj77GL3v72VpUPTedvXNOg4I7Swelfgvz2kriD9H87dE9BT"
    "bTu6xy4QdW56w4mhfYNEUb3hihGOnzsEqxqhIxaq6UB6SYeOhg2bGBZicg8QP0MMfDmgQ6"
    "IapgNUoLkOsVb0jm05BOpXACINr236v0AlAEOHnADbxU/s7wVhM4CXpWHCt+xjdUujn2ug"
    "p9o+wUXG7y5UiPUEyRJi+jm//kYvG0iHf0An/NP+piwMaOoJYA2dTeBdV8ja9q6NEPnRG8"
    "i+/FzRLNNdoWiwvSZLC21GG4iwq08QQazS70uvEewycJFrmoFGQrz9bxoN8b9iTEaHC9U1"
    "mYqYtP8Foms9RZlMZ8rDcKYovYz6QokY3sElzUJM9fSrOt6vf2Jf4c3p+/MP5x/PLs8/0i"
    "He19xc+fCn/9ERML6gB89k1vvTu68S1R/hYRyBqhk2VQOBf5AsuDN6lY9uUiqFMv36aZRD"
    "TGMwByBuUA6HRDBHC78BnAtAnA1/mbGZV47zu8kuTL727wef+/evbvu/vPburIM74+nkUz"
    "jcos+v/4hPBuPptaeH2C6hOt8gZ0EPlirmYx5J7IR3ZlkfGHD6e/5QTIieyJKt5nfvCjQQ"
    "4k1HvU5BG9w69e8lMdYwZHgoKmdt39A7xFjBnPWdkEzhrQeib8P/qQb9JneVotU+uh0+zP"
    "q3d4klf9OfDdmd08RyD6++ukypZTMJ+Pto9hmwP8E/p5OhhyZ9azxh7xOjcbN/9th3Ul1i"
    "Kch6UVQ9DmR4ObyU0LL/qtlByQnBCnR8RDvasemY3lxaWBGyABIy2w2B9iu0GlMgAjWwPI"
    "VATcjsBGrr3kMVoMpM1sU3rn3lA5ZF+EcLQ+MJ/QzXHtAj+p1UpEEOrIE/MdtMdGQA/xmu"
    "ofBq9GRh9WVj5yeXFv399FdD4ttE/YdB/2bY42wJFQD7xYHHa69uRTWxCyZQpd8ATL6Mxz"
    "1v+c5V7duLinUlZx1Tg0h3smhfB2I//nwPTdX7EblARx7xPZ2sO5B7+FmnVgy3BKLZW6vT"
    "VfqKitQn7yexz2afxAetkGgIYS1LNuBw/FayoW/bEOlvLGSuqbv/DPEaMKOIevb06VoswA"
    "qu5tTRZxMC6tYDaiKoGDD/EFiLkEFg3MZb8DO0CXhZQpThG+r4kEfERsbuAYM40FwAwwk5"
    "ildshGmgb2xSBIiLkeNp4bUkLFpIWIjb+U06cdLC39XCj/hPQTM/Iyht/aytzzZNKOhAJW"
    "QkqNKBkg5Uq+zOtKkv6kAlI057opsMdx3XvlDal8q8anIcquzOK/3ULdgmXjbCfmrNHpjl"
    "et+b53p5t06KfC41NmirozVFMIqvatbKVhF1hpiHQiBSEQn8onDIG+sFURcGWy/AthjkQC"
    "XZQG5Vk0pXqF2ukPffDKz5EcRwvIwflosfGo5iY6g4qgl51JdlmVBFOUs4JZqCfE5l68J8"
    "c6VZj/N6Oh0nnM3rUToM/uX2enj/6r2nAjrI8Pf3rF29tOhT6iwV3XAYEI7iOrxQee7+kS"
    "vfnL39rtVbyrGGyJvdYJhJMkXmOnhrHAnbErzgMmRLxsUqw/qrtkFf998g2pf6t40Zm+YI"
    "l0Eu6594jFRMFNNA3PeEAE4DOs+YTtNVnExDnRt0418rc9Vk7s6eeI3D+a796bqPG0R0us"
    "pgG9LZ1t0FTaMb1/5YebN0HCRlaVDnz18Le2P1OZqri5BZLnmifvGTQocgZwFxNStsFszW"
    "VdgMpFkrCZvwasP63lBNsd5dgGx1vYJMYC+I7vxZOgsStv4Ntb1B8mfpKkh+AGVPjDoXZk"
    "pA5Dp7b0bdimPUm/wVus282EPMpS4IPoQOfLnwQ9/LrvJSsE6Ao1k21IGGoU53RkM1gQps"
    "bKxUvAZLFekOIBa7RH1Wqkmgq85ybtHfnA1AVDetDEHIEERr9oRkCOJ9qRDE+4IQxPtsCM"
    "J7dpUlfQZEUE5KVYP1YZdxAunL8xJAX57n4sxuJWH29iTOe+2nh+mED3Ekkaa+DY2A/wGT"
    "+sB1LeneXxcu0hiGYO4aJjGQ85Z93t969b78eHAzhBKsd+ZwZPoc5EmSzmYTpA9HyqjELq"
    "poUxSiVM6nqTrEi83toOi0rDy/12ZNY/hMX0m76DkpKbXcZi0HmU7C+dsxIZkRWxCkn6/F"
    "oM3ISXS35xvH0vX2T4kNZzoyiAUSYmPP7vaU42hBVgBvSR7pWLHNPLx8eA+TE3uNVcQ9jO"
    "jfOCmipOabIdvoqHxMJQ3ULhpIo2oWISjC8Z2jJs7LcEDn+RTQeYYBkgxbvQyb4Sgr+nmK"
    "jS3d1Tjv/W15vmnpBlN9w3V+tJm+GD4ZDoGYHaqh73vTjx2JJlsXzCLzrgW0YTiOCx1Fg5"
    "gYC0Oj+IinvXNnkFrYooWdknNlfluJgHWwMe+f+BBu70dJLxVj9Ey3zpxtVxyjr/5kXVpP"
    "dXpSm4xvjjMVzwbP96c2uefSp+qUT8VUqnyDHKok3/iPy3TOt7osY/1f5hv/lxnb/3dXRc"
    "QgHIhzV29cpDk69X2r13CMPNX1naI8cTkZtJVBniPQaT2PjmiIJyUlq/RkgQ1PuAjhmhSS"
    "sGZhDRwrMViTQnIfkOHIQ4YjcylfYWzL8wPHim3yyd2OrRnRSntiW56gatmOWxba5LumRO"
    "Gu4J3fXAz9SIFNGUetqip1Y2kuO3A2YDuWx7Zk6J/0kJMiFkgPBitabPTW8x4Tl5XUdVj9"
    "XJtC7s0GwqmcK2Ah6NeBghi8+kbVfQLWUMWvTwB8+/QWPPYw1CCd7ur03enlYy978qOOD9"
    "iDqDpsMLVFXEpVcep8+upZNV0O1tfGU651uBHpkmH4w+np2dmH03dnlx8vzj98uPj4bmMh"
    "Zm8VmYrXo0/MWkwoRDh6VOeWlinGwdnTeAU78je1TLmQ6inuX+MWNr1Per9J1vuArLenAo"
    "EdOhzfwXSXj2X26I/5e/THDN8de4rK78oxoc7UT2tgU5acaT2bh+RK6uZK7ocPs/vRYHYo"
    "1yhVnarIitjUrypjQ8DN4DqD5AmDQg3MCWk/SPuhA/aDuuLvr0XmQyTTpVdYwwYEY0ZEVn"
    "U4voOr+qzMqj7LX9Vn2Qx7i4iRQsH45sDt9RqB9qJUfv1FQX79RTa/XvZrkmkg0qUpnwai"
    "EeFGtzERmakgE0AagtUrTCkGalxEQir5jKb5jMzyrQDasrVVW7Z0y+Iaf2RLoCrTPqpI++"
    "B3EvPe8xUg2/Gkj5g11KqMj3BBc/nMzVovIjKjQY0RmHQtUfQkh9kohyl46Ker533eX5Y5"
    "7Z92gmOH/S/TXISLTSFu2B/eQRKtFqbH3yu4+A6Ru8q8nRJYb4QbZNVYu3mGmRjkvbvh5G"
    "Y0+XQFAvlH1B/MRl+HV4BuycYzfERMuj8YDO9mwxuqEIsorHWozb7+Dso6LdfarqCzXVpT"
    "S8tkVh3D3OWc+s1/IjKCneNAqy/gEmD2HJ2LFkQ7Jinh3gq3bnkFWbSlip5gTufAwhoW/A"
    "lkCYsdyrrsWPEzJSyLfrY5ECBrNX8XapbxnnpYdK8aohiqcRGJqYxMyMhEywlJwcjEpkDq"
    "ntBuarF2FNj4PigDPg0GfPL584N2RD4SwFPxssM29j1GzKjVunexuiDi0mdTdWiLTBJPsq"
    "VvWagcd76ZvJqV9RCbsauoyUa+O/U/9vavw3VBPsYt38VmQMhWA9cXbA686bq62HwrrgL7"
    "y7N2O2aA7ZnlUaJh8K2K1jOL/bukU7F71+CDBuwLnArvhympRJfoZ2K28qCupBLHfCwt7C"
    "mCJTZsUA5cko2WgpvJLCqyxJb7tIxJxbJmuJV16HUlnXvyZ5k8Ht90zE/m2ZiWWzN6/BeC"
    "N7REg146j2tCMGe/kwAKFVABC1iBYLa/ADrdGwuBzQuGijxDYBCvry6yWNpPOJjXqrf6D5"
    "CVhduVXyRbisRyK8olVxRlV2RC0LaLqbGyW1/LtKwMi7U6LHaosyVt02nl1UX91KqNlyRY"
    "ZpQvLQM7WwM7h8jfb9tariCBn19uNLUqqwO5e95/GuucJ7qNCf4hVZrvGsTI1O3OQYzFLe"
    "Ee2Awoapyb6ytqtrPKioYDXrBBCESeLU8NcBBEJMHL0nIg8KZn1jsd+WpOrXfgGHRaVrJR"
    "3dj4rzmeQr2fVeagQvxIBOnR27L4ykEdC3nWv5NGLktrF8tcjiQ66DPWkLMMiWoIHU2JJD"
    "qXEl5PFRKZvijLVRwHpJJSkJ5uy7yvAk+Xn2sn80NrzA+VdQC6UAcgkSCUzxWk84i2EwZO"
    "WqJEUBFDzcUMdhCXBvQfNYzkgVeuzfwx5wRQV57QsW/fvn39F+bMs/Af9fwN6s4zl78gtl"
    "jb58gQY7uYABlirDnECLFh6crKQmTJyT8piIyk5BrsYXra6rUcP72K4Iuj8BgPRmblnVqN"
    "CRXxWUf7xuWBx+ipFHqGo/hlELLoFR67Tsg1eNo63HWP9rC19Belv9gy27tMZPSgxvcmYJ"
    "pveMdjqtuN7nhMt+bqXETF9K6SKtLlOn78y7FcrEHeXWkAN2kA51ds314L6Riqt/fGo8Fw"
    "8jC8Ct2wR9S/uZlOHq5AdD5LuOJXGUv5fb6h/J5bkyqvxFG5olSN1zmqsCpVWIEqrD71iA"
    "b9yWA4HrOLGvvJpsmu3gwH49GEXdShxg4N7FSnqnrtWfS3KDvZNxzJSmINHdizYscX/DeJ"
    "YFW8pJQMP5YJP2rWylbRWhGlRdJynUO7FnIkRM0PknN2/xn8I2ff4Ih2APOiZJThL7OEIx"
    "oi++q2/4sH+iYXZTydfAqHxzQxGE+vMwpAhBrAOyz3pFwHoG9kufuowZVgEklGsHt4X5yX"
    "wfviPB9vdi+Fd1C3DMEXJTfQWch15cwgawwK0F625X1eeZMwEuhMG9Pq0ni8I+nsLw6iPz"
    "1MJzmpPEmxNO1taAT8j/qHTm349v66cJGXawjmrmESAzlv2ef97QBvUgZT8Zs0/dI8SaZq"
    "sgnSb1IMKRjObvUV07Iyy7bVWbbU9Tb0nRSdlJTlUtusZcd4QipxsZBdnBDayUhrmUYbsI"
    "oJxCtnl6rbGcHuAV5HBru/Bc3XYjxdRk5mBMsIb3OJHqGBJLpsOZJy4WYBTgYjxSDmyspl"
    "nE/j74QyV1ainI/yTnsxV1ZuGDLn5pBnNLKZIvKoxhaMue+kElBnU3Yk1Fug5r6YykMt+5"
    "CKIi28f8Rt4Apw7vZpJI7DUKLja+QdS4C3AJwhEoTPfGUL9Ryg0PiRoL9vCdUyObpRjd78"
    "JN1EHd/tWbpRGWFvfL15uhiurGfVVOh/2XWsOJC+yHyO3qKrKbyv04lkqZqm83OZBgQT32"
    "Iibc7MbVPeG0twEEQ5JiJRLoey4SiJppWcN9aWk1cZ8QZTUQ4TOKwwE4WzmWcUUBzA5c8g"
    "A7ltDuQWvd7FsjTy55EroM0rgO6bmoUxzKmOtm3PTcrK3D+BHdd/T+3UczYhKTOiWv2Ahc"
    "oSjc5m5GSoRSYVyBDWofekygtqR8+5pEe3QJvZEltVEstvqcqh+Ta9VvO5vU1b15rpvFjw"
    "Lta43jtzr76oBitUxZIGjYWhbSjh+EBJ7zVJ7x3hue/NKrLV9Qr6KhU5AN7/e380G00+KX"
    "f9f9wOJ7MrkJ7xEd31RzdXwFYN/RH92B9558AXqmHmHQ3vlVNmKpu3VDJvQS5vht/S4cq2"
    "CETa2mv7xdVq3vOSEa1GpYd9epLn7i9LHby/LDh5f5k9VOhS75SiJgJ2XKaD3O1ZCZTPcj"
    "E+yySoW0TlMOPXxlN+Hlko0iXL+4fT07OzD6fvzi4/Xpx/+HDx8d3mZZC9VfRWuB59Yi+G"
    "BP6cnFRCLUPRoERCqHOnZOspeRDZPhmgt3A0CUnJ0bSaoznwMZu2qbbuczY+amE9nx0eLu"
    "4E8hlr9TO2shBcK8zV3kfz+bNI9bda/cxd26WTaCQm44ht1i+GGqQIKMhdzXldAfPfoVnJ"
    "Ss6qtsi3rf4NmkvWlWTgcuVlVZG0q+UjtNPLKiUqN7A2b2CyuVY9z0/oCAvHv9NyMv5dsD"
    "mJopsVlPBuDYPLo281NoSKnvcK8O14HDy9NZY4hRV74CW+W/DNbo57nMMyDXVumAZZKxDR"
    "r8erTSd2FCuYbkhnW3dHB7y0rmpOrXUWI7QvQF5iypjO06H3UIp08lIG9oTpLkpl6Mg6qj"
    "0NyltUealQ4Yrbkg6lmOG4Er3/2FiwwNZ/IAIqAdoSat8sl9BvR78AUJEObEy3A6A6rOve"
    "GrxATOd5WVJd0t3e68SnqUQ1rSegW9ABdE1AzGv+V98Hye5/7cq++l6bnwS9Tx7R3ZSC9H"
    "AF/JrDj+hheP+VilwBavw9G8GvPnhelWzSWG8JSvpTieLtaZy3aEGaT1KuS9RYw7k+v7sq"
    "ItTgF9ji4yJdQr66UuGrnIL3BQs6kukSpA0vZlnwvgOnn1rm5lQNq+99iHXqiol0aXeoDF"
    "MbW7qrCUbXkkIS1+0Ris05oj353c2RpSODtyzDG39etx/RC9ZhBbjeRTN1FNnkM1si7iOL"
    "HFZxtPTghx9dMrf+uGUtuHi0X3T3pJD388YpYSevWg9DSjKtSTJNh7prQ9GDb0mpzp15q4"
    "WvwVAzbAPyvNvCHMxIqIvMWB0t9Bx3/m/IMwsKjmBFIh1E+azUej4rWM9n2fU8t3TOnpHf"
    "/DQc3wl8ixIsa+l5Ks+7fRe5roTAlS3Ew8VFJBOXpjcQ3Y6UAKIdHh6OuHyCWv0E7Vgnse"
    "myiE3atl1Sr6k6RIEYWxwyLd/0SEp14IR9E+ZHhs08DIFxpzrOi4X1e+hA0uNwGMkBJ0U0"
    "hh0MVfBmbIkUJgvBN+zBZylG3wCxAJUFKggnA68ee18Q+wh2j+UPGeiRzm1hOgjBF6BZK1"
    "tF6/9zwMLADmFDDPSal8NU4ydJ3qVdvAuxvkGkLFVnKeKmJqU6x7tcliEDLvO5gMsMFSD9"
    "pu/CLIB/2Aadbgc1JyWlmlutZtfZ6VGOicmjvi3Xr2B+R0xCpiFsT0NwnUqyEEqeMmsbuG"
    "XDubFFxc9BOJQn5B934fpAm5MwRd5PNEgGcI/piT4pcCRsbGnQcXiESL4fkRDqRECm7tMM"
    "GC4gKz8qdKQhIdQ5b62WKLlMAD9QArgsyVt3Sd4jrBoe9CoVpLF7d8PJzWjy6QoE8kWlwd"
    "M0aBnFvC9VkrqgInW2nmxwXFS0dG9argOxhTTUpXZ5NqwAbl42FHExEoU7KSXBLgm2ZEFz"
    "FdAl+oSFf5ivupOiU7KSKGuzpmVNvO6cMGvZYyJLtbWGhxQu1db0KbOWLd29D5lFqOYzvL"
    "Gg43NlJYyGz+XqGB3LSq61kFECs3wyfIPpVkZcgc9lefFe32Y+7RsLmesrlq8DsPVC3VwM"
    "NpQq8GY7AS/YIAQiYCCvuBCdFzmq15EXWAtgEAfAxQJqhJMIVM9nSOa+Xcy9p0PRk1cJoe"
    "5RyhelKOWLAkr5IuP95teL4kN8DDWiWhMXkXy95Ovbsror5ustl2iWWA2zmEgH8a1+99Ah"
    "CY6Ul0U4kugc+1tLozyvicvzTpRgSlSSv62mBENfRqyQT0KoS2/juvirWBLVniRL+erFbY"
    "O4dMmZxOoSZlpq5RCCej88+iAqBVTAHMQGyVy6Y3q2Two8co0qWsieDsZ3zg8v1fO7oOV3"
    "tuO3LNosiza3/b3WQHpj/JtlYM4/wJwS64Dr03QBlR0KZcsa2d8TS9X78nDTjJ9fMU0lKz"
    "dXmABCDO0bJAqhO7HI/pwSk/uz8P6MITHwjjRVXFLmrbWZpJKJqN+Fml1b31HNSUmp5lar"
    "eY5VpIsRznERmS25lW324KqAa74O5zkudMsSzfFVtUdCn6ZiolTQvnFA5+ly98aoC6Dsc9"
    "lw6qMfdvgKseN/3bzoRTjipEQQQ3mODa40mPFrtIGFn/GbDHAcMMAR03RZNiYm0kGS97wM"
    "x3ueT/GeZ8ti0xWvCRV1iyQkwCUAxvTtrrKKTrx1zLyLPJogIVbkWhwh6AUgM1eBs0abNt"
    "zbhljHLPe2wbu36V6i2FKatt3TGp15k3THS6rbEvUaZvBN0LCXRqHtuRlUZwLNr/ETh0EN"
    "jd+k0dmk0UkMYgolFWwEOmgP1dKK5Rgry5gqQjDUffnKMuP+ZMKKxwTyj6g/mI2+Dq8AO/"
    "b2DB/RdKJ8no5v2ME5ZWmZdMRgens3Hs6Y1KbKAb3anwyGY68QjcZgMXesRVN9Dg7VByaO"
    "oHmbENrTuG3n+62kbQuRLopdTOR7Rk4G53YB8uiiNjI4912oWZaIkfVMWubrl6pnUsrdV5"
    "1v+xbe8P3PGZ2pQ4g34fJ7kOW7/SGiW11/hYQj6/X/yYbWCd3/E/BrnH+QrIBkBSQrkIb7"
    "IKwAsXRLlBKYTW+m9NGgko9oNFHu7qef6Nvk4QoYSKFPObOpnEd0PZ4OfmbO/ty06H6gP6"
    "IbanhdAd1CUJIBXXVpdfpyEIMukviecZNUwC5AHp2PKKmA70LNocEtVhoiISSpgPzDQkKw"
    "JmRkBvT2ehuRn7YnvxILSx/Zui1dbyPxyPKzKbLrtwJou5Y5kQY28dAmcKXfAEy+jMc11j"
    "GJcY2OQ9UCeVnXtypazyz275Iq27WF20E5iQJ9eT9LSVFS4Y/EjA6k1kr6hRjxiBb2dMHq"
    "al4lGsBt1BTciosGQ8gSW+7TMnM3VFfuw0ivKxn8/yzk4B6oM5uT+R3eOini3pzYoBKtr9"
    "kPeGOgt2CKzLVXYvbhc//N6cUlKy/L/pxDFUMMvL7EwHCAQ+jeofN6W+8zlayT0zLuTjav"
    "7mVr5sjm1dI928U9M1WHKA6kz4a4otOyUtWtVrXsU/5dqBnDZ/qu262YRVxSFrNos5Zlt3"
    "LZrbwF5ERLu5UHnBDHUY3Yonw/NaKmmj8dwtJDoui3Z2GtqNtMfybblmWaSKOuJnJXc94u"
    "kAtsJFDNFtsBdGOOO8Mig2W5hJBQts3pN72H/nj4cAUc1YSsxuqXu7vp/Yz+7dq2hckjur"
    "uf/jQc0CsBU/eIPg0nw/vR4Ap4v8DQ0tTVYdI+dGirmPArjZdTV3KGLijtYaM1ls8zGo+9"
    "FtNzwzTDFtUHV9sRplw57nzFmogJH8V6+HJ9O5p5x6o2czyi/sPD6JN3Qiugv/WirKy7+6"
    "EyGE8fvBNdGCqaaTne4azgWvj3/XB6N/RmxdCyYXhw7OD6trFhYYPklDfdrvG4fIM6RxZe"
    "qaaowm/7P03vr8BK/beFH9Fken/bH1Pgvbke0e1o4t016IVdlFN9T/elRV/VPIr62rJMqC"
    "K+/RCTSmlkTsXqUsnmSrM+9/V0Ok6429ejdK3OL7fXQwq8hzsdZPjOBS8ZQubz1pvPaziK"
    "aT0JLudISK5mgdVMMRPtzBgT2WlFp5m6FoW2qi/iI0Nbuyzw46NIZYLp96DmNEcmqGuOuF"
    "R4qxW+MDCLOxN1sVDotDb9pbsovmAaGfpqs/43ymLHZXaJcmbEpb7brO/AKVZeVIM+rwbi"
    "tdIpVjl/Bqn1NmvdeoaYPqGCHmdMSrqcAi6nY5m79elNCMonqs1PVMRx76DnjLDUdZt1vb"
    "OepY6PRscU9SD2mFTww0o1zdwUhUiqQwcAz04/XG7SE9gfRZkJD7d9Fr5NvwJ9YChSK37k"
    "O78BW1ayEg62xY9KLU3YdiTr4nJyw2rzhiWrwtWTWBWe9RMENinVobdBdcC6FBPBNOuEjA"
    "Q1C2qq8Y9wYQiOsIRZlopsulRkdp+oANuSpwVatnRL4xrfGnMqGRTsFBXgm21Q1k2k+dtk"
    "CcjjZQPkWi5ay0nrSbguR2Jnho6jGGhhcchugaqyfW+iUTBPR/bmtAMRQqVgqOp7luGNAL"
    "unk3UVtGy9kZ0BE6tbfCRPdnKFEaJqS0bjVNLPqb+Zrqura2mwUimcXEVxsD5HU3URqSDH"
    "qJJ1devP1SWoKitUZRoaRE4ldarG/lS7wHxUpapivzNdrSre3C5ZpyrAOadUVaJqWaxIVX"
    "DdjD6xqupUmR039/Rvclfedg5YUZPDS1SuWhgmBL4Y1AGxgAqCp/8vfrWpNYEOMI1nCAzk"
    "XWE7H70NXLpeMPiXX37KU8K/ePWsqv+AMseVV9GuQ/UqzyI3ehY5prEsuvkHA1JinSt89b"
    "HM6YCP+acDPmZPvxqObaprYaTTch08WXRa6mTRacHJotPsySL6iYTurUr+8fCcTIWUXAfx"
    "fl8K7/cFeL/ndGYw/sPLqjOecrfoUKJLwbcfTk/Pzj6cvju7/Hhx/uHDxcd3mw07e6to57"
    "4efWKbdwL/bNBDHjnaZqx2IsIdniMRsoCSQl16yI682HnXUXVt01J1urfM14KlxDKCMgK7"
    "NQLbfMHztq3fsrGV/Irn3EryMbe0EmS7R66lAU6+cbYjHHveZWBwW0W8zN7YdM3+EizZgO"
    "U3eCxPDkUWDjgpwY9psbFbybHPKtIdYLkELF36Jd8sVI2iDvypgF8/zWH90yHA1ssJmLsr"
    "G+pgvvYuqcRaGRpwbbqECLBZxXZPMMuR1fg5exSEF+UUOkvbVFXUIZ8ve1ZN7umxAj93I9"
    "Ila7EBRzdj9BxyawujiLlbWyzMuHVri0U3S/D+tg2R/sZC5voKvCwt8Ip9QbCwsM/Arx0C"
    "V69P6C2I2L9VArSliuhvOQF0t6JX1hyuv6JJxZrVylKjTdP74sSQJISOgBCiGwY3czH/lR"
    "9JdJDQrr6W0wJbK6Wo8iUf5ZRYF85r1V1ukq5ycZwTQhLl7ShjqDpiG0Yk0WARz14j8NZS"
    "yZBusMJnemIikumU9Lzkj1tNwQnyx97TLXnNrYeiyLazO4d0+0PSPtftj7H6W93+WESh5g"
    "4g0UMdi/NL17tR19t256ahcd9e+VZXQqhz9Gz1du3c0jmxo/yaGuH4TjjBTZfSMNgZKQIx"
    "8uvspxjwLRW745KyhppADbWQU1gsBEFPCkrMBTCXeXU7bTpHR6PKQhzVe+0Y2uaamqdisK"
    "akJLCSDpF0SKs9d1E6RBYzqaOYSbhvVrZiy6cpHinCqTfNPiU25Kl+sbPqDHqj6aPqR7JM"
    "9z2pXkhmensmh8MM99J86jLsV13mfLINsWMhL52IVbFxgIGugAo01yHWCmLwaqk6QEUgKI"
    "T1GlgYeP5pcAdgi50/RjqIGn2+5p1Tru+D9kjClCRqDSQqXKkGh2zKJ1A3At0jTy/Oy7Cn"
    "F+f59Cm7lz0lS59qRRjnjGAnGNUGED9srnaLsjBqOfVtq47zYtHXJd3nOV1SCwIvaUGJdx"
    "m8w5qW+afstzcMTs/R4nyu3t396LZ//w/W2dlYqXj9iPo3X/uTwfCGigymkxvvpqo/s1+q"
    "Kw6kKtG9cbHbm6tp0+YwMbSgVxk1iXbVYHKGNuuv/2k4mVEF0W9DqE4STdpvhl+H4+nd8P"
    "6KmoXP0LSomZltys7G3fXvZ7d0IuXzsH9zFTMilSVUWcPwm9vRhC2DlYHaoePoK+6q4+QM"
    "bdZxUqsPX+7upvcz1tDdti1MWIP26U/DweyBPcRe4UEnq+V2aM1wFJa3/Szarioh12DgLz"
    "SOjzbuh+CLY0JCIKYuoG1oHKrip4fpJMdS4wmnI4CGRsD/gGk4tZE8vb8uXORl+4O5a5jE"
    "QM5b9nl/q8vMKFANAyuhmkwaQjrj4CQZ5WMTpNMQZHA2f0Ni5WunyFz3NuzbMQRrg31jS3"
    "vOlbVbL7mkpOzl0uqI/IF6ubRMpR3s2tAyhMvnJ5do2lAqWHSQeuxHgnp6DzhoOfajxMw2"
    "qNH5DaJ9wbKNGZvmCG2fUjhp1IdVqIO3bxByQOcZ02k6upxMQ6WOsEHWCvX38d4h23E43Z"
    "DOVqYS+3Fi5heu9usk7I2YN1n52vXHiJgONYOVNKIjkLOAuBrMZsFsHQUNQ/pdHSJh2+3p"
    "dLFZ6RP6BZsDb7qO4mZhfe8VNmVzdBSfZ4gNioyuSKC29AsKA6wYOnDfhLm7YLJ7NldXbV"
    "WHui103j2hevBn6SpIQcM0ik2so8ieuYUdfQIlQuUQUg6Z13vEsFViVon27DpGvA7TsutY"
    "kNozD7p0h0Lhtl1ibQrblUpaQHdzW3elfmu6fVfYppTXwCsOe04XL5ZUnu3hlRCMd4wt1c"
    "prs3Zyk+D71FTX2Cdl0uCDOydFifBqNKbO2h0yvbzJ9PLcFtD5iaIxkU6mPF+USnm+KEh5"
    "vsgkidKHSgDhYHgH0a2l8VLQsCqLcH6mUkyk+fykw2RCVJaJlAmrN1me6s//B7CqBTE="
)
