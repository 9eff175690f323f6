"""The generated demo programme."""
