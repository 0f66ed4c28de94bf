"""Validation is no denial of service: the worst documents inside the limits cost a few plain
queries' worth of CPU to parse and validate, and the hostile ones are refused cheaply."""

from __future__ import annotations

import gc
import time

import pytest
from graphql import GraphQLSyntaxError, get_introspection_query, parse, specified_rules, validate

from accountdesk.settings import Settings
from schema import _limit_rules, build_schema
from schema.document_limits import shape_problem

SETTINGS = Settings()
R = SETTINGS.max_field_repeats
PLAIN = "{ me { id email name accountType account { id name } } }"
USER = "id email name contactEmail accountType isActive account { id name }"
TICKET = "id number title status type priority hotrush department createdAt updatedAt"
TICKET += " responseDueAt rating ratingComment licenses { id }"
UNION_MEMBERS = ["Session", "LoginError", "LimitError", "InputError"]
LOGIN = 'mutation { login(email: "a@b.c", password: "p") { %s } }'


def _fragments(prefix: str, count: int, body: str, on: str = "Query") -> str:
    return "".join(f" fragment {prefix}{i} on {on} {{ {body} }}" for i in range(count))


# The worst shapes we found, each as large as the limits let it be.
WORST = {
    "repetition": "{" + " ".join([f"me {{ {USER} }}"] * R) + "}",
    "overlapping fragments": "query {"
    + " ".join(f"...F{i}" for i in range(R))
    + "}"
    + _fragments("F", R, "me { id account { id name } }"),
    "nested overlapping fragments": "query {"
    + " ".join(f"...F{i}" for i in range(R // 4))
    + "}"
    + _fragments("F", R // 4, "me { " + " ".join(f"...G{j}" for j in range(4)) + " }")
    + _fragments("G", 4, "id name account { id name }", on="User"),
    "wide union": LOGIN
    % " ".join(f"... on {t} {{ __typename }}" for t in (UNION_MEMBERS * R)[: R - 1]),
    "deep fragments": "query { ...D0 }"
    + "".join(f" fragment D{i} on Query {{ me {{ {USER} }} ...D{i + 1} }}" for i in range(R - 2))
    + f" fragment D{R - 2} on Query {{ me {{ id }} }}",
    "many aliases": "{"
    + " ".join(f"a{i}: me {{ {USER} }}" for i in range(SETTINGS.max_aliases - 3))
    + "}",
    "many fields": "{"
    + " ".join(f"a{i}: tickets {{ nodes {{ {TICKET} }} }}" for i in range(16))
    + "}",
    "introspection": get_introspection_query(descriptions=True),
}
# Past the limits: refused before graphql-core's rules run.
HOSTILE = {
    "600 repetitions": "{" + " ".join(["me { account { name } }"] * 600) + "}",
    "120 repetitions": "{" + " ".join(["me { id }"] * 120) + " __typename }",
    "fragment doubling": "query { ...E0 }"
    + "".join(f" fragment E{i} on Query {{ ...E{i + 1} ...E{i + 1} }}" for i in range(15))
    + " fragment E15 on Query { me { id } }",
    "spread 200 times": "query { "
    + " ".join(["...F"] * 200)
    + " } fragment F on Query { me { id } }",
    "wide union": LOGIN % " ".join(f"... on {t} {{ __typename code }}" for t in UNION_MEMBERS * 20),
    "too many fields": "{"
    + " ".join(f"a{i}: tickets {{ nodes {{ {TICKET} }} }}" for i in range(20))
    + "}",
    "deep fragment chain": "query { ...D0 }"
    + "".join(f" fragment D{i} on Query {{ me {{ id name }} ...D{i + 1} }}" for i in range(60))
    + " fragment D60 on Query { me { id } }",
}


@pytest.fixture(scope="module")
def checker():
    schema = build_schema(SETTINGS)
    rules = [*specified_rules, *_limit_rules(SETTINGS)().validation_rules]

    def parse_and_validate(text: str) -> list[str]:
        try:
            document = parse(text, max_tokens=SETTINGS.max_tokens)
        except GraphQLSyntaxError as error:
            return [error.message]
        problem = shape_problem(
            document, SETTINGS.max_fields, SETTINGS.max_expanded_fields, SETTINGS.max_field_repeats
        )
        if problem:
            return [problem]
        return [error.message for error in validate(schema._schema, document, rules)]

    return parse_and_validate


def _cost(check, text: str, runs: int = 7) -> float:
    """CPU seconds (the machine is shared: wall time would measure the neighbours), with the
    collector paused: a full collection landing in one run would be the heap's cost, not the
    document's."""
    times = []
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            started = time.process_time()
            check(text)
            times.append(time.process_time() - started)
    finally:
        gc.enable()
    # The least of the runs: a neighbour's load only ever adds time (to CPU time too, through
    # caches and clock speed), so the minimum is the document's own cost.
    return min(times)


def test_the_worst_documents_inside_the_limits_cost_a_few_plain_queries(checker, backend):
    if backend != "sqlite":
        pytest.skip("no database involved; once is enough")
    assert checker(PLAIN) == []
    for name, text in WORST.items():
        assert checker(text) == [], name
    plain = max(_cost(checker, PLAIN, runs=21), 0.0005)
    ratios = {name: _cost(checker, text) / plain for name, text in WORST.items()}
    print("validation cost / plain query:", {k: round(v, 1) for k, v in ratios.items()})
    assert max(ratios.values()) < 20, ratios


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_documents_past_the_limits_are_refused_cheaply(checker, name):
    problems = checker(HOSTILE[name])
    assert problems and ("The document selects" in problems[0] or "tokens" in problems[0])
    plain = max(_cost(checker, PLAIN, runs=21), 0.0005)
    assert _cost(checker, HOSTILE[name], runs=3) / plain < 20


async def test_the_api_refuses_the_repeated_document_with_a_coded_error(api):
    body = await api.gql(HOSTILE["120 repetitions"])
    assert body["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert "The document selects `me` 120 times" in body["errors"][0]["message"]
    body = await api.gql(HOSTILE["fragment doubling"])
    assert "more than 800 fields with its fragments" in body["errors"][0]["message"]
