"""Package list: the code under desktop/ plus resources/ shipped as ``utvag_resources``."""

from setuptools import find_packages, setup

setup(packages=[*find_packages("desktop", include=["utvag", "utvag.*"]), "utvag_resources"])
