"""Certificates: self-signed test certificates, trusted certificates, a plain description.

A *test* certificate lets a team try signing before its CA-issued token arrives. It is a
self-signed RSA-2048 certificate with the key usages a document-signing certificate has
(digital signature + non-repudiation; extended key usages document signing and e-mail
protection). Nobody trusts it until a supervisor explicitly trusts its ``.pem`` file
(``inspector verify --trust NAME.pem``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from inspector_app.domain.text import clean_text
from inspector_app.errors import UserError
from inspector_app.fileio import write_atomic

if TYPE_CHECKING:
    from asn1crypto import x509 as asn1_x509

#: id-kp-documentSigning (RFC 9336).
DOCUMENT_SIGNING_EKU = "1.3.6.1.5.5.7.3.36"


@dataclass(frozen=True)
class CertificateInfo:
    """What a person needs to recognise a certificate."""

    common_name: str
    subject: str
    issuer: str
    serial: str  # upper-case hex
    not_before: datetime
    not_after: datetime
    sha256: str  # fingerprint of the DER encoding, upper-case hex

    @property
    def self_signed(self) -> bool:
        return self.subject == self.issuer

    def valid_at(self, when: datetime) -> bool:
        return self.not_before <= when <= self.not_after


@dataclass(frozen=True)
class TestCertificate:
    p12_path: Path
    pem_path: Path
    info: CertificateInfo


def describe(cert: asn1_x509.Certificate) -> CertificateInfo:
    """A plain description of an asn1crypto certificate."""
    subject = cert.subject
    cn = ""
    try:
        cn = subject.native.get("common_name", "") or ""
    except (ValueError, TypeError):  # pragma: no cover - malformed names
        cn = ""
    if isinstance(cn, list):
        cn = cn[0] if cn else ""
    validity = cert["tbs_certificate"]["validity"]
    return CertificateInfo(
        common_name=clean_text(str(cn)) or clean_text(subject.human_friendly),
        subject=clean_text(subject.human_friendly),
        issuer=clean_text(cert.issuer.human_friendly),
        serial=format(cert.serial_number, "X"),
        not_before=validity["not_before"].native,
        not_after=validity["not_after"].native,
        sha256=hashlib.sha256(cert.dump()).hexdigest().upper(),
    )


def create_test_certificate(
    name: str,
    out: Path,
    passphrase: str,
    *,
    organization: str = "",
    days: int = 730,
) -> TestCertificate:
    """Write ``out`` (PKCS#12: key + certificate) and ``out`` with ``.pem`` (the certificate).

    The PKCS#12 file is encrypted with ``passphrase`` (AES-256); an empty passphrase is refused.
    """
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

    name = clean_text(name)
    if not name:
        raise UserError("the certificate needs the signer's full name")
    if not passphrase:
        raise UserError("the certificate file needs a passphrase")
    out = Path(out)
    if out.suffix.lower() not in (".p12", ".pfx"):
        raise UserError(f"{out}: the certificate file name must end in .p12 or .pfx")
    pem_path = out.with_suffix(".pem")

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if clean_text(organization):
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, clean_text(organization)))
    attrs.append(x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"))
    subject = x509.Name(attrs)
    now = datetime.now(UTC).replace(microsecond=0)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage(
                [ObjectIdentifier(DOCUMENT_SIGNING_EKU), ExtendedKeyUsageOID.EMAIL_PROTECTION]
            ),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    p12 = pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"),
        key,
        cert,
        None,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )
    pem = cert.public_bytes(serialization.Encoding.PEM)
    write_atomic(out, p12, make_parents=True)
    write_atomic(pem_path, pem, make_parents=True)
    info = describe(asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)))
    return TestCertificate(out, pem_path, info)


def load_certificates(path: Path) -> list[asn1_x509.Certificate]:
    """Every certificate in a PEM (one or more) or DER file; a clear error otherwise."""
    from asn1crypto import pem

    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{path}: no such certificate file") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot read the certificate file: {exc.strerror}") from None
    certs: list[asn1_x509.Certificate] = []
    try:
        if pem.detect(data):
            for kind, _headers, der in pem.unarmor(data, multiple=True):
                if kind == "CERTIFICATE":
                    certs.append(_load_der(der))
        else:
            certs.append(_load_der(data))
    except (ValueError, TypeError):
        certs = []
    if not certs:
        raise UserError(f"{path}: not a certificate file (PEM or DER)")
    return certs


def _load_der(der: bytes) -> asn1_x509.Certificate:
    from asn1crypto import x509 as asn1_x509

    cert = asn1_x509.Certificate.load(der)
    cert.native  # noqa: B018 - parse it all now, so a bad file fails here and not later
    return cert


def load_trusted(paths: Iterable[Path]) -> list[asn1_x509.Certificate]:
    certs: list[asn1_x509.Certificate] = []
    for path in paths:
        certs.extend(load_certificates(Path(path)))
    return certs


def summary_lines(infos: Sequence[CertificateInfo]) -> list[str]:
    return [
        f"{i.common_name} (serial {i.serial}, valid until {i.not_after:%d/%m/%Y})" for i in infos
    ]
