"""Settings read once from the environment, with defaults that run on one machine.

Every number the product rules depend on (session lifetimes, limits, timers) lives here,
so an operator finds it by name. A wrong value stops start-up with one clear line:
`SettingsError` is caught by the CLI and printed without a traceback.
"""

from __future__ import annotations

import os
import secrets
import sys
from dataclasses import dataclass, field, fields, replace
from datetime import timedelta
from pathlib import Path

__all__ = ["Settings", "SettingsError", "TicketTimers"]


class SettingsError(Exception):
    """A configuration value that cannot be used."""


def _int(env: dict[str, str], name: str, default: int, minimum: int = 0) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a whole number, got {raw!r}") from None
    if value < minimum:
        raise SettingsError(f"{name} must be at least {minimum}, got {value}")
    return value


def _list(env: dict[str, str], name: str) -> tuple[str, ...]:
    raw = env.get(name, "")
    return tuple(item.strip() for item in raw.split(",") if item.strip())


_DEPARTMENTS = ("sales", "support", "projects", "billing")


@dataclass(frozen=True)
class TicketTimers:
    """The Communication Center's clocks (SPEC section 2), all in one block."""

    sales_idle: timedelta = timedelta(days=30)
    sales_idle_pre_sales: timedelta = timedelta(days=14)
    project_idle: timedelta = timedelta(days=30)
    support_solved_idle: timedelta = timedelta(days=5)
    close_after_pre_close: timedelta = timedelta(days=3)
    hotrush_response: timedelta = timedelta(hours=2)
    normal_response: timedelta = timedelta(hours=24)
    access_info_retention: timedelta = timedelta(days=90)
    priority_window: timedelta = timedelta(days=90)
    sweep_interval_minutes: int = 5
    sweep_batch_size: int = 2000
    # Where the deadline sweep tells a department about an overdue ticket (department, address).
    department_addresses: tuple[tuple[str, str], ...] = tuple(
        (name, f"{name}@accountdesk.local") for name in _DEPARTMENTS
    )

    def department_address(self, department: str) -> str:
        return dict(self.department_addresses).get(department, f"{department}@accountdesk.local")

    @classmethod
    def from_env(cls, env: dict[str, str]) -> TicketTimers:
        days = {
            "sales_idle": "TIMER_SALES_IDLE_DAYS",
            "sales_idle_pre_sales": "TIMER_SALES_IDLE_PRE_SALES_DAYS",
            "project_idle": "TIMER_PROJECT_IDLE_DAYS",
            "support_solved_idle": "TIMER_SUPPORT_SOLVED_IDLE_DAYS",
            "close_after_pre_close": "TIMER_CLOSE_AFTER_PRE_CLOSE_DAYS",
            "access_info_retention": "ACCESS_INFO_RETENTION_DAYS",
            "priority_window": "PRIORITY_WINDOW_DAYS",
        }
        hours = {
            "hotrush_response": "HOTRUSH_RESPONSE_HOURS",
            "normal_response": "NORMAL_RESPONSE_HOURS",
        }
        base = cls()
        values: dict[str, object] = {}
        for attr, name in days.items():
            default = int(getattr(base, attr).total_seconds() // 86400)
            values[attr] = timedelta(days=_int(env, name, default, minimum=1))
        for attr, name in hours.items():
            default = int(getattr(base, attr).total_seconds() // 3600)
            values[attr] = timedelta(hours=_int(env, name, default, minimum=1))
        values["sweep_interval_minutes"] = _int(
            env, "SWEEP_INTERVAL_MINUTES", base.sweep_interval_minutes, minimum=1
        )
        values["sweep_batch_size"] = _int(env, "SWEEP_BATCH_SIZE", base.sweep_batch_size, 1)
        values["department_addresses"] = tuple(
            (name, env.get(f"DEPARTMENT_ADDRESS_{name.upper()}") or address)
            for name, address in base.department_addresses
        )
        return cls(**values)


@dataclass(frozen=True)
class Settings:
    var_dir: Path = Path("var")
    database_url: str = ""
    redis_url: str = ""
    secret_key: str = ""
    files_dir: Path = Path("var/files")
    mail_dir: Path = Path("var/mail")
    smtp_url: str = ""
    mail_from: str = "AccountDesk <no-reply@accountdesk.local>"
    public_url: str = "http://127.0.0.1:8000"
    cors_origins: tuple[str, ...] = ()
    # Sign-in
    session_idle: timedelta = timedelta(hours=12)
    session_absolute: timedelta = timedelta(days=14)
    login_attempts_per_account: int = 10
    login_attempts_per_address: int = 50
    login_window: timedelta = timedelta(minutes=15)
    password_reset_ttl: timedelta = timedelta(hours=1)
    password_reset_per_hour: int = 5
    password_reset_per_address_per_hour: int = 20
    # Query limits
    max_query_depth: int = 12
    max_aliases: int = 30
    max_tokens: int = 5000
    max_page_size: int = 100
    # Uploads
    max_upload_bytes: int = 10 * 1024 * 1024
    max_request_upload_bytes: int = 50 * 1024 * 1024
    max_files_per_request: int = 10
    signed_link_ttl: timedelta = timedelta(minutes=5)
    # Buying: which processor takes payments ("sandbox", the embedded default, or "stripe")
    payment_processor: str = "sandbox"
    stripe_secret_key: str = ""
    stripe_webhook_secret: str = ""
    # Invoices: the seller printed on every invoice PDF, lines separated by "|"
    invoice_seller: str = "AccountDesk Software|1 Example Street|Springfield"
    timers: TicketTimers = field(default_factory=TicketTimers)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        var_dir = Path(env.get("VAR_DIR") or "var")
        database_url = env.get("DATABASE_URL") or f"sqlite://{var_dir / 'accountdesk.sqlite3'}"
        database_url = normalize_database_url(database_url)
        secret_key = env.get("SECRET_KEY") or _stored_secret(var_dir)
        if len(secret_key) < 32:
            raise SettingsError("SECRET_KEY must be at least 32 characters long")
        return cls(
            var_dir=var_dir,
            database_url=database_url,
            redis_url=env.get("REDIS_URL", ""),
            secret_key=secret_key,
            files_dir=Path(env.get("FILES_DIR") or var_dir / "files"),
            mail_dir=Path(env.get("MAIL_DIR") or var_dir / "mail"),
            smtp_url=_smtp_url(env.get("SMTP_URL", "")),
            mail_from=env.get("MAIL_FROM") or cls.mail_from,
            public_url=(env.get("PUBLIC_URL") or cls.public_url).rstrip("/"),
            cors_origins=_list(env, "CORS_ORIGINS"),
            session_idle=timedelta(minutes=_int(env, "SESSION_IDLE_MINUTES", 720, 1)),
            session_absolute=timedelta(hours=_int(env, "SESSION_ABSOLUTE_HOURS", 336, 1)),
            login_attempts_per_account=_int(env, "LOGIN_ATTEMPTS_PER_ACCOUNT", 10, 1),
            login_attempts_per_address=_int(env, "LOGIN_ATTEMPTS_PER_ADDRESS", 50, 1),
            login_window=timedelta(minutes=_int(env, "LOGIN_WINDOW_MINUTES", 15, 1)),
            password_reset_ttl=timedelta(minutes=_int(env, "PASSWORD_RESET_TTL_MINUTES", 60, 1)),
            password_reset_per_hour=_int(env, "PASSWORD_RESET_PER_HOUR", 5, 1),
            password_reset_per_address_per_hour=_int(
                env, "PASSWORD_RESET_PER_ADDRESS_PER_HOUR", 20, 1
            ),
            max_query_depth=_int(env, "MAX_QUERY_DEPTH", 12, 2),
            max_aliases=_int(env, "MAX_ALIASES", 30, 1),
            max_tokens=_int(env, "MAX_TOKENS", 5000, 100),
            max_page_size=_int(env, "MAX_PAGE_SIZE", 100, 1),
            max_upload_bytes=_int(env, "MAX_UPLOAD_BYTES", cls.max_upload_bytes, 1),
            max_request_upload_bytes=_int(
                env, "MAX_REQUEST_UPLOAD_BYTES", cls.max_request_upload_bytes, 1
            ),
            max_files_per_request=_int(env, "MAX_FILES_PER_REQUEST", 10, 1),
            signed_link_ttl=timedelta(seconds=_int(env, "SIGNED_LINK_TTL_SECONDS", 300, 1)),
            invoice_seller=env.get("INVOICE_SELLER") or cls.invoice_seller,
            timers=TicketTimers.from_env(env),
            **_payments(env),
        )

    def with_changes(self, **changes: object) -> Settings:
        return replace(self, **changes)

    @property
    def embedded_redis(self) -> bool:
        return not self.redis_url

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite://")

    def describe(self) -> list[tuple[str, str]]:
        hidden = {"secret_key", "stripe_secret_key", "stripe_webhook_secret"}
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


def _payments(env: dict[str, str]) -> dict[str, str]:
    chosen = env.get("PAYMENT_PROCESSOR") or "sandbox"
    values = {
        "payment_processor": chosen,
        "stripe_secret_key": env.get("STRIPE_SECRET_KEY", ""),
        "stripe_webhook_secret": env.get("STRIPE_WEBHOOK_SECRET", ""),
    }
    if chosen not in ("sandbox", "stripe"):
        raise SettingsError(f"PAYMENT_PROCESSOR must be sandbox or stripe, got {chosen!r}")
    if chosen == "stripe" and not (values["stripe_secret_key"] and values["stripe_webhook_secret"]):
        raise SettingsError(
            "PAYMENT_PROCESSOR=stripe needs STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET"
        )
    return values


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
