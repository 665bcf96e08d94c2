"""Signing failures the user can act on (wrong passphrase, token not plugged in, bad file)."""

from __future__ import annotations

from inspector_app.errors import UserError


class SigningError(UserError):
    """The document could not be signed; the message says why in one line."""


class CredentialError(SigningError):
    """The signing key cannot be used: wrong passphrase or PIN, missing file or token."""


class NotAPdfError(UserError):
    """The file to verify is not a PDF or cannot be read (``inspector verify`` exits 2)."""
