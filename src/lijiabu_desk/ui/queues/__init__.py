"""The day's work queues: the start page's panel of counts and the list each one opens."""
