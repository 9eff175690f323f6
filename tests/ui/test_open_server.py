"""Opening a programme on the PostgreSQL server from the window: the start screen's Open From Server…, the
dialog's Test and Open on the throwaway cluster, the recent list keeping the address without its password
(the password then from the keyring, PGPASSWORD, or asked again), every refusal said in the dialog with
nothing changed, and the keyring offered only where there is one."""

import asyncio
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot

from tests.keyrings import MemoryKeyring, memory_keyring_fixture, no_keyring_fixture  # noqa: F401  (fixtures)
from tests.pg import Cluster, database_copy, new_database, postgres_cluster  # noqa: F401  (the pg_cluster fixture)
from tests.templates import demo_file
from ui import settings
from ui.dialogs.open_server import OpenServerDialog
from ui.launch import AppController, make_application, open_store
from ui.main_window import MainWindow
from ui.start_screen import StartScreen
from workshop_app.storage.transfer import transfer_programme

pytestmark = pytest.mark.xdist_group("postgresql")
PASSWORD = "s3cret pw@x"


def _database(url: str) -> str:
    return url.split("@/")[1].split("?")[0]


@pytest.fixture
def programme(pg_cluster: Cluster, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """(database, role): the demo programme in a database of its own, and a role that may change it, whose
    password is PASSWORD (the cluster asks every role but its superuser for one)."""
    # A copy of the database the demo was transferred into once in this process (a transfer takes a second).
    url = database_copy(pg_cluster, "demo", lambda url: transfer_programme(demo_file(tmp_path, tmp_path_factory), url))
    database, role = _database(url), f"facilitator_{uuid.uuid4().hex[:8]}"
    pg_cluster.sql(f"CREATE ROLE {role} LOGIN PASSWORD '{PASSWORD}'")
    pg_cluster.sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}", database)
    return database, role


@pytest.fixture
def controller(qapp: object, qtbot: QtBot) -> Iterator[AppController]:
    made = AppController(make_application())
    yield made
    for window in list(made.windows):  # closed and deleted: a window left behind would hear later tests' events
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _start_window(controller: AppController, qtbot: QtBot) -> tuple[MainWindow, StartScreen]:
    window = controller.show_start()
    qtbot.addWidget(window)
    start = window.centralWidget()
    assert isinstance(start, StartScreen)
    return window, start


def _dialog_from_start(controller: AppController, start: StartScreen, qtbot: QtBot) -> OpenServerDialog:
    qtbot.mouseClick(start.server_button, Qt.MouseButton.LeftButton)
    dialog = controller.server_dialog
    assert isinstance(dialog, OpenServerDialog) and dialog.isVisible()
    return dialog


def _fill(dialog: OpenServerDialog, cluster: Cluster, database: str, user: str, password: str) -> None:
    dialog.host.setText(str(cluster.socket_dir))
    dialog.database.setText(database)
    dialog.user.setText(user)
    dialog._fields_edited()  # as typing does (textEdited is not emitted by setText)
    dialog.password.setText(password)


def _opened(controller: AppController) -> list[MainWindow]:
    return [w for w in controller.windows if w.workspace is not None]


def test_open_from_the_start_screen_tests_opens_and_remembers_without_the_password(
    controller: AppController, programme: tuple[str, str], pg_cluster: Cluster, no_keyring: None, qtbot: QtBot
) -> None:
    database, role = programme
    window, start = _start_window(controller, qtbot)
    dialog = _dialog_from_start(controller, start, qtbot)
    assert not dialog.remember.isVisibleTo(dialog)  # no keyring here: the option is not offered
    _fill(dialog, pg_cluster, database, role, PASSWORD)
    assert PASSWORD not in dialog.address.text() and database in dialog.address.text()

    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Connected" in dialog.result_label.text(), timeout=15_000)
    assert "which you may change" in dialog.result_label.text()
    assert dialog.isVisible() and not _opened(controller)  # a test opens nothing

    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_opened(controller)) == 1, timeout=15_000)
    opened = _opened(controller)[0]
    assert opened.workspace is not None and not opened.workspace.store.read_only
    title = opened.windowTitle()
    assert database in title and role in title and PASSWORD not in title and "s3cret" not in title
    assert "s3cret" not in opened.statusBar().currentMessage()
    assert window not in controller.windows or not window.isVisible()  # the start screen gave way

    remembered = settings.RECENT_FILES.get()
    assert remembered and database in remembered[0] and all("s3cret" not in entry for entry in remembered)
    assert settings.recent_programmes()[0] == remembered[0]
    opened.close()
    assert settings.interrupted_session() is None


