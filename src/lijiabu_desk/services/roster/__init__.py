"""Village rosters (户籍花名册): reading the files villages send into plain rows.

``reader.read_roster`` is the entry point; ``formats`` turns each kind of file into raw rows.
"""
