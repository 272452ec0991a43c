"""The README in English and in French: each links to the other, shows the
three screenshots in its own language (files present, PNG, small), and
carries the credits and the licence."""

import re
import struct

import pytest

from scripts.package import ROOT

READMES = {"en": ROOT / "README.md", "fr": ROOT / "README.fr.md"}
SCREENSHOTS = ("search_dock", "snow_map", "summary")
MAX_PNG_BYTES = 200_000
SECTIONS = {"en": {"Credits", "Licence"}, "fr": {"Crédits", "Licence"}}
CREDITS = {"en": ("Gascoin et al. 2019", "Theia", "Etalab", "Copernicus DEM"),
           "fr": ("Gascoin et al. 2019", "Theia", "Etalab", "MNT Copernicus")}


@pytest.mark.parametrize("language", sorted(READMES))
def test_readme_shows_its_screenshots(language):
    text = READMES[language].read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]+\]\(([^)]+)\)", text)
    assert sorted(images) == sorted(f"docs/img/{name}_{language}.png" for name in SCREENSHOTS)
    for image in images:
        data = (ROOT / image).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n", image
        width, height = struct.unpack(">II", data[16:24])
        assert width >= 600 and height >= 400, image
        assert len(data) < MAX_PNG_BYTES, image


def test_readmes_link_each_other():
    assert re.search(r"\]\(README\.fr\.md\)", READMES["en"].read_text(encoding="utf-8"))
    assert re.search(r"\]\(README\.md\)", READMES["fr"].read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", sorted(READMES))
def test_readme_has_credits_and_licence(language):
    text = READMES[language].read_text(encoding="utf-8")
    assert SECTIONS[language] <= set(re.findall(r"^## (.+)$", text, re.MULTILINE))
    for credit in CREDITS[language]:
        assert credit in text, credit
    assert "GNU General Public License, version 3" in text
    assert "GNU GENERAL PUBLIC LICENSE" in (ROOT / "LICENSE").read_text(encoding="utf-8")


def test_french_readme_covers_every_section():
    english = re.findall(r"^##+ ", READMES["en"].read_text(encoding="utf-8"), re.MULTILINE)
    french = re.findall(r"^##+ ", READMES["fr"].read_text(encoding="utf-8"), re.MULTILINE)
    assert len(french) == len(english)
