"""Migration 3_20261202073057_files: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

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
        DROP TABLE IF EXISTS "file_version";
        DROP TABLE IF EXISTS "stored_file";
        DROP TABLE IF EXISTS "upgrade_pack";""",
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
    "eJztXf9zmzja/1c0/uVtZ9JO0zZtL3tzM27ibb2b2LnY6d3uZYfDIMe6YMEJSNZ3t//7K/"
    "HFIBAYYWxjqpmd3Q3oEebziEd6vv+3t7RNaLmv+4YBXXeI53bvHPy3h/UlpP8juHsCerrj"
    "JPfYBU+fWcFwDxmP0NP0YLiG4vEz1yO64dERc91yIb1kQtcgyPGQjRndBJInSEBIB0zo6c"
    "hygQ4M3/XsJb3j2K4HzXMAsUFWDv1foHuAQNc7AY5PHtjfc4/NAJ4XyIKv2WNN26DPRfhh"
    "Z0/wMfq3DzXPfoDeAhL6nH/8Ri8jbMLfoRv/6TxqcwQtkwMWmWyC4LrmrZzg2hB7PwYD2Y"
    "+faYZt+UucDHZW3sLG69EIe+zqA8SQ6PT30mse8Rm42LesiCMx3uEvTYaEPzFFY8K57luM"
    "RYw6/AHJtZ6mjcZTbTKYalovx76YIoV3dMmwMWM9/alu8PYP7Ce8env6/uP7T+8+vP9Ehw"
    "Q/c33l4x/hoxNgQsIAntG090dwX/f0cESAcQKqgRzKBg/+7uXBndKrYnR5qgzK9OdnUY4x"
    "TcEcgbhGOR6SwJws/D3gXALidPD3KZt56br/ttiF0bf+7cXX/u2L6/7fXwZ3VtGdq/HoSz"
    "zcpt9v+ImPLq7GnwM+pKSE7j5CwYK+WOhEjHlCUQvv3LI+MOD0fX7XLIgfvAVbzW/elHAg"
    "xpuOepmBNrr1NrzHY2wQyPDQdMHavqR3PLSEBeubo8zgbUakr+P/aQb9fUqVstU+vB5Mpv"
    "3rG27JX/anA3bnLbfc46svPmTYsp4E/G04/QrYn+DX8WgQoEl3jQcSPDEZN/21x36T7nu2"
    "hu1nTTfTQMaX40scl8OtpgaTOcIGeHxEEu3YeExvLmyiSZ0AOJrNB4H2M7SZo0ACanTylA"
    "KVo6kFauv2oQZQZUfW+aPwfBUClkf4R5tA9IB/hqsA6CH9TTo2oADWSJ+Yric6MoD/iNdQ"
    "fDX5soj+vD7n80uLvj99a+iFZ6L+5KJ/OegJREIDwN658HjPqxtR5aQghyr9BWB0d3XVC5"
    "bvTDcen3ViagXrmB6ITDeP9ueI7Mefb6GlBy9RCHSiEd/SyboDeYCf/dZO4cYhmr+1fLvM"
    "XtGx/hC8Ens2e5IYtFJDQwxrVWMDicdvNDb0HQdi85WNrRVV958gWQF2KKKaPf265nOwhM"
    "sZVfTZhICq9YAeEXQCmH4I7HlsQWC2jdfgZ+h44HkBcc7esIuH3GM2MnUPIM+F1hwgN7ZR"
    "vGAjLIQf2aQYeD7BbsCFl8pg0UKDhfw5f59KnDrh1z3hJ/ZPyWN+jlCd9fNnfSY0oaQCxd"
    "EoUJUCpRSoVp07s0d9WQWK9zhtiS7v7jouuVBZl8ptNQUKVV7yKj11A7bcZiOtp+5YA7P9"
    "4HeLVK/g1kmZzqWnBm1UtMYYJv5Vw146OqbKENNQPIh17EV6UTzklf2MqQpD7Gfg2AxyoH"
    "t5R25TkypVqF2qUPDfHKzFHsR4vPIfVvMfIldzCNRc3YIi05dtW1DHBUs4Q5qBfEZpd4X5"
    "+sp+Nc7P4/EVp2x+Hmbd4HfXnwe3L04DFtBBKJTv+XO16zuOTTwtlD4SgiNPuL8T9ptWC5"
    "EE3IVNRaC70Ezkstd1Nd8VxSEUYlxIr6DOQn1c8Qf7ld7svDfG1irako/ElBWdHkotWQTO"
    "ISG6RdlpSm3POcJG4qoOewLiNunTDxX26NMs65Itmt3KmrUYZLU+sQypiv9os3V4zazZSt"
    "aGmSVUhsyNJrcUaM1YhmL997hQrm66yK6xrfzssVgKYdve594t8HkT5nyOLETfSYOYTifU"
    "0mTAiqcb0NlWR3iqqgSaYS+XyHXp1FRH1UXSdKeYHfc6c/SV7W/9UcbT3QSzdXWh6Q7SPP"
    "sR4m3hctCUTdNVnJhF1tLFpg4ZnC7ieboKlIUMupi2lfJX4SwdB0lbINezieAAVwOrr8lc"
    "XYSMyuAHm86i0SHYpeevZlbYNJqtq7AhTCWXgk0WNofY/4LGtsL+JpylqyDRA9K2cn5CRR"
    "Y0f6QTdfRUGsZ7bIlS56JiOIh854HoJju2G49bAnUXTnVDSTqLlru1DO9WkMpuI/t5zVkU"
    "XpLTrUuiTDhTyKpatAkXcc/iQWa6xYx5QTw9BpEJisXKs5uuv2Q3kOeCyNxyAhwWUeITAr"
    "Gxygee7GD+zTEo/0hH3KQcab+p4JR9Bqc80tcSe78G2F/mbMccxjFtmwNVehfj6+vhZDIc"
    "j85BYlO7x7eDb4PbSf/qHBAWV+Xq1j2+6f8yvpueA2dt8JEPcKkU31IS3pL1nenL+CPJiH"
    "v0UBxsv6bpUujyn96+fffu49s37z58Onv/8ePZpzfrjyF/q+yr+Dz8wj4MjgWCsIBInsn4"
    "htM0bf4qanqG31VY3O8K1/a77NK2iXSyQ5pEuQjzi9aEpu9A7RFKLVueqpmF26aAhkpRh6"
    "clUYenx161RIU0nNROeGN7qXSyW4qoS3twY4IqPGLJwcrRKOkvSh/koxJqBuE0sHw7CHRJ"
    "JE5Kk91bFE7bBIREdlZqcXEhOLdUWt8OL6bZzCx+We4V5ZatY+lYpxK0xXlwieq7LcbS0R"
    "NHijW3KxWs5wOlxGVYUGa7TLhUxXiZrJKN1stivKvYCOkq8/zgVxBIB7vKSHgII6GyQSkb"
    "1AGh36UNKhEwdSzgCfX+kE4kYU8OcLof/fWObkmDS2bzjuZgRu/hJTN5h8Lw8AZvTtDn+L"
    "IpW4SnVcaVVhtX2KKrUxE2IVP5QG3mrzKe7cp4huRzrHgiZdURmc/i3UM+fy1HqQBWZrPD"
    "ms2SJdkAwt2KGMuiK/h+K9nKkEK3koUMNZN1eZj0wSNBfbdRkHFyl8iGmEr8KjEexmlmla"
    "yGvX5QQDiISTwBrmE70AQGgSZdAki3gA4cgpY6WYGFjk0XeDa7pBOPchKYuruY2fSdBaGO"
    "jU2rqmy1y0apqmztNt4l+Ha1Bf0GZFDmqToXWfThfQWgP7wvxJndytgjmUwS7HA/TcYjMc"
    "QJRdYYggwP/A9YyN3Zwbj357mPDYYhmPnI8hB2X7Pn/UXSNNmEdYQhxBlGcv2/sq2+TniL"
    "B5sg2/9LRXnVYcXRGaos3fWCCmk1GJ2lVSbJNnOawCe6JdXzLaQpFZfbzGVleN5tqURZ+2"
    "iOTqGrzKN7Mo8Kq+onC3J/1rtjxTb38YrhPUyM22eiY966wt04KTNJzdZDdhnEpsxA+zQD"
    "yVZz3aqIa8ug5UwT76vYgN4Xm4De5yxAysK2WwsbcrUlfZ7mENv0DVG45YZS9lnqPVazj9"
    "f50RazJ/ABuR4krG8M3e+t0Isk20+gZBbVWkCCG8h1fehqBiQemiOD4iPf2UE4g+LCBi7k"
    "9JEqfllV8a/AJZte06zIRIFIkSsoxsT7t3CyrmKl6ort38Wf1CUVaFNc0dJijcrghu02Na"
    "igfNAJSGcNqcJCh1LEXH8WVz6sqjCkSDqoM+yk9xVrq52HeEqvFvjjo/GdwLfMYzH4+7Tc"
    "Gbx2WFyNR1/i4VkP8dHnCtFPaom8GrlCk7vP18NpkCu0nuMe340uB7fa7eDbcPC3c+BjVo"
    "yHwCcEn1lBrcn46luYXOTa1hNsST6Rjt1nUWfP4o8koWiktc939pWokIlarDg2F2v42df1"
    "pKdJlSu93XwOhXktPnOkis9t5rMKmdhNyAQFfWFLVjnkaBSqovaoOjYt2eKRPJFK0MvDGt"
    "aql0OVo1GgqrCeQ2Y9hpKzAWw7HtPD7TAVcPXW/Se2xLVyI4uWCYWqwHLSsEIOabQn7W/F"
    "Himu/N4tnUO6S8dJ7LcUuE1SLs1ip4mVGrQ3lwmzRkLlE9lzswW5stydrcfdeINxn1gywE"
    "bDO+EE4aE9q+RkOitxMp3lnUyhrBDiW83tsecwwB5rZ8Mwk4O8dzMYXQ5HX85BRH+P+xfT"
    "4bfBOaAiGT3Be8yo+xcXg5vAMYJtjxVYhU7sXzm4r2NhW8wlU+aoKlCNs4R75JYkm1oTDx"
    "th9pSE4kiinaJUcG+E27SD+FaDngQfYJBwmYe8NCRQPIGKCKwRJVvTHZAhVg6BNjsElB/3"
    "u2Cz8vvsxpQeJJfJoZomUZgqS/pBLenr5MgtoV3nYXYU2PRHK939IbWWTXPr3IDI2thnU3"
    "UIcV7pokdImwjMaDWA+prM1UWoXH+2nryZlTVJzdhV1Ogd7M637rAdITaNZusqWggb9pLO"
    "ogXySzsYeO3UAzf0cSdWZIxoBq47Yl0E03V1sfnOA9FN1n3IeNwSsrtwqhtK0iW0tnRzZv"
    "39ApCvdbya2uzfTTv82+WxKjn+BS+mZTy9yWsStviguR7AJcfaJGAE8+ydZ4IF1lyKbkZ0"
    "0V1vQWz/YZGiSrmNhQVZ6HUt63z9o4ojOzw/Fnuz1+fLjS7tcFeo5Nju9QGdx7cgmLH39A"
    "CFCuiAWWxBNNsPgE73ysZgvctQkicIkBfU6cU283vHg0Wlf5t/gKr+0i4HuypRstt0Q8cn"
    "9MRSr05mllbZhVttF+a3n4pyiidSNkxR754wtmCtKkk28RFTq7Drjcbi1HFpS4tm9+qUnG"
    "RsmvxnvLmaYnZVNgdy90wAWawLvug2RrjG9tJi1SBlUd2sHKRMuRXUA4cBFTTuOKfHdmI/"
    "A+SCZ8IS03FwlqcHcBB5OcDzwnYhCKZnp3c68sWMnt6Bi+i0wJ7TGWK8Xwo0hd0+q0qkbj"
    "omOCpqkvJ2qWome++ALH3cVYfcIzjk6kZsJqyqMSYUHdQZdxC0Bz0dScVmJxSdi4ncSXC2"
    "it/ZUd624UmnbadIlEaWh1SZFJSm2zLtq0TTLUgwVjFnO8zeZgK0AWi7nQqb3mbaaCbgoo"
    "SKbQXZYKLNBgM3S1Gpi6jhEwY7SFMD+o8ee/LAC99h+ph7Aqgq79Gxr1+/fvkDU+aZ+49q"
    "/oiq80zlL/Et7uw5ysXYLkuAcjHu2MUICbJNbWljbyGIPynxjGTo9ndUPH3b6rWcTt/C8N"
    "nVRBYPZswqSttKEZXZs452xxWBx8xT+f4cYR5wHr1NnTkSOtWTo3q2odIXlb7YsrN3Fc/o"
    "QQ/fa4dp8cE77VPdfOhO+3R3XJ7G0wm9q2Wq1PhuVNTf9okBRXfVAXivRWyQKC+sWjGQmL"
    "bNh+He1fBiMJoMzmM17B73Ly/Ho8k5SJK05BuGVSl5U9YuTFSU5ciK0TdYliUuwRKXX7nH"
    "F/3RxeDqil002CtbFrt6Obi4Go7YRRMaFsL1CrU0zz2bvotW63wjoGzE19ABmZVKXwh3Es"
    "myUDyVcj9WcT+yjj86XmmyZpEsXefQ3olxJEYtdJILpH9xUwsBaQcwLwtG2UlzCxt79ABc"
    "Y7nzdB2Afi/LPUQNLiWDSHKE3cP77H0VvM/eF+PN7olbt2D4rBU6OkttXQUzqCJbEmYvxw"
    "6eV/1ImBDsz9z15khOgmFeOvtLgOhPk/GoIJSHJ8uavZHhgf9R/dDdGb69P899HMQagpmP"
    "LA9h9zV73l8OsJMymMp30uymecKHarIJsjspgRQMt16BsSytirJtdZQtVb2RWYvRPKWqF9"
    "hmLrvoAeueT6TOxRxRF7rt7aXnJ1m6dcrO5gi7B/guIthDETRbydnpcnQqIlh5ePcX6BEf"
    "kGSXrYBSLdw8wLwzUg5iIa1axsVm/FooC2kVysUo15LFQlolMFTMzSFzNPKRIipVYwPGwj"
    "2pSl+4XMiOgnpThzjRxlQd6kNIjpbJZkmkpeVH+gzcAM7dzkYSKAwV2h4m2rECeAPAOUOC"
    "dM5XvlDPAaqNHwn625ZQrRKjmxTqLQ7S5Yr5bo7STWoJB+N3G6dL4NJ+0i2N/pddJ5oL6U"
    "YW2uhtupri+yadSJWq2Xd8LuOAZOBbiqTNkbltintjAQ6SKKdIFMrVUEauxnVtE+xYGzKv"
    "cuR7DEU5jOOwwUgUgTDPMaDcgSueQTly2+zILdve5aI0iudRK6DNK4DKTcMmBBZUR9skc3"
    "laFfsnIXHDfapW00WOUkVEtfoDi5kl653N0SlXiwoqUC6sQ8ukxgtqJ9+5Mo9ugDYnEltV"
    "EmvsezP792uWhSKw9aXunpRZ+exgnBYns+zUvKeMdfs01pnQ9B0YtHzKgVtWIzdN1Ywx6b"
    "Aw7z5qlmokyEFQ5KQuBpoj6qDRbidZZK4/+xdV/2RwTpF0EOV3ldbzu5L1/C6/nme2KZAZ"
    "xfm/8fhO4Lv3tN8orbGGWs5RKrW81Wq57nlw6UjlXqZJVPZlVhXHVBxpEUQ1Ph4BufqCWv"
    "0F1XQV7NszcIBOsp1gr6W7ngYJEVXpLj568FQdKMWwj+NHzvJ2GAPGje66zzYxb6ELvZ7A"
    "hsEPOCkzYzjRUI2sx1ao4G1j+Ip9+MBC+JE14qW0QAfxZODFfe8Os0ewe5b9ABC+p3MH3X"
    "0xfAZR4Zv/c8EcEddjQxAWdf3a5ZOU3aVddhfPfoRYW+juQkZN5ak6Z3f5UMUY8KHYFvCh"
    "sKCM0ps6fSyAvzuITleDzTylYnOr2ezXa/ztN9rzu51uqq7wV7LjWYpCucw3u8x9t5HeyB"
    "Udum0Dt6pHN7Wo2lRg/YbYpm9436LyKSJViB9xUqoLhWPT1Viadev+ozcjelhtO37Gb0rl"
    "OKDKUaNgz7aletomAXZdq4eteENKo0soFMAVACZUGOvsOCfbQogj27KJUNtALwFZ0EUokM"
    "pyp6w0iTpmbT5mrTe+Lc9Zn+N5jgzeqget9LqSPWmlTGnIeIQin6lMMvE0mORo1b98GjGn"
    "VzkPRDeh5lBAtsTpLpzqhpJ0aGFum3SdQD1HlqjQ77WOV1Ob/bvipz/xqLAwf6SzHZ1Nt+"
    "TrD15Oy2gt/KsStgRZAW/+1BpiapOAHSzuMDgiMUKNQR4JkTXDohGRkhPNEQ3yFsT2HxYx"
    "t9IakFAI0etaVo/4Y5OmFkSTiVW0ONCsVDdbD9ptJr1qZnVoPxDyLKmCtWuCDuoLO4lTPM"
    "Y+VZaO405RMn2qrvqjoNVURM/6VE2H3wasSxVr/3mPxyPt6/iKjqAvsrAt1rVqfH1zNQha"
    "WTHvMZN9Bb2ssv7qaoHUleKoS8KoBdwknmwHWY7oe+4gC7Epi12K5HtGTjmS6wB5fB4ox6"
    "zJZp5SsbnVbK5V0FdV8pW1g6mqnNVtYZXKcVYyh+nutkaeSEmd0pk6hDgnAQrsNDIoSZlo"
    "2nn42W/1wfSyKjaNxKtuo3lE8+KRO+4KvjYNp7uBp2w0ynKiLCfKcpKF+yCWE882bVmzyX"
    "R8OaafBqW8x8ORdnM7/kJ33Mk5QFijXzk7d7r3+PPV+OJnZhCZWTaVB6y1Nz2cngPTxlAZ"
    "TI5u56uo9rOSgXLQJRTfM27KXFIHyKPTo5W55Ltgc3zgljrH8kTKXCJqfBRoFpINj9I0qv"
    "reRhtUSk/b0gaVct0f2bqtaoPiP9nNVeISzXhLaLsWfZUFlvto910fLmWPdVm7W9hIgFLd"
    "HJCjCk2KXzIblJS2QIkik1IZJIKQpDVpPiCJuxuzq/BjPMlEJoU7d6kNbkKV2YLskfjWSZ"
    "ntzU0NqpA7z17gFcKvwRhbK+AtIJh87b96e/YB2PPgzxnUCSQgSGwGyAVhTJcoOX6bqVT2"
    "e8tsdyr7vaey31uwc3dCPQvK27iQfhvyjM7SKla3mtWq0MF3wWYCn+heV0dw85Sq3EGbua"
    "zKHahyBy0wTrS03MGE8sh3Lmw8R2Spe0VKa37USan+GoxnoPAEG3XZKdUwM/XZFroHoolc"
    "oIcKqu/8nwsgK5T/A/CxhyymmuJAP3UIWupkxRzE2PaC4YDqszlVd6dPqhLwEj1pvYukjg"
    "4qxkXpyUpPVnryUZ63lPL0XbA5u31Jfc8ZWqVAtZnTSoFSCpRSoAoVqCQ/QaQ4cdkLJQpT"
    "UmShkqK0Xaz93LbMcK2ENXSCUPvkYpxQxEXgK51krzpJwo06UeEJdZuj8Hs3t+PLu4vpOY"
    "gqiNzjm/704iv9W/eMRZg23x/9ch6XXKf3b8c/DSKKOExIVrM5rRL9fVoc/X2ai/5+RKJC"
    "VNVYFdO2m1H9i5/7XwaMMcYjlYP3uH95OR6dA3qMsHGWbZfji7vrwWjKwvYNfxn1VTs8m4"
    "IfG0aXCJlVkJDKUXWgrcUeuvAhV5sTCLUAuzzYmzqL87Sqs7hEZ3EXPkGCvII+kxXyiVL0"
    "tdb6fhSx3tX4b+fAsp/v8fXgcnh3fQ6oOon85T3+OvxCRdECPbAN5HY4HV70r+gOQl8KGb"
    "rVDklkItex9JW0LMrStXnTaJM8Sv+yHNzFHY0yZB2Q/WV2iV10VIz0Gtl1niHrnHH9U5U1"
    "/ql4iX/KrXD6OI91VwswkkA6S9dBiXJaSaKclkiUU0HWLvqPAOfP6KFQ840pumQR+9Pbt+"
    "/efXz75t2HT2fvP348+/RmrQfnb5UpxJ+HX9hZhsNfcLhZ6G/PPkgJkjVFBxe2ctEpi/5R"
    "FWZqmZOm6UTDQ9R87zikh8qJ7TisvmPZuknF9Wwl6dnLESp4W1mgrWUIV3XyVarPJhAQDW"
    "BbPfH4SLEtyTsWY7vvBhtHimthfw0xqikR2gC2FZ3+Rwptfrs5XFo31yKBY5p0Vne+g9xR"
    "2bJk87vzr5vN9E7qRPIZ3sLOEtlc73yDim17T4QaU2nYR1RLQRDykVRZKA73SEo67L/zBA"
    "vqSKrGBZmJS+i69DVV6Pnewzywv5yJwjwKgU0ImrEjdgDdVCB/ofF7s+PzGAzgvUn/ajA5"
    "B65OxeU9ntzd3Ixvp/Rv33Fs4uXDY+7xl8FoQM8g5yB4A2TU8X82Xy7RhI5OvDgypA67+B"
    "m6wLTJmmusDubw6mo4+nIOZsiyGKdawbYjLFXq+rMl8jwo3eZlcvf5ejgNWras57jH/clk"
    "+CXo/hKVjTHLqpne3A60i6vxJOgWQ6BmWLYbNH6JrsV/3w7GN4NgVgJtB8ZNaQ7Ob4cge5"
    "tgkjT9HnmObbKMIj0kGH7d/2l8ew6W+r9sco9H49trFjcSznWPr4ej4C6iF+owp/kYkoVN"
    "t2pRylppdFWKSsVVScRVqTrYu66DjVzNsh8kl3NCpFazxGqmmAXas8R6TpE0EhfYomic5h"
    "toKz96nQV+dH50VZj5u2Bz1kYmyWsBuWJ4qxk+R4TVa/P0+Vyj0zr0TeswvmQalfHcZv6v"
    "mcXaTNSpDpYjV/xuM78jpVh71hH9XlFkypBhuXgGxfU2c91+goR+oZIaZ4pKqZwyiWm29V"
    "TrqMwRqi+qzV9UYuOuweccseJ1m3ldm8+Kx0fDY4p65HvkGTxZ6pZVGKKQUHUoNvjd248f"
    "1uEJ7I+yyITJdZ+5b7NbYAgMRWop9nwXJ6LmKVucm93Ip7KLZFRS01iXplMCq80CS3Wc30"
    "1gVdwjRxJYnqpDu0FzwPoUE8nqehyNAlWYNMaihjU+bLh68piAWMHcyiyntsndnaU5hd98"
    "A9h2O1+EE40FqSIlkqIBfKVTO44UabGYrAB5ut2eWstla5k/PUknPnGSGbquhvDcFhi7I+"
    "Iff75lSTniUkeJYKYTDaN5OiKbswpEDJVGoG4Kgp3rAXZLJ+sqaKw6pxWSbIXWRTxPdz5q"
    "YTGDpJ9pbaiiZOUpnamjYOmepxsLZu7aEqowH6+/nq6rX+ECsURIQUynPFhfk6m6iFQUi9"
    "XIuroO5+oSVI1lTFvIgNhtpA/2VThVHZiPKlU69Z7ZHOkwZ1iUJR3hXJAezXVFT2VGR9et"
    "5InN5kanJG5hljQvlTflS2s6P7xCZ2yW/g1CMmgCzwY6iL7+H8Ju1isPusBCTxCgsKsXk3"
    "z0NvDpeiHgn6lKlP8U9ctu/gFV0rqXidShfFU523vN2VY1TfdU01RVSd5vlWRVQ1bVkN2/"
    "P2LPNWRVatamw2onIgHifBupExBP1KWPrLkSK2ltoiKsHI1CVdXjPLCnOqm+taUDKin1dW"
    "Trt6oPivtyxV33BEK3MWS7Z1zLAszvOJsRVsUjj6l4ZAUr2QWLAwmsPAUmsnjASQX7mJEa"
    "u9E49lXHpgts3wMLn/7IV3PdoKiDcCoQ1plzz4GNISD28wmY+UsHmmC2Ci7pnr1EBvAduo"
    "Q84EASEeZtZDt8zmZTWaFlTNam0FmzTVPFL4rtZU+6JcyyK9Fz1yRdOi3uQdHNHXoOKdpi"
    "L2KhaEu5GTeKtpR3s4Ld33EgNl/Z2Fqdg+eFDV6wHwjmNgkt8CvXg8uXJ/QWxOzfugeMhY"
    "7pu5wAKq3olZXA1t/QpFXs+6n6sKok657N+/KGIWUQOgKDEBUYwgjPksavRkEAQBcM2s3X"
    "vJoTe6mVVQgVo5wh60Je267LctJVLo8zR6RQ3owygborJzASig50Ct1DxUcqYKVzn1Ikyt"
    "KpzPPKftxqE5yk/Tj4upVdc2PymLcpx+mQan9stC9U+1NW/Y1qf8qjsONOKclHnfLzK9V7"
    "r6q3488sZAh3r+JTF0fUOfNs8+famW0KfEfFtUfi8Z1QgvddcgSxXDIPEhz2I8hYwDdUNk"
    "9TqlpzErXmYpvCfC4JOk+oMJfAXMXV1RI6R2dGVQVLmtfaCXSsFT2eysGaoVLAKnOIMoe0"
    "WnOXNYeooi+7KPoSy83GVmz1MMUjRTiz02xTikRl9cvlqjPo0b5T1Y9kmW6bqV5qzLxzHo"
    "huwhs6WU9gykzfPikzZPrhQM2JR+6t4bOxsBEVXr/xDZ/h7w6i+oCybu4/sMg0g0JZgo/5"
    "p8l4VKA7pYmyujEyPPA/YCF3Z+Kv9+e5j4M4GDDzkeUh7L5mz/vLrtzOJQgzkMoNdFlb3A"
    "mv/7IJsga6OYFQq8WZPKViT+Ps0YmxQE+1m3qnyNtsvu5Nv/xKZd3Df+7xr8Obc/Af5PSq"
    "iSzOV3BWwVVwVugpOMulg4f7hxD6AkvemqLNaNf0xHx4XwHeD+8L8WW3eIBZq2dNHuUMWd"
    "e6cTaP8xG2LadDfSjds/yvd4M71kU8pL7Hn++GV5dhG3m6O5iUB6zXeP/yF9ZoXDdX9/jH"
    "/vCKUcx1ZMFaXcebb2wd90+XOIKmSfZnsnvT6oOoimQUb5KVIhnPSiIZzwSVPA5XEqhluv"
    "quawIdQ82UHcsFVTClLYu9S47d4EBQq9lpQqea47SZwynLnySPeUrF5TZzWbVA2s0hmi+y"
    "WhFXnkjhKlRO6Gu5Xo3aRwJKFQMjiIHRyQOs2QxJSKuWsWqGtI3b9qR6MyRhWEyqYvWW2G"
    "5RVfxIsOU3oM3Y8h98AxBL90M6VqSForJCZ6/0LtYA3t0O9RJs+a3KgAvQF0WLuJsqePlu"
    "1bpdfVYFy7VxUIOGtYhyAcLnQAeG73r2EhLwYqG7QMcgEqwvgU1AkNQQ3QHEZkXrsQlM6O"
    "jEY/FTL0XF7Xf3oC0qd6nYlB3EpsCljgQZSsWm6zVB9zLuzqo4IOmo4py7s5wLkpVIp1+1"
    "Jo1zjrCDnvWdIH7YAn8tcnjtpFWAo7vus023SyrnFzIw5wgV3lXwjnWkACYh3BWCoTJztN"
    "jd2Lu5HV73b385Bw5BS52s7nH/8lt/dDG4pCQX49FlcFM3n9ibmpoLKUvMYFzq9vpq9mhT"
    "jY1NJ14HJyONHYnqcpCfoc38638ZjKaUQfTXeJQn/avBhPJDt6B7jy8H3wZX45vB7Tk9Fj"
    "5By6bHzHv8eXh1FYaqIMsKIlUuBzf92+k1nUj7OuhfnqcOkdoC6iZbE9fDEVsGS4TbwePk"
    "J9blMT9Dm3nMc3Vyd3MzvqU8d33HsQnl+s3t+KfBxXTCPuKgW6Wb53I7uIZcjRX7E8WZbs"
    "rRT+j2mC0eH46PNlkcw2eX6uweJFQFdJAhFXgtJFax1xxrmoi9VoEfxQKJRT2MsbXqrVO2"
    "jsGBHMmNDXEgS/upFtd5ShUloKIEWs/SDnoBW4ZwA07AxG9SKcPYMKDLaifNBQneMkmz/W"
    "CiYTRPN1DPyoAYKY3tZ1smGSd43dLJuorZfI4sRN9Jc/SV7Xsu/a9IhkoBF895E0z5vSCn"
    "QKsAmoOojvMI8bZoOWjKpjnCo3YlnAx76VghyVY4XcTzdBWohY5Ni57RDwHYMX6AcfxM2M"
    "llS7CicKNU25sOImZCA7Gma3QEdueQNIPZNJqto6AlcS0Kthpfp0+sRr/QO2JdBNN1FLe1"
    "E5ZAF267BdxEk92yubq6b7pUtaHzbgnVJJylsyChB+w7bNAckWWAxbaABTNepCbsKnbrZq"
    "VUrdlWik2CtOIfkdVV+UUlDl0YbLcMCps1Uh2to1AphKohpB2yMuERw9bIsSvXDrSDeEWd"
    "TFQlxwpbYVIxcUu4MlUaOwLWlhkMXKUdFpejeborQvpax6upzf5dPdmHzTel09U5px00CL"
    "zEURW8nZZJ6ci8K2FrMa7lkhxRou/dJgFnHuEqC3vk8FozLxrC0kGiW96C2P7DIkcYPyHn"
    "L4sTu+h1LZvj8Edp+kofEmSwJ+USWKI7J2UpLHoyZpc1TlViyD4TQwozAYtDvFMknUxWqF"
    "JmkY4qSVbIlVpkH5UEwtHwDqJ7Wil4/rQkeP40HzzPcmiEEbnFMYYpkv1HFh4mhqmxGMJc"
    "QMw+czH/+H9oILw/"
)
