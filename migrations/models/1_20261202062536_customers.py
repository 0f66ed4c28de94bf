"""Migration 1_20261202062536_customers: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

aerich passes the connection; each function returns the SQL of that connection's dialect.
"""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": {
        "upgrade": """
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
        CREATE TABLE IF NOT EXISTS "signup_confirmation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "confirmed_at" TIMESTAMP,
    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
) /* The one-time link that confirms a sign-up's email; until then the primary cannot sign in. */;
CREATE INDEX IF NOT EXISTS "idx_signup_conf_confirm_db6452" ON "signup_confirmation" ("confirmed_at", "expires_at");
        ALTER TABLE "account" ADD "referred_at" TIMESTAMP;
        ALTER TABLE "account" ADD "referred_by_id" INT REFERENCES "account" ("id") ON DELETE SET NULL;
        ALTER TABLE "account" ADD "referral_code" VARCHAR(16);
        CREATE UNIQUE INDEX "uid_account_referra_a7b240" ON "account" ("referral_code");""",
        "downgrade": """
        DROP INDEX IF EXISTS "uid_account_referra_a7b240";
        ALTER TABLE "account" DROP COLUMN "referred_at";
        ALTER TABLE "account" DROP COLUMN "referred_by_id";
        ALTER TABLE "account" DROP COLUMN "referral_code";
        DROP TABLE IF EXISTS "complaint";
        DROP TABLE IF EXISTS "affiliate_payout";
        DROP TABLE IF EXISTS "affiliate_entry";
        DROP TABLE IF EXISTS "signup_confirmation";""",
    },
    "postgres": {
        "upgrade": """
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
        ALTER TABLE "account" ADD "referral_code" VARCHAR(16) UNIQUE;
        ALTER TABLE "account" ADD "referred_by_id" INT;
        ALTER TABLE "account" ADD "referred_at" TIMESTAMPTZ;
        ALTER TABLE "account" ADD CONSTRAINT "fk_account_account_6d9f4199" FOREIGN KEY ("referred_by_id") REFERENCES "account" ("id") ON DELETE SET NULL;""",
        "downgrade": """
        DROP INDEX IF EXISTS "uid_account_referra_a7b240";
        ALTER TABLE "account" DROP CONSTRAINT IF EXISTS "fk_account_account_6d9f4199";
        ALTER TABLE "account" DROP COLUMN "referral_code";
        ALTER TABLE "account" DROP COLUMN "referred_by_id";
        ALTER TABLE "account" DROP COLUMN "referred_at";
        DROP TABLE IF EXISTS "affiliate_entry";
        DROP TABLE IF EXISTS "signup_confirmation";
        DROP TABLE IF EXISTS "complaint";
        DROP TABLE IF EXISTS "affiliate_payout";""",
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
    "eJztXWtz27jV/isYfWky42QSX5LU2+mMYquJdm3Jr6WkN3dYSoQs1BTIAqS9arv//QV4Ee"
    "8UQZEUyWBmZ3dN4kDSc0AQ5zm3/w42hgZ1+na4XEJKx3hlDC7BfwdY3UD2Pyl3T8BANc3g"
    "Hr9gqQvdGW6h5RO0FNUZriB//IJaRF1abMRK1SlklzRIlwSZFjIwl5tB8gwJcOWABi0V6R"
    "SoYGlTy9iwO6ZBLahdAoiXZGuy/wWqBQik1gkwbfLI/15ZfAbwskY6fMs/VjOW7HMRfqzt"
    "E2yM/m1DxTIeobWGhH3O3//BLiOswV8h9f80n5QVgroWARZpfALnumJtTefaGFt/cgbyL7"
    "9QloZub3Aw2NxaawPvRiNs8auPEEOisu/LrlnE5uBiW9c9jfh4u980GOJ+xZCMBleqrXMV"
    "cWn3CwTXBooymc6V2WiuKIOE+nyJEN7epaWBuerZV6XOr3/kX+HN6fvzj+efzj6cf2JDnK"
    "+5u/LxN/ejA2BcQQeeyXzwm3NftVR3hINxAOoSmUwNFvzVSoI7Z1fT0Y1KxVBmXz+Oso9p"
    "CGYPxB3K/pAA5mDhN4BzDojz0V/mfOYNpf/W+YXJ9+H91dfh/avb4V9eO3e23p2b6eSLP9"
    "xgz6/7iE+ubqafHT2EdgmVPsGUBX21Vkk65oFEKbwTy/rIgLPf86uiQ/xorflqfvcuRwM+"
    "3mzU6xi03q1T914U4yWBHA9FTVnb1+yOhTYwY31HJGN4a57oW/9/qkG/yV0lb7WPb0ez+f"
    "D2LrLkr4fzEb9zGlnu/tVXH2Jq2U0C/jyefwX8T/C36WTkoMneGo/E+cRg3PxvA/6dVNsy"
    "FGy8KKoWBtK/7F+KaNl91ZRQckSwAh13aEfrmo7ZzbVBFKETQERm/0Gg/Qqt5igQgOqdPI"
    "VAjciUArV176EKUOVH1tVT6vnKBSyJ8J8MAtEj/gVuHaDH7DupeAlTYPXsifluoo4B/Ju/"
    "hvyrwZNF1JfdOT+6tNjvZ78aWu6ZaDi7Gl6PBilbQgXAfqOwu+fVvahGdsEIquwbgMm3m5"
    "uBs3wX6vLpRSWakrGO2YFIo0m0P3tif/rlHuqq8yMygQ4s4ns2WX8gd/AzTo0QbhFEk7c2"
    "p5v4FRWrj85P4p/NPykdtFyiwYe1KNlA/PF7yYahaUKsvTGwvmXm/jMkW8APRcyyZ0/Xag"
    "U2cLNghj6fEDCzHrAjgkoAtw+BsfIZBM5tvAW/QNMCL2uIE3xDHR/ygPnI0D2ALAr1FUDU"
    "5yhe8RE6wk98Ugwsm2DqaOG1JCxaSFiIn/ObNOLkCb/sCT/gPwWP+QlBedZPnvX5pgkFDa"
    "iIjARVGlDSgGrVuTN+1Bc1oKIepwPRjbq7urUvFLalEq+aDIMqufNKO3UPtpGXjbCdWrMF"
    "ZtjO904zvZxbJ3k2lxoatNfQmmIY+FeXxsZUMTOGuIViQaxiy7OL/CFvjBfMTBhivADT4J"
    "AD1Uo6cquaVJpC7TKFnP8mYM32IPrjpf+wmP8QUcUkUKGqDtOoL8PQoYozlnBMNAb5gsnW"
    "hfnuSrMW5+fp9CZibH4ex93g324/j+5fvXdUwAYhd39PnqupbZoGsRR39xHYOJKCzZ2w37"
    "V6EwnAXRtsC6RrRUOU/1yq2DQtDiET40x5CXUc6m7FHzS7e/Pz3hTrW++V3BEqyzs95DJZ"
    "BK4gIarO1KkJvZ4TgpXEVR33BBR5Sb//UOAd/T6uuuAVzW/FaS0OWalHLCYq4z/azA7vlL"
    "XYinKYcUFJZO6l3EKgVcMM+fZvt1AuTl3E19hBfnZ/W3JhO9zn3i/woxTmaoV0xH6TAjGb"
    "LtVKEwHLn27EZtt28FRVCLSlsdkgStnUzEZV03bTWjHr9joz1a1hH/xQ+tPdObP1daGpJl"
    "Is4wniQ+Ey0ZxP01ecOCOrq+lUhwhOV/48fQVKR0u2mA7d5W/cWXoOkrJG1DJIygGuBFZf"
    "g7n6CBnbgx8NNovChmDKzl/VrLC5N1tfYUOY7VwSNlHYTGL8Cy4P3ezv3Fn6CpIby3AgRr"
    "2L+IhAZNODn7h+hRTUG4cdtXPSggESllBOTEDEcN0Wiw2IxEdz7/1C1Tn14kQ/Y+ARBjyy"
    "md+k9obfQBYFnnF8Akzu/7cJgXi5TYYJ1DD//oiBv4fjI0Juj3/IUIImQwme2M9K91WMsL"
    "1JMH0RjH3ZNocVDK6mt7fj2Ww8nVyCgAF5wPej76P72fDmEhAeBUNV/QHfDf86/Ta/BObO"
    "PBcPRygUjZATjBD3dKgb/yGJbffoMTs0eifTp0DT35+enp19PH139uHTxfnHjxef3u0ehu"
    "StvKfi8/gLfzAiKkhx4nr7mYgnLyzT5qeipB/vrMDiPstc22fxpW0Q4dD0sIh06CQXrQY1"
    "24TKExRatlGpahZum9zPhWLE3ufEiL3veo0J6YA+KZ2exN+lwqlJIaE+vYMr26jcI5YYrB"
    "EZufunJXtFfcglQyYqWL49BDonbiJkyTYWM9G2DUIglya0uCIBE/dst74fX83jeTTRZSkj"
    "UwQiU3LQTs9aCkzfQzEW9nV3FOvIWyljPR8pgSmmgjzuMtBSEfIyWCV72ctsvItwhGyVWb"
    "bzLQhkg6kkCY9BEkoOSnJQR4S+Tg4q2GDKMOCBdHNIBzvhQAxw9j76v2/slTS65py3Nwcn"
    "vcfXnPJ2N8PjE96RjT6hl32x/VFZSa60mlzhi65M/c5ATGZvtFm/kjyrizxD4hkxUSHJ6q"
    "TRZ/7bQzzbKCEpAZa02XFps2BJVoBwvyLG4uimPL+FuDIk0S3EkKFqcuSOk+zVEdTrjYL0"
    "U3HSOMRQmk4OeegnBRViDQdDp9yrE5N4AujSMKEGlgRqbAkgVQcqMAnaqGQL1irWKLAMfk"
    "klFtMk0FS6XhjsN6eEOlY2rayJ1C6OUtZEqjfexXl2lTV7BkRQjkr1LrLow3kBoD+cZ+LM"
    "b8X4SL4npbzhfp5NJ+kQBxJxMgQtLfA/oCNa28F48IeVjZccQ7CwkW4hTN/yz/ujIDVZBT"
    "vCEYoQI4luTfHGTCdRxoNPEO/WJKO8yqiic0SVrlLLqWdVQtFxWUlJtlnTBD6zV1I530JY"
    "Umq5zVqWxHO9he1E+dGEnERX0qMN0aOpNdCDBdkce9dVbBMPbzq8x4lx+0xUHGVXIjdO8i"
    "ipxW5InUFskgZqkgYSrb15UMnNlkEboSbOi3BA59kU0HmCAZIMW70MG6LKhn2eYhJDs5dp"
    "4ZZ7Co/HpRusPe6v886WHifwEVELEt7lg73vddeLJFr9PWcWWQheQBuIUhtSZQmJhVZoyf"
    "ARr8OfOoPUwh4tJOyRIn5ZWZ8twyUbXtO8yETGliJW/olv79/dyfqEVZ1WQlAhMcVSiJRP"
    "zLYWlpFh9aa9ZJTGOQHhjBhZNOdYRga1F34NtqKH4ZBID8/DtXTh4Q1+kxDP2dUMX7M3vh"
    "f45rHxo7/M8x2dOzL+Zjr54g+Pez87nwfDHqkNskrkwcy+fb4dz508mN0cD/jb5Hp0r9yP"
    "vo9Hf74ENuaFZgh8RvCFF4uaTW++u4kz1NCfYUtyZVRMX9J6DGY/JIFEJU1GfrCnRIYDlF"
    "JF19yH7mNf1kscFpVu4nbr2d3MS+k5Iir13GY9y3CAesIBGOhrQ7CCX0RGoprWqFHFmi5a"
    "GDEqJJPPkrBGuqQXRDUiI0GVISvHzOhzd84KsO15vErkDVMAV2vXLeBAXAu3HWjZplAU2M"
    "huWCA/0nsnNbdiO4pr9N0tnB9Zp+PE98mluE1C7rpsp4keGtSYy4SzkVD6RBpuJCBWcrq3"
    "taYrb3VsE10EWG94L5wgUWgvCjmZLnKcTBdJJ5O7V6TiW8zt0XCI24C3auGYiUE+uBtNrs"
    "eTL5fAk3/Aw6v5+PvoErAtGT3DB8ylh1dXozvHMYINixcPhabvXzm6r2Nt6Nwlk+eoyjCN"
    "44INaktQTa2J9fQwew7CTATRDklKuPfCrRlO7OaSnQQfoZNMmIQ8N9wtfQIZ7VYiArSkOy"
    "AmLB0CbXYISD/uD6Fm6feph0p3EqfEUA2LSEwlk35UJn2X+HcgtLscw54CG35ohTsbhNay"
    "ph0c9+6xjUM+VY8QjxpdsnN7UaiovdhNXs3KmoVm7Ctqsl97qTb3zv51vGb37bQD9/QoJ7"
    "pHRlQD1zeiXznT9WmxHei4i3uwU5C+VfF2bvB/V+3CbpcPJudA4/wwJea7DH4m4SuQ2fOp"
    "qYwGcRTBfVWXMff3TkveTU/Ou2utiWE/rkNSIUdoavkMdl2JuxN/K+KadU9E2f7Z3Ylpr5"
    "PW3ecKuWoHQ8DmsXUIFvx3WoBBBVTAOUjgzfYTYNO9MTDY7ZtM5BkCZDlVVbHBPbn+4LRC"
    "rdV/gKzV0S6XsSwoUW8CnWkT9g4uV9UwLiuZzlYzndHXT8F9KiokWbm0Tiuut3x3+BdsuZ"
    "IuLQOJ99KfoePSgRxd/6pKnMRYuuhjvL/2XXxVVgdy/4zaONYZT3QbYzZ9BjDbNAhxhPuN"
    "gxA5WcA8MDlQTpuFS3ZsJ8YLQBS8EJ5qjZ2zPDuAA4+3By9rg0LgTM9P72zkqwU7vQOK2L"
    "TAWLEZfLxfp1gK9X5WkdjTcJSrV6Yj5L+R9Tka71crfNyVh9wOHHLVpc8VFrUYA4ke2ow1"
    "hKFBS0VC0caBRO+i/GoJN5YRKTVlIi8t4UTkkIi0yJKQSkpBWrots75yLN2MlFkZRVVjPj"
    "LfQCuAtt/JneHXTBtpgkjcSzZXEA+P2U8Y0LhEoZ6PS5tw2EFYGrB/VN+TB17ZJrfH6Alg"
    "przFxr59+/b1T9yY5+4/ZvkjZs5zkz/Ht1jb50gXY7uYAOlirNnFCAkyNGVjYGudEn+S4x"
    "mJyTV3VHx/2uq1HE5IwvCFKmmMByezshKRQkJ5fFZn37hp4HF6KtlNwc1sTaK3r49CICc7"
    "KBTPn5P2orQXW3b2LuIZPerhe+cwzT54h32q+w/dYZ9uzQVXLJWwu0qs7opNvTL1hk2WMO"
    "2uPAA3WpYFpWU6FStv4cu2+TA8uBlfjSaz0aVvhj3g4fX1dDK7BEHakXh7pyJFXPKaO6WV"
    "GelYefUKC434RUX8giIP+Go4uRrd3PCLS/6TdZ1fvR5d3Ywn/KIGlzrC5UqPVK89g/0Wpd"
    "T5JkWyEl9DD/asUPqC+yYRLHQUlZLuxyLuR97DRsVbRZQWicv1Du1ayBEfNddJnrL7Z7dp"
    "SBHtAeZ5wSi1tGswsMUOwCWWe1SuB9A3stxd1OBGMIgkIdg/vC/Oi+B9cZ6NN7+X3owEwx"
    "cl09GZy3VlzCDLRgnQXqbhfF7xI2Eg0Bzd9a4jJ0E305r/lYLoz7PpJCOUJyoWp73R0gL/"
    "Y/YhrQ3fwR9WNnZiDcHCRrqFMH3LP++PR3iTcpjy36Txl+ZJNFSTTxB/kxLIwKDlSmbFZW"
    "WUbaujbJnpjbRSio5Kygp4bdYyRY9YtWwidC6OCPWhf1wjXSzJhpYppJoQ7B/gdUSwu1vQ"
    "YivG0yXkZESw9PA2F+jhH5BEl22KpFy4SYCjzkgxiFNl5TLOpvFLoZwqK1HORrnUXpwqKz"
    "cMGXNzzByNZKSITNXYg3HqO6lIp7NEyI6Eel/Ps7QXU3Goj7FztGxvFkRaeP8In4ErwLnf"
    "2UgpBkOBRn6BdSwB3gNwgkgQzvlKFuo5Qv3sjqB/aAnVIjG6QenZ7CDdSHna/VG6QXVcZ3"
    "ydcboy2rbJaFuDyQiGsYVE2hxn26YoNh6uIIhySESiXAxlRJVIV7GU98+ePKqEeIOBJcdx"
    "A1YYV8L3BQI3xrOqKxrb48XdsekzSLdsm92y7rNSqjFZRFLGWHRCzaL+noScJG+lm1KS4s"
    "fekyov0Rs855Jw2QNtYktsVZGdqW0tjF9veVx7CnsQunuSxxsYzjjFD4+XhEGn9tCTHMJA"
    "g5ptQqeJTALcvKqbYalqDNrjwlx/HB6BS2QimOb2ygY6ItRD4qCWvBRqL/4Fl0I4h0R6iP"
    "JZofV8lrOez5LreWFoKXtGdkahP74X+DaeSCj7hf8IZrlqWXBjCmVzhUVkPlfcFMdsO1I8"
    "iEo8PCni8glq9RNE2VmphKJDYo3w00foTdkL9eoqtRRISFrd3+yjR1SqB8ndTRw/EszbcQ"
    "iMO5XSF4No95BCa5DCYUQHnOTRGKY3VCG7sQVqAhsYvuEPPtARfuKtPZksUIE/GXj1MPiG"
    "+Ufwe7rxCBB+YHM7/UIxfAFeKY3fUbBChFp8CMJpfYTq/CTJu7SLd7GMJ4iVtUrXImZqVK"
    "p3vMuHImTAh2wu4ENmiQppN/X6WAB/NRGbroSao5JSza1Ws12ulbBdaRfhdrqp+qJfwR5K"
    "IQnpMt/vMrdpJd1WCzp02wZuUY9uaFG1qWTzHTE0e2l99woypJlC0REnubaQOzZc36Fat+"
    "7fBwuiuvV7/c/4hzQ5jmhylCgBcmjxj7btAHVX/+Arfilk0QUSEuACABO2Gav8OCfalCQi"
    "dmBbkraBngNySl8SZ1cWO2WFReQxa/8xa/fiO/Cc9dmfp2PwFj1ohdeV6EkrRKWh5RNM85"
    "mKpCfOnUk6a/41m5jIzplOtEz6EdQPpMk9e+4G1dsjRLb/ODbPjSxdqMTfTqCH56Fa4rC6"
    "2NlDV7HfW0Oks8fNcOI05/DkeWeP+fj7iPf14A3THvB0onyd3rAR7IesDZ33+Zje3t2MnO"
    "Yf3DvGXzAZ3T/i/rhigaKF4kRzwkRTtEks0Z57EaEfuecexJoodiGRHxk56SgrA2T3GHan"
    "pXApJ0pEUqq51WouVQJR1j4UtfNlHTORNvQFCpgVMvdV+nSgse8ZqXM2U48Qb8LkdyDLNv"
    "t9RPea/orlj6y5R+iO1gn3Bg3xD5IVkKyAZAXicB+FFbAMzRClBObT6yl7NJjkAx5PlLv7"
    "6Rf2NpldAoQV9pTzMxV9wJ9vple/cGN/oRtsP+CNPtnB6xJoBoaSDOirSctLDolBF0j8yL"
    "hJKqAMkJ2zESUV8EOo2T9wC51jo0KSCkhrg+BYFoLtD8IysnLWXn4lZKcdyK+E3NIdW7dF"
    "+ZXoI7u/wlNgGR8Ibd8iJ+LARh7apms7hbhGypvfwbS+pLcq3s4N/u+a47ePyknk6Mv5WU"
    "qMkvJ/JOF0IO8xHHshBjyiQRxd8GpGl5Ho752avFthUW+ItSaG/bhO3PXVlfkwsutKAv/f"
    "cjm4GTNmMyK//VsnedwbDQ0qkPfKf8AbhN+CKda3wFpDMPs6fHN68QEYK+fPBVQJJMBJSg"
    "SIAmqxvUNLS2w9ZCqZudoy7k5mrg5k5moL3ty9MM+c0hQUsmdDXNFxWanqVqtaJin/EGom"
    "8Jm968r1qQ9LylTlNmtZpirLVOUWkBMtTVWeMR3Z5pWBV4hsVCvLaE2OOsm1X53xHJSowF"
    "5bds4szFhtpbVqAW8iClTXQLXN31EAeZHrn4CNLaRz0xQ79qlJ0EYlW+4gxoblDAfMnk2Y"
    "urV+UpGAF++Tdm+R0NFBxrhIO1naydJO7uR5SxpPP4Sa468voec5JisNqDZrWhpQ0oCSBl"
    "SWAeU51VOMpsDdnm0oBb795tPreXx9ED7sUNQbSCn7mdIGadwGwfZmkbYLZAIbCFSzxfYA"
    "3ZBFx7FIYFksot6XbXP+wmA2vBnNLgFVdUgf8Ozb3d30fs7+tk3TINYDvruf/jy6Yle8UI"
    "cH/GU0Gd2Pry6B8wvQMk6IHCduXoOmSqxNZq+l/eqKztAHpc12WuMJEeObm/HkyyVYIF3n"
    "mmqF2jqYs0LtxQZZlngti9m3z7fjuVOXYjfHAx7OZuMvTokLL35Iy0trubsfKVc305lTEo"
    "NAZakb1Klu4V3z/74fTe9GzqwEGib0K28cXd8mQQZBVkbnuf0aD8s3qHNskI2qiyr8dvjz"
    "9P4SbNR/GeQBT6b3t8MbBrwz1wO+HU+cuwi7PSpElfO+iHLeZyvnfUI5a4O9qtO4y9ym6y"
    "GpBnut7650ttm6TIisOyESUUU3HgWXcyAkV7PAamaYiXYUDYmUWtFxpq5FPo/qq6BKn0eZ"
    "Bd49ilRm6P0Iao5zZIK6ThGXCm+1wp3mXAozalYr3onMZL+0jOJzppGurzbrf6csXm+gTJ"
    "hoQlzqu836Np4hYboStD1CUtL4EDA+qKE/lzo0RQTlE9XmJypgO0voOSEsdd1mXZfWs9Rx"
    "Z3TMUPe8UFEFzzaqrmc6qwOpHtXSODv9+GHnqOZ/5PmoZ7dD7siLvwJdYBhSm3QfaHan7K"
    "RkJWxcix+Vqtplx/AvlwBWLWnTIS10bcOSBZbrCbHxy2YIAhuV6tHboDpgbYaJYMBtREaC"
    "mgQ11kNTuMZairCEWVZdb7rqenKfqADbgnHjLVu6hXENb40ZRcFydooK8E32+u0n0unbZA"
    "HIwxW45FrOW8vR05NwibvIzgwpVRBeGSlkt0CDhqEz0dibpyd7c9yA8KFSCFS1AztaBIDd"
    "s8n6CprTwc0VOQitK3+e/jzU8bdNrMRhaajEWqV0ESzVstTlmtNdlbSQHe6m6+tTuEa8Om"
    "NKdJ84WF+DqfqIlBeVU8m6unXn6hNUByZQhiKo0BJiWklp3Bt3qjIwd6o6buh3xgvkhvtp"
    "R0vjejhnVMeNFEoO1cX1ruvBJ1ZVEDex42bmy0Z35X2Zs4oaHV6gWO4K6RC4YlADlgFU4D"
    "39P7kFbrcWpEBHzxAgt9AP3/nYbWCz9ULAP92Kt44S/plWQrf6DyiS4LsJdh2mV5m922j2"
    "bkhjSXSzQ+ljYr2rIfSpSDz9p+x4+k/JfFFEmT2wFUY6LtfDXJzTQrk4pzm5OKfJXBz2iR"
    "bbW5XshOqMiI6YXA/xfl8I7/c5eL9PaQaH/pMWfYgeM7doX6JPTsrfn56enX08fXf24dPF"
    "+cePF5/e7Tbs5K28nfvz+AvfvCP4J51DMkln32G1F5EAfuaF0AkoKtSnh6zj/ZX6jqpt6o"
    "aqsb1lsRUsvpUQlJ7qvZ7q5nsstW39FvVBZTdZSm1eFTJLK0G2f+RaHODoG2c/wqHnXTpQ"
    "99WQS+yNTbcJK8CSXfE4EIflyaDI/AEnBfixZWjsXnLsq4o1CgzbAmubfck3K3XJUAfuVM"
    "CtOEYvedlsQIyXE7CwNybUwGLrXFItY4OWwDbZErKAyZtEOYJJjqzGzzmgB5Uop9Bb2qaq"
    "MgjZfNmzqqdm2eXYuTuRPp0WGzB0E4eeY25tvhcxc2sLuRn3bm0h72YB3t80IdbeGFjfXo"
    "KXtQFe8S8IVgZxGfgtteDm9Qm7BTH/N28FsFYx+y0ngO1W7Mo2heuvaNIi/H6oUqgsztkw"
    "vS9ODElCqAOEENswUiM8s1/5gUQPCe3qqx+tiLFR8mpFpqMcE+tDXlvdBRrZKhfHOSIkUd"
    "6PMoEqFdswAokGy14OGoG3ltp/bIMVzn0KiUimU9Lzkj9uNQUnyB87T7fkNfcmj1n7cpyO"
    "afb7pH2m2R9i9fea/SGPQs09M4KHOuTnl6Z3o6a3aS90tEx9e2WfuiJCvaNnqz/XLgwtxX"
    "eUXXvEH98LI7jpkiOI55JZkGC3Mn2MAd9T4zosKWvNCdSa8zmF1UoQ9KigxFwAcxlXV2rT"
    "6RyNKguWVG+1E2jqW3Y8FYM1JiWBlXSIpENabbmL0iGy6EsdRV/8fbOyFVs8TLGjCMfeNI"
    "eUIpFZ/WK56hx61HSqekeW6aGZ6rlkprNnpnCY/l6aTV36HZ6L5CebkFADO+FEvNoPBQhf"
    "AhUsbWoZG0jAq7VKgYqBVzDsNTAIcOxT7w4gBs8/xhoIWmO+TstTru+DDgjClCRqDSQq3K"
    "gohWzKJlB3Av0jTy/Oi7CnF+fZ9Cm/l8ySZU+1IoxzQrAXjGoDiB83VrtFURi1ZH2bKqUv"
    "Bntdsn0+pa9ojuMlLijxLoK3X/szO8t+f4vd+Bwtjuca3N2Pb4f3f+W9kNFGJdsHPLz+Pp"
    "xcja6ZyNV0cu3cVLVn/ks1hUKmEs0ZF7q9uxo/2hzHh+Z192JHorIajM7QZv0Nv4wmc6Yg"
    "9m0sppNIW/Pr0ffRzfRudH/JjoXPUDfYMTPZxpyPuxvez2/ZRMrX0fD6MnSIVNZQ5S22r2"
    "/HE74MNgi3Q8et6FbfkI7706weUYXHbT+LtvWKyDXo+PMPx531+2H4QnVoWZAwE9BEyxSq"
    "4ufZdJJxUksTjnsA0dIC/wM6orWRPIM/rGzsRPuDhY10C2H6ln/eH+s6ZuSohoMVUU0iDC"
    "EecXAS9fLxCeJhCNI5m70h8TK/U6xvBzv2rQvOWm/f2NPQcmOU67kXlZQ9b1rtkT9Sz5uW"
    "qbSH3S1ahnDx+OQCzS0KOYuOUre+I6jH94Cjlq3vJGarFdIR+02KqW4N26Lsv2l7qBBw/p"
    "x3zpQ/CnIStAKgmYjZOE8QH4qWieZ8mg4etQvhdIxmEp0Eaq1iTWdndNl9oxhefpV0tyjH"
    "gWB5ddqLN0roImIaXCJeP4uNwHQFSTWYzb3Zegoagey7UkvCVu7ptIle6RP6jehXznQ9xW"
    "3nhCWQwkNfAXfeZPd8rr6+Nykzbdi8B0I1c2fpLUjoEdsmH7RCZONgcShgzoxXoQn7ip3X"
    "uI/BFOrYcmDsZk93L4lQMYSUY8ZNdxi2Sk4Soj3RuojXcVqidQWpA+PMC3eAFG6LJtYGsl"
    "2hujnuhNTWaLHfGm+P5rfLTWuQFoY9o0saD9pP9kiLCIY7FxdqlbZbO5lJBkNI0JJ/UiLN"
    "wLtzkpdooAZj6qyNIsP3mwzfz2xFnh2IGxLpZUj5RaGQ8ouckPKLRBAue6gEEPaG9xDdWh"
    "pbeQ3BkghnR4KFRJqP/zpOpEllkV6JsIUmy3/99v/ny0NL"
)
