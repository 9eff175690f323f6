"""Qt item models over the core services, testable without views."""
