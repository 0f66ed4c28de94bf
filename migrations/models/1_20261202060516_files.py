"""Migration 1_20261202060516_files: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

aerich passes the connection; each function returns the SQL of that connection's dialect.
"""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": {
        "upgrade": """
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
        CREATE TABLE "file_version" (
    "stored_file_id" INT NOT NULL REFERENCES "stored_file" ("id") ON DELETE CASCADE,
    "productversion_id" INT NOT NULL REFERENCES "product_version" ("id") ON DELETE CASCADE
);""",
        "downgrade": """
        DROP TABLE IF EXISTS "file_version";
        DROP TABLE IF EXISTS "file_version";
        DROP TABLE IF EXISTS "stored_file";
        DROP TABLE IF EXISTS "upgrade_pack";""",
    },
    "postgres": {
        "upgrade": """
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
        CREATE TABLE "file_version" (
    "stored_file_id" INT NOT NULL REFERENCES "stored_file" ("id") ON DELETE CASCADE,
    "productversion_id" INT NOT NULL REFERENCES "product_version" ("id") ON DELETE CASCADE
);""",
        "downgrade": """
        DROP TABLE IF EXISTS "file_version";
        DROP TABLE IF EXISTS "upgrade_pack";
        DROP TABLE IF EXISTS "file_version";
        DROP TABLE IF EXISTS "stored_file";""",
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
    "eJztXXtz27i1/yoY/XOTGScTJ7E319vpjGIriXZlydeS0+3WOyxFQhZqCmRB0o62zXe/AB"
    "/iC6QIiqIoBjOddE3igOLvAOB5n//0VqYODft1X9OgbQ/xwuxdgP/0sLqC9D84d09AT7Ws"
    "6B674KhzwxvuIO0ROorqDVdQOH5uO0TVHDpioRo2pJd0aGsEWQ4yMaObQvIECfDpgA4dFR"
    "k2UIHm2o65oncs03agfgEg1sjaov8JVAcQaDsnwHLJA/t74bAZwPMSGfA1e6xuavS5CD/s"
    "7QkuRv92oeKYD9BZQkKf848/6GWEdfgN2uGf1qOyQNDQE8AinU3gXVecteVdG2LnkzeQ/f"
    "i5opmGu8LRYGvtLE28GY2ww64+QAyJSn8vveYQl4GLXcMIOBLi7f/SaIj/E2M0OlyorsFY"
    "xKj9HxBd6ynKeDJTpoOZovQy7AspYngHlzQTM9bTn2p7b//AfsKrt6fvf3r/4d35+w90iP"
    "czN1d++u4/OgLGJ/TgGc963737qqP6IzyMI1A1ZFE2OPCbkwV3Rq/y0U1SpVCmPz+Ncohp"
    "DOYAxA3K4ZAI5mjhN4BzAYizwW8zNvPKtv9tsAvjr/3byy/92xfX/d9eenfWwZ3RZPw5HG"
    "7S/etv8fHlaPLR40PslFDtR8hZ0JdLlfAxjygq4Z1Z1gcGnL7PN8WA+MFZstX85k0BB0K8"
    "6aiXKWiDW2/9e0mMNQIZHorKWdtX9I6DVjBnfScoU3jrAenr8D/qQb/JU6VotQ+vB9NZ//"
    "omseSv+rMBu/M2sdzDqy/OU2zZTAL+Npx9AexP8PtkPPDQpF+NB+I9MRo3+73HfpPqOqaC"
    "zWdF1eNAhpfDSwku+5+aCkxOENbA4yM60Y6Nx/Tm0iSKkASQoNkuCLSfofWIAhGogeQpBG"
    "qCphKorfsO1YAqE1kXj1z5ygcsi/Ank0D0gH+Faw/oIf1NKtYgB9ZAn5htJjoygL+Hayi8"
    "Gu0soj5v5Pzk0qLvT98aOr5M1J9e9q8GPc6RUAOwdzY8Xnl1K6qJUzCBKv0FYHw3GvW85T"
    "tXtcdnlehKzjqmApFuZ9H+GJB9+vUWGqr3ErlARxrxLZ2sO5B7+JlvzRhuCUSzt1ZvV+kr"
    "KlYfvFdiz2ZP4oNWaGgIYS1rbCDh+K3Ghr5lQay/MrGxpur+EyRrwIQiqtnT3bVYgBVcza"
    "mizyYEVK0HVERQCWD6ITAXoQWB2TZeg1+h5YDnJcQZe8M+HnKP2cjYPYAcGxoLgOzQRvGC"
    "jTAQfmSTYuC4BNseF15Kg0ULDRbicn6TSpyU8KtK+JH9U1DMzxBKWT8r67NDEwoqUAkaCa"
    "pUoKQC1Sq5My3qiypQSY/Tjugm3V3HdS6U1qUyn5ochSp78ko9dQu2iY+NsJ66Zw3MdL3f"
    "zVO9vFsnRTqXGhu0VdGaYBj5VzVzZamYKkNMQ3EgVrET6EXhkFfmM6YqDDGfgWUyyIHqZB"
    "25dU0qVaF2qULe/2dgzfcghuOl/7Cc/xDZikWgYqsG5Jm+TNOAKs5ZwinSFORzSrsvzDdX"
    "mtU4P04mo4Sy+XGYdoPfXX8c3L449VhAByH/fM/K1bZrWSZxFP/0ETg4soTNSdhvWn2IRO"
    "AuTXoE2ktFRzZ7XVtxbV4cQi7GufQS6jTUxxV/0OzpzeS9CTbWwSf5SExZgfSQsWRl9Ncy"
    "LhXVQlSWeoR4V7+KhWZsmiNcBrkulfg2MpBGMeJ+ggVQGvmzdBwkZYmoEE/WtWD1JZqri5"
    "CZrvNABYUHhQ7B9gKSelbYLJitq7AhTFVICZsobBYx/wU1njgrAtaNP0tXQVogvqolgNCU"
    "HllQ/0Qn6o6xjON12BGlzhnDExC51gNRdahYFJEdgbrzp7qhJJ1Fy975DO+WbXq/AT2htM"
    "6zJ8ck+QKDcqg3lDMp972IGS+s5gTYmmlBHVD9UofYQaoBVGARtFLJGixVrNvAMdkllTiU"
    "k0BX7eXcpO+cNSrXN600K0uzcmvOhKRZ+bSUWfm0wKx8mjUre3tXWdI9IIJykqoerA+7jB"
    "NIn78vAfT5+1yc2a2UFZmdSZzv2i/TyTjHfLyhSFvckOaA/wKD6sP7WtK9vyxcrDEMwdxF"
    "hoOw/Zo976+9/X78eHAzhBLGtkzCWzq37SRpRWMTpBPepDG0CivaZPwsFcdnqLbjuQQqMD"
    "pNK3Oy2sxpAp/oJ6kKn5OUkstt5nIQvSIckxsjklGOBb7B+VoM2gydRHd7DGksBGv3MMdw"
    "piODWCDIMbZ3t4eRRguyBnhL2pGOFdvM5uXDe5g4x49ExdwEM//GSZFJar4Zss0clY+pNA"
    "O1ywykUTaLGCjC8Z0zTbwvYwN6n28Cep+xAEkL234tbMhWVvR5ikVM3dU43/1tsZtp6gbD"
    "N8N1frTRmwQ+INuBhCVK0O+94fuORANoC2aRsbQC3EC27UJb0SBx0AJpFB/xUGbuDJILW7"
    "hQKSZQxrqVcFg/0WMh50gRC6Vhx/tXf7KuYiUjapp38Yfbj6NLxXZmvjZlxAbtU5/6R9ww"
    "Qj+y9PT6Q+pYTepYj5BjNcnXA4LhndOwTs/L6ABpM3hMBThPawAuMUSADYZ3UL86K6VfnR"
    "XoV2dZ/co/K7j4DrC7yhj7kl72kLg5tHussBDDTAzy3s1gfDUcf74AAf097l/Ohl8HF4Ae"
    "yegJ3mNG3b+8HNzMBleUIaZfW4nVQu5VYNbbckmMBTmMaU4tTYOlVTPMXY4YkL8jMoQNck"
    "uQTa0x6wSYPUUSpSDaMUoJ91a4ddMz02hLFT/AnDTGQs2WP4FUbCsYeyrGAaSIZShAm0MB"
    "ZATXD8FmGfGxn4gPz0cqhmqcRGIq4zx2sXidlI/zuKVnyO3wctbLrt8aoN2EE3QU2PimzY"
    "G1VHUAXd/ZxB1YG/tsqg4hnlS6ZMJ7Wahsd76ZvJ6VNY3N2FXUZJp7peoA3vl1uBoB7dQD"
    "tyTiEiMwRtQD1x0xLr3purrYZJ73nt2cJaoOXKt4PTPZvyXlv+qlBw7qsSoQ/7wXU1Ke3u"
    "g1CVt8UFe4MR4m8RjBPHsXqRK+Gy4FN8MSP/5dZ0lM92EZo4q5jblxxfS6kna+fi/jyPbl"
    "x3xv9ka+3OrS9r8KpRzbvT6g87gGBHP2ng6gUAEVMIstCGb7GdDpXpkYbL4ylOQJAuR46e"
    "bYZH7vcDAvg73+B8gg5nY52GWk7X5LpFouoRJLtXTPNK20C7faLpz8/JQ8p5JE0obJsQsH"
    "sQUbVUkM4Bxq2a5jq7E4Ji7taNHsXrjtScqmmdzG25MC06uyPpC7ZwJIY52zo1vVEyFlL8"
    "1XDWIW1e3KQcyUK9iSTvW6FSAbPBPkOBB7snzQ+Y15OcDz0rQh8KZn0jsd+WJOpXdgIzqt"
    "1z5uI+O/5GgK+31WmUjdeEyw06O3E8G77JJULJpULGQbuk4KuaoWmgnLaowRRQd1xj0E7U"
    "FHRUKx2RFF52Ii9xKcLeN39qOn0Y0u3II+RiI1siyk0qQgNd2WaV8Fmi4/LErGnO0x5sw7"
    "QGuAtlv1qbOwRp+ZNpoJElFC+baCdDDRdoOBnaYoVQxbcwmDHcSpAf2fGnrywAvXYvqYfQ"
    "KoKu/Qsa9fv375M1PmmfuPav6IqvN+2/hc3+LeniNdjO2yBEgX455djJAgU1dWJnaWIs0A"
    "M3TNiYqnb1u9luPpWxg+2wrP4sGMWXlpWzGiInvW0X5xeeAx81S2zJSfB5xFb1uBqYhOlp"
    "Yqn20o9UWpL7ZM9i7jGT2o8L1xmOYL3nGf6nahO+7T3XN5Gkcl9K6SqlLj2r7/yzZdokHe"
    "XSkAN1rEBvHywsoVAwlp2ywM90bDy8F4OrgI1bB73L+6moynFyBK0hKve1mm5E1R1UteUZ"
    "a8Gh/lqrI0XuijxrIsYQmWsPzKPb7sjy8HoxG7qLFXNgx29WpwORqO2UUdagbC1Qq11M89"
    "k76LUkm+4VDW4mvowJkVS1/wvySCZaGSVNL9WMb9qJkrS8VrRdQskqbrHNp7MY6EqPlOcs"
    "7pP4Pf8jpJZEk7gHlRMMrgt1lCEc20tdrEoowm48/h8HSvqzQDsEMF4ArLPUnXAegbWe4+"
    "anAlGESSIewe3mdlOujRUfl4n2V66IWFezB8VnIdnYW2rpwZZJEtAbOXZXrPKy8SRgTNmb"
    "veHIkk6Oels7+EekOmyGSDyOIvaYUGkQRSMOxqBcbStDLKttVRtlT1RnolRicpZb3ANnPZ"
    "Rg9YdVwiJBcniCoJaS3jaANSsQPJyq5SdjZD2D3A9xHB7h9Bop0bM3QyIlh6eJsL9AgFJN"
    "Fly6GUCzcLcNIZKQYxl1Yu43wzfiWUubQS5XyUK53FXFp5YMiYm0PmaGQjRWSqxhaMud+k"
    "ElBnQ3Yk1Fug5n6YykN9iJOjZWezINLC50dcBq4B525nI3EUhpykJL5WLQHeAnDGkCCc85"
    "Ut1HOAauNHgn4TnSKjQr35QbqJYr7bo3SjWsLe+H3G6cpo2yajbU1KIxjGFiNpc5xtm6LY"
    "WLiCIMoxEolyOZSRrSR6sHG+P1vyqDLkDQaWHMYNWGNcCTsXCFyZT6qh6PSMF3fH8meQbt"
    "k2u2X9vVKpjVuCUsZYHAWbRf09GTppvJVuSmkUP/SZVHuJ3mifS4PLFmgzR2KriuxMXGdu"
    "frtmce0c60Hs7kmR3cD0xilheLw0GBzVGXpSYDDQoe5a0GsikwG3qOpmnKoehfawMO8/Do"
    "9ADVkI8txe+UAniDpoONhLXortzv8FNSGcYyQdRPldqfX8rmA9v8uu57mpc86M/IzCcHwn"
    "8G08kVB2V/8R1HLVceDKEsrmipPIfK60Ko7pcaQEEFXYPBxyuYNavYNsKitVYHSMrBH79A"
    "F6U3aCvYZqOwokhFf3N1/0SFJ1ILm7CfEjY3k7jAHjRrXtZ5Pot9CGTo9jw0gOOCkyY1jB"
    "UIVsxpaoCWxi+IptfGAg/Mhae1JaoIJwMvDivneH2SPYPcN8AAjf07m9fqEYPoOglMb/2G"
    "CBiO2wIQjz+gjt80nS7tIuu4tjPkKsLFV7KaKmJqk6Z3c5L2MMOM+3BZznlqiQelOnxQL4"
    "zUJ0ugpsTlJKNreazW61VsJurV2E2+mm6gp/BXsoxSiky3y7y9y1a+m2WtKh2zZwy3p0Y4"
    "uqTSWbb4ipu5rzNSjIwFOFkiNOCnUhf2y8vkO9bt1/9OZE9ev3hs/4Q6ocB1Q5KpQA2bX4"
    "R9tOgH1X/2ArXhPS6CIKCXAJgAk9jFUmzok2JUmQ7diWpG2gF4DM6UvincpiUlacRIpZ28"
    "WszYdvRznrYzjPkcFbVtCKrytRSStmSkPaI+T5TEXSE2feJEer/mUTExN6lfVAVB0qFgVk"
    "R5zu/KluKEmHFuauaZwR1Atk8EqHXqt4PTPZvyW3/tShh4X+ic52dDbdgt3vvZyS0lqSr0"
    "rYEmQlgZNSq4+pSTx2sLhDT0RihAqDPDhENgwLRgRKTjBHMMhZEtN9WIbcimtA3EOIXlfS"
    "esT3bZqaF03GV9HCQLNC3WwzaL89dGR7nEP7gZBjCJXA3BB0UF/YS5ziMXa+MVQc9p4R6X"
    "wz6o+95jUBPet8Mxt+HbC+N6yh4D2ejJUvkxEdQV9kaRqsD87k+mY08JrjMO8xO/tyuuOk"
    "/dXlAqlLxVEXhFFzuEkc0Z6UCaIfuSclxLoodjGSHxk56UiuAuTxeaC8ltuVnIwJSsnmVr"
    "O5UolQWRtU1A4m6/yVt4WVKvBXyhym2rsaeQIldUZn6hDiiRMgx04jgpKQiaadwk+z9czi"
    "yyrfNBKuuq3mEcUJR+65z/DGNBzvLxyz0UjLibScSMtJGu6DWE4cUzdFzSazydWEbg1KeY"
    "+HY+XmdvKZfnGnFwBhhe5yJnfa9/jjaHL5KzOIzA2TngesWTAVTi+AbmIoDSZH9+Urqfaz"
    "smVi0EUUPzJu0lxSBcij06OlueSHYHMocAvJsUkiaS7htVLxNAvBFipxGll9b6sNKqan7W"
    "iDirnuj2zdlrVBJbfs9ipxkWa8I7Rdi75KA5vYtE3Xh4vZY23WQBPWEqBUNQfkqEKTwpdM"
    "ByXFLVC8yKRYBgknJGlDmg1IStwN2ZW7GU9SkUn+l7vQBjelymxO9kh466TI9mbHBpXInW"
    "cv8Arh12CCjTVwlhBMv/RfvT07B+bC+3MOVQIJ8BKbAbKBH9PFS47fZSqZ/d4y253Mfu/J"
    "7PcWfLk7oZ555W1sSPeGOKPTtJLVrWa1LHTwQ7CZwCf6ratycCcpZbmDNnNZljuQ5Q5aYJ"
    "xoabmDWHgNT1lNBN8U6KtRjlApnXW3UJGFaej+WvFTQL1IkehiGA+XCCCRYSONqp4RN6oE"
    "NUTUbQ4i6d3cTq7uLmcXIEiAu8c3/dnlF/q36mhLP+ujP/77RVgxkN6/nfwyCChCK7eoAn"
    "taJnjhND944TQTvPCIeHnU5VgV0rabUf3LX/ufB4wx2iM9B+9x/+pqMr4AXsvVNNuuJpd3"
    "14PxjEWdaO4qaAtweDZ5P9Y3jnKZlRNPnaDqQFXWBppIIFtZEAj9jrxZsLc1REzSNtgNcX"
    "PlaNsh2vAJEuTktEkpEQ4Xo6+01ptRxHqjyd8ugGE+3+PrwdXw7voCrKCO3NU9/jL8TI+i"
    "JXpgH5Db4Wx42R/RLwh9KaSpRjtOIh3ZlqGuhc+iNF2bPxptOo/ivywDd35B7hRZB87+Ir"
    "vEPhqCBHqN6DpPkXXOh/KhzBr/kL/EP2RWOH2cw5oDeBgJIJ2m6+CJclrqRDktOFFOOUHn"
    "6E9ep2f0kKv5hhRdsoj979u379799PbNu/MPZ+9/+unsw5uNHpy9VaQQfxx+ZrJMAn+OcL"
    "NU356dCx0kG4oOLmzpiZUW/aPKK26Zk6buONlDlCzsOKSHCunuOKyuZZiqXqGxepZQwtvK"
    "+gItQ7jW8gKcA6IGbMvHzR8ptgVh83xsm64Pe6S45paH5aMaO0JrwLbbTeuzn5vDZSUkKn"
    "zulpSQbYBwVLYs0fSE7OumExWiMifJBAVuYdR0qkK2vuqupVNLJCgEqUCckI8oSSg/3CPK"
    "SGq+cCoL6oiKHniBtSto2/Q1mfIuwzwaDfPA7mrOC/PIBTYiqMeO2AF0Y/kaucbv7Y7PYz"
    "CA96b90WB6AWyVHpf3eHp3czO5ndG/XcsyiZMNj7nHnwfjAZVBLoD3Bkir4v+sv9qHDi2V"
    "OGFkSBV2JWfoAtOmG66xMi7D0Wg4/nwB5sgwGKdawbYjrLRju/MVchzxKsXTu4/Xw5lXcX"
    "gzxz3uT6fDz17x4iDrUS8qxnNzO1AuR5OpV+yYQEUzTNurWxxcC/++HUxuBt6sBJoWDGsq"
    "H5zfFkHmLsEkcfoGeY5NsgoiPQQYft3/ZXJ7AVbqv0xyj8eT22sWN+LPdY+vh2PvLsJ+d+"
    "7Dx5AsTfqp5mUmFkZXxahkXJVAXJUs47bvMm7IVgzzQXA5R0RyNQusZoqZpz0LrOcYSS1x"
    "gS2Kxqm//5v0o1dZ4EfnR5d1xX4INqdtZIK85pBLhrea4QtEWLkBR10sFDqtRd+0CuMLpp"
    "EZz23m/4ZZrEpqleT2DLnkd5v5bT5BQnklqHvEqKTyIZKiZBpPlYSmBKHcUW3eUZG1swKf"
    "M8SS123mdWU+Sx4fDY8p6oEXKsng6Uo1jFxndUTVoSjRd29/Ot84qtkfRT7q6XWfOfLSn0"
    "AfGIrUiu8DzU9JzFK2OEu3lq2yj7REUtFsE6eTB1abDyzZOm8/ITZhsV9BYJNUHfoa1Aes"
    "SzERrLOWoJGgctOHWPyokgwgLZ9GxCGWMLcy36Vt5+7eEl78PV8Dtt3OHEgcjTlJAwUnRQ"
    "34Cgf5HynS/GOyBOTxvgFyLRet5aT0JJwCkziZoW0rCC9MjrFboKls35toGMzTkbM5rUCE"
    "UCkEqvqOXXgjwG7pZF0FLdtwpDJgYs2dj2RnJ1eY46jakplxdoTKzzjqb6br6upaIpbqxY"
    "laEwfrSzRVF5EKok1qWVfX/lxdgqq2nFADaRDbtTSqGvlTVYH5qJJBY++ZzgL1syJ5eaAB"
    "zjkJoIm2ZbHcz+C6ET2x3uzP2ImbmweaPJW3ZYQqanJ4idZVLMEV+GRQB44JVBDs/p/9dl"
    "NrB9rAQE8QIOxdYScfvQ1cul4I+Ges1t4/eQ2t6n9AmcTVVXTqUL7KrNRGs1Jl1caGqjbK"
    "OrDN1oGVVTJllczm7ewNV8mUySfbhNVOeLjDjAIhCShJ1KVNduTdzruOqqw42KQHtvmO52"
    "1bv2V9K/ktz7mt5GNqaS3Ids+4lgY4+cXZjrAsj3dM5fFKWMkuWXyDZ+XJMZGFA05K2Me0"
    "2NitxrEvKtZtYLoOWLr0R75aqBpFHfhTAb+Sln0BTAwBMZ9PwNxdWVAH87V3SXXMFdKAa9"
    "El5ACLtWz3CLM2sj0+Z4eO8KI2hc6abepK78+3lz2pBjd7rEDP3ZB0SVpsQNHNCD2HPNpC"
    "L2Lu0RZzM2492mLezRJ2f8uCWH9lYmN9AZ6XJnjBfiBYmMS3wK9tB65entBbELN/VQdoSx"
    "XTdzkB9LSiV9YcW39Nk5ax78cqYMqikw2b98UNQ9IgdAQGIXpgcCMXC1pbajkBAF0waNdf"
    "1WdBzJVSVAORj3KKrAv5WvsuPEhXuTjOCSKJ8naUCVRtsQMjouhAL8QGatrRA1Y4pydGIi"
    "2d0jwv7cetNsEJ2o+93S3tmluTopxtuTuHVPtDo32u2h+z6m9V+2MehT33gog2dczPL1Xv"
    "RlVvy50bSON+vfKlrgRR58yz9cu1c1Pn+I7ya2qE4zuhBDddSgOxHCkHEuxXXE9ZwLfUbo"
    "5TyhpqAjXUQpvCYiEIepJQYi6AuYyrq3ToHJ0ZVRbiqF9rJ9Ay1lQ8FYM1RSWBleYQaQ5p"
    "teYuag6RxUz2UcwkPDdrW7HlwxSPFOHUl2aXEhsyq18sV51Bj5pOVT+SZbprpnqhMfPOei"
    "CqDm/oZD2OKTN++6TIkOn6AxUrHNlYS1ttaSJ6eP2RbGkLv1mI6gPSutl8YJGuewWgOJv5"
    "l+lknKM7xYnSujHSHPBfYCB7b8df7y8LF3txMGDuIsNB2H7NnvfXfbmdCxBmIBUb6NK2uJ"
    "Ok/ssmSBvoFgRCpRJnspSSPbWzRyXaEj1VblscI2+z+bo3+/w7Pese/rzHvw9vLsCfyOqV"
    "O7ISvoKzEq6Cs1xPwVkmHdz/fnChz7HkbSjajHZFT8z5+xLwnr/PxZfdSgLMmtkq4iinyL"
    "rWb7B+nI+wMTMd6kLhrsz/dze4Y32Sfep7/PFuOLryG2XTr4NOecC6Kfev/s5aKav6+h5/"
    "6g9HjGKhIgNW6qtcf+vesEO0gAgaJ2nOZPem1YKojGTkfyRLRTKeFUQynnEqeRyuJFDLdP"
    "V91wQ6hpopez4XZMGUtiz2Ljl2PYGgUjvHiE42fWkzh2OWP0EeJykll9vMZdnaZz9CdLLI"
    "aklck0QSV65yQl/LdirUPuJQyhgYTgyMSh5gxSY/XFq5jGWTn13ctiflm/xww2JiFat3xH"
    "aHquJHgm3yA7Qd2+SGrwFi4T4/x4o096gs0bEq/hWrAe9uh3pxPvmtyoDz0OdFi9jbKni5"
    "dtm6XX1WBcs2sVeDhrU+sgHCF0AFmms75goS8GKp2kDFIDhYXwKTAC+pIbgDiMmK1mMd6N"
    "BSicPip17yitvv70E7VO6SsSl7iE2BKxVxMpTyTdcbgu5l3J2VcUDSUfk5d2cZFyQrkU53"
    "tSKMc4awg571vSB+2AJ/LXJ47aVVgKXa9rNJP5f0nF+KwJwhlHiXwTvUkTyYuHCXCIZKzd"
    "Fid2Pv5nZ43b/9+wWwCFqpZH2P+1df++PLwRUluZyMr7ybqv7E3lRXbEhZonvjYrc3V9Oi"
    "TTk21p147UlGChOJqnIwOUOb+df/PBjPKIPor3EoT/qjwZTyQzWgfY+vBl8Ho8nN4PaCio"
    "VP0DCpmHmPPw5HIz9UBRmGF6lyNbjp386u6UTKl0H/6iImRCpLqOpsTVwPx2wZrBBuB4+j"
    "n1iVx8kZ2szjJFendzc3k1vKc9u1LJNQrt/cTn4ZXM6mbBN73SrtLJfbwTVkK6zYHy/OdF"
    "uOfkTXYLZ4KBwfbbI4hs821dkdSKgKaCFNKPCaSyxjrxOsqSP2WgZ+5B9ILOphgo11b5Oy"
    "dQwO5ODc2BIHsjKfKnE9SSmjBGSUQOtZ2kEvYMsQrsEJGPlNSmUYR53pOdJcpZ703UE9fQ"
    "aESCnse7ZjknGE1y2drKuYWYgKnY8Q7wqWhWZsmiOUfUrhFPqd/Q4IO4IVuOnLd6U/xpWl"
    "Qw2xZkV0BLYXkNSD2SyYraOgRf5gCVuF3ekSo9YdekeMS2+6juK2cV5QSRzuWsHkJpjsls"
    "3V1e+ATUUCOu+OUE39WboK0qZR3QIZu+7EqZdS9gkZXd2DdNdQzYmd+F5Rm1oq43QUKolQ"
    "OYSUQ1alOmLYahEdMq3gOohXUMVeVvEq8SmMqmXtCFeqQldHwNoxejVRZYH5ZBVHtXlIX6"
    "t4PTPZv+UDvdl8MzpdFTntoAGABUZK7+2UVDhv6l0JW4thHn8kogT73SQeZx7hOg17YOzc"
    "MC8YwkKBg1vOkpjuwzJDGD4hYysNg/rpdSUd3/q9MHS5DwnS2JMywcvBnZOi8GU1GrPP+n"
    "YyKLjJoODcLJD88L4YSScDVcuU2KKjCgJVM2W22KYSQDgY3kF0T0sFTp4WBE6eZgMnWfw0"
    "NxorP74kRtJ8VMlh/Ne1xY9knKFN5uF8/384Ou5s"
)
