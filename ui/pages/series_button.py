"""The phase page's "Lay out this series" button: the phase's activities, or VALUMA's sequence, become planned
workshops with their agendas and boards in one undo step (see ``workshop_app.operations.templates``)."""

from functools import partial

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from ui.commands import OperationCommand
from ui.workspace import Workspace
from workshop_app.catalogue import default_catalogue
from workshop_app.catalogue.models import Catalogue
from workshop_app.operations.templates import LayOutSeries, plan_series

VALUMA_SERIES = "valuma_series"
STATUS_MESSAGE_MS = 8000


class SeriesButton(QPushButton):
    """A button whose menu offers this phase's template and VALUMA's series."""

    announced = Signal(str, int)  # a status-bar message and how long to show it

    def __init__(self, workspace: Workspace, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.number = number
        self.setObjectName("laySeriesButton")
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self.phase_action = self.menu_.addAction("")
        self.phase_action.triggered.connect(partial(self._chosen, f"phase{number}_series"))
        self.valuma_action = self.menu_.addAction("")
        self.valuma_action.triggered.connect(partial(self._chosen, VALUMA_SERIES))
        self.retranslate()

    def method(self) -> Catalogue:
        """The programme's catalogue, or today's for a programme made before the templates existed."""
        return self.workspace.catalogue if self.workspace.catalogue.tools is not None else default_catalogue()

    def retranslate(self) -> None:
        self.setText(self.tr("Lay out this series…"))
        self.setAccessibleName(self.tr("Lay out a series of planned workshops"))
        self.setToolTip(
            self.tr("Planned workshops with agendas (and boards) from the method; one undo removes them all.")
        )
        tools = self.method().tools
        language = self.workspace.language
        for action, key in ((self.phase_action, f"phase{self.number}_series"), (self.valuma_action, VALUMA_SERIES)):
            template = tools.template(key) if tools is not None else None
            action.setVisible(template is not None)
            if template is not None:
                action.setText(template.title.get(language).replace("&", "&&"))
                action.setToolTip(template.description.get(language))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _chosen(self, key: str, _checked: bool = False) -> None:
        self.lay_out(key)

    def lay_out(self, key: str) -> bool:
        """Make the template's workshops as one undo step; False if the template is unknown or refused."""
        catalogue = self.method()
        try:
            planned = plan_series(catalogue, key, self.workspace.language)
        except KeyError:
            return False
        template = catalogue.tools.template(key) if catalogue.tools is not None else None
        title = template.title.get(self.workspace.language) if template is not None else key
        command = OperationCommand(
            self.workspace, self.tr("Lay out “{series}”").format(series=title), LayOutSeries(planned)
        )
        if not self.workspace.apply(command):
            return False
        self.announced.emit(
            self.tr("%n planned workshop(s) laid out; they are on the Workshops page.", "", len(planned)),
            STATUS_MESSAGE_MS,
        )
        return True
