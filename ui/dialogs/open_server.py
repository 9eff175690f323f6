"""File > Open From Server…: the address of a programme on the region's PostgreSQL server, tested and opened.

The facilitator types the parts IT gave them (server, port, database, user, password, TLS) or pastes the
``postgresql://`` address; the two are one thing (:class:`ServerAddress`). Testing and opening run on a
worker thread, so a server that does not answer never freezes the window; every refusal (server down, wrong
password, a database of another app, a newer schema) is said in the dialog, which stays open to be corrected,
and nothing is changed. The password is never written to the settings: it is kept in the desktop's keyring
only if the facilitator asks and a keyring is there.
"""

import getpass
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.workshop.inline_error import InlineError
from workshop_app.errors import FileOpenError, WorkshopError
from workshop_app.storage.passwords import forget_password, keyring_available, save_password, saved_password
from workshop_app.storage.urls import DEFAULT_PORT, TLS_MODES, ServerAddress, without_password

if TYPE_CHECKING:
    from workshop_app.storage.store import ProgrammeStore

Opener = Callable[[str], "ProgrammeStore"]
"""Opens (and migrates, and reads) the programme at a URL; runs on the worker thread (``ui.launch.open_store``)."""


def _default_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container): libpq would not know one either
        return ""


POLL_MS = 30
"""How often the dialog looks for the worker's answer: quick to the eye, nothing to the processor."""


_closing = threading.Lock()


def _close_quietly(answer: "Future[object]") -> None:
    """A programme opened for a dialog that has gone is closed again, once, by whichever thread sees it first
    (a test's answer has nothing to close)."""
    with _closing:
        if not answer.done() or getattr(answer, "closed", False):
            return
        answer.closed = True  # type: ignore[attr-defined]
    if answer.exception() is None:
        result = answer.result()
        close = getattr(result, "close", None)
        if callable(close):
            close()


