"""signing.json: the signer and trusted certificates chosen in the app, never a secret."""

from __future__ import annotations

import json

from inspector_app.paths import DataPaths
from inspector_app.signing.settings import (
    KIND_PKCS11,
    KIND_PKCS12,
    SigningSettings,
    load_settings,
    save_settings,
    settings_path,
)


def test_round_trip_and_what_is_written(data_paths: DataPaths) -> None:
    assert load_settings(data_paths) == SigningSettings()  # nothing chosen yet
    chosen = SigningSettings(
        signer_kind=KIND_PKCS11,
        pkcs11_library="C:\\Windows\\System32\\token.dll",
        token_label="VNPT-CA",
        key_label="Nguyễn Đức Thành",
        trusted_certificates=("D:\\certs\\root.pem",),
        tsa_url="http://tsa.example.vn",
    )
    save_settings(data_paths, chosen)
    assert load_settings(data_paths) == chosen and chosen.configured
    raw = json.loads(settings_path(data_paths).read_text(encoding="utf-8"))
    assert raw["version"] == 1
    assert set(raw["signer"]) == {
        "kind",
        "pkcs12_path",
        "pkcs11_library",
        "token_label",
        "key_label",
    }
    assert "Nguyễn Đức Thành" in settings_path(data_paths).read_text(encoding="utf-8")


def test_configured_needs_every_part() -> None:
    assert not SigningSettings().configured
    assert not SigningSettings(signer_kind=KIND_PKCS12).configured
    assert SigningSettings(signer_kind=KIND_PKCS12, pkcs12_path="a.p12").configured
    assert not SigningSettings(
        signer_kind=KIND_PKCS11, pkcs11_library="x.so", token_label="T"
    ).configured


def test_an_unreadable_file_is_ignored(data_paths: DataPaths) -> None:
    data_paths.ensure()
    for text in (
        "{not json",
        "[]",
        '{"signer": {"kind": "smartcard"}}',
        '{"trusted_certificates": "root.pem"}',
    ):
        settings_path(data_paths).write_text(text, encoding="utf-8")
        assert load_settings(data_paths) == SigningSettings()
