"""Dialogs of the main window (profile, new inspection, settings, crash report)."""
