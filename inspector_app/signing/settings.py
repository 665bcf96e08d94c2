"""The signer and the trusted certificates chosen in the app: ``signing.json`` in the data dir.

Only paths and labels are kept: never a passphrase or a PIN (they are asked each time).
An unreadable file is ignored (with a log line) rather than blocking the app.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from inspector_app.fileio import write_atomic
from inspector_app.paths import DataPaths

log = logging.getLogger(__name__)

SETTINGS_FILE = "signing.json"
KIND_NONE = ""
KIND_PKCS12 = "pkcs12"
KIND_PKCS11 = "pkcs11"
_SECRET_KEYS = {"passphrase", "pin", "password"}


@dataclass(frozen=True)
class SigningSettings:
    signer_kind: str = KIND_NONE  # KIND_PKCS12, KIND_PKCS11 or none chosen yet
    pkcs12_path: str = ""
    pkcs11_library: str = ""
    token_label: str = ""
    key_label: str = ""
    trusted_certificates: tuple[str, ...] = field(default_factory=tuple)
    tsa_url: str = ""

    @property
    def configured(self) -> bool:
        if self.signer_kind == KIND_PKCS12:
            return bool(self.pkcs12_path)
        if self.signer_kind == KIND_PKCS11:
            return bool(self.pkcs11_library and self.token_label and self.key_label)
        return False

    def with_changes(self, **changes: Any) -> SigningSettings:
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": 1,
            "signer": {
                "kind": self.signer_kind,
                "pkcs12_path": self.pkcs12_path,
                "pkcs11_library": self.pkcs11_library,
                "token_label": self.token_label,
                "key_label": self.key_label,
            },
            "trusted_certificates": list(self.trusted_certificates),
            "tsa_url": self.tsa_url,
        }

    @classmethod
    def from_json(cls, data: Any) -> SigningSettings:
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        signer = data.get("signer") or {}
        if not isinstance(signer, dict):
            raise ValueError("'signer' is not an object")
        kind = str(signer.get("kind") or "")
        if kind not in (KIND_NONE, KIND_PKCS12, KIND_PKCS11):
            raise ValueError(f"unknown signer kind {kind!r}")
        trusted = data.get("trusted_certificates") or []
        if not isinstance(trusted, list):
            raise ValueError("'trusted_certificates' is not a list")
        return cls(
            signer_kind=kind,
            pkcs12_path=str(signer.get("pkcs12_path") or ""),
            pkcs11_library=str(signer.get("pkcs11_library") or ""),
            token_label=str(signer.get("token_label") or ""),
            key_label=str(signer.get("key_label") or ""),
            trusted_certificates=tuple(str(p) for p in trusted if p),
            tsa_url=str(data.get("tsa_url") or ""),
        )


def settings_path(paths: DataPaths) -> Path:
    return paths.root / SETTINGS_FILE


def load_settings(paths: DataPaths) -> SigningSettings:
    path = settings_path(paths)
    try:
        return SigningSettings.from_json(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return SigningSettings()
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable signing settings %s: %s", path, exc)
        return SigningSettings()


def save_settings(paths: DataPaths, settings: SigningSettings) -> None:
    data = settings.to_json()
    assert not _SECRET_KEYS & set(data["signer"]), "secrets are never stored"
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_atomic(settings_path(paths), text.encode("utf-8"), make_parents=True)
