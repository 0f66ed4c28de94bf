"""Migration 2_20261202064747_customers: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

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
        DROP TABLE IF EXISTS "affiliate_entry";
        DROP TABLE IF EXISTS "complaint";
        DROP TABLE IF EXISTS "affiliate_payout";
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
        ALTER TABLE "account" ADD "referred_at" TIMESTAMPTZ;
        ALTER TABLE "account" ADD "referral_code" VARCHAR(16) UNIQUE;
        ALTER TABLE "account" ADD "referred_by_id" INT;
        ALTER TABLE "account" ADD CONSTRAINT "fk_account_account_6d9f4199" FOREIGN KEY ("referred_by_id") REFERENCES "account" ("id") ON DELETE SET NULL;""",
        "downgrade": """
        DROP INDEX IF EXISTS "uid_account_referra_a7b240";
        ALTER TABLE "account" DROP CONSTRAINT IF EXISTS "fk_account_account_6d9f4199";
        ALTER TABLE "account" DROP COLUMN "referred_at";
        ALTER TABLE "account" DROP COLUMN "referral_code";
        ALTER TABLE "account" DROP COLUMN "referred_by_id";
        DROP TABLE IF EXISTS "affiliate_payout";
        DROP TABLE IF EXISTS "signup_confirmation";
        DROP TABLE IF EXISTS "complaint";
        DROP TABLE IF EXISTS "affiliate_entry";""",
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
    "eJztXWtz27jV/isYfWky42QSX5LU2+mMYquJdm3Jr6WkN3dYSoQs1BTIAqS9arv//QV4EQ"
    "neRFCkRDGY2dldkziQ9BwQxHnO7b+9lWVAk77tz+eQ0iFeWL1L8N8e1leQ/U/G3RPQ0207"
    "uscvOPrM9IY7aP4EHU33hmsoHD+jDtHnDhux0E0K2SUD0jlBtoMszOUmkDxDAnw5YEBHRy"
    "YFOpi71LFW7I5tUQcalwDiOVnb7H+B7gACqXMCbJc88r8XDp8BvCyRCd/yjzWsOftchB8b"
    "+wQXo3+7UHOsR+gsIWGf8/d/sMsIG/BXSMM/7SdtgaBpCMAig0/gXdecte1dG2LnT95A/u"
    "Vn2twy3RWOBttrZ2nhzWiEHX71EWJIdPZ92TWHuBxc7JpmoJEQb/+bRkP8rxiTMeBCd02u"
    "Ii7tf4HoWk/TRuOpNhlMNa2XUl8oEcM7uDS3MFc9+6rU+/WP/Cu8OX1//vH809mH809siP"
    "c1N1c+/uZ/dASML+jBM5r2fvPu647uj/AwjkCdI5upwYG/Omlwp+xqNrqiVAJl9vWTKIeY"
    "xmAOQNygHA6JYI4W/h5wLgBxOvjLlM+8ovTfJr8w+t6/v/rav3912//La+/OOrhzMx59CY"
    "db7Pn1H/HR1c34s6eH2C6h0yeYsaCvljrJxjySqIR3alkfGHD2e37VTIgfnSVfze/eFWgg"
    "xJuNep2ANrh16t8TMZ4TyPHQ9Iy1fc3uOGgFc9a3IJnA2whE34b/Uw/6+9xVilb78HYwmf"
    "Zv74Qlf92fDvidU2G5h1dffUioZTMJ+PNw+hXwP8HfxqOBhyZ7azwS7xOjcdO/9fh30l3H"
    "0rD1oulGHMjwcnhJ0LL/qqmgZEGwBh0f0Y52bDpmN5cW0aROAILM9oNA+xVaz1EgAjU4eU"
    "qBKshUArV176EaUOVH1sVT5vnKByyN8J8sAtEj/gWuPaCH7DvpeA4zYA3sielmoiMD+Ldw"
    "DYVXoyeL6C+bc764tNjvZ78aOv6ZqD+56l8PehlbQg3AfqPweM+rW1EVdkEBVfYNwOjbzU"
    "3PW74zff70ohNDy1nH7EBk0DTanwOxP/1yD03d+xG5QEcW8T2brDuQe/hZp1YMNwHR9K3V"
    "6Sp5Rcf6o/eT+GfzT8oGrZBoCGEtSzaQcPxWsqFv2xAbbyxsrpm5/wzJGvBDEbPs2dO1WI"
    "AVXM2Yoc8nBMysB+yIoBPA7UNgLUIGgXMbb8Ev0HbAyxLiFN/QxIc8YD4ydg8gh0JzARAN"
    "OYpXfISJ8BOfFAPHJZh6WnitCIsWEhby5/x9GnHqhF/1hB/xn5LH/JSgOuunz/p804SSBp"
    "Qgo0BVBpQyoFp17kwe9WUNKNHjtCO6orvruPaF0rZU6lWTY1Cld15lp27BVnjZSNupDVtg"
    "lut97yzTy7t1UmRz6bFBWw2tMYaRf3VurWwdM2OIWygOxDp2ArsoHPLGesHMhCHWC7AtDj"
    "nQnbQjt65JlSnULlPI+28K1nwPYjhe+Q/L+Q8R1WwCNaqbMIv6siwT6jhnCSdEE5DPmGxT"
    "mG+u7Nfi/Dwe3wjG5udh0g3+7fbz4P7Ve08FbBDy9/f0uZq6tm0RR/N3H4mNIy24vxP2u1"
    "ZvIhG4S4ttgXSpGYjyn0s1l2bFIeRinCuvoE5CfVzxB/vdvfl5b4zNdfBKPhIqKzg9FDJZ"
    "BC4gIbrJ1GlIvZ5TgrXEVR32BCS8pN9/KPGOfp9UXfSK5reStBaHrNIjlhBV8R9tZoc3yp"
    "qtZTnMpKAiMrdSbjHQ6mGGQvv3uFAuT10k19hOfvZwW/Jh293n3i3wRQpzsUAmYr9Jg5hN"
    "l2mlyYAVTjdgs62P8FRVCrS5tVohStnUzEbVs3bTRjE77nVm62vL3fmhDKe782br6kLTba"
    "Q51hPEu8Jloymfpqs4cUbW1LOpDhmcrsJ5ugqUieZsMe26y9/4s3QcJG2JqGORjANcBay+"
    "RnN1ETK2Bz9abBaNDcGUnb/qWWHTYLauwoYw27kUbLKw2cT6F5zvutnf+bN0FSQ/lmFHjD"
    "oX8SFA5NKdn7huhRQ0G4ct2jlZwQApS6ggJkAwXNflYgOE+GjuvZ/pJqdevOhnDALCgEc2"
    "85vUXfEbyKEgMI5PgM39/y4hEM/X6TCBBubfHjHw93h8RMzt8Q8VSrDPUIIn9rOyfRUD7K"
    "5STJ+AcSjb5rCC3tX49nY4mQzHo0sQMSAP+H7wfXA/6d9cAsKjYKhuPuC7/l/H36aXwN6Y"
    "5/LhCKWiEQqCEZKeDn0VPiSJ7R495odGb2S6FGj6+9PTs7OPp+/OPny6OP/48eLTu83DkL"
    "5V9FR8Hn7hD4agggwnbrCfyXjy4jJtfioq+vHOSizus9y1fZZc2haRDk2PiyiHTnrRGtBw"
    "bag9QallK0rVs3Db5H4uFSP2viBG7P2x15hQDuiTyulJ/F0qnZoUE+rSO7i2jco/YsnBKs"
    "io3T8r2Uv0IVcMmahh+XYQ6IK4iZglu7eYibZtEBK5NLHFJQRM3LPd+n54NU3m0YjLUkWm"
    "SESmFKCdnbUUmb67Yizt6z5SrIW3Us56PlACU0IFRdxlpKUy5GW0Srayl/l4l+EI2SpzXO"
    "9bEMgGU0USHoIkVByU4qAOCH2THFS0wVRhwCPp/SEd7YQ9OcDZ++j/vrFX0uCac97BHJz0"
    "Hl5zytvfDA9PeAsbfUov22L7RVlFrrSaXOGLrkr9zkhMZW+0Wb+KPGuKPEPyGTGikGJ1su"
    "iz8O0hn22UklQAK9rssLRZtCRrQLhbEWNJdDOe31JcGVLolmLIUD05codJ9joS1JuNggxT"
    "cbI4xFiaTgF5GCYFlWINe32v3KsXk3gC6NyyoQHmBBpsCSDdBDqwCVrpZA2WOjYocCx+SS"
    "cO0yQwdLqcWew3Z4Q61jatqonULo5S1URqNt7Fe3a1JXsGZFAWpToXWfThvATQH85zcea3"
    "Enwk35My3nA/T8ajbIgjiSQZguYO+B8wEW3sYNz7w8LFc44hmLnIdBCmb/nn/VGSmqyDHe"
    "EICcRIqltTsjHTich48AmS3ZpUlFcVVRwdUWXq1PHqWVVQdFJWUZJt1jSBz+yVVM23EJdU"
    "Wm6zlhXx3GxhO1l+NCWn0FX06J7o0cwa6NGC3B97d6zYph7ebHgPE+P2mehYZFeEGydFlN"
    "RsM6TJIDZFA+2TBpKtvblTyc2WQStQE+dlOKDzfAroPMUAKYatWYYNUW3FPk+ziWW486xw"
    "yy2Fx5PSe6w9Hq7zoy09TuAjog4kvMsHe9+bvhdJtvp7wSyqELyENhClLqTaHBIHLdCc4S"
    "Nfhz9zBqWFLVpI2SNl/LKqPluOSza+pnmRiZwtRa78E9/ev/uTdQmrJq2EqEJihqUglE/M"
    "txbmwrBm015ySuOcgHhGjCqacygjg7qzsAZb2cNwTKSD5+FGuvDwBr9piKfsao6vORjfCX"
    "yL2PjBX6bFjs4NGX8zHn0Jhye9n0efB8MeqRVyKuTBTL59vh1OvTyYzRwP+NvoenCv3Q++"
    "Dwd/vgQu5oVmCHxG8IUXi5qMb777iTPUMp9hS3JldExfsnoM5j8kkUQtTUZ+sKdEhQNUUs"
    "WxuQ/9x76qlzguqtzE7dazv5lX0rMgqvTcZj2rcIBmwgEY6EtLsoKfIKNQzWrUqGPDlC2M"
    "KAqp5LM0rEKX9JKoCjIKVBWycsiMPn/nrAHbjserCG+YErg6m24BO+Jauu1AyzaFssAKu2"
    "GJ/MjgnbS/FXukuIrvbun8yCYdJ6FPLsNtEnPX5TtNzNigvblMOBsJlU9kz40E5EpOd7bW"
    "dO2tjl1iygAbDO+EE0SE9qKUk+miwMl0kXYy+XtFJr7l3B57DnHr8VYtHDM5yHt3g9H1cP"
    "TlEgTyD7h/NR1+H1wCtiWjZ/iAuXT/6mpw5zlGsOXw4qHQDv0rB/d1LC2Tu2SKHFU5pnFS"
    "cI/aklRTa2I9A8yeozATSbRjkgrurXAblhe7OWcnwUfoJROmIS8Md8ueQEW7VYgAregOSA"
    "grh0CbHQLKj/tDqFn5fZqh0r3EKTlU4yIKU8WkH5RJ3yT+7QjtJsewo8DGH1rpzgaxtWwY"
    "O8e9B2xjn0/VIcRFo0t1bi8LFXVnm8nrWVmT2IxdRU31a6/U5t7bvw7X7L6dduCWHuXEDM"
    "iIeuD6Rswrb7ouLbYdHXdJD3YG0rc6Xk8t/u+6Xdjt8sEUHGi8H6YlfJfRzyR8BTJ7PjOV"
    "0SKeIriv6jLh/t5oKbgZyAV3nSWx3MdlTCrmCM0sn8Gua0l34m9lXLP+iSjfP7s5MW110v"
    "r7XClXba8P2DyuCcGM/04HMKiADjgHCYLZfgJsujcWBpt9k4k8Q4Acr6oqtrgnNxycVai1"
    "/g9QtTra5TJWBSWaTaCzXcLewdWqGiZlFdPZaqZTfP2U3KdEIcXKZXVa8b3lm8O/ZMuVbG"
    "kVSLyV/owdl3bk6LpXVeIkwdKJj/H22nfJVVkfyN0zapNY5zzRbYzZDBnAfNMgxhFuNw5i"
    "5GQJ88DmQHltFi7ZsZ1YLwBR8EJ4qjX2zvLsAA4C3h68LC0KgTc9P72zka9m7PQOKGLTAm"
    "vBZgjxfp1hKTT7WWViT+NRrkGZjpj/RtXn2Hu/WunjrjrkHsEhV5+HXGFZizGS6KDN2EAY"
    "GnR0JBVtHEl0LsqvkXBjFZHSUCby3JFORI6JKIssDamiFJSl2zLrq8DSzUmZVVFUDeYj8w"
    "20Bmi7ndwZf820kSYQ4l7yuYJkeMx2woAmJUr1fJy7hMMO4tKA/aOHnjzwyrW5PUZPADPl"
    "HTb27du3r3/ixjx3/zHLHzFznpv8Bb7Fxj5HuRjbxQQoF2PDLkZIkGVoKws7y4z4kwLPSE"
    "Juf0fF96etXsvxhCQMX6iWxXhwMisvESkmVMRnHe0bNws8Tk+luyn4ma1p9Lb1UYjkVAeF"
    "8vlzyl5U9mLLzt5lPKMHPXxvHKb5B++4T3X7oTvu02244IqjE3ZXS9RdcWlQpt5yyRxm3V"
    "UH4L2WZUFZmU7lyluEsm0+DPduhleD0WRwGZphD7h/fT0eTS5BlHYk396pTBGXouZOWWVG"
    "jqy8eo2FRsKiImFBkQd81R9dDW5u+MU5/8mmya9eD65uhiN+0YBzE+FqpUfq157FfotW6X"
    "yTIVmLr6EDe1YsfcF/k0gWOhKllPuxjPuR97DR8VqTpUWScp1DuxFyJETNd5Jn7P75bRoy"
    "RDuAeVEwSiPtGizssANwheUuynUA+r0sdx81uJIMIkkJdg/vi/MyeF+c5+PN72U3I8HwRc"
    "t1dBZyXTkzqLJRErSXbXmfV/5IGAnsj+56dyQnQT/Tmv+VgejPk/EoJ5RHFEvS3mjugP8x"
    "+5A2hm/vDwsXe7GGYOYi00GYvuWf98cDvEk5TMVv0uRL80QM1eQTJN+kBDIwaLWSWUlZFW"
    "Xb6ihbZnojo5KiRUlVAa/NWqboEeuOS6TOxYJQF/rH7aWLJVnRKoVUU4LdA7yJCHZ/C5qt"
    "5Xi6lJyKCFYe3v0FeoQHJNllmyGpFm4aYNEZKQdxpqxaxvk0fiWUM2UVyvkoV9qLM2XVhq"
    "Fibg6Zo5GOFFGpGlswznwnlel0lgrZUVBv63mW9WIqD/Uhdo6W7c2SSEvvH/EzcA04dzsb"
    "KcNgKNHIL7KOFcBbAE4RCdI5X+lCPQeon30k6O9aQrVMjG5UejY/SFcoT7s9SjeqjuuNbz"
    "ZOl8CV9aybGvsvv040CtmLzOfoLbaawvsGm0iVqtl3fC7XgGTgW0ykzZG5bYp74wEOkijH"
    "RBTK5VBGVBP6kGW8sbZkXqXE9xiKchjHYY2RKBmbeUoBxQ7c7BmUI7fNjtyi17tclEb+PG"
    "oFtHkFsH1zbhECc6qjbdtzRVkV+yex4/rvqUptBAVJFRHV6gcsVJasdzYlp1wtKqhAubAO"
    "vSfVXlA7es4VPboF2tSW2KqSWGPXmVm/3vIslAyuL3b3pIjls7xxWpjM0ii9p8i6fZJ1Bj"
    "RcG3otn1LgFtXIjUvVQyYdFubmo2aZRYJsBLOc1PlAC0IdJO0aySKj7uxfzPyTwTkm0kGU"
    "z0qt57OC9XyWXs8zy8jYM/Lzf8PxncB372m/QVpjBbNckFRmeavNct1x4MqWyr2Mi6jsy6"
    "Qpjtl2pAUQVXh4MsTVE9TqJ6iiq2DfnoEDdJLthHpNnToaJCSrSnf+0UOU6kAphn0cP1LM"
    "22EIjDud0heLGPeQQqeXwWGIA06KaAw7GKqRzdgSFbwtDN/wBx+YCD/xRrxMFuggnAy8eu"
    "h9w/wj+D3TegQIP7C5ve6+GL6AoPDN7yhYIEIdPgThrK5fTX6S4l3axbs41hPE2lKnSxkz"
    "VZTqHO/yoQwZ8CGfC/iQW1BG2U2dPhbAX23EpqugZlFSqbnVanarNf52a+353U43VVf0K9"
    "nxLCahXObbXeYuraU3ckmHbtvALevRjS2qNhVYvyOW4c6d70H5lCxTSBxxUmgL+WPj1Vjq"
    "dev+vTcjul9tO/yMfyiT44AmR4WCPbuW6mnbDtB0rR6+4udSFl0koQAuATBhm7HOj3OyLY"
    "QEsR2bCLUN9AKQM7oIebuy3CkrLqKOWduPWZsX347nrM/hPEcGb9mDVnxdyZ60YlQamj/B"
    "LJ+pTDLx1JvkaM2//aYRs3OmFy2TfQQNA2kKz56bQc1mCqtmPYfmuZFjShXk3Ah08DzUSB"
    "zWMfbhMXUcdsKR6cNz0x95rXQCed6HZzr8PuBdeHh7wwc8HmlfxzdsBPshS8vkXXnGt3c3"
    "A69VD/eO8RdMTq+epD+uXKBoqTjRgjDRDG0SR7ZDpiD0I3fIhNiQxS4m8iMjpxxlVYA8Po"
    "bdawBeyYkiSCo1t1rNlQqWqkqlsna+qjpY3tYvVW6wlLmv06cdjf3ASJ2ymTqE+D5Mfg+y"
    "fLM/RHSr6a854ciGO/puaJ14J98Y/6BYAcUKKFYgCfdBWAHHMixZSmA6vh6zR4NJPuDhSL"
    "u7H39hb5PJJUBYY085P1PRB/z5Znz1Czf2Z6bF9gPelpcdvC6BYWGoyICumrS83JccdJHE"
    "j4ybogKqAHl0NqKiAn4INYcHbqlzrCikqICspiWeZSHZrCQuoypnbeVXYnbajvxKzC19ZO"
    "u2LL8iPrLbKzxFlvGO0HYtciIJrPDQ7ru2U4xrpLxVJczqInyr4/XU4v9uOH77oJxEgb68"
    "n6UlKKnwRxJOB/KO4IkXYsQjWsTTBa9mdClEf2/UFNyKiwZDnCWx3Mdl6m6ortyHkV3XUv"
    "j/VsjBTZgxmxP5Hd46KeLeaGxQibxX/gPeIPwWjLG5Bs4SgsnX/pvTiw/AWnh/zqBOIAFe"
    "UiJAFFCH7R1GVmLrLlOpzNWWcXcqc7WnMldb8ObuhHnmlaagkD0b8opOyipVt1rVKkn5h1"
    "Azgc/sXVdl4xYlVapym7WsUpVVqnILyImWpipPmI5c+8rCC0RWupNntKZHnRTar954Dooo"
    "sNWWnTILM1Fbaak7IJiIAt03UF37dxRAXuT6J+BiB5ncNMWefWoTtNLJmjuIseV4wwGzZ1"
    "OmbqOfVCbgJfikzVskdnRQMS7KTlZ2srKTj/K8pYynH0LNydeX1POckFUGVJs1rQwoZUAp"
    "AyrPgAqc6hlGU+RuzzeUIt/+/tPreXx9FD7sUdQrSCn7mcoG2bsNgt3VLGsXyAU2Eqhni+"
    "0AujGLjmORwrJcRH0o2+b8hd6kfzOYXAKqm5A+4Mm3u7vx/ZT97dq2RZwHfHc//nlwxa4E"
    "oQ4P+MtgNLgfXl0C7xegeZIQOUzcvAFtnTir3F5L29UlztAFpU02WuMJEcObm+HoyyWYId"
    "PkmmqF2o4wZ4W6sxVyHPlaFpNvn2+HU68uxWaOB9yfTIZfvBIXQfyQUZTWcnc/0K5uxhOv"
    "JAaB2ty0qFfdIrgW/n0/GN8NvFkJtGwYVt44uL5tgiyCnJzOc9s1Hpffo86xRVa6Kavw2/"
    "7P4/tLsNL/ZZEHPBrf3/ZvGPDeXA/4djjy7iLs96iQVc77Msp5n6+c9ynlLC32qs7iLgub"
    "b8ekVNttibbbKiGy6YRIRDXTepRczpGQWs0Sq5lhJttRNCZSaUUnmboW+Tzqr4KqfB5VFv"
    "jxUaQqQ+9HUHOSI5PUdYa4UnirFe4159KYUbNY8E5kNvulVRRfMI1yfbVZ/xtl8XoDVcJE"
    "U+JK323Wd2AUay86Ys8rCqgMGZVnz6C03matW8+QsCdU0uKMSSmTU8LkpJb5XOmoLAiqJ6"
    "rNT1TEcVfQc0pY6brNuq6sZ6Xjo9ExQz3wPYoKnqx008wNUYikOlRB5ez044dNeAL/oygy"
    "YXLb5+7b5CvQB4Yhtcr2fOf3R09L1sLBtvhRqatJegL/aml/9VJ1R6SFY9uwVFntZgKrwm"
    "IpksCKUh16G9QHrMswkQyzFmQUqGlQE51TpSvrZQgrmFWt/X3X2k/vEzVgWzJboGVLtzSu"
    "8a0xpxRcwU5RA77pDs/dRDp7mywBebzumlrLRWtZPD1JFzYUdmZIqYbwwsoguyXacvS9iY"
    "bBPB3Zm5MGRAiVRqBu7NjHJALsnk3WVdC8vn2+yE5oXYXzdOehTr5tEoUtK0Ml1yDnGMHS"
    "HUefLzndVUvj4P5muq4+hUvEa3JmxHTKg/U1mqqLSAWxWLWsq1t/ri5BtWPabCxuDs0hpr"
    "UURL7xp6oC81HVRI79zmRZ5HgXdbEgcoBzTk1koTx2rBpycN2MPrGuMsipHTc3S1rclbfl"
    "S2u6OLxEieQFMiHwxaABHAvoIHj6f/LLGq8dSIGJniFAfnknvvOx28Bl64WAf/p1jj0l/D"
    "OrcHL9H1AmrXsV7TpMrypne6852zGNpdHNT6BIiHWuctSnMlkUn/KzKD6ls4QRZfbAWhrp"
    "pFwHM7BOS2VgnRZkYJ2mM7DYJzpsb9Xy0+hzIjoSch3E+30pvN8X4P0+owUg+k9W9CF6zN"
    "2iQ4kuOSl/f3p6dvbx9N3Zh08X5x8/Xnx6t9mw07eKdu7Pwy988xbwTzuHVGrWtsNqJyIB"
    "wnwbqROQKNSlh+zIu2p1HVXXNi3dYHvLbC1Zci0lqDzVWz3V+++s1bb1W9YHld9aK7NlWc"
    "wsrQXZ7pFrSYDFN852hGPPu3KgbqscmNob990crgRLdsXjQDyWJ4ciCweclODH5rGxW8mx"
    "rzo2KLBcByxd9iXfLPQ5Qx34UwG/zhy95MXSAbFeTsDMXdnQALO1d0l3rBWaA9dmS8gBNm"
    "8N5gmmObIGP2eHzmOynEJnaZu6il/k82XPupmZZVdg525EunRa3IOhmzr0HHJrC72IuVtb"
    "zM24dWuLeTdL8P62DbHxxsLm+hK8LC3win9BsLCIz8CvqQNXr0/YLYj5v3kDiKWO2W85AW"
    "y3YlfWGVx/TZOW4fdj9WFVSdY90/vyxJAihI6AEGIbRmaEZ/4rP5LoIKFdf82rBbFWWlGF"
    "0GyUE2JdyGtruiwnW+XyOAtCCuXtKBOoU7kNI5LYY7HT3l7gbaTiI9tgpXOfYiKK6VT0vO"
    "KPW03BSfLH3tOteM2tyWPOthynQ5r9IWmfa/bHWP2tZn/Mo9Bwp5TooY75+ZXpvVfT23Zn"
    "Jppnvr3yT12CUOfo2frPtTPLyPAd5dceCcd3wgjed8kRxHPJHEiw348gwYBvqWwel1S15i"
    "RqzYWcwmIhCbooqDCXwFzF1VXadI6ORlUFS+q32gm0zTU7nsrBmpBSwCo6RNEhrbbcZekQ"
    "VfSliaIv4b5Z24otH6Z4pAgn3jS7lCJRWf1yueocerTvVPUjWaa7ZqoXkpnenpnBYYZ7aT"
    "51Gfb1LpOfbENCLeyFE/FqPxQgfAl0MHepY60gAa+WOgU6BkHBsNfAIsCzT4M7gFg8/xgb"
    "IGqI+jorT7m5D9ohCFORqA2QqHClowyyKZ9A3Qh0jzy9OC/Dnl6c59On/F46S5Y91Zo0zi"
    "nBTjCqe0D8sLHaLYrCaCTr29YpfbHY65Lt8xndZAscL0lBhXcZvMPan/lZ9tsbKyfnaHE8"
    "V+/ufnjbv/8r74CNVjpZP+D+9ff+6GpwzUSuxqNr76ZuPPNfamgUMpUY3rjY7c3V5NHmMD"
    "60oKcbOxJV1aA4Q5v11/8yGE2Zgti3cZhOhGb214Pvg5vx3eD+kh0Ln6FpsWNmunk9H3fX"
    "v5/esom0r4P+9WXsEKktoc4bq1/fDkd8GawQboeOo69YVcfiDG3WsajVybe7u/H9lDe+t2"
    "2LOLyR/fjnwdV0wh9ir/AgTWu5HVpDVONx28+ybb0EuT06/sLD8dH6/TB8oSZ0HEiYCWij"
    "eQZV8fNkPMo5qWUJJz2AaO6A/wET0cZInt4fFi72ov3BzEWmgzB9yz/vj00dMwpUw8ESVJ"
    "MKQ0hGHJyIXj4+QTIMQTln8zckXuZ3jM11b8O+HYOzNtg3trQxXVnVeu6JkqrnTas98gfq"
    "edMylXawu0XLEC4fn1yiuUUpZ9FB6tYfCerJPeCgZeuPErPFApmI/SbN1teW61D236w9VA"
    "q4cM47b8ofBTkFWgnQbMRsnCeId0XLRlM+zREetUvhdIhmEkcJ1FLHhsnO6Kr7Rjm8wirp"
    "flGOHcEK6rSXb5RwjIgZcI54/Sw2AtMFJPVgNg1m6yhoBLLvSh0FW7Wn0yVmrU/oN2Jeed"
    "N1FLeNE5ZACnd9BdwFk93zubr63qTMtGHz7gjVxJ+lsyChR+zafNACkZWHxa6AeTNexSbs"
    "KnZB4z4GU6xjy46xmx3dvRRC5RDSDhk3fcSw1XKSkO2Jdox4HaYl2rEgtWOceekOkNJt0e"
    "TaQLYrVLfAnZDZGi3xW5Pt0cJ2uVkN0uKw53RJ40H76R5pgmC8c3GpVmmbtZObZNCHBM35"
    "J6XSDII7J0WJBno0psnaKCp8f5/h+7mtyPMDcWMinQwpvygVUn5REFJ+kQrCZQ+VBMLB8A"
    "6i20hjq6AhWBrh/EiwmMj+478OE2lSW6RXKmxhn+W/fvt/eBgXjw=="
)
