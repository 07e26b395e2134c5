"""Utväg: an encrypted, offline case client for defector and high-risk cases."""

__version__ = "0.1.0"
