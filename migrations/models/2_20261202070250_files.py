"""Migration 2_20261202070250_files: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

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
        DROP TABLE IF EXISTS "upgrade_pack";
        DROP TABLE IF EXISTS "file_version";
        DROP TABLE IF EXISTS "stored_file";""",
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
    "Ut1HOAauNHgn4TnSKjQr35QbqJYr7bo3SjWsLe+P3G6RK4Mp9UQ6H/z64TxYb0Q+bb6E26"
    "msL7Op1IlqppOj6XcUAw8C1G0ubI3DbFvbEAB0GUYyQS5XIoI1tJdG3jfLG2ZF5lyBsMRT"
    "mM47DGSBTOYZ5hQLEDlz+DdOS22ZFb9HkXi9LIn0eugDavAHpuaiYhMKc62rYzN0krY/8E"
    "Tlz/O1Wp6WKCUkZEtXqDhcwS9c5m6KSrRQYVSBfWoc+k2gtqR/tcmke3QJs5EltVEmviOn"
    "Pz2zXLQuHY+mJ3T4qsfKY3TgmTWfZq3pPGuiaNdTrUXQt6LZ8y4BbVyI1T1WNMOizM+4+a"
    "pRoJshDkOanzgU4QddBot5csMtud/4uqfyI4x0g6iPK7Uuv5XcF6fpddz3NT55wZ+fm/4f"
    "hO4Nt42m+Q1lhBLU9QSrW81Wq56jhwZQnlXsZJZPZlWhXH9DhSAogqbB4OudxBrd5BFV0F"
    "TXsGDtBJthPsNVTbUSAhvCrd+aJHkqoDpRiaED8ylrfDGDBuVNt+Nol+C23o9Dg2jOSAky"
    "IzhhUMVchmbIkK3iaGr9jGBwbCj6wRL6UFKggnAy/ue3eYPYLdM8wHgPA9ndvr7ovhMwgK"
    "3/yPDRaI2A4bgjCv69c+nyTtLu2yuzjmI8TKUrWXImpqkqpzdpfzMsaA83xbwHluQRmpN3"
    "VaLIDfLESnq8DmJKVkc6vZ7FZr/O3W2vO7nW6qrvBXsONZjEK6zLe7zF27lt7IJR26bQO3"
    "rEc3tqjaVGD9hpi6qzlfg/IpPFUoOeKkUBfyx8arsdTr1v1Hb05Uv9p2+Iw/pMpxQJWjQs"
    "GeXUv1tO0E2HetHrbiNSGNLqKQAJcAmNDDWGXinGgLoQTZjk2E2gZ6AcicLkLeqSwmZcVJ"
    "pJi1XczafPh2lLM+hvMcGbxlBa34uhKVtGKmNKQ9Qp7PVCSZeOZNcrTqXzaNOKFXWQ9E1a"
    "FiUUB2xOnOn+qGknRoYe6adB1BvUAGr9DvtYrXM5P9W3LrTx16WOif6GxHZ9Mt2P3eyykp"
    "rSX5qoQtQVbAOym1+piaxGMHizv0RCRGqDDIg0Nkw7BgRKDkBHMEg5wlMd2HZcituAbEPY"
    "TodSWtR3zfpql50WR8FS0MNCvUzTaD9ptJL5tZHdoPhBxDqGDthqCD+sJe4hSPsU+VoeKw"
    "U5RIn6pRf+y1mgroWZ+q2fDrgHWpYu0/7/FkrHyZjOgI+iJL02BdqybXN6OB18qKeY/Z2Z"
    "fTyyrtry4XSF0qjrogjJrDTeKIdpBNEP3IHWQh1kWxi5H8yMhJR3IVII/PA2XpFdmcpJRs"
    "bjWbKxX0lZV8Re1gsipneVtYqXKcpcxhqr2rkSdQUmd0pg4hnjgBcuw0IigJmWjaKfw0W3"
    "0wvqzyTSPhqttqHlGccOSeu4JvTMPxbuAxG420nEjLibScpOE+iOXEMXVT1Gwym1xN6Nag"
    "lPd4OFZubief6Rd3egEQVuguZ3KnfY8/jiaXvzKDyNww6XnAWntT4fQC6CaG0mBydF++km"
    "o/KxkoBl1E8SPjJs0lVYA8Oj1amkt+CDaHAreQHJskkuYSXuMjT7MQbHgUp5HV97baoGJ6"
    "2o42qJjr/sjWbVkbVHLLbq8SF2nGO0LbteirNLCJTdt0fbiYPdZm7W5hLQFKVXNAjio0KX"
    "zJdFBS3ALFi0yKZZBwQpI2pNmApMTdkF25m/EkFZnkf7kLbXBTqszmZI+Et06KbG92bFCJ"
    "3Hn2Aq8Qfg0m2FgDZwnB9Ev/1duzc2AuvD/nUCWQAC+xGSAb+DFdvOT4XaaS2e8ts93J7P"
    "eezH5vwZe7E+qZV97GhnRviDM6TStZ3WpWy0IHPwSbCXyi37oqB3eSUpY7aDOXZbkDWe6g"
    "BcaJlpY7iIXX8JTVRPBNgb4a5QiV0ll3CxVZmIburxU/BdSLFIkuhvFwiQASGTbSqOoZca"
    "NKUENE3eYgkt7N7eTq7nJ2AYIEuHt8059dfqF/q4629LM++uO/X4QVA+n928kvg4AitHKL"
    "KrCnZYIXTvODF04zwQuPiJdHXY5VIW27GdW//LX/ecAYoz3Sc/Ae96+uJuML4DVITrPtan"
    "J5dz0Yz1jUieaugrYAh2eT92N94yiXWTnx1AmqDlRlbaCJBLKVBYHQ75+dBXtbY7wkrWyM"
    "J9AYz4ZPkCAnp01KiXC4GH2ltd6MItYbTf52AQzz+R5fD66Gd9cXYAV15K7u8ZfhZ3oULd"
    "ED+4DcDmfDy/6IfkHoSyFNNdpxEunItgx1LXwWpena/NFo03kU/2UZuPMLcqfIOnD2F9kl"
    "9tEQJNBrRNd5iqxzPpQPZdb4h/wl/iGzwunjHNYcwMNIAOk0XQdPlNNSJ8ppwYlyygk6R3"
    "/yuqyjh1zNN6TokkXsf9++fffup7dv3p1/OHv/009nH95s9ODsrSKF+OPwM5NlEvhzhJul"
    "+vbsXOgg2VB0cGFLT6y06B9VXnHLnDR1x8keomRhxyE9VEh3x2F1LcNU9QqN1bOEEt5W1h"
    "doGcK1lhfgHBA1YFs+bv5IsS0Im+dj23R92CPFNbc8LB/V2BFaA7bdblqf/dwcLishUeFz"
    "t6SEbAOEo7JliaYnZF83nagQlTlJJihwC6OmUxWy9VV3LZ1aIkEhSAXihHxESUL54R5RRl"
    "LzhVNZUEdU9MALrF1B26avyZR3GebRaJgHdldzXphHLrARQT12xA6gG8vXyDV+b3d8HoMB"
    "vDftjwbTC2Cr9Li8x9O7m5vJ7Yz+7VqWSZxseMw9/jwYD6gMcgG8N0BaFf9n/dU+dGipxA"
    "kjQ6qwKzlDF5g23XCNlXEZjkbD8ecLMEeGwTjVCrYdYaUd252vkOOIVyme3n28Hs68isOb"
    "Oe5xfzodfvaKFwdZj3pRMZ6b24FyOZpMvWLHBCqaYdpe3eLgWvj37WByM/BmJdC0YFhT+e"
    "D8tggydwkmidM3yHNsklUQ6SHA8Ov+L5PbC7BS/2WSezye3F6zuBF/rnt8PRx7dxH2u3Mf"
    "PoZkadJPNS8zsTC6KkYl46oE4qpkGbd9l3FDtmKYD4LLOSKSq1lgNVPMPO1ZYD3HSGqJC2"
    "xRNE79/d+kH73KAj86P7qsK/ZDsDltIxPkNYdcMrzVDF8gwsoNOOpiodBpLfqmVRhfMI3M"
    "eG4z/zfMYlVSqyS3Z8glv9vM70ApVp5VRPcrCkwZIiznzyC53maum0+Q0B0qqHHGqKTKKZ"
    "KYZhpPlUTlBKHcUW3eUZGNuwKfM8SS123mdWU+Sx4fDY8p6oHvMcng6Uo1jNwQhYiqQ7HB"
    "797+dL4JT2B/FEUmTK/7zH2b/gT6wFCkVnzPd34iapayxbnZtWyVfSSjkorGujidPLDafG"
    "DJhon7CawKSzwLApuk6tDXoD5gXYqJYHW9BI0ElZs0xqKGlWTYcPnkMQ6xhLmVWU5tO3f3"
    "lubk7/kasO12vkjiaMxJFSk4KWrAVzi140iR5h+TJSCPd4uQa7loLSelJ+HEp8TJDG1bQX"
    "hhcozdAq2E+95Ew2CejpzNaQUihEohUNV37L0cAXZLJ+sqaNk2M5UBE2vpfSQ7O7nCHEfV"
    "lsyMsyNUfp5ZfzNdV1fXErEEP06sojhYX6KpuohUEGNUy7q69ufqElS1ZQIbSIPYrqU92c"
    "ifqgrMR5UCHHvPdO6vnwvLy/4NcM5J+000q4tl/AbXjeiJ9eb8xk7c3Ozf5Km8LQ9YUZPD"
    "SzQsY2nNwCeDOnBMoIJg9//sNxlbO9AGBnqCAGHvCjv56G3g0vVCwD9jFRb/yWtjVv8Dyq"
    "Qrr6JTh/JV5iI3mossa3U2VKtTVv9ttvqvrI0qa6M2b2dvuDaqTDnaJqx2wsMd5pEISUBJ"
    "oi5tsiPvcd91VGWdySY9sM33uW/b+i3rW8lvdL/pJsc5dGtDtnvGtTTAyS/OdoRlUcRjKo"
    "pYwkp2yeIbPCtPjoksHHBSwj6mxcZuNY59UbFuA9N1wNKlP/LVQtUo6sCfCvj10+wLYGII"
    "iPl8AubuyoI6mK+9S6pjrpAGXIsuIQdYkASEWRvZHp+z3VSWaxkTtSl01mxTV1GHfHvZk2"
    "pws8cK9NwNSZekxQYU3YzQc8ijLfQi5h5tMTfj1qMt5t0sYfe3LIj1VyY21hfgeWmCF+wH"
    "goVJfAv82nbg6uUJvQUx+1d1gLZUMX2XE0BPK3plzbH11zRpGft+rO6pLDXasHlf3DAkDU"
    "JHYBCiBwY3crGgoamWEwDQBYN2/bWcFsRcKUWVL/kop8i6kK+173KTdJWL45wgkihvR5lA"
    "1RY7MCKKDnTAbKCSIT1ghXN6YiTS0inN89J+3GoTnKD92Nvd0q65NSnK2Za7c0i1PzTa56"
    "r9Mav+VrU/5lHYcweQaFPH/PxS9W5U9bbcuYE07tcrX+pKEHXOPFu/XDs3dY7vKL+mRji+"
    "E0pw06U0EMuRciDBfp39lAV8S8XuOKWsoSZQQy20KSwWgqAnCSXmApjLuLpKh87RmVFlIY"
    "76tXYCLWNNxVMxWFNUElhpDpHmkFZr7qLmEFnMZB/FTMJzs7YVWz5M8UgRTn1pdimxIbP6"
    "xXLVGfSo6VT1I1mmu2aqFxoz76wHourwhk7W45gy47dPigyZrj9QscKRjTUy1pYmoofXH8"
    "lGxvCbhag+IK2bzQcW6bpXAIqzmX+ZTsY5ulOcKK0bI80B/wUGsvd2/PX+snCxFwcD5i4y"
    "HITt1+x5f92X27kAYQZSsYEubYs7Seq/bIK0gW5BIFQqcSZLKdlTO3tUoi3RU+Vm1THyNp"
    "uve7PPv9Oz7uHPe/z78OYC/ImsXrkjK+ErOCvhKjjL9RScZdLB/e8HF/ocS96Gos1oV/TE"
    "nL8vAe/5+1x82a0kwKyFsSKOcoqsa10m68f5CNtx06EuFO7F/X93gzvWHdunvscf74ajK7"
    "89Ov066JQHrId2/+rvrIG2qq/v8af+cMQoFioyYKVu2vU3bA77gguIoHGS5kx2b1otiMpI"
    "Rv5HslQk41lBJOMZp5LH4UoCtUxX33dNoGOombLnc0EWTGnLYu+SY9cTCCo18YzoZNOXNn"
    "M4ZvkT5HGSUnK5zVyWrX32I0Qni6yWxDVJJHHlKif0tWynQu0jDqWMgeHEwKjkAVZs8sOl"
    "lctYNvnZxW17Ur7JDzcsJlaxekdsd6gqfiTYJj9A27FNbvgaIBbu83OsSHOPyhIdq+JfsR"
    "rw7naoF+eT36oMOA99XrSIva2Cl2uXrdvVZ1WwbBN7NWhY6yMbIHwBVKC5tmOuIAEvlqoN"
    "VAyCg/UlMAnwkhqCO4CYrGg91oEOLZU4LH7qJa+4/f4etEPlLhmbsofYFLhSESdDKd90vS"
    "HoXsbdWRkHJB2Vn3N3lnFBshLpdFcrwjhnCDvoWd8L4oct8Ncih9deWgVYqm0/m/RzSc/5"
    "pQjMGUKJdxm8Qx3Jg4kLd4lgqNQcLXY39m5uh9f9279fAIuglUrW97h/9bU/vhxcUZLLyf"
    "jKu6nqT+xNdcWGlCW6Ny52e3M1LdqUY2PdideeZKQwkagqB5MztJl//c+D8YwyiP4ah/Kk"
    "PxpMKT9UA9r3+GrwdTCa3AxuL6hY+AQNk4qZ9/jjcDTyQ1WQYXiRKleDm/7t7JpOpHwZ9K"
    "8uYkKksoSqztbE9XDMlsEK4XbwOPqJVXmcnKHNPE5ydXp3czO5pTy3XcsyCeX6ze3kl8Hl"
    "bMo2sdet0s5yuR1cQ7bCiv3x4ky35ehHdA1mi4fC8dEmi2P4bFOd3YGEqoAW0oQCr7nEMv"
    "Y6wZo6Yq9l4Ef+gcSiHibYWPc2KVvH4EAOzo0tcSAr86kS15OUMkpARgm0nqUd9AK2DOEa"
    "nICR36RUhnHUmZ4jzVXqSd8d1NNnQIiUwr5nOyYZR3jd0sm6ipmFqND5CPGuYFloxqY5Qt"
    "mnFE6h39nvgLAjWIGbvnxX+mNcWTrUEGtWREdgewFJPZjNgtk6ClrkD5awVdidLjFq3aF3"
    "xLj0pusobhvnBZXE4a4VTG6CyW7ZXF39DthUJKDz7gjV1J+lqyBtGtUtkLHrTpx6KWWfkN"
    "HVPUh3DdWc2InvFbWppTJOR6GSCJVDSDlkVaojhq0W0SHTCq6DeAVV7GUVrxKfwqha1o5w"
    "pSp0dQSsHaNXE1UWmE9WcVSbh/S1itczk/1bPtCbzTej01WR0w4aAFhgpPTeTkmF86belb"
    "C1GObxRyJKsN9N4nHmEa7TsAfGzg3zgiEsFDi45SyJ6T4sM4ThEzK20jCon15X0vGt3wtD"
    "l/uQII09KRO8HNw5KQpfVqMx+6xvJ4OCmwwKzs0CyQ/vi5F0MlC1TIktOqogUDVTZottKg"
    "GEg+EdRPe0VODkaUHg5Gk2cJLFT3OjsfLjS2IkzUeVHMZ/XVv8SMYZ2mQezvf/B9wqwrA="
)
