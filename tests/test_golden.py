"""Golden file: the structure part of the sample's JSON export (reviewed; see tests/golden/).

Regenerate with ``UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py`` and review the diff:
a golden file is a claim that its content is right, not a record of what the code printed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from generator.export import story_to_json
from generator.pipeline import analyze_seed
from tests.conftest import SAMPLE

GOLDEN = Path(__file__).resolve().parent / "golden" / "deepseek-innovation.structure.json"
ANALYSIS_KEYS = ("speakers", "anonymous_sources", "unattributed_quotes", "glossary", "findings")


def test_sample_structure_matches_the_reviewed_golden() -> None:
    export = story_to_json(analyze_seed(SAMPLE, display="seeds/deepseek-innovation.txt"))
    structure = {key: value for key, value in export.items() if key not in ANALYSIS_KEYS}
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(structure, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert structure == json.loads(GOLDEN.read_text(encoding="utf-8"))
