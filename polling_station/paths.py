"""Where the application's resources are (the top-level ``resources/`` folder of the checkout)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
FORMS = ROOT / "forms"
FONTS = RESOURCES / "fonts"
TRANSLATIONS = RESOURCES / "translations"
CHECKLISTS = RESOURCES / "checklists"
DEMO = RESOURCES / "demo"
