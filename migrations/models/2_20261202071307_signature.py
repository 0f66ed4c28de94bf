"""Migration 2_20261202071307_signature: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

aerich passes the connection; each function returns the SQL of that connection's dialect.

Signatures of up to 1,000 characters. aerich cannot alter a column on SQLite; SQLite ignores a
VARCHAR's length (both are TEXT affinity, the stored rows do not change), so its step only
rewrites the declared type in the schema, the way SQLite's documentation allows for changes
that leave the file format alone.
"""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": {
        "upgrade": """
        PRAGMA writable_schema = ON;
        UPDATE sqlite_master SET sql = replace(sql, '"signature" VARCHAR(200)', '"signature" VARCHAR(1000)') WHERE type = 'table' AND name = 'license_transfer';
        PRAGMA writable_schema = OFF;""",
        "downgrade": """
        PRAGMA writable_schema = ON;
        UPDATE sqlite_master SET sql = replace(sql, '"signature" VARCHAR(1000)', '"signature" VARCHAR(200)') WHERE type = 'table' AND name = 'license_transfer';
        PRAGMA writable_schema = OFF;""",
    },
    "postgres": {
        "upgrade": """
        ALTER TABLE "license_transfer" ALTER COLUMN "signature" TYPE VARCHAR(1000) USING "signature"::VARCHAR(1000);""",
        "downgrade": """
        ALTER TABLE "license_transfer" ALTER COLUMN "signature" TYPE VARCHAR(200) USING "signature"::VARCHAR(200);""",
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
    "eJztXXtv2zi2/yqE/7ktkBZN2qS9mcUCbuJp00nsIHZ75+5koJUlOuZEJrWklNR3t9/9kn"
    "pYb1mUZVtWCQxmJhIPZf0OSZ33+XdvQUxosdd9w4CMXeEZ6Z2Df/ewvoD8f3LuHoGebtvR"
    "PXHB0aeWN9xBxiN0NN0brqFw/JQ5VDccPmKmWwzySyZkBkW2gwgWdGNInyAFPh0woaMjiw"
    "EdGC5zyILfsQlzoHkOIDbo0ub/C3QHUMicI2C79EH8PXPEDOB5jiz4WjzWJAZ/LsIPW3uC"
    "i9G/XKg55AE6c0j5c/74k19G2ITfIQv/tB+1GYKWmQAWmWIC77rmLG3v2hV2fvUGih8/1Q"
    "xiuQscDbaXzpzg1WiEHXH1AWJIdf57+TWHugJc7FpWwJEQb/+XRkP8nxijMeFMdy3BIkHt"
    "/4DoWk/ThqOJNh5MNK2XYV9IEcM7uGQQLFjPfyrz3v5B/IRXJ8fv3r/78Pbs3Qc+xPuZqy"
    "vvf/iPjoDxCT14hpPeD+++7uj+CA/jCFQD2ZwNDvzuZMGd8Kv56CapUijzn59GOcQ0BnMA"
    "4grlcEgEc7Twd4BzCYiTwe8TMfOCsX9Z4sLwW//u4nP/7sVN//eX3p1lcOd6NPwUDid8//"
    "pbfHhxPfro8SF2SujsEeYs6Iu5TvMxjyhq4Z1Z1nsGnL/Pd82C+MGZi9X85k0JB0K8+aiX"
    "KWiDWyf+vSTGBoUCD03PWduX/I6DFrBgfScoU3ibAenr8H+aQX+Xp0rZar+6GYwn/ZvbxJ"
    "K/7E8G4s5JYrmHV1+cpdiymgT8z9XkMxB/gn+MhgMPTf7VeKDeE6Nxk3/0xG/SXYdomDxr"
    "uhkHMrwcXkpw2f/U1GBygrABHh/QiXZoPOY354RqUhJAgma9INB+hjYjCkSgBpKnFKgJml"
    "qgtu471ACqQmSdPebKVz5gWYR/JRSiB/wbXHpAX/HfpGMD5sAa6BOT1UQHBvCPcA2FV6Od"
    "RfXnlZyfXFr8/flbQ8eXifrji/7loJdzJDQA7FcGD1deXYtq4hRMoMp/ARh+vb7uect3qh"
    "uPzzo1tYJ1zAUik2XR/hiQ/frbHbR07yUKgY404js+WXcg9/AjJySGWwLR7K3FySJ9Rcf6"
    "g/dK4tniSfmglRoaQlirGhtoOH6tsaFv2xCbrwi2llzdf4J0CYRQxDV7vrtmM7CAiylX9M"
    "WEgKv1gIsIOgVCPwRkFloQhG3jNfgN2g54nkOcsTds4yH3WIyM3QPIYdCaAcRCG8ULMcJC"
    "+FFMioHjUsw8LrxUBosWGizk5fxdKnFKwq8r4Uf2T0kxP0OoZP2srC8OTSipQCVoFKhKgV"
    "IKVKvkzrSoL6tAJT1OG6KbdHcd1rlQWZfKfGoKFKrsyav01DXYJj420nrqljUw4nq/O0/1"
    "8m4dlelcemzQWkVrhGHkXzXIwtYxV4aEhuJArGMn0IvCIa/IM+YqDCXPwCYCcqA7WUduU5"
    "MqVahdqpD33wysxR7EcLzyH1bzHyKm2RRqTLdgnumLEAvquGAJp0hTkE857bYwX13Zrcb5"
    "cTS6TiibH6/SbvCvNx8Hdy+OPRbwQcg/37NyNXNtm1BH808fiYMjS7g7CftNqw+RCNw54U"
    "cgm2smYuJ1meayvDiEQowL6RXUaagPK/5gt6e3kPdG2FoGn+QDMWUF0kPGkpXRX6u4VHQb"
    "cVnqEeJN/So2mohpDnAZFLpU4tvIQgbHKPcTLIHStT9Lx0HS5ogL8XTZCFafo7m6CBlxnQ"
    "cuKDxofAhmM0ibWWGTYLauwoYwVyEVbLKw2ZT8BY08cVYGrFt/lq6C5JswN8Soc4beBERc"
    "3N50x3XLkrjd8ItQtsqz/sXkrhLzXyjlVYy08OIbvCCII8AMYkMTcG3AhNhBugV0YFO00O"
    "kSzHVsMuAQcUmnDuckMHU2nxL+zlkTYHPTKiOgMgK25kxIGgGPKxkBj0uMgMdZI6C3d7U5"
    "3wMyKCepmsF6v8s4gfTZuwpAn70rxFncStn8xJmU8137Mh4NC4x9K4q0fQQZDvgPsLj2sq"
    "0l3fvbzMWGwBBMXWQ5CLPX4nl/723345cHt0AoYRrJpCelM5GOkjYPMUE6PUmZruqwok2m"
    "qkpRV5bOHM+AW4PRaVqVQdNmTlP4xD9JdficpFRcbjOXg1gD6QjKGJGKSSvx5EyXctBm6B"
    "S66yP+YgEzmwelhTMdGMQSIWmxvbs+6C9akA3AW9GOdKjYZjZvPrz7iUr7SHWcmw7k3zgq"
    "M0lNV0PWmaOKMVVmoHaZgQzOZhkDRTi+c6aJd1VsQO+KTUDvMhYgZWHbroUNMW3Bn6fZlJ"
    "iukfPdXxdpl6beYbBduM4PNtaOwgfEHEhFWDv/3lu+70g23LFkFhX5KMENxJgLmWZA6qAZ"
    "Mjg+8oGnuTMoLqzhQq0ILhWZVMFh/cSPhYIjRS7wQRzv3/zJuoTVNrWEcGnl6AmxVVesKV"
    "ixQdvUFf6IK/38A8J35p9Kf9il/vAIcywCxTJuMLxz2sPxWRX5Nm3ijYm3Z2np1qWWDLDB"
    "8A7qDqeVdIfTEt3hNKs7+GdFLr4D7C4yhqykBzkk3h3aPVHiRGAmB3nvdjC8vBp+OgcB/T"
    "3uX0yuvg3OAT+S0RO8x4K6f3ExuJ0MLjlDiF/lRVRl7dVg1km1dKqSbKo0p+bEEgmeAnM3"
    "RxYo3hEZwh1yS5JNrTFZBJg9RdKSJNoxSgX3WrhN4pkgjLmOH2BBQlWp1pY/gVLaahgyav"
    "q4U8TKzd1mN7eKTvop2KyiGbYTzeD5/+RQjZMoTFUMQ5N+9pIYhjt+htxdXUx62fXbALQr"
    "V3lHgY1v2gJYK+Upm+bG5tvA2tgXU3UI8aTSpVJvq0LF3Olq8mZW1jg2Y1dRUwm3tfKUvf"
    "Nrf9nK7dQD1ySZUiswRjQD11dqXXjTdWmxbei4q5D1fKPj5YSIf1eUaOqnPu/VB1Mi0Hgv"
    "pqV8l9FrUrECuT6f65En1GOE8FWdp8pjrrgU3AzLZ/h3nTkl7sM8RhVzhOZGgfLrWtqd+K"
    "OKa9aXiIr9syuJaa2T1j/nKrlqe33A53EtCKbiPR3AoQI6EDZIEMz2C+DTvSIYrM5NTvIE"
    "AXK85GBMhCc3HJyXb9z8A1TIabtcxioucrvlB22X8m9wveS8NK2ydLba0pn8/FQ8p5JEyi"
    "qXY+kMvOUr4V8O4AJqVQp/rfkzJi5taKPrXnDkUcpKl9zG61O40quyOZC7p9SmsS7Y0a2q"
    "N56yABarBjEb4XrlIGaclGz3pHuVwBEDzxQ5DsSeLB90VRJ2e/A8JwwCb3ohvfORL6Zceg"
    "cM8Wm91kwrGf9ljqaw3WdViT2NR7k6PX47EY4qLinFYpeKhWrx1EkhVzdCW2FVjTGi6KDO"
    "uIUwNOjoSCraOKLoXJTfVsKNVUTKdvQ0vtGl2zvHSJRGloVUmRSUptsy7atE080P9FFRVF"
    "uMovIO0Aag7VY14SysTv322TswEyTiXoptBenwmPUGA5amqFS62HCpgB3EqQH/Rw89eeCF"
    "awt9jB0Brso7fOzr169f/iKUeeH+45o/4uq835K50Le4tecoF2O7LAHKxbhlFyOkiJjagm"
    "BnLtNoK0O3O1Hx+KTVazmekIThM9PyLB7CmFWUiBQjKrNnHewXNw88YZ7KFgXyM1uz6K0r"
    "BxTRqUJA1fPnlL6o9MWWyd5VPKN7Fb5XDtNiwTvuU10vdMd9ulsuuOLolN/VUnVXXOb7vx"
    "hxqQHz7ioBeKdlWVBeplO18hYhbZuF4d711cVgOB6ch2rYPe5fXo6G43MQpR3JVymsUsSl"
    "rEZhXpmRoqoV1eqM7Lx0RYOFRsKiImFBkXt80R9eDK6vxUVDvLJliauXg4vrq6G4aELDQr"
    "he6ZHmuUf4u2i15JscykZ8DR04s2LpC/6XRLLQUZJKuR+ruB8NsrB1vNRkzSJpus6hvRXj"
    "SIia7yTPOf0n8HtR3f8saQcwLwtGGfw+SSiimSZEq1iU69HwUzg83ZkozQDscAG4xnJP0n"
    "UA+p0sdx81uJAMIskQdg/v0yr9zvioYrxPMx3PwlI0GD5rhY7OUltXwQyqbJSE2csm3vOq"
    "i4QRwe7MXW8ORBL0M63FX1Kd/FJkqp1f+Ze0Rjs/CjkYrF7JrDStirJtdZQtV72RWYvRSU"
    "pVAa/NXGboAeuOS6Xk4gRRLSGtZRzNNCep2J2ktD1JtgMwpAtWp5ZqhrB7mG8jiN0/hWRb"
    "7WXoVFCwcvLuLtYjlJFkl20OpVq4WYCT/kg5iHNp1TIutuTXQjmXVqFcjHKtsziXVh0YKu"
    "xmn2ka2WARla2xBuPcb1IFqLNROwrqNVDnfpiqQ72Pk6NlZ7Mk0tLnR1wGbgDnbick5SgM"
    "BXlJ+Vq1AngNwBlDgnTaV7ZWzx5KaB8I+rtofxhVny2O001UqF0fqBsVyPXGbzdUl8IFed"
    "Itjf9XXKcag/xD5pvpCV9N4X2TT6Sq1ew6RFdwQDL2LUbS5uDcNoW+iRgHSZRjJArlaigj"
    "piVakeV8sdYkX2XIdxiNsh/fYYPBKDmHeYYB5T7c/BmUL7fNvtyyz7tcoEbxPGoFtHkF8H"
    "PTIJTCggJp687cJK0K/5M4cf3vVK1OgglKFRTV6g0WMkvWO5uhU64WFVSgXFj7PpMar6kd"
    "7XNlHl0DbeZIbFVVrJHrTMn3G5GIkmPri909KrPyEW+cFuazbNW8p4x1uzTWmdB0beh1fc"
    "qAW1YmN07VjDFpvzBvP52MayTIRjDPSV0MdIKog0a7rSSSMXf6F1f/ZHCOkXQQ5beV1vPb"
    "kvX8Nruep8TMOTOKU4DD8Z3Ad+eZv0FmYw21PEGp1PJWq+W648CFLZV+GSdRCZhpVRzz40"
    "gLIKqxeXLI1Q5q9Q6q6SrYtWdgD81kO8FeS2eOBinNK9RdLHokqTpQjWEX4kfG8rYfA8at"
    "ztgzoeYdZNDp5dgwkgOOyswYdjBUo6uxFYp4EwxfiY0PLIQfRS9eTgt0EE4GXtz3vmLxCH"
    "HPIg8A4Xs+t9fgF8NnENS++S8GZogyRwxBOK/x1zafpOwu7bK7OOQRYm2us7mMmpqk6pzd"
    "5ayKMeCs2BZwVlhTRulNnRYL4Hcb8elqsDlJqdjcaja79Xp/u422/W6nm6or/JVsehajUC"
    "7z9S5zlzXSHrmiQ7dt4Fb16MYWVZtqrN9SYrqG8y0on5KnCiVHHJXqQv7YeDWWZt26f/Sm"
    "VPcLbofP+FOpHHtUOWoU7Nm0VE/bToBt1+oRK96Q0ugiCgVwBYApP4x1Ic7JdhFKkG3YR6"
    "htoJeAnNNIyDuV5aSsOIkSs9aLWasP34Zy1sdwngODt6qgFV9XspJWzJSGjEeY5zOVSSae"
    "eJMcrPq32zRiLmd60TL5ImgYSFMqe64GbTdTWPXr2bedGzmWVE3OFUEH5aGtxGEdYiseS8"
    "dhMxyZVjzX/aHXTSegF614JlffBqIRj+hweI9HQ+3z6JqP4C8yJ5ZozDO6ub0eeN16hHdM"
    "fGAK2vWk/XHVAkUrxYmWhInmcJM6sk0yE0Q/c5NMiE1Z7GIkPzNyylFWB8jDs7B7PcBrOV"
    "ESlIrNrWZzrYKlqlKprJ6vqg5W1/UrlRuspO7r7HFDZT9QUid8pg4hvguV34OsWO0PEV2r"
    "+mtOOHLLTX1XZp14M9+Y/UFZBZRVQFkF0nDvxSrgEJPImgQmo8sR3xqc8h5fDbXbu9En/j"
    "UZnwOENb7LhUzF7vHH69HFb0LZn1qEnweiMy8XvM6BSTBUxoCuqrSi3JccdBHFz4ybMgXU"
    "AfLgdERlCvgp2BwK3FJybJJImQLympZ4moVks5I4jaqctda+EtPTNrSvxNzSB7Zuq9pXkl"
    "t2fYWnSDPeENquRU6kgU1s2l3XdorZGpnoVgnzGgnf6Hg5IeLfW47f3qtNooRf3mtpKZNU"
    "+JJUmANFU/DUBzGyIxLq8UJUMzpPRH+v2BTcipMGQ5w5Je7DPHM3ZFfhZuTXtQz+P0ptcG"
    "OuzBZEfoe3jspsbyw2qELeq3iBVwi/BiNsLYEzh2D8uf/q5PQMkJn35xTqFFLgJSUCxABz"
    "+Nlh5iW2bjKVylxtme1OZa72VOZqC77cnVDPvNIUDPK9Ic/oNK1idatZrZKUfwo2U/jEv3"
    "V1Du4kpUpVbjOXVaqySlVugXGipanKgU0oR1GNrEXFempkmtp9dogID4m8356EteBqM39N"
    "1Ulu56omdhfTvFOgENiIoJkjtgPoxhR3gUUGy2oBISFtm8NveuP+9WB8DphuQXaPx19vb0"
    "d3E/63a9uEOvf49m70ZXDBrwSWunv8aTAc3F1dnAPvDZCRNl3tJ+zDhLZOnUVhqfD17ErO"
    "0AWmjVdcE/E8V9fXV8NP52CKLEtwqhVsO8CQK+ZOF8hx5FOxxl8/3lxNvLSq1Rz3uD8eX3"
    "3yMrQC87dZFpV1ezfQLq5HYy+ji0LNsAjzkrOCa+Hfd4PR7cCblUJiwzBxbO/8tikiFDkF"
    "jRPWczxOv0OeY0IXuiXL8Jv+l9HdOVjofxF6j4eju5v+NQfem+se31wNvbsI+yVWZZlzXI"
    "U5x8XMOc4wZ074pzrPRF3aOy5GpbrGSXSNU/G8247nRUyzyIPkco6I1GqWWM0cM9mGODGS"
    "Wis6balrkWur+SI+yrVVZ4EfnolUBZj+DGxO28gkeZ1DrhjeaoZ7teU1rtTMZqKQvk1EY0"
    "l5xpdMo1xfbeb/ilkiXaaOlzNDrvjdZn4HSrH2rCO+X1FgypBhef4Miutt5jp5gpTvUEmN"
    "M0alVE4JlZMR66mWqJwgVDuqzTsqsnHX4HOGWPG6zbyuzWfF44PhMUc98D0mGTxe6JZVGK"
    "IQUXUoAfDtyfuzVXiC+KMsMmF80xfu2/Qn0AeGI7XI93wXt/fLUjZig23xVtlGi2Fa01gX"
    "p1MHVpsPLFUVbjuBVWGunySwSaoOfQ2aA9blmEiGWSdoFKhZUFONf6QLQ+QQK5hVqchdl4"
    "rMnhMNYFsxW6BlS7cyrvGjsaCSQclJ0QC+2QZl3UQ6/5isAHm8bIBay2VrOSk9SdflSJzM"
    "kDEN4RnJMXZLVJXtexNdBfN05GxOKxAhVBqFurlhGd4IsDs+WVdBy9YbqQ2YXN3iA9nZyR"
    "XmOLoxF2acRvo59VfTdXV1zZEolZITqygP1udoqi4iFcQYNbKubvy5ugRVY4WqLGRAzBqp"
    "U3XtT1UH5oMqVRV7z3S1qnhzu2SdqgDnglJViaplsSJVwXUremJT1akyJ25h9m/yVF6XB6"
    "zpyeEVKlfNkAWBTwZN4BCgg2D3/+JXm1o6kAELPUGAsHdFnHz8NnD5eqHgn375KY8J/8yr"
    "Z9X8A6qkKy+iU4fzVeUi7zQXOcaxLLrFiQEpss4VvvpQJTvgQ3F2wIds9ititqUvpZFO03"
    "Uws+ikUmbRSUlm0Uk2s4g/0eFnq1acHl4QqZCi6yDex5XwPi7B+zinMwP6v7yoOvRQeESH"
    "FF1yvv33ycnbt+9P3rw9+3D67v370w9vVgd29lbZyf3x6pM4vBP4Z50eKuVonbDaCQ93mE"
    "ciJQElibq0yQ682HnXUXVti+gmP1umS8lSYhlC5YFd64HdfcHztq3fqr6V4ornuZXkY2pp"
    "I8h2z7iWBjj5xVmPcGy/K8fguop4mbNx1zX7K1jJLkR8g2flKTCRhQOOKtjHjNjYtcaxzz"
    "o2GSCuA+Yu/5GvZrrBUQf+VMCvn8ZE/3QIKHk+AlN3YUMTTJfeJd0hC2QA1+ZLyAG2qNju"
    "EWZtZFt8zgYF4WVtCp012zRV1KHYXvakW7nZYyV67oqkS9LiDhTdjNCzz6Mt9CIWHm0xN+"
    "Paoy3m3axg97dtiM1XBFvLc/A8J+CF+IFgRqhvgV8yBy5eHvFbEIt/6w4w5jrm73IE+GnF"
    "ryxzbP0NTSrXrFaVGt21eV/eMKQMQgdgEOIHRm7kYvEnP6LooEG7+VpOM0oWWlnly3yUU2"
    "RdyNfadrlJvsrlcU4QKZTXo0yhzuQOjIhih0U8ezuBdyuVDPkBK53TEyNRlk5lnlf241ab"
    "4CTtx97uVnbNtUlRzrrcnX2q/aHRvlDtj1n116r9MY/CljuARJs65udXqvdOVW/bnVrIyP"
    "16FUtdCaLOmWebl2unxMzxHRXX1AjHd0IJ3nUpDSRypBxIsV9nP2UBX1OxO06paqhJ1FAL"
    "bQqzmSToSUKFuQTmKq6u1qFzcGZUVYijea2dQttacvFUDtYUlQJWmUOUOaTVmrusOUQVM9"
    "lGMZPw3GxsxVYPUzxQhFNfmk1KbKisfrlcdQE92nWq+oEs000z1UuNmd6ZmWPDDM/SYtNl"
    "2K+6Sn6yDSkj2AsnElVsGED4HOjAcJlDFpCCF3OdAR2DoBDWS0Ao8PTT4A6gROQfYxNEjT"
    "5f5uUpb+9BGwRhKiPqFoyocKGjHGNTsQF1RdA94+npuyrW09N3xeZTcS+bJct3tSaNc4aw"
    "ExbVHSC+31jtFkVhbCXr29YZeyb8c8nP+ZwuqSWOlzShwrsK3mFNy+Is+/UNg9NztDieq3"
    "d7d3XTv/tf0dkZLXS6vMf9y2/94cXgkpNcjIaX3k3dfBJvamoMcpaY3rjY7dXVtGizHx9a"
    "0KuMi0R1OZicoc38638aDCecQfzXOJwniSbtl4Nvg+vR7eDunIuFT9AiXMzMNmUX4277d5"
    "MbPpH2edC/PI8Jkdoc6qJh+OXN1VAsgwXC7eBx9BPr8jg5Q5t5nOTq+Ovt7ehuIhq62zah"
    "jmjQPvoyuJiMxSb2Cg+yLJfbwTXENBG3/STbripBt0PHXygcH6zfD8NnZkHHgZSrgDYyck"
    "wVX8ajYYGklkec9gAiwwH/ARZiWzPy9P42c7EX7Q+mLrIchNlr8by/b0vMKGGNACvBmkwY"
    "Qjri4Cjp5RMTpMMQlHO2+EAS5WtH2Fr2Vta3Q3DWBufGmvacC1Kvl1ySUvVyabVHfk+9XF"
    "rG0g52bWgZwtXjkys0bajkLNpLPfYDQT19Buy1HPtBYmYjLnQ+QrwpWDaaiGkOUPaphFNY"
    "XdhPZt8QrKC+cfUC44e4skxoIFF3ho/AbAZpM5hNgtk6ChqF/LcyR8FWb3e61Gp0h36l1o"
    "U3XUdxWzkvuCQONw1GuQ0muxNzdfU7wLhIwOfdEKqxP0tXQQqaEXFsYtX6N4zb6egOVAhV"
    "Q0jbZ8zcAcPWyNdQth/OIeK1n3Y4h4LUhjGGlbt/SbfEkWsB1q4wrRJTUm5bnNS7plvjhC"
    "0A85rjxGEv6JAjAjaz/XEShPFujJXa5KzWTmGAaR9SZIgnZUJMgztHZUGmejRmm3nxKnRz"
    "l6Gbhe1Vi4OwYiSdDCc8rRROeFoSTniaCcDim0oC4WB4B9HdSlOToBmMTBRAjGT3vv/9eB"
    "kb8/JnXFa7LP3y4/8BES0ejQ=="
)
