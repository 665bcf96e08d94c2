"""Step 6 of the inspection screen: the minutes as they will print, the signatures, export.

Left, the :class:`~inspector_app.ui.views.minutes_preview.MinutesPreview` of the minutes
(rendered on a worker from what is recorded; once the inspection is signed, the signed file
itself). Right, what the inspector does, in the order of the day:

1. **Signatures on screen…** — the unit's representative, the team head and the secretary sign
   on a pad (or a refusal is recorded with its reason): :class:`SignDialog`. Allowed while the
   inspection is a draft or completed; the drawings are printed in the minutes.
2. **Sign digitally…** — the team head's certificate (file or USB token) signs the completed
   inspection's minutes: :class:`DigitalSigning` on a worker. The inspection is then signed and
   never changes again.
3. **Export PDF…** — a copy of the minutes where the user chooses: the signed file when there is
   one, else the minutes as previewed (marked unsigned by the file name).
4. **Verify…** — the signatures of the signed file (:class:`VerifyDialog`).
5. **Amend…** — a signed inspection is corrected by an amendment: a new draft with the same
   content, linked to the signed one (:func:`inspector_app.signing.service.create_amendment`);
   :attr:`SignView.openRequested` asks the host to open it.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.model import Inspection, InspectionStatus
from inspector_app.errors import UserError
from inspector_app.services.context import AppContext
from inspector_app.ui.errors import show_user_error, user_errors
from inspector_app.ui.views import StepPage
from inspector_app.ui.views.minutes_preview import MinutesPreview
from inspector_app.ui.workers import Task, run_in_pool


class SignView(StepPage):
    """The minutes, their signatures and their export for one inspection."""

    openRequested = Signal(str)  # noqa: N815 - an inspection id (the amendment just made)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signView")
        self._ctx = ctx
        self.sign_dialog = None  # the open SignDialog, if any (tests reach it here)
        self.digital = None  # the DigitalSigning of a signing under way
        self.verify_dialog = None
        self.export_task: Task | None = None
        self.last_export: Path | None = None
        self.preview = MinutesPreview(ctx, self)
        self.status_title = QLabel(self)
        self.status_title.setObjectName("signStatusTitle")
        self.status_title.setWordWrap(True)
        self.status_title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.status_text = QLabel(self)
        self.status_text.setObjectName("signStatusText")
        self.status_text.setWordWrap(True)
        self.status_text.setTextFormat(Qt.TextFormat.RichText)
        self.signers_label = QLabel(self)
        self.signers_label.setObjectName("signersLabel")
        self.signers_label.setWordWrap(True)
        self.signers_label.setTextFormat(Qt.TextFormat.RichText)
        self.signatures_button = QPushButton(self)
        self.signatures_button.setObjectName("signaturesButton")
        self.sign_button = QPushButton(self)
        self.sign_button.setObjectName("signDigitallyButton")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportPdfButton")
        self.verify_button = QPushButton(self)
        self.verify_button.setObjectName("verifyButton")
        self.amend_button = QPushButton(self)
        self.amend_button.setObjectName("amendButton")
        self.certificates_button = QPushButton(self)
        self.certificates_button.setObjectName("certificatesButton")
        self.certificates_button.setFlat(True)

        side = QFrame(self)
        side.setObjectName("signSide")
        side.setFixedWidth(290)
        column = QVBoxLayout(side)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(self.status_title)
        column.addWidget(self.status_text)
        column.addSpacing(6)
        column.addWidget(self.signers_label)
        column.addSpacing(6)
        for button in (
            self.signatures_button,
            self.sign_button,
            self.export_button,
            self.verify_button,
            self.amend_button,
        ):
            column.addWidget(button)
        column.addStretch(1)
        column.addWidget(self.certificates_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 1)
        layout.addWidget(side)

        self.signatures_button.clicked.connect(self._on_signatures_button_clicked)
        self.sign_button.clicked.connect(self._on_sign_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.amend_button.clicked.connect(self._on_amend_button_clicked)
        self.certificates_button.clicked.connect(self._on_certificates_button_clicked)
        self.retranslate()

    # -- StepPage -----------------------------------------------------------------------------
    def refresh(self) -> None:
        inspection = self.inspection
        if inspection is None:
            return
        from inspector_app.signing import service

        doc = service.latest_document(self._ctx, inspection.id)
        if doc is not None:
            try:
                data = service.read_document(self._ctx, doc)
            except UserError as exc:  # the file was removed or altered: say so, do not hide it
                self.preview.load(inspection.id)
                self.message.emit(str(exc))
            else:
                self.preview.show_document(
                    inspection.id, data, self.tr("Signed file %1").replace("%1", doc.path.name)
                )
        else:
            self.preview.load(inspection.id)
        self._update(inspection, doc)

    def retranslate(self) -> None:
        self.signatures_button.setText(self.tr("&Signatures on screen…"))
        self.signatures_button.setToolTip(
            self.tr("The unit's representative, the team head and the secretary sign on the pad")
        )
        self.sign_button.setText(self.tr("Sign &digitally…"))
        self.sign_button.setToolTip(
            self.tr("The team head signs the PDF with a certificate; the inspection is then locked")
        )
        self.export_button.setText(self.tr("&Export PDF…"))
        self.export_button.setToolTip(self.tr("Save a copy of the minutes as a PDF file"))
        self.verify_button.setText(self.tr("&Verify the signed file…"))
        self.amend_button.setText(self.tr("&Amend…"))
        self.amend_button.setToolTip(
            self.tr("A signed inspection never changes: a correction is a new, linked inspection")
        )
        self.certificates_button.setText(self.tr("Certificates…"))
        if self.inspection is not None:
            self.refresh_status()

    def focus_main(self) -> None:
        for button in (self.sign_button, self.signatures_button, self.export_button):
            if button.isEnabled() and button.isVisible():
                button.setFocus()
                return
        self.preview.setFocus()

    # -- state --------------------------------------------------------------------------------
    def refresh_status(self) -> None:
        if self.inspection is None:
            return
        from inspector_app.signing import service

        self._update(self.inspection, service.latest_document(self._ctx, self.inspection.id))

    def _update(self, inspection: Inspection, doc: object) -> None:
        from inspector_app.signing import service
        from inspector_app.ui.dialogs.sign_dialog import role_title

        status = inspection.status
        signed = doc is not None and status in (InspectionStatus.SIGNED, InspectionStatus.SYNCED)
        if signed:
            when = doc.signed_at.astimezone()  # type: ignore[attr-defined]
            self.status_title.setText(self.tr("Signed"))
            self.status_text.setText(
                self.tr("Signed by %1 on %2. The inspection can no longer change.")
                .replace("%1", html.escape(doc.signer_name))  # type: ignore[attr-defined]
                .replace("%2", f"{when:%d/%m/%Y %H:%M}")
            )
        elif status is InspectionStatus.COMPLETED:
            self.status_title.setText(self.tr("Ready to sign"))
            self.status_text.setText(
                self.tr(
                    "Check the minutes on the left, have them signed on screen, then sign them "
                    "digitally as the team head."
                )
            )
        else:
            self.status_title.setText(self.tr("Not completed yet"))
            self.status_text.setText(
                self.tr(
                    "The minutes on the left show what is recorded so far. Signatures can be drawn "
                    "now; the digital signature needs the inspection completed first."
                )
            )
        drawn = {d.role: d for d in service.drawn_signatures(self._ctx, inspection.id)}
        rows = []
        for role, name in self._signers(inspection):
            d = drawn.get(role)
            if d is None:
                state = self.tr("not signed yet")
            elif d.refused:
                state = self.tr("refused: %1").replace("%1", html.escape(d.refused_reason or ""))
            else:
                state = self.tr("signed on screen")
            rows.append(
                f"<li><b>{html.escape(role_title(role))}</b>"
                f"{' — ' + html.escape(name) if name else ''}: {state}</li>"
            )
        heading = html.escape(self.tr("Signatures on the minutes:"))
        self.signers_label.setText(f"{heading}<ul style='margin-left: -20px'>{''.join(rows)}</ul>")
        drawable = status in (InspectionStatus.DRAFT, InspectionStatus.COMPLETED)
        self.signatures_button.setEnabled(drawable)
        self.sign_button.setEnabled(status is InspectionStatus.COMPLETED and self.digital is None)
        self.sign_button.setVisible(not signed)
        self.verify_button.setVisible(signed)
        self.amend_button.setVisible(signed)
        self.export_button.setEnabled(self.export_task is None)

    def _signers(self, inspection: Inspection) -> list[tuple[str, str]]:  # (role, name)
        from inspector_app.ui.dialogs.sign_dialog import signer_slots

        return [(s.role, s.name) for s in signer_slots(inspection)]

    # -- actions ------------------------------------------------------------------------------
    def open_signatures(self) -> None:
        """Open the signature pads (non-modal; :attr:`sign_dialog`)."""
        from inspector_app.ui.dialogs.sign_dialog import SignDialog, signer_slots

        if self.inspection is None:
            return
        dialog = SignDialog(signer_slots(self.inspection), self)
        dialog.submitted.connect(self._on_sign_dialog_submitted)
        dialog.finished.connect(self._on_sign_dialog_finished)
        self.sign_dialog = dialog
        dialog.open()

    def sign_digitally(self) -> None:
        """Ask for the passphrase or PIN and sign on a worker (see :class:`DigitalSigning`)."""
        from inspector_app.ui.dialogs.sign_dialog import DigitalSigning

        if self.inspection is None or self.digital is not None:
            return
        self.flush()
        digital = DigitalSigning(self._ctx, self)
        digital.signed.connect(self._on_digital_signed)
        digital.failed.connect(self._on_digital_ended)
        digital.cancelled.connect(self._on_digital_ended)
        self.digital = digital
        self.sign_button.setEnabled(False)
        self.message.emit(self.tr("Signing…"))
        digital.start(self.inspection.id)

    def export_to(self, target: Path) -> Task | None:
        """Write the minutes to ``target`` on a worker: the signed file when there is one, else
        the PDF previewed. ``None`` (with a message) when there is nothing to write yet."""
        from inspector_app.signing import service

        if self.inspection is None:
            return None
        doc = service.latest_document(self._ctx, self.inspection.id)
        ctx = self._ctx
        data = None if doc is not None else self.preview.pdf_bytes()
        if doc is None and data is None:
            self.message.emit(self.tr("The minutes are still being prepared; try again shortly."))
            return None

        def work() -> Path:
            from inspector_app.fileio import write_atomic

            payload = service.read_document(ctx, doc) if doc is not None else data
            assert payload is not None
            return write_atomic(target, payload)

        self.export_button.setEnabled(False)
        self.export_task = run_in_pool(work, self._on_export_done, self._on_export_failed)
        return self.export_task

    def suggested_file_name(self) -> str:
        from inspector_app.signing import service

        inspection = self.inspection
        if inspection is None:
            return "bien-ban.pdf"
        doc = service.latest_document(self._ctx, inspection.id)
        if doc is not None:
            return doc.path.name
        started = inspection.started_at.astimezone()
        return f"bien-ban-{started:%Y%m%d}-{service.slug(inspection.unit.name)}-chua-ky.pdf"

    # -- slots --------------------------------------------------------------------------------
    @Slot()
    def _on_signatures_button_clicked(self) -> None:
        self.open_signatures()

    @Slot(list)
    def _on_sign_dialog_submitted(self, entries: list) -> None:
        from inspector_app.ui.dialogs.sign_dialog import save_entries

        dialog = self.sign_dialog
        if self.inspection is None or dialog is None:
            return
        try:
            save_entries(self._ctx, self.inspection.id, entries)
        except UserError as exc:
            dialog.show_error(str(exc))
            return
        dialog.accept()
        self.message.emit(self.tr("Signatures saved"))
        self.changed.emit()

    @Slot(int)
    def _on_sign_dialog_finished(self, _result: int) -> None:
        dialog, self.sign_dialog = self.sign_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    @Slot()
    def _on_sign_button_clicked(self) -> None:
        self.sign_digitally()

    @Slot(object)
    def _on_digital_signed(self, doc: object) -> None:
        self._end_digital()
        self.message.emit(
            self.tr("Signed: %1").replace("%1", str(getattr(doc, "path", Path("")).name))
        )
        for warning in getattr(doc, "warnings", ()) or ():
            self.message.emit(str(warning))
        self.changed.emit()

    def _on_digital_ended(self, *_args: object) -> None:  # failed(str) or cancelled()
        self._end_digital()
        self.refresh_status()

    def _end_digital(self) -> None:
        digital, self.digital = self.digital, None
        if digital is not None:
            digital.deleteLater()

    @Slot()
    def _on_export_button_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        start = str(Path(folder or Path.home()) / self.suggested_file_name())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the minutes"), start, self.tr("PDF files (*.pdf)")
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.export_to(Path(path))

    def _on_export_done(self, path: object) -> None:
        self.export_task = None
        self.export_button.setEnabled(True)
        self.last_export = Path(str(path))
        self.message.emit(self.tr("Minutes saved to %1").replace("%1", str(path)))

    def _on_export_failed(self, error: BaseException) -> None:
        self.export_task = None
        self.export_button.setEnabled(True)
        if not isinstance(error, UserError):
            raise error  # a bug: to the crash handler
        show_user_error(self, error)

    @Slot()
    def _on_verify_button_clicked(self) -> None:
        from inspector_app.signing import service
        from inspector_app.signing.settings import load_settings
        from inspector_app.ui.dialogs.verify_dialog import VerifyDialog

        if self.inspection is None:
            return
        doc = service.latest_document(self._ctx, self.inspection.id)
        if doc is None:
            return
        trusted = load_settings(self._ctx.paths).trusted_certificates
        dialog = VerifyDialog(trusted, self)
        dialog.finished.connect(dialog.deleteLater)
        self.verify_dialog = dialog
        dialog.open()
        dialog.open_file(doc.path)

    @Slot()
    def _on_amend_button_clicked(self) -> None:
        from inspector_app.signing import service

        if self.inspection is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Amend the signed minutes"),
            self.tr(
                "The signed minutes stay as they are. A new inspection with the same content is "
                "made, linked to them, to be corrected, completed and signed.\n\n"
                "What is corrected, and why:"
            ),
        )
        if not ok:
            return
        with user_errors(self):
            new_id = service.create_amendment(self._ctx, self.inspection.id, reason)
            self.openRequested.emit(new_id)

    @Slot()
    def _on_certificates_button_clicked(self) -> None:
        from inspector_app.ui.dialogs.certificates_dialog import CertificatesDialog

        dialog = CertificatesDialog(self._ctx.paths, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
