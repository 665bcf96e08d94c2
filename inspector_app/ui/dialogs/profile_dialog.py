"""Who uses this laptop: full name, position and agency (asked on first run, editable later)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inspector_app.ui.errors import user_errors

if TYPE_CHECKING:
    from inspector_app.services.context import AppContext


class ProfileDialog(QDialog):
    """Sets the profile through ``ReferenceService.set_profile`` when accepted."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, first_run: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self._ctx = ctx
        self._first_run = first_run
        self._build_ui()
        self._connect_signals()
        self._retranslate()
        self._load()

    def _build_ui(self) -> None:
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.heading.setVisible(self._first_run)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.full_name = QLineEdit()
        self.full_name.setObjectName("profileFullName")
        self.position = QLineEdit()
        self.position.setObjectName("profilePosition")
        self.agency = QComboBox()
        self.agency.setObjectName("profileAgency")
        self.agency.setEditable(True)
        self.agency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.agency.setMinimumContentsLength(36)
        self.agency.lineEdit().setClearButtonEnabled(True)
        for line_edit in (self.full_name, self.position):
            line_edit.setMinimumWidth(380)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_label, self.position_label, self.agency_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.name_label, self.full_name)
        self.form.addRow(self.position_label, self.position)
        self.form.addRow(self.agency_label, self.agency)
        for label, field in (
            (self.name_label, self.full_name),
            (self.position_label, self.position),
            (self.agency_label, self.agency),
        ):
            label.setBuddy(field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(540)
        self._update_ok()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.full_name.textChanged.connect(self._on_full_name_textChanged)
        self.agency.editTextChanged.connect(self._on_agency_editTextChanged)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Welcome to Inspector") if self._first_run else self.tr("Inspector's profile")
        )
        self.heading.setText(self.tr("Welcome to Inspector"))
        if self._first_run:
            self.intro.setText(
                self.tr(
                    "Who uses this laptop? Your name and agency go into the minutes and into the "
                    "log of changes. You can change them later in Settings → Profile."
                )
            )
        else:
            self.intro.setText(
                self.tr("Your name and agency go into the minutes and into the log of changes.")
            )
        self.name_label.setText(self.tr("&Full name:"))
        self.position_label.setText(self.tr("&Position:"))
        self.agency_label.setText(self.tr("&Agency:"))
        self.full_name.setPlaceholderText(self.tr("e.g. Nguyễn Văn An"))
        self.position.setPlaceholderText(self.tr("e.g. Chuyên viên"))
        self.agency.lineEdit().setPlaceholderText(self.tr("e.g. Sở Nội vụ tỉnh …"))

    def _load(self) -> None:
        for agency in self._ctx.reference.list_agencies():
            self.agency.addItem(agency.name)
        profile = self._ctx.reference.profile()
        me = profile.inspector if profile else None
        if me:
            self.full_name.setText(me.full_name)
            self.position.setText(me.position)
            self.agency.setEditText(me.agency_name)
        else:
            self.agency.setEditText("")
        self.full_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_ok(self) -> None:
        ok = bool(self.full_name.text().strip() and self.agency.currentText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    @Slot(str)
    def _on_full_name_textChanged(self, _text: str) -> None:  # noqa: N802
        self._update_ok()

    @Slot(str)
    def _on_agency_editTextChanged(self, _text: str) -> None:  # noqa: N802
        self._update_ok()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        with user_errors(self) as outcome:
            self._ctx.reference.set_profile(
                self.full_name.text(), self.position.text(), self.agency.currentText()
            )
        if not outcome.failed:
            self.accept()
