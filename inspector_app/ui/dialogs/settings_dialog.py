"""Settings: the UI language; where the data and the log are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.i18n import LANGUAGES


class SettingsDialog(QDialog):
    """Read :meth:`language` after it is accepted; the main window applies it."""

    def __init__(
        self, language: str, data_dir: Path, log_file: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._data_dir = data_dir
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("settingsLanguage")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.data_dir = QLineEdit(str(data_dir))
        self.data_dir.setReadOnly(True)
        self.data_dir.setMinimumWidth(420)
        self.open_data_button = QPushButton()
        self.open_data_button.setAutoDefault(False)
        self.log_file = QLineEdit(str(log_file))
        self.log_file.setReadOnly(True)
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_dir, 1)
        data_row.addWidget(self.open_data_button)
        self.language_label, self.data_label, self.log_label = QLabel(), QLabel(), QLabel()
        self.language_label.setBuddy(self.language_combo)
        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.data_label, data_row)
        form.addRow(self.log_label, self.log_file)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self._retranslate()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.open_data_button.clicked.connect(self._on_open_data_button_clicked)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.data_label.setText(self.tr("Data folder:"))
        self.log_label.setText(self.tr("Log file:"))
        self.open_data_button.setText(self.tr("Open &folder"))
        self.note.setText(
            self.tr(
                "The language changes at once; nothing you have entered is lost. "
                "Every change is saved the moment you make it."
            )
        )

    def language(self) -> str:
        return str(self.language_combo.currentData())

    @Slot()
    def _on_open_data_button_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))
