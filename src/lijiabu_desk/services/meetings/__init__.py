"""联席会议: joint meetings with their topics, decisions and action items."""
