"""The app's identity (icon, desktop id) and the About dialog: version, licence, what it is built from, sources.

The EUPL asks that the licence travels with every copy, and the libraries' licences (Qt's LGPL above all) ask
that users are told what is inside; the method's sources are credited because its texts were written from them.
Everything here works offline: the licence text is read from the LICENSE file shipped beside the app.
"""

import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    qVersion,
)
from PySide6.QtGui import QFontDatabase, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.app_identity import icon_dir
from workshop_app import APP_NAME, __version__
from workshop_app.catalogue.models import Source
from workshop_app.paths import backup_dir, data_dir, log_dir, resources_dir

LICENCE = "EUPL-1.2"
LICENCE_URL = "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12"

Index = QModelIndex | QPersistentModelIndex


def licence_text() -> str | None:
    """The EUPL text shipped with this copy: beside the resources (source tree, bundle) or in the wheel's
    metadata (an installed package); None if it cannot be found."""
    for candidate in (resources_dir().parent / "LICENSE", resources_dir() / "LICENSE"):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    try:
        distribution = metadata.distribution("workshop-app")
    except metadata.PackageNotFoundError:
        return None
    for file in distribution.files or []:
        if file.name == "LICENSE":
            return file.read_text(encoding="utf-8")
    return None


@dataclass(frozen=True)
class Component:
    """A piece of third-party software that ships inside the app."""

    name: str
    distribution: str | None  # the Python package to read the version from; None for Python and Qt
    licence: str  # SPDX identifier


COMPONENTS: tuple[Component, ...] = (
    Component("Python", None, "PSF-2.0"),
    Component("Qt", None, "LGPL-3.0-only"),
    Component("Qt for Python (PySide6)", "PySide6-Essentials", "LGPL-3.0-only"),
    Component("Shiboken", "shiboken6", "LGPL-3.0-only"),
    Component("SQLAlchemy", "SQLAlchemy", "MIT"),
    Component("SQLModel", "sqlmodel", "MIT"),
    Component("Pydantic", "pydantic", "MIT"),
    Component("pydantic-core", "pydantic_core", "MIT"),
    Component("annotated-types", "annotated-types", "MIT"),
    Component("typing-inspection", "typing-inspection", "MIT"),
    Component("typing_extensions", "typing_extensions", "PSF-2.0"),
    Component("Alembic", "alembic", "MIT"),
    Component("Mako", "Mako", "MIT"),
    Component("MarkupSafe", "MarkupSafe", "BSD-3-Clause"),
    Component("ReportLab", "reportlab", "BSD-3-Clause"),
    Component("Pillow", "pillow", "MIT-CMU"),
    Component("charset-normalizer", "charset-normalizer", "MIT"),
    Component("qasync", "qasync", "BSD-2-Clause"),
    Component("platformdirs", "platformdirs", "MIT"),
    Component("Babel", "babel", "BSD-3-Clause"),
    Component("filelock", "filelock", "MIT"),  # Unlicense up to 3.x, MIT since 4.0
    Component("keyring", "keyring", "MIT"),  # a server password in the desktop's keyring
    Component("SecretStorage", "SecretStorage", "BSD-3-Clause"),  # keyring's backend on Linux desktops
    Component("Jeepney", "jeepney", "MIT"),
    Component("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause"),
)


def component_version(component: Component) -> str:
    if component.name == "Python":
        return platform.python_version()
    if component.distribution is None:
        return qVersion()
    try:
        return metadata.version(component.distribution)
    except metadata.PackageNotFoundError:
        return ""


@dataclass(frozen=True)
class FontFamily:
    """A font family shipped in resources/fonts, with the licence file that came with it."""

    name: str
    licence: str
    licence_file: str | None


def font_families(folder: Path | None = None) -> list[FontFamily]:
    """Fonts in ``folder`` (default resources/fonts), one entry per family (``NotoSans-Bold.ttf`` -> Noto Sans)."""
    folder = folder or resources_dir() / "fonts"
    if not folder.is_dir():
        return []
    stems = sorted({file.stem.split("-")[0] for file in folder.iterdir() if file.suffix.lower() in {".ttf", ".otf"}})
    families = []
    for stem in stems:
        licence_file = next((f for f in sorted(folder.glob(f"LICENSE-{stem}*")) if f.is_file()), None)
        text = licence_file.read_text(encoding="utf-8", errors="replace") if licence_file else ""
        licence = "OFL-1.1" if "SIL Open Font License" in text and "1.1" in text else ""
        name = "".join(f" {char}" if char.isupper() and index else char for index, char in enumerate(stem))
        families.append(FontFamily(name, licence, licence_file.name if licence_file else None))
    return families


