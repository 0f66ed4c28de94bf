"""Settings read once from the environment, with defaults that run on one machine.

Every number the product rules depend on (session lifetimes, limits, timers) lives here, each
declared once in `SETTINGS` (name, default, type, help), so an operator finds it by name. A wrong value stops start-up with one clear line:
`SettingsError` is caught by the CLI and printed without a traceback.
"""

from __future__ import annotations

import os
import secrets
import sys
from dataclasses import dataclass, field, fields, replace
from datetime import timedelta
from pathlib import Path
from typing import Any, NamedTuple

__all__ = [
    "Settings",
    "SettingsError",
    "TicketTimers",
    "Setting",
    "SETTINGS",
    "markdown_table",
    "value_in_effect",
]


class SettingsError(Exception):
    """A configuration value that cannot be used."""


class Setting(NamedTuple):
    """One environment variable: where it goes, its default, its type and what it means.

    `kind`: how the text is read: "text", "path", "list" (comma-separated), "flag" (true or
    false), "count" (a whole number), or a unit of time ("seconds", "minutes", "hours", "days") read as a whole number
    of that unit. `shown`: the README's default when it is not the value itself.
    """

    env: str
    attribute: str  # "timers.<name>" for the ticket timers
    default: Any
    kind: str
    help: str
    minimum: int = 1
    shown: str | None = None

    def parse(self, raw: str) -> Any:
        if self.kind in ("text", "path", "list"):
            return _text(self, raw)
        if self.kind == "flag":
            return _flag(self, raw)
        try:
            number = int(raw)
        except ValueError:
            raise SettingsError(f"{self.env} must be a whole number, got {raw!r}") from None
        if number < self.minimum:
            raise SettingsError(f"{self.env} must be at least {self.minimum}, got {number}")
        return number if self.kind == "count" else timedelta(**{self.kind: number})

    def default_text(self) -> str:
        if self.shown is not None:
            return self.shown
        if isinstance(self.default, timedelta):
            seconds = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[self.kind]
            return f"`{int(self.default.total_seconds()) // seconds}`"
        return f"`{self.default}`" if self.default not in ("", ()) else "(unset)"


def _text(setting: Setting, raw: str) -> Any:
    if setting.kind == "path":
        return Path(raw)
    if setting.kind == "list":
        return tuple(item.strip() for item in raw.split(",") if item.strip())
    return raw


def _flag(setting: Setting, raw: str) -> bool:
    value = raw.strip().lower()
    if value in ("true", "1", "yes", "on"):
        return True
    if value in ("false", "0", "no", "off"):
        return False
    raise SettingsError(f"{setting.env} must be true or false, got {raw!r}")


def _choice(values: dict[str, Any], attribute: str, name: str, choices: tuple[str, ...]) -> str:
    raw = str(values.get(attribute) or choices[0]).strip()
    for choice in choices:
        if raw.lower() == choice.lower():
            return choice
    raise SettingsError(f"{name} must be one of {', '.join(choices)}, got {raw!r}")


_DEPARTMENTS = ("sales", "support", "projects", "billing")

