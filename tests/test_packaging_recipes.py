"""The installer recipes under packaging/ that can be checked without building anything.

The built program itself is checked by packaging/smoke_test.py (`make package`).
"""

from __future__ import annotations

import dataclasses
import re
import sys
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from utvag.services.policy import UNITS, Policy, load_policy

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
POLICY_DIR = PACKAGING / "policy"
GP = "{http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions}"
WIX = "{http://wixtoolset.org/schemas/v4/wxs}"
SETTINGS = [f.name for f in dataclasses.fields(Policy) if f.name != "source"]

sys.path.insert(0, str(PACKAGING))
sys.path.insert(0, str(PACKAGING / "windows"))
import bundle_filter  # noqa: E402
import harvest  # noqa: E402

# -- what the bundle keeps of Qt -----------------------------------------------------------------


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/lib/libQt6DBus.so.6",
    "PySide6/Qt/lib/libQt6XcbQpa.so.6",
    "PySide6/Qt/lib/libicudata.so.73",
    "PySide6/Qt/translations/qtbase_sv.qm",
    "PySide6/QtWidgets.abi3.so",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
    "PySide6\\Qt6PrintSupport.dll",
    "utvag_resources/i18n/utvag_sv.qm",
    "utvag_resources/i18n/utvag_en.qm",
    "sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so",
    "pypdfium2_raw/libpdfium.so",
])
def test_the_bundle_keeps_what_the_app_uses(dest: str) -> None:
    assert bundle_filter.keep(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Network.so.6",
    "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/designer_sv.qm",
    "PySide6/Qt/qml/QtQuick/qmldir",
    "PySide6\\opengl32sw.dll",
    "PySide6\\Qt6WebEngineCore.dll",
    "PySide6\\plugins\\generic\\qtuiotouchplugin.dll",
])
def test_the_bundle_drops_the_rest_of_qt(dest: str) -> None:
    assert not bundle_filter.keep(dest)


def test_every_used_qt_module_is_kept_and_none_is_also_excluded() -> None:
    used = {f"PySide6.{m}" for m in bundle_filter.QT_MODULES_USED}
    assert used.isdisjoint(bundle_filter.QT_MODULES_EXCLUDED)
    imported = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    unlisted = imported - set(bundle_filter.QT_MODULES_USED)
    assert not unlisted, (f"{sorted(unlisted)} imported by the app but not bundled: add them to "
                          "QT_MODULES_USED in packaging/bundle_filter.py (and remove them from "
                          "QT_MODULES_EXCLUDED), then check the bundle with `make package`")


def test_filter_toc_keeps_order_and_entries() -> None:
    toc = [("a/b.py", "/src/a/b.py", "DATA"),
           ("PySide6/Qt/lib/libQt6Qml.so.6", "/x", "BINARY"),
           ("PySide6/Qt/lib/libQt6Core.so.6", "/y", "BINARY")]
    assert bundle_filter.filter_toc(toc) == [toc[0], toc[2]]


# -- the WiX harvest -----------------------------------------------------------------------------


def test_harvest_lists_every_file_but_the_authored_executables(tmp_path: Path) -> None:
    app = tmp_path / "utvag-win"
    for rel in ("Utvag.exe", "utvag-cli.exe", "_internal/python311.dll",
                "_internal/PySide6/plugins/platforms/qwindows.dll",
                "_internal/utvag_resources/forms/defector-assessment/v1.json",
                "_internal/utvag_resources/i18n/utvag_sv.qm"):
        (app / rel).parent.mkdir(parents=True, exist_ok=True)
        (app / rel).write_bytes(b"x")
    out = tmp_path / "files.wxs"
    assert harvest.main(["harvest", str(app), str(out)]) == 0
    root = ET.parse(out).getroot()
    files = [f.get("Source") for f in root.iter(f"{WIX}File")]
    assert len(files) == 4
    assert r"$(var.SourceDir)\_internal\PySide6\plugins\platforms\qwindows.dll" in files
    assert not any(s.endswith(("Utvag.exe", "utvag-cli.exe")) for s in files if s)
    ids = [e.get("Id") for tag in ("Directory", "Component", "File")
           for e in root.iter(f"{WIX}{tag}")]
    assert len(ids) == len(set(ids)), "identifiers must be unique"
    assert all(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]{0,71}", i or "") for i in ids)
    refs = {r.get("Id") for r in root.iter(f"{WIX}ComponentRef")}
    assert refs == {c.get("Id") for c in root.iter(f"{WIX}Component")}
    # Stable across builds: the same path gives the same identifiers.
    assert harvest.harvest(app) == out.read_text(encoding="utf-8")


