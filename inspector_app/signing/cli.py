"""Command line: ``inspector verify``, ``inspector cert create-test`` and the signing options of
``inspector export``.

``inspector verify FILE.pdf [--trust CERT.pem ...] [--json]`` exits 0 when every signature is
intact (and trusted, when ``--trust`` is given) and nothing was changed after signing; 1 when
not, saying why; 2 when the file is not a readable PDF. Passphrases and PINs are never taken on
the command line: they come from an environment variable named by ``--passphrase-env`` /
``--pin-env``, or are asked for on the terminal.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspector_app.errors import UserError

if TYPE_CHECKING:
    from inspector_app.signing.credentials import Credential
    from inspector_app.signing.verify import VerificationReport


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``verify`` and ``cert`` to the ``inspector`` command's subparsers."""
    p = sub.add_parser(
        "verify",
        parents=[common],
        help="check the digital signatures of a PDF (exit 0 only if all valid)",
    )
    p.add_argument("file", type=Path, metavar="FILE.pdf")
    p.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CERT.pem",
        help="a certificate (PEM or DER) to trust: the signer's own or its CA's; may be repeated",
    )
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=cmd_verify)

    cert = sub.add_parser("cert", parents=[common], help="signing certificates")
    cert_sub = cert.add_subparsers(dest="action", required=True, parser_class=type(cert))
    p = cert_sub.add_parser(
        "create-test", parents=[common], help="make a self-signed test certificate (.p12 and .pem)"
    )
    p.add_argument("--name", required=True, help="the signer's full name")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.p12")
    p.add_argument("--organization", default="", help="the signer's agency")
    p.add_argument("--days", type=int, default=730, help="days of validity (default 730)")
    p.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="environment variable holding the passphrase for the .p12 file",
    )
    p.set_defaults(func=cmd_cert_create_test)


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    """The signing options of ``inspector export``."""
    group = parser.add_argument_group("signing (optional)")
    how = group.add_mutually_exclusive_group()
    how.add_argument(
        "--sign",
        type=Path,
        metavar="FILE.p12",
        help="sign with the key and certificate in this PKCS#12 file",
    )
    how.add_argument(
        "--pkcs11", metavar="LIB", help="sign with a USB token through this PKCS#11 library"
    )
    group.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="environment variable holding the passphrase of FILE.p12",
    )
    group.add_argument("--token", metavar="LABEL", help="the token's label (with --pkcs11)")
    group.add_argument("--key-label", metavar="LABEL", help="the key's label (with --pkcs11)")
    group.add_argument(
        "--pin-env",
        metavar="VAR",
        help="environment variable holding the token's PIN (with --pkcs11)",
    )
    group.add_argument(
        "--tsa", metavar="URL", help="timestamp server; signing goes on without it when unreachable"
    )


def credential_from_args(args: argparse.Namespace) -> Credential | None:
    """The credential the export options name, or ``None`` when the export is unsigned."""
    from inspector_app.signing.credentials import Pkcs11Credential, Pkcs12Credential

    if getattr(args, "sign", None):
        if args.token or args.key_label or args.pin_env:
            raise UserError("--token, --key-label and --pin-env go with --pkcs11, not --sign")
        passphrase = _secret(
            args.passphrase_env, "--passphrase-env", f"Passphrase for {args.sign}: "
        )
        return Pkcs12Credential(Path(args.sign), passphrase or "")
    if getattr(args, "pkcs11", None):
        if args.passphrase_env:
            raise UserError(
                "--passphrase-env goes with --sign; a token's PIN is given with --pin-env"
            )
        if not args.token or not args.key_label:
            raise UserError("--pkcs11 needs --token LABEL and --key-label LABEL")
        pin = _secret(args.pin_env, "--pin-env", f"PIN of token {args.token}: ", required=False)
        return Pkcs11Credential(args.pkcs11, args.token, args.key_label, pin or None)
    for option in ("passphrase_env", "token", "key_label", "pin_env", "tsa"):
        if getattr(args, option, None):
            flag = "--" + option.replace("_", "-")
            raise UserError(f"{flag} needs --sign FILE.p12 or --pkcs11 LIB")
    return None


def _secret(env_var: str | None, flag: str, prompt: str, *, required: bool = True) -> str | None:
    if env_var:
        value = os.environ.get(env_var)
        if value is None:
            raise UserError(f"the environment variable {env_var} ({flag}) is not set")
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    if required:
        raise UserError(
            f"give {flag} VAR: the secret is read from that environment variable, "
            "never from the command line"
        )
    return None