# Every setting, once: the dataclasses below take their defaults from here, `from_env` reads
# and checks the environment with it, `accountdesk settings` prints it, and the README's
# configuration table must equal `markdown_table()` (tests/test_readme.py).
SETTINGS: tuple[Setting, ...] = (
    Setting("DATABASE_URL", "database_url", "", "text",
            "`sqlite://<path>` or `postgresql://user:pw@host/db`",
            shown="`sqlite://var/accountdesk.sqlite3`"),
    Setting("REDIS_URL", "redis_url", "", "text",
            "`redis://host:6379/0`; jobs, rate limits and policy reloads go through it",
            shown="(embedded Redis under `./var/`)"),
    Setting("SECRET_KEY", "secret_key", "", "text", "at least 32 characters; signs links",
            shown="generated into `var/secret_key` (with a warning)"),
    Setting("VAR_DIR", "var_dir", Path("var"), "path",
            "where the embedded defaults keep their files"),
    Setting("FILES_DIR", "files_dir", Path("var/files"), "path",
            "stored files (outside any served folder)"),
    Setting("FILES_URL", "files_url", "", "text",
            "`s3://bucket/prefix`: store files in S3-compatible storage instead (credentials, "
            "region and endpoint from the usual `AWS_*` variables, e.g. `AWS_ENDPOINT_URL`); "
            "downloads then go through the store's presigned links"),
    Setting("MAIL_DIR", "mail_dir", Path("var/mail"), "path",
            "where mail goes as `.eml` files when `SMTP_URL` is unset"),
    Setting("SMTP_URL", "smtp_url", "", "text",
            "`smtp://host:25`, `smtps://user:password@host:465`"),
    Setting("MAIL_FROM", "mail_from", "AccountDesk <no-reply@accountdesk.local>", "text",
            "sender of every mail"),
    Setting("PUBLIC_URL", "public_url", "http://127.0.0.1:8000", "text",
            "base of the links in mails"),
    Setting("CORS_ORIGINS", "cors_origins", (), "list",
            "comma-separated origins of web apps allowed to call the API", shown="(none)"),
    Setting("SESSION_IDLE_MINUTES", "session_idle", timedelta(hours=12), "minutes",
            "a session dies after this long unused"),
    Setting("SESSION_ABSOLUTE_HOURS", "session_absolute", timedelta(days=14), "hours",
            "... and this long after sign-in in any case"),
    Setting("LOGIN_ATTEMPTS_PER_ACCOUNT", "login_attempts_per_account", 10, "count",
            "sign-in attempts per email per window"),
    Setting("LOGIN_ATTEMPTS_PER_ADDRESS", "login_attempts_per_address", 50, "count",
            "sign-in attempts per client address per window"),
    Setting("LOGIN_WINDOW_MINUTES", "login_window", timedelta(minutes=15), "minutes",
            "the sign-in window"),
    Setting("PASSWORD_RESET_TTL_MINUTES", "password_reset_ttl", timedelta(hours=1), "minutes",
            "how long a reset link works"),
    Setting("PASSWORD_RESET_PER_HOUR", "password_reset_per_hour", 5, "count",
            "reset requests per email per hour"),
    Setting("PASSWORD_RESET_PER_ADDRESS_PER_HOUR", "password_reset_per_address_per_hour", 20,
            "count", "reset requests per client address per hour"),
    Setting("INVITATION_TTL_HOURS", "invitation_ttl", timedelta(days=7), "hours",
            "how long the link of an invitation mail (`createUser`) works"),
    Setting("SIGNUP_CONFIRMATION_TTL_HOURS", "signup_confirmation_ttl", timedelta(days=7),
            "hours", "how long a sign-up's confirmation link works; unconfirmed sign-ups are "
            "deleted after it"),
    Setting("SIGNUPS_PER_HOUR", "signups_per_hour", 5, "count", "sign-ups per email per hour"),
    Setting("SIGNUPS_PER_ADDRESS_PER_HOUR", "signups_per_address_per_hour", 20, "count",
            "sign-ups per client address per hour"),
    Setting("AFFILIATE_COMMISSION_PERCENT", "affiliate_commission_percent", 10, "count",
            "commission on each paid order of a referred account", minimum=0),
    Setting("AFFILIATE_REFERRAL_MONTHS", "affiliate_referral_months", 12, "count",
            "how long a signed-up account counts as referred"),
    Setting("MAX_QUERY_DEPTH", "max_query_depth", 12, "count", "deepest GraphQL document accepted",
            minimum=2),
    Setting("MAX_ALIASES", "max_aliases", 30, "count", "aliases per document"),
    Setting("MAX_TOKENS", "max_tokens", 1000, "count", "tokens per document", minimum=100),
    Setting("GRAPHQL_EXECUTION", "graphql_execution", "compiled", "text",
            "`compiled`: fields of a known document follow its execution plan "
            "(`schema/execution.py`); `core`: graphql-core executes every field"),
    Setting("MAX_FIELDS", "max_fields", 300, "count",
            "field selections written in a document", minimum=10),
    Setting("MAX_EXPANDED_FIELDS", "max_expanded_fields", 800, "count",
            "field selections of a document with each fragment written out where it is spread",
            minimum=10),
    Setting("MAX_FIELD_REPEATS", "max_field_repeats", 12, "count",
            "times one field (response name) may be selected in one place, fragments included"),
    Setting("ONLY_TRUSTED_DOCUMENTS", "only_trusted_documents", False, "flag",
            "`true`: run only documents registered at build time or by staff (`documentId`), "
            "refuse any other text (see `docs/trusted-documents.md`)", shown="`false`"),
    Setting("TRUSTED_DOCUMENTS_EXCEPT", "trusted_documents_except", ("staff",), "list",
            "who may still send any text when `ONLY_TRUSTED_DOCUMENTS` is on: `staff` (staff "
            "sign-ins), `graphiql` (the GraphiQL page's requests; any program can claim that)",
            shown="`staff`"),
    Setting("MAX_PAGE_SIZE", "max_page_size", 100, "count", "largest `first` of a list"),
    Setting("MAX_UPLOAD_BYTES", "max_upload_bytes", 10 * 1024 * 1024, "count",
            "largest uploaded file"),
    Setting("MAX_REQUEST_UPLOAD_BYTES", "max_request_upload_bytes", 50 * 1024 * 1024, "count",
            "largest upload request"),
    Setting("MAX_FILES_PER_REQUEST", "max_files_per_request", 10, "count",
            "files per upload request"),
    Setting("SIGNED_LINK_TTL_SECONDS", "signed_link_ttl", timedelta(minutes=5), "seconds",
            "lifetime of a download link"),
    Setting("PAYMENT_PROCESSOR", "payment_processor", "sandbox", "text",
            "who takes payments: `sandbox` (the service's own Pay / Decline page) or `stripe`"),
    Setting("STRIPE_SECRET_KEY", "stripe_secret_key", "", "text",
            "Stripe API key (`sk_...`), needed for `stripe`"),
    Setting("STRIPE_WEBHOOK_SECRET", "stripe_webhook_secret", "", "text",
            "Stripe's webhook signing secret (`whsec_...`), needed for `stripe`"),
    Setting("INVOICE_SELLER", "invoice_seller",
            "AccountDesk Software|1 Example Street|Springfield", "text",
            "the seller printed on every invoice PDF, lines separated by `|`"),
    Setting("MAIL_LEASE_SECONDS", "mail_lease", timedelta(minutes=2), "seconds",
            "how long a worker holds a mail it is sending; a worker that dies leaves it to "
            "another after this", minimum=45),
    Setting("LOG_FORMAT", "log_format", "human", "text",
            "`human` lines, or `json`: one JSON object a line"),
    Setting("LOG_LEVEL", "log_level", "info", "text",
            "`debug`, `info`, `warning` or `error`"),
    Setting("METRICS_TOKEN", "metrics_token", "", "text",
            "`GET /metrics` answers a scrape with `Authorization: Bearer <token>`"),
    Setting("METRICS_ADDRESSES", "metrics_addresses", (), "list",
            "comma-separated client addresses that may scrape `/metrics` without the token; "
            "with neither set, metrics are off"),
    Setting("TIMER_SALES_IDLE_DAYS", "timers.sales_idle", timedelta(days=30), "days",
            "sales ticket pre-closed after this long idle"),
    Setting("TIMER_SALES_IDLE_PRE_SALES_DAYS", "timers.sales_idle_pre_sales", timedelta(days=14),
            "days", "... for a pre-sales account"),
    Setting("TIMER_PROJECT_IDLE_DAYS", "timers.project_idle", timedelta(days=30), "days",
            "project ticket idle time before pre-close (tasks finished)"),
    Setting("TIMER_SUPPORT_SOLVED_IDLE_DAYS", "timers.support_solved_idle", timedelta(days=5),
            "days", 'support ticket idle time after "solved" before pre-close'),
    Setting("TIMER_CLOSE_AFTER_PRE_CLOSE_DAYS", "timers.close_after_pre_close",
            timedelta(days=3), "days",
            "pre-closed ticket closed after this long without a message"),
    Setting("HOTRUSH_RESPONSE_HOURS", "timers.hotrush_response", timedelta(hours=2), "hours",
            "first-response target of a HotRush ticket"),
    Setting("NORMAL_RESPONSE_HOURS", "timers.normal_response", timedelta(hours=24), "hours",
            "first-response target of other tickets"),
    Setting("ACCESS_INFO_RETENTION_DAYS", "timers.access_info_retention", timedelta(days=90),
            "days", "server access details are purged after this"),
    Setting("PRIORITY_WINDOW_DAYS", "timers.priority_window", timedelta(days=90), "days",
            "tickets counted for the effective priority"),
    Setting("SWEEP_INTERVAL_MINUTES", "timers.sweep_interval_minutes", 5, "count",
            "how often the ticket timers and the license removal reminders run"),
    Setting("SWEEP_BATCH_SIZE", "timers.sweep_batch_size", 2000, "count",
            "tickets changed per transaction by a timer run"),
    *(
        Setting(f"DEPARTMENT_ADDRESS_{name.upper()}", f"timers.department_address.{name}",
                f"{name}@accountdesk.local", "text",
                f"where {name} hears of overdue tickets")
        for name in _DEPARTMENTS
    ),
)  # fmt: skip
_BY_ATTRIBUTE = {setting.attribute: setting for setting in SETTINGS}


