"""What the test suites share: where the distribution and its modules are, and small helpers."""

import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
#: The distribution under test: $BEDROCK_TEST_DIST (set by the Maven build, which leaves
#: BEDROCK_HOME unset so that the package finds the distribution it sits in), else $BEDROCK_HOME,
#: else the one the Maven build assembles.
HOME = os.environ.get("BEDROCK_TEST_DIST") or os.environ.get("BEDROCK_HOME") or os.path.normpath(
    os.path.join(_HERE, "..", "..", "bundles", "bedrock.launcher", "target", "bedrock"))
MODULES = os.path.join(HOME, "modules")
# The package under test is the distribution's copy (the one users get).
if os.path.join(HOME, "python") not in sys.path:
    sys.path.insert(0, os.path.join(HOME, "python"))


def module(letter: str) -> str:
    """The path of an example module bundle: module("a") is modules/bedrock.module.a.jar."""
    return os.path.join(MODULES, f"bedrock.module.{letter}.jar")


def modules(*letters: str) -> list:
    """The ``libraries`` list of those example modules."""
    return [module(letter) for letter in letters]
