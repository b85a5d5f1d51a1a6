"""地界协议 in the window: the list, the form with its measurement table and live sketch."""
