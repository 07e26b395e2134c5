"""A simple, honest passphrase strength estimate (no dictionary shipped)."""

from __future__ import annotations

import math
import string

MIN_BITS = 50.0
MIN_LENGTH = 12


def estimate_bits(passphrase: str) -> float:
    if not passphrase:
        return 0.0
    pool = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        pool += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        pool += 26
    if any(c in string.digits for c in passphrase):
        pool += 10
    if any(not c.isascii() or c in string.punctuation or c == " " for c in passphrase):
        pool += 33
    distinct = len(set(passphrase))
    effective_length = min(len(passphrase), distinct * 2)
    return effective_length * math.log2(max(pool, 2))


def is_acceptable(passphrase: str) -> bool:
    return len(passphrase) >= MIN_LENGTH and estimate_bits(passphrase) >= MIN_BITS
