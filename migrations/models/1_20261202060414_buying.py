"""Migration 1_20261202060414_buying: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

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
        DROP TABLE IF EXISTS "payment";
        DROP TABLE IF EXISTS "document_counter";
        DROP TABLE IF EXISTS "liability_balance";
        DROP TABLE IF EXISTS "payment_event";
        DROP TABLE IF EXISTS "product";
        DROP TABLE IF EXISTS "liability_entry";
        DROP TABLE IF EXISTS "order";
        DROP TABLE IF EXISTS "order_line";
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
        DROP TABLE IF EXISTS "liability_balance";
        DROP TABLE IF EXISTS "payment";
        DROP TABLE IF EXISTS "document_counter";
        DROP TABLE IF EXISTS "liability_entry";
        DROP TABLE IF EXISTS "product";
        DROP TABLE IF EXISTS "cart_line";
        DROP TABLE IF EXISTS "payment_event";
        DROP TABLE IF EXISTS "order_line";
        DROP TABLE IF EXISTS "order";""",
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
    "eJztXf1z27jR/lcw+uVNZpxM4q/43E5nZFuX6E6WPLaSXnu+YSkSslhTIA8E7VPb+99fgB"
    "/iN0VIJEUhmOlcYxILSc+C4O6zi93/9paWDk3nfV/ToOMM0dzqXYL/9pC6hPQfOXePQE+1"
    "7egeu0DUmekNJ4b2DImiesMVIxw/cwhWNUJHzFXTgfSSDh0NGzYxLMTkHiB+gRj4ckCHRD"
    "VMB6hAcx1iLekd23II1C8BRBpe2fSfQCUAQ4ccAdvFT+zvOWEzgNeFYcL37GN1S6Ofa6Cn"
    "xj7BRcbvLlSI9QTJAmL6Ob/+Ri8bSId/QCf8035W5gY09QSwhs4m8K4rZGV714aI/OgNZF"
    "9+pmiW6S5RNNhekYWF1qMNRNjVJ4ggVun3pdcIdhm4yDXNQCMh3v43jYb4XzEmo8O56ppM"
    "RUza/wLRtZ6ijCdT5WEwVZReRn2hRAzv4JJmIaZ6+lUd79c/sa/w7vjj6afTi5Pz0ws6xP"
    "ua6yuf/vQ/OgLGF/TgGU97f3r3VaL6IzyMI1A1w6ZqIPAPkgV3Sq/mo5uUSqFMv34a5RDT"
    "GMwBiGuUwyERzNHCbwHnEhCng1+mbOal4/xusgvjb/376y/9+ze3/V/eendWwZ3RZPw5HG"
    "7R59d/xMfXo8mVp4fYLqE6zzBnQV8vVJyPeSSxFd6ZZb1nwOnv+UMxIXoiC7aaP3wo0UCI"
    "Nx31NgVtcOvYv5fEWMOQ4aGoOWv7ht4hxhIWrO+EZApvPRB9H/6jHvTb3FXKVvvwdvAw7d"
    "/eJZb8TX86YHeOE8s9vPrmPKWW9STg78PpF8D+BP+cjAcemvSt8YS9T4zGTf/ZY99JdYml"
    "IOtVUfU4kOHl8FJCy/6rZgslJwRr0PEB7WiHpmN6c2FhhcsCSMhsNgS6r9B6TIEI1MDy5A"
    "I1IbMVqJ17D9WAKjNZ58+59pUPWBbhHy0MjSf0M1x5QA/pd1KRBnNgDfyJ6XqiAwP4z3AN"
    "hVejJwurr2s7P7m06O+nvxoS3ybqP1z3bwa9nC2hBmC/OvBw7dWNqCZ2wQSq9BuA8dfRqO"
    "ct35mqPb+qWFcK1jE1iHQni/ZVIPbjz/fQVL0fUQh05BHf08nEgdzDzzq2YrglEM3eWh4v"
    "01dUpD55P4l9NvukfNBKiYYQ1qpkAw7HbyQb+rYNkf7OQuaKuvsvEK8AM4qoZ0+frvkcLO"
    "FyRh19NiGgbj2gJoKKAfMPgTUPGQTGbbwHP0ObgNcFRBm+oYkPeURsZOweMIgDzTkwnJCj"
    "eMNGmAZ6ZpMiQFyMHE8LbyVh0UHCgt/Ob9OJkxb+thZ+xH9ymvkZQWnrZ219tmlCTgcqIS"
    "NBlQ6UdKA6ZXemTX1eByoZcdoR3WS467D2hcq+VOZVU+BQZXde6aduwDbxsuH2Uxv2wCzX"
    "+955rpd366jM51JjgzY6WhMEo/iqZi1tFVFniHkoBCIVkcAvCoe8s14RdWGw9Qpsi0EOVJ"
    "IN5NY1qXSFuuUKef+fgbU4ghiOl/HDavFDw1FsDBVHNWEe9WVZJlRRwRJOiaYgn1HZpjBf"
    "X2nX47yaTEYJZ/NqmA6Df729Gty/+eipgA4y/P09a1cvLPqUOgtFNxwGhKO4Tl6ovHD/KJ"
    "Rvz97+0Okt5VBD5O1uMMwkmSBzFbw1DoRtCV5wGbIl42JVYf1V26Cv+2eIdqX+bWPKpjnA"
    "ZVDI+iceIxUTxTRQ7nuCA6drOs+ITiMqTqahzgy68a+UmWoyd2dHvEbhfFf+dOLjBhGdrj"
    "bYBnS2lbigaXTj2h0rbxbBQVIWBnX+/LWwM1ZforlEhMxyyRP1i58UOgQ5c4jrWWHTYDZR"
    "YTOQZi0lbNyrDes7QzXBurgA2epqCZnAThDd+bMICxK2/g21nUHyZxEVJD+AsiNGwoWZEh"
    "C5zs6bkVhxjGaTv0K3OS/2EHOpS4IPoQNfLfzQ97KrvBSsI+Bolg11oGGo053RUE2gAhsb"
    "SxWvwEJFugOIxS5Rn5VqEuiqs5hZ9DdnAxD1TStDEDIE0Zk9IRmC+FgpBPGxJATxMRuC8J"
    "5dZUGfAR6Uk1L1YL3fZZxA+vy0AtDnp4U4s1tJmL09Kee99tPDZJwPcSSRpr4NjYD/AZP6"
    "wE0t6d5f5y7SGIZg5homMZDznn3e33rNvvzy4GYIJVjvzOHI9DnIoySdzSZIH46UUYltVN"
    "GlKESlnE9TdYgXm9tC0WlZeX6vy5rG8IW+krbRc1JSarnLWg4ynbjzt2NCMiO2JEg/W/FB"
    "m5GT6G7ON46l6+2eEhvOdGAQcyTExp7dzSnH0YKsAd6KPNKhYpt5ePPh3U9O7BVWUe5hRP"
    "/GURklNVsP2URHFWMqaaBu0UAaVTMPQRGOF46aOK3CAZ0WU0CnGQZIMmzNMmyGoyzp5yk2"
    "tnRXy3nvb8rzTUu3mOobrvODzfTF8MlwCMTsUA1935t+7Ig32bpkFpl3zaENw3Fc6CgaxM"
    "SYGxrFhz/tPXcGqYUNWtgqOVfmt1UIWAcb8+6JD+H2fpD0UjlGL3TrLNh2+TH65k8m0npq"
    "0pNaZ3znOFPxbPBif2qdey59KqF8KqZS5RnmUCXFxn9cRjjf6ryK9X9ebPyfZ2z/310VEY"
    "PkQFy4euMi7dGpHzu9hmPkqa5vFeWJy8mgrQzyHIBOm3l0eEM8KSlZpScLbHjChQvXpJCE"
    "NQtr4FjxwZoUkvuADEfuMxxZSPlyY1udHzhUbJNP7mZszYhW2hHb6gRVx3bcqtAm3zUVCn"
    "cF7/z2YugHCmzKOOpUVakbS3PZgbNrtmN5bEuG/kkPOSpjgfRgsKLFRm887zF2WUldh9XP"
    "tSnk3mwgnMq5BBaCfh0oiMGbZ6ruI7CCKn57BOD7p/fgsYehBul0l8cfjs8fe9mTH018wA"
    "5E1X6DqR3iUuqKUxfTVy+q6eZgfWU8FVqHaxGRDMMfjo9PTj4dfzg5vzg7/fTp7OLD2kLM"
    "3iozFa+Gn5m1mFAId/SoyS0tU4wjZ0/LK9hRvKllyoXUT3H/Grew6X3S+02y3ntkvT0VcO"
    "zQ4XgB010uquzRF8V79EWG7449RdV35ZiQMPXTWtiUJWfazOYhuZKmuZL7wcP0fng93Zdr"
    "lKpOVWZFrOtXVbEh4Hpwk0HyhEGhBuaEtB+k/SCA/aAu8/fXMvMhkhHpFdayAcGYEZ5VHY"
    "4XcFWfVFnVJ8Wr+iSbYW8RPlIoGN8euL1eK9CeVcqvPyvJrz/L5tfLfk0yDUS6NNXTQDTC"
    "3eg2JiIzFWQCSEuweoUp+UCNi0hIJZ/RNp+RWb41QFu1tmrHlm5VXOOPbAVUZdpHHWkf+Z"
    "3EvPd8DcgKnvQRs4Y6lfERLuhcPnO91suIzGhQawQmXUsUPclhtsphch76EfW8z8fzKqf9"
    "005w7LD/eZqLcLHJxQ37wwUk0Rphevy9IhffAXKXmbdTAuu1cIusGms3zzDjg7x3NxjfDM"
    "efL0Eg/4j619Pht8EloFuy8QIfEZPuX18P7qaDG6oQiyisdajNvv4Wyjqu1tqupLNdWlML"
    "y2RWHcPczTn1W/xEZASF40DrL+ASYPYSnYvmRDsmKeHeCLdueQVZtIWKnmBB58DSGhb5E8"
    "gSFluUddmy4mdKWBb97HIgQNZq/i7ULOM9zbDoXjVEPlTjIhJTGZmQkYmOE5KckYl1gdQd"
    "oV3XYhUU2Pg+KAM+LQZ8ivnzvXZEPhDAU/Gy/Tb2PUTMqNW6c7G6IOLSZ1MJtEUmiSfZ0r"
    "cqVI47W09ez8p6iM0oKmqyke9W/Y+9/Wt/XZAPcct3sRkQsvXA9RWb1950oi4234qrwf7y"
    "rF3BDLAdszwqNAy+VdFqarH/VnQqtu8avNeAfYlT4f0wJZXoEv1MzFYe1JVU4piPpYU9Rb"
    "DEhjXKgUuy1lJwM5lFRRbYcp8WMalY1kxuZR16XUnnnvxZJY/HNx2Lk3nWpuXGjB7/heAN"
    "rdCgl87jmhDM2O8kgEIFVMACViCY7S+ATvfOQmD9gqEiLxAYxOuriyyW9hMOzmvVW/8HyM"
    "rC3covki1FYrkV1ZIryrIrMiFo28XUWNmur2VaVobFOh0W29fZkq7ptPbqon5q1dpL4iwz"
    "mi8tAzsbAzv7yN/v2lquIYE/v9xoalXWB7J43n8a64InuosJ/iFVWuwaxMjUzc5BjMWt4B"
    "7YDChqnJurS2q2s8qKhgNesUEIRJ4tTw1wEEQkwevCciDwpmfWOx35Zkatd+AYdFpWslFd"
    "2/hvczyFZj+rykGF+JEI0qO3ZfGVvToW8qy/kEYuS2vny1yOJAT0GRvIWYZENbiOpkQSwq"
    "WEN1OFRKYvynIVhwGppBSkp9sx76vE083PtZP5oQ3mh8o6ACLUAUgkCBVzBek8os2EgZOW"
    "qBBUxFBzMYMdxKUB/Z8aRvLAG9dm/phzBKgrT+jY9+/fv/0Lc+ZZ+I96/gZ155nLXxJbbO"
    "xzZIixW0yADDE2HGKE2LB0ZWkhssjJPymJjKTkWuxhetzptRw/vYrgq6PkMR6MzCo6tRoT"
    "KuOzDvaNmwceo6dS6BmO4pdByKJXeuw6Idfiaetw1z3Yw9bSX5T+Ysds7yqR0b0a3+uAab"
    "HhHY+pbja64zHdhqtzERXTu0qqSJfr+PEvx3KxBvPuSgO4TQO4uGL75lpIh1C9vTcaXg/G"
    "D4PL0A17RP2bm8n44RJE57O4K35VsZQ/FhvKH3NrUhWVOKpWlKr1Okc1VqUKK1CF1ace0X"
    "V/fD0YjdhFjf1k02RXbwbXo+GYXdShxg4NbFWnqn7tWfS3KFvZNzmStcQaBNizYscX/DcJ"
    "Z1W8pJQMP1YJP2rW0lbRSuGlRdJywqHdCDkSouYHyXN2/yn8o2DfyBEVAPOyZJTBL9OEIx"
    "oi++a2/4sH+joXZTQZfw6HxzRxPZpcZRSACDWAt1juSTkBoG9lufuowSVnEklGUDy8z06r"
    "4H12Wow3u5fCO6hbhuCrUhjoLOW6CmaQNQY5aC/b8j6vukkYCQjTxrS+NB7vSDr7KwfRnx"
    "4m44JUnqRYmvY2NAL+R/1DpzF8e3+du8jLNQQz1zCJgZz37PP+toc3KYOp/E2afmkeJVM1"
    "2QTpNymGFAxnu/qKaVmZZdvpLFvqehv6VopOSspyqV3WsmM8IZW4mMsuTghtZaR1TKMtWM"
    "UE4qWzTdXtjKB4gDeRwe5vQbMVH0+XkZMZwTLC216iR2gg8S7bHEm5cLMAJ4ORfBDnyspl"
    "XEzjb4VyrqxEuRjlrfbiXFm5Ycicm32e0chmisijGhswzn0nVYA6m7Ijod4Ade6LqTrUsg"
    "8pL9Lc+0fcBq4BZ7FPI+U4DBU6vkbesQR4A8AZIoH7zFe2UM8eCo0fCPq7llCtkqMb1egt"
    "TtJN1PHdnKUblRH2xjeZpyuzbdvMtrWoDGcaW0yky3m2XcpiY+kKnCjHRCTK1VA2HCXRgj"
    "Ln/bPhHFVGvMXEkv2EAWvMK2H7AoZL60U1FZ3u8fzh2PwZZFi2y2FZ/1nZqotlQlLmWByE"
    "mnnjPRk5Sd7KMKUkxfe9J9Veojd6ziXhsgHazJbYqSI7fpPGHOJg3b2xmC1YN4ps+CBvLB"
    "wQa4XtneJVX1WDlb5haUjG3NDWJFN8oKQY2qQYDvAk6XoV2epqCX2V8hwp7f+9P5wOx5+V"
    "u/4/bgfj6SVIz/iI7vrDm0tgq4b+iH7sD72TpXPVMIsOm/aqKTOVH1gpPbAkOzDjY+twaV"
    "sEIm3lNRLK1WrR85IRrUel+316kid5zysd5T0vOct7nj2m5GLMUOMBOy4jIH90UgHlk0KM"
    "TzIprxZRc9i5K+OpODMlFBHJ8v7h+Pjk5NPxh5Pzi7PTT5/OLj6sXwbZW2VvhavhZ/ZiSO"
    "Cfk+VGqGXIS4wmhIQ7d9fMIerI9skAvYGjSUhKjqbTHM2eE/e7ptqmM/d91MIKIVs8XLkT"
    "yGes08/Y0kJwpTBXexfNF88i1d9p9TN3bZvehJGYjGZ1Wb8YapAioCB3OcvrM1b8Ds1K1n"
    "L6rUO+bf1v0EKyriIDVygv6xSkXS0foa1eVilRuYF1eQOT7XqaeX5CR5g7/p2Wk/Hvks2J"
    "F92soIR3YxhcHqZpsMVM9LzXgK/gcfD01ljhXEfsgZf4bsA3uznucLLDNNSZYRpkpUBEv1"
    "5etSu+wx3BdAM620ocHeSlddVzDkZYjNCuAHmJKSM6j0DvoRTp5KUM7AjTXZTKIMg6ajwN"
    "yltURalQ4YrbkA6lmOG4Ct3E2Fgwx9Z/IAIqAdoCas+WS+i3o18AqEgHNqbbAVAd1sdrBV"
    "4hpvO8Lqgu6W7v9fbSVKKa1hPQLegAuiYgzmsn1twHyQNe3cq++l7bKQTdFB7R3YSC9HAJ"
    "/Cqmj+hhcP+NilwCavy9GMGv3ntelWz71mxRO/pTieLtaTlv0ZI0n6ScSNRYy7k+v7sqIt"
    "Tg59ji4yIiIV9f8eFlQQntkgUdyYgEacuLWZbQFuD0U8fcnLph9b0Pvt4/MRGRdofaMLWx"
    "pbsaZ3QtKSRx3RyhWJ8j2pHfXR9ZOjB4qzK88ed18xG9YB3WgOtdNJOgyCaf2QpxH1k2rY"
    "6jpXs//OiSmfXHLWvqk0f7RXePSnk/b5wS9gaS1ZIO6r10VEKm6VB3bch78C0pJdyZt0b4"
    "Ggw1wzZgnndbmoMZCYnIjDXRlMtxZ/+GeWZByRGsSERAlE8qreeTkvV8kl3PM0vP2TOK2y"
    "mG44XAtyzBspEuivK823eR60oIXNpcPFxcRDJxaXoD0e1ICSDa4uHJEZdPUKefIIfaSlso"
    "OibWymmANm1bkdRrqg5RIMZWDplWbHokpQQ4Yd+G+ZFhM/dDYNypjvNqYf0eOpD0cjiM5I"
    "CjMhrDDoYqeD22QgqTheA79uCzFKNnQCxAZYEKwsnAm8feV8Q+gt1j+UMGeqRzW5gOQvAV"
    "BH3E/88BcwM7hA0x0Nu8HKYGP0nyLt3iXYj1DJGyUJ0Fj5ualBKOdzmvQgacF3MB54X9ua"
    "XfJLRZAP+wDTrdFmpOSko1d1rNrrPVoxwTk0d9O65fzvyOmIRMQ9ichuA6tWQhVDxl1jVw"
    "q4ZzY4sqPwdhX56Qf9wl1wdan4Qp836iQTKAe0hP9FGJI2FjS4OOk0eIFPsRCSEhAjJNn2"
    "bAcA5Z+VGuIw0JIeG8tUai5DIBfE8J4LIkb9MleQ+wanjQ/ZCTxu7dDcY3w/HnSxDIl5UG"
    "T9OgVRTzsVJJ6pKK1Nl6ssFxUd7SvWk5AWILaagr7fJsWAncedlQxMWIF+6klAS7ItiSBS"
    "1UgEj0CQv/MF91K0WnZCVR1mVNy5p44pww69hjIku1dYaH5C7V1vYps44t3Z0PmUWoFjO8"
    "saDjS20ljAYv1eoYHcpKbrSQUQKzYjJ8jelGRlyBL1V58V7fZj7tOwuZq0uWrwOw9UrdXA"
    "zWlCrwZjsCr9ggBCJgIK+4EJ0XOXRqOg+w5sAgDoDzOdRITiJQM58hmftuMfeeDnlPXiWE"
    "xKOUzypRymcllPJZxvstrheVD/Eh1IjqTFxE8vWSr+/K6q6Zr7dcoll8NcxiIgLiW//uoU"
    "MSHCmvinAkIRz720ijPK+Jy8tWlGBKVJK/naYEQ1+Gr5BPQkikt3FT/FUsiWpHkqV69eKu"
    "QVy55ExidXEzLY1yCEG9nzz6ICoFVMIcxAbJXLpDeraPSjxyjSqay54Oxgvnh1fq+V3S8j"
    "vb8VsWbZZFm7v+XmshvTH+zTIwFx9gTokJ4Pq0XUBli0LZskb298RS9b4+3LTj59dMU8nK"
    "zTUmgBBDe4ZEIXQn5tmfU2Jyf+benzEkBt6SpopLyry1LpNUMhH1u1Cza+tbqjkpKdXcaT"
    "XPsIp0PsI5LiKzJTeyzR5cNXDNV+E8h4VuVaI5vqp2SOjTVEyUGto3XtN5RO7eGHUBlH0u"
    "W0599MMO3yB2/K9bFL0IRxxVCGIoL7HBtQYzfo02sPAzfpMBjj0GOGKarsrGxEQEJHlPq3"
    "C8p8UU72m2LDZd8RpXUbdIQgJcAWBM3+4qq+iUt46Zd1FEEyTEylyLAwS9BGTmKuSs0bYN"
    "964hJpjl3jV4dzbdKxRbStO2O1qjU28Scbykpi1Rr2FGvgka9tIotT3Xg5pMoPk1fuIwqK"
    "HxmzQ62zQ6iUFMrqSCtYCA9lAjrVgOsbKMqSIEQ91Xrywz6o/HrHhMIP+I+tfT4bfBJWDH"
    "3l7gI5qMlS+T0Q07OKcsLJOOuJ7c3o0GUya1rnJAr/bH14ORV4hGY7CYW9aiqT8Hh+oDE4"
    "fTvE0I7WjcdvP9VtG2hUjnxS4m8j0jJ4Nz2wB5cFEbGZz7LtQsS8TIeiYd8/Ur1TOp5O6r"
    "zvOuhTd8/3NKZxII8TZcfg+yYrc/RHSj66+QcGSz/j9Z0zqh+38Efo3zD5IVkKyAZAXScO"
    "+FFSCWbvFSAtPJzYQ+GlTyEQ3Hyt395DN9mzxcAgMp9ClnNpXziK5Gk+ufmbM/My26H+iP"
    "6IYaXpdAtxCUZICoLq1OXw580EUS3zNukgrYBsiD8xElFfBdqDk0uPlKQySEJBVQfFiIC9"
    "aEjMyA3lxvI/LTduRXYmHpA1u3lettJB7Z/GyK7PqtAVrRMifSwCYe2gSu9BuA8dfRqME6"
    "JjGu0XGoWmBe1vWtilZTi/23osq2beG2V06iRF/ez1JSlFT4IzGjA6m1kn4hRjyihT1dsL"
    "qal4kGcGs1BbfiosEQssCW+7TI3A3VVfgw0utKBv8/Szm4B+rMFmR+h7eOyrg3JzaoQutr"
    "9gPeGeg9mCBz5ZWYffjSf3d8ds7Ky7I/Z1DFEAOvLzEwHOAQunfoeb2td5lK1snpGHcnm1"
    "f3sjVzZPNq6Z5t456ZqkMUB9Jng1/RaVmp6k6rWvYp/y7UjOELfddtV8wiLimLWXRZy7Jb"
    "uexW3gFyoqPdygNOKMdRjdiiYj81oqbaPx3C0kOi6LdnYS2p20x/JtuWZZpIq64mcpezvF"
    "2gENhIoJ4tVgB0Y447wyKDZbWEkFC2y+k3vYf+aPBwCRzVhKzG6te7u8n9lP7t2raFySO6"
    "u5/8NLimVwKm7hF9HowH98PrS+D9AkNLU1f7SfvQoa1ikl9pvJq6kjOIoLSHtdZYPs9wNP"
    "JaTM8M0wxbVO9dbQeYcuW4syVrIsZ9FOvh69XtcOodq1rP8Yj6Dw/Dz94JrYD+1suysu7u"
    "B8r1aPLgnejCUNFMy/EOZwXXwr/vB5O7gTcrhpYNw4Nje9e3jQ0LG6SgvOlmjcflW9Q5sv"
    "BSNXkVftv/aXJ/CZbqvy38iMaT+9v+iALvzfWIbodj765BL2yjnPp7ui8s+qrOo6ivLMuE"
    "Ksq3H2JSKY3MqFhTKllfadfnvppMRgl3+2qYrtX59fZqQIH3cKeDDN+5yEuGkPm8zebzGo"
    "5iWk+cyzkSkquZYzVTzHg7M8ZEtlrRaaauQ6Gt+ov4yNDWNgv88ChSmWD6Pag5zZFx6jpH"
    "XCq80wqfG5jFnYk6nyt0Wpv+0m0UXzKNDH11Wf9rZbHjMttEOTPiUt9d1rf1AjHVFafvEZ"
    "OSzgeH8+FY5nYdWxOC8onq8hMVsZ1b6DkjLHXdZV1vrWep44PRMUU9iEIlFfywVE2zMFgd"
    "SQl0FOzk+NP5OlDN/iiLUT/c9lkgL/0K9IGhSC3zY6DFrbiykrWwcR1+VBppx7UlbROXkx"
    "tWlzcsWR+smRSb8NQXJ7BJKYHeBvUB61JMOBNuEzIS1CyoqRYw3CUCcoQlzLJoYNtFA7P7"
    "RA3YVswb79jSrYxrfGssONNeslPUgG+2VZWYSOdvkxUgjx8gl2u5bC0nrSfuCg2JnRk6jm"
    "KguZVDdnPUF+17Ew2DeQTZm9MORAiVgqGq71iQNQLsnk4mKmjZyhNbA8ZXwfZAnuzkCiNE"
    "1RaMxqmls09/PZ2oq2thsKIZOVlr/GB9iaYSEakg26SWdXXrzyUSVLWVLDINDSKnlopFI3"
    "+qbWA+qKJFsd+ZrlsUb3OWrFgU4FxQtChRvypWrii4bkafWFedosyOW3gONLkrbzoRqqjJ"
    "4RVqGM0NEwJfDOqAWEAFwdP/F7/u0IpAB5jGCwQG8q6wnY/eBi5dLxj8yy9E5CnhX3mVje"
    "r/gCoHV5fRrkP1Kk+ltnoqNaaxLLrFKeIpMeFKIF1UyRO/KM4Tv8iegzQc21RX3Ein5QQ8"
    "Y3Jc6YzJcckZk+PsGRP6iYTurUrxQeGCTIWUnIB4f6yE98cSvD/m1Og3/pOXVWc8FW7RoY"
    "RIwbcfjo9PTj4dfzg5vzg7/fTp7OLDesPO3irbua+Gn9nmncA/G/SQh082GatCRLjDEwVc"
    "FlBSSKSH7MDLXouOqmublqrTvWW24iwqlRGUEdiNEdj2S193bf1Wja0U177OrSkec0trQV"
    "Y8ci0NcPKNsxnh2PMuA4ObaqNl9sa2q7dXYMmuWX6Dx/IUUGThgKMK/JgWG7uRHPuiIt0B"
    "lkvAwqVf8t1c1SjqwJ8K+JW0HNZJGwJsvR6Bmbu0oQ5mK++SSqyloQHXpkuIAJvV7vYEsx"
    "xZg5+zQ2lwXk5BWNqmruP9xXzZi2rmnh4r8XPXIiJZiy04uhmjZ59bWxhFLNzaYmHGjVtb"
    "LLpZgfe3bYj0dxYyV5fgdWGBN+wLgrmFfQZ+5RC4fHtEb0HE/qsSoC1URH/LEaC7Fb2yyu"
    "H6a5qUr22pLDrZNr3PTwxJQugACCG6YeRmLha/8iMJAQnt+qv6zLG1VMpqIOajnBIT4bxW"
    "04UH6SrnxzkhJFHejDKGqsO3YUQSLZZz7LUCbyM17egGy32mJyYimU5Jz0v+uNMUHCd/7D"
    "3dktfceCiKbDq7s0+3PyTtC93+GKu/0e2PRRQa7gURPdSxOL90vVt1vW13Zhpa7tur2OpK"
    "CAlHz9Zv184sPSd2VFxTIxwvhBPcdikNg52RIhAjv+J6igHfULs5LilrqHHUUAs5hfmcE/"
    "SkoMScA3OZV7fVpnNwNKosxFG/146hba6oecoHa0pKAivpEEmHdNpz56VDZDGTJoqZhPtm"
    "bSu2eprigSKcetPsUmJDnurnO6vOoDfaPqp+IMt015PqpWSmt2fmcJjhXlpMXYadi6ucT7"
    "YhdizkpROxKjYOMNAlUIHmOsRaQgzeLFQHqAgEhbDeAgsDzz8N7gBssfPHSAdRy8e3eeeU"
    "m/ugHZIwJYnaAIkKl6qRQzYVE6hrAfHI07PTKuzp2WkxfcruZU/J0qda4cY5IygEo9oC4v"
    "vN1e5QFkYjp75t1XFeLfq6pPt8Tr/MksBLWlDiXQXvsKZl8Sn7za1j03N0OJ+rd3c/vO3f"
    "/4P1+DWWKl49ov7Nt/74enBDRa4n4xvvpqq/sF+qKw6kKtG9cbHb66tp02Y/MbSgaxU1ib"
    "bVYHKGLuuv/3kwnlIF0W9DqE4S7bpvBt8Go8nd4P6SmoUv0LSomZltz83G3fXvp7d0IuXL"
    "oH9zGTMilQVUWevom9vhmC2DpYG6oeNOdGFvScfiNGE3HIXlbb/wtqtKyLUY+AuN44ON+y"
    "H46piQEIipC2gbWg5V8dPDZFxgqeUJpyOAhkbA/4BpOI2RPL2/zl3kZfuDmWuYxEDOe/Z5"
    "f2vKzChRDQMroZpMGkI64+AoGeVjE6TTEGRwtnhDYuVrJ8hc9dbs2yEEa4N9Y0OjxqW1XS"
    "+5pKTs5dLpiPyeerl0TKUCdm3oGMLV85MrNG2oFCzaSz32A0E9vQfstRz7QWJmG9TofIZo"
    "V7BsY8qmOUDbpxJOGvVhFerg7RqEvKbzjOg0gi4n01CpI2yQlUL9fbxzyHYUTjegs1WpxH"
    "6YmPmFq/06CTsj5k1WvXb9ISKmQ81gJY3oCOTMIa4Hs2kwm6CgYUi/q0MkbNs9nS42a31C"
    "v2Lz2ptOUNwsrO+8wiZsDkHxeYHYoMjoigRqQ7+gMMCKoQN3TZi7Cya7Z3OJaqs61G2h8+"
    "4I1YM/i6ggBQ3TKDaxjiI75hYK+gRKhKohpOwzr/eAYavFrOLt2XWIeO2nZdehILVjHnTl"
    "DoXcbbv42hR2K5W0hO7Obd2V+q3p9l1hm9K8Bl5x2Au6eLGk8mwPr4RgvGNspVZe67VTmA"
    "Tfp6a6xj4pkwYf3DkqS4RXozFN1u6Q6eVtppcXtoAuThSNiQiZ8nxWKeX5rCTl+SyTJEof"
    "Kg6Eg+ECottI46WgYVUW4eJMpZhI+/lJ+8mEqC0TKRNWb7M81Z//Dw1DMO0="
)
