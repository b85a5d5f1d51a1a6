"""The work queues' keys and their labels on the start page, in the page's order.

Kept apart from ``services.queues`` (which brings SQLAlchemy, the models and the card rules) so
that the start page can lay out its rows before anything is counted: the counts come later, off
the GUI thread. ``services.queues`` re-exports ``QUEUE_LABELS``; a test holds the keys here to
the queues there.
"""

from __future__ import annotations

QUEUE_LABELS: dict[str, str] = {
    "id_cards_due": "身份证已过期或3个月内到期",
    "disputes_due": "纠纷临近或超过办理期限",
    "follow_ups_due": "回访已到期的纠纷",
    "judicial_windows": "7日内届满的司法确认申请期",
    "open_calls": "未办结的求助",
    "households_not_visited": "从未走访或今年未走访的户",
    "households_without_card": "没有有效连心卡的户",
    "elders_alone_unvisited": "30天内未走访的空巢、独居老人户",
    "meeting_items_open": "未完成的联席会议事项",
}
