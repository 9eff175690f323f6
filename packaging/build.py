"""Builds the installable desktop bundle: dist/workshop-app/ and an archive of it to hand to a facilitator.

    .venv/bin/python packaging/build.py [--dist DIR] [--work DIR] [--no-archive] [--clean]

Steps: install the pinned PyInstaller (packaging/requirements.txt) into this Python if it is missing, compile
the translations (.qm), run packaging/workshop-app.spec, add the Linux desktop integration (menu entry,
AppStream metainfo, icons, .workshop file type, install.sh) to the bundle, pack it as
workshop-app-VERSION-SYSTEM-MACHINE.tar.gz (.zip on Windows), and print the sizes.

It is run as a script, not ``python -m packaging.build``: this folder must not become a Python package named
``packaging``, which would shadow the PyPI ``packaging`` library that pip, setuptools and PyInstaller import.
"""

import argparse
import importlib.util
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "workshop-app.spec"
NAME = "workshop-app"
DESKTOP_ID = "io.github.workshop_app.WorkshopApp"
LINUX = HERE / "linux"


def version() -> str:
    text = (ROOT / "workshop_app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    if found is None:
        raise SystemExit("no __version__ in workshop_app/__init__.py")
    return found.group(1)


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        print("Installing PyInstaller (packaging/requirements.txt)", flush=True)
        command = [sys.executable, "-m", "pip", "install", "--quiet", "-r", str(HERE / "requirements.txt")]
        subprocess.run(command, check=True)


def build_translations() -> None:
    subprocess.run([sys.executable, "-m", "tools.translations", "build"], cwd=ROOT, check=True)


def run_pyinstaller(dist: Path, work: Path, *, clean: bool) -> Path:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
    ]
    if clean:
        command.append("--clean")
    subprocess.run([*command, str(SPEC)], cwd=ROOT, check=True)
    return dist / NAME


def add_linux_integration(bundle: Path) -> None:
    """share/ in the freedesktop layout and install.sh, so the unpacked bundle installs itself."""
    share = bundle / "share"
    if share.exists():
        shutil.rmtree(share)
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy2(LINUX / f"{DESKTOP_ID}.desktop", share / "applications")
    shutil.copy2(LINUX / f"{DESKTOP_ID}.metainfo.xml", share / "metainfo")
    shutil.copy2(LINUX / f"{DESKTOP_ID}.xml", share / "mime" / "packages")
    shutil.copytree(LINUX / "icons", share / "icons")
    shutil.copy2(LINUX / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)
    shutil.copy2(ROOT / "LICENSE", bundle / "LICENSE")


def archive(bundle: Path) -> Path:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    base = bundle.parent / f"{NAME}-{version()}-{system}-{platform.machine().lower()}"
    kind = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(base), kind, root_dir=bundle.parent, base_dir=bundle.name))


def folder_size(folder: Path) -> int:
    return sum(file.stat().st_size for file in folder.rglob("*") if file.is_file() and not file.is_symlink())


def mib(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    parser.add_argument("--no-archive", action="store_true", help="leave out the .tar.gz/.zip")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = parser.parse_args(argv)
    ensure_pyinstaller()
    build_translations()
    bundle = run_pyinstaller(args.dist.resolve(), args.work.resolve(), clean=args.clean)
    if sys.platform.startswith("linux"):
        add_linux_integration(bundle)
    print(f"bundle  {bundle}  {mib(folder_size(bundle))}")
    if not args.no_archive:
        packed = archive(bundle)
        print(f"archive {packed}  {mib(packed.stat().st_size)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
