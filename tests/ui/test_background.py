"""What a failed background job tells the user."""

from __future__ import annotations

from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.ui.background import error_message


def test_a_service_error_speaks_for_itself_and_anything_else_in_chinese() -> None:
    assert error_message(ServiceError("磁盘空间已满。")) == "磁盘空间已满。"
    text = error_message(KeyError("x"))
    assert text.startswith("操作没有完成") and "KeyError" in text and "联系管理员" in text
