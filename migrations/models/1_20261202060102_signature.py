"""Migration 1_20261202060102_signature: SQL for SQLite and PostgreSQL, made by `python -m accountdesk.makemigrations`.

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
    "eJztXW1z2ziS/isofbmkyknFTpzkPFtbpdiaxDO25LKV3NyOp7gUCVkYUwAXIO3odue/H8"
    "AX8Z0iKIqiGFRtzcYkGpKeBsHupxvd/x4siQkt9npoGJCxSzwngzPw7wHWl5D/I+fuERjo"
    "th3dExccfWZ5wx1kPEJH073hGgrHz5hDdcPhI+a6xSC/ZEJmUGQ7iGAhdwfpE6TAlwMmdH"
    "RkMaADw2UOWfI7NmEONM8AxAZd2fyfQHcAhcw5ArZLH8Tfc0fMAJ4XyIKvxceaxOCfi/DD"
    "zj7BxehfLtQc8gCdBaT8c37/g19G2ITfIQv/tB+1OYKWmQAWmWIC77rmrGzv2iV2fvYGii"
    "8/0wxiuUscDbZXzoLg9WiEHXH1AWJIdf59+TWHugJc7FpWoJEQb/+bRkP8rxiTMeFcdy2h"
    "IiHtf4Ho2kDTxpOpdjeaatogo75QIoZ3cMkgWKief1Xm/foH8RVenRy/+/Du49v37z7yId"
    "7XXF/58Jf/0REwvqAHz3g6+Mu7rzu6P8LDOALVQDZXgwO/O1lwp/xqPrpJqRTK/OunUQ4x"
    "jcEcgLhGORwSwRwt/BZwLgFxOvptKmZeMvYvS1wYfxvenn8Z3r64Hv720ruzCu5cTcafw+"
    "GEP7/+Iz4+v5p88vQQ2yV09ghzFvT5Qqf5mEcStfDOLOs9A85/z3fNgvjBWYjV/OZNiQZC"
    "vPmolylog1sn/r0kxgaFAg9Nz1nbF/yOg5awYH0nJFN4m4Ho6/AfzaDf5q5Sttovr0d30+"
    "H1TWLJXwynI3HnJLHcw6sv3qfUsp4E/M/l9AsQf4J/TMYjD03+1nig3idG46b/GIjvpLsO"
    "0TB51nQzDmR4ObyU0LL/qqmh5IRgAzo+oB3t0HTMby4I1aQsgITMZkOg+wptxhSIQA0sTy"
    "lQEzK1QO3ce6gBVIXJOn/Mta98wLII/0woRA/4V7jygL7k30nHBsyBNfAnpuuJDgzgv8I1"
    "FF6NniyqP6/t/OTS4r+f/2ro+DbR8O58eDEa5GwJDQD7lcHDtVc3oprYBROo8m8Axl+vrg"
    "be8p3pxuOzTk2tYB1zg8hkWbQ/BWI//3oLLd37EYVARx7xLZ+sP5B7+JETEsMtgWj21vJk"
    "mb6iY/3B+0nis8Un5YNWSjSEsFYlG2g4fiPZMLRtiM1XBFsr7u4/QboCwijinj1/uuZzsI"
    "TLGXf0xYSAu/WAmwg6BcI/BGQeMgiC23gNfoW2A54XEGf4hl18yD0WI2P3AHIYtOYAsZCj"
    "eCFGWAg/ikkxcFyKmaeFl4qw6CBhIW/nt+nEKQu/roUf8Z+SZn5GUNn6WVtfbJpQ0oFKyC"
    "hQlQOlHKhO2Z1pU1/WgUpGnLZENxnuOqx9obIvlXnVFDhU2Z1X+akbsE28bKT91B17YMT1"
    "vnee6+XdOirzufTYoI2O1gTDKL5qkKWtY+4MCQ/FgVjHTuAXhUNekWfMXRhKnoFNBORAd7"
    "KB3KYmVa5Qt1wh7/8zsBZHEMPxKn5YLX6ImGZTqDHdgnnUFyEW1HHBEk6JpiCfcdldYb6+"
    "0q7H+WkyuUo4m58u02Hwr9efRrcvjj0V8EHI39+zdjVzbZtQR/N3H4mNIyvYnoX9ptObSA"
    "TugvAtkC00EzHxc5nmsrw8hEKMC+UV1GmoDyv/oN3dW9h7E2ytglfygVBZgfWQYbIy/muV"
    "kIpuI25LPUK8bVzFRlMxzQEug8KQSvwxspDBMcp9BUugdOXP0nOQtAXiRjxdNYLVl2iuPk"
    "JGXOeBGwoPGh+C2RzSZlbYNJitr7AhzF1IBZssbDYlf0Ijz5yVAevGn6WvIPkU5pYY9Y7o"
    "TUDEze1tn7h+MYm7Tb8Ibas89i9md5XQf6GVVzHTwstv8JIgjgAziA1NwL0BE2IH6RbQgU"
    "3RUqcrsNCxyYBDxCWdOlyTwNTZYkb4b85SgM1Nq0hARQJ2Zk9IkoDHlUjA4xIS8DhLAnrP"
    "rrbgz4AMykmpZrDe7zJOIP3+XQWg378rxFncSnF+Yk/Kea/9cjcZF5B9a4k0P4IMB/wHWN"
    "x72dWSHvxt7mJDYAhmLrIchNlr8Xl/H+z25ZcHt0AoQY1kjielTyIdJTkPMUH6eJKiruqo"
    "oktUVaWsK0tnjkfg1lB0WladoOmypil84q+kOnpOSiotd1nLQa6BdAZlTEjlpJVEcmYrOW"
    "gzcgrdzRl/sYSZ7ZPSwpkODGKJlLTYs7s56S9akA3AW5FHOlRsMw9vPrz7yUr7RHWcexzI"
    "v3FURknN1kM20VHFmCoaqFs0kMHVLENQhON7R028q8IBvSumgN5lGCDFsO2WYUNMW/LP02"
    "xKTNfIee9vyrRLS7eYbBeu84PNtaPwATEHUpHWzt/3lh87kk13LJlFZT5KaAMx5kKmGZA6"
    "aI4Mjo984mnuDEoLG7RQK4NLZSZVCFg/8W2hYEuRS3wQ2/s3f7I+YbVLLyFcWjl+QmzVFX"
    "sKVmzQLn2F3+NOP3+B8CfzD+U/tOk/PMIcRqDYxg2G9857OH5fxb5NU7wx8/Z92rp1qSUD"
    "bDC8h77DaSXf4bTEdzjN+g7+XpGL7wi7ywyRlYwgh8LtoT0QJU4EZnKQD25G44vL8eczEM"
    "jf4+H59PLb6AzwLRk9wXsspIfn56Ob6eiCK4T4VV5EVdZBDWWdVDtOVXKaKq2pBbHEAU+B"
    "uZtjCxQ/ERnBFrUlqabOUBYBZk+RtSSJdkxSwb0RbpN4FISx0PEDLDhQVeq15U+gnLYaRE"
    "bNGHdKWIW5uxzmVtlJP4SaVTbDbrIZvPifHKpxEYWpymFoMs5eksNwy/eQ28vz6SC7fhuA"
    "dh0q7ymw8Ye2ANZK55RNc2v6NmAbh2KqHiGedLrU0duqUDF3tp68mZV1F5uxr6ipA7e1zi"
    "l7+9f+Tit30w/ccMiUWgEZ0QxcX6l17k3Xp8W2ZeCuwqnnax2vpkT8t6JFU//o815jMCUG"
    "jffDtFTsMvqZVKxA7s/nRuQJ9RQhYlVnqfKYay0FN8PyGf5dZ0GJ+7CIScUCoblZoPy6lg"
    "4n/lUlNOtbRMXx2bXFtDFI6+9zlUK1gyHg87gWBDPxOx3AoQI6EBwkCGb7CfDpXhEM1vsm"
    "F3mCADne4WBMRCQ3HJx33rj5D1App90KGau8yN2WH7Rdyt/B9Q7npWUV09lppjP5+qm4Ty"
    "WFFCuXw3QG0fK18S8HcIG0KoW/kf6MmUtbcnT9S448SrF0ycd48xGu9KpsDuT+ObVprAue"
    "6E7VG08xgMWuQYwj3OwcxMhJyXZPulcJHDHwTJHjQOzZ8kFXJcHbg+cFYRB40wvrnY98Me"
    "PWO2CIT+u1Zlrb+C9zPIXdflaV3NN4lqsz4LcT6ajiknIs2nQsVIunXhq5uhFyhVU9xkii"
    "hz7jDtLQoKMjqWzjSKJ3WX47STdWGSm78dP4gy7d3jkmojyyLKSKUlCebse8rxJPNz/RR2"
    "VR7TCLyttAG4C2X9WEs7A69dtnt0ATJPJeirmCdHrMZsKApSUqlS42XCpgB3FpwP+nh5E8"
    "8MK1hT/GjgB35R0+9vXr1y9/Es68CP9xzx9xd95vyVwYW9zZ56gQY7eYABVi3HGIEVJETG"
    "1JsLOQabSVkWvPVDw+6fRajh9IwvCZaXmMhyCzig4ixYTK+KyDfePmgSfoqWxRIP9kaxa9"
    "TeWAIjlVCKj6+TnlLyp/sWO2d5XI6F6N73XAtNjwjsdUNxvd8ZjujguuODrld7VU3RWX+f"
    "EvRlxqwLy7ygButSwLyjvpVK28RSjbZWN4cHV5Phrfjc5CN+weDy8uJuO7MxAdO5KvUlil"
    "iEtZjcK8MiNFVSuq1RlpvXRFg4VGwqIiYUGRe3w+HJ+Prq7ERUP8ZMsSVy9G51eXY3HRhI"
    "aFcL3SI81rj/DfotWyb3IkG4k19GDPih1f8N8kkoWOklIq/Fgl/GiQpa3jlSZLi6Tleof2"
    "TsiREDU/SJ6z+0/h96K6/1nRHmBelowy+m2acEQzTYjWuShXk/HncHi6M1FaAdjhBnCN5Z"
    "6U6wH0rSx3HzW4lEwiyQj2D+/TKv3O+KhivE8zHc/CUjQYPmuFgc5SrqtgBlU2SoL2son3"
    "edVNwkigPbrrzYFYgv5Ja/GXVCe/lJhq51f+Jq3Rzo9CDgarVzIrLauybDudZctdb2TWUn"
    "RSUlXA67KWGXrAuuNSKbs4IVTLSOuYRjPNSSp2JyltT5LtAAzpktWppZoR7B/mu0hi93ch"
    "2VZ7GTmVFKyCvO3leoQ2kuyyzZFUCzcLcDIeKQdxrqxaxsVMfi2Uc2UVysUo19qLc2XVhq"
    "HSbvZ5TCObLKJOa2zAOPedVAHqbNaOgnoD1LkvpupQ72Pn6NjeLIm09P4Rt4EbwLnfB5Jy"
    "HIaCc0n5XrUCeAPAGSJB+thXtlbPHkpoHwj6bbQ/jKrPFufpJirUbk7UjQrkeuNVH/VD8h"
    "OOQHHCLeEykplsMZEup9p2KZFNZCxIohwTUShXQxkxLdFYLOf9s+EoVUa8xdyS/UQCG0wt"
    "EfsChUvypFuayfd4+Yhs/gwqMtvlyKz/rNTqTZaQVGkWB6Fm2XhPRk6RtypMqUjxfe9JjV"
    "fpjZ5zRbhsgDazJXaqzs7EdWbk+7VIbc9hD2J3j8p4A+KN08IMeUUYHNQeelRCGJjQdG3o"
    "9ZHJgFtWeDMu1YxDu1+Yd39AhUID2Qjmhb2KgU4I9ZA42MnRFObO/oSGFM4xkR6i/LbSen"
    "5bsp7fZtfzjJg5e0bxocJwfC/wbf0soWoZ/iO45brjwKUtdaArLqKOdKVdccy3Iy2AqMbD"
    "kyOunqBOP0GM20o1FB0Ta4Wf3kN7yl6o19KZo0FK80r/FpseSakenO9uw/zIMG/7ITBudM"
    "aeCTVvIYPOIIfDSA44KqMx7GCoRtdjK5QFJhi+Eg8+sBB+FN09uSzQQTgZeHE/+IrFR4h7"
    "FnkACN/zub2WoRg+g6Caxn8xMEeUOWIIwnmthHb5SYp36Rbv4pBHiLWFzhYybmpSqne8y/"
    "sqZMD7Yi7gfWGVCuU39dosgN9txKeroeakpFJzp9Xs1usm7DbaSLibYaq+6FeyjVJMQoXM"
    "N4fMXdZIw9WKAd2ugVs1ohtbVF2q2nxDiekazregIEOeK5QccVTqC/lj4/Udmg3r/j6YUd"
    "0v4Rt+xh/K5dijy1GjBMi2xT+6tgPsuvqHWPGGlEcXSSiAKwBM+WasC3NOti9JQmzLziRd"
    "A70E5JzWJN6uLGdlxUWUmbXZzFq/+La0sz6F8xwYvFUNrfi6krW0YlQaMh5hXsxU5nji1J"
    "vkYN2/dg8mcjvTy5bJN0HDRJpS23M9aLdtQlQHkH3z3MixpKr8rQV6aA/tJA/rEJt7WDoO"
    "22vINPe4Go69/hyBvGjuMb38NhKtPUTPtHs8GWtfJld8BP8hC2KJVh+T65urkdf/Q0THxA"
    "umoAFIOh5XLVG0Up5oSZpojjapI9t2LyH0I7fdg9iUxS4m8iMjpwJldYA8PIbd6ypcK4iS"
    "kFRq7rSaa5VAVLUPZf18VcdMphN9hQJmldx9nT1u6ewHTuqUz9QjxNtw+T3Iit3+ENGNrr"
    "/mhCN33CZ0TevE24PG+AfFCihWQLECabj3wgo4xCSylMB0cjHhjwaXvMeXY+3mdvKZv03u"
    "zgDCGn/KhU3F7vGnq8n5r8LZn1mE7wei1yc3vM6ASTBUZEBfXVpRckgOukjiR8ZNUQF1gD"
    "w4H1FRAT+EmkODW8qOTQopKiCvDYLnWUi2P4jLqMpZG/mVmJ+2Jb8SC0sf2Lqtyq8kH9nN"
    "FZ4iz3hLaPuWOZEGNvHQtl3bKcY1MtH/Dua1Jr3W8WpKxH93nL+9V06iRF/ez9JSlFT4I6"
    "mgA0Wb4dQLMeIRCfV0IaoZnSWyv9dqCm7FRYMhzoIS92GRuRuqq/Bh5Ne1DP5/lXJwd9yZ"
    "Lcj8Dm8dlXFvLDaowrlX8QNeIfwaTLC1As4Cgrsvw1cnp+8BmXt/zqBOIQXeoUSAGGAO3z"
    "vMvIOt20ylTq52jLtTJ1cH6uRqB97cvXDPvNIUDPJnQ17RaVml6k6rWh1S/iHUTOETf9fV"
    "a1Ufl1RHlbusZXVUWR1V7gA50dGjygEnlOOoRmxRsZ8aUVPtnw4R6SFR9NuzsJbcbeY/U2"
    "zLKk2kVVcTu8tZ3i5QCGwk0MwW2wN0Y467wCKDZbWEkFC2y+k3g7vh1ejuDDDdguwe3329"
    "uZncTvnfrm0T6tzjm9vJL6NzfiVg6u7x59F4dHt5fga8X4CMNHW1n7QPE9o6dZaFpcI3qy"
    "s5Qx+UdrfWmsjnuby6uhx/PgMzZFlCU51Q2wGmXDF3tkSOI38U6+7rp+vLqXesaj3HPR7e"
    "3V1+9k5oBfS3WZaVdXM70s6vJnfeiS4KNcMizDucFVwL/74dTW5G3qwUEhuGB8f2rm+bIk"
    "KRU9A4YbPG4/It6hwTutQtWYVfD3+Z3J6Bpf4nofd4PLm9Hl5x4L257vH15di7i7BfYlVW"
    "OcdVlHNcrJzjjHIWhL+q8yjq0p6BMakWWwWurxxsr0CVz7vrfF7ENIs8SC7nSEitZonVzD"
    "GTbYgTE6m1otNMXYdCW80X8VGhrToL/PAoUpVg+iOoOc2RSeo6R1wpvNMK92rLa9ypmc9F"
    "IX2biMaS8oovmUaFvrqs/7Wy6nUFzxFX+u6yvskTpFxXkr5HTEo5HxLOByPWUy2jKSGonq"
    "guP1ER21lDzxlhpesu67q2npWOD0bHHPUgCpVU8N1St6zCYHUk1aOjYG9PPrxfB6rFH2Ux"
    "6rvroQjkpV+BPjAcqWV+DLS40VtWshE2rsOPyi6azdKatE1cTm1YXd6wVH2w3aTYhKe+JI"
    "FNSvXobdAcsC7HRDLhNiGjQM2CmmoBI10iIEdYwayKBrZdNDC7TzSAbcW88Y4t3cq4xrfG"
    "gjPtJTtFA/hmW1X1E+n8bbIC5PED5Gotl63lpPUkXaEhsTNDxjSE5ySH7JaoLzr0JroM5u"
    "nJ3px2IEKoNAp1c8uCrBFgt3yyvoKWrTxRGzC5CrYH8mQnV5jj6MZC0DiNdPYZrqfr6+pa"
    "IFE0IydrTR6sL9FUfUQqyDZpZF1d+3P1CarGShZZyICYNVKx6Mqfqg7MB1W0KPY703WL4m"
    "3OkhWLApwLihYl6lfFyhUF163oE5uqU5TZcQvPgSZ35U0nQjU9ObxCDaM5siDwxaAJHAJ0"
    "EDz9P/l1h1YOZMBCTxAg7F0ROx+/DVy+Xij4p1+IyFPCP/MqGzX/AVUOri6jXYfrVZ1Kbf"
    "VUakxjWXSLU8RTYr0rgfSxSp74x+I88Y/Zc5CI2Za+kkY6LdfDMyYnlc6YnJScMTnJnjHh"
    "n+jwvVUrPihckKmQkush3seV8D4uwfs4p0Y/+r+8rDr0ULhFhxJ9Cr7998nJ27cfTt68ff"
    "/x9N2HD6cf36w37Oytsp370+VnsXkn8M8GPdThk03Gai8i3OGJAikLKCnUp4fswMte9x1V"
    "17aIbvK9ZbaSLCqVEVQR2I0R2PZLX3dt/VaNrRTXvs6tKR5zSxtBtn/kWhrg5BtnM8Kx51"
    "0FBjfVRsvsjW1Xb6/Akp2L/AaP5SmgyMIBRxX4MSM2diM59kXHJgPEdcDC5V/y1Vw3OOrA"
    "nwr4lbSY6KQNASXPR2DmLm1ogtnKu6Q7ZIkM4Np8CTnAFrW7PcEsR7bDz9miNLgsp9Bb2q"
    "ap4/3FfNmTbuWeHivxc9cifbIWW3B0M0bPPre2MIpYuLXFwowbt7ZYdLMC72/bEJuvCLZW"
    "Z+B5QcAL8QXBnFCfgV8xBy5fHvFbEIv/6g4wFjrmv+UI8N2KX1nlcP0NTSrXtlQVnWyb3p"
    "cnhhQhdACEEN8wcjMXi1/5kUQPCe3mq/rMKVlqZTUQ81FOifXhvNauCw/yVS6Pc0JIobwZ"
    "ZQp1JrdhRBItlnMctALvTmra8Q1W+kxPTEQxnYqeV/xxpyk4Sf7Ye7oVr7nxUJSz6ezOPt"
    "3+kLQvdPtjrP5Gtz8WUdhxL4jooY7F+ZXr3arrbbszCxm5b69iqysh1Dt6tnm7dkbMnNhR"
    "cU2NcHwvnOC2S2kgcUbKgRT7FddTDPiG2s1xSVVDTaKGWsgpzOeSoCcFFeYSmKu8ulqbzs"
    "HRqKoQR/NeO4W2teLmqRysKSkFrKJDFB3Sac9dlg5RxUx2Ucwk3DcbW7HV0xQPFOHUm2ab"
    "EhvqVL/cWXUBPWr7qPqBLNNtT6qXkpnenpnDYYZ7aTF1GXYurnI+2YaUEeylE4kqNgwgfA"
    "Z0YLjMIUtIwYuFzoCOQVAI6yUgFHj+aXAHUCLOH2MTRC0fX+adU97dB22RhKlI1B2QqHCp"
    "oxyyqZhAXQv0jzw9fVeFPT19V0yfinvZU7L8qdakcc4I9oJRbQHx/eZqdygLYyenvm2dsW"
    "fCX5d8n8/pl1kSeEkLKryr4B3WtCw+Zb+5dWx6jg7ncw1ubi+vh7f/K3r8oqVOV/d4ePFt"
    "OD4fXXCR88n4wrupm0/il5oag1wlpjcudnt9NW3a7CeGFnSt4iZRXQ0mZ+iy/oafR+MpVx"
    "D/Ng7XSaJd98Xo2+hqcjO6PeNm4RO0CDczs+25xbib4e30mk+kfRkNL85iRqS2gLpoHX1x"
    "fTkWy2CJcDd03Iku7C3puD9N2BHTRN72k2y7qoRci4G/0Dg+2Lgfhs/Mgo4DKXcBbWTkUB"
    "W/3E3GBZZannA6AogMB/wHWIjtjOQZ/G3uYi/bH8xcZDkIs9fi8/6+KzOjRDUCrIRqMmkI"
    "6YyDo2SUT0yQTkNQwdniDUmUr51gazVYs2+HEKwN9o0NjRqXpF4vuaSk6uXS6Yj8nnq5dE"
    "ylPeza0DGEq+cnV2jaUClYtJd67AeCenoP2Gs59oPEzEbc6HyEeFuwbDQV0xyg7VMJp7C6"
    "sH+YfUuwgvrG1QuMH+LKMqGBRN0ZPgKzOaTNYDYNZuspaBTy78ocBVu9p9OlVqNP6FdqnX"
    "vT9RS3dfCCW+Jw22SUm2CyWzFXX98DjJsEfN4tobrzZ+krSEEzIo5NrFr/lnk7PX0CFULV"
    "ENL2mTN3wLA18jaU7YdziHjtpx3OoSC1ZY5h5e5f0i1x5FqAdStNq4RKym2Lk/qt6dY4YQ"
    "vAvOY4cdgLOuSIhM1sf5yEYLwbY6U2Oeu1U5hgOoQUGeKTMimmwZ2jsiRTPRqzy3PxKnWz"
    "zdTNwvaqxUlYMZFephOeVkonPC1JJzzNJGDxh0oC4WB4D9HdSVOToBmMTBZATKT92P9+oo"
    "yNRfkzIas2S7/89f8fgkpJ"
)
