"""Choices from attached XML and GeoJSON files, picked by keyboard in the real entry view,
saved into the vault with the location the GeoJSON feature gives."""

from PySide6.QtCore import Qt

from tests.gui.test_clerk_flow import focus, focused_address
from tests.gui.test_geo_entry import open_interview

FORM = b"""
| survey |
| | type | name | label | calculation |
| | select_one_from_file towns.xml | town | Town | |
| | select_one_from_file wells.geojson | well | Well | |
| | calculate | where | | instance('wells')/root/item[id=${well}]/geometry |
| settings |
| | form_id | version |
| | data_files | 1 |
"""
TOWNS = (
    b"<root><item><name>maesot</name><label>Mae Sot</label></item>"
    b"<item><name>hatyai</name><label>Hat Yai</label></item></root>"
)
WELLS = b"""{"type": "FeatureCollection", "features": [
 {"type": "Feature", "id": "w1", "properties": {"title": "North well"},
  "geometry": {"type": "Point", "coordinates": [98.57, 16.71]}},
 {"type": "Feature", "id": "w2", "properties": {"title": "South well"},
  "geometry": {"type": "Point", "coordinates": [98.58, 16.69]}}]}"""


def test_xml_and_geojson_choices_are_picked_by_keyboard_and_saved(qtbot, window, tmp_path):
    from lintas.form.package import make_package

    package = make_package(FORM, "data_files.md", {"towns.xml": TOWNS, "wells.geojson": WELLS})
    page = open_interview(qtbot, window, tmp_path, package, "data_files.zip")
    town = page.entry.fields["town"]
    assert len(town.box.buttons) == 2 and "Hat Yai" in town.box.buttons[1].text()
    qtbot.waitUntil(lambda: focused_address(qtbot, window) == "town")
    qtbot.keyClick(focus(qtbot), Qt.Key.Key_2)
    assert page.response.get("town") == "hatyai"
    well = page.entry.fields["well"]
    assert "South well" in well.box.buttons[1].text()  # the feature's title
    qtbot.keyClick(well.box, Qt.Key.Key_2)
    assert page.response.get("well") == "w2"
    assert page.response.get("where") == "16.69 98.58 0 0"
    page.save("draft")
    qtbot.waitUntil(lambda: page.uuid is not None, timeout=20000)
    stored = []
    window.session.run(lambda vault, _p: vault.submission(page.uuid), on_success=stored.append)
    qtbot.waitUntil(lambda: len(stored) == 1, timeout=10000)
    assert stored[0].data["town"] == "hatyai" and stored[0].data["where"] == "16.69 98.58 0 0"
