"""Version numbers of the code and of the data release (kept free of imports)."""

__version__ = "0.1.0"
DATA_VERSION = "2026.11.27"
SCHEMA_VERSION = 1