class ComponentsModel(QAbstractTableModel):
    """Third-party software and fonts in the app, with version and licence; read-only."""

    NAME, VERSION, LICENCE = range(3)

    def __init__(self, parent: QObject | None = None, *, fonts: list[FontFamily] | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, str]] = [
            (component.name, component_version(component), component.licence, "") for component in COMPONENTS
        ]
        for family in font_families() if fonts is None else fonts:
            self._rows.append((family.name, "", family.licence, family.licence_file or ""))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name, version, licence, licence_file = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (name, version, licence)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and licence_file:
            return QCoreApplication.translate("About", "Font; its licence is in {file}").format(file=licence_file)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("About", "Component"),
            QCoreApplication.translate("About", "Version"),
            QCoreApplication.translate("About", "Licence"),
        )[section]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 2))


class SourcesModel(QAbstractTableModel):
    """The sources the method texts were written from (manifest.json "sources"); read-only."""

    TITLE, PUBLISHER, YEAR = range(3)

    def __init__(self, sources: list[Source], language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sources = list(sources)
        self.language = language

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._sources)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        source = self._sources[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.TITLE:
                return source.title
            if index.column() == self.PUBLISHER:
                return source.publisher
            return source.year if source.year != "n.d." else QCoreApplication.translate("About", "no date")
        if role == Qt.ItemDataRole.ToolTipRole:
            return source.description.get(self.language)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("About", "Title"),
            QCoreApplication.translate("About", "Publisher"),
            QCoreApplication.translate("About", "Year"),
        )[section]

    def set_language(self, language: str) -> None:
        self.language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self._sources:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._sources) - 1, 2))


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setWordWrap(True)
    return label


