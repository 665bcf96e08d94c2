"""The "sign" step: drawn signatures (or refusals) of the three signers, then the digital
signature that locks the inspection.

* :class:`SignDialog` — one tab per signer (the unit's representative, the team head, the
  secretary): draw on a :class:`~inspector_app.ui.widgets.signature_pad.SignaturePad`, or record
  that the person refuses to sign and why. OK is enabled only when every signer has either a
  drawing (an empty pad never counts) or a refusal with its reason. The dialog does not save:
  it emits :attr:`SignDialog.submitted` with the :class:`SignatureEntry` list, and
  :func:`save_entries` stores them (:func:`inspector_app.signing.service.save_drawn_signature`).
* :class:`DigitalSigning` — asks for the passphrase or PIN of the signer chosen in the
  Certificates settings (opening them first if nothing is chosen), then signs on a pool thread
  (:func:`inspector_app.signing.service.sign_inspection`) and reports through signals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.text import clean_text
from inspector_app.signing.service import (
    ROLE_HEAD,
    ROLE_REPRESENTATIVE,
    ROLE_SECRETARY,
)
from inspector_app.ui.widgets.signature_pad import SignaturePad

if TYPE_CHECKING:
    from inspector_app.domain.model import Inspection
    from inspector_app.services.context import AppContext
    from inspector_app.signing.credentials import Credential
    from inspector_app.signing.service import SignedDocumentInfo
    from inspector_app.ui.workers import Task


@dataclass(frozen=True)
class SignerSlot:
    """One person who signs the minutes: their role (``service.ROLE_*``) and name."""

    role: str
    name: str = ""


@dataclass(frozen=True)
class SignatureEntry:
    """What the dialog collected for one signer: a PNG, or a refusal with its reason."""

    role: str
    name: str
    png: bytes | None = None
    refused_reason: str | None = None


def role_title(role: str) -> str:
    """A signer's role as the signing screens name it, in the UI language."""
    title = {
        ROLE_REPRESENTATIVE: QCoreApplication.translate("SignDialog", "Unit representative"),
        ROLE_HEAD: QCoreApplication.translate("SignDialog", "Team head"),
        ROLE_SECRETARY: QCoreApplication.translate("SignDialog", "Secretary"),
    }
    return title.get(role, role)


def signer_slots(inspection: Inspection) -> list[SignerSlot]:
    """The signers of an inspection, left to right as the minutes print them (the secretary
    only when the team has one)."""
    rep = inspection.representatives[0].full_name if inspection.representatives else ""
    head = next((m.full_name for m in inspection.team if m.role.value == "head"), "")
    secretary = next((m.full_name for m in inspection.team if m.role.value == "secretary"), None)
    slots = [SignerSlot(ROLE_REPRESENTATIVE, rep), SignerSlot(ROLE_HEAD, head)]
    if secretary is not None:
        slots.append(SignerSlot(ROLE_SECRETARY, secretary))
    return slots


def save_entries(ctx: AppContext, inspection_id: str, entries: Sequence[SignatureEntry]) -> None:
    """Store what :attr:`SignDialog.submitted` gave (raises ``UserError``/``ReadOnlyError``)."""
    from inspector_app.signing import service

    for e in entries:
        service.save_drawn_signature(
            ctx,
            inspection_id,
            e.role,
            png=e.png,
            refused_reason=e.refused_reason,
            signer_name=e.name,
        )


