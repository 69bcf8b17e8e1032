"""Identifiers and hashes: uuid() and digest()."""

from __future__ import annotations

import base64
import hashlib
import math
import secrets
import string
import uuid as _uuid
from typing import Any

from lintas.form.xpath.errors import XPathEvaluationError
from lintas.form.xpath.functions.registry import function
from lintas.form.xpath.values import Value, to_number, to_string

_ALPHABET = string.ascii_letters + string.digits
_MAX_LENGTH = 1000  # a form identifier, not a way to fill memory


@function("uuid", 0, 1)
def uuid(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> str:
    """uuid(): a random RFC 4122 version 4 UUID; uuid(n): n random letters and digits."""
    if not args:
        return str(_uuid.uuid4())
    length = to_number(args[0])
    if math.isnan(length) or not 0 <= length <= _MAX_LENGTH:
        raise XPathEvaluationError(f"uuid(n) needs a length from 0 to {_MAX_LENGTH}.")
    return "".join(secrets.choice(_ALPHABET) for _ in range(int(length)))


_ALGORITHMS = {"MD5": "md5", "SHA-1": "sha1", "SHA-256": "sha256", "SHA-384": "sha384",
               "SHA-512": "sha512"}  # fmt: skip


@function("digest", 2, 3)
def digest(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> str:
    """digest(text, algorithm[, 'base64'|'hex']) as the ODK XForms spec defines it."""
    algorithm = _ALGORITHMS.get(to_string(args[1]).strip().upper())
    if algorithm is None:
        raise XPathEvaluationError(
            f"digest() does not know the algorithm {to_string(args[1])!r}; "
            "use MD5, SHA-1, SHA-256, SHA-384 or SHA-512."
        )
    encoding = to_string(args[2]).strip().lower() if len(args) > 2 else "base64"
    raw = hashlib.new(algorithm, to_string(args[0]).encode("utf-8")).digest()
    if encoding == "hex":
        return raw.hex()
    if encoding == "base64":
        return base64.b64encode(raw).decode("ascii")
    raise XPathEvaluationError("digest() encodes as 'base64' or 'hex' only.")
