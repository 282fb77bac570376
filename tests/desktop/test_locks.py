"""A lock stays on its criterion when other criteria are added or removed."""


def locked_names(session):
    return {session.state.model.criteria[i].name for i in session.locked}


def test_lock_follows_its_criterion_when_another_is_removed(window, session):
    names = session.state.model.criterion_names
    session.set_locked(len(names) - 1, True)  # lock the last criterion
    assert session.remove_criterion(0)
    assert locked_names(session) == {names[-1]}
    box = window.weights.rows[len(names) - 2].lock
    assert box.isChecked()
    session.undo_stack.undo()
    assert locked_names(session) == {names[-1]}


def test_lock_on_a_removed_criterion_goes_away(session):
    session.set_locked(0, True)
    assert session.remove_criterion(0)
    assert session.locked == frozenset()
