"""The Photos and Sign & export steps: clear places for features that are coming.

Each says what the step will do, so that the inspector knows where to look later, and what to do
meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from inspector_app.ui.views import StepPage


class _Placeholder(StepPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("placeholderTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600; color: #3c4043;")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QLabel(self)
        self.body.setObjectName("placeholderBody")
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setStyleSheet("color: #5f6368; font-size: 11pt;")
        self.body.setMaximumWidth(620)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()


class PhotosPlaceholder(_Placeholder):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photosPlaceholder")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Evidence photos — coming soon"))
        self.body.setText(
            self.tr(
                "Here you will take or import photos for each finding (a counter left untidy, a "
                "badge not worn) and attach them to the person or item. Until then, note in the "
                "roll call or the checklist which photo on the camera shows what."
            )
        )


class SignPlaceholder(_Placeholder):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signPlaceholder")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sign & export the minutes — coming soon"))
        self.body.setText(
            self.tr(
                "Here you will preview the minutes (biên bản) as a PDF in the official layout, "
                "have "
                "them signed by the unit's representative, the team head and the secretary, and "
                "export or send them. Until then, complete the inspection so that its findings and "
                "conclusion stay as recorded."
            )
        )
