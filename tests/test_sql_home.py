"""Hand-written SQL lives in `resolvers/sql/` only, and `schema/` runs no query of its own.

The rule of `docs/development.md` ("adding a capability"): a statement written anywhere else
is the start of a second pattern. Migrations are SQL by nature; `tests/` and the bare
baselines of `bench/` are not the product.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("accountdesk", "schema", "resolvers", "models", "policies", "jobs")
SQL_HOME = ROOT / "resolvers" / "sql"
SQL = re.compile(
    r"\bSELECT\b.+\bFROM\b|\bINSERT\s+INTO\b|\bUPDATE\s+\S+\s+(NOT INDEXED\s+)?SET\b"
    r"|\bDELETE\s+FROM\b|\bCREATE\s+(TEMP\s+)?TABLE\b|\bON\s+CONFLICT\b|\bRETURNING\b",
    re.DOTALL,
)
# Queryset methods that only the ORM has (dicts have `values`, so that one counts only on
# a model class).
ORM_CALLS = {"filter", "exclude", "order_by", "using_db", "select_for_update", "values_list",
             "get_or_none", "in_bulk", "bulk_create", "select_related", "prefetch_related",
             "annotate", "exists"}  # fmt: skip
MODEL_CALLS = ORM_CALLS | {"get", "all", "values", "create", "first", "count", "update"}


def _modules(*packages: str) -> list[Path]:
    return sorted(path for name in packages for path in (ROOT / name).rglob("*.py"))


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        scopes = ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef
        body = node.body if isinstance(node, scopes) else []
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            found.add(id(body[0].value))
    return found


def _texts(tree: ast.AST) -> list[tuple[int, str]]:
    """Every string the code builds (f-strings by their fixed parts), docstrings left out."""
    prose = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            prose.update(id(value) for value in node.values)
    texts = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            parts = [v.value if isinstance(v, ast.Constant) else " x " for v in node.values]
            texts.append((node.lineno, "".join(map(str, parts))))
        elif (
            isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in prose
        ):
            texts.append((node.lineno, node.value))
    return texts


def _sql_outside_home() -> list[str]:
    found = []
    for path in _modules(*PACKAGES):
        if SQL_HOME in path.parents:
            continue
        for line, text in _texts(ast.parse(path.read_text())):
            if SQL.search(text):
                found.append(f"{path.relative_to(ROOT)}:{line}: {text.strip()[:60]!r}")
    return found


def test_sql_text_appears_only_in_resolvers_sql():
    assert _sql_outside_home() == [], "SQL belongs in resolvers/sql/<area>.py"


def test_the_check_sees_sql_in_plain_and_formatted_strings(tmp_path):
    source = '"""SELECT x FROM y"""\nA = "SELECT id FROM t"\nB = f"UPDATE \\"t\\" SET a = {1}"\n'
    texts = [text for _, text in _texts(ast.parse(source)) if SQL.search(text)]
    assert len(texts) == 2  # the module docstring is prose


def _model_names(tree: ast.AST) -> set[str]:
    return {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "models"
        for alias in node.names
    }


def _orm_calls(path: Path) -> list[str]:
    tree = ast.parse(path.read_text())
    models = _model_names(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        receiver, method = node.func.value, node.func.attr
        on_model = isinstance(receiver, ast.Name) and receiver.id in models
        if method in ORM_CALLS or (on_model and method in MODEL_CALLS):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: .{method}(")
    for node in ast.walk(tree):
        module = node.module or "" if isinstance(node, ast.ImportFrom) else ""
        # `tortoise.models.Model` as a type only
        if module.startswith("tortoise") and module != "tortoise.models":
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: import {module}")
    return found


def test_schema_runs_no_orm_query():
    found = [call for path in _modules("schema") for call in _orm_calls(path)]
    assert found == [], "queries belong in resolvers/ (batches for loaders)"
