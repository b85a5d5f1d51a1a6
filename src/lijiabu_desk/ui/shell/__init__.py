"""The desk's shell: how the window gets on screen quickly and off it safely (issue #14).

``quick_start`` shows the login screen first and opens the database behind it; ``start_page``
loads the start page's counts off the GUI thread; ``file_check`` reads the whole file in the
background and offers the start-up's recovery when it is damaged; ``lazy_areas`` builds an area
the first time it is shown.
"""
