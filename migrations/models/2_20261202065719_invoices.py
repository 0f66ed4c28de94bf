"""Migration 2_20261202065719_invoices: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

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
        ALTER TABLE "payment" ADD "idempotency_key" VARCHAR(160);
        ALTER TABLE "payment" ADD "invoice_id" INT REFERENCES "invoice" ("id") ON DELETE RESTRICT;
        CREATE UNIQUE INDEX "uid_payment_idempot_88d15d" ON "payment" ("idempotency_key");""",
        "downgrade": """
        DROP INDEX IF EXISTS "uid_payment_idempot_88d15d";
        ALTER TABLE "payment" DROP COLUMN "idempotency_key";
        ALTER TABLE "payment" DROP COLUMN "invoice_id";
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
        ALTER TABLE "payment" ADD "invoice_id" INT;
        ALTER TABLE "payment" ADD "idempotency_key" VARCHAR(160) UNIQUE;
        ALTER TABLE "payment" ADD CONSTRAINT "fk_payment_invoice_dc3c25fa" FOREIGN KEY ("invoice_id") REFERENCES "invoice" ("id") ON DELETE RESTRICT;""",
        "downgrade": """
        DROP INDEX IF EXISTS "uid_payment_idempot_88d15d";
        ALTER TABLE "payment" DROP CONSTRAINT IF EXISTS "fk_payment_invoice_dc3c25fa";
        ALTER TABLE "payment" DROP COLUMN "invoice_id";
        ALTER TABLE "payment" DROP COLUMN "idempotency_key";
        DROP TABLE IF EXISTS "invoice";
        DROP TABLE IF EXISTS "invoice_line";""",
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
    "ozBU6PgaaccS4C0AZwwJ3Dlf2UI9Byg03hP09y2hWiVGN6rRWxykm6jjuz1KNyoj7I1vMk"
    "5XRtu2GW1rUhrOMLYYSZfjbLsUxcbCFThRjpFIlKuhjGwl0YIy5/7ZkkeVIW8xsOQwbsAa"
    "40rYuUDgynxRDUWnZzy/OzZ/BumW7bJb1t8rO3WxTFDKGItesJnX35Ohk8Zb6aaURvFDn0"
    "m1l+iN9rk0uGyBNnMkdqrIjt+kMcdwsOneWGwt2DSKbDiRN+YOiLXC9rJ41VcVsdI3LAwJ"
    "LZC2MTLFB0oTQ5smhh5mkm5WkaWuV9BnKU9K6eBvg9FsNPmi3A3+fjuczC5BesZHfDcY3V"
    "wCS0X6I/5hMPIySxcqMoqSTY+qMTMVH1gpPLAkOjCjY+twZZkOxNraaySUy9Wi/ZIhrYel"
    "h909yUzei0qpvBclubwX2TQllxCGGg/YcRoB7UenFVA+LcT4NBPyajpqjnXuCj0VR6aEJC"
    "JJ3n86OTk9/XTy4fTi8/nZp0/nnz9sLoPsq7Jb4Wr0hV0MCfxzotwcKhnyGkYTRMLl3TWT"
    "RB3JPhmgt9hoEpTSRtNpG82BA/e7xtqmI/d91MIKITtsrtwJ5B7r9B5bmRiuFaZq78P54l"
    "kk+zvNfqau7dKbMCKT3qwu85dADVIEFOyu5nl9xorv0CxlLdlvHdJt679BC411FS1whfSy"
    "TkFa1fIR2umySpHKA6zLB5hs19PM/gkVYW7/d5pO+r9LDidedLOEEt6tbnCZTNNgi5lov9"
    "eAr+B+8PTRWCGvI7bhJb5b8M0ejntkdhhInSMDOWsFYvr18qpd8SV3BNMN6WxrcXiQF9ZV"
    "Tx6MsBjhfQHyAlPGdB6B7qGU0ckLGdgTprsolEGQddR4GJS3qIpCocIVtyUcSjHCcRW6ib"
    "GxYEHM/0AMVAdoS6g9m65Dvx39AkDFOrAIPQ6AarM+XmvwCgmd53VJeUlPe6+3l6Y6qmE+"
    "Ad2ENqBrApK8dmLNfZBM8OpW9NX32k4h6KbwiO+mFKSHS+BXMX3ED8P7nynJJaDC3wsKfv"
    "XB46pk27dmi9rRn+oo3pmWc4uWhPkk6UQyjbUc6/Obq2KHCvwcR3ycRCTk6ys+vCoooV2y"
    "oCMakSBteTHLEtoCZD91TM2pG1Zf++Dr/RMjEel0qA1Ti5i6q3F615JEEtftHopNHtGe9t"
    "1NylLP4K1q4Y3v1+0pesE6rAHXu2gmQZFN7tkKfh9ZNq2O1NKDJz+6ztz8/ZY19ckz+0Vv"
    "j0vtft44JewNJKsl9epeOi4xpulQdy3Im/iWpBIu560Rew2BGrIQzNNuS2MwIyIRLWNNNO"
    "Wy3fm/YZ5YUJKCFZEIiPJppfV8WrKeT7PreW7qOWdGcTvFcLwQ+JYFWDbSRVHmu30Xsa6O"
    "A1cWlx0uTiItcWnzBqbHkRJAtMPmySGXO6jTO8imstIOjI6RtZIN0KZsKxJ7DdV2FEiImW"
    "NMKxY9klQCZNi3IX5krJmHMWDcqbb9ahL9HtrQOcqxYSQHHJeZMaxgqEI2YyuEMJkYvmMb"
    "n4UYPQPHBJQWqCCcDLx5PPqG2Uewdyx+COFHOrdJ6CAMX0HQR/z/bLBAxHbYEITf5sUwNf"
    "hJ0u7SLbuLYz5DrCxVe8mjpiaphLO7XFQxBlwU2wIuCvtzS71JaLEA/m4hOt0ObE5SSjZ3"
    "ms2uvdNWjpHJVN+O85czviNGIcMQtochuHYtUQgVs8y6Bm5Vd25sUeXHIBxKE/LTXXJ1oE"
    "0mTJn2Ew2SDtw+7ejjEkWiA+VLO1zhpZHqpRYxNWjbeTaoYrATREL4wJpOICFwAVnFV64s"
    "kgSRcApyI4EJMub+QDH3sgpy01WQe1ioPWg4yek5OLobTm5Gky+XIKAvq8aetjxXukgr3a"
    "Ml12i2hG+QoctbLTlNJ4A7Jw11pVOeDSuBOy8AzXEJ5oU7SSXBrgi2NDwXMkAkixXzuDHz"
    "wE6MTtFK22SXOS3LEDYToYXwi4k0zlzJJJHMlexGrqSAkJbY0mXRwQaLDradL9mxpbt3um"
    "Q+qsGxWQOuo2gmMZFN3jAF2Bb7gWKhCS+1FTobvlSrdtaXU6LRcmcJzIpdZhtMt/rNFPhS"
    "1Xt2NLCYGeadiY31JYvqA8R8BRYkYOMFAN5sx+CVIMeBGCDslSCj82KbTk3nAeYCIMcGcL"
    "GAmpMTLtjMZ0j/Xrf8ex4PeT17CSLxvCDnlbwg5yVekPOMwaa4qlw+xH2oJNcZV550MUkX"
    "U1dWd80uJtN1NJOv0mGMREB86z89dOgEhSeqIhxRCOewaKSdptfq6WUnK3aKVPorOm3FDn"
    "UZvnJfCSKRbuOmbIOxUMs9DS3Va5x3DeKqlpbk6uK2tDRqQwiqguWZD6KCYSWWg9ggGXHb"
    "p719XKKRa5TRXPJ0MF44PbxSbG1JaG02slaWdpel3bt+r7UQkRv/ZhmYi8scpMgEUH3aLr"
    "O0Qzl9WUn/e7JSHX17uGlHz6/ZTCXru9cYXOMg7Rk6ikNPYp7zOUUmz2fu85lAB5EdzVRx"
    "Shlq2WUjlYyd/i7Y7Fr6jmxOUko2d5rNc6Jinc/gHCeRkahbrc0eXDXYmq/CefqFblVDc3"
    "xV7RHQp6nEUWpo8npN5xG5x2vUK1R2w2059NF3O/wMie1/3SLvRTjiuIITQ3mJDa7VmfFr"
    "dICFn/FP6eA4oIMjxumq1pgYiYBG3rMqNt6zYhPvWbZ4Pl3xGlfpx4hCAlwBYEJvd5XVfc"
    "tbx0y7KDITJMjKVIsegl4CMlMVctZo24J71xATTHLvGrx7i+4VSrKlzbZ7SqMzbxJxtKSm"
    "JVGvrU6+CBp23CmVPTeDmgyg+TWezRmUffmnFDrbFDod5BhcQQUbAgHloUYaNvWxGJKhYg"
    "xD3lcvhjQeTCas3lFA/4gH17PRz8NLwNLeXuAjnk6Ur9PxDUucU5amQUdcT2/vxsMZo9oU"
    "5qBPB5Pr4dirnaQxWIwdyyfVH4ND+UEcm1O8TRDtKdx2836rKNtCrPNiFyP5npGTzrldgO"
    "yd10Y6574LNsuqRrJWTMd0/Uq1Yqqo+0EJjz31feEqnSQj2VT7ed/iJL6OPqMzCbQq2zCL"
    "eJAVm0ZCRLeaRxQnHNmsjcTZmL5CE8kx+DVuo5GWE2k5kZaTNNwHsZw4pm7ymk1m05sp3R"
    "qU8hGPJsrd/fQLvXEfLgHCCt3lTO60H/HVeHr9EzOIzA2Tngf6I76hwukl0E0MpcGkd/JB"
    "RbVfp5cDH3QRxfeMmzSX7AJk7/RoaS75LtgcCtx85TMSRNJcUpxQxQVrgkZGiW+vSRLpaX"
    "vaoGKu+56t28o1SRJbNj/iJLt+a4BWtOiSNLCJTZvAlX4DMPk2HjdY6yVmj7VtyhaYZxu8"
    "VfF6ZrL/VmTZrs0wD2qTKOGX97OUlEkq/JGEmQOptJK+ECM7okk8XrDao5eJVpobNgWv4q"
    "TBEGdJTPdpmXkbsqtwM9LnSgb/P0ptcA9UmS2Ijg9fHZfZ3uzYoO31gAH7Ae8Qfg+m2Fh7"
    "ZXgfvg7enZxfsBK87M85VAkkwOvwDpANbIeeHXpO2d+9ppK1hDpmu2M8UpaqzRULnqQSr6"
    "7QWZW6QmfFdYXOZDem71I9M1TbUWxI9wY/o9O0ktWdZjX83UJ0uh0YnaSUbO40mwl8oXfd"
    "bgU/4pSy4EeXuRzTEirKlzEKaVDbbvtx7Vq6Ke2q6nZjq2w1TsQWFW+SUZPRIoFNKEdRja"
    "xFxXpqZJpqP4OGhYdE3m9PwlpRtZn+THYsyzCRVlVN7K7meadAIbARQT1HrADoxhR3hkUG"
    "y2oBISFtl8Nvjh4G4+HDJbBVA7I6tN/u7qb3M/q3a1kmcR7x3f30x+E1fRJY6h7xl+FkeD"
    "+6vgTeL0Ba2nR1mLAPHVoqcfKrsVdjV3IGEZj2sOEai+cZjcde5/g5Moyw8/zB2dbDkCvb"
    "na9YozXudLWHb1e3o5mXeraZ4xEPHh5GX7wstsD8rZdFZd3dD5Xr8fTBy3ojUNEM0/YS2I"
    "Jn4d/3w+nd0JuVQNOCYXLdwfltEWQS5BSUgN3O8Th9izzHJlmpBi/Dbwc/Tu8vwUr9t0ke"
    "8WR6fzsYU+C9uR7x7WjivUX0wS7M+VitoX1JO/s0c5YmvarzTNRXpmlAFefLDzGqFEfmlK"
    "wplmyetKtzX02n44S6fTVK1zP9dns1pMB7uNNByFcu8oIhZDxvs/G8yFYM84lzOUdEcjVz"
    "rGaKGW/3yhjJTis6banrkGur/kJH0rW1ywLvn4lUBph+D2xO28g4eZ1DLhneaYYvEGF+Z0"
    "ddLBQ6rUV/6S6ML5lGur66zP8Ns1i6zC5ezgy55HeX+W2+QEJ5xal7xKik8sGhfNimsVtX"
    "2wSh3FFd3lGRtXMHPmeIJa+7zOud+Sx53BseU9QDL1SSwQ8r1TAKndURlUCpYKcnny42jm"
    "r2R5mP+uF2wBx56SvQB4Yitcr3gRa3K8tS1mKN6/BWaaRl2Y5mmzidPLC6fGDJGmrNhNiE"
    "WV+cwCapBLoN6gPWpZhwBtwmaCSoWVBTbXK4SwTkEEuYZWHFtgsrZs+JGrCtGDfesaVbGd"
    "f40ViQ015yUtSAb7adl5hI5x+TFSCPJ5DLtVy2lpPSE3eFhsTJDG1bQXhh5hi7OeqLDryJ"
    "RsE8gpzNaQUihEohUNX3LMgaAXZPJxMVtGzliZ0B46tg25OdnVxhjqNqS2bGqaX70WAzna"
    "ira4lY0YycqDV+sL5GU4mIVBBtUsu6uvXnEgmq2koWGUiD2K6lYtHYn2oXmHtVtCj2O9N1"
    "i+Kt4JIViwKcC4oWJepXxcoVBc+N6BPrqlOUOXEL80CTp/K2jFBFTQ6vUMNogQwIfDKoA8"
    "cEKgh2/5/9ukNrB9rAQC8QIOw9YScffQ1cul4I+JdfiMhjwr/yKhvV/wFVEldX0alD+Sqz"
    "UlvNSo1xLItucYh4iky4Ekifq8SJfy6OE/+czYNEtmWoa26k03QC5picVMoxOSnJMTnJ5p"
    "jQT3To2aoUJwoXRCqk6ATE+2MlvD+W4P0xp0Y/+k9eVB16KjyiQwqRnG9/Ojk5Pf108uH0"
    "4vP52adP558/bA7s7Kuyk/tq9IUd3gn8s04PmXyyTVgVwsMdZhRwSUBJIpE2Wc/LXouOqm"
    "sZpqrTs2W+5iwqlSGUHtitHtj2S193bf1W9a0U177OrSkeU0trQVY841oa4OSNsx3h2H6X"
    "jsFttdEyZ2Pb1dsrWMmuWXyDZ+UpMJGFA44r2Me02NitxrGvKtZtYLoOWLr0S75bqBpFHf"
    "hTAb+Sls26jUNAzNdjMHdXFtTBfO09Uh1zhTTgWnQJOcBitbs9wqyNrMHP2aM0OK9NQViz"
    "TV3p/cX2shfVyM0eK9FzNyQiSYstKLoZoeeQR1voRSw82mJuxq1HW8y7WcHub1kQ6+9MbK"
    "wvwevSBG/YFwQLk/gW+LXtwNXbY/oKYvZf1QHaUsX0txwDelrRJ+scW39Nk/K1LZVFJ9s2"
    "7/MbhqRBqAcGIXpg5EYuFl/5EYWABu36q/osiLlSymog5qOcIhMhX6vpwoN0lfPjnCCSKG"
    "9HmUDV5jswIooWyzketQJvIzXt6AHLndMTI5GWTmmel/bjTpvgOO3H3u6Wds2tSVHOttyd"
    "Q6r9odG+UO2PWfW3qv0xj0LDvSCiTR3z80vVu1XV23LnBtJyb69iqStBJJx5tn65dm7qOb"
    "6j4poa4XghlOC2S2kgliPlQIL9iuspC/iW2s1xSllDjaOGWmhTWCw4QU8SSsw5MJdxdTsd"
    "Or0zo8pCHPVr7QRaxpqKp3ywpqgksNIcIs0hndbcec0hsphJE8VMwnOzthVbPUyxpwinbp"
    "p9SmzIrH6+XHUGPWo7Vb0ny3TfTPVSY6Z3ZubYMMOztNh0GXYurpKfbEFim9gLJ2JVbGyA"
    "8CVQgebajrmCBLxZqjZQMQgKYb0FJgGefhq8AcRk+cdYB1HLx7d5ecrNfdAeQZjSiNqAER"
    "WuVJRjbCo2oG4IxDOenp9VsZ6enxWbT9m7bJYs3dUKN84ZQiEsqi0gfthY7Q5FYTSS9W2p"
    "tv1q0uuSnvM5/TJLHC9pQol3FbzDmpbFWfbbW8em5+hwPNfR3f3odnD/d9bjF61Usn7Eg5"
    "ufB5Pr4Q0luZ5ObryXqv7Cfqmu2JCyRPfGxV5vnqZFm8P40IKuVVQk2pWDyRm6zL/Bl+Fk"
    "RhlEv41DeZJo130z/Hk4nt4N7y+pWPgCDZOKmdn23Gzc3eB+dksnUr4OBzeXMSFSWUKVtY"
    "6+uR1N2DJYIdwNHneiC3tLPBanCTuyFRa3/cLbripB16LjLxSOe+v3w/DVNqDjQEJVQAtp"
    "OaaKHx+mkwJJLY847QFEmgP+BwxkN2bkOfrLwsVetD+Yu8hwELbfs8/7a1NiRglrGFgJ1m"
    "TCENIRB8dJLx+bIB2GIJ2zxQcSK187xcb6aGN964OzNjg3tjRqXJm79ZJLUspeLp32yB+o"
    "l0vHWCpg14aOIVw9PrlC04ZKzqKD1GPvCerpM+Cg5dh7iZmFqND5DPG+YFloxqbpoexTCS"
    "eN6rAKVfD2dUJe03nGdBpBlxPCLyai20YJJOb9wBr5swmKlYHUOaIq5VqBmE6378oah9MN"
    "6WxVqtb3EzO/yLdfU2JvxLzJqtf57yNiOtQQK/9ER2B7AUk9mM2C2QQFjUD6XW1Hwrbb7n"
    "SJUesO/UaMa286QXEzib73CpuyOQTF5wUSRJHRFQnUlt5KoTOaQBvuG1x4F0x2z+YSVa63"
    "qYpH590Tqgd/FlFBCprLUWxi3Vf2jMMUdAdKhKohpBwyBrrHsNUiVvH2N+sjXodpb9YXpP"
    "aMGa/czZG7xRlfS8duhd2WuAZy25ylfmu61VnY0jWv2Vkc9oKOZywAP9vvLEEY765bqe3Z"
    "Zu0UJgwMqKiusU/KpAwEb47LkgbUaEyTdU5kKH6bofiF7bKLg2pjJEKGh59XCg8/LwkPP8"
    "8E1NJNxYFwMFxAdBtpUhU098oiXBzVFSNpP5brMFEjtUVtZUIQ2izl9cf/A97XvDU="
)