def test_harvest_refuses_a_folder_without_the_executables(tmp_path: Path) -> None:
    assert harvest.main(["harvest", str(tmp_path), str(tmp_path / "files.wxs")]) == 1


def test_the_msi_source_upgrades_in_place_per_machine() -> None:
    root = ET.parse(PACKAGING / "windows" / "utvag.wxs").getroot()
    package = root.find(f"{WIX}Package")
    assert package is not None
    assert package.get("Scope") == "perMachine"
    upgrade_code = package.get("UpgradeCode") or ""
    assert uuid.UUID(upgrade_code.strip("{}")).version == 4, "a fixed, literal GUID"
    assert package.find(f"{WIX}MajorUpgrade") is not None
    assert package.get("Version") == "$(var.Version)"
    dirs = [d.get("Id") for d in package.iter(f"{WIX}StandardDirectory")]
    assert "ProgramFiles64Folder" in dirs and "ProgramMenuFolder" in dirs
    shortcut = next(package.iter(f"{WIX}Shortcut"))
    assert shortcut.get("Directory") == "ProgramMenuFolder"
    files = {f.get("Source") for f in package.iter(f"{WIX}File")}
    assert files == {r"$(var.SourceDir)\Utvag.exe", r"$(var.SourceDir)\utvag-cli.exe"}
    assert {"Utvag.exe", "utvag-cli.exe"} == harvest.AUTHORED
    refs = {r.get("Id") for r in package.iter(f"{WIX}ComponentGroupRef")}
    assert refs == {"UtvagFiles"}


# -- the Group Policy template -------------------------------------------------------------------


def admx() -> ET.Element:
    return ET.parse(POLICY_DIR / "utvag.admx").getroot()


def adml(language: str) -> ET.Element:
    return ET.parse(POLICY_DIR / language / "utvag.adml").getroot()


def value_names() -> dict[str, ET.Element]:
    """Registry value name -> the policy that writes it."""
    found: dict[str, ET.Element] = {}
    for policy in admx().iter(f"{GP}policy"):
        names = [policy.get("valueName")] + [e.get("valueName") for e in policy.iter()
                                             if e is not policy]
        for name in filter(None, names):
            assert name not in found, f"{name} is written by two policies"
            found[name] = policy
    return found


def test_the_admx_and_both_admls_are_well_formed() -> None:
    assert admx().tag == f"{GP}policyDefinitions"
    for language in ("en-US", "sv-SE"):
        assert adml(language).tag == f"{GP}policyDefinitionResources"


def test_the_admx_covers_every_policy_setting_under_hklm() -> None:
    names = value_names()
    assert sorted(names) == sorted(SETTINGS)
    for policy in names.values():
        assert policy.get("class") == "Machine"
        assert policy.get("key") == r"SOFTWARE\Policies\Utvag"


def test_the_admx_offers_exactly_the_values_utvag_accepts() -> None:
    names = value_names()
    units = [s.text for s in names["own_unit"].iter(f"{GP}string")]
    assert units == list(UNITS)
    languages = [s.text for s in names["default_language"].iter(f"{GP}string")]
    assert languages == ["sv", "en"]
    for setting in ("idle_timeout_seconds", "statistics_threshold"):
        element = next(e for e in names[setting].iter(f"{GP}decimal")
                       if e.get("valueName") == setting)
        assert int(element.get("minValue") or 0) >= 1