def _table(model: QAbstractTableModel, parent: QWidget, stretch: int) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.setTabKeyNavigation(False)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column in range(model.columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    return view


class AboutDialog(QDialog):
    """Version, licence, third-party software with their licences, and the method's sources, in tabs."""

    def __init__(
        self, parent: QWidget | None = None, *, sources: list[Source] | None = None, language: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        if sources is None:
            from workshop_app.catalogue.loader import default_catalogue

            sources = list(default_catalogue().sources)
        if language is None:
            from ui import settings

            language = settings.interface_language()
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)

        # About
        about = QWidget(self.tabs)
        logo = QLabel(about)
        logo.setPixmap(QPixmap(str(icon_dir() / "workshop-app-128.png")))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.name_label = QLabel(APP_NAME, about)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.name_label.setFont(font)
        self.version_label = _selectable(QLabel(about))
        self.version_label.setObjectName("version")
        self.summary = _selectable(QLabel(about))
        self.licence_note = _selectable(QLabel(about))
        self.licence_note.setOpenExternalLinks(True)
        self.licence_note.setTextInteractionFlags(
            self.licence_note.textInteractionFlags() | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.folders_title = QLabel(about)
        folders_font = self.folders_title.font()
        folders_font.setBold(True)
        self.folders_title.setFont(folders_font)
        self.folders = QFormLayout()
        self.folders.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.folders.setHorizontalSpacing(16)
        self.folders.setVerticalSpacing(6)
        self.folder_labels: list[tuple[QLabel, QLabel]] = []
        for path in (data_dir(), backup_dir(), log_dir()):
            caption = QLabel(about)
            value = _selectable(QLabel(str(path), about))
            caption.setBuddy(value)
            value.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.folders.addRow(caption, value)
            self.folder_labels.append((caption, value))
        text = QVBoxLayout()
        text.setSpacing(8)
        text.addWidget(self.name_label)
        text.addWidget(self.version_label)
        text.addSpacing(6)
        text.addWidget(self.summary)
        text.addWidget(self.licence_note)
        text.addSpacing(10)
        text.addWidget(self.folders_title)
        text.addLayout(self.folders)
        text.addStretch(1)
        about_layout = QHBoxLayout(about)
        about_layout.setContentsMargins(20, 20, 20, 12)
        about_layout.setSpacing(24)
        about_layout.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        about_layout.addLayout(text, 1)

        # Licence
        licence = QWidget(self.tabs)
        self.licence_intro = _selectable(QLabel(licence))
        self.licence_intro.setOpenExternalLinks(True)
        self.licence_view = QPlainTextEdit(licence)
        self.licence_view.setObjectName("licenceText")
        self.licence_view.setReadOnly(True)
        self.licence_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._licence_text = licence_text()
        self.licence_view.setPlainText(self._licence_text or "")
        self.licence_view.setVisible(self._licence_text is not None)
        licence_layout = QVBoxLayout(licence)
        licence_layout.setContentsMargins(16, 16, 16, 12)
        licence_layout.setSpacing(10)
        licence_layout.addWidget(self.licence_intro)
        licence_layout.addWidget(self.licence_view, 1)

        # Third-party software
        components = QWidget(self.tabs)
        self.components_intro = _selectable(QLabel(components))
        self.components_model = ComponentsModel(self)
        self.components_view = _table(self.components_model, components, ComponentsModel.NAME)
        self.components_view.setObjectName("components")
        components_layout = QVBoxLayout(components)
        components_layout.setContentsMargins(16, 16, 16, 12)
        components_layout.setSpacing(10)
        components_layout.addWidget(self.components_intro)
        components_layout.addWidget(self.components_view, 1)

        # Method sources
        method = QWidget(self.tabs)
        self.sources_intro = _selectable(QLabel(method))
        self.sources_model = SourcesModel(sources, language, self)
        self.sources_view = _table(self.sources_model, method, SourcesModel.TITLE)
        self.sources_view.setObjectName("sources")
        self.sources_view.setWordWrap(True)
        self.sources_view.horizontalHeader().setSectionResizeMode(
            SourcesModel.PUBLISHER, QHeaderView.ResizeMode.Interactive
        )
        self.sources_view.setColumnWidth(SourcesModel.PUBLISHER, 260)
        self.sources_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        method_layout = QVBoxLayout(method)
        method_layout.setContentsMargins(16, 16, 16, 12)
        method_layout.setSpacing(10)
        method_layout.addWidget(self.sources_intro)
        method_layout.addWidget(self.sources_view, 1)

        self.tabs.addTab(about, "")
        self.tabs.addTab(licence, "")
        self.tabs.addTab(components, "")
        self.tabs.addTab(method, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 600)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.tabs.setTabText(0, self.tr("&About"))
        self.tabs.setTabText(1, self.tr("&Licence"))
        self.tabs.setTabText(2, self.tr("&Third-Party Software"))
        self.tabs.setTabText(3, self.tr("&Method Sources"))
        self.version_label.setText(self.tr("Version {version}").format(version=__version__))
        self.summary.setText(
            self.tr(
                "Guides facilitators of regional and neighbourhood development through a five-phase participatory "
                "method, and keeps what each workshop produces in one file per programme, on this computer only."
            )
        )
        self.licence_note.setText(
            self.tr(
                'Free software under the <a href="{url}">European Union Public Licence 1.2</a> ({spdx}). '
                "You may use, copy, share and change it under its terms."
            ).format(url=LICENCE_URL, spdx=LICENCE)
        )
        self.folders_title.setText(self.tr("Where the app keeps its files"))
        for (caption, _value), text in zip(
            self.folder_labels,
            (self.tr("&Demo and app data:"), self.tr("&Backups:"), self.tr("Lo&g files:")),
            strict=True,
        ):
            caption.setText(text)
        for (_caption, value), name in zip(
            self.folder_labels,
            (self.tr("Data folder"), self.tr("Backup folder"), self.tr("Log folder")),
            strict=True,
        ):
            value.setAccessibleName(name)
        if self._licence_text is not None:
            self.licence_intro.setText(
                self.tr("{app} is licensed under the European Union Public Licence, version 1.2:").format(app=APP_NAME)
            )
        else:
            self.licence_intro.setText(
                self.tr(
                    "{app} is licensed under the European Union Public Licence, version 1.2. The licence file is "
                    'missing from this copy; the text is at <a href="{url}">{url}</a>.'
                ).format(app=APP_NAME, url=LICENCE_URL)
            )
        self.licence_view.setAccessibleName(self.tr("Licence text"))
        self.components_intro.setText(
            self.tr(
                "{app} is built with the following free software and fonts. Qt and Qt for Python are used under the "
                "GNU Lesser General Public License v3; you may replace them with your own build."
            ).format(app=APP_NAME)
        )
        self.components_view.setAccessibleName(self.tr("Third-party software and their licences"))
        self.sources_intro.setText(
            self.tr(
                "The method's texts were written from these sources. Point at a source to read what was taken from it."
            )
        )
        self.sources_view.setAccessibleName(self.tr("Sources of the method"))
        self.components_model.retranslate()
        self.sources_model.set_language(self.sources_model.language)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def show_about(parent: QWidget | None = None, *, sources: list[Source] | None = None) -> AboutDialog:
    """Open the About dialog without a nested event loop (``open()``, not ``exec()``); it deletes itself."""
    dialog = AboutDialog(parent, sources=sources)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
