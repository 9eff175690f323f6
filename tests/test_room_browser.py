"""A real headless Chromium at a phone's size joins the room over 127.0.0.1: it writes, places, nudges,
votes and sees the facilitator's reveal, and asks nothing of any host but the laptop.

The room runs in this process on a loop of its own thread (the store is opened and used only there); the
facilitator's reveal is run on that loop too, as the board window would run it on its own.
"""

import asyncio
import json
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import pytest

from tests.templates import demo_file
from workshop_app.operations.base import run
from workshop_app.operations.notes import AddNote, RevealNotes
from workshop_app.room.server import RoomServer
from workshop_app.services import boards
from workshop_app.storage.store import ProgrammeStore

T = TypeVar("T")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
PHONE = {"width": 390, "height": 844, "pixelRatio": 2.0}
WAIT = 15.0

pytestmark = pytest.mark.skipif(
    not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()),
    reason="Debian's chromium and chromium-driver (make test installs them)",
)


class RoomThread:
    """The room's server on an asyncio loop in a thread of its own; ``call`` runs a function there."""

    def __init__(self, path: Path, *, face_down: bool) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="room", daemon=True)
        self.thread.start()
        self.store: ProgrammeStore | None = None
        self.room: RoomServer | None = None
        self.url = self.call_async(self._start(path, face_down))

    async def _start(self, path: Path, face_down: bool) -> str:
        self.store = ProgrammeStore.open(path)
        board = next(board for board in boards.list_boards(self.store) if board.preset_key == "valuma")
        self.room = RoomServer(self.store, board.id, face_down=face_down)
        return await self.room.start("127.0.0.1", 0)

    def call_async(self, coroutine: Any) -> Any:
        future: Future[Any] = asyncio.run_coroutine_threadsafe(coroutine, self.loop)
        return future.result(timeout=60)

    def call(self, function: Callable[[], T]) -> T:
        async def wrapped() -> T:
            return function()

        return self.call_async(wrapped())  # type: ignore[no-any-return]

    def close(self) -> None:
        async def stop() -> None:
            if self.room is not None:
                await self.room.stop()
            if self.store is not None:
                self.store.close()

        self.call_async(stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=30)


@pytest.fixture
def room(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RoomThread]:
    served = RoomThread(demo_file(tmp_path, tmp_path_factory), face_down=True)
    yield served
    served.close()


def phone_browser(language: str = "en") -> Any:
    """Headless Chromium as a phone: 390 x 844, touch, the given language, no network of its own."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--no-first-run",
        "--no-default-browser-check",
        "--metrics-recording-only",
        f"--lang={language}",
    ):
        options.add_argument(flag)
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": PHONE})
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))


def wait_for(condition: Callable[[], Any], what: str, timeout: float = WAIT) -> Any:
    """Poll ``condition`` until it is truthy; bounded, so a broken page fails instead of hanging."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = condition()
        except Exception:  # an element not there yet, a page still loading
            value = None
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"waited {timeout} s for {what}")


def requested_urls(driver: Any) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def note_texts(driver: Any) -> list[str]:
    from selenium.webdriver.common.by import By

    return [element.text for element in driver.find_elements(By.CSS_SELECTOR, "#notes .note-text")]


