"""Execute a notebook top to bottom (used by the checks); exit non-zero if a cell fails."""

import sys

import nbformat
from nbclient import NotebookClient

path = sys.argv[1]
notebook = nbformat.read(path, as_version=4)
NotebookClient(notebook, timeout=300, kernel_name="python3").execute()
print(f"{path}: {len(notebook.cells)} cells executed")
