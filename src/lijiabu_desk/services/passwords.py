"""Password hashing (argon2id) and the minimum strength a password must have.

argon2-cffi's default parameters (RFC 9106 low-memory profile: argon2id, 64 MiB, t=3, p=4) are
stronger than OWASP's minimum (19 MiB, t=2, p=1) and take about a quarter second here.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from lijiabu_desk.services.errors import ValidationError

MIN_LENGTH = 8
COMMON = frozenset(
    {
        "12345678",
        "123456789",
        "1234567890",
        "password",
        "password1",
        "qwerty123",
        "11111111",
        "88888888",
        "66666666",
        "00000000",
        "abc12345",
        "a1234567",
        "12345678a",
        "admin123",
        "lijiabu1",
        "iloveyou",
        "qwertyui",
        "1qaz2wsx",
        "woaini1314",
        "aa123456",
    }
)


def make_hasher() -> PasswordHasher:
    return PasswordHasher()


def check_strength(password: str, *, username: str = "", field: str = "password") -> None:
    """Raise a ValidationError saying, in Chinese, what makes the password too weak."""
    if len(password) < MIN_LENGTH:
        raise ValidationError(f"密码至少需要 {MIN_LENGTH} 位，现在只有 {len(password)} 位。", field)
    has_letter = any(c.isalpha() for c in password)
    has_digit = any(c.isdigit() for c in password)
    has_other = any(not c.isalnum() for c in password)
    if sum((has_letter, has_digit, has_other)) < 2:
        raise ValidationError("密码需要同时包含字母、数字或符号中的至少两种。", field)
    lowered = password.lower()
    if lowered in COMMON or len(set(password)) <= 2:
        raise ValidationError("这个密码太常见，容易被猜到，请换一个。", field)
    if username and username.lower() in lowered:
        raise ValidationError("密码不能包含用户名。", field)


def verify(hasher: PasswordHasher, stored_hash: str, password: str) -> bool:
    try:
        return hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False
