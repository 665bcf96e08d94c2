"""The main window: menus, toolbar, Home and the inspection screens; start-up and first run.

The window shows before the data is open (``set_context`` arrives from a worker thread a moment
later); until then Home says "Opening data…". There is no Save button: the services commit every
change, and the place (inspection, step, person) is written to the state file on every move, so
the next start reopens the inspection where the inspector was.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QSize, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QIcon
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from inspector_app import APP_NAME, __version__
from inspector_app.errors import UserError
from inspector_app.i18n import LANGUAGES, PY_DATE_TIME_FORMAT, Translations
from inspector_app.paths import DataPaths, resource
from inspector_app.ui.errors import show_user_error, user_errors
from inspector_app.ui.first_paint import set_enum_property, set_shortcuts
from inspector_app.ui.home_view import HomeView
from inspector_app.ui.state import Place, PlaceStore, UiSettings

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QDialog

    from inspector_app.services.context import AppContext
    from inspector_app.ui.workers import Task

log = logging.getLogger(__name__)

GEOMETRY_SAVE_DELAY_MS = 800
DEFAULT_SIZE = QSize(1280, 760)


def toolbar_icon(name: str) -> QIcon:
    """One of the toolbar's icons (``resources/icons/toolbar/NAME-{16,32,128}.png``).

    Bundled files rather than ``QStyle.standardIcon``: the same look on every platform, and the
    window does not pay for PySide6's ``QStyle`` type (~8 ms) before its first paint.
    """
    icon = QIcon()
    for size in (16, 32, 128):
        icon.addFile(str(resource("icons", "toolbar", f"{name}-{size}.png")))
    return icon


class InspectionScreen(Protocol):
    """What the main window needs of the inspection screens (``InspectionView``)."""

    placeChanged: Any  # Signal(str, str, str): inspection id, step, person id or ""
    closed: Any  # Signal(): back to Home

    def load(self, inspection_id: str) -> None: ...
    def restore_place(self, step: str, person_id: str | None) -> None: ...


class InspectionPlaceholder(QWidget):
    """Stands in for ``InspectionView`` while that module is not part of the build."""

    placeChanged = Signal(str, str, str)
    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # not at the top: see ui/first_paint.py

        super().__init__(parent)
        self.setObjectName("inspectionPlaceholder")
        self._ctx = ctx
        self.inspection_id = ""
        self.place: tuple[str, str | None] = ("", None)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.back = QPushButton()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.label)
        layout.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.back.clicked.connect(self._on_back_clicked)
        self._retranslate()

    def load(self, inspection_id: str) -> None:
        inspection = self._ctx.inspections.get(inspection_id)
        self.inspection_id = inspection_id
        when = inspection.started_at.astimezone().strftime(PY_DATE_TIME_FORMAT)
        self.heading.setText(f"<b>{inspection.unit.name}</b> — {when}")

    def restore_place(self, step: str, person_id: str | None) -> None:
        self.place = (step, person_id)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.label.setText(self.tr("The inspection screens are not part of this build yet."))
        self.back.setText(self.tr("Back to Home"))

    @Slot()
    def _on_back_clicked(self) -> None:
        self.closed.emit()


def make_inspection_screen(ctx: AppContext, parent: QWidget) -> QWidget:
    """The real ``InspectionView`` when it is installed, else a placeholder."""
    try:
        from inspector_app.ui.views.inspection_view import InspectionView
    except ModuleNotFoundError as exc:
        if exc.name not in ("inspector_app.ui.views", "inspector_app.ui.views.inspection_view"):
            log.exception("the inspection screens failed to import")
        else:
            log.info("inspection screens not installed; showing a placeholder")
        return InspectionPlaceholder(ctx, parent)
    except ImportError:
        log.exception("the inspection screens failed to import")
        return InspectionPlaceholder(ctx, parent)
    view: QWidget = InspectionView(ctx, parent)
    return view


class MainWindow(QMainWindow):
    contextReady = Signal()  # the data is open and Home is filled
    startupFinished = Signal()  # first run started, or the last place restored

    def __init__(
        self,
        paths: DataPaths,
        settings: UiSettings,
        translations: Translations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.paths = paths
        self._settings = settings
        self._translations = translations
        self._places = PlaceStore(paths.state_file)
        self._ctx: AppContext | None = None
        self._place: Place | None = None
        self._restoring = False
        self.restored_place: Place | None = None
        self.demo_task: Task | None = None
        self.inspection_screen: QWidget | None = None
        self.verify_dialog: QDialog | None = None  # the last opened (tests reach them here)
        self.certificates_dialog: QDialog | None = None
        self._geometry_timer = QTimer(self)
        self._geometry_timer.setSingleShot(True)
        self._geometry_timer.setInterval(GEOMETRY_SAVE_DELAY_MS)

        self.home = HomeView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.home)
        self.setCentralWidget(self.stack)
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        self._connect_signals()
        self._retranslate()
        self._update_actions()
        self._restore_geometry()
        self._watch_geometry()

    # -- building -----------------------------------------------------------------------------
    def _create_actions(self) -> None:
        self.action_new = QAction(toolbar_icon("new"), "", self)
        set_shortcuts(self.action_new, "Ctrl+N")
        self.action_open = self.home.action_open
        self.action_open.setIcon(toolbar_icon("open"))
        self.action_delete = self.home.action_delete
        self.action_demo = QAction(self)
        self.action_verify = QAction(self)
        self.action_certificates = QAction(self)
        self.action_quit = QAction(self)
        set_shortcuts(self.action_quit, "Ctrl+Q")
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_home = QAction(toolbar_icon("home"), "", self)
        set_shortcuts(self.action_home, "Ctrl+H", "Alt+Home")
        self.action_search = QAction(toolbar_icon("search"), "", self)
        set_shortcuts(self.action_search, "Ctrl+F")
        self.action_profile = QAction(self)
        self.action_settings = QAction(toolbar_icon("settings"), "", self)
        set_shortcuts(self.action_settings, "Ctrl+,")
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self.language_group)
            action.setCheckable(True)
            action.setData(code)
            self.language_actions[code] = action
        self.action_shortcuts = QAction(self)
        set_shortcuts(self.action_shortcuts, "F1")
        self.action_log = QAction(self)
        self.action_about = QAction(self)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self._sync_language_actions()

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.action_new)
        self.file_menu.addAction(self.action_open)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_verify)
        self.file_menu.addAction(self.action_demo)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)
        self.inspection_menu = bar.addMenu("")
        self.inspection_menu.addAction(self.action_home)
        self.inspection_menu.addAction(self.action_search)
        self.inspection_menu.addSeparator()
        self.inspection_menu.addAction(self.action_delete)
        self.settings_menu = bar.addMenu("")
        self.settings_menu.addAction(self.action_profile)
        self.language_menu = self.settings_menu.addMenu("")
        self.language_menu.addActions(self.language_group.actions())
        self.settings_menu.addSeparator()
        self.settings_menu.addAction(self.action_certificates)
        self.settings_menu.addAction(self.action_settings)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.action_shortcuts)
        self.help_menu.addAction(self.action_log)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.action_about)

    def _create_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        set_enum_property(self.toolbar, "toolButtonStyle", "ToolButtonTextBesideIcon")
        self.toolbar.setIconSize(QSize(20, 20))
        for action in (self.action_home, self.action_new, self.action_open, self.action_search):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.action_settings)
        self.addToolBar(self.toolbar)  # at the top

    def _connect_signals(self) -> None:
        # actions
        self.action_new.triggered.connect(self._on_action_new_triggered)
        self.action_demo.triggered.connect(self._on_action_demo_triggered)
        self.action_verify.triggered.connect(self._on_action_verify_triggered)
        self.action_certificates.triggered.connect(self._on_action_certificates_triggered)
        self.action_quit.triggered.connect(self.close)
        self.action_home.triggered.connect(self._on_action_home_triggered)
        self.action_search.triggered.connect(self._on_action_search_triggered)
        self.action_profile.triggered.connect(self._on_action_profile_triggered)
        self.action_settings.triggered.connect(self._on_action_settings_triggered)
        self.language_group.triggered.connect(self._on_language_group_triggered)
        self.action_shortcuts.triggered.connect(self._on_action_shortcuts_triggered)
        self.action_log.triggered.connect(self._on_action_log_triggered)
        self.action_about.triggered.connect(self._on_action_about_triggered)
        # Home
        self.home.openRequested.connect(self._on_home_openRequested)
        self.home.newRequested.connect(self._on_action_new_triggered)
        # window
        self.stack.currentChanged.connect(self._on_stack_currentChanged)
        self._geometry_timer.timeout.connect(self._on_geometry_timer_timeout)
        self._translations.changed.connect(self._on_translations_changed)

    # -- language -----------------------------------------------------------------------------
    # On Translations.changed rather than in changeEvent, and the geometry is watched through
    # the native window's signals rather than resizeEvent/moveEvent: no Python event handler
    # runs before the first paint (see inspector_app.i18n).
    @Slot(str)
    def _on_translations_changed(self, _language: str) -> None:
        self._retranslate()
        self.home.retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Inspector — surprise inspections"))
        self.file_menu.setTitle(self.tr("&File"))
        self.inspection_menu.setTitle(self.tr("&Inspection"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.action_new.setText(self.tr("&New inspection…"))
        self.action_new.setToolTip(self.tr("New inspection (Ctrl+N)"))
        self.action_demo.setText(self.tr("Load &demo data"))
        self.action_verify.setText(self.tr("&Verify a signed PDF…"))
        self.action_verify.setToolTip(
            self.tr("Check the signatures of minutes received or exported (any PDF)")
        )
        self.action_certificates.setText(self.tr("&Certificates…"))
        self.action_certificates.setToolTip(
            self.tr("The certificate or USB token that signs, trusted certificates, timestamps")
        )
        self.action_quit.setText(self.tr("&Quit"))
        self.action_home.setText(self.tr("&Home"))
        self.action_home.setToolTip(self.tr("Back to the list of inspections (Ctrl+H)"))
        self.action_search.setText(self.tr("&Find…"))
        self.action_search.setToolTip(self.tr("Search the inspections (Ctrl+F)"))
        self.action_profile.setText(self.tr("&Profile…"))
        self.action_settings.setText(self.tr("&Settings…"))
        self.action_shortcuts.setText(self.tr("&Keyboard shortcuts"))
        self.action_log.setText(self.tr("Open the &log folder"))
        self.action_about.setText(self.tr("&About Inspector"))
        self.saved_label.setText(self.tr("Every change is saved automatically"))
        self.saved_label.setToolTip(self.tr("Data folder: %1").replace("%1", str(self.paths.root)))

    def set_language(self, language: str) -> None:
        """Switch the UI language at once; remembered in ui.ini and in the profile."""
        language = self._translations.apply(language)
        self._settings.language = language
        if self._ctx is not None and self._ctx.reference.profile() is not None:
            with user_errors(self):
                self._ctx.reference.set_language(language)
        self._sync_language_actions()

    def _sync_language_actions(self) -> None:
        for code, action in self.language_actions.items():
            action.setChecked(code == self._translations.language)

    # -- the data -----------------------------------------------------------------------------
    @property
    def ctx(self) -> AppContext | None:
        return self._ctx

    def set_context(self, ctx: AppContext) -> None:
        """The data is open: fill Home, then run the first run or reopen the last place."""
        self._ctx = ctx
        self._adopt_profile_language()
        self.home.set_context(ctx)
        self._update_actions()
        self.contextReady.emit()
        if ctx.reference.profile() is None:
            self.start_first_run()
        else:
            self.restore_last_place()
        self.startupFinished.emit()

    def context_failed(self, error: BaseException) -> None:
        """The data could not be opened (disk, permissions, a newer database)."""
        log.error(
            "could not open the data in %s: %s",
            self.paths.root,
            error,
            exc_info=(type(error), error, error.__traceback__),
        )
        text = str(error) if isinstance(error, UserError) else repr(error)
        self.home.show_failure(
            self.tr("The data in %1 could not be opened:").replace("%1", str(self.paths.root))
            + f"\n{text}"
        )
        self.startupFinished.emit()

    def _adopt_profile_language(self) -> None:
        assert self._ctx is not None
        profile = self._ctx.reference.profile()
        if profile is None or profile.language == self._translations.language:
            return
        if self._settings.language:  # chosen on this laptop: the profile follows
            self._ctx.reference.set_language(self._translations.language)
        else:
            self.set_language(profile.language)

    def _update_actions(self) -> None:
        ready = self._ctx is not None
        for action in (self.action_new, self.action_profile, self.action_demo):
            action.setEnabled(ready)

    # -- first run ----------------------------------------------------------------------------
    def start_first_run(self) -> None:
        """No profile yet: ask who uses this laptop, then offer the demo data."""
        from inspector_app.ui.dialogs.profile_dialog import ProfileDialog

        assert self._ctx is not None
        dialog = ProfileDialog(self._ctx, self, first_run=True)
        dialog.accepted.connect(self._on_first_run_profile_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @Slot()
    def _on_first_run_profile_accepted(self) -> None:
        assert self._ctx is not None
        with user_errors(self):
            self._ctx.reference.set_language(self._translations.language)
        if self._ctx.inspections.count() == 0:
            self.offer_demo()

    def offer_demo(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Demo data"),
            self.tr(
                "There are no inspections on this laptop yet.\n\nLoad the demo data to try "
                "Inspector? It adds a service center with 25 staff, an inspection team, one "
                "completed inspection and one draft. You can delete the draft later."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("demoOfferBox")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.finished.connect(self._on_demo_offer_finished)
        box.finished.connect(box.deleteLater)
        box.open()

    @Slot(int)
    def _on_demo_offer_finished(self, result: int) -> None:
        from PySide6.QtWidgets import QMessageBox

        if result == QMessageBox.StandardButton.Yes:
            self.load_demo()

    def load_demo(self) -> None:
        """Load the demo data in the background; Home shows it when done."""
        from inspector_app.services.demo import load_demo
        from inspector_app.ui.workers import run_in_pool

        ctx = self._ctx
        assert ctx is not None
        self.action_demo.setEnabled(False)
        self.statusBar().showMessage(self.tr("Loading the demo data…"))
        self.demo_task = run_in_pool(
            lambda: load_demo(ctx.db, ctx.catalog), self._on_demo_loaded, self._on_demo_failed
        )

    def _on_demo_loaded(self, _result: object) -> None:
        self.statusBar().showMessage(self.tr("Demo data loaded."), 5000)
        self.action_demo.setEnabled(True)
        self.home.refresh()

    def _on_demo_failed(self, error: BaseException) -> None:
        self.statusBar().clearMessage()
        self.action_demo.setEnabled(True)
        if isinstance(error, UserError):
            show_user_error(self, error)
            return
        raise error

    # -- inspections --------------------------------------------------------------------------
    def restore_last_place(self) -> None:
        """Reopen the inspection (and step and person) the inspector was at, if any."""
        place = self._places.load()
        if place is None:
            return
        from inspector_app.errors import NotFound

        assert self._ctx is not None
        try:
            self._ctx.inspections.get(place.inspection_id)
        except NotFound:
            log.info("the last inspection %s is gone; starting on Home", place.inspection_id)
            self.record_place(None)
            return
        log.info(
            "reopening %s at step %r, person %r", place.inspection_id, place.step, place.person_id
        )
        self.open_inspection(place.inspection_id, place)

    def open_inspection(self, inspection_id: str, place: Place | None = None) -> None:
        screen = self._inspection_screen()
        self._restoring = True
        try:
            with user_errors(self) as outcome:
                screen.load(inspection_id)  # type: ignore[attr-defined]
                if place and (place.step or place.person_id):
                    screen.restore_place(place.step, place.person_id or None)  # type: ignore[attr-defined]
                    self.restored_place = place
        finally:
            self._restoring = False
        if outcome.failed:
            self.go_home()
            return
        self.stack.setCurrentWidget(screen)
        self.record_place(place or Place(inspection_id))

    def _inspection_screen(self) -> QWidget:
        if self.inspection_screen is None:
            assert self._ctx is not None
            screen = make_inspection_screen(self._ctx, self)
            screen.placeChanged.connect(self._on_inspection_placeChanged)  # type: ignore[attr-defined]
            screen.closed.connect(self._on_inspection_closed)  # type: ignore[attr-defined]
            self.stack.addWidget(screen)
            self.inspection_screen = screen
        return self.inspection_screen

    def go_home(self) -> None:
        previous = self._place.inspection_id if self._place else None
        self.stack.setCurrentWidget(self.home)
        self.record_place(None)
        self.home.refresh(select_id=previous)
        self.home.focus_list()

    @property
    def place(self) -> Place | None:
        return self._place

    def record_place(self, place: Place | None) -> None:
        """Remember where the inspector is (written to the state file at once)."""
        self._place = place
        try:
            self._places.save(place)
        except OSError as exc:
            log.warning("could not write the UI state file: %s", exc)
            self.statusBar().showMessage(
                self.tr("Could not remember the current place: %1").replace("%1", str(exc)), 8000
            )

    def new_inspection(self) -> None:
        from inspector_app.ui.dialogs.new_inspection_dialog import NewInspectionDialog

        if self._ctx is None:
            return
        dialog = NewInspectionDialog(self._ctx, self)
        dialog.accepted.connect(self._on_new_dialog_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- geometry -----------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self._settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            available = self.screen().availableGeometry()
            self.resize(
                min(DEFAULT_SIZE.width(), available.width()),
                min(DEFAULT_SIZE.height(), available.height()),
            )
        state = self._settings.window_state()
        if state is not None:
            self.restoreState(state)

    def save_geometry(self) -> None:
        self._settings.save_window(self.saveGeometry(), self.saveState())

    def _watch_geometry(self) -> None:
        """Save the size and position shortly after each move or resize (a kill loses nothing)."""
        self.winId()  # makes the native window now, to connect its signals
        handle = self.windowHandle()
        for signal in (
            handle.xChanged,
            handle.yChanged,
            handle.widthChanged,
            handle.heightChanged,
            handle.windowStateChanged,
        ):
            signal.connect(self._on_window_geometry_changed)

    def _on_window_geometry_changed(self, *_value: object) -> None:
        if self.isVisible():
            self._geometry_timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._geometry_timer.stop()
        self.save_geometry()
        super().closeEvent(event)

    # -- slots --------------------------------------------------------------------------------
    @Slot()
    def _on_action_new_triggered(self) -> None:
        self.new_inspection()

    @Slot()
    def _on_new_dialog_accepted(self) -> None:
        dialog = self.sender()
        created = getattr(dialog, "created_id", None)
        if created:
            self.home.refresh(select_id=created)
            self.open_inspection(created)

    @Slot(str)
    def _on_home_openRequested(self, inspection_id: str) -> None:  # noqa: N802
        self.open_inspection(inspection_id)

    @Slot(str, str, str)
    def _on_inspection_placeChanged(
        self,
        inspection_id: str,
        step: str,  # noqa: N802
        person_id: str,
    ) -> None:
        if not self._restoring:
            self.record_place(Place(inspection_id, step, person_id))

    @Slot()
    def _on_inspection_closed(self) -> None:
        self.go_home()

    @Slot()
    def _on_action_home_triggered(self) -> None:
        if self.stack.currentWidget() is not self.home:
            self.go_home()
        else:
            self.home.focus_list()

    @Slot()
    def _on_action_search_triggered(self) -> None:
        current = self.stack.currentWidget()
        if current is not self.home and hasattr(current, "focus_search"):
            current.focus_search()
            return
        if current is not self.home:
            self.go_home()
        self.home.focus_search()

    @Slot()
    def _on_action_demo_triggered(self) -> None:
        self.load_demo()

    @Slot()
    def _on_action_verify_triggered(self) -> None:
        from inspector_app.signing.settings import load_settings
        from inspector_app.ui.dialogs.verify_dialog import VerifyDialog

        dialog = VerifyDialog(load_settings(self.paths).trusted_certificates, self)
        dialog.finished.connect(dialog.deleteLater)
        self.verify_dialog = dialog
        dialog.open()

    @Slot()
    def _on_action_certificates_triggered(self) -> None:
        from inspector_app.ui.dialogs.certificates_dialog import CertificatesDialog

        dialog = CertificatesDialog(self.paths, self)
        dialog.finished.connect(dialog.deleteLater)
        self.certificates_dialog = dialog
        dialog.open()

    @Slot()
    def _on_action_profile_triggered(self) -> None:
        from inspector_app.ui.dialogs.profile_dialog import ProfileDialog

        if self._ctx is None:
            return
        dialog = ProfileDialog(self._ctx, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @Slot()
    def _on_action_settings_triggered(self) -> None:
        from inspector_app.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self._translations.language, self.paths.root, self.paths.log_file, self
        )
        dialog.accepted.connect(self._on_settings_dialog_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @Slot()
    def _on_settings_dialog_accepted(self) -> None:
        dialog = self.sender()
        language = dialog.language() if hasattr(dialog, "language") else None
        if language:
            self.set_language(language)

    @Slot(QAction)
    def _on_language_group_triggered(self, action: QAction) -> None:
        self.set_language(str(action.data()))

    @Slot()
    def _on_action_shortcuts_triggered(self) -> None:
        rows = [
            ("Ctrl+N", self.tr("New inspection")),
            (self.tr("Enter / double click"), self.tr("Open the selected inspection")),
            ("Ctrl+O", self.tr("Open the selected inspection")),
            ("Delete", self.tr("Delete the selected draft (asks first)")),
            ("Ctrl+F", self.tr("Search")),
            ("Ctrl+H, Alt+Home", self.tr("Back to Home")),
            ("Ctrl+,", self.tr("Settings")),
            ("F1", self.tr("This list of shortcuts")),
            ("Ctrl+Q", self.tr("Quit")),
        ]
        table = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Keyboard shortcuts"),
            f"<table>{table}</table>",
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("shortcutsBox")
        box.finished.connect(box.deleteLater)
        box.open()

    @Slot()
    def _on_action_log_triggered(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.log_file.parent)))

    @Slot()
    def _on_action_about_triggered(self) -> None:
        text = (
            f"<h3>{APP_NAME} {__version__}</h3><p>"
            + self.tr(
                "Surprise inspections of public-service discipline: roll call, "
                "checklists, findings and the minutes, on site and offline."
            )
            + "</p><p>"
            + self.tr("Data folder: %1").replace("%1", str(self.paths.root))
            + "</p><p>"
            + self.tr("Font: Be Vietnam Pro (SIL Open Font License 1.1).")
            + "</p>"
        )
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.NoIcon,
            self.tr("About Inspector"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setIconPixmap(QIcon(self.windowIcon()).pixmap(64, 64))
        box.finished.connect(box.deleteLater)
        box.open()

    @Slot(int)
    def _on_stack_currentChanged(self, _index: int) -> None:  # noqa: N802
        self.home.set_active(self.stack.currentWidget() is self.home)

    @Slot()
    def _on_geometry_timer_timeout(self) -> None:
        self.save_geometry()