def test_a_recent_server_opens_with_the_keyrings_password(
    controller: AppController,
    programme: tuple[str, str],
    pg_cluster: Cluster,
    memory_keyring: MemoryKeyring,
    loop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
) -> None:
    database, role = programme
    _window, start = _start_window(controller, qtbot)
    dialog = _dialog_from_start(controller, start, qtbot)
    assert dialog.remember.isVisibleTo(dialog)  # a keyring: offered
    _fill(dialog, pg_cluster, database, role, PASSWORD)
    dialog.remember.setChecked(True)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_opened(controller)) == 1, timeout=15_000)
    assert list(memory_keyring.entries.values()) == [PASSWORD]
    assert all(PASSWORD not in name for _service, name in memory_keyring.entries)
    _opened(controller)[0].close()

    # Later: the start screen lists the server; choosing it opens with the kept password, nothing asked.
    _window, start = _start_window(controller, qtbot)
    item = start.recent.item(0)
    assert database in item.text() and "s3cret" not in item.text() + item.toolTip()
    start.recent.itemActivated.emit(item)
    loop.run_until_complete(asyncio.wait(set(controller.tasks), timeout=20))
    assert len(_opened(controller)) == 1


def test_a_recent_server_without_a_kept_password_asks_again_saying_why(
    controller: AppController,
    programme: tuple[str, str],
    pg_cluster: Cluster,
    no_keyring: None,
    loop: asyncio.AbstractEventLoop,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    database, role = programme
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    location = pg_cluster.url(database, user=role)
    settings.remember_server(location)
    _window, start = _start_window(controller, qtbot)
    start.recent.itemActivated.emit(start.recent.item(0))
    loop.run_until_complete(asyncio.wait(set(controller.tasks), timeout=20))
    assert not _opened(controller)
    dialog = controller.server_dialog
    assert dialog.isVisible() and dialog.database.text() == database and dialog.user.text() == role
    assert "did not accept the user name or password" in dialog.error.message()
    assert dialog.password.text() == ""
    dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_opened(controller)) == 1, timeout=15_000)


def test_pgpassword_is_used_as_libpq_uses_it(
    programme: tuple[str, str],
    pg_cluster: Cluster,
    controller: AppController,
    no_keyring: None,
    loop: asyncio.AbstractEventLoop,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    database, role = programme
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    controller.open_file(pg_cluster.url(database, user=role))
    loop.run_until_complete(asyncio.wait(set(controller.tasks), timeout=20))
    assert len(_opened(controller)) == 1


def test_a_read_only_role_opens_read_only_and_the_title_says_so(
    controller: AppController, programme: tuple[str, str], pg_cluster: Cluster, no_keyring: None, qtbot: QtBot
) -> None:
    database, _role = programme
    reader = f"reader_{uuid.uuid4().hex[:8]}"
    pg_cluster.sql(f"CREATE ROLE {reader} LOGIN PASSWORD '{PASSWORD}'")
    pg_cluster.sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {reader}", database)
    _window, start = _start_window(controller, qtbot)
    dialog = _dialog_from_start(controller, start, qtbot)
    _fill(dialog, pg_cluster, database, reader, PASSWORD)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "only read" in dialog.result_label.text(), timeout=15_000)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_opened(controller)) == 1, timeout=15_000)
    opened = _opened(controller)[0]
    assert opened.workspace is not None and opened.workspace.store.read_only
    assert "(read-only)" in opened.windowTitle()
    assert "may read this programme but not change it" in opened.statusBar().currentMessage()


