"""The election's rules stay pure: no Qt, no database, no PDF, no file IO in domain/."""
import ast
from pathlib import Path

import polling_station.domain as domain

FORBIDDEN_MODULES = {"PySide6", "sqlite_utils", "sqlite3", "reportlab", "pyhanko", "openpyxl",
                     "click", "shutil", "subprocess", "socket", "tempfile", "io", "csv", "os", "pathlib"}
FORBIDDEN_CALLS = {"open"}


def _domain_files():
    return sorted(Path(domain.__file__).parent.rglob("*.py"))


def test_domain_has_modules():
    assert len(_domain_files()) >= 3


def test_domain_imports_no_io_or_ui():
    offenders = []
    for path in _domain_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in FORBIDDEN_MODULES:
                    offenders.append(f"{path.name}:{node.lineno} imports {name}")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in FORBIDDEN_CALLS:
                offenders.append(f"{path.name}:{node.lineno} calls {node.func.id}()")
    assert offenders == []
