"""反诈宣传 in the window: the events, their form, and a village's app coverage."""