class SignerPanel(QWidget):
    """One signer: the pad with Clear and Undo, or a refusal with its reason."""

    stateChanged = Signal()  # noqa: N815

    def __init__(self, slot: SignerSlot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slot = slot
        self.setObjectName(f"signer_{slot.role}")
        self.name_label = QLabel(slot.name, self)
        self.name_label.setObjectName("signerName")
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        self.pad = SignaturePad(self)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearPad")
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoStroke")
        self.refuse_check = QCheckBox(self)
        self.refuse_check.setObjectName("refuses")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("refusalReason")
        self.reason_edit.setEnabled(False)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("signerHint")
        tools = QHBoxLayout()
        tools.addWidget(self.clear_button)
        tools.addWidget(self.undo_button)
        tools.addStretch(1)
        refusal = QHBoxLayout()
        refusal.addWidget(self.refuse_check)
        refusal.addWidget(self.reason_edit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.pad, 1)
        layout.addLayout(tools)
        layout.addLayout(refusal)
        layout.addWidget(self.hint)
        self._connect_signals()
        self.retranslate()
        self._update()

    def _connect_signals(self) -> None:
        self.pad.changed.connect(self._on_pad_changed)
        self.clear_button.clicked.connect(self.pad.clear)
        self.undo_button.clicked.connect(self.pad.undo)
        self.refuse_check.toggled.connect(self._on_refuse_check_toggled)
        self.reason_edit.textChanged.connect(self._on_reason_edit_text_changed)

    def retranslate(self) -> None:
        self.pad.set_placeholder_text(self.tr("Sign here"))
        self.clear_button.setText(self.tr("C&lear"))
        self.undo_button.setText(self.tr("&Undo"))
        self.refuse_check.setText(self.tr("Refuses to sign; reason:"))
        self.reason_edit.setPlaceholderText(self.tr("The reason the person gives"))
        self._update()

    def is_done(self) -> bool:
        if self.refuse_check.isChecked():
            return bool(clean_text(self.reason_edit.text()))
        return not self.pad.is_empty()

    def entry(self) -> SignatureEntry:
        if self.refuse_check.isChecked():
            return SignatureEntry(
                self.slot.role, self.slot.name, refused_reason=clean_text(self.reason_edit.text())
            )
        return SignatureEntry(self.slot.role, self.slot.name, png=self.pad.to_png())

    def _update(self) -> None:
        refused = self.refuse_check.isChecked()
        self.pad.setEnabled(not refused)
        self.clear_button.setEnabled(not refused and bool(self.pad.strokes()))
        self.undo_button.setEnabled(not refused and bool(self.pad.strokes()))
        self.reason_edit.setEnabled(refused)
        if refused and not self.is_done():
            self.hint.setText(self.tr("Write down the reason for refusing."))
        elif not refused and self.pad.is_empty():
            self.hint.setText(self.tr("Draw the signature with the mouse, a pen or a finger."))
        else:
            self.hint.setText("")
        self.stateChanged.emit()

    @Slot()
    def _on_pad_changed(self) -> None:
        self._update()

    @Slot(bool)
    def _on_refuse_check_toggled(self, _checked: bool) -> None:
        self._update()
        if self.refuse_check.isChecked():
            self.reason_edit.setFocus()

    @Slot(str)
    def _on_reason_edit_text_changed(self, _text: str) -> None:
        self._update()


class SignDialog(QDialog):
    """Emits :attr:`submitted` (a list of :class:`SignatureEntry`) when OK is pressed and every
    signer is done; the caller saves them (:func:`save_entries`) and closes the dialog with
    ``accept()``, or shows a refusal with :meth:`show_error`."""

    submitted = Signal(list)

    def __init__(self, slots: Sequence[SignerSlot], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signDialog")
        self.resize(720, 480)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("signerTabs")
        self.panels = [SignerPanel(slot, self) for slot in slots]
        for panel in self.panels:
            self.tabs.addTab(panel, "")
        self.error = QLabel(self)
        self.error.setObjectName("signError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.retranslate()
        self._update()

    def _connect_signals(self) -> None:
        for panel in self.panels:
            panel.stateChanged.connect(self._on_panel_state_changed)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def role_title(self, role: str) -> str:
        return role_title(role)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Signatures on the minutes"))
        self.intro.setText(
            self.tr(
                "Each signer signs on the pad below their name, or the refusal to sign is recorded "
                "with the reason. The drawn signatures are printed in the minutes."
            )
        )
        for panel in self.panels:
            panel.retranslate()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save signatures"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._update()

    def panel(self, role: str) -> SignerPanel:
        return next(p for p in self.panels if p.slot.role == role)

    def entries(self) -> list[SignatureEntry]:
        """What was collected; only when :meth:`is_complete`."""
        if not self.is_complete():
            raise ValueError("a signer has neither signed nor refused with a reason")
        return [p.entry() for p in self.panels]

    def is_complete(self) -> bool:
        return bool(self.panels) and all(p.is_done() for p in self.panels)

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def _update(self) -> None:
        done_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        for i, panel in enumerate(self.panels):
            self.tabs.setTabText(i, self.role_title(panel.slot.role))
            self.tabs.setTabIcon(i, done_icon if panel.is_done() else QIcon())
            self.tabs.setTabToolTip(i, panel.slot.name)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.is_complete())

    @Slot()
    def _on_panel_state_changed(self) -> None:
        self.error.clear()
        self._update()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if not self.is_complete():  # the button is disabled; a shortcut may still get here
            missing = next(p for p in self.panels if not p.is_done())
            self.tabs.setCurrentWidget(missing)
            self.show_error(
                self.tr("%1 has neither signed nor refused with a reason.").replace(
                    "%1", self.role_title(missing.slot.role)
                )
            )
            return
        self.submitted.emit(self.entries())


class DigitalSigning(QObject):
    """Sign an inspection's minutes with the signer chosen in the settings.

    ``start(inspection_id)`` asks for the passphrase (PKCS#12) or PIN (token) — again, with the
    error, when it was wrong — and signs on a pool thread. Exactly one of :attr:`signed`
    (the :class:`~inspector_app.signing.service.SignedDocumentInfo`), :attr:`failed` (the
    message, already shown to the user) or :attr:`cancelled` follows.
    """

    signed = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self.task: Task | None = None

    def start(self, inspection_id: str, role: str = ROLE_HEAD, error: str = "") -> None:
        from inspector_app.signing.credentials import Pkcs11Credential, Pkcs12Credential
        from inspector_app.signing.settings import KIND_PKCS11, load_settings
        from inspector_app.ui.dialogs.passphrase_dialog import (
            KIND_PASSPHRASE,
            KIND_PIN,
            ask_secret,
        )

        settings = load_settings(self._ctx.paths)
        if not settings.configured:
            from inspector_app.ui.dialogs.certificates_dialog import CertificatesDialog

            dialog = CertificatesDialog(self._ctx.paths, self._parent)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            dialog.deleteLater()
            settings = load_settings(self._ctx.paths)
            if not accepted or not settings.configured:
                self.cancelled.emit()
                return
        credential: Pkcs11Credential | Pkcs12Credential
        if settings.signer_kind == KIND_PKCS11:
            pin = ask_secret(self._parent, KIND_PIN, settings.token_label, error)
            if pin is None:
                self.cancelled.emit()
                return
            credential = Pkcs11Credential(
                settings.pkcs11_library, settings.token_label, settings.key_label, pin
            )
        else:
            passphrase = ask_secret(self._parent, KIND_PASSPHRASE, settings.pkcs12_path, error)
            if passphrase is None:
                self.cancelled.emit()
                return
            from pathlib import Path

            credential = Pkcs12Credential(Path(settings.pkcs12_path), passphrase)
        self._run(inspection_id, role, credential, settings.tsa_url or None)

    def _run(self, inspection_id: str, role: str, credential: Credential, tsa: str | None) -> None:
        from inspector_app.signing import service
        from inspector_app.ui.workers import run_in_pool

        ctx = self._ctx

        def work() -> SignedDocumentInfo:
            if role == ROLE_HEAD:
                return service.sign_inspection(ctx, inspection_id, credential, tsa_url=tsa)
            return service.add_signature(ctx, inspection_id, credential, role=role, tsa_url=tsa)

        def done(doc: object) -> None:
            self.signed.emit(doc)

        def fail(error: BaseException) -> None:
            from inspector_app.errors import UserError
            from inspector_app.signing.errors import CredentialError
            from inspector_app.ui.errors import show_user_error

            if not isinstance(error, UserError):
                raise error  # a bug: to the crash handler
            text = str(error)
            if isinstance(error, CredentialError) and "wrong passphrase" in text:
                self.start(inspection_id, role, error=self.tr("Wrong passphrase. Try again."))
                return
            if isinstance(error, CredentialError) and "wrong PIN" in text:
                self.start(
                    inspection_id,
                    role,
                    error=self.tr(
                        "Wrong PIN. Try again (a token locks itself after a few wrong PINs)."
                    ),
                )
                return
            show_user_error(self._parent, error)
            self.failed.emit(text)

        self.task = run_in_pool(work, done, fail)