def default_of(attribute: str) -> Any:
    return _BY_ATTRIBUTE[attribute].default


def read_env(env: dict[str, str]) -> dict[str, Any]:
    """attribute -> value for every setting set (not empty) in `env`, checked by its type."""
    return {s.attribute: s.parse(env[s.env]) for s in SETTINGS if env.get(s.env, "") != ""}


def value_in_effect(settings: Settings, setting: Setting) -> str:
    """The value `settings` has for `setting`, written as the environment would give it."""
    *path, name = setting.attribute.split(".")
    if path[-2:] == ["timers", "department_address"]:
        return settings.timers.department_address(name)
    value = getattr(settings.timers if path else settings, name)
    if isinstance(value, timedelta):
        seconds = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[setting.kind]
        return str(int(value.total_seconds()) // seconds)
    if isinstance(value, tuple):
        return ",".join(value)
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


def _cell(text: str) -> str:
    """A "|" inside a table cell would end it (INVOICE_SELLER separates lines with one)."""
    return text.replace("|", "\\|")


def markdown_table() -> str:
    """The README's configuration table."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    rows += [f"| `{s.env}` | {_cell(s.default_text())} | {_cell(s.help)} |" for s in SETTINGS]
    return "\n".join(rows)


@dataclass(frozen=True)
class TicketTimers:
    """The Communication Center's clocks (SPEC section 2), all in one block."""

    sales_idle: timedelta = default_of("timers.sales_idle")
    sales_idle_pre_sales: timedelta = default_of("timers.sales_idle_pre_sales")
    project_idle: timedelta = default_of("timers.project_idle")
    support_solved_idle: timedelta = default_of("timers.support_solved_idle")
    close_after_pre_close: timedelta = default_of("timers.close_after_pre_close")
    hotrush_response: timedelta = default_of("timers.hotrush_response")
    normal_response: timedelta = default_of("timers.normal_response")
    access_info_retention: timedelta = default_of("timers.access_info_retention")
    priority_window: timedelta = default_of("timers.priority_window")
    sweep_interval_minutes: int = default_of("timers.sweep_interval_minutes")
    sweep_batch_size: int = default_of("timers.sweep_batch_size")
    # Where the deadline sweep tells a department about an overdue ticket (department, address).
    department_addresses: tuple[tuple[str, str], ...] = tuple(
        (name, default_of(f"timers.department_address.{name}")) for name in _DEPARTMENTS
    )

    def department_address(self, department: str) -> str:
        return dict(self.department_addresses).get(department, f"{department}@accountdesk.local")

    @classmethod
    def from_env(cls, env: dict[str, str]) -> TicketTimers:
        return cls._from_values(read_env(env))

    @classmethod
    def _from_values(cls, values: dict[str, Any]) -> TicketTimers:
        prefix, address = "timers.", "timers.department_address."
        changes = {
            name[len(prefix) :]: value
            for name, value in values.items()
            if name.startswith(prefix) and not name.startswith(address)
        }
        changes["department_addresses"] = tuple(
            (name, values.get(address + name, default)) for name, default in
            cls.department_addresses
        )  # fmt: skip
        return cls(**changes)


@dataclass(frozen=True)
class Settings:
    var_dir: Path = default_of("var_dir")
    database_url: str = default_of("database_url")
    redis_url: str = default_of("redis_url")
    secret_key: str = default_of("secret_key")
    files_dir: Path = default_of("files_dir")
    files_url: str = default_of("files_url")
    mail_dir: Path = default_of("mail_dir")
    smtp_url: str = default_of("smtp_url")
    mail_from: str = default_of("mail_from")
    public_url: str = default_of("public_url")
    cors_origins: tuple[str, ...] = default_of("cors_origins")
    # Sign-in
    session_idle: timedelta = default_of("session_idle")
    session_absolute: timedelta = default_of("session_absolute")
    login_attempts_per_account: int = default_of("login_attempts_per_account")
    login_attempts_per_address: int = default_of("login_attempts_per_address")
    login_window: timedelta = default_of("login_window")
    password_reset_ttl: timedelta = default_of("password_reset_ttl")
    password_reset_per_hour: int = default_of("password_reset_per_hour")
    password_reset_per_address_per_hour: int = default_of("password_reset_per_address_per_hour")
    invitation_ttl: timedelta = default_of("invitation_ttl")
    signup_confirmation_ttl: timedelta = default_of("signup_confirmation_ttl")
    signups_per_hour: int = default_of("signups_per_hour")
    signups_per_address_per_hour: int = default_of("signups_per_address_per_hour")
    affiliate_commission_percent: int = default_of("affiliate_commission_percent")
    affiliate_referral_months: int = default_of("affiliate_referral_months")
    # Query limits
    max_query_depth: int = default_of("max_query_depth")
    max_aliases: int = default_of("max_aliases")
    # Parsing and validating a document inside these limits costs a few plain queries' worth
    # of CPU at most (see schema/document_limits.py); the GraphiQL introspection query needs
    # about 170 tokens, 60 written fields and 470 with its fragments written out.
    max_tokens: int = default_of("max_tokens")
    graphql_execution: str = default_of("graphql_execution")
    max_fields: int = default_of("max_fields")
    max_expanded_fields: int = default_of("max_expanded_fields")
    max_field_repeats: int = default_of("max_field_repeats")
    max_page_size: int = default_of("max_page_size")
    # Trusted documents
    only_trusted_documents: bool = default_of("only_trusted_documents")
    trusted_documents_except: tuple[str, ...] = default_of("trusted_documents_except")
    # Uploads
    max_upload_bytes: int = default_of("max_upload_bytes")
    max_request_upload_bytes: int = default_of("max_request_upload_bytes")
    max_files_per_request: int = default_of("max_files_per_request")
    signed_link_ttl: timedelta = default_of("signed_link_ttl")
    # Buying: which processor takes payments ("sandbox", the embedded default, or "stripe")
    payment_processor: str = default_of("payment_processor")
    stripe_secret_key: str = default_of("stripe_secret_key")
    stripe_webhook_secret: str = default_of("stripe_webhook_secret")
    # Invoices: the seller printed on every invoice PDF, lines separated by "|"
    invoice_seller: str = default_of("invoice_seller")
    # Operations
    mail_lease: timedelta = default_of("mail_lease")
    log_format: str = default_of("log_format")
    log_level: str = default_of("log_level")
    metrics_token: str = default_of("metrics_token")
    metrics_addresses: tuple[str, ...] = default_of("metrics_addresses")
    timers: TicketTimers = field(default_factory=TicketTimers)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        """Every setting read and checked by the table; the few that depend on another
        (paths under VAR_DIR, the stored secret) or need normalizing are finished here."""
        env = dict(os.environ if env is None else env)
        values = read_env(env)
        var_dir = values.setdefault("var_dir", cls.var_dir)
        database_url = values.get("database_url") or f"sqlite://{var_dir / 'accountdesk.sqlite3'}"
        values["database_url"] = normalize_database_url(database_url)
        values["secret_key"] = values.get("secret_key") or _stored_secret(var_dir)
        if len(values["secret_key"]) < 32:
            raise SettingsError("SECRET_KEY must be at least 32 characters long")
        values.setdefault("files_dir", var_dir / "files")
        values.setdefault("mail_dir", var_dir / "mail")
        values["files_url"] = _files_url(values.get("files_url", ""))
        values["smtp_url"] = _smtp_url(values.get("smtp_url", ""))
        values["public_url"] = values.get("public_url", cls.public_url).rstrip("/")
        _check_payments(values)
        _check_trusted_exceptions(values)
        values["log_format"] = _choice(values, "log_format", "LOG_FORMAT", ("human", "json"))
        executions = ("compiled", "core")
        values["graphql_execution"] = _choice(
            values, "graphql_execution", "GRAPHQL_EXECUTION", executions
        )
        levels = ("info", "warning", "error", "debug")
        values["log_level"] = _choice(values, "log_level", "LOG_LEVEL", levels)
        own = {name: value for name, value in values.items() if "." not in name}
        return cls(**own, timers=TicketTimers._from_values(values))

    def with_changes(self, **changes: object) -> Settings:
        return replace(self, **changes)

    @property
    def embedded_redis(self) -> bool:
        return not self.redis_url

    @property
    def metrics_enabled(self) -> bool:
        """Metrics are collected (and `/metrics` answers) once a way to read them is set."""
        return bool(self.metrics_token or self.metrics_addresses)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite://")

    def describe(self) -> list[tuple[str, str]]:
        hidden = {"secret_key", "stripe_secret_key", "stripe_webhook_secret", "metrics_token"}
        return [
            (f.name, "***" if f.name in hidden else str(getattr(self, f.name)))
            for f in fields(self)
        ]


def normalize_database_url(url: str) -> str:
    """Accept the spellings people paste (postgresql://, postgres://) for Tortoise."""
    for prefix in ("postgresql+asyncpg://", "postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "asyncpg://" + url[len(prefix) :]
    if url.startswith(("asyncpg://", "sqlite://")):
        return url
    raise SettingsError(
        f"DATABASE_URL must start with sqlite:// or postgresql://, got {url.split(':')[0]!r}"
    )


def _check_payments(values: dict[str, Any]) -> None:
    """The processor is one of two, and Stripe cannot run without both of its secrets."""
    chosen = values.get("payment_processor", default_of("payment_processor"))
    if chosen not in ("sandbox", "stripe"):
        raise SettingsError(f"PAYMENT_PROCESSOR must be sandbox or stripe, got {chosen!r}")
    if chosen == "stripe" and not (
        values.get("stripe_secret_key") and values.get("stripe_webhook_secret")
    ):
        raise SettingsError(
            "PAYMENT_PROCESSOR=stripe needs STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET"
        )


_TRUSTED_EXCEPTIONS = ("staff", "graphiql")


def _check_trusted_exceptions(values: dict[str, Any]) -> None:
    for name in values.get("trusted_documents_except", ()):
        if name not in _TRUSTED_EXCEPTIONS:
            raise SettingsError(
                f"TRUSTED_DOCUMENTS_EXCEPT lists {', '.join(_TRUSTED_EXCEPTIONS)} only, "
                f"got {name!r}"
            )


def _files_url(raw: str) -> str:
    if raw and (not raw.startswith("s3://") or len(raw) <= len("s3://")):
        raise SettingsError("FILES_URL must look like s3://bucket or s3://bucket/prefix")
    return raw.rstrip("/")


def _smtp_url(raw: str) -> str:
    if raw and not raw.startswith(("smtp://", "smtps://")):
        raise SettingsError("SMTP_URL must look like smtp://host:port or smtps://user:pw@host")
    return raw


def _stored_secret(var_dir: Path) -> str:
    path = var_dir / "secret_key"
    if path.exists():
        return path.read_text().strip()
    var_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    path.write_text(key)
    path.chmod(0o600)
    print(
        f"warning: SECRET_KEY is not set; generated one and kept it in {path}",
        file=sys.stderr,
    )
    return key
