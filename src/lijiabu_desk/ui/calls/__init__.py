"""服务求助 in the window: the quick-entry form, the calls list and one call's page."""
