"""Tests of the readers: path -> Document."""
