"""Settings for signing: whose key signs (a PKCS#12 file or a USB token), the certificates to
trust when verifying, and an optional timestamp server.

Saved to ``signing.json`` in the data dir when accepted. Passphrases and PINs are never stored:
they are asked each time (:mod:`inspector_app.ui.dialogs.passphrase_dialog`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.errors import UserError
from inspector_app.paths import DataPaths
from inspector_app.signing.settings import (
    KIND_NONE,
    KIND_PKCS11,
    KIND_PKCS12,
    SigningSettings,
    load_settings,
    save_settings,
)
from inspector_app.ui.workers import Task, run_in_pool


class CertificatesDialog(QDialog):
    """``saved`` carries the :class:`SigningSettings` written when OK is pressed."""

    saved = Signal(object)
    tokensFound = Signal(object)  # noqa: N815 - list of (token label, [certificate labels])

    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificatesDialog")
        self._paths = paths
        self._task: Task | None = None
        self._tokens: dict[str, list[str]] = {}
        current = load_settings(paths)

        self.signer_box = QGroupBox(self)
        self.none_radio = QRadioButton(self)
        self.p12_radio = QRadioButton(self)
        self.p12_radio.setObjectName("useP12")
        self.token_radio = QRadioButton(self)
        self.token_radio.setObjectName("useToken")
        self.kind_group = QButtonGroup(self)
        for button in (self.none_radio, self.p12_radio, self.token_radio):
            self.kind_group.addButton(button)
        self.p12_edit = QLineEdit(current.pkcs12_path, self)
        self.p12_edit.setObjectName("p12Path")
        self.p12_browse = QPushButton(self)
        self.library_edit = QLineEdit(current.pkcs11_library, self)
        self.library_edit.setObjectName("pkcs11Library")
        self.library_browse = QPushButton(self)
        self.token_combo = QComboBox(self)
        self.token_combo.setObjectName("tokenLabel")
        self.token_combo.setEditable(True)
        self.token_combo.setEditText(current.token_label)
        self.key_combo = QComboBox(self)
        self.key_combo.setObjectName("keyLabel")
        self.key_combo.setEditable(True)
        self.key_combo.setEditText(current.key_label)
        self.find_button = QPushButton(self)
        self.find_button.setObjectName("findTokens")
        self.p12_label, self.library_label = QLabel(self), QLabel(self)
        self.token_label, self.key_label = QLabel(self), QLabel(self)
        self.p12_label.setBuddy(self.p12_edit)
        self.library_label.setBuddy(self.library_edit)
        self.token_label.setBuddy(self.token_combo)
        self.key_label.setBuddy(self.key_combo)

        self.trust_box = QGroupBox(self)
        self.trust_list = QListWidget(self)
        self.trust_list.setObjectName("trustedCertificates")
        for path in current.trusted_certificates:
            self.trust_list.addItem(QListWidgetItem(path))
        self.trust_add = QPushButton(self)
        self.trust_remove = QPushButton(self)
        self.tsa_edit = QLineEdit(current.tsa_url, self)
        self.tsa_edit.setObjectName("tsaUrl")
        self.tsa_label = QLabel(self)
        self.tsa_label.setBuddy(self.tsa_edit)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("certificatesError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )

        p12_row = QHBoxLayout()
        p12_row.addWidget(self.p12_edit, 1)
        p12_row.addWidget(self.p12_browse)
        lib_row = QHBoxLayout()
        lib_row.addWidget(self.library_edit, 1)
        lib_row.addWidget(self.library_browse)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token_combo, 1)
        token_row.addWidget(self.find_button)
        signer_form = QFormLayout()
        signer_form.addRow(self.none_radio)
        signer_form.addRow(self.p12_radio)
        signer_form.addRow(self.p12_label, p12_row)
        signer_form.addRow(self.token_radio)
        signer_form.addRow(self.library_label, lib_row)
        signer_form.addRow(self.token_label, token_row)
        signer_form.addRow(self.key_label, self.key_combo)
        self.signer_box.setLayout(signer_form)
        trust_buttons = QVBoxLayout()
        trust_buttons.addWidget(self.trust_add)
        trust_buttons.addWidget(self.trust_remove)
        trust_buttons.addStretch(1)
        trust_row = QHBoxLayout()
        trust_row.addWidget(self.trust_list, 1)
        trust_row.addLayout(trust_buttons)
        self.trust_box.setLayout(trust_row)
        tsa_form = QFormLayout()
        tsa_form.addRow(self.tsa_label, self.tsa_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.signer_box)
        layout.addWidget(self.trust_box)
        layout.addLayout(tsa_form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        {KIND_PKCS12: self.p12_radio, KIND_PKCS11: self.token_radio}.get(
            current.signer_kind, self.none_radio
        ).setChecked(True)
        self._connect_signals()
        self.retranslate()
        self._update_enabled()

    def _connect_signals(self) -> None:
        self.kind_group.buttonToggled.connect(self._on_kind_group_button_toggled)
        self.p12_browse.clicked.connect(self._on_p12_browse_clicked)
        self.library_browse.clicked.connect(self._on_library_browse_clicked)
        self.find_button.clicked.connect(self._on_find_button_clicked)
        self.token_combo.currentTextChanged.connect(self._on_token_combo_text_changed)
        self.trust_add.clicked.connect(self._on_trust_add_clicked)
        self.trust_remove.clicked.connect(self._on_trust_remove_clicked)
        self.trust_list.itemSelectionChanged.connect(self._update_enabled)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Certificates"))
        self.signer_box.setTitle(self.tr("Who signs on this laptop"))
        self.none_radio.setText(self.tr("No digital signature yet"))
        self.p12_radio.setText(self.tr("A certificate &file (.p12 or .pfx)"))
        self.token_radio.setText(self.tr("A USB &token (PKCS#11)"))
        self.p12_label.setText(self.tr("File:"))
        self.library_label.setText(self.tr("Token library:"))
        self.token_label.setText(self.tr("Token label:"))
        self.key_label.setText(self.tr("Key label:"))
        self.p12_browse.setText(self.tr("Browse…"))
        self.library_browse.setText(self.tr("Browse…"))
        self.find_button.setText(self.tr("Find tokens"))
        self.library_edit.setPlaceholderText(
            self.tr("The token driver's PKCS#11 library (.dll or .so), from the CA")
        )
        self.trust_box.setTitle(self.tr("Trusted certificates (for verifying)"))
        self.trust_add.setText(self.tr("&Add…"))
        self.trust_remove.setText(self.tr("&Remove"))
        self.tsa_label.setText(self.tr("Timestamp server:"))
        self.tsa_edit.setPlaceholderText(
            self.tr("Optional, e.g. http://tsa.example.vn; signing works offline without it")
        )
        self.note.setText(
            self.tr(
                "Passphrases and PINs are never stored: they are asked each "
                "time you sign. A signer is trusted when their certificate, "
                "or the CA certificate that issued it, is in the list."
            )
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    # -- reading the form ----------------------------------------------------------------------
    def settings(self) -> SigningSettings:
        if self.p12_radio.isChecked():
            kind = KIND_PKCS12
        elif self.token_radio.isChecked():
            kind = KIND_PKCS11
        else:
            kind = KIND_NONE
        return SigningSettings(
            signer_kind=kind,
            pkcs12_path=self.p12_edit.text().strip(),
            pkcs11_library=self.library_edit.text().strip(),
            token_label=self.token_combo.currentText().strip(),
            key_label=self.key_combo.currentText().strip(),
            trusted_certificates=tuple(
                self.trust_list.item(i).text() for i in range(self.trust_list.count())
            ),
            tsa_url=self.tsa_edit.text().strip(),
        )

    def _check(self, s: SigningSettings) -> str:
        if s.signer_kind == KIND_PKCS12:
            if not s.pkcs12_path:
                return self.tr("Choose the certificate file.")
            if not Path(s.pkcs12_path).is_file():
                return self.tr("The certificate file %1 does not exist.").replace(
                    "%1", s.pkcs12_path
                )
        if s.signer_kind == KIND_PKCS11:
            if not (s.pkcs11_library and s.token_label and s.key_label):
                return self.tr("Give the token library, the token label and the key label.")
            if not Path(s.pkcs11_library).is_file():
                return self.tr("The token library %1 does not exist.").replace(
                    "%1", s.pkcs11_library
                )
        if s.tsa_url and not s.tsa_url.startswith(("http://", "https://")):
            return self.tr("The timestamp server's address starts with http:// or https://.")
        return ""

    def _update_enabled(self) -> None:
        p12 = self.p12_radio.isChecked()
        token = self.token_radio.isChecked()
        p12_widgets: tuple[QWidget, ...] = (self.p12_edit, self.p12_browse, self.p12_label)
        token_widgets: tuple[QWidget, ...] = (
            self.library_edit,
            self.library_browse,
            self.token_combo,
            self.key_combo,
            self.find_button,
            self.library_label,
            self.token_label,
            self.key_label,
        )
        for w in p12_widgets:
            w.setEnabled(p12)
        for w in token_widgets:
            w.setEnabled(token)
        self.trust_remove.setEnabled(bool(self.trust_list.selectedItems()))

    # -- tokens --------------------------------------------------------------------------------
    def find_tokens(self) -> Task:
        """List the tokens plugged in and their certificates' labels (no PIN needed)."""
        from inspector_app.signing.credentials import list_token_certificates, list_tokens

        library = self.library_edit.text().strip()
        self.find_button.setEnabled(False)
        self.error.clear()

        def work() -> list[tuple[str, list[str]]]:
            found = []
            for token in list_tokens(library):
                labels = [label for label, _info in list_token_certificates(library, token.label)]
                found.append((token.label, labels))
            return found

        self._task = run_in_pool(work, self._on_tokens_found, self._on_tokens_failed)
        return self._task

    def _on_tokens_found(self, found: object) -> None:
        assert isinstance(found, list)
        self.find_button.setEnabled(self.token_radio.isChecked())
        self._tokens = dict(found)
        typed = self.token_combo.currentText()
        self.token_combo.clear()
        self.token_combo.addItems([label for label, _ in found])
        if typed and typed in self._tokens:
            self.token_combo.setCurrentText(typed)
        if not found:
            self.error.setText(self.tr("No token is plugged in."))
        self._fill_keys()
        self.tokensFound.emit(found)

    def _on_tokens_failed(self, error: BaseException) -> None:
        self.find_button.setEnabled(self.token_radio.isChecked())
        if not isinstance(error, UserError):
            raise error
        self.error.setText(str(error))

    def _fill_keys(self) -> None:
        labels = self._tokens.get(self.token_combo.currentText(), [])
        typed = self.key_combo.currentText()
        self.key_combo.clear()
        self.key_combo.addItems(labels)
        if typed in labels or (typed and not labels):
            self.key_combo.setCurrentText(typed)

    # -- slots ---------------------------------------------------------------------------------
    @Slot()
    def _on_kind_group_button_toggled(self) -> None:
        self.error.clear()
        self._update_enabled()

    @Slot()
    def _on_p12_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificate file"),
            self.p12_edit.text(),
            self.tr("Certificate files (*.p12 *.pfx);;All files (*)"),
        )
        if path:
            self.p12_edit.setText(path)

    @Slot()
    def _on_library_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Token library"),
            self.library_edit.text(),
            self.tr("Libraries (*.dll *.so *.dylib);;All files (*)"),
        )
        if path:
            self.library_edit.setText(path)

    @Slot()
    def _on_find_button_clicked(self) -> None:
        self.find_tokens()

    @Slot(str)
    def _on_token_combo_text_changed(self, _text: str) -> None:
        if self._tokens:
            self._fill_keys()

    @Slot()
    def _on_trust_add_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Trusted certificates"),
            "",
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"),
        )
        self.add_trusted(paths)

    def add_trusted(self, paths: list[str]) -> None:
        """Add certificate files to the trusted list (each is read first: a bad file is shown,
        not added)."""
        from inspector_app.signing.certs import load_certificates

        present = {self.trust_list.item(i).text() for i in range(self.trust_list.count())}
        for path in paths:
            if path in present:
                continue
            try:
                load_certificates(Path(path))
            except UserError as exc:
                self.error.setText(str(exc))
                continue
            self.trust_list.addItem(QListWidgetItem(path))
            present.add(path)

    @Slot()
    def _on_trust_remove_clicked(self) -> None:
        for item in self.trust_list.selectedItems():
            self.trust_list.takeItem(self.trust_list.row(item))

    @Slot()
    def _on_buttons_accepted(self) -> None:
        chosen = self.settings()
        problem = self._check(chosen)
        if problem:
            self.error.setText(problem)
            return
        try:
            save_settings(self._paths, chosen)
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.saved.emit(chosen)
        self.accept()
