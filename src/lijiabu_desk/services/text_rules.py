"""One rule for every text a record stores, whichever way it comes in (forms, import, services).

The limit of a field is its column's: ``String(30)`` holds at most 30 characters, a ``Text``
column at most ``TEXT_MAX_CHARS``. Control characters (NUL, ESC, …; C0 and C1) never print and
break the exports that other offices read, so they are refused; a multi-line field (a ``Text``
column) keeps line breaks and tabs, with CR LF and CR stored as LF. What breaks the rule is
refused with a sentence that names the field, the limit and the count: nothing typed is ever
cut short (what was typed is what is signed).

``install_text_rules`` applies the rule to every row a session writes, so a service cannot forget
it; the roster import writes with Core inserts and calls ``check_row`` itself. Services that want
the refusal before they open a transaction call ``column_text``. Fields are named as everywhere
else, by ``services.field_labels``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Enum, String, Text, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from lijiabu_desk.models.base import Base
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.field_labels import column_label

__all__ = [
    "TEXT_MAX_CHARS",
    "TextRule",
    "check_row",
    "check_text",
    "column_text",
    "install_text_rules",
    "rule_for",
]

#: The limit of every ``Text`` column (facts, statements, notes, …): some 15 printed pages.
TEXT_MAX_CHARS = 20_000

# Every C0 and C1 control character, DEL, the Unicode line and paragraph separators and lone
# surrogates (which cannot even be stored as UTF-8). Multi-line fields allow tab and LF.
_FORBIDDEN_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_FORBIDDEN_MULTILINE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029]")

#: Tables written by the program itself, never from what someone typed.
_MACHINE_TABLES = frozenset({"audit_entries", "document_counters"})
#: Columns computed by the program (uid, pinyin keys, password hash).
_MACHINE_COLUMNS = frozenset({"uid", "persons.name_keys", "accounts.password_hash"})

#: Rows that a form edits as one table widget: the form marks the table, not a column.
_FORM_FIELDS: dict[str, str] = {
    "household_tags": "tags",
    "dispute_parties": "parties",
    "session_participants": "participants",
    "agreement_terms": "terms",
    "boundary_parties": "parties",
    "boundary_measurements": "measurements",
    "boundary_markers": "markers",
    "boundary_witnesses": "witnesses",
    "meeting_attendees": "attendees",
    "meeting_action_items": "action_items",
}


@dataclass(frozen=True, slots=True)
class TextRule:
    """What one column accepts; ``field`` is the name the forms know the field by."""

    field: str
    label: str
    limit: int
    multiline: bool


def normalize_line_breaks(text: str) -> str:
    """CR LF, CR and the Unicode line/paragraph separators become LF."""
    return _LINE_BREAKS.sub("\n", text)


def check_text(value: str, *, field: str, label: str, limit: int, multiline: bool = False) -> str:
    """Return ``value`` as stored (line breaks as LF when ``multiline``) or refuse it.

    Nothing is stripped or cut: a value over ``limit`` characters, a line break in a one-line
    field or a control character raises ``ValidationError(message, field)``.
    """
    if multiline and ("\r" in value or "\u2028" in value or "\u2029" in value):
        value = normalize_line_breaks(value)
    bad = (_FORBIDDEN_MULTILINE if multiline else _FORBIDDEN_ONE_LINE).search(value)
    if bad is not None:
        if bad.group() in "\r\n\u2028\u2029":
            raise ValidationError(f"{label}只能写成一行，请删除其中的换行。", field)
        raise ValidationError(
            f"{label}的第{bad.start() + 1}个字是无法显示的控制字符，请删除后重新输入。", field
        )
    if len(value) > limit:
        raise ValidationError(f"{label}最多{limit}个字，现在是{len(value)}个字，请删减。", field)
    return value


@cache
def _rules(table: str) -> dict[str, TextRule]:
    """The rule of every text column of ``table`` (none for the program's own tables)."""
    if table in _MACHINE_TABLES or table not in Base.metadata.tables:
        return {}
    rules: dict[str, TextRule] = {}
    for column in Base.metadata.tables[table].columns:
        kind = column.type
        if not isinstance(kind, String) or isinstance(kind, Enum):
            continue  # an Enum is a String to SQLAlchemy, but holds a code, not typed text
        key = f"{table}.{column.name}"
        if column.name in _MACHINE_COLUMNS or key in _MACHINE_COLUMNS:
            continue
        multiline = isinstance(kind, Text)
        limit = TEXT_MAX_CHARS if multiline or kind.length is None else kind.length
        field = _FORM_FIELDS.get(table, column.name)
        rules[column.name] = TextRule(field, column_label(table, column.name), limit, multiline)
    return rules


def rule_for(table: str, column: str) -> TextRule | None:
    """The rule of ``table.column``, or ``None`` for a column that is not typed text."""
    return _rules(table).get(column)


def column_text(table: str, column: str, value: str, *, label: str | None = None) -> str:
    """``value`` checked by the rule of ``table.column``, for a service that wants the refusal
    before it opens a transaction; ``label`` names one of several rows ("第2条协议条款")."""
    rule = rule_for(table, column)
    if rule is None:
        return value
    return check_text(
        value,
        field=rule.field,
        label=label or rule.label,
        limit=rule.limit,
        multiline=rule.multiline,
    )


def check_row(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """Check every text value of a row about to be inserted without the ORM (Core inserts);
    values are normalised in place and the row is returned."""
    rules = _rules(table)
    for column, value in row.items():
        rule = rules.get(column)
        if rule is not None and isinstance(value, str):
            row[column] = check_text(
                value,
                field=rule.field,
                label=rule.label,
                limit=rule.limit,
                multiline=rule.multiline,
            )
    return row


def _check_object(obj: Any, *, new: bool) -> None:
    table = getattr(obj, "__tablename__", None)
    rules = _rules(table) if table else {}
    if not rules:
        return
    state = inspect(obj)
    for key, rule in rules.items():
        if new:
            value = state.dict.get(key)
        else:
            added = state.attrs[key].history.added
            value = added[0] if added else None
        if not isinstance(value, str):
            continue
        checked = check_text(
            value, field=rule.field, label=rule.label, limit=rule.limit, multiline=rule.multiline
        )
        if checked is not value:
            setattr(obj, key, checked)


def _before_flush(session: Session, _flush_context: Any, _instances: Any) -> None:
    """Refuse the whole flush when any new or changed text breaks the rule; values already
    stored and not changed are left alone, so an old record can still be retired."""
    for obj in session.new:
        _check_object(obj, new=True)
    for obj in session.dirty:
        _check_object(obj, new=False)


def install_text_rules(sessions: sessionmaker[Session]) -> None:
    """Apply the rule to every session ``sessions`` makes."""
    if not event.contains(sessions, "before_flush", _before_flush):
        event.listen(sessions, "before_flush", _before_flush)
