"""SQLite storage: engine and pragmas, tables, migrations, audit log."""