# -- export ----------------------------------------------------------------------------------------
def export_signed(ctx: Any, args: argparse.Namespace, options: dict[str, Any]) -> bool:
    """``inspector export`` when signing is involved; ``False`` leaves the export to the reports
    package (an unsigned PDF).

    * With ``--sign``/``--pkcs11``: the team head signs the minutes (the inspection must be
      completed; it is locked), the signed file is kept in the data dir and copied to ``--out``.
    * Without them, for an inspection already signed: the signed file is copied to ``--out``
      (the signed minutes are the document of record; they are never rendered again).
    """
    from inspector_app.fileio import write_atomic
    from inspector_app.reports.export import resolve_inspection_id
    from inspector_app.signing import service
    from inspector_app.signing.settings import load_settings

    credential = credential_from_args(args)
    inspection_id = resolve_inspection_id(ctx, args.id)
    out = Path(args.out)
    if out.is_dir():
        raise UserError(f"{out} is a folder: give the PDF file's name")
    if credential is None:
        if not service.is_locked(ctx, inspection_id):
            return False
        doc = service.latest_document(ctx, inspection_id)
        if doc is None:  # signed by a version without signed files; render as usual
            return False
        write_atomic(out, service.read_document(ctx, doc), make_parents=True)
        print(
            f"{out}: the signed minutes (signed by {doc.signer_name} on "
            f"{doc.signed_at:%d/%m/%Y %H:%M}); the inspection is signed and no longer changes"
        )
        return True
    tsa = args.tsa or load_settings(ctx.paths).tsa_url or None
    doc = service.sign_inspection(
        ctx, inspection_id, credential, tsa_url=tsa, render_options=options
    )
    write_atomic(out, service.read_document(ctx, doc), make_parents=True)
    print(
        f"{out}: signed by {doc.signer_name} (certificate serial {doc.cert_serial}); "
        f"kept as {doc.path}; the inspection is now signed and can no longer change"
    )
    if doc.name_note:
        print(f"warning: {doc.name_note}", file=sys.stderr)
    if doc.timestamp_note:
        print(f"warning: {doc.timestamp_note}", file=sys.stderr)
    elif doc.timestamped:
        print(f"timestamped by {tsa}")
    return True


# -- commands --------------------------------------------------------------------------------------
def cmd_verify(args: argparse.Namespace) -> int:
    from inspector_app.signing.certs import load_trusted
    from inspector_app.signing.errors import NotAPdfError
    from inspector_app.signing.verify import verify_file

    trusted = load_trusted(args.trust)
    try:
        report = verify_file(args.file, trusted)
    except NotAPdfError as exc:
        print(f"inspector: error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write("\n".join(report_lines(report)) + "\n")
    if not report.ok:
        for problem in report.problems:
            print(f"inspector: not valid: {problem}", file=sys.stderr)
        return 1
    return 0


def report_lines(report: VerificationReport) -> list[str]:
    """The report as text for people (also used by the GUI's copy button)."""
    from inspector_app.signing.verify import KIND_TIMESTAMP

    lines = [f"{report.file}: {len(report.signatures)} signature(s)"]
    for s in report.signatures:
        what = "document timestamp" if s.kind == KIND_TIMESTAMP else "signature"
        when = f"{s.signed_at:%d/%m/%Y %H:%M:%S %z}" if s.signed_at else "time unknown"
        lines.append(f"{s.index}. {what} by {s.signer or '?'}, {when}")
        lines.append(f"   intact: {'yes' if s.intact else 'NO - modified after signing'}")
        if s.trusted is None:
            lines.append("   trusted: not checked (give --trust CERT.pem)")
        else:
            problem = f" ({s.trust_problem})" if s.trust_problem else ""
            lines.append(f"   trusted: {'yes' if s.trusted else 'NO' + problem}")
        if s.timestamp and s.kind != KIND_TIMESTAMP:
            lines.append(f"   timestamp: {s.timestamp:%d/%m/%Y %H:%M:%S %z}")
        if s.changed_after:
            lines.append(f"   changed after this signature: {s.changed_after}")
        if s.certificate is not None:
            c = s.certificate
            lines.append(f"   certificate: {c.subject}; serial {c.serial}; issued by {c.issuer}")
        if s.reason:
            lines.append(f"   reason: {s.reason}")
        if s.error:
            lines.append(f"   error: {s.error}")
    if report.signatures:
        after = report.changed_after_last
        lines.append("changed after the last signature: " + (f"YES - {after}" if after else "no"))
    lines.append("result: " + ("VALID" if report.ok else "NOT VALID"))
    return lines


def cmd_cert_create_test(args: argparse.Namespace) -> int:
    from inspector_app.signing.certs import create_test_certificate

    if args.passphrase_env:
        passphrase = _secret(args.passphrase_env, "--passphrase-env", "")
    elif sys.stdin is not None and sys.stdin.isatty():
        import getpass

        passphrase = getpass.getpass(f"Passphrase for {args.out}: ")
        if getpass.getpass("Again: ") != passphrase:
            raise UserError("the two passphrases differ")
    else:
        raise UserError(
            "give --passphrase-env VAR: the passphrase is read from that environment "
            "variable, never from the command line"
        )
    if args.days < 1:
        raise UserError("--days must be at least 1")
    made = create_test_certificate(
        args.name, args.out, passphrase or "", organization=args.organization, days=args.days
    )
    info = made.info
    print(f"created a self-signed TEST certificate for {info.common_name}")
    print(f"  key and certificate: {made.p12_path}  (keep it private; sign with --sign)")
    print(f"  certificate only:    {made.pem_path}  (give it to whoever verifies)")
    print(f"  serial {info.serial}, valid until {info.not_after:%d/%m/%Y}")
    print(f"  SHA-256 fingerprint {info.sha256}")
    print("Nobody trusts a test certificate until they choose to. To check a signed file:")
    print(f"  inspector verify SIGNED.pdf --trust {made.pem_path}")
    print("or add the .pem under Certificates > Trusted certificates in the app.")
    return 0
