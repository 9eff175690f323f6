"""What a facilitator installs: the desktop files, the icons, the install script, the wheel and the bundle.

The freedesktop validators run in CI (apt: desktop-file-utils appstream shared-mime-info); without them a
developer's run skips those tests, CI's fails. The bundle and wheel tests are slow (PyInstaller takes a minute
or two, pip builds in an isolated environment) but run in CI too: they are the only proof that what is shipped
starts. The wheel tests (seconds) run with everything else in ``make test``, so a package left out of
pyproject.toml is caught at once; the bundle tests (marked ``packaging``) have a target of their own,
``make test-packaging``, which CI runs right after ``make test``.
"""

import ast
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.templates import demo_file
from ui.about import COMPONENTS, AboutDialog, ComponentsModel, SourcesModel, font_families, show_about
from ui.app_identity import DESKTOP_ID
from workshop_app import __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
DESKTOP_FILE = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{DESKTOP_ID}.xml"
MIME_TYPE = "application/x-workshop-programme"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
IGNORED_IN_COPY = shutil.ignore_patterns(
    ".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"
)


def require_tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        message = f"{name} is missing: apt-get install {package} (CI installs it through the Makefile)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def desktop_entry(path: Path = DESKTOP_FILE) -> dict[str, str]:
    """The [Desktop Entry] group as key -> value."""
    entry: dict[str, str] = {}
    group = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            group = line.strip("[]")
        elif "=" in line and group == "Desktop Entry":
            key, value = line.split("=", 1)
            entry[key] = value
    return entry