@pytest.mark.parametrize("case", ["down", "password", "foreign", "newer", "empty", "missing"])
def test_every_refusal_is_one_message_in_the_dialog_and_nothing_changes(
    case: str,
    controller: AppController,
    programme: tuple[str, str],
    pg_cluster: Cluster,
    no_keyring: None,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    database, role = programme
    password = PASSWORD
    expected = {
        "down": "cannot be reached",
        "password": "did not accept the user name or password",
        "foreign": "belongs to another application",
        "newer": "newer Workshop App",
        "empty": "holds no programme yet",
        "missing": "has no database",
    }[case]
    if case == "password":
        password = "wrong"
    elif case == "missing":
        database = "no_such_database"
    elif case in ("foreign", "newer", "empty"):
        database = _database(new_database(pg_cluster))
        pg_cluster.sql(f"GRANT ALL ON SCHEMA public TO {role}", database)
        if case == "foreign":
            pg_cluster.sql("CREATE TABLE invoices (id int PRIMARY KEY)", database)
            pg_cluster.sql(f"GRANT SELECT ON invoices TO {role}", database)  # another app's user sees it
        elif case == "newer":
            transfer_programme(pg_cluster.url(programme[0]), pg_cluster.url(database))
            pg_cluster.sql("UPDATE alembic_version SET version_num = '0099'", database)
            pg_cluster.sql(f"GRANT SELECT, UPDATE, INSERT ON ALL TABLES IN SCHEMA public TO {role}", database)
    _window, start = _start_window(controller, qtbot)
    dialog = _dialog_from_start(controller, start, qtbot)
    _fill(dialog, pg_cluster, database, role, password)
    if case == "down":
        dialog.host.setText(str(tmp_path))  # a folder with no server's socket in it
        dialog._fields_edited()
    for button in (dialog.test_button, dialog.open_button):
        dialog.error.clear()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(dialog.error.message()), timeout=15_000)
        message = dialog.error.message()
        assert expected in message, message
        assert "\n" not in message.strip() and "s3cret" not in message and "wrong" not in message
        assert dialog.isVisible() and not _opened(controller)
    if case == "newer":  # nothing changed: the schema is still the one that was refused
        import psycopg

        with psycopg.connect(host=str(pg_cluster.socket_dir), user=pg_cluster.superuser, dbname=database) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0099",)


def test_a_pasted_url_fills_the_fields_and_its_password_leaves_the_screen(no_keyring: None, qtbot: QtBot) -> None:
    dialog = OpenServerDialog(open_store)
    qtbot.addWidget(dialog)
    dialog.address.setText("postgresql://anna:topsecret@db.region.fi:5433/valuma?sslmode=verify-full")
    dialog._address_edited(dialog.address.text())
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text(), dialog.user.text()) == (
        "db.region.fi",
        5433,
        "valuma",
        "anna",
    )
    assert dialog.tls.currentData() == "verify-full" and dialog.password.text() == "topsecret"
    dialog._address_finished()
    assert "topsecret" not in dialog.address.text()
    dialog.address.setText("https://example.org")
    dialog._address_finished()
    assert "postgresql://" in dialog.error.message()
    dialog.database.clear()
    dialog.open_programme()
    assert "name of the programme's database" in dialog.error.message()


def test_a_server_window_offers_no_file_copies_and_names_exports_after_the_programme(
    programme: tuple[str, str], pg_cluster: Cluster, qtbot: QtBot
) -> None:
    from ui.workspace import Workspace
    from workshop_app.services.programme import get_programme

    database, _role = programme
    window = MainWindow(Workspace(open_store(pg_cluster.url(database))))
    qtbot.addWidget(window)
    assert window.workspace is not None
    assert not window.merge.merge_action.isVisible() and not window.merge.copy_action.isVisible()
    name = get_programme(window.workspace.store).name
    assert window.export._programme_file_name(".pdf") == f"{name}.pdf"
    window.close()


def test_an_interrupted_server_session_is_kept_without_its_password_and_reopens(
    programme: tuple[str, str],
    pg_cluster: Cluster,
    controller: AppController,
    no_keyring: None,
    loop: asyncio.AbstractEventLoop,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ui.launch import resume_session

    database, role = programme
    settings.remember_session(pg_cluster.url(database, user=role, password=PASSWORD), "actions")
    kept = settings.interrupted_session()
    assert kept is not None and kept[1] == "actions"
    assert isinstance(kept[0], str) and "s3cret" not in kept[0] and role in kept[0]
    monkeypatch.setenv("PGPASSWORD", PASSWORD)  # libpq's own source of the password
    window = loop.run_until_complete(resume_session(controller))
    assert window is not None and window.workspace is not None
    assert window.stack.currentWidget() is window.page("actions")
    window.close()  # while PGPASSWORD is still set: closing reads the programme one last time
    assert window.workspace is None
