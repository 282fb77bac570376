"""A method that cannot rank the study says why, where the user is looking."""

from PySide6.QtCore import Qt

from desktop.models.partners import PartnersTableModel


def test_wpm_with_a_zero_value_explains_itself_and_keeps_the_method(qtbot, window, session):
    table = window.partners
    model: PartnersTableModel = table.model
    index = table.proxy.mapFromSource(model.index(0, model.column_of_criterion(4)))  # Months: no scale
    assert table.proxy.setData(index, "0", Qt.ItemDataRole.EditRole)
    combo = window.ranking.method
    position = combo.findData("wpm")
    combo.setCurrentIndex(position)
    combo.activated.emit(position)
    assert session.state.method == "wsm"
    assert combo.currentData() == "wsm"
    text = window.ranking.method_problem.text()
    assert window.ranking.method_problem.isVisibleTo(window.ranking)
    assert "cannot rank this study" in text and "must be > 0 for method wpm" in text and "stays on" in text
    position = combo.findData("topsis")
    combo.setCurrentIndex(position)
    combo.activated.emit(position)
    assert session.state.method == "topsis"
    assert not window.ranking.method_problem.isVisibleTo(window.ranking)
