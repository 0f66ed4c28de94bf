"""Migration 1_20261202061029_projects_signup_complaints: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

aerich passes the connection; each function returns the SQL of that connection's dialect.
"""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": {
        "upgrade": """
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
        ALTER TABLE "account" ADD "referral_code" VARCHAR(16);
        ALTER TABLE "account" ADD "referred_at" TIMESTAMP;
        ALTER TABLE "account" ADD "referred_by_id" INT REFERENCES "account" ("id") ON DELETE SET NULL;
        CREATE UNIQUE INDEX "uid_account_referra_a7b240" ON "account" ("referral_code");""",
        "downgrade": """
        DROP INDEX IF EXISTS "uid_account_referra_a7b240";
        ALTER TABLE "account" DROP COLUMN "referral_code";
        ALTER TABLE "account" DROP COLUMN "referred_at";
        ALTER TABLE "account" DROP COLUMN "referred_by_id";
        DROP TABLE IF EXISTS "complaint";
        DROP TABLE IF EXISTS "signup_confirmation";""",
    },
    "postgres": {
        "upgrade": """
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
        ALTER TABLE "account" ADD "referred_at" TIMESTAMPTZ;
        ALTER TABLE "account" ADD "referred_by_id" INT;
        ALTER TABLE "account" ADD CONSTRAINT "fk_account_account_6d9f4199" FOREIGN KEY ("referred_by_id") REFERENCES "account" ("id") ON DELETE SET NULL;""",
        "downgrade": """
        DROP INDEX IF EXISTS "uid_account_referra_a7b240";
        ALTER TABLE "account" DROP CONSTRAINT IF EXISTS "fk_account_account_6d9f4199";
        ALTER TABLE "account" DROP COLUMN "referral_code";
        ALTER TABLE "account" DROP COLUMN "referred_at";
        ALTER TABLE "account" DROP COLUMN "referred_by_id";
        DROP TABLE IF EXISTS "signup_confirmation";
        DROP TABLE IF EXISTS "complaint";""",
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
    "eJztXXtz27i1/yoY/dNkxsmsHTub6+10RrHVxLu25LGUtLfrDktRkIWGAliAtFe3u9/9An"
    "yIb4qQSIpkMNPZxiQOKP4OCJz3+e9gTRbQZG+HhgEZu8FLMrgE/x1gfQ35PzLunoCBblnh"
    "PXHB1uemO9xGxjdoa7o7XEPB+DmzqW7YfMRSNxnklxaQGRRZNiJY0E0hfYYUeHRgAW0dmQ"
    "zowHCYTdb8jkWYDReXAGKDbiz+T6DbgEJmnwDLoU/i76UtZgAvK2TCt+KxC2Lw5yL8VNsT"
    "HIz+40DNJk/QXkHKn/PrP/llhBfwN8iCP61v2hJBcxEDFi3EBO51zd5Y7rUbbP/VHSh+/F"
    "wziOmscTjY2tgrgrejEbbF1SeIIdX57+XXbOoIcLFjmj5HAry9XxoO8X5ihGYBl7pjChYJ"
    "au8HhNcGmjaezLTpaKZpgxT7AooI3v4lg2DBev5Tmfv2T+InvDk7Pf/x/MO79+cf+BD3Z2"
    "6v/PiH9+gQGI/QhWc8G/zh3tdt3RvhYhyCaiCLs8GGv9lpcGf8aja6caoEyvznJ1EOMI3A"
    "7IO4RTkYEsIcLvwGcC4AcTb6+0zMvGbsP6a4MP46fLj6PHx4dTf8+2v3zsa/czsZfwqGE/"
    "79ep/4+Op28tHlQ2SX0Nk3mLGgr1Y6zcY8pNgL79SyPjLg/H1+00yIn+yVWM0//FDAgQBv"
    "Pup1Alr/1pl3L46xQaHAQ9Mz1vY1v2OjNcxZ3zHKBN4Ln/Rt8I9q0G9yVyla7Td3o+lseH"
    "cfW/LXw9lI3DmLLffg6qv3CbZsJwF/u5l9BuJP8I/JeOSiyU+NJ+o+MRw3+8dA/CbdsYmG"
    "yYumL6JABpeDSzEue0fNHkyOEVbA4w7taF3jMb+5IlSTkgBiNLsFgfYztBpRIATVlzylQI"
    "3R7AVq686hClAVIuvyW6Z85QGWRvivhEL0hH+BGxfoG/6bdGzADFh9fWK2nahjAP8RrKHg"
    "avhlUf1lK+fHlxZ/f/7W0PZkouH0ang9GmRsCRUA+4XB7sqrO1GN7YIxVPkvAOMvt7cDd/"
    "nOdePbi04XWs465gLRgqXR/uiT/fWXB2jq7kvkAh1qxA98sv5A7uJHzkgEtxii6Vvrs3Xy"
    "io71J/eVxLPFk7JBKzQ0BLCWNTbQYPxOY8PQsiBevCHY3HB1/xnSDRBCEdfs+de1XII1XM"
    "+5oi8mBFytB1xE0CkQ+iEgy8CCIGwbb8Ev0LLBywrilL2hjoc8YjEycg8gm0FzCRALbBSv"
    "xAgT4W9iUgxsh2LmcuG1Mli00GAhL+c3qcQpCX9fCT+0f0qK+SlCJeunZX2xaUJJBSpGo0"
    "BVCpRSoFoldyZFfVkFKu5xOhDduLurW/tCaV0qddTkKFTpnVfpqTuwjR020npqzRoYcdzf"
    "naV6ubdOinQuPTJop6I1wTD0rxpkbemYK0NCQ7Eh1rHt60XBkDfkBXMVhpIXYBEBOdDttC"
    "O3qkmVKtQuVcj9/xSs+R7EYLzyH5bzHyKmWRRqTDdhlumLEBPqOGcJJ0gTkM85bV2Yb680"
    "q3F+nExuY8rmx5ukG/zL3cfRw6tTlwV8EPL297RczRzLItTWvN1HYuNIEzYnYf/Q6k0kBH"
    "dF+BbIVtoCMfG6THNYVhxCLsa59ArqJNTdij9odvcW8t4Emxv/SO6IKcuXHgotWRQuIaW6"
    "ydm5kDqeU4SVxFUdVwKKHdKn70uc0adJ1oVHtLiVNGsJyPb6xBKkKv6jzdbhLbPmG1kbZp"
    "JQGTJ3mtwioFVjGQr0326hXN50kVxjB/nZg23Jg+1wn3u/wI+bMC2k2eQbxIeiZKGZmKaD"
    "glQpnITNx9SzlSkZnK6CefoKlIkMvpgytX0JmG69WXoOkrZCzCY044jYA6vP4Vx9hIw49h"
    "Phs2h8CGZ8h69mhc382foKG8J851KwycJmUfJvaBy62d97s/QVJM9beiBGvfMpxyBy2MFf"
    "XL+clvVGegZCaJajMSKgFngaA3G4nK9x6IZSuvGWJ4AZxIILYHDVA2Ib6SbQgUXRWqcbsN"
    "LxggGbiEs6tTknwUJnqznh75z2NlY3rfI3Kn9ja/aEhCmzlL/xtMDfeJr2N7rfrrbi34AM"
    "ynGqarBukdH4/XkJoN+f5+IsbiXci2JPyjjXfp5Oxjl+xS1F0kyMDBv8DkyuvdS1pAd/Xj"
    "rYEBiCuYNMG2H2VjzvL4N6D78suAVCMZNxKhM6mfR8ErcFiwmSmdDKS7YPKzpnwjd1Zru+"
    "4j0YnaRVzpo2c5rCZ34k7eeTi1IqLreZy75/QjpZI0Kkwt8LgkZkPZ0pOoXubk9nJDa3MS"
    "9n2yCWiH6PfLu78wvCBVkBvCXtSF3FNvXxZsN7nAD4j1THmZnH3o2TIpPUfDtklzkqH1Nl"
    "BmqXGUg2ru2gcLaWQRszTZyXsQGd55uAzlMWIGVhq9fChpi25s/TLEoWjpFx7u8K6k9SNx"
    "jXH6zzzob1U/iEmA2pyKDj573p+Y5kMysKZlFJFhLcQIw5kGkGpDZaIoPjI5/jkjmD4sIO"
    "LqT0kTJxgSoyqYTD+plvCzlbilzgg9jev3qT9QmrOrWEMDYwQ1OIBQ7mawtGbFidGsOvUd"
    "U/4kfgw37l4pNuOyx5RykZTSoZzJkH0UdlheEISQ/l4VoyXGXrPh9U8blt+BZZ4+so+Rxu"
    "K+kVPcLOOmUKi6/uLXVz4ItPao1sGwYroSwPBtMvH+9uZrPR9SXYzvGIv4yvRw/aw+jrze"
    "hvl8DBouIDhc8Ivjzih9F0cvtVEFDIiPnsP1P6Kyn1kRR8I8lPRMfsJat+R/5HElKowujy"
    "X4kKB9iLFV1zH3qf/b5e4iipchO3m8/eZr4Xn2Okis9t5rMKB6gnHOA4le/7jqoIPTdl62"
    "HGiVQeeVsKYvYQVBWyUnfIClc3Zw83V7PjNhXoLLC5XQWycW2+iGvLNoWywObXcM2uLuqf"
    "Sc2t2I7iGj+7W1VfNPDJZbhNIu66fKeJGRnUmMtEWCOh8ok06xP5BjNCKfP9If7w3oVdVV"
    "9GzKGmDLD+8F44QeLQXpRyMl0UOJku0k4mb6/IxLec26PhELeBaEMjMJODfHA/Gl/fjD9d"
    "Ap/+EQ+vZjdfR5eAb8noGT5iQT28uhrdu44RTLxOPFbgXzm6r2NFTOGSKXJU5ajGScIGuS"
    "XJptbEevqYPYdhJpJoRygV3DvhXhA3dtPgkuATzCl6Wxjulj2BinbbIwJ0T3dAglg5BNrs"
    "EFB+3O+CzcrvU48p3U2ckkM1SqIwVZb0o1rSt4l/B0K7zTHsKbDRjzYH1jLpAXzHPjju3b"
    "c2DsVUPUI8rnSpmqVloWLOfDt5NStrGpmxr6ipSqV7FXh196/jlXltpx64ozonNX1jRDVw"
    "faHmlTtdnxbbgY67EuVi73S8mRHx36pd2O3ywRQINO6LaQnfZfiaVKxArs9npjIS6jJC+K"
    "ouE+7vLZf8m0Hdce+uvaLEeVpFqCKO0MzyGfy6lnQn/lHGNetJRPn+2a3EtNNJ6+1zpVy1"
    "gyHg8zgmBHPxnjbgUAEdCBsk8Gf7CfDp3hAMtvsmJ3mGANluVVVMhCc3GJxVqLX6B6haHe"
    "1yGauCEvUm0FkO5WfwflUNk7TK0tlqS2f8+Cm5T8WJlFUuw9Lpe8u3wr8cwDnUKpB4p/kz"
    "Ii4daKPrX1WJk4SVLv4Z7659l1yV1YHcP6U2iXXOF93GmM3AApivGkRshLuVg4hxsoR6YA"
    "mg3DYLl1xsF93aEQMvVKRaY1eWFw3efbs9eFkRBoE7vZDe+chXcy69A4b4tIAs+QwB3q8z"
    "NIV6n1Um9jQa5eqX6Yj4b1R9jqYVC3lxVwm5HRBydSOwFZbVGEOKHuqMNYShQVtHUtHGIU"
    "XvovxqCTdWESk1ZSIbtnQicoREaWRpSJVJQWm6LdO+CjTdnJRZFUVVYz6y2EArgLbfyZ3R"
    "Y6aNZoJY3Eu+rSAZHrPbYMCSFKV6PhoOFbCDKDXg/9MDTx545VhCH2MngKvyNh/79u3b1z"
    "8JZV64/7jmj7g6L1T+At9ibc9RLsZ2WQKUi7FmFyOkiCy0NcH2KiP+pMAzkqBrTlQ8PWv1"
    "Wo4mJGH4wrQsi4cwZuUlIkWIiuxZnT1xs8AT5ql0NwUvszWN3q4+CiGd6qBQPn9O6YtKX2"
    "yZ7F3GM3pU4XvrMM0XvKM+1d1Cd9SnW3PBFVun/K6WqLviML9MPXGoAbPuKgG40bIsKCvT"
    "qVx5i4C2zcLw4PbmajSeji4DNewRD6+vJ+PpJQjTjuTbO5Up4lLU3CmrzEjHyqtXWGgkKC"
    "oSFBR5xFfD8dXo9lZcNMQrm6a4ej26ur0Zi4sLaJgI71d6pHruEf4u2l7yTQZlJb6GHuxZ"
    "kfQF7ySRLHQUp1LuxzLuR9HDRscbTdYskqTrHdq1GEcC1Dwnecbun9+mIYO0B5gXBaPU0q"
    "6BYJsLwHss9zhdD6BvZLl7qMG1ZBBJirB/eF+cl8H74jwfb3EvuxkJhi9arqOz0NaVM4Mq"
    "GyVh9rKI+7zyImFI0Jy564eOSIJeprX4KwPRn6eTcU4oT5wsafZGhg1+5/ohqw3fwZ+XDn"
    "ZjDcHcQaaNMHsrnveXI5ykAqbikzR5aJ7EQzXFBMmTlEIOBtuvZFaSVkXZtjrKlqveaLEX"
    "o+OUqgJem7nM0BPWbYdKycUxoj70j2ukiyVds30KqaYI+wd4HRHs3hY038jZ6VJ0KiJYeX"
    "ibC/QIBCTZZZtBqRZuGuC4M1IO4kxatYzzzfh7oZxJq1DOR3mvvTiTVm0YKubmmDka6UgR"
    "laqxA+PMM6lMp7NUyI6CelfPs6yDqTzUx9g5WrY3SyItvX9EZeAKcO53NlKGwlCikV+oHS"
    "uAdwCcMiRI53ylC/UcoX52R9A/tIRqmRjdsPRsfpBurDzt7ijdsDquO77OOF0VbdtktC3h"
    "NJJhbBGSNsfZtimKTYQrSKIcIVEol0MZMS3WVSzj/NmRR5UibzCw5DhuwArjSsS+QOGaPO"
    "umtuB7vLw7NnsG5ZZts1vW+1b2akwWo1QxFp1gs6y/J0WnjLfKTamM4sfekyov0Rt+58rg"
    "sgPa1JbYqiI7E8eek9/uRFx7hvUgcvekyG5A3HFaEB6vDAad2kNPCgwGC7hwLOg2kUmBW1"
    "R1M0pVjUJ7XJjrj8Oj0EAWgllur3ygY0Q9NBzUkpfCnPm/oSGFc4Skhyi/K7We3xWs53fp"
    "9Twni4w9Iz+jMBjfC3wbTyRU/cK/B7Vct224tqSyuaIkKp8rqYpjvh1pPkR7fDwZ5OoLav"
    "UXxListAejI2SN2KeP0JuyF+w1dWZrkNKsur/5okecqgfJ3U2IHynL23EMGPc6Yy+ELh4g"
    "g/Ygw4YRH3BSZMaw/KEa3Y4tUROYYPhGfPjARPibaO3JaYEOgsnAq8fBFyweIe6Z5Akg/M"
    "jndvuFYvgC/FIaf2JgiSizxRCEs/oI1fkkZXdpl93FJt8g1lY6W8moqXGq3tld3pcxBrzP"
    "twW8zy1RofSmXosF8DcL8en2YHOcUrG51Wx29msl7FTaRbidbqq+8Feyh1KEQrnMd7vMHV"
    "ZJt9WSDt22gVvWoxtZVG0q2XxPycIx7K9+QYYsVSg+4qRQF/LGRus7VOvW/XUwp7pXvzd4"
    "xj+VynFElWOPEiCHFv9o2w5Qd/UPseINKY0upFAAlwCY8s1YF+KcbFOSGNmBbUnaBnoByB"
    "l9SdxdWU7KipIoMWu3mLU9+A6Usz4G83QM3rKCVnRdyUpaEVMaMr7BLJ+pTHrizJ2ks+pf"
    "s4mJXM50o2WyRdAgkKZQ9twOqrdHiGr/cWw7N7JNqRJ/W4IeykO1xGF1sbOHqeOgt4ZMZ4"
    "/b4dhtzuHTi84es5uvI9HXQzRMe8STsfZ5cstH8BdZEVP0+Zjc3d+O3OYfwjsmDpic7h9J"
    "f1y5QNFScaIFYaIZ3KS2bM+9GNH33HMP4oUsdhGS7xk55SjbB8juWdjdlsJ7OVFilIrNrW"
    "bzXiUQVe1DWT1f1TGTaUNfooBZKXVfZ98OVPZ9JXXGZ+oR4k2o/C5k+Wp/gOhO1V+zg5E1"
    "9wjdmnWivUEj9gdlFVBWAWUVSMJ9FKuATRZE1iQwm1xP+KfBKR/xzVi7f5h84qfJ9BIgrP"
    "GvXMhU7BF/vJ1c/SKU/blJ+H4gGn1ywesSLAiGyhjQV5VWlBySgy6k+J5xU6aAfYDsnI6o"
    "TAHfBZsDgVtKjo0TKVNAVhsEV7OQbH8QpVGVs3baVyJ62oH2lYhbumPrtqx9Jf7J7q7wFG"
    "rGB0Lbt8iJJLCxj7bp2k4RWyMTze9gVl/SOx1vZkT8t+b47aPaJAr45b6WljBJBS9JhTlQ"
    "9BhOHIihHZFQlxeimtFlLPp7yyb/VpTUH2KvKHGeVqm7AbtyP0Z+XUvh/0ehDW7KldmcyO"
    "/g1kmR7Y1FBpXIexUv8Abht2CCzQ2wVxBMPw/fnF28B2Tp/jmHOoUUuEmJADHAbL53LLIS"
    "Ww+ZSmWutsx2pzJXBypztQUndy/UM7c0BYP825BndJJWsbrVrFZJyt8Fmyl85mfdfn3qo5"
    "QqVbnNXFapyipVuQXGiZamKk85jxzriuAlomvdzlNa06NOCvVXd7wAJU6wU5edcQ0zUVtp"
    "pdvAn4gB3VNQHetPDEBR5Pon4GAbmUI1xa5+alG01ulGOIgxsd3hgOuzKVW31ieVCXjxn7"
    "Q9RSKig4pxUXqy0pOVntxJeUspT98Fm5PHl9T3nKBVClSbOa0UKKVAKQUqT4HyneoZSlPo"
    "bs9XlELffvPp9SK+Pgwfdk3Ua8gYf02lgzSug2BnPc/aBXKBDQmq2WJ7gG5EoxNYpLAsF1"
    "Ef0LY5f2EwHd6OppeA6SZkj3j65f5+8jDjfzuWRaj9iO8fJj+PrvgVP9ThEX8ajUcPN1eX"
    "wH0DZCQNIseJm19AS6f2OrfX0m52xWfoA9OmW66JhIib29ub8adLMEemKTjVCrZ1MGeFOf"
    "M1sm35WhbTLx/vbmZuXYrtHI94OJ3efHJLXPjxQ4uitJb7h5F2dTuZuiUxKNQMkzC3uoV/"
    "Lfj7YTS5H7mzUkgsGFTeODq/LYoIRXZO57ndHI/SN8hzTOhaN2UZfjf8efJwCdb6vwl9xO"
    "PJw93wlgPvzvWI727G7l2EvR4Vssw5LcOc03zmnKaYsyL8qM6yXRY2XY9QNdhrfXuls83W"
    "VUJk3QmRiGkmeZJcziGRWs0Sq5ljJttRNEKy14pOWupa5POovgqq8nnss8C7ZyJVGXrfA5"
    "uTNjJJXmeQK4a3muFucy6NKzXLpehEZvE33YfxBdMo11eb+b9llqg3sE+YaIpc8bvN/CbP"
    "kHJeSeoeESqlfEgoH4yYz3sJTTFC9UW1+YsKrZ178DlFrHjdZl7vzWfF487wmKPue6HiDJ"
    "6uddPMdVaHVD2qpfHu7Mf3W0e1+KPIRz29GwpHXvII9IDhSK2zfaD5nbLTlJVY41r8qVTV"
    "LjuB/34JYNUabTrEha5tWKrAcj0hNkHZDElg41Q9Og2qA9bhmEgG3MZoFKhpUBM9NKVrrG"
    "UQK5hV1fWmq66n94kKsC0ZN96ypVsa1+jWmFMUrGCnqADfdK/ffiKdvU2WgDxagUut5aK1"
    "HJeepEvcxXZmyJiG8JJkGLslGjQM3Ylu/Hl6sjcnFYgAKo1CfXFgR4sQsAc+WV9Bczu4eS"
    "QHoXUVzNOfjzp52iRKHO4NlVyrlC6Cpdu2bqyEuauSFrLD7XR9/QpXSFRnzIjukwfrczhV"
    "H5Hyo3IqWVd33lx9gurABMpIBBUyIGaVlMa99abaB+ZOVceNvGeyQG60n3a8NK6Pc0513F"
    "ih5EhdXP+6GT6xqoK4qR03N182vivvypzV9PjwEsVyl8iEwCODC2AToAP/6//JK3C7sSED"
    "JnqGAHmFfsTOx28Dh68XCv7lVbx1mfCvrBK61T+gTILvOtx1OF9V9m6j2bsRjqXRzQ+lT5"
    "D1robQhzLx9B/y4+k/pPNFEeP6wEYa6SRdD3Nxzkrl4pwV5OKcpXNx+BNtvrdq+QnVOREd"
    "Cboe4n1aCu/TArxPM5rBof/Lij5ET7lbdEDRJyfl/5ydvXv349kP795/uDj/8ceLDz9sN+"
    "z0raKd++PNJ7F5x/BPO4dUks4uYbUXkQBB5oWUBBQn6tNH1vH+Sn1H1bFMoi/43jLfSBbf"
    "ShEqT/VOT3XzPZbatn7L+qDymyxlNq+KqKWVINs/41oS4PiJsxvhyPeuHKi7asil9sam24"
    "SVsJJdiTgQ18qTYyILBpyUsI8ZkbE7jWOfdbxggDg2WDn8R75Z6gZHHXhTAa/iGLsUZbMB"
    "JS8nYO6sLbgA8417SbfJGhnAsfgSsoElmkS5hGkbWY3POaAHlaxNobdmm6rKIOTby551Mz"
    "PLrkDP3ZL0SVpsQNFNCT3H3NoCL2Lu1hZxM+7c2iLezRJ2f8uCePGGYHNzCV5WBLwSPxAs"
    "CfUs8Btmw/XrE34LYvFf0QpgpWP+LieA71b8yibD1l/RpGXs+5FKoao4Z8PmfXnDkDIIdc"
    "AgxDeMzAjP/CM/pOihQbv66kdLStZaUa3IbJQTZH3Ia6u7QCNf5fI4x4gUyrtRplBnchtG"
    "SNFg2ctBI/DWUvuPb7DSuU8REmXpVOZ5ZT9utQlO0n7sft3KrrkzeczeleN0TLU/MNrnqv"
    "0Rq/5OtT/iUai5Z0b4UUf8/Er1blT1tpy5iYzM0ytf6ooR9c48W71cOyeLDN9Rfu2RYHwv"
    "lOCmS44gkUtmQ4q9yvQJC/iOGtdRSlVrTqLWXGBTWC4lQY8TKswlMFdxdXttOp0zo6qCJd"
    "Vr7RRa5oaLp3KwJqgUsMocoswhrdbcZc0hquhLHUVfgn2zshVbPkyxowgnTppDSpGorH65"
    "XHUBPWo6Vb0jy/TQTPVCY6a7Z2bYMIO9NN90GXR4LpOfbEHKCHbDiUS1HwYQvgQ6MBxmkz"
    "Wk4NVKZ0DHwC8Y9hoQClz91L8DKBH5x3gBwtaYr7PylOt70AFBmMqIWoMRFa51lGFsyjeg"
    "bgn6Zzy9OC9jPb04zzefinvpLFn+VWvSOKcIe2FRbQDx48ZqtygKo5asb0tn7IXw45Lv8x"
    "l9RQscL0lChXcZvIPan/lZ9rtb7CbnaHE81+D+4eZu+PC/ohcyWut084iH11+H46vRNSe5"
    "moyv3Zv64lm86UJjkLNk4Y6L3N5eTYo2x/Gh+d29uEi0LwfjM7SZf8NPo/GMM4j/GpvzJN"
    "bW/Hr0dXQ7uR89XHKx8BmahIuZ6TbmYtz98GF2xyfSPo+G15cRIVJbQV202L6+uxmLZbBG"
    "uB08bkW3+oZ43J9m9YhpIm77WbatV4yuQcdfIBx31u+H4QszoW1DylVACxkZpoqfp5Nxjq"
    "SWRZz0ACLDBr8DE7HajDyDPy8d7Eb7g7mDTBth9lY87y91iRkFrBFgxViTCkNIRhycxL18"
    "YoJkGIJyzuZvSKLM7wSbm8HW+tYFZ62/b+xoaLkm+/Xci1Oqnjet9sgfqedNy1jaw+4WLU"
    "O4fHxyieYWpZxFR6lb3xHUk3vAUcvWdxIzC3Gh8xvEh4JloZmYpoOyTymcjlHdv5NArXS8"
    "MLnQpNohlMMrKFvtVUk4ECy/cHb5yvVdRGwBDSQKGvERmC0hrQazmT9bT0GjkP9WZivY9v"
    "s6HWpW+oV+oeaVO11Pcdt6xbiKBw89Au79yR7EXH09NxmXNfm8B0I19WbpLUhcx3QsMWiJ"
    "6NrF4lDA3BmvIhP2FTu/kxqHKdJC48Bgup7uXgqhcghpxwxk7TBslUgSsk2quojXcXpUdQ"
    "WpAwN/S7fkk+5TJdeXr12xkwX23cxeVYl3TfarCvqXZnWsisKe07ZKRFGnm1bFCKOtZEv1"
    "rtqundyo7yGkyBBPSsV9+3dOiiK/9XBMncUqVDx1k/HUub2h8yMjIyS9jPG9KBXje1EQ43"
    "uRiorkH5UEwv7wHqJbS6chv0NTGuH80JwISfMBOcdx/VcWepPyIzdZj+mP/wcrAgFr"
)
