"""矛盾纠纷: intake, mediation sessions, agreements, follow-ups, failure, referral, closing.

``workflow`` holds the rules of which step each status allows; every step service asks it.
"""
