"""`sitrep report --html`: one self-contained page, escaped, with SVG charts; checked in headless Chromium."""
from __future__ import annotations

import re
import shutil
import struct
import subprocess
from datetime import datetime, timezone

import pytest

from flows.cli import main
from tasks.reports import page, svg
from tasks.reports.catalogue import Filters, catalogue, run_reports
from tests import report_warehouse

CHROMIUM = shutil.which("chromium")
NOW = datetime(2023, 6, 2, 12, 0, tzinfo=timezone.utc)
EVENT_ROW = re.compile(r'<tr class="event" data-type="([A-Z_]+)"( hidden="")?>(.*?)</tr>', re.S)


@pytest.fixture
def warehouse(tmp_path):
    report_warehouse.build(tmp_path / "w")
    return tmp_path / "w"


def build(warehouse, filters: Filters = Filters()) -> str:
    return page.build(warehouse, run_reports(warehouse, filters=filters), catalogue(), filters, now=NOW)


def test_the_page_loads_nothing_from_anywhere(warehouse):
    html = build(warehouse)
    assert html.count("<script>") == 2 and "<script src" not in html and "<link" not in html
    assert not re.search(r"\bsrc=|@import|url\(", html)
    assert set(re.findall(r"https?://[^\"'<>\s]+", html)) == {"http://www.w3.org/2000/svg", "https://example.org/a", "https://example.org/e"}
    assert "default-src 'none'" in html


def test_text_from_the_warehouse_is_escaped(warehouse):
    html = build(warehouse)
    assert "<script>alert(1)</script>" not in html
    assert "surrendered &lt;script&gt;alert(1)&lt;/script&gt; &amp; left." in html
    assert 'href="javascript' not in html
    assert 'href="https://example.org/a"' in html and 'href="file:///data/news/b.txt"' in html


@pytest.mark.parametrize(
    "target, href",
    [("https://example.org/x?a=1&b=2", "https://example.org/x?a=1&b=2"), ("sub/a.txt", "file:///data/news/sub/a.txt"),
     ("javascript:alert(1)", None), ("JavaScript:alert(1)", None), ("data:text/html,x", None), (None, None)],
)
def test_links_go_to_articles_only(target, href):
    assert page.link(target, "/data/news") == href


def test_the_page_has_its_parts(warehouse):
    html = build(warehouse)
    rows = EVENT_ROW.findall(html)
    assert len(rows) == 6 and not any(hidden for _, hidden, _ in rows)
    assert [kind for kind, _, _ in rows[:2]] == ["CANCELLED_CELEBRATION", "RETREAT"]  # newest first
    assert "Troops will leave Izium next week." in html and ">future<" in html  # irrealis mentions are listed too
    assert html.count("<svg") == 3 + 2  # a timeline per type, the map, the places
    assert html.count("<circle") == 3  # geocoded events; the unresolved one is left off the map
    for report in catalogue().values():
        assert report.title in html
    assert "run <b>r1</b>" in html and "written 2023-06-02 12:00 UTC" in html


def test_the_page_follows_the_filters(warehouse):
    html = build(warehouse, Filters(event_type="SURRENDER"))
    assert {kind for kind, _, _ in EVENT_ROW.findall(html)} == {"SURRENDER"}
    assert len(EVENT_ROW.findall(html)) == 2 and "<b>SURRENDER</b>" in html


def test_html_flag_writes_the_file(warehouse, tmp_path, capsys):
    target = tmp_path / "out" / "report.html"
    assert main(["report", "--warehouse", str(warehouse), "--html", str(target), "--country", "UKR"]) == 0
    assert str(target) in capsys.readouterr().out
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Belgorod" not in html and "Mariupol" in html


def test_month_axis_keeps_the_gaps():
    assert svg.month_range(["2022-11", "2023-02", "2022-12"]) == ["2022-11", "2022-12", "2023-01", "2023-02"]
    assert svg.month_range([]) == []
    chart = svg.timeline(["2022-11", "2022-12", "2023-01"], {"2022-11": 2, "2023-01": 1}, "#000", "t")
    assert chart.count("<rect") == 2 and "<title>2022-11: 2</title>" in chart


def test_map_extent_stays_in_the_world_and_is_not_a_strip():
    far = [svg.Point(60, -170, "a", 1, "#000"), svg.Point(-50, 175, "b", 1, "#000")]
    west, south, east, north = svg.extent(far)
    assert -180 <= west < -170 and 175 < east <= 180 and -90 <= south < -50 and 60 < north <= 90
    assert (north - south) / (east - west) >= 0.45
    one = [svg.Point(46.6, 32.6, "Kherson", 2, "#000")]
    west, south, east, north = svg.extent(one)
    assert west < 32.6 < east and south < 46.6 < north and 0.45 <= (north - south) / (east - west) <= 0.8
    assert ">Kherson</text>" in svg.world_map(one, "map")


def test_bar_labels_are_escaped():
    chart = svg.bars([svg.Bar("<b>Town</b>", 3)], "places")
    assert "<b>" not in chart and "&lt;b&gt;Town&lt;/b&gt;" in chart


def chromium(url: str, tmp_path, *extra: str) -> subprocess.CompletedProcess:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
             "--no-first-run", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}"]
    return subprocess.run([CHROMIUM, *flags, *extra, url], capture_output=True, text=True, timeout=120)


def dom(path, fragment: str, tmp_path) -> str:
    out = chromium(path.as_uri() + fragment, tmp_path, "--dump-dom")
    assert out.returncode == 0 and "</html>" in out.stdout, out.stderr[-2000:]
    return out.stdout


def errors(html: str) -> str:
    return re.search(r'<pre id="errors"[^>]*>(.*?)</pre>', html, re.S).group(1)


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium; .ci/run installs it)")
def test_page_in_headless_chromium(warehouse, tmp_path):
    target = page.write(tmp_path / "report.html", build(warehouse))

    shown = dom(target, "", tmp_path)
    assert errors(shown) == ""
    assert len(EVENT_ROW.findall(shown)) == 6 and "6 of 6 shown" in shown

    kherson = dom(target, "#q=kherson", tmp_path)
    assert errors(kherson) == ""
    visible = [text for _, hidden, text in EVENT_ROW.findall(kherson) if not hidden]
    assert len(visible) == 2 and all("Kherson" in text for text in visible)
    assert "2 of 6 shown" in kherson

    typed = dom(target, "#type=SURRENDER&q=marines", tmp_path)
    assert [kind for kind, hidden, _ in EVENT_ROW.findall(typed) if not hidden] == ["SURRENDER"]

    shot = tmp_path / "report.png"
    out = chromium(target.as_uri(), tmp_path, f"--screenshot={shot}", "--window-size=1280,2000")
    assert out.returncode == 0 and shot.exists(), out.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", data[16:24]) == (1280, 2000)
    assert len(data) > 50_000  # a blank page of that size compresses to a few kilobytes


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium; .ci/run installs it)")
def test_a_script_error_shows_in_the_page(warehouse, tmp_path):
    """The check above can fail: a broken script is reported in <pre id="errors">."""
    broken = build(warehouse).replace("</body>", "<script>notDefinedAnywhere();</script></body>")
    target = page.write(tmp_path / "broken.html", broken)
    assert "notDefinedAnywhere" in errors(dom(target, "", tmp_path))
