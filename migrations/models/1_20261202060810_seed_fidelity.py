"""Migration 1_20261202060810_seed_fidelity: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

aerich passes the connection; each function returns the SQL of that connection's dialect.
"""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": {
        "upgrade": """
        ALTER TABLE "license_url_change" ADD "removal_reminder_sent_at" TIMESTAMP;
        ALTER TABLE "license_url_change" ADD "is_correction" INT NOT NULL DEFAULT 0;
        ALTER TABLE "ticket" ADD "hotrush_wait_since" TIMESTAMP;
        CREATE INDEX "idx_license_url_removal_76ffd0" ON "license_url_change" ("removal_reminder_sent_at", "old_removal_due_at");""",
        "downgrade": """
        DROP INDEX IF EXISTS "idx_license_url_removal_76ffd0";
        ALTER TABLE "license_url_change" DROP COLUMN "removal_reminder_sent_at";
        ALTER TABLE "license_url_change" DROP COLUMN "is_correction";
        ALTER TABLE "ticket" DROP COLUMN "hotrush_wait_since";""",
    },
    "postgres": {
        "upgrade": """
        ALTER TABLE "license_url_change" ADD "removal_reminder_sent_at" TIMESTAMPTZ;
        ALTER TABLE "license_url_change" ADD "is_correction" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "ticket" ADD "hotrush_wait_since" TIMESTAMPTZ;
        CREATE INDEX IF NOT EXISTS "idx_license_url_removal_76ffd0" ON "license_url_change" ("removal_reminder_sent_at", "old_removal_due_at");""",
        "downgrade": """
        DROP INDEX IF EXISTS "idx_license_url_removal_76ffd0";
        ALTER TABLE "license_url_change" DROP COLUMN "removal_reminder_sent_at";
        ALTER TABLE "license_url_change" DROP COLUMN "is_correction";
        ALTER TABLE "ticket" DROP COLUMN "hotrush_wait_since";""",
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
    "eJztXXtv2zi2/yqE/7ktkBaTtGl7s4sF3MTTZiaxg9jt3bubhVaW6JgTmdSSUjK+u/PdL6"
    "mH9ZZFWZZllcBgZiLxUNbvkNR5n38PVsSEFns7NAzI2DVekMEF+PcA6yvI/yfn7gkY6LYd"
    "3RMXHH1uecMdZDxBR9O94RoKx8+ZQ3XD4SMWusUgv2RCZlBkO4hgQTeF9BlS4NMBEzo6sh"
    "jQgeEyh6z4HZswB5oXAGKDrm3+v0B3AIXMOQG2Sx/F3wtHzABelsiCb8VjTWLw5yL8uLcn"
    "uBj9y4WaQx6hs4SUP+fv/+CXETbh75CFf9pP2gJBy0wAi0wxgXddc9a2d+0aOz97A8WPn2"
    "sGsdwVjgbba2dJ8GY0wo64+ggxpDr/vfyaQ10BLnYtK+BIiLf/S6Mh/k+M0ZhwobuWYJGg"
    "9n9AdG2gaePJTJuOZpo2yLAvpIjhHVwyCBas5z+VeW//KH7Cm7PT9x/ff3r34f0nPsT7mZ"
    "srH//wHx0B4xN68Ixngz+8+7qj+yM8jCNQDWRzNjjwdycL7oxfzUc3SZVCmf/8NMohpjGY"
    "AxA3KIdDIpijhd8CziUgzkZ/nYmZV4z9yxIXxt+H95dfh/evbod/fe3dWQd3bibjL+Fwwv"
    "evv8XHlzeTzx4fYqeEzp5gzoK+XOo0H/OIohbemWV9YMD5+/yuWRA/Okuxmn/6qYQDId58"
    "1OsUtMGtM/9eEmODQoGHpues7St+x0ErWLC+E5QpvM2A9G34P82g3+apUrbar29H09nw9i"
    "6x5K+Gs5G4c5ZY7uHVVx9SbNlMAv7nevYViD/B3ybjkYcm/2o8Uu+J0bjZ3wbiN+muQzRM"
    "XjTdjAMZXg4vJbjsf2pqMDlB2ACPj+hEOzYe85tLQjUpCSBBs10Q6D5DmxEFIlADyVMK1A"
    "RNLVA79x1qAFUhsi6ecuUrH7Aswj8TCtEj/hWuPaCv+W/SsQFzYA30idlmoiMD+I9wDYVX"
    "o51F9ZeNnJ9cWvz9+VtDx5eJhtPL4dVokHMkNADsNwaPV17dimriFEygyn8BGH+7uRl4y3"
    "euG08vOjW1gnXMBSKTZdH+HJD9/Os9tHTvJQqBjjTiez5ZfyD38CNnJIZbAtHsrdXZKn1F"
    "x/qj90ri2eJJ+aCVGhpCWKsaG2g4fquxYWjbEJtvCLbWXN1/hnQNhFDENXu+uxYLsIKrOV"
    "f0xYSAq/WAiwg6BUI/BGQRWhCEbeMt+BXaDnhZQpyxN+zjIQ9YjIzdA8hh0FoAxEIbxSsx"
    "wkL4SUyKgeNSzDwuvFYGiw4aLOTl/DaVOCXh15XwI/unpJifIVSyflbWF4cmlFSgEjQKVK"
    "VAKQWqU3JnWtSXVaCSHqcd0U26u47rXKisS2U+NQUKVfbkVXrqFmwTHxtpPXXPGhhxvd+d"
    "p3p5t07KdC49NmirojXBMPKvGmRl65grQ0JDcSDWsRPoReGQN+QFcxWGkhdgEwE50J2sI7"
    "epSZUq1C1VyPtvBtZiD2I4XvkPq/kPEdNsCjWmWzDP9EWIBXVcsIRTpCnI55x2X5hvrrSr"
    "cX6eTG4Syubn67Qb/Nvt59H9q1OPBXwQ8s/3rFzNXNsm1NH800fi4MgStidh/9TpQyQCd0"
    "n4EciWmomYeF2muSwvDqEQ40J6BXUa6uOKP2j39Bby3gRb6+CTfCSmrEB6yFiyMvprFZeK"
    "biMuSz1BvKtfxUYzMc0RLoNCl0p8G1nI4BjlfoIlULrxZ+k5SNoScSGerhvB6ms0Vx8hI6"
    "7zyAWFR40PwWwBaTMrbBbM1lfYEOYqpIJNFjabkt+gkSfOyoB158/SV5B8E+aOGPXO0JuA"
    "iIvbu+64flkS9xt+EcpWeda/mNxVYv4LpbyKkRZefIMXBHECmEFsaAKuDZgQO0i3gA5sil"
    "Y6XYOljk0GHCIu6dThnASmzpZzwt85awJsblplBFRGwM6cCUkj4GklI+BpiRHwNGsE9Pau"
    "tuR7QAblJFUzWB92GSeQ/vC+AtAf3hfiLG6lbH7iTMr5rv0ynYwLjH0birR9BBkO+A+wuP"
    "ayryU9+PPCxYbAEMxdZDkIs7fieX8Z7Pfjlwe3QChhGsmkJ6UzkU6SNg8xQTo9SZmu6rCi"
    "S6aqSlFXls4cz4Bbg9FpWpVB02VOU/jMP0l1+JykVFzuMpeDWAPpCMoYkYpJK/HkzNdy0G"
    "boFLrbI/5iATO7B6WFMx0ZxBIhabG9uz3oL1qQDcBb0Y50rNhmNm8+vIeJSvtMdZybDuTf"
    "OCkzSc03Q7aZo4oxVWagbpmBDM5mGQNFOL53pon3VWxA74tNQO8zFiBlYduvhQ0xbcWfp9"
    "mUmK6R893fFmmXpm4x2C5c50cba0fhI2IOpCKsnX/vLd93JBvuWDKLinyU4AZizIVMMyB1"
    "0AIZHB/5wNPcGRQXtnChVgSXikyq4LB+5sdCwZEiF/ggjvfv/mR9wmqfWkK4tHL0hNiqK9"
    "YUrNigfeoKf48r/fwDwnfmP5T+0Kb+8ARzLALFMm4wvHfaw+mHKvJt2sQbE28/pKVbl1oy"
    "wAbDe6g7nFfSHc5LdIfzrO7gnxW5+I6wu8oYspIe5JC4PbQHosSJwEwO8sHdaHx1Pf5yAQ"
    "L6Bzy8nF1/H10AfiSjZ/iABfXw8nJ0NxtdcYYQv8qLqMo6qMGss2rpVCXZVGlOLYklEjwF"
    "5m6OLFC8IzKELXJLkk2dMVkEmD1H0pIk2jFKBfdWuE3imSCMpY4fYUFCVanWlj+BUtpqGD"
    "Jq+rhTxMrN3WU3t4pO+iHYrKIZ9hPN4Pn/5FCNkyhMVQxDk372khiGe36G3F9fzgbZ9dsA"
    "tBtXeU+BjW/aAlgr5Smb5s7m28DaOBRT9QjxpNKlUm+rQsXc+WbyZlbWNDZjX1FTCbe18p"
    "S98+tw2crd1AO3JJlSKzBGNAPXN2pdetP1abHt6LirkPV8q+P1jIh/V5Ro6qc+H9QHUyLQ"
    "eC+mpXyX0WtSsQK5Pp/rkSfUY4TwVV2kymNuuBTcDMtn+HedJSXu4zJGFXOE5kaB8uta2p"
    "34RxXXrC8RFftnNxLTVietf85VctUOhoDP41oQzMV7OoBDBXQgbJAgmO1PgE/3hmCwOTc5"
    "yTMEyPGSgzERntxwcF6+cfMPUCGn3XIZq7jI/ZYftF3Kv8H1kvPStMrS2WlLZ/LzU/GcSh"
    "Ipq1yOpTPwlm+EfzmAC6hVKfyt5s+YuLSjja5/wZEnKStdchtvT+FKr8rmQO6fUpvGumBH"
    "d6reeMoCWKwaxGyE25WDmHFSst2T7lUCRwy8UOQ4EHuyfNBVSdjtwcuSMAi86YX0zke+mn"
    "PpHTDEp/VaM21k/Nc5msJ+n1Ul9jQe5eoM+O1EOKq4pBSLNhUL1eKpl0KuboS2wqoaY0TR"
    "Q51xD2Fo0NGRVLRxRNG7KL+9hBuriJT96Gl8o0u3d46RKI0sC6kyKShNt2PaV4mmmx/oo6"
    "Ko9hhF5R2gDUDbr2rCWVid+u2zWzATJOJeim0F6fCY7QYDlqaoVLrYcKmAHcSpAf9HDz15"
    "4JVrC32MnQCuyjt87Nu3b1//SSjzwv3HNX/E1Xm/JXOhb3Fvz1Euxm5ZApSLcc8uRkgRMb"
    "UVwc5SptFWhq49UfH0rNNrOZ6QhOEL0/IsHsKYVZSIFCMqs2cd7Rc3DzxhnsoWBfIzW7Po"
    "bSsHFNGpQkDV8+eUvqj0xY7J3lU8owcVvjcO02LBO+5T3S50x326ey644uiU39VSdVdc5v"
    "u/GHGpAfPuKgG41bIsKC/TqVp5i5C2y8Lw4Ob6cjSeji5CNewBD6+uJuPpBYjSjuSrFFYp"
    "4lJWozCvzEhR1YpqdUZaL13RYKGRsKhIWFDkAV8Ox5ejmxtx0RCvbFni6tXo8uZ6LC6a0L"
    "AQrld6pHnuEf4uWi35JoeyEV9DD86sWPqC/yWRLHSUpFLuxyruR4OsbB2vNVmzSJqud2jv"
    "xTgSouY7yXNO/xn8vajuf5a0B5iXBaOM/jpLKKKZJkSbWJSbyfhLODzdmSjNAOxwAbjGck"
    "/S9QD6Vpa7jxpcSQaRZAj7h/d5lX5nfFQx3ueZjmdhKRoMX7RCR2epratgBlU2SsLsZRPv"
    "edVFwoigPXPXT0ciCfqZ1uIvqU5+KTLVzq/8S1qjnR+FHAxWr2RWmlZF2XY6ypar3sisxe"
    "gkpaqA12UuM/SIdcelUnJxgqiWkNYxjrYgFTuQrlidQqoZwv4Bvo8Idv8Iku2zl6FTEcHK"
    "w9teoEcoIMku2xxKtXCzACedkXIQ59KqZVxsxq+Fci6tQrkY5VpncS6tOjBUzM0hczSykS"
    "IqVWMLxrnfpApQZ0N2FNRboM79MFWH+hAnR8fOZkmkpc+PuAzcAM79zkbKURgKkpLytWoF"
    "8BaAM4YE6ZyvbKGeA9TPPhL02+h9GJWeLQ7STZSn3R6lG1XH9cbvN06XwhV51i2N/1dcpx"
    "qD/EPm2+gJX03hfZNPpErVtB2fKzggGfgWI+lyZG6X4t5EgIMkyjEShXI1lBHTEn3Icr5Y"
    "WzKvMuQthqIcxnHYYCRKzmGeYUC5Azd/BuXI7bIjt+zzLhelUTyPWgFdXgH83DQIpbCgOt"
    "q2MzdJq2L/JE5c/ztVq41gglJFRHV6g4XMkvXOZuiUq0UFFSgX1qHPpMYLakf7XJlHt0Cb"
    "ORI7VRJr4jpz8vutyELJsfXF7p6UWfmIN04Lk1n2at5Txro2jXUmNF0bei2fMuCW1ciNUz"
    "VjTDoszPuPmuUaCbIRzHNSFwOdIOqh0W4vWWTMnf/G1T8ZnGMkPUT5XaX1/K5kPb/Lruc5"
    "MXPOjOL833B8L/BtPe03SGusoZYnKJVa3mm1XHccuLKlci/jJCr7Mq2KY34caQFENTZPDr"
    "naQZ3eQTVdBW17Bg7QSbYX7LV05miQ0rwq3cWiR5KqB6UY2hA/Mpa3wxgw7nTGXgg17yGD"
    "ziDHhpEccFJmxrCDoRrdjK1QwZtg+EZsfGAh/CQa8XJaoINwMvDqYfANi0eIexZ5BAg/8L"
    "m97r4YvoCg8M1/MbBAlDliCMJ5Xb/2+SRld+mW3cUhTxBrS50tZdTUJFXv7C4fqhgDPhTb"
    "Aj4UFpRRelOvxQL4u434dDXYnKRUbO40m916jb/dRnt+d9NN1Rf+SnY8i1Eol/l2l7nLGu"
    "mNXNGh2zVwq3p0Y4uqSwXW7ygxXcP5HpRPyVOFkiNOSnUhf2y8Gkuzbt2/D+ZU96tth8/4"
    "h1I5Dqhy1CjYs2upnq6dAPuu1SNWvCGl0UUUCuAKAFN+GOtCnJNtIZQg27GJUNdALwE5p4"
    "uQdyrLSVlxEiVmbRezNh++HeWsz+E8RwZvVUErvq5kJa2YKQ0ZTzDPZyqTTDzzJjla9a/d"
    "NGIuZ3rRMvkiaBhIUyp7bgbtN1NYNes5tJ0bOZZUQc4NQQ/lob3EYR1jHx5Lx2EnHJk+PD"
    "fDsddKJ6AXfXhm199HoguPaG/4gCdj7evkho/gL7IklujKM7m9uxl5rXqEd0x8YAp69aT9"
    "cdUCRSvFiZaEieZwkzqyHTITRD9yh0yITVnsYiQ/MnLKUVYHyOOzsHsNwGs5URKUis2dZn"
    "OtgqWqUqmsnq+qDlbX9SuVG6yk7uvsaUdlP1BSZ3ymHiHehsrvQVas9oeIblX9NSccueeO"
    "vhuzTryTb8z+oKwCyiqgrAJpuA9iFXCISWRNArPJ1YRvDU75gK/H2t395Av/mkwvAMIa3+"
    "VCpmIP+PPN5PJXoezPLcLPA9GWlwteF8AkGCpjQF9VWlHuSw66iOJHxk2ZAuoAeXQ6ojIF"
    "/BBsDgVuKTk2SaRMAXlNSzzNQrJZSZxGVc7aal+J6Wk72ldibukjW7dV7SvJLbu9wlOkGe"
    "8Ibd8iJ9LAJjZt27WdYrZGJlpVwrwuwrc6Xs+I+Pee47cPapMo4Zf3WlrKJBW+JBXmQNER"
    "PPVBjOyIhHq8ENWMLhLR3xs2BbfipMEQZ0mJ+7jM3A3ZVbgZ+XUtg/8fpTa4KVdmCyK/w1"
    "snZbY3FhtUIe9VvMAbhN+CCbbWwFlCMP06fHN2/gGQhffnHOoUUuAlJQLEAHP42WHmJbbu"
    "MpXKXO2Y7U5lrg5U5moHvty9UM+80hQM8r0hz+g0rWJ1p1mtkpR/CDZT+My/dXUO7iSlSl"
    "XuMpdVqrJKVe6AcaKjqcqBTShHUY2sRcV6amSaaj87RISHRN5vT8JacbWZv6bqJNe6qond"
    "1TzvFCgENiJo5ojtAboxxV1gkcGyWkBISNvl8JvBdHgzml4ApluQPeDpt7u7yf2M/+3aNq"
    "HOA767n/wyuuRXAkvdA/4yGo/ury8vgPcGyEibrg4T9mFCW6fOqrBU+HZ2JWfoA9OmG66J"
    "eJ7rm5vr8ZcLMEeWJTjVCbYdYcgVc+cr5DjyqVjTb59vr2deWtVmjgc8nE6vv3gZWoH52y"
    "yLyrq7H2mXN5Opl9FFoWZYhHnJWcG18O/70eRu5M1KIbFhmDh2cH7bFBGKnILGCds5Hqdv"
    "keeY0JVuyTL8dvjL5P4CrPTfCH3A48n97fCGA+/N9YBvr8feXYT9EquyzDmtwpzTYuacZp"
    "izJPxTnWeiLu0dF6NSXeMkusapeN59x/MiplnkUXI5R0RqNUusZo6ZbEOcGEmtFZ221HXI"
    "tdV8ER/l2qqzwI/PRKoCTH8ENqdtZJK8ziFXDO80w73a8hpXahYLUUjfJqKxpDzjS6ZRrq"
    "8u83/DLJEuU8fLmSFX/O4yvwOlWHvREd+vKDBlyLA8fwbF9S5znTxDyneopMYZo1Iqp4TK"
    "yYj1XEtUThCqHdXlHRXZuGvwOUOseN1lXtfms+Lx0fCYox74HpMMnq50yyoMUYioepQA+O"
    "7s44dNeIL4oywyYXo7FO7b9CfQB4Yjtcr3fBe398tSNmKD7fBW2UeLYVrTWBenUwdWlw8s"
    "VRVuP4FVYa6fJLBJqh59DZoD1uWYSIZZJ2gUqFlQU41/pAtD5BArmFWpyLZLRWbPiQawrZ"
    "gt0LGlWxnX+NFYUMmg5KRoAN9sg7J+Ip1/TFaAPF42QK3lsrWclJ6k63IkTmbImIbwguQY"
    "uyWqyg69ia6DeXpyNqcViBAqjULd3LEMbwTYPZ+sr6Bl643UBkyubvGR7OzkCnMc3VgKM0"
    "4j/ZyGm+n6urqWSJRKyYlVlAfrazRVH5EKYowaWVe3/lx9gqqxQlUWMiBmjdSpuvGnqgPz"
    "UZWqir1nulpVvLldsk5VgHNBqapE1bJYkarguhU9sanqVJkTtzD7N3kqb8sD1vTk8AqVqx"
    "bIgsAngyZwCNBBsPv/5FebWjuQAQs9Q4Cwd0WcfPw2cPl6oeCffvkpjwn/zKtn1fwDqqQr"
    "r6JTh/NV5SK3mosc41gW3eLEgBRZ7wpffaqSHfCpODvgUzb7FTHb0tfSSKfpephZdFYps+"
    "isJLPoLJtZxJ/o8LNVK04PL4hUSNH1EO/TSnifluB9mtOZAf1fXlQdeiw8okOKPjnf/vvs"
    "7N27j2c/vfvw6fz9x4/nn37aHNjZW2Un9+frL+LwTuCfdXqolKNtwmovPNxhHomUBJQk6t"
    "MmO/Ji531H1bUtopv8bJmvJUuJZQiVB3arB7b9guddW79VfSvFFc9zK8nH1NJGkO2fcS0N"
    "cPKLsx3h2H5XjsFtFfEyZ2PbNfsrWMkuRXyDZ+UpMJGFA04q2MeM2NitxrGvOjYZIK4Dli"
    "7/kW8WusFRB/5UwK+fxkT/dAgoeTkBc3dlQxPM194l3SErZADX5kvIAbao2O4RZm1ke3zO"
    "DgXhZW0KvTXbNFXUodhe9qxbudljJXruhqRP0mILim5G6Dnk0RZ6EQuPtpibcevRFvNuVr"
    "D72zbE5huCrfUFeFkS8Er8QLAg1LfAr5kDV69P+C2Ixb91BxhLHfN3OQH8tOJX1jm2/oYm"
    "lWtWq0qNtm3elzcMKYPQERiE+IGRG7lY/MmPKHpo0G6+ltOCkpVWVvkyH+UUWR/ytfZdbp"
    "KvcnmcE0QK5e0oU6gzuQMjomixiOegFXj3UsmQH7DSOT0xEmXpVOZ5ZT/utAlO0n7s7W5l"
    "19yaFOVsy905pNofGu0L1f6YVX+r2h/zKOy5A0i0qWN+fqV6t6p62+7cQkbu16tY6koQ9c"
    "4827xcOydmju+ouKZGOL4XSnDbpTSQyJFyIMV+nf2UBXxLxe44paqhJlFDLbQpLBaSoCcJ"
    "FeYSmKu4ulqHztGZUVUhjua1dgpta83FUzlYU1QKWGUOUeaQTmvusuYQVcxkH8VMwnOzsR"
    "VbPUzxSBFOfWl2KbGhsvrlctUF9KjtVPUjWaa7ZqqXGjO9MzPHhhmepcWmy7BfdZX8ZBtS"
    "RrAXTiSq2DCA8AXQgeEyh6wgBa+WOgM6BkEhrNeAUODpp8EdQInIP8YmiBp9vs7LU97fg3"
    "YIwlRG1D0YUeFKRznGpmID6oagf8bT8/dVrKfn74vNp+JeNkuW72pNGucMYS8sqi0gfthY"
    "7Q5FYewl69vWGXsh/HPJz/mcLqkljpc0ocK7Ct5hTcviLPvtDYPTc3Q4nmtwd399O7z/X9"
    "HZGa10un7Aw6vvw/Hl6IqTXE7GV95N3XwWb2pqDHKWmN642O3N1bRocxgfWtCrjItEdTmY"
    "nKHL/Bt+GY1nnEH81zicJ4km7Vej76Obyd3o/oKLhc/QIlzMzDZlF+PuhvezWz6R9nU0vL"
    "qICZHaEuqiYfjV7fVYLIMVwt3gcfQT6/I4OUOXeZzk6vTb3d3kfiYauts2oY5o0D75ZXQ5"
    "m4pN7BUeZFkud4NriGkibvtZtl1Vgq5Fx18oHB+t3w/DF2ZBx4GUq4A2MnJMFb9MJ+MCSS"
    "2POO0BRIYD/gMsxPZm5Bn8eeFiL9ofzF1kOQizt+J5f9mXmFHCGgFWgjWZMIR0xMFJ0ssn"
    "JkiHISjnbPGBJMrXTrC1Hmysb8fgrA3OjS3tOVekXi+5JKXq5dJpj/yBerl0jKU97NrQMY"
    "SrxydXaNpQyVl0kHrsR4J6+gw4aDn2o8TMRlzofIJ4V7BsNBPTHKHsUwmnsLqwn8y+I1hB"
    "fePqBcaPcWWZ0ECi7gwfgdkC0mYwmwWz9RQ0CvlvZY6Crd7udKnV6A79Rq1Lb7qe4rZxXn"
    "BJHO4ajHIXTHYv5urrd4BxkYDPuyNUU3+WvoIUNCPi2MSq9e8Yt9PTHagQqoaQdsiYuSOG"
    "rZGvoWw/nGPE6zDtcI4FqR1jDCt3/5JuiSPXAqxbYVolpqTctjipd023xglbAOY1x4nDXt"
    "AhRwRsZvvjJAjj3RgrtcnZrJ3CANMhpMgQT8qEmAZ3TsqCTPVozD7z4lXoZpuhm4XtVYuD"
    "sGIkvQwnPK8UTnheEk54ngnA4ptKAuFgeA/R3UtTk6AZjEwUQIykfd//YbyMjXn5My6rNk"
    "u//PH/NeEeAA=="
)
