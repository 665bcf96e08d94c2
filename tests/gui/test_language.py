"""Language: Vietnamese by default, English at once from the menu or Settings, nothing lost."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from inspector_app.i18n import Translations
from inspector_app.ui.dialogs.new_inspection_dialog import NewInspectionDialog
from inspector_app.ui.dialogs.settings_dialog import SettingsDialog
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.models.inspection_list_model import COL_STARTED, COL_STATUS, COL_UNIT
from inspector_app.ui.state import UiSettings


def _statuses(window) -> set[str]:
    model = window.home.model
    return {model.index(r, COL_STATUS).data() for r in range(model.rowCount())}


def test_vietnamese_by_default(make_window, demo_ctx) -> None:
    window = make_window(demo_ctx)
    assert window.windowTitle() == "Inspector — Kiểm tra đột xuất"
    assert [
        m.title()
        for m in (window.file_menu, window.inspection_menu, window.settings_menu, window.help_menu)
    ] == ["&Tệp", "&Kiểm tra", "&Cài đặt", "Trợ &giúp"]
    assert window.language_actions["vi"].isChecked()
    assert _statuses(window) == {"Nháp", "Đã hoàn thành"}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own strings
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"


def test_switch_to_english_and_back_keeps_everything(qtbot, make_window, demo_ctx, typist):
    window = make_window(demo_ctx)
    typist(window.home.search, "Nguyễn")
    qtbot.waitSignal(window.home.populated, timeout=2000).wait()
    rows = window.home.model.rowCount()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(NewInspectionDialog) is not None)
    dialog = window.findChild(NewInspectionDialog)
    dialog.document_number.setText("33/BB-ĐKT")
    dialog.unit_combo.setCurrentIndex(1)
    unit = dialog.unit_combo.currentText()

    window.language_actions["en"].trigger()

    assert window.windowTitle() == "Inspector — surprise inspections"
    assert window.file_menu.title() == "&File"
    assert window.settings_menu.title() == "&Settings"
    assert window.help_menu.title() == "&Help"
    assert window.home.title.text() == "Inspections on this laptop"
    header = window.home.table.horizontalHeader()
    assert header.model().headerData(COL_UNIT, Qt.Orientation.Horizontal) == "Unit"
    assert window.home.model.headerData(COL_UNIT, Qt.Orientation.Horizontal) == "Unit"
    assert _statuses(window) <= {"Draft", "Completed"}
    assert window.home.count_label.text().endswith(("inspection", "inspections"))
    assert dialog.windowTitle() == "New inspection"
    assert dialog.unit_group.title() == "Unit and time"
    # nothing lost: the search, the list, the half-filled dialog
    assert window.home.search.text() == "Nguyễn"
    assert window.home.model.rowCount() == rows
    assert dialog.document_number.text() == "33/BB-ĐKT"
    assert dialog.unit_combo.currentText() == unit
    # dates stay dd/MM/yyyy in English too
    assert re.fullmatch(
        r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", window.home.model.index(0, COL_STARTED).data()
    )
    # remembered on this laptop and in the profile
    assert UiSettings(demo_ctx.paths.root).language == "en"
    assert demo_ctx.reference.profile().language == "en"
    assert window.language_actions["en"].isChecked()
    dialog.reject()

    # back to Vietnamese through Settings
    window.action_settings.trigger()
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is not None)
    settings = window.findChild(SettingsDialog)
    assert settings.windowTitle() == "Settings"
    settings.language_combo.setCurrentIndex(settings.language_combo.findData("vi"))
    qtbot.mouseClick(
        settings.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert window.file_menu.title() == "&Tệp"
    assert window.home.title.text() == "Các cuộc kiểm tra trên máy này"
    assert window.home.search.text() == "Nguyễn"
    assert demo_ctx.reference.profile().language == "vi"


def test_the_language_is_kept_for_the_next_start(qtbot, gui_app, make_window, demo_ctx) -> None:
    window = make_window(demo_ctx)
    window.set_language("en")
    window.close()
    again = Translations(gui_app)
    try:
        settings = UiSettings(demo_ctx.paths.root)
        again.apply(settings.language)
        second = MainWindow(demo_ctx.paths, settings, again)
        qtbot.addWidget(second)
        second.set_context(demo_ctx)
        assert second.windowTitle() == "Inspector — surprise inspections"
        assert second.language_actions["en"].isChecked()
    finally:
        again.remove()


def test_the_profile_language_is_used_when_this_laptop_has_none(make_window, demo_ctx) -> None:
    demo_ctx.reference.set_language("en")  # e.g. a data folder copied from another laptop
    window = make_window(demo_ctx)
    assert window.windowTitle() == "Inspector — surprise inspections"


def test_translations_keep_every_placeholder() -> None:
    import xml.etree.ElementTree as ET

    from inspector_app.i18n import translations_dir

    pattern = re.compile(r"%\d|%n|\{\w+\}")
    tree = ET.parse(translations_dir() / "inspector_vi.ts")
    checked = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            assert text, f"untranslated: {source!r}"
            assert sorted(pattern.findall(text)) == sorted(pattern.findall(source)), source
            checked += 1
    assert checked > 100
