"""Package list: the code under desktop/ plus resources/ shipped as ``utvag_resources``.

Each folder of resources/ (forms, i18n, style …) is listed as a package of its own (a namespace
package: data only, no ``__init__.py``), so setuptools ships its files as package data without
warning that ``utvag_resources.*`` is absent from the packages configuration.
"""

from setuptools import find_namespace_packages, find_packages, setup

RESOURCES = [f"utvag_resources.{name}" for name in find_namespace_packages("resources")
             if not name.startswith("__")]

setup(packages=[*find_packages("desktop", include=["utvag", "utvag.*"]), "utvag_resources",
                *RESOURCES])
