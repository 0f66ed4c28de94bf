"""Migration 3_20261202071104_invoices: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

aerich passes the connection; each function returns the SQL of that connection's dialect.
"""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": {
        "upgrade": """
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
        ALTER TABLE "payment" ADD "invoice_id" INT REFERENCES "invoice" ("id") ON DELETE RESTRICT;
        ALTER TABLE "payment" ADD "idempotency_key" VARCHAR(160);
        CREATE UNIQUE INDEX "uid_payment_idempot_88d15d" ON "payment" ("idempotency_key");""",
        "downgrade": """
        DROP INDEX IF EXISTS "uid_payment_idempot_88d15d";
        -- SQLite cannot drop a column that references another table: payment.invoice_id stays.
        ALTER TABLE "payment" DROP COLUMN "idempotency_key";
        DROP TABLE IF EXISTS "invoice_line";
        DROP TABLE IF EXISTS "invoice";""",
    },
    "postgres": {
        "upgrade": """
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
        ALTER TABLE "payment" ADD "idempotency_key" VARCHAR(160) UNIQUE;
        ALTER TABLE "payment" ADD "invoice_id" INT;
        ALTER TABLE "payment" ADD CONSTRAINT "fk_payment_invoice_dc3c25fa" FOREIGN KEY ("invoice_id") REFERENCES "invoice" ("id") ON DELETE RESTRICT;""",
        "downgrade": """
        DROP INDEX IF EXISTS "uid_payment_idempot_88d15d";
        ALTER TABLE "payment" DROP CONSTRAINT IF EXISTS "fk_payment_invoice_dc3c25fa";
        ALTER TABLE "payment" DROP COLUMN "idempotency_key";
        ALTER TABLE "payment" DROP COLUMN "invoice_id";
        DROP TABLE IF EXISTS "invoice_line";
        DROP TABLE IF EXISTS "invoice";""",
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
    "eJztXWtz27jV/isYf3mTGSeT+JbU7XRGtrWJdmXJYyvbbdcdliIhCzUFckHSXrXd//4CvI"
    "h3ipBIikQw09nGJA4kPQeXcz//PVqZOjTs9wNNg7Y9wgvz6BL89wirK0j/kfP2GByplhW9"
    "Yw8cdW54wx2kPUNHUb3hCgrHz22HqJpDRyxUw4b0kQ5tjSDLQSZmdA+QvEACfDqgQ0dFhg"
    "1UoLm2Y67oG8u0HahfAog1srboP4HqAAJt5xhYLnlify8cNgN4XSIDvmcfq5sa/VyEnxr7"
    "BBej31yoOOYTdJaQ0M/59Z/0McI6/B3a4Z/Ws7JA0NATwCKdTeA9V5y15T0bYecHbyD78n"
    "NFMw13haPB1tpZmngzGmGHPX2CGBKVfl/6zCEuAxe7hhFwJMTb/6bREP8rxmh0uFBdg7GI"
    "UftfIHp2pCiT6Ux5GM4U5SjDvpAihnfwSDMxYz39qrb365/YV3h38vHs09nn04uzz3SI9z"
    "U3Tz794X90BIxP6MEzmR394b1XHdUf4WEcgaohi7LBgb87WXBn9Gk+ukmqFMr066dRDjGN"
    "wRyAuEE5HBLBHC38FnAuAXE2/GXGZl7Z9m8GezD5eXB//XVw/+Z28Mtb7806eDOeTr6Ew0"
    "26f/0tPrkeT688PsROCdV+hjkL+nqpknzMI4qd8M4s6wMDTn/P74oB8ZOzZKv5w4cSDoR4"
    "01FvU9AGr078d0mMNQIZHoqas7Zv6BsHrWDB+k5QpvDWA9L34T/qQb/NU6VstY9uhw+zwe"
    "1dYsnfDGZD9uYksdzDp28uUmzZTAL+Npp9BexP8I/pZOihSW+NJ+J9YjRu9o8j9p1U1zEV"
    "bL4qqh4HMnwcPkpw2b9qdmBygrAGHvfoROsbj+nLpUkULgkgQbNdEOg+Q+sRBSJQA8mTC9"
    "QEzU6gdu4eqgFVJrIunnPlKx+wLMI/mASiJ/wTXHtAj+h3UrEGc2AN9InZZqKeAfxHuIbC"
    "p9HOIurrRs5PLi36++mvho4vEw0ergc3w6OcI6EGYL/ZsL/y6lZUE6dgAlX6DcDk23h85C"
    "3fuao9v6pEVwrWMRWIdDuL9lVA9sNP99BQvR9RCHSkEd/TycSB3MPPPDFjuCUQzb5anazS"
    "T1SsPnk/iX02+6R80EoNDSGsVY0NJBy/1dgwsCyI9XcmNtZU3X+BZA2YUEQ1e7q7Fguwgq"
    "s5VfTZhICq9YCKCCoBTD8E5iK0IDDbxnvwE7Qc8LqEOGNvaOJDHjEbGXsHkGNDYwGQHdoo"
    "3rARBsLPbFIMHJdg2+PCW2mw6KDBgl/Ob1OJkxL+rhJ+ZP/kFPMzhFLWz8r67NCEnApUgk"
    "aCKhUoqUB1Su5Mi/q8ClTS47Qnukl3V7/Ohcq6VOaqKVCosiev1FO3YJu4bLj11IY1MNP1"
    "vnee6uW9Oi7TudTYoK2K1hTDyL+qmStLxVQZYhqKA7GKnUAvCoe8M18xVWGI+Qosk0EOVC"
    "fryK1rUqkKdUsV8v4/A2uxBzEcL/2H1fyHyFYsAhVbNWCe6cs0DajigiWcIk1BPqe0TWG+"
    "edKuxnk1nY4TyubVKO0G/3Z7Nbx/89FjAR2E/PM9K1cvTbpL7aWiI5sBYSuunecqLzw/Cu"
    "nbk7c/dPpI6auLvN0DhokkU2ysg1ujJ9aW4ILLGFsyKlYVq79qIXrdP0O8r+nfQjM2TQ+X"
    "QaHVP7GNVOIoBsK59wQHTtd0njGdRlScEH4xkbYvSiN/FlFBMpA6R/R2XCtz1WA64Z5wjc"
    "P5rvzpxMcNYjpdbbAN6WxrcUHT6Om+P1beLIKDpCwR1ZD9tbA3Vl+juUSEzHSdJ5POotAh"
    "2F5AUs8KmwWziQobwpq5krBxrzai7w3VlOjiAmSp6xVkBHtBdOfPIixIxPw31PYGyZ9FVJ"
    "B8L9OeGAnni0tA5Np7H0ZiOXuajZALbQt5DpqY3aHEQxNaOar5aAZeCJoXp3YMbM20oA40"
    "AnV6MiLVACqwCFqpZA2WKtZt4JjsEVXsKSeBrtrLuUl/c9ZLU9+00k8j/TSdOROSfpqPlf"
    "w0H0v8NB+zfhpv7ypLugd4UE5S1YP1YZdxAumLswpAX5wV4sxeJWH2zqSce+3Hh+kkH+KI"
    "Iu0fQJoD/gcMqgM3taSP/rJwscYwBHMXGQ7C9nv2eX89avbyy4ObIZRwDWQySNPJosdJmz"
    "+bIJ1BKl03u7CiS66aSoGxhmo7ngNzB0anaWWSY5c5TeALvZJ24XOSUnK5y1wOwsG4g9xj"
    "RDJsuCSSYb7mgzZDJ9HdHpQdi2ncP244nKlnEHNEDcf27va47GhB1gBvRTtSX7HNbN58eA"
    "8TOHxFVJybsem/OC4zSc03Q7aZo4oxlWagbpmBNMpmHgNFOF4408RZFRvQWbEJ6CxjAZIW"
    "tmYtbMhWVvTzFIuYuqvl3PvbgqHT1C3GQ4frvLfh0AQ+IduBhGUe0fve8H1HvBHpJbPI4H"
    "QObiDbdqGtaJA4aIE0ig9/bkDuDJILW7iwUwSzjG+r4LAODub9Ax/C472X5qVyjF7o0Vlw"
    "7PJj9LM/mUjrqUlNahMWn6NMxUPmi/WpTYC+1KmE0qkYS5VnmGMqKRb+4zTC6VYXVaT/i2"
    "Lh/yIj+//mqthBTg7Ehas3TtKeOfVjp9dwzHiq6zt5eeJ00mkrnTw94GkzW4fXxZOikqWM"
    "ssCGGS5cuCaJJKxZWAPFig/WJJE8B6Q78pDuyEKTLze21e0DfcU2uXO3Y2tEZqU9sa1uoO"
    "rYiVsV2uRdU6G6WXDnt+dD7ymwKeGoU6W3bkzNZQln1+zE8qwtGfNPeshxmRVIDwYrWmz0"
    "1nyPicvqDtusyLBFIfdmA+FU9iUwMfSLZUEC3jxTdh+DNVTJ22MA3z+9B49HBGqQTnd58u"
    "Hk4vEom/nRxAfsYag6rDO1Q7aUuvzUxearF9Vwc7C+Qk+F0uGGRCTB8E8nJ6enn04+nF58"
    "Pj/79On884eNhJh9VSYqXo2+MGkxwRBu71GTR1pYuyTnKIuVNSk+wlBsUJNm7F/jQrUepg"
    "vQQb/Sja06rvetdDoHe+c/jxFYKvLHS2t4m9bwiDPZs3uI3VVG4Elm62yo2wuLOdKJunCO"
    "+PA+urkf/DC7BB7tI/42uRuMbi6Bi9mye8T+X/6/rweT6+F4PKQPNPajDcOvBMdfX7DCVX"
    "BSVl0wE7LkXfpc9+yGopaGewJetLFYO5cQiDUuv1CcRsDAsNMKGJ8WQnyaTbp0VINPdNmQ"
    "SNGFS3RJHBumkyMwFnfqDMe3eKRznua1OIiaaNG5kW4ycDM/XT7ccZoyH10P13sJ/MznJr"
    "NTv0dHp74jk3XJ4r6w2AtX3YXHCUKZlNplHof6OieHY2SSv13m70b33eU+TtFKTnef06y1"
    "o+3HF1fWftOEAmgMSQX4vFJm1HlJZtR5NjOKwBX7abtVbUiQyn3V5X0lI/pELNvQsQ3TQP"
    "gZK0XKHX4WI5KwyuizdqLP7ukZfT+6nmXCz8JquvuHn1Wsy9ux5csRfRbbuBWwPUSlkZ5i"
    "W15opEqcVDJnqZ4OKCK3imm7YnlPFmajeZbxZVUcoLI92zIIUmko4fLXeBAMlfORN8k/ZR"
    "7mASNPNmzgkDNjJFI1ypHe418jA2uxISdFJmAkQyOGnN6kufZoBdPf5SgWCY7q6oEiSTqR"
    "oG05WkRd5WumZeBHNBL4nYEPJSA+YSNBJBL6TZleYoLgnuqreD0lj1MqbHJ1dalQZqZBZY"
    "7ukdfEslgBybTQbEILidn92IUlNZCDaiAeCzjE5HC8gPLx5yri8edi6fhzRjiO7aLqgkSM"
    "SJjG623Lb9LrKD043RIjKnlwDixH+B2by6SITU/nKjIE3AxuLeNO5s5J+UEg+UHaIQ4kQL"
    "BqATyrOhwv4Ko+rbKqT4tX9Wk2hTM3F6skgVOcXKwWDPI7FEiU6SQykLIvPK29NKLmmIQX"
    "1YhExvnJoogtwWoSHXKu1DiJhFTaMw4ZkeqtxRqgnYbz9GvpVsU1vmUroCpLIdZRCjEKRM"
    "2IBjUgK3aIb1wa6lQVxHBB59ozN2u9zJAZDWrNgMmKSUFpw2zXhsnZCEPUHhgfLypYIz6m"
    "leBYA7yLtC3CJTmljkpswySvzJEIRrRGLD3+WZGLb7WqdW1b1SyIdYYZH+RHd8PJzWjy5R"
    "IE9I94cD0b/Ty8BPRIRi/wETPqwfX18G7GKtZh01HokQotpytF65amwaS6sjqD+TsiQyic"
    "DbT+GnYBZi9RrzBOtGOUEu6tcOum16RUW6r4CSquDXMklNK+jvkTyLaOO7Q63bGeQopYVl"
    "TosiNAVoj7Ltgs/T3NWNHnRMU6H6pxEomp9ExIz0THDZKcnglvf9cA7VU4j6DAxs9B6fBp"
    "0eFTpTrGplPznpUf4n2hxQA85S+LRyej/RvcpwOjBcSMSq17N3APPC4DNpVAR2TS8ETVaJ"
    "PkuBJ2AOprNJeIUNnufDN5PSvrITajqKjRN9heQFIPYrNgNlHRQlgzV3QWxTu/lIOB18cj"
    "3yVGYJCtB65vxLj2phN1sflSXA3ylyftCiaA7RnlETsAkfYM82qb3ap4PTPZfysqFTNvpt"
    "457EuUCu+HKalAl+hnErbyoK6kAsd8LE3iMYIFNmxQDlSSDZeCl8koKmdJTPdpGaOKRc3k"
    "1kqgz5V07MkfVeJ4fNGxOJhnI1pujejxLwRv6NYmpgNA53ENCObsdzqAQgVUwBxWIJjtz4"
    "BO987EYHPBUJIXCJADHBOo2GRhP+HgbBPTJj5gjyamMr6ogfiiw3aGPbRlNBVbUS24oiy6"
    "IuOCtlxChRV7J6dYmla6xTrtFjtUbknXeFp7yXM/tGqjJXHWPs+nlo6drY6dQ8Tvd20t1x"
    "DAv6nEVbam6wNZPO0/jXXBju5igH9oKi1WDWLG1O3KQcyKW0E9sBhQVDg31pdUbCfmK0A2"
    "eCXIcSD2ZHkqgIPAIwlel6YNgTc9k97pyDdzKr0DG9FpgbmgM4R4v83RFJr9rCqJCvGUCC"
    "fTvVwWX2lbsZC5/kIKuSysnS9yOaIQUGdsIGYZOiriSk2JKIQLCW+mCokMX5TlKvoBqTQp"
    "SE23Y9pXiaabH2sn40MbjA+VdQBEqAOQCBAqthWk44i2GwzsNEUFpyKBmksY7CBODej/1N"
    "CTB964FtPH7GNAVXmHjn3//v3bPzNlnrn/qOaPqDrPVP4S32JjnyNdjN2yBEgXY8MuRkiQ"
    "qSsrEzvLnPiTEs9Iiq49UfHjSafXcjx7FcNXW8mzeDBjVlHWaoyozJ7V2xs3Dzxmnkq3zL"
    "EVvwxCFr3StOsEXYvZ1uGp29tka6kvSn2xY7J3Fc/oQYXvjcO0WPCO+1S3C91xn27D1bkc"
    "ldC3SqpIl2v7/i/bdIkG895KAbhNAbi4Yvv2Wkh9qN5+NB5dDycPw8tQDXvEg5ub6eThEk"
    "T5WdwVv6pIyh+LBeWPuTWpikocVStK1XqdoxqrUoUVqMLqU4/4ejC5Ho7H7KHGfrJhsKc3"
    "w+vxaMIe6lBjSQM71amqn3sm/S3KTvJNDmUtvgYBzqxY+oJ/k3BWxUtSSfdjFfejZq4sFa"
    "8VXrNImk44tBsxjoSo+U7ynNN/Bn8vODdySAXAvCwYZfjLLKGIhsi+uR384oG+iUUZTydf"
    "wuExTlyPp1cZBmCHCsA7LPcknQDQt7LcfdTgijOIJEMoHt7nZ1XwPj8rxpu9S+Ed1C3D8F"
    "UpdHSW2roKZpA1BjnMXpbpfV51kTAiEKaNaX1hPF5KOvsrB9EfH6aTglCeJFna7I00B/yP"
    "6od2Y/ge/WXhYi/WEMxdZDgI2+/Z5/31ADcpg6n8Jk1fmsfJUE02QfomJZCCYe9WXzFNK6"
    "NsOx1lS1VvpO/E6CSlLJfaZS7b6Amrjku45OIE0U5CWsc42oJU7ECysnepup0hFA/wJiLY"
    "/SNovuaz02XoZESw9PC2F+gRCki8yzaHUi7cLMBJZyQfxLm0chkXm/F3QjmXVqJcjPJOZ3"
    "EurTwwZMzNIXM0spEiMlVjC8a5d1IFqLMhOxLqLVDnXkzVoZZ9SHmR5j4/4jJwDTiLnY2U"
    "ozBU6PgaaccS4C0AZwwJ3Dlf2UI9Byg03hP09y2hWiVGN6rRWxykm6jjuz1KNyoj7I1vNk"
    "6XwJX5ohoK/X/2nCg2pBeZb6M36WoK3+t0Ilmqpu34XMYBzsC3GEmXI3O7FPfGAhw4UY6R"
    "SJSroYxsJdG0MufG2pJ5lSFvMRTlMI7DGiNRcg7zDAPKHbj5M0hHbpcduWXXO1+URvE8cg"
    "V0eQXQc1MzCYEF1dG2nblJWhn7x3Hi+vfUTj1nE5QyIqrTGyxkFq93NkMnXS0yqEC6sA59"
    "JtVeUDva59I8ugXazJHYqZJYfkvVHDPfptdqsW1v09a1YXNezHkXa1zv5dyrrypihapY0C"
    "BaIG1jEo4PlOa9Ns17Pcz73qwiS12voM9SngTwwd8Go9lo8kW5G/z9djiZXYL0jI/4bjC6"
    "uQSWivRH/MNg5OWBL1RkFKWGH1VjZiqat1Iwb0ksb8a+pcOVZToQa2uv7VcuV4v2S4a0Hp"
    "Yedvck8+4vKiXeX5Rk3l9kkwpdqp1S1HjAjtMIaLs9rYDyaSHGp5kAddNRcyzjV+ipOI4s"
    "JBFJ8v7Tycnp6aeTD6cXn8/PPn06//xhcxlkX5XdClejL+xiSOCfE5PqUMmQ1ymRIBIuS7"
    "aZkgeR7JMBeouNJkEpbTSdttEcOM2ma6xtOs/GRy2s57PD5sqdQO6xTu+xlYnhWmGq9j6c"
    "L55Fsr/T7Gfq2i6dRCMy6UfsMn8J1CBFQMHuap7XFbD4Ds1S1pKr2iHdtv4btNBYV9ECV0"
    "gvq4qkVS0foZ0uqxSpPMC6fIDJ5lrN7J9QEeb2f6fppP+75HDiRTdLKOHd6gaXqW8NNoSK"
    "9nsN+AruB08fjRWysGIbXuK7Bd/s4bhHHpaB1DkykLNWIKZfL682HV8qVjDdkM62FocHeW"
    "Fd9WStCYsR3hcgLzBlTOcR6B5KGZ28kIE9YbqLQhkEWUeNh0F5i6ooFCpccVvCoRQjHFeh"
    "9x8bCxbE/A/EQHWAtoTas+k69NvRLwBUrAOL0OMAqDbrurcGr5DQeV6XlJf0tPc68Wmqox"
    "rmE9BNaAO6JiDJa/7X3AfJ7n/dir76XpufBL1PHvHdlIL0cAn8msOP+GF4/zMluQRU+HtB"
    "wa8+eFyVbNLYbAlK+lMdxTvTcm7RkjCfJJ1IprGWY31+c1XsUIGf44iPk4iEfH2lwlcFBe"
    "9LFnREIxKkLS9mWfBegOynjqk5dcPqax98nbpiJCKdDrVhahFTdzVO71qSSOK63UOxySPa"
    "0767SVnqGbxVLbzx/bo9RS9YhzXgehfNJCiyyT1bwe8jixzWkVp68ORH15mbv9+yFlx5Zr"
    "/o7XGp3c8bp4SdvBpNhpTGtDaNaTrUXQvyJr4lqYTLeWvEXkOghiwE87Tb0hjMiEhEy1gT"
    "LfRsd/5vmCcWlKRgRSQConxaaT2flqzn0+x6npt6zplR3Pw0HC8EvmUBlo30PJX5bt9FrK"
    "vjwJXFZYeLk0hLXNq8gelxpAQQ7bB5csjlDur0DtqxTmLbZRHblG1FYq+h2o4CCTFzjGnF"
    "okeSSoAM+zbEj4w18zAGjDvVtl9Not9DGzpHOTaM5IDjMjOGFQxVyGZshRAmE8N3bOOzEK"
    "Nn4JiA0gIVhJOBN49H3zD7CPaOxQ8h/EjnNgkdhOEr0MyVpeL1/9lggYjtsCEIv82LYWrw"
    "k6TdpVt2F8d8hlhZqvaSR01NUglnd7moYgy4KLYFXGRMAVJv+i7EAvi7heh0O7A5SSnZ3G"
    "k2u/ZOWzlGJlN9O85fzviOGIUMQ9gehuDatUQhVMwy6xq4Vd25sUWVH4NwKE3IT3fJ1YE2"
    "mTBl2k80SDpw+7Sjj0sUiQ6UL+1whZdGqpdaxNSgbefZoIrBThAJ4QNrOoGEwAVkFV+5sk"
    "gSRMIpyI0EJsiY+wPF3MsqyE1XQe5hofagPSyn5+Dobji5GU2+XIKAvqwae9ryXOkirXSP"
    "llyj2RK+QYYub7XkNJ0A7pw01JVOeTasBO68ADTHJZgX7iSVBLsi2NLwXMgAkSxWzOPGzA"
    "M7MTpFK22TXea0LEPYTIQWwi8m0jhzJZNEMleyG7mSAkJaYkuXRQcbLDrYdr5kx5bu3umS"
    "+agGx2YNuI6imcRENnnDFGBb7AeKhSa81FbobPhSrdpZX06JRsudJTArdpltMN3qN1PgS1"
    "Xv2dHAYmaYdyY21pcsqg8Q8xVYkICNFwB4sx2DV4IcB2KAsFeCjM6LbdXr2w3MBUCODeBi"
    "ATUnJ1ywmc+Q/r1u+fc8HvJ69hJE4nlBzit5Qc5LvCDnGYNNcVW5fIj7UEmuM6486WKSLq"
    "aurO6aXUym62gmX6XDGImA+NZ/eujQCQpPVEU4ohDOYdFIO02v1dPLTlbsFKn0V3Taih3q"
    "MnzlvhJEIt3GTdkGY6GWexpaqtc47xrEVS0tydXFbWlp1IYQVAXLMx9EBcNKLAexQTLitk"
    "97+7hEI9coo7nk6WC8cHp4pdjaktDabGStLO0uS7t3/V5rISI3/s0yMBeXOUiRCaD6tF1m"
    "aYdy+rKS/vdkpTr69nDTjp5fs5lK1nevMbjGQdozdBSHnsQ853OKTJ7P3OczgQ4iO5qp4p"
    "Qy1LLLRioZO/1dsNm19B3ZnKSUbO40m+dExTqfwTlOIiNRt1qbPbhqsDVfhfP0C92qhub4"
    "qtojoE9TiaPU0OT1ms4jco/XqFeo7Ibbcuij73b4GRLb/7pF3otwxHEFJ4byEhtcqzPj1+"
    "gACz/jn9LBcUAHR4zTVa0xMRIBjbxnVWy8Z8Um3rNs8Xy64jWu0o8RhQS4AsCE3u4qq/uW"
    "t46ZdlFkJkiQlakWPQS9BGSmKuSs0bYF964hJpjk3jV49xbdK5RkS5tt95RGZ94k4mhJTU"
    "uiXludfBE07LhTKntuBjUZQPNrPJszKPvyTyl0til0OsgxuIIKNgQCykONNGzqYzEkQ8UY"
    "hryvXgxpPJhMWL2jgP4RD65no5+Hl4Clvb3ARzydKF+n4xuWOKcsTYOOuJ7e3o2HM0a1Kc"
    "xBnw4m18OxVztJY7AYO5ZPqj8Gh/KDODaneJsg2lO47eb9VlG2hVjnxS5G8j0jJ51zuwDZ"
    "O6+NdM59F2yWVY1krZiO6fqVasVUUfeDEh576vvCVTpJRrKp9vO+xUl8HX1GZxJoVbZhFv"
    "EgKzaNhIhuNY8oTjiyWRuJszF9hSaSY/Br3EYjLSfSciItJ2m4D2I5cUzd5DWbzKY3U7o1"
    "KOUjHk2Uu/vpF3rjPlwChBW6y5ncaT/iq/H0+idmEJkbJj0P9Ed8Q4XTS6CbGEqDSe/kg4"
    "pqv04vBz7oIorvGTdpLtkFyN7p0dJc8l2wORS4+cpnJIikuaQ4oYoL1gSNjBLfXpMk0tP2"
    "tEHFXPc9W7eVa5Iktmx+xEl2/dYArWjRJWlgE5s2gSv9BmDybTxusNZLzB5r25QtMM82eK"
    "vi9cxk/63Isl2bYR7UJlHCL+9nKSmTVPgjCTMHUmklfSFGdkSTeLxgtUcvE600N2wKXsVJ"
    "gyHOkpju0zLzNmRX4Wakz5UM/n+U2uAeqDJbEB0fvjous73ZsUHb6wED9gPeIfweTLGx9s"
    "rwPnwdvDs5v2AleNmfc6gSSIDX4R0gG9gOPTv0nLK/e00lawl1zHbHeKQsVZsrFjxJJV5d"
    "obMqdYXOiusKncluTN+lemaotqPYkO4NfkanaSWrO81q+LuF6HQ7MDpJKdncaTYT+ELvut"
    "0KfsQpZcGPLnM5piVUlC9jFNKgtt3249q1dFPaVdXtxlbZapyILSreJKMmo0UCm1COohpZ"
    "i4r11Mg01X4GDQsPibzfnoS1omoz/ZnsWJZhIq2qmthdzfNOgUJgI4J6jlgB0I0p7gyLDJ"
    "bVAkJC2i6H3xw9DMbDh0tgqwZkdWi/3d1N72f0b9eyTOI84rv76Y/Da/oksNQ94i/DyfB+"
    "dH0JvF+AtLTp6jBhHzq0VOLkV2Ovxq7kDCIw7WHDNRbPMxqPvc7xc2QYYef5g7OthyFXtj"
    "tfsUZr3OlqD9+ubkczL/VsM8cjHjw8jL54WWyB+Vsvi8q6ux8q1+Ppg5f1RqCiGabtJbAF"
    "z8K/74fTu6E3K4GmBcPkuoPz2yLIJMgpKAG7neNx+hZ5jk2yUg1eht8OfpzeX4KV+m+TPO"
    "LJ9P52MKbAe3M94tvRxHuL6INdmPOxWkP7knb2aeYsTXpV55mor0zTgCrOlx9iVCmOzClZ"
    "UyzZPGlX576aTscJdftqlK5n+u32akiB93Cng5CvXOQFQ8h43mbjeZGtGOYT53KOiORq5l"
    "jNFDPe7pUxkp1WdNpS1yHXVv2FjqRra5cF3j8TqQww/R7YnLaRcfI6h1wyvNMMXyDC/M6O"
    "ulgodFqL/tJdGF8yjXR9dZn/G2axdJldvJwZcsnvLvM7UIqVVxXR/YpwXruhcpbnzyC53m"
    "Wumy+Q0B3KqXHGqKTKyaFy2qaxWy/jBKHcUV3eUZGNewc+Z4glr7vM6535LHncGx5T1APf"
    "Y5LBDyvVMApDFCIqgRIAT08+XWzCE9gfZZEJD7cD5r5NX4E+MBSpVb7nu7hJXZayFhtsh7"
    "dKI43qdjTWxenkgdXlA0tWzmsmsCrM9eMENkkl0G1QH7AuxYQzzDpBI0HNgppqjsRdGCKH"
    "WMIsy2m2XU4ze07UgG3FbIGOLd3KuMaPxoJKBiUnRQ34Zpu4iYl0/jFZAfJ42QC5lsvWcl"
    "J64q7LkTiZoW0rCC/MHGM3R1XZgTfRKJhHkLM5rUCEUCkEqvqeZXgjwO7pZKKClq03sjNg"
    "fHWLe7KzkyvMcVRtycw4tfS8GmymE3V1LRErlZITq8gP1tdoKhGRCmKMallXt/5cIkFVW6"
    "EqA2kQ27XUqRr7U+0Cc69KVcV+Z7paVbwBYLJOVYBzQamqRNWyWJGq4LkRfWJd1akyJ25h"
    "9m/yVN6WB6yoyeEVKlctkAGBTwZ14JhABcHu/7NfbWrtQBsY6AUChL0n7OSjr4FL1wsB//"
    "LLT3lM+FdePav6P6BKuvIqOnUoX2Uucqu5yDGOZdEtTgxIkQlX+OpzleyAz8XZAZ+z2a/I"
    "tgx1zY10mk7AzKKTSplFJyWZRSfZzCL6iQ49W5Xi9PCCSIUUnYB4f6yE98cSvD/mdGZA/8"
    "mLqkNPhUd0SCGS8+1PJyenp59OPpxefD4/+/Tp/POHzYGdfVV2cl+NvrDDO4F/1ukhU462"
    "CatCeLjDPBIuCShJJNIm63mxc9FRdS3DVHV6tszXnKXEMoTSA7vVA9t+wfOurd+qvpXiiu"
    "e5leRjamktyIpnXEsDnLxxtiMc2+/SMbitIl7mbGy7Zn8FK9k1i2/wrDwFJrJwwHEF+5gW"
    "G7vVOPZVxboNTNcBS5d+yXcLVaOoA38q4NdPs1mPeQiI+XoM5u7KgjqYr71HqmOukAZciy"
    "4hB1isYrtHmLWRNfg5exSE57UpCGu2qauoQ7G97EU1crPHSvTcDYlI0mILim5G6Dnk0RZ6"
    "EQuPtpibcevRFvNuVrD7WxbE+jsTG+tL8Lo0wRv2BcHCJL4Ffm07cPX2mL6CmP1XdYC2VD"
    "H9LceAnlb0yTrH1l/TpHzNamWp0bbN+/yGIWkQ6oFBiB4YuZGLxVd+RCGgQbv+Wk4LYq6U"
    "ssqX+SinyETI12q63CRd5fw4J4gkyttRJlC1+Q6MiKLFIp5HrcDbSCVDesBy5/TESKSlU5"
    "rnpf240yY4Tvuxt7ulXXNrUpSzLXfnkGp/aLQvVPtjVv2tan/Mo9BwB5BoU8f8/FL1blX1"
    "tty5gbTc26tY6koQCWeerV+unZt6ju+ouKZGOF4IJbjtUhqI5Ug5kGC/zn7KAr6lYnecUt"
    "ZQ46ihFtoUFgtO0JOEEnMOzGVc3U6HTu/MqLIQR/1aO4GWsabiKR+sKSoJrDSHSHNIpzV3"
    "XnOILGbSRDGT8NysbcVWD1PsKcKpm2afEhsyq58vV51Bj9pOVe/JMt03U73UmOmdmTk2zP"
    "AsLTZdhv2qq+QnW5DYJvbCiVgVGxsgfAlUoLm2Y64gAW+Wqg1UDIJCWG+BSYCnnwZvADFZ"
    "/jHWQdTo821ennJzH7RHEKY0ojZgRIUrFeUYm4oNqBsC8Yyn52dVrKfnZ8XmU/YumyVLd7"
    "XCjXOGUAiLaguIHzZWu0NRGI1kfVuqbb+a9Lqk53xOl9QSx0uaUOJdBe+wpmVxlv32hsHp"
    "OTocz3V0dz+6Hdz/nXV2RiuVrB/x4ObnweR6eENJrqeTG++lqr+wX6orNqQs0b1xsdebp2"
    "nR5jA+tKBXGRWJduVgcoYu82/wZTiZUQbRb+NQniSatN8Mfx6Op3fD+0sqFr5Aw6RiZrYp"
    "Oxt3N7if3dKJlK/Dwc1lTIhUllBlDcNvbkcTtgxWCHeDx9FX3JXHyRm6zOMkVx++3d1N72"
    "esobtlmcRhDdqnPw6vZw9sE3uFB+0sl7vBNWQrLG77hbddVYKuRcdfKBz31u+H4attQMeB"
    "hKqAFtJyTBU/PkwnBZJaHnHaA4g0B/wPGMhuzMhz9JeFi71ofzB3keEgbL9nn/fXpsSMEt"
    "YwsBKsyYQhpCMOjpNePjZBOgxBOmeLDyRWvnaKjfXRxvrWB2dtcG5sac+5MnfrJZeklL1c"
    "Ou2RP1Avl46xVMCuDR1DuHp8coWmDZWcRQepx94T1NNnwEHLsfcSMwtRofMZ4n3BstCMTd"
    "ND2acSThrVYRWq4O3rhLym84zpNIIuJ4RfTES3jRJIzPuBNfJnExQrA6lzRFXKtQIxnW7f"
    "lTUOpxvS2apUre8nZn6Rb7+mxN6IeZNVr/PfR8R0qCFW/omOwPYCknowmwWzCQoagfS72o"
    "6Ebbfd6RKj1h36jRjX3nSC4mYSfe8VNmVzCIrPCySIIqMrEqgtvZVCZzSBNtw3uPAumOye"
    "zSWqXG9TFY/OuydUD/4sooIUNJej2MS6r+wZhynoDpQIVUNIOWQMdI9hq0Ws4u1v1ke8Dt"
    "PerC9I7RkzXrmbI3eLM76Wjt0Kuy1xDeS2OUv91nSrs7Cla16zszjsBR3PWAB+tt9ZgjDe"
    "XbdS27PN2ilMGBhQUV1jn5RJGQjeHJclDajRmCbrnMhQ/DZD8QvbZRcH1cZIhAwPP68UHn"
    "5eEh5+ngmopZuKA+FguIDoNtKkKmjulUW4OKorRtJ+LNdhokZqi9rKhCC0Wcrrj/8HXBmQ"
    "eQ=="
)