@pytest.mark.parametrize("language", ["en-US", "sv-SE"])
def test_every_string_and_presentation_the_admx_names_is_in_the_adml(language: str) -> None:
    text = (POLICY_DIR / "utvag.admx").read_text(encoding="utf-8")
    strings = set(re.findall(r"\$\(string\.(\w+)\)", text))
    presentations = set(re.findall(r"\$\(presentation\.(\w+)\)", text))
    resources = adml(language)
    defined = {s.get("id") for s in resources.iter(f"{GP}string")}
    assert strings <= defined, strings - defined
    shown = {p.get("id"): p for p in resources.iter(f"{GP}presentation")}
    assert presentations == set(shown)
    element_ids = {e.get("id") for e in admx().iter() if e.get("id")}
    for presentation in shown.values():
        for control in presentation:
            assert control.get("refId") in element_ids


def test_both_languages_define_the_same_strings() -> None:
    ids = [{s.get("id") for s in adml(lang).iter(f"{GP}string")} for lang in ("en-US", "sv-SE")]
    assert ids[0] == ids[1]


def test_registry_values_as_group_policy_writes_them_are_read_by_utvag(tmp_path: Path) -> None:
    """REG_DWORD values arrive as their decimal text; REG_SZ as written. The same coercion
    reads the Linux file, so feeding Group Policy's values through it checks the template."""
    written = {"idle_timeout_seconds": "30", "keyring_allowed": "0", "own_unit": "SAV",
               "trusted_cards_dir": r"C:\ProgramData\Utvag\trusted-cards",
               "organisation_recovery_card": r"C:\ProgramData\Utvag\organisation-recovery.json",
               "default_language": "en", "statistics_threshold": "1",
               "check_interval_days": "0", "memory_security": "1",
               "threat_answer_days": "21", "release_planning_days": "90",
               "consultation_answer_days": "30", "initial_threat_days": "3"}
    assert sorted(written) == sorted(SETTINGS)
    path = tmp_path / "policy.ini"
    path.write_text("[policy]\n" + "".join(f"{k} = {v}\n" for k, v in written.items()),
                    encoding="utf-8")
    policy = load_policy(path)
    assert policy.idle_timeout_seconds == 30 and policy.statistics_threshold == 1
    assert policy.keyring_allowed is False and policy.own_unit == "SAV"
    assert policy.default_language == "en" and policy.check_interval_days == 0
    assert policy.memory_security is True
    assert (policy.threat_answer_days, policy.release_planning_days) == (21, 90)
    assert policy.consultation_answer_days == 30 and policy.initial_threat_days == 3
    assert policy.trusted_cards_dir == written["trusted_cards_dir"]


# -- the Linux policy example --------------------------------------------------------------------


def test_the_linux_example_reads_as_the_defaults_as_shipped() -> None:
    policy = load_policy(POLICY_DIR / "policy.ini.example")
    assert dataclasses.replace(policy, source="defaults") == Policy()


def test_the_linux_example_names_every_setting_and_each_parses_when_enabled(
        tmp_path: Path) -> None:
    text = (POLICY_DIR / "policy.ini.example").read_text(encoding="utf-8")
    named = re.findall(r"(?m)^#(\w+) = ", text)
    assert sorted(named) == sorted(SETTINGS)
    enabled = tmp_path / "policy.ini"
    enabled.write_text(re.sub(r"(?m)^#(\w+ = )", r"\1", text), encoding="utf-8")
    policy = load_policy(enabled)
    assert policy.own_unit in UNITS
    assert policy.trusted_cards_dir == "/etc/xdg/Utvag/trusted-cards"
