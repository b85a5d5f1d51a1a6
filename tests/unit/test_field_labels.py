"""Issue 10 point 6: the trail reads in plain Chinese. One table names every field of every
record; a field added without a label fails here. Values read as words, the program's own
accounts as 系统, and a print of an agreement not yet signed is not called a signed print."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import Enum as EnumType

from lijiabu_desk.models import Base
from lijiabu_desk.models.enums import PanelRole
from lijiabu_desk.services import field_labels
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreements import finalise_agreement, save_agreement
from lijiabu_desk.services.disputes.case_history import case_history
from lijiabu_desk.services.disputes.outcomes import close_case, record_failure
from lijiabu_desk.services.disputes.sessions import ParticipantInput, save_session
from lijiabu_desk.services.field_labels import (
    RECORD_KINDS,
    ambiguous_names,
    column_label,
    missing_labels,
)
from lijiabu_desk.services.field_values import SYSTEM_ACTORS, VALUE_LABELS
from lijiabu_desk.services.history import AuditFilter, record_history, search_audit
from lijiabu_desk.services.labels import FIELD_LABELS, field_label
from tests.case_setup import complete_agreement, make_post, open_case, sitting

CJK = re.compile("[\u4e00-\u9fff]")
#: A code word, a column name or an English status left in what an officer reads.
CODE_WORD = re.compile(r"[a-z]+_[a-z_]+|\b(?:mediating|registered|closed|failed|police|draft)\b")


def test_every_field_of_every_record_has_a_chinese_label() -> None:
    assert missing_labels() == []
    labels = [
        *RECORD_KINDS.values(),
        *field_labels.COMMON_LABELS.values(),
        *(label for cols in field_labels.COLUMN_LABELS.values() for label in cols.values()),
        *FIELD_LABELS.values(),
    ]
    assert [label for label in labels if not CJK.search(label)] == []


def test_a_field_without_a_label_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above can fail: take one label away and it names the field."""
    disputes = dict(field_labels.COLUMN_LABELS["disputes"])
    del disputes["closed_on"]
    monkeypatch.setitem(field_labels.COLUMN_LABELS, "disputes", disputes)
    assert missing_labels() == ["disputes.closed_on"]


def test_names_shared_by_tables_have_a_label_without_the_table() -> None:
    assert ambiguous_names() == []
    assert field_label("closed_on") == "结案日期"  # the trail check names fields this way
    assert field_label("status", "disputes") == "办理状态"
    assert field_label("reason") == "原因"  # an event's detail


def test_every_code_a_column_stores_has_its_words() -> None:
    missing = []
    for table in Base.metadata.tables.values():
        for column in table.columns:
            kind = column.type
            if isinstance(kind, EnumType) and kind.enum_class is not None:
                words = VALUE_LABELS.get(kind.enum_class, {})
                missing += [
                    f"{table.name}.{column.name}={m}" for m in kind.enum_class if m not in words
                ]
    assert missing == []


def test_the_programs_own_accounts_are_the_ones_that_read_as_system() -> None:
    from lijiabu_desk.services.actor import SETUP_ACTOR
    from lijiabu_desk.services.restore import RECOVERY_ACTOR_NAME

    assert {SETUP_ACTOR.username, RECOVERY_ACTOR_NAME} == SYSTEM_ACTORS


@pytest.fixture
def desk(ctx, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


def test_a_changed_case_reads_in_chinese(desk: ServiceContext) -> None:
    post = make_post(desk)
    case = open_case(desk, post)
    panel = (
        *sitting(post).participants,
        ParticipantInput(PanelRole.RESIDENT_LAWYER, name="杨律师", organisation="定西律师事务所"),
    )
    save_session(desk, case, sitting(post, participants=panel))
    record_failure(desk, case, "双方分歧过大。", "可向人民法院起诉。")
    close_case(desk, case, "调解不成，已告知诉讼途径。")
    history = case_history(desk, case)
    text = "\n".join(f"{r.actor} {r.action} {r.record} {r.summary}" for r in history)
    assert CODE_WORD.search(text) is None, CODE_WORD.search(text)
    assert "办理状态：登记 → 调解中" in text
    assert "办理状态：调解不成 → 结案" in text
    assert "结案日期：（空） → 2026-11-28" in text
    assert "参加身份：驻所律师" in text
    assert "受理民警：警员（编号 1）" in text  # a linked record says what it is
    assert {r.actor for r in history} == {"系统"}
    assert history[0].record == "矛盾纠纷（编号 1）"


def test_a_person_changed_twice_lists_old_and_new_values(desk: ServiceContext) -> None:
    from lijiabu_desk.services.register.people import PersonInput, load_person, save_person

    person = save_person(desk, PersonInput(name="李桂兰", ethnicity="汉族", sex="女"))
    data = load_person(desk, person).data
    save_person(desk, PersonInput(**{**data.__dict__, "ethnicity": "回族"}), person)
    created, changed = record_history(desk, "persons", person)
    assert "性别：女" in created.summary and "人员状态：在册" in created.summary
    assert "（空）" not in created.summary  # a new record lists its values, not "empty →"
    assert "拼音" not in created.summary  # the search keys computed from the name
    assert changed.summary == "民族：汉族 → 回族"
    assert column_label("persons", "ethnicity") == "民族"


def test_printing_an_agreement_for_signing_is_not_called_a_signed_print(
    desk: ServiceContext,
) -> None:
    from lijiabu_desk.services.printing import PrintKind, print_form

    post = make_post(desk)
    case = open_case(desk, post)
    save_session(desk, case, sitting(post))
    agreement = save_agreement(desk, case, complete_agreement(post))
    finalise_agreement(desk, agreement)  # final: printed for signing, not signed yet
    print_form(desk, PrintKind.MEDIATION_AGREEMENT, agreement)
    printed = search_audit(desk, AuditFilter(limit=1))[0]
    assert "已签" not in printed.action
    assert printed.action == "打印定稿协议书"
    assert "文书：人民调解协议书" in printed.summary
    assert "mediation-agreement" not in printed.summary
