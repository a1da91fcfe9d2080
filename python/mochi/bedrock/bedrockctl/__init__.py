"""``bedrockctl``: inspect and change running Bedrock daemons from the command line.

Run it as ``python3 -m mochi.bedrock.bedrockctl COMMAND ...`` (or through the ``bedrockctl`` shell
function of ``bedrockctl-setup.sh``). The daemons it talks to are named by ``--target`` or by the
``BEDROCKCTL_CONNECTION`` environment variable: an address (``tcp://127.0.0.1:1234``), several
addresses separated by commas, or a group file (``{"members":[{"address":...}]}``). The reference
is docs/bedrockctl.md.
"""

from ._cli import main

__all__ = ["main"]
