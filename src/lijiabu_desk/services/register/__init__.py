"""The register (户/人口): households, people, and the places they live."""
