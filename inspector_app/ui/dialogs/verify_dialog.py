"""Verify any PDF's signatures, for supervisors: the same checks as ``inspector verify``.

The check runs on a pool thread (:func:`inspector_app.ui.workers.run_in_pool`); the dialog shows
one row per signature (signer, time, intact, trusted, changed after it) and a verdict with the
reasons. Trusted certificates come from the signing settings (Certificates dialog).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector_app.signing.verify import KIND_TIMESTAMP, VerificationReport
from inspector_app.ui.workers import Task, run_in_pool

COL_SIGNER, COL_TIME, COL_INTACT, COL_TRUSTED, COL_CHANGED = range(5)
_GOOD, _BAD = "#1b5e20", "#b3261e"


class VerifyDialog(QDialog):
    """``verified`` carries the :class:`VerificationReport`; ``failed`` the message when the
    file is not a readable PDF (or a trusted certificate cannot be read)."""

    verified = Signal(object)
    failed = Signal(str)

    def __init__(
        self, trusted_paths: Sequence[Path | str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.resize(860, 520)
        self._trusted = [Path(p) for p in trusted_paths]
        self._path: Path | None = None
        self._task: Task | None = None
        self.report: VerificationReport | None = None
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("verifyOpen")
        self.file_label = QLabel(self)
        self.file_label.setObjectName("verifyFile")
        self.file_label.setWordWrap(True)
        self.trust_label = QLabel(self)
        self.trust_label.setObjectName("verifyTrust")
        self.trust_label.setWordWrap(True)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verifyVerdict")
        self.verdict.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("verifyTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CHANGED, QHeaderView.ResizeMode.Stretch)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("verifyDetails")
        self.details.setReadOnly(True)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("verifyCopy")
        self.copy_button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.file_label, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.copy_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.trust_label)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.details, 1)
        layout.addLayout(bottom)
        self._connect_signals()
        self.retranslate()

    def _connect_signals(self) -> None:
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.buttons.rejected.connect(self.reject)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verify signatures"))
        self.open_button.setText(self.tr("&Open PDF…"))
        self.copy_button.setText(self.tr("&Copy report"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Signer"),
                self.tr("Time"),
                self.tr("Intact"),
                self.tr("Trusted"),
                self.tr("Changed after signing"),
            ]
        )
        if self._trusted:
            self.trust_label.setText(
                self.tr("Trusted certificates: %1").replace(
                    "%1", ", ".join(p.name for p in self._trusted)
                )
            )
        else:
            self.trust_label.setText(
                self.tr(
                    "No trusted certificates are set: whether a signer is trusted is not checked "
                    "(Certificates in Settings)."
                )
            )
        if self._path is None:
            self.file_label.setText(self.tr("Open a signed PDF to check its signatures."))
        if self.report is not None:
            self._show(self.report)

    # -- checking ------------------------------------------------------------------------------
    def open_file(self, path: Path | str) -> Task:
        """Verify ``path`` in the background; the result shows when it is done."""
        from inspector_app.signing.certs import load_trusted
        from inspector_app.signing.verify import verify_file

        self._path = Path(path)
        self.report = None
        self.file_label.setText(str(self._path))
        self.verdict.setText(self.tr("Checking…"))
        self.verdict.setStyleSheet("")
        self.table.setRowCount(0)
        self.details.clear()
        self.copy_button.setEnabled(False)
        self.open_button.setEnabled(False)
        trusted_paths = list(self._trusted)
        target = self._path

        def work() -> VerificationReport:
            return verify_file(target, load_trusted(trusted_paths))

        self._task = run_in_pool(work, self._on_verified, self._on_failed)
        return self._task

    def _on_verified(self, report: object) -> None:
        assert isinstance(report, VerificationReport)
        self.open_button.setEnabled(True)
        self.report = report
        self._show(report)
        self.copy_button.setEnabled(True)
        self.verified.emit(report)

    def _on_failed(self, error: BaseException) -> None:
        from inspector_app.errors import UserError

        self.open_button.setEnabled(True)
        if not isinstance(error, UserError):
            raise error  # a bug: to the crash handler
        self.verdict.setText(str(error))
        self.verdict.setStyleSheet(f"color: {_BAD}; font-weight: bold;")
        self.failed.emit(str(error))

    def _show(self, report: VerificationReport) -> None:
        yes, no = self.tr("yes"), self.tr("NO")
        self.table.setRowCount(len(report.signatures))
        for row, s in enumerate(report.signatures):
            signer = s.signer or s.field_name
            if s.kind == KIND_TIMESTAMP:
                signer = self.tr("Timestamp: %1").replace("%1", signer)
            when = f"{s.signed_at:%d/%m/%Y %H:%M:%S}" if s.signed_at else "?"
            trusted = self.tr("not checked") if s.trusted is None else (yes if s.trusted else no)
            changed = s.changed_after or (self.tr("no") if s.intact else "")
            cells = [signer, when, yes if s.intact else no, trusted, changed]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                bad = (
                    (col == COL_INTACT and not s.intact)
                    or (col == COL_TRUSTED and s.trusted is False)
                    or (col == COL_CHANGED and s.changed_after)
                )
                if bad:
                    item.setForeground(QColor(_BAD))
                if col == COL_SIGNER and s.certificate is not None:
                    item.setToolTip(s.certificate.subject)
                self.table.setItem(row, col, item)
        if report.ok:
            self.verdict.setText(
                self.tr(
                    "VALID: every signature is intact%1 and nothing was changed after signing."
                ).replace("%1", self.tr(" and trusted") if report.trust_checked else "")
            )
            self.verdict.setStyleSheet(f"color: {_GOOD}; font-weight: bold;")
        else:
            self.verdict.setText(
                self.tr("NOT VALID:") + "\n" + "\n".join(f"• {p}" for p in self._problems(report))
            )
            self.verdict.setStyleSheet(f"color: {_BAD}; font-weight: bold;")
        from inspector_app.signing.cli import report_lines

        self.details.setPlainText("\n".join(report_lines(report)))

    def _problems(self, report: VerificationReport) -> list[str]:
        """The reasons, in the UI language (technical details stay as pyHanko gives them)."""
        if not report.signatures:
            return [self.tr("The file has no digital signature.")]
        lines = []
        last = report.changed_after_last
        for s in report.signatures:
            who = s.signer or s.field_name
            if s.error:
                lines.append(
                    self.tr("Signature %1 (%2) cannot be read: %3")
                    .replace("%1", str(s.index))
                    .replace("%2", who)
                    .replace("%3", s.error)
                )
            elif not s.intact:
                lines.append(
                    self.tr(
                        "Signature %1 (%2) is not intact: the signed content was "
                        "modified after signing."
                    )
                    .replace("%1", str(s.index))
                    .replace("%2", who)
                )
            if report.trust_checked and s.trusted is False and s.kind != KIND_TIMESTAMP:
                lines.append(
                    self.tr("Signature %1 (%2): the certificate is not trusted (%3).")
                    .replace("%1", str(s.index))
                    .replace("%2", who)
                    .replace("%3", s.trust_problem or "")
                )
            if s.changed_after and last is None:
                lines.append(
                    self.tr("The document was changed after signature %1 (%2): %3")
                    .replace("%1", str(s.index))
                    .replace("%2", who)
                    .replace("%3", s.changed_after)
                )
        if last:
            lines.append(
                self.tr("The document was changed after the last signature: %1").replace("%1", last)
            )
        return lines

    # -- slots ---------------------------------------------------------------------------------
    @Slot()
    def _on_open_button_clicked(self) -> None:
        start = str(self._path.parent) if self._path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a signed PDF"), start, self.tr("PDF files (*.pdf);;All files (*)")
        )
        if path:
            self.open_file(path)

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
