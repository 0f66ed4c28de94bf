"""Customer accounts (tenants), the people in them and the vendor's staff, and their credentials."""

from tortoise import fields
from tortoise.models import Model

from models.enums import AccountType, Department, StaffRole

__all__ = ["Account", "User", "Session", "ApiToken", "PasswordReset", "SignupConfirmation"]


class Account(Model):
    """One customer company: the tenant every customer-owned row points at."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=200)
    is_pre_sales = fields.BooleanField(default=False)
    # Times HotRush was switched off outside `submitted` (SPEC: at most 3 per account).
    hotrush_disables_used = fields.IntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)
    # Affiliate program: the code others sign up with (made on first use), and who referred
    # this account, since when (a referral lasts AFFILIATE_REFERRAL_MONTHS).
    referral_code = fields.CharField(max_length=16, unique=True, null=True)
    referred_by = fields.ForeignKeyField(
        "models.Account", related_name="referred_accounts", null=True, on_delete=fields.SET_NULL
    )
    referred_at = fields.DatetimeField(null=True)

    class Meta:
        table = "account"


class User(Model):
    """A person who signs in: a customer (has an account) or staff (has a role and department)."""

    id = fields.IntField(primary_key=True)
    account = fields.ForeignKeyField(
        "models.Account", related_name="users", null=True, on_delete=fields.RESTRICT
    )
    email = fields.CharField(max_length=254, unique=True)
    contact_email = fields.CharField(max_length=254)
    name = fields.CharField(max_length=200, default="")
    password_hash = fields.CharField(max_length=200, default="")
    account_type = fields.CharEnumField(AccountType, max_length=20, null=True)
    staff_role = fields.CharEnumField(StaffRole, max_length=20, null=True)
    department = fields.CharEnumField(Department, max_length=20, null=True)
    is_active = fields.BooleanField(default=True)
    newsletter_topics = fields.JSONField(default=list)
    created_at = fields.DatetimeField(auto_now_add=True)
    # Removed by the primary: the row stays for the history it wrote, the login is freed.
    removed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "user"

    @property
    def is_staff(self) -> bool:
        return self.staff_role is not None


class Session(Model):
    """A sign-in. Only the SHA-256 of the bearer token is stored."""

    id = fields.IntField(primary_key=True)
    user = fields.ForeignKeyField("models.User", related_name="sessions", on_delete=fields.CASCADE)
    token_hash = fields.CharField(max_length=64, unique=True)
    created_at = fields.DatetimeField()
    last_seen_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "session"


class ApiToken(Model):
    """A read-only, scoped credential a primary hands to a partner dashboard."""

    id = fields.IntField(primary_key=True)
    account = fields.ForeignKeyField(
        "models.Account", related_name="api_tokens", on_delete=fields.CASCADE
    )
    created_by = fields.ForeignKeyField(
        "models.User", related_name="api_tokens", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=100)
    token_hash = fields.CharField(max_length=64, unique=True)
    scopes = fields.JSONField(default=list)
    created_at = fields.DatetimeField()
    last_used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "api_token"


class PasswordReset(Model):
    """A one-time link to set a password ("Unable to log in", or a new company's first login)."""

    id = fields.IntField(primary_key=True)
    user = fields.ForeignKeyField(
        "models.User", related_name="password_resets", on_delete=fields.CASCADE
    )
    token_hash = fields.CharField(max_length=64, unique=True)
    created_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "password_reset"


class SignupConfirmation(Model):
    """The one-time link that confirms a sign-up's email; until then the primary cannot sign in."""

    id = fields.IntField(primary_key=True)
    user = fields.ForeignKeyField(
        "models.User", related_name="signup_confirmations", on_delete=fields.CASCADE
    )
    token_hash = fields.CharField(max_length=64, unique=True)
    created_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()
    confirmed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "signup_confirmation"
        indexes = (("confirmed_at", "expires_at"),)
