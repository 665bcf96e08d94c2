"""Digital signatures on the minutes: signing (PAdES, pyHanko), verification, certificates.

Qt-free. Heavy imports (pyHanko, cryptography) happen inside the functions that need them, so
importing this package costs nothing at start-up.

* :mod:`.credentials` — where the signing key lives: a PKCS#12 file or a PKCS#11 token;
* :mod:`.pdf` — sign a PDF (visible Vietnamese stamp, optional document timestamp);
* :mod:`.verify` — check every signature of a PDF and whether it changed after signing;
* :mod:`.certs` — self-signed test certificates; loading trusted certificates;
* :mod:`.settings` — the signer and trusted certificates chosen in the app (never a secret);
* :mod:`.service` — sign an inspection's minutes, lock it, amendments, drawn signatures;
* :mod:`.cli` — ``inspector verify``, ``inspector cert``, the signing options of ``export``.
"""