def test_a_phone_joins_writes_places_votes_and_sees_the_reveal(room: RoomThread) -> None:
    from selenium.webdriver.common.by import By

    driver = phone_browser("en")
    try:
        driver.get(room.url)
        assert room.room is not None and room.store is not None
        board_id = room.room.board_id
        title = room.call(lambda: boards.get_board(room.store, board_id).title)  # type: ignore[arg-type]
        wait_for(lambda: driver.find_element(By.ID, "title").text == title, "the board's title")
        wait_for(lambda: "Connected" in driver.find_element(By.ID, "status").text, "the live stream")
        assert driver.execute_script("return window.innerWidth") == PHONE["width"]

        driver.find_element(By.ID, "text").send_keys("A ferry to the island")
        driver.find_element(By.ID, "place").click()
        driver.find_element(By.CSS_SELECTOR, '.quadrant[data-q="top_right"]').click()
        wait_for(lambda: any("A ferry to the island" in text for text in note_texts(driver)), "my note in the list")
        mine = room.call(
            lambda: next(n for n in boards.list_notes(room.store, board_id) if n.text == "A ferry to the island")  # type: ignore[arg-type]
        )
        assert mine.hidden and 0.3 < mine.x < 0.7 and 0.3 < mine.y < 0.7  # face down, in the tapped quadrant

        driver.find_element(By.CSS_SELECTOR, "#nudge .right").click()
        wait_for(
            lambda: room.call(lambda: boards.get_note(room.store, mine.id).x) > mine.x + 0.05,  # type: ignore[arg-type]
            "the nudge to the right",
        )

        secret = room.call(
            lambda: run(room.store, AddNote(board_id, "<b>Someone else's</b> idea", -0.5, -0.5, hidden=True)).result.id  # type: ignore[arg-type]
        )
        time.sleep(0.5)
        assert "Someone else" not in driver.page_source and str(secret) not in driver.page_source

        room.call(lambda: run(room.store, RevealNotes(board_id)))  # type: ignore[arg-type]
        wait_for(lambda: any("<b>Someone else's</b> idea" in text for text in note_texts(driver)), "the reveal")
        assert not driver.find_elements(By.CSS_SELECTOR, "#notes b")  # markup shown as text, never as markup

        driver.find_element(By.CSS_SELECTOR, f'[data-key="vote:{mine.id}"]').click()  # dots once face up
        wait_for(
            lambda: room.call(lambda: boards.vote_counts(room.store, board_id).get(mine.id)) == 1,  # type: ignore[arg-type]
            "my dot on my note",
        )
        dots = room.call(lambda: boards.get_board(room.store, board_id).dots_per_participant)  # type: ignore[arg-type]
        wait_for(lambda: driver.find_element(By.ID, "dots-left").text == f"Dots left: {dots - 1}", "one dot fewer")

        origin = "{0.scheme}://{0.netloc}".format(urlsplit(room.url))
        urls = requested_urls(driver)
        assert urls and all(url.startswith(origin + "/") for url in urls), urls
    finally:
        driver.quit()


@pytest.mark.parametrize("language", ["en", "fi", "nb"])
def test_the_page_speaks_the_phones_language(room: RoomThread, language: str, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    words = {"en": "Write a note", "fi": "Kirjoita lappu", "nb": "Skriv en lapp"}
    driver = phone_browser(language)
    try:
        driver.get(room.url)
        wait_for(lambda: driver.find_element(By.ID, "write-title").text == words[language], "the page in its language")
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == language
        for element in driver.find_elements(By.CSS_SELECTOR, "main button, select, textarea"):
            if element.is_displayed():
                assert element.size["height"] >= 44, element.get_attribute("outerHTML")  # a thumb's target
        driver.save_screenshot(str(tmp_path / f"phone-{language}.png"))
        assert (tmp_path / f"phone-{language}.png").stat().st_size > 10_000
    finally:
        driver.quit()


def test_the_device_keeps_its_notes_across_a_reload(room: RoomThread) -> None:
    from selenium.webdriver.common.by import By

    driver = phone_browser("en")
    try:
        driver.get(room.url)
        wait_for(lambda: "Connected" in driver.find_element(By.ID, "status").text, "the live stream")
        driver.find_element(By.ID, "text").send_keys("Still mine after a reload")
        driver.find_element(By.ID, "place").click()
        driver.find_element(By.CSS_SELECTOR, '.quadrant[data-q="bottom_left"]').click()
        wait_for(lambda: "Still mine after a reload" in " ".join(note_texts(driver)), "my note")
        driver.refresh()
        wait_for(lambda: "Still mine after a reload" in " ".join(note_texts(driver)), "my note after the reload")
        wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#notes li.mine"), "the note marked as mine")
        assert room.room is not None and len(room.room.devices) == 1
        assert uuid.UUID(
            driver.find_element(By.CSS_SELECTOR, "#notes li.mine [data-key^='edit:']").get_attribute("data-key")[5:]
        )
    finally:
        driver.quit()
