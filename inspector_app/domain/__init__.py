"""Pure-Python domain logic: no Qt, no SQLAlchemy, no I/O beyond what a function is handed."""
