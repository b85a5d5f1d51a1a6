"""联席会议 in the window: the meetings, their form, and their action items."""
