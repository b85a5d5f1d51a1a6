"""The register area: villages, households, people, and the search box."""
