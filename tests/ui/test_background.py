"""What a failed background job tells the user."""

from __future__ import annotations

from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.ui.background import error_message


def test_a_service_error_speaks_for_itself_and_anything_else_in_chinese() -> None:
    assert error_message(ServiceError("磁盘空间已满。")) == "磁盘空间已满。"
    text = error_message(KeyError("x"))
    assert text.startswith("操作没有完成") and "KeyError" in text and "联系管理员" in text


def test_a_job_whose_window_is_gone_drops_its_result_quietly(qapp) -> None:
    """A window closed while its job ran has its objects deleted: the job has no one to tell,
    and must not raise in its worker thread (seen as a traceback when a window closed early)."""
    import shiboken6

    from lijiabu_desk.ui.background import _Job

    job = _Job(lambda: 1)
    shiboken6.delete(job.signals)
    job.run()  # raised RuntimeError ("Signal source has been deleted") before
    assert not shiboken6.isValid(job.signals)