class OpenServerDialog(QDialog):
    """Asks for a server programme's address and opens it. After ``accepted``, :attr:`store` is the open
    programme and :attr:`location` its address without the password (for the recent list)."""

    def __init__(
        self,
        opener: Opener,
        parent: QWidget | None = None,
        *,
        location: str | None = None,
        message: str | None = None,
    ) -> None:
        """``location`` fills the fields (a recent entry); ``message`` says why it is asked again (the server
        did not take the password)."""
        super().__init__(parent)
        self.setObjectName("OpenServerDialog")
        self.setModal(True)
        self._opener = opener
        self.store: ProgrammeStore | None = None
        self.location = ""
        self._job: str | None = None
        self._syncing = False
        self._keyring = keyring_available()
        self._handoff: dict[str, Future[object] | None] = {"answer": None}
        """The answer under way; a plain dict, so the worker thread never touches the dialog itself."""
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._look_at_answer)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.address = QLineEdit(self)
        self.address.setObjectName("serverAddress")
        self.address.setClearButtonEnabled(True)
        self.host = QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(self)
        self.user = QLineEdit(self)
        self.user.setText(_default_user())
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_hint = QLabel(self)
        self.password_hint.setWordWrap(True)
        self.password_hint.setObjectName("hint")
        self.remember = QCheckBox(self)
        self.remember.setVisible(self._keyring)  # offered only where a keyring would keep it
        self.tls = QComboBox(self)
        for mode in TLS_MODES:
            self.tls.addItem("", mode)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setObjectName("serverTestResult")
        self.result_label.hide()
        self.error = InlineError(self)

        self.buttons = QDialogButtonBox(self)
        self.test_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.open_button.setDefault(True)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.test_button.clicked.connect(self.test_connection)
        self.open_button.clicked.connect(self.open_programme)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        # The password's hint and the keyring option sit under the field, in its row: a hidden option then
        # takes no room, and the hint wraps to the field's width.
        password_box = QWidget(self)
        password_column = QVBoxLayout(password_box)
        password_column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.password, self.password_hint, self.remember):
            password_column.addWidget(widget)
        for key, buddy, field in (
            ("address", self.address, self.address),
            ("host", self.host, self.host),
            ("port", self.port, self.port),
            ("database", self.database, self.database),
            ("user", self.user, self.user),
            ("password", self.password, password_box),
        ):
            label = QLabel(self)
            label.setBuddy(buddy)
            self.labels[key] = label
            self.form.addRow(label, field)
        tls_label = QLabel(self)
        tls_label.setBuddy(self.tls)
        self.labels["tls"] = tls_label
        self.form.addRow(tls_label, self.tls)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.address.textEdited.connect(self._address_edited)
        self.address.editingFinished.connect(self._address_finished)
        for line in (self.host, self.database, self.user):
            line.textEdited.connect(self._fields_edited)
        self.port.valueChanged.connect(self._fields_edited)
        self.tls.currentIndexChanged.connect(self._fields_edited)
        self.retranslate()
        if location:
            self.fill(location)
        self._fields_edited()
        if message:
            self.error.show_message(message)
            self.password.setFocus()
        self.setMinimumWidth(640)

    # --- the address -------------------------------------------------------------------------------------

    def fill(self, location: str) -> None:
        """Show the parts of ``location``; a password in it goes to the password field, never stays shown."""
        try:
            address, password = ServerAddress.parse(location)
        except ValueError:
            return
        self._show_address(address)
        self._show_url(address.url())
        if password is not None:
            self.password.setText(password)
        elif self._keyring and saved_password(address.url()):
            self.remember.setChecked(True)  # a kept password: it is used when the field is left empty

    def address_of_fields(self) -> ServerAddress:
        """The address the fields describe (the URL's further parameters kept)."""
        try:
            other = ServerAddress.parse(self.address.text())[0].other
        except ValueError:
            other = ()
        return ServerAddress(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            str(self.tls.currentData()),
            other,
        )

    def _show_address(self, address: ServerAddress) -> None:
        self._syncing = True
        try:
            self.host.setText(address.host)
            self.port.setValue(address.port)
            self.database.setText(address.database)
            self.user.setText(address.user)
            self.tls.setCurrentIndex(max(0, self.tls.findData(address.tls)))
        finally:
            self._syncing = False

    def _address_edited(self, text: str) -> None:
        """A pasted or typed URL fills the fields as it is typed."""
        self._clear_result()
        if not text.strip():
            return
        try:
            address, password = ServerAddress.parse(text)
        except ValueError:
            return  # said when the field is left, not at every key
        self._show_address(address)
        if password is not None:
            self.password.setText(password)

    def _address_finished(self) -> None:
        """Leaving the address field: a password in it moves to the password field (so it is not on screen),
        and an address that is not a server URL is said."""
        text = self.address.text().strip()
        if not text:
            return
        try:
            ServerAddress.parse(text)
        except ValueError:
            self.error.show_message(
                self.tr("This is not a server address. It starts with postgresql:// (for example {example}).").format(
                    example="postgresql://anna@db.example.org/programme"
                )
            )
            return
        self._show_url(without_password(text))

    def _show_url(self, url: str) -> None:
        """The URL in its field, its start in view (the scheme and user say most)."""
        self.address.setText(url)
        self.address.setCursorPosition(0)

    def _fields_edited(self, *_args: object) -> None:
        if self._syncing:
            return
        self._clear_result()
        self._show_url(self.address_of_fields().url())

    def _clear_result(self) -> None:
        self.result_label.hide()
        self.error.clear()

    def _connect_url(self) -> str | None:
        """The URL to connect with (the password in it, if one is typed or kept), or None after saying what is
        missing."""
        address = self.address_of_fields()
        if not address.database:
            self.error.show_message(self.tr("Give the name of the programme's database."))
            self.database.setFocus()
            return None
        password = self.password.text()
        if not password and self._keyring and self.remember.isChecked():
            password = saved_password(address.url()) or ""
        return address.url(password or None)

    # --- test and open -----------------------------------------------------------------------------------

    def test_connection(self) -> None:
        """Reach the server and look at the database, changing nothing; say what was found."""
        url = self._connect_url()
        if url is None:
            return
        from workshop_app.storage.locations import probe_server

        self._start("test", self.tr("Testing the connection…"), lambda: probe_server(url))

    def open_programme(self) -> None:
        url = self._connect_url()
        if url is None:
            return
        self._start("open", self.tr("Opening the programme…"), lambda: self._opener(url))

    def _start(self, job: str, busy: str, work: Callable[[], object]) -> None:
        if self._job is not None:
            return
        self._job = job
        self._clear_result()
        self.result_label.setText(busy)
        self.result_label.show()
        self._set_busy(True)

        # The worker hands its answer over in a Future that a timer of this dialog looks at on the GUI thread:
        # no Qt object is touched from the worker, so a dialog closed (and deleted) meanwhile cannot be
        # reached from another thread; what was opened for it is then closed by the worker itself.
        answer: Future[object] = Future()
        handoff = self._handoff
        handoff["answer"] = answer

        def run() -> None:
            try:
                answer.set_result(work())
            except WorkshopError as error:
                answer.set_result(error)
            except BaseException as error:
                answer.set_exception(error)
            if handoff["answer"] is not answer:  # closed meanwhile: let go of what was opened
                _close_quietly(answer)

        threading.Thread(target=run, name=f"workshop-server-{job}", daemon=True).start()
        self._poll.start()

    def _look_at_answer(self) -> None:
        answer = self._handoff["answer"]
        if answer is None or not answer.done():
            return
        self._poll.stop()
        self._handoff["answer"] = None
        job = self._job
        if job is None:  # closed meanwhile
            _close_quietly(answer)
            return
        error = answer.exception()
        if error is not None:  # not a refusal but a fault: the dialog is usable again, and the fault reported
            self._job = None
            self._set_busy(False)
            self.result_label.hide()
            raise error
        self._on_finished(job, answer.result())

    def _set_busy(self, busy: bool) -> None:
        widgets: tuple[QWidget, ...] = (self.test_button, self.open_button, self.address, self.host, self.port)
        for widget in (*widgets, self.database, self.user, self.password, self.remember, self.tls):
            widget.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _on_finished(self, job: str, result: Any) -> None:
        self._job = None
        self._set_busy(False)
        self.result_label.hide()
        if isinstance(result, WorkshopError):
            self.error.show_message(str(result))
            if isinstance(result, FileOpenError) and result.kind == "credentials":
                self.password.setFocus()
            return
        if job == "test":
            self.result_label.setText(self._found(result))
            self.result_label.show()
            return
        self.store = result
        self.location = self.address_of_fields().url()
        self._keep_password()
        self.accept()

    def _found(self, probe: Any) -> str:
        """What the test found, as one sentence."""
        if probe.needs_update:
            return self.tr(
                "Connected. The database holds the programme “{name}”, made by an older Workshop App; it is "
                "updated when you open it."
            ).format(name=probe.name)
        if probe.writable:
            return self.tr("Connected. The database holds the programme “{name}”, which you may change.").format(
                name=probe.name
            )
        return self.tr(
            "Connected. The database holds the programme “{name}”; your user may only read it, so it opens read-only."
        ).format(name=probe.name)

    def _keep_password(self) -> None:
        """After a successful open: keep the typed password in the keyring if asked, forget it if unticked."""
        if not self._keyring:
            return
        if self.remember.isChecked():
            if self.password.text():
                save_password(self.location, self.password.text())
        else:
            forget_password(self.location)

    def reject(self) -> None:
        self._let_go()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._let_go()
        super().closeEvent(event)

    def _let_go(self) -> None:
        """A result still on its way is closed when it arrives (by the worker); one already here, now."""
        self._job = None
        self._poll.stop()
        answer, self._handoff["answer"] = self._handoff["answer"], None
        if answer is not None and answer.done():
            _close_quietly(answer)

    # --- texts -------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open From Server"))
        self.intro.setText(
            self.tr(
                "Open a programme kept on the region's PostgreSQL server, where several facilitators can work "
                "on it at once. Type the details the region's IT gave you, or paste the address they sent."
            )
        )
        texts = {
            "address": self.tr("&Address:"),
            "host": self.tr("&Server:"),
            "port": self.tr("P&ort:"),
            "database": self.tr("&Database:"),
            "user": self.tr("&User:"),
            "password": self.tr("Pass&word:"),
            "tls": self.tr("&Encryption (TLS):"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.address.setPlaceholderText("postgresql://anna@db.example.org/programme")
        self.host.setPlaceholderText(self.tr("db.example.org (empty: this computer)"))
        self.password_hint.setText(
            self.tr(
                "Leave it empty if your password file (.pgpass), a service file or PGPASSWORD has it. The "
                "password is never saved in Workshop App's settings."
            )
        )
        self.remember.setText(self.tr("Remember the password in the system &keyring"))
        tls_names = {
            "prefer": self.tr("Encrypted if the server offers it"),
            "require": self.tr("Always encrypted"),
            "verify-ca": self.tr("Always encrypted, certificate checked"),
            "verify-full": self.tr("Always encrypted, certificate and server name checked"),
            "disable": self.tr("Not encrypted"),
        }
        for index in range(self.tls.count()):
            self.tls.setItemText(index, tls_names[str(self.tls.itemData(index))])
        self.test_button.setText(self.tr("&Test"))
        self.test_button.setToolTip(self.tr("Reach the server and look at the database without changing anything"))
        self.open_button.setText(self.tr("&Open"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
