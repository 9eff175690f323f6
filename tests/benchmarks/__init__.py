"""Benchmarks, run by hand (``make bench``); each prints ratios against a bare baseline measured in the same run."""
