"""Where the signing key lives: a PKCS#12 file or a PKCS#11 token (a USB token).

A credential holds the passphrase or PIN only for as long as the caller keeps it; nothing here
writes one anywhere. :func:`open_signer` turns a credential into a pyHanko signer and turns every
way this can fail (wrong passphrase, token not plugged in, no such key) into a one-line
:class:`~inspector_app.signing.errors.CredentialError`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspector_app.signing.certs import CertificateInfo, describe
from inspector_app.signing.errors import CredentialError

if TYPE_CHECKING:
    from pyhanko.sign.signers import Signer

log = logging.getLogger(__name__)

#: Where Debian's SoftHSM2 puts its module (used by the tests and handy for trying tokens).
SOFTHSM_MODULE = "/usr/lib/softhsm/libsofthsm2.so"


@dataclass(frozen=True)
class Pkcs12Credential:
    """A ``.p12``/``.pfx`` file and its passphrase (asked each time, never stored)."""

    path: Path
    passphrase: str = field(default="", repr=False)

    def describe(self) -> str:
        return f"certificate file {self.path}"


@dataclass(frozen=True)
class Pkcs11Credential:
    """A key on a PKCS#11 token: the vendor's library, the token's label, the key's label.

    ``pin`` None means the token asks for it itself (a PIN pad); otherwise it is required.
    The certificate is found by ``cert_label`` (default: the key's label), else by the key's ID.
    """

    library: str
    token_label: str
    key_label: str
    pin: str | None = field(default=None, repr=False)
    cert_label: str | None = None

    def describe(self) -> str:
        return f"key {self.key_label!r} on token {self.token_label!r}"


Credential = Pkcs12Credential | Pkcs11Credential


@dataclass(frozen=True)
class OpenedSigner:
    """A pyHanko signer ready to sign, with its certificate described."""

    signer: Signer
    certificate: CertificateInfo


@dataclass(frozen=True)
class TokenInfo:
    label: str
    manufacturer: str
    model: str
    serial: str


@contextmanager
def open_signer(credential: Credential, *, now: datetime | None = None) -> Iterator[OpenedSigner]:
    """Open the key of ``credential`` for signing; a PKCS#11 session is closed afterwards."""
    if isinstance(credential, Pkcs12Credential):
        opened = _open_pkcs12(credential)
        _check_validity(opened.certificate, now)
        yield opened
    elif isinstance(credential, Pkcs11Credential):
        with _open_pkcs11(credential) as opened:
            _check_validity(opened.certificate, now)
            yield opened
    else:  # pragma: no cover - a programming error
        raise TypeError(f"not a credential: {credential!r}")


def read_pkcs12_certificate(path: Path, passphrase: str) -> CertificateInfo:
    """The certificate of a PKCS#12 file (to show whose it is before signing)."""
    return _open_pkcs12(Pkcs12Credential(Path(path), passphrase)).certificate


def _check_validity(info: CertificateInfo, now: datetime | None) -> None:
    now = now or datetime.now(UTC)
    if now > info.not_after:
        raise CredentialError(
            f"the certificate of {info.common_name} expired on {info.not_after:%d/%m/%Y}"
        )
    if now < info.not_before:
        raise CredentialError(
            f"the certificate of {info.common_name} is valid only from {info.not_before:%d/%m/%Y}"
        )


# -- PKCS#12 ---------------------------------------------------------------------------------------
def _open_pkcs12(cred: Pkcs12Credential) -> OpenedSigner:
    from pyhanko.sign.signers import SimpleSigner

    path = Path(cred.path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CredentialError(f"{path}: no such certificate file") from None
    except OSError as exc:
        raise CredentialError(f"{path}: cannot read the certificate file: {exc.strerror}") from None
    passphrase = cred.passphrase.encode("utf-8") if cred.passphrase else None
    try:
        signer = SimpleSigner.load_pkcs12_data(data, other_certs=[], passphrase=passphrase)
    except ValueError:
        if passphrase is None and _is_pkcs12(data):
            raise CredentialError(f"{path}: the certificate file needs its passphrase") from None
        if _is_pkcs12(data):
            raise CredentialError(f"{path}: wrong passphrase for the certificate file") from None
        raise CredentialError(f"{path}: not a PKCS#12 certificate file (.p12/.pfx)") from None
    if signer.signing_cert is None or signer.signing_key is None:
        raise CredentialError(f"{path}: the file holds no key with its certificate")
    return OpenedSigner(_key_kept(signer), describe(signer.signing_cert))


def _key_kept(signer: Any) -> Any:
    """``signer`` (a pyHanko ``SimpleSigner``) parsing its private key once, not per signature.

    ``SimpleSigner`` rebuilds the key object from its DER bytes for every signature it makes,
    and OpenSSL checks an RSA key each time it is loaded (about 40 ms for 2048 bits); pyHanko
    makes two signatures per document (one to measure the size to reserve, then the real
    one). The PKCS#12 file was checked when it was opened, so the copy kept here skips the
    check; mechanisms other than RSA and ECDSA keep pyHanko's own path.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ec import ECDSA, EllipticCurvePrivateKey
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.util import get_pyca_cryptography_hash, process_pss_params

    key = serialization.load_der_private_key(
        signer.signing_key.dump(), password=None, unsafe_skip_rsa_key_validation=True
    )

    class KeptKeySigner(SimpleSigner):
        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
            try:
                algo = mechanism.signature_algo
            except ValueError:  # EdDSA, ML-DSA: named by their OID alone
                algo = ""
            if isinstance(key, RSAPrivateKey) and algo == "rsassa_pkcs1v15":
                return key.sign(data, PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm))
            if isinstance(key, RSAPrivateKey) and algo == "rsassa_pss":
                padding, hash_algo = process_pss_params(mechanism["parameters"])
                return key.sign(data, padding, hash_algo)
            if isinstance(key, EllipticCurvePrivateKey) and algo == "ecdsa":
                return key.sign(data, ECDSA(get_pyca_cryptography_hash(digest_algorithm)))
            return super().sign_raw(data, digest_algorithm)

    return KeptKeySigner(
        signing_cert=signer.signing_cert,
        signing_key=signer.signing_key,
        cert_registry=signer.cert_registry,
        signature_mechanism=signer.signature_mechanism,
        prefer_pss=signer.prefer_pss,
        embed_roots=signer.embed_roots,
    )


def _is_pkcs12(data: bytes) -> bool:
    from asn1crypto import pkcs12

    try:
        pfx = pkcs12.Pfx.load(data)
        pfx["auth_safe"]["content_type"].native  # noqa: B018 - forces the parse
        return pfx["version"].native == "v3"
    except (ValueError, TypeError, KeyError):
        return False


# -- PKCS#11 ---------------------------------------------------------------------------------------
def _load_library(library: str) -> Any:
    import pkcs11

    if not library:
        raise CredentialError("no PKCS#11 library is set for the token")
    if not Path(library).exists():
        raise CredentialError(
            f"{library}: no such PKCS#11 library (is the token's driver installed?)"
        )
    try:
        return pkcs11.lib(str(library))
    except pkcs11.PKCS11Error as exc:
        raise CredentialError(f"{library}: cannot load the PKCS#11 library: {exc}") from None


def list_tokens(library: str) -> list[TokenInfo]:
    """The tokens plugged in, for the certificates dialog."""
    import pkcs11

    lib = _load_library(library)
    try:
        tokens = list(lib.get_tokens())
    except pkcs11.PKCS11Error as exc:
        raise CredentialError(f"{library}: cannot list the tokens: {exc}") from None
    return [
        TokenInfo(
            t.label.strip(),
            (t.manufacturer_id or "").strip(),
            (t.model or "").strip(),
            _serial_text(t.serial),
        )
        for t in tokens
        if t.label.strip()
    ]


def list_token_certificates(library: str, token_label: str) -> list[tuple[str, CertificateInfo]]:
    """(label, certificate) of every certificate on a token; needs no PIN."""
    import pkcs11
    from asn1crypto import x509
    from pkcs11 import Attribute, ObjectClass

    token = _find_token(_load_library(library), library, token_label)
    result: list[tuple[str, CertificateInfo]] = []
    try:
        with token.open() as session:
            for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
                try:
                    cert = x509.Certificate.load(obj[Attribute.VALUE])
                    result.append((str(obj[Attribute.LABEL]), describe(cert)))
                except (ValueError, TypeError, pkcs11.PKCS11Error):
                    continue
    except pkcs11.PKCS11Error as exc:
        raise CredentialError(f"token {token_label!r}: cannot read it: {exc}") from None
    return result


def _serial_text(serial: Any) -> str:
    if isinstance(serial, bytes):
        return serial.decode("ascii", "replace").strip()
    return str(serial or "").strip()


def _find_token(lib: Any, library: str, token_label: str) -> Any:
    import pkcs11

    try:
        tokens = list(lib.get_tokens())
    except pkcs11.PKCS11Error as exc:
        raise CredentialError(f"{library}: cannot list the tokens: {exc}") from None
    matches = [t for t in tokens if t.label.strip() == token_label.strip()]
    if not matches:
        present = sorted({t.label.strip() for t in tokens if t.label.strip()})
        where = f"tokens present: {', '.join(present)}" if present else "no token is plugged in"
        raise CredentialError(f"no token labelled {token_label!r} ({where})")
    if len(matches) > 1:
        raise CredentialError(f"more than one token is labelled {token_label!r}; unplug the others")
    return matches[0]


@contextmanager
def _open_pkcs11(cred: Pkcs11Credential) -> Iterator[OpenedSigner]:
    import pkcs11
    from asn1crypto import x509
    from pkcs11 import Attribute, ObjectClass, TokenFlag
    from pyhanko.sign.pkcs11 import PROTECTED_AUTH, PKCS11Signer

    lib = _load_library(cred.library)
    token = _find_token(lib, cred.library, cred.token_label)
    pin: Any = cred.pin
    if not pin:
        if token.flags & TokenFlag.PROTECTED_AUTHENTICATION_PATH:
            pin = PROTECTED_AUTH
        else:
            raise CredentialError(f"token {cred.token_label!r}: the PIN is required")
    try:
        session = token.open(user_pin=pin)
    except pkcs11.PinIncorrect:
        raise CredentialError(f"token {cred.token_label!r}: wrong PIN") from None
    except pkcs11.PinLocked:
        raise CredentialError(
            f"token {cred.token_label!r}: the PIN is locked (too many wrong "
            "tries); unlock it with the CA's tool"
        ) from None
    except (pkcs11.PinLenRange, pkcs11.PinInvalid):
        raise CredentialError(
            f"token {cred.token_label!r}: the PIN has the wrong length or characters"
        ) from None
    except pkcs11.PKCS11Error as exc:
        raise CredentialError(
            f"token {cred.token_label!r}: cannot log in: {type(exc).__name__} {exc}".rstrip()
        ) from None
    try:
        keys = list(
            session.get_objects(
                {Attribute.CLASS: ObjectClass.PRIVATE_KEY, Attribute.LABEL: cred.key_label}
            )
        )
        if not keys:
            labels = sorted(
                {
                    str(k[Attribute.LABEL])
                    for k in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY})
                }
            )
            have = f"keys on it: {', '.join(labels)}" if labels else "it holds no key"
            raise CredentialError(
                f"token {cred.token_label!r} has no key labelled {cred.key_label!r} ({have})"
            )
        if len(keys) > 1:
            raise CredentialError(
                f"token {cred.token_label!r} has several keys labelled {cred.key_label!r}"
            )
        certs = list(
            session.get_objects(
                {
                    Attribute.CLASS: ObjectClass.CERTIFICATE,
                    Attribute.LABEL: cred.cert_label or cred.key_label,
                }
            )
        )
        if not certs:
            key_id = _attr(keys[0], Attribute.ID)
            if key_id:
                certs = list(
                    session.get_objects(
                        {Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.ID: key_id}
                    )
                )
        if not certs:
            raise CredentialError(
                f"token {cred.token_label!r} has no certificate for the key {cred.key_label!r}"
            )
        cert = x509.Certificate.load(certs[0][Attribute.VALUE])
        signer = PKCS11Signer(
            session, key_label=cred.key_label, signing_cert=cert, other_certs_to_pull=None
        )
        opened = OpenedSigner(signer, describe(cert))
    except BaseException:
        _close(session)
        raise
    try:
        yield opened
    finally:
        _close(session)


def _attr(obj: Any, attribute: Any) -> Any:
    import pkcs11

    try:
        return obj[attribute]
    except (pkcs11.PKCS11Error, KeyError):
        return None


def _close(session: Any) -> None:
    import pkcs11

    try:
        session.close()
    except pkcs11.PKCS11Error:  # pragma: no cover - the token was pulled out meanwhile
        log.debug("closing the PKCS#11 session failed", exc_info=True)