def load_build_script() -> ModuleType:
    """packaging/build.py, loaded from its file (packaging/ is not a Python package, on purpose)."""
    spec = importlib.util.spec_from_file_location("workshop_app_build", PACKAGING / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def qt_env(home: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKSHOP_APP_HOME": str(home)}


# --- desktop integration (fast) ---------------------------------------------------------------------------


def test_desktop_file_is_valid() -> None:
    tool = require_tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_is_valid() -> None:
    tool = require_tool("appstreamcli", "appstream")
    result = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout


def test_ids_names_and_version_agree() -> None:
    entry = desktop_entry()
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Exec"] == "workshop-app open %f"
    assert entry["MimeType"] == f"{MIME_TYPE};"
    metainfo = ET.parse(METAINFO).getroot()
    assert metainfo.findtext("id") == DESKTOP_ID
    assert metainfo.findtext("launchable") == DESKTOP_FILE.name
    assert metainfo.findtext("project_license") == "EUPL-1.2"
    assert metainfo.findtext("provides/mediatype") == MIME_TYPE
    assert metainfo.findtext("provides/binary") == "workshop-app"
    releases = [release.get("version") for release in metainfo.iter("release")]
    assert releases[0] == __version__, "add release notes for this version to the metainfo"
    mime = ET.parse(MIME_XML).getroot().find(f"{MIME_NS}mime-type")
    assert mime is not None and mime.get("type") == MIME_TYPE
    assert [glob.get("pattern") for glob in mime.iter(f"{MIME_NS}glob")] == ["*.workshop"]


def test_workshop_files_are_recognised_by_name_despite_sqlite_magic(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    tool = require_tool("update-mime-database", "shared-mime-info")
    freedesktop = Path("/usr/share/mime/packages/freedesktop.org.xml")
    if not freedesktop.exists():
        pytest.skip("no freedesktop.org.xml to build a MIME database with")
    packages = tmp_path / "share" / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy2(freedesktop, packages)
    shutil.copy2(MIME_XML, packages)
    subprocess.run([tool, str(packages.parent)], check=True, capture_output=True)
    assert f"{MIME_TYPE}:*.workshop" in (packages.parent / "globs2").read_text(encoding="utf-8")
    assert f"{MIME_TYPE} application/vnd.sqlite3" in (packages.parent / "subclasses").read_text(encoding="utf-8")
    # A real programme file (an SQLite database) is typed by its name, so a double-click opens the app.
    programme = demo_file(tmp_path, tmp_path_factory, name="kylä.workshop")
    probe = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QCoreApplication, QMimeDatabase
        app = QCoreApplication([])
        print(QMimeDatabase().mimeTypeForFile(sys.argv[1]).name())
        """
    )
    environment = {**os.environ, "XDG_DATA_DIRS": str(tmp_path / "share"), "XDG_DATA_HOME": str(tmp_path / "none")}
    result = subprocess.run(
        [sys.executable, "-c", probe, str(programme)], capture_output=True, text=True, env=environment, check=True
    )
    assert result.stdout.strip() == MIME_TYPE


def test_icons_exist_at_every_size_and_match_the_svg() -> None:
    from PySide6.QtGui import QImage

    icons = ROOT / "resources" / "icons"
    theme = LINUX / "icons" / "hicolor"
    for size in ICON_SIZES:
        png = icons / f"workshop-app-{size}.png"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size), png
        installed = theme / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"
        assert installed.read_bytes() == png.read_bytes(), installed
    svg = (icons / "workshop-app.svg").read_text(encoding="utf-8")
    assert (theme / "scalable" / "apps" / f"{DESKTOP_ID}.svg").read_text(encoding="utf-8") == svg
    assert ET.fromstring(svg).get("viewBox") == "0 0 512 512"
    assert (icons / "workshop-app.ico").stat().st_size > 0
    assert (icons / "workshop-app.icns").stat().st_size > 0
    try:
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgRenderer
    except ImportError:
        return
    rendered = QImage(128, 128, QImage.Format.Format_ARGB32)
    rendered.fill(0)
    painter = QPainter(rendered)
    QSvgRenderer(str(icons / "workshop-app.svg")).render(painter)
    painter.end()
    drawn = QImage(str(icons / "workshop-app-128.png")).convertToFormat(QImage.Format.Format_ARGB32)
    differing = sum(
        1
        for y in range(0, 128, 4)
        for x in range(0, 128, 4)
        if abs(rendered.pixelColor(x, y).lightness() - drawn.pixelColor(x, y).lightness()) > 40
    )
    assert differing < 20, "the SVG and the PNGs no longer show the same icon: run packaging/make_icons.py"


def fake_bundle(tmp_path: Path) -> Path:
    """A bundle folder as build.py leaves it, with a stand-in executable."""
    bundle = tmp_path / "dist" / "workshop-app"
    bundle.mkdir(parents=True)
    executable = bundle / "workshop-app"
    executable.write_text('#!/bin/sh\necho workshop-app "$@"\n', encoding="utf-8")
    executable.chmod(0o755)
    load_build_script().add_linux_integration(bundle)
    return bundle


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the install script is for Linux")
def test_install_script_installs_for_the_user_and_uninstalls(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path)
    home = tmp_path / "home"
    home.mkdir()
    environment = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    environment["HOME"] = str(home)
    subprocess.run(["sh", str(bundle / "install.sh")], env=environment, check=True, capture_output=True)

    app_dir = home / ".local" / "opt" / "workshop-app"
    share = home / ".local" / "share"
    assert (app_dir / "workshop-app").exists()
    launcher = home / ".local" / "bin" / "workshop-app"
    assert launcher.resolve() == (app_dir / "workshop-app").resolve()
    assert subprocess.run([str(launcher), "--version"], capture_output=True, text=True, check=True).stdout.strip()
    installed = share / "applications" / f"{DESKTOP_ID}.desktop"
    entry = desktop_entry(installed)
    assert entry["Exec"] == f"{app_dir}/workshop-app open %f"  # a menu may not have ~/.local/bin on its PATH
    assert entry["TryExec"] == f"{app_dir}/workshop-app"
    assert (share / "metainfo" / f"{DESKTOP_ID}.metainfo.xml").exists()
    assert (share / "mime" / "packages" / f"{DESKTOP_ID}.xml").exists()
    for size in ICON_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png").exists()
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout

    subprocess.run(["sh", str(bundle / "install.sh"), "--uninstall"], env=environment, check=True, capture_output=True)
    assert not app_dir.exists()
    assert not launcher.exists() and not launcher.is_symlink()
    assert not installed.exists()
    assert not list((share / "icons").rglob(f"{DESKTOP_ID}.*"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the install script is for Linux")
def test_install_script_refuses_unknown_options(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path)
    result = subprocess.run(["sh", str(bundle / "install.sh"), "--everywhere"], capture_output=True, text=True)
    assert result.returncode == 2
    assert "unknown option" in result.stderr


def test_packaging_folder_is_not_a_python_package() -> None:
    """A packaging/__init__.py would shadow PyPI's ``packaging`` (pip, setuptools, PyInstaller import it)."""
    assert not (PACKAGING / "__init__.py").exists()


def test_licence_is_the_eupl() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "Appendix" in text and "Compatible Licences" in text


# --- the About dialog: licences and sources (fast) ---------------------------------------------------------


def test_listed_licences_agree_with_the_installed_packages() -> None:
    from importlib import metadata

    for component in COMPONENTS:
        if component.distribution is None:
            continue
        meta = metadata.metadata(component.distribution)
        declared = meta.get("License-Expression") or meta.get("License") or ""
        classifiers = " ".join(meta.get_all("Classifier") or [])
        family = component.licence.split("-")[0]
        assert component.licence in declared or family in declared or family in classifiers, (component, declared)


def test_the_bundle_carries_the_metadata_the_about_dialog_reads() -> None:
    tree = ast.parse((PACKAGING / "workshop-app.spec").read_text(encoding="utf-8"))
    [listed] = [
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "DISTRIBUTIONS" for t in node.targets)
    ]
    assert set(listed) == {c.distribution for c in COMPONENTS if c.distribution is not None}


def test_components_model_lists_software_and_fonts(qapp: object) -> None:
    model = ComponentsModel()
    rows = {model.index(row, ComponentsModel.NAME).data(): row for row in range(model.rowCount())}
    for name in (
        "Qt",
        "Qt for Python (PySide6)",
        "SQLAlchemy",
        "SQLModel",
        "ReportLab",
        "Alembic",
        "qasync",
        "platformdirs",
        "Babel",
        "Pydantic",
        "filelock",
    ):
        assert name in rows, name
    qt_row = rows["Qt for Python (PySide6)"]
    assert model.index(qt_row, ComponentsModel.LICENCE).data() == "LGPL-3.0-only"
    assert model.index(qt_row, ComponentsModel.VERSION).data()  # read from the package's metadata
    assert model.headerData(ComponentsModel.LICENCE, Qt.Orientation.Horizontal) == "Licence"
    fonts = font_families()
    assert [family.name for family in fonts] == ["Noto Sans"]
    assert fonts[0].licence == "OFL-1.1" and fonts[0].licence_file == "LICENSE-NotoSans.txt"
    noto = rows["Noto Sans"]
    assert "LICENSE-NotoSans.txt" in model.index(noto, ComponentsModel.NAME).data(Qt.ItemDataRole.ToolTipRole)


def test_sources_model_shows_the_manifest_sources(qapp: object) -> None:
    manifest = json.loads((ROOT / "resources" / "method" / "manifest.json").read_text(encoding="utf-8"))
    from workshop_app.catalogue.loader import default_catalogue

    model = SourcesModel(list(default_catalogue().sources), "fi")
    titles = [model.index(row, SourcesModel.TITLE).data() for row in range(model.rowCount())]
    assert titles == [source["title"] for source in manifest["sources"]]
    first = manifest["sources"][0]
    assert model.index(0, SourcesModel.TITLE).data(Qt.ItemDataRole.ToolTipRole) == first["description"]["fi"]
    undated = [row for row, source in enumerate(manifest["sources"]) if source["year"] == "n.d."]
    assert all(model.index(row, SourcesModel.YEAR).data() == "no date" for row in undated)


def test_about_dialog_opens_without_blocking_and_shows_the_licence(qtbot: QtBot) -> None:
    dialog = show_about(None)  # deletes itself when closed
    qtbot.waitExposed(dialog)
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    assert isinstance(dialog, AboutDialog)
    assert __version__ in dialog.version_label.text()
    assert dialog.licence_view.toPlainText().startswith((ROOT / "LICENSE").read_text(encoding="utf-8")[:60])
    assert "EUPL-1.2" in dialog.licence_note.text()
    assert dialog.tabs.count() == 4
    assert dialog.sources_view.model().rowCount() >= 5
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert closed == [0]


# --- the wheel (slow) -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built as ``pip wheel .`` would, from a copy of the tree with freshly compiled translations."""
    from tools.translations import build as build_translations

    source = tmp_path_factory.mktemp("source") / "workshop-app"
    shutil.copytree(ROOT, source, ignore=IGNORED_IN_COPY)
    for stale in (source / "resources" / "translations").glob("*.qm"):
        stale.unlink()
    build_translations(source / "resources" / "translations")  # .qm are build output: made before the wheel
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--quiet", "-w", str(out)],
        check=True,
        capture_output=True,
    )
    [built] = out.glob("*.whl")
    return built


@pytest.mark.slow
@pytest.mark.xdist_group("wheel")  # one worker builds the wheel for both
def test_wheel_has_code_resources_translations_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = sorted(
        str(path.relative_to(ROOT)).replace(os.sep, "/")
        for package in ("workshop_app", "ui")
        for path in (ROOT / package).rglob("*.py")
        if "__pycache__" not in path.parts
    )
    missing = [module for module in modules if module not in names]
    assert not missing, f"modules missing from the wheel (list their packages in pyproject.toml): {missing}"
    for file in (ROOT / "resources" / "method").glob("*.json"):
        assert f"workshop_app_resources/method/{file.name}" in names
    for language in ("fi", "nb"):
        assert f"workshop_app_resources/translations/workshop_app_{language}.qm" in names
        assert f"workshop_app_resources/translations/workshop_app_{language}.ts" in names
    for font in (ROOT / "resources" / "fonts").iterdir():
        assert f"workshop_app_resources/fonts/{font.name}" in names
    assert "workshop_app_resources/icons/workshop-app-256.png" in names
    assert "workshop_app_resources/styles/app.qss" in names
    assert "workshop_app/storage/migrations/script.py.mako" in names
    for revision in (ROOT / "workshop_app" / "storage" / "migrations" / "versions").glob("0*.py"):
        assert f"workshop_app/storage/migrations/versions/{revision.name}" in names
    assert any(name.endswith(".dist-info/entry_points.txt") for name in names)
    assert any(name.endswith("LICENSE") and ".dist-info/" in name for name in names)


@pytest.mark.slow
@pytest.mark.xdist_group("wheel")  # one worker builds the wheel for both
def test_installed_wheel_gives_a_working_command(wheel: Path, tmp_path: Path) -> None:
    """``pip install`` into a fresh environment: the ``workshop-app`` command opens the demo and renders it."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # The dependencies come from this environment (no download); the app itself only from the wheel.
    Path(purelib, "test-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
    )
    command = venv / ("Scripts/workshop-app.exe" if sys.platform == "win32" else "bin/workshop-app")
    home = tmp_path / "home"
    shot = tmp_path / "window.png"
    result = subprocess.run(
        [str(command), "--demo", "--screenshot", str(shot)],
        cwd=tmp_path,
        env=qt_env(home),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000
    where = subprocess.run(
        [str(python), "-c", "import ui.pages, workshop_app; print(workshop_app.__file__)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert str(venv) in where  # the installed copy ran, not the source tree


# --- the bundle (slow: `make test-packaging`, which CI runs after `make test`) ------------------------------


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [
            sys.executable,
            str(PACKAGING / "build.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
            "--no-archive",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    print(result.stdout.strip().splitlines()[-1])  # "bundle <path> <size>", for the record
    return out / "dist" / "workshop-app"


def executable(bundle: Path) -> Path:
    return bundle / ("workshop-app.exe" if sys.platform == "win32" else "workshop-app")


@pytest.mark.slow
@pytest.mark.packaging
def test_bundle_opens_the_demo_and_renders_it(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    shot = tmp_path / "out.png"
    result = subprocess.run(
        [str(executable(bundle)), "--demo", "--screenshot", str(shot)],
        cwd=tmp_path,
        env=qt_env(home),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 800
    # The demo was made from the bundled method and demo texts, through the bundled migrations, and is sound.
    [demo] = (home / "data").glob("demo-*.workshop")
    check = subprocess.run(
        [str(executable(bundle)), "check", str(demo)], env=qt_env(home), capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stdout + check.stderr
    info = subprocess.run(
        [str(executable(bundle)), "info", str(demo), "--json"],
        env=qt_env(home),
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(info.stdout)["counts"]["workshops"] > 0


@pytest.mark.slow
@pytest.mark.packaging
def test_bundle_speaks_finnish(bundle: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(executable(bundle)), "--help", "--lang", "fi"],
        env=qt_env(tmp_path),
        capture_output=True,
        text=True,
        check=True,
    )
    assert "esimerkkiohjelma" in result.stdout  # the compiled .qm is inside


@pytest.mark.slow
@pytest.mark.packaging
def test_bundle_holds_what_it_needs_and_nothing_from_unused_qt(bundle: Path) -> None:
    internal = bundle / "_internal"
    resources = internal / "resources"
    for name in ("phases.json", "manifest.json", "presets.json"):
        assert (resources / "method" / name).exists()
    assert sorted(p.name for p in (resources / "translations").iterdir()) == [
        "workshop_app_fi.qm",
        "workshop_app_nb.qm",
    ]
    assert (resources / "icons" / "workshop-app-256.png").exists()
    assert any((resources / "fonts").glob("*.ttf"))
    migrations = internal / "workshop_app" / "storage" / "migrations"
    assert (migrations / "script.py.mako").exists()
    assert len(list((migrations / "versions").glob("0*.py"))) >= 3
    assert (internal / "LICENSE").exists() and (bundle / "LICENSE").exists()
    qt_modules = {path.name.split(".")[0] for path in (internal / "PySide6").glob("Qt*.*") if path.suffix != ".pyi"}
    assert qt_modules <= {"QtCore", "QtGui", "QtWidgets", "QtNetwork"}, qt_modules
    assert "QtNetwork" in qt_modules  # the single-instance socket
    qt_translations = {path.name for path in (internal / "PySide6" / "Qt" / "translations").glob("*.qm")}
    assert "qtbase_fi.qm" in qt_translations
    assert all(name.rsplit("_", 1)[1] in {"fi.qm", "nn.qm", "nb.qm", "en.qm"} for name in qt_translations)
    dangling = [str(path) for path in bundle.rglob("*") if path.is_symlink() and not path.exists()]
    assert not dangling, dangling
    if sys.platform.startswith("linux"):
        assert (bundle / "install.sh").exists()
        assert (bundle / "share" / "applications" / f"{DESKTOP_ID}.desktop").exists()
