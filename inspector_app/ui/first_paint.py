"""What the widgets of the first paint (the main window, Home) use instead of the ``Qt`` namespace.

The first use of ``PySide6.QtCore.Qt`` builds all its 95 enums as Python enums: ~40 ms on the
development machine, a fifth of a bare PySide6 window's whole start (``docs/gui.md``,
``benchmarks/startup.py``). Some PySide6 calls build it too: ``QAction.setShortcut`` (its
overloads take ``Qt.Key``), a Python ``headerData()`` asked by a view (its ``Qt.Orientation``).
So the modules imported before the first paint do not import ``Qt``:

- ``Qt::`` enum values are set through Qt's property system by key name
  (:func:`set_enum_property`; ``QMetaProperty::write`` converts the name);
- shortcuts are key texts in Qt's portable format (:func:`set_shortcuts`);
- item models use plain int roles, and Home's table header shows the column titles from a
  model of its own (``ui/home_view.py``, ``ui/models/inspection_list_model.py``);
- a method that runs later (on a key press, a click) imports ``Qt`` where it needs it.

``tests/gui/test_start_path.py`` checks, in a separate process, that ``Qt`` is not built before the
first paint. Everywhere else, use ``Qt`` as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


def set_enum_property(obj: QObject, name: str, key: str) -> None:
    """Set the property ``name`` of ``obj`` to the enum value named ``key`` (``"AlignCenter"``,
    ``"ToolButtonTextBesideIcon"``); ``ValueError`` if Qt refuses it (a misspelt name or key)."""
    if not obj.setProperty(name, key):
        raise ValueError(f"{type(obj).__name__}.{name} cannot be set to {key!r}")


def set_shortcuts(action: QAction, *keys: str | QKeySequence) -> None:
    """The action's shortcuts, the first being its main one: key texts in Qt's portable format
    (``"Ctrl+N"``, ``"Alt+Home"``, ``"F1"``) or key sequences."""
    # QKeySequence(a QKeySequence) would build Qt too (its overloads take Qt.Key)
    action.setShortcuts([k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys])
